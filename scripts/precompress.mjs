// `npm run build` step, after `vite build`: writes `file.br` (brotli, quality 11) and `file.gz`
// (gzip, level 9) beside every compressible file of build/, so the server sends compressed
// bytes without compressing on each request (pocketbase/pb_hooks/lib/static/serve.js picks one
// by Accept-Encoding). Also writes build/.headers.json: the SHA-256 of every inline <script> of
// the HTML pages, for the Content-Security-Policy header the server sends; and, first, writes
// into build/sw.js the precache entries that wait until the app works offline (the communes
// index, the PDF library, the large icons: src/service-worker/precache.ts). It changes no other
// built file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|webmanifest|txt|xml)$/;
/** Below this size the headers of a compressed answer cost about what compression saves. */
const MIN_BYTES = 512;

/** @param {string} dir @returns {string[]} */
function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

/**
 * The CSP source of each inline script (`<script>` without `src`) of an HTML page.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
	const hashes = [];
	for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
		if (/\ssrc\s*=/.test(match[1] ?? '')) continue;
		hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
	}
	return hashes;
}

const LATER_PLACEHOLDER = /(["'`])@@COLLAB_PRECACHE_LATER@@\1/;

/**
 * The precache entries that working offline does not need at once: the communes index (the
 * commune search), the chunk of pdf-lib (charter PDFs) and the 512 px icons (install screens).
 * @param {string} buildDir
 * @param {string[]} urls precache paths, relative
 */
export function laterEntries(buildDir, urls) {
	return urls.filter((url) => {
		if (url === 'data/communes.json' || /^icons\/icon-512/.test(url)) return true;
		if (!/^_app\/immutable\/.*\.js$/.test(url)) return false;
		const text = readFileSync(join(buildDir, url), 'utf8');
		return text.length > 100_000 && text.includes('PDFDocument');
	});
}

/** Writes the list of later entries into build/sw.js (replacing the placeholder). */
function injectLaterEntries(buildDir) {
	const path = join(buildDir, 'sw.js');
	const sw = readFileSync(path, 'utf8');
	if (!LATER_PLACEHOLDER.test(sw)) return [];
	const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
	const later = laterEntries(buildDir, urls);
	writeFileSync(path, sw.replace(LATER_PLACEHOLDER, JSON.stringify(JSON.stringify(later))));
	return later;
}

/** @param {string} buildDir */
export function precompress(buildDir) {
	const later = injectLaterEntries(buildDir);
	let files = 0;
	let raw = 0;
	let brotli = 0;
	const scriptHashes = new Set();
	for (const path of walk(buildDir)) {
		if (!COMPRESSIBLE.test(path)) continue;
		const bytes = readFileSync(path);
		if (path.endsWith('.html')) {
			for (const hash of inlineScriptHashes(bytes.toString('utf8'))) scriptHashes.add(hash);
		}
		if (bytes.length < MIN_BYTES) continue;
		const br = brotliCompressSync(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
				[constants.BROTLI_PARAM_MODE]: path.endsWith('.json')
					? constants.BROTLI_MODE_GENERIC
					: constants.BROTLI_MODE_TEXT
			}
		});
		const gz = gzipSync(bytes, { level: 9 });
		if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
		if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
		files += 1;
		raw += bytes.length;
		brotli += Math.min(br.length, bytes.length);
	}
	writeFileSync(
		join(buildDir, '.headers.json'),
		`${JSON.stringify({ scriptHashes: [...scriptHashes].sort() }, null, '\t')}\n`
	);
	return { files, raw, brotli, scriptHashes: scriptHashes.size, later };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const buildDir = resolve(process.argv[2] ?? 'build');
	statSync(buildDir);
	const { files, raw, brotli, scriptHashes, later } = precompress(buildDir);
	console.log(
		`précompression : ${files} fichiers de ${relative(process.cwd(), buildDir) || '.'}, ` +
			`${Math.round(raw / 1024)} Ko → ${Math.round(brotli / 1024)} Ko en brotli; ` +
			`${scriptHashes} script(s) en ligne pour la CSP; ` +
			`précache différé : ${later.join(', ') || 'rien'}`
	);
}
