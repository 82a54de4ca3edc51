// Starts and stops a PocketBase process for `npm start`, `npm run dev`, the tests and the
// benchmarks. Migrations and hooks always come from this repository's pocketbase/ folder.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePocketBase } from './install.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Superuser used by local scripts only (seeding, tests); never shipped to clients. */
export const LOCAL_SUPERUSER = {
	email: process.env.PB_ADMIN_EMAIL ?? 'admin@collabactons.local',
	password: process.env.PB_ADMIN_PASSWORD ?? 'collabactons-admin-local'
};

/** Resolves a free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
async function waitForHealth(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`PocketBase exited with code ${child.exitCode}`);
		try {
			const response = await fetch(`${url}/api/health`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`PocketBase did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/**
 * Origins allowed to call the API from another origin: the app's own, plus PB_ORIGINS.
 * @param {string} own
 */
function allowedOrigins(own) {
	const extra = (process.env.PB_ORIGINS ?? '')
		.split(',')
		.map((origin) => origin.trim())
		.filter(Boolean);
	return [own, ...extra];
}

/**
 * Starts `pocketbase serve` and resolves once /api/health answers.
 * @param {{ dataDir: string, host?: string, port?: number, publicDir?: string, dev?: boolean,
 *           quiet?: boolean, env?: Record<string, string> }} options
 */
export async function startPocketBase(options) {
	const bin = await ensurePocketBase();
	const host = options.host ?? '127.0.0.1';
	const port = options.port ?? (await freePort());
	const args = [
		'serve',
		`--http=${host}:${port}`,
		`--dir=${options.dataDir}`,
		`--migrationsDir=${join(root, 'pocketbase', 'pb_migrations')}`,
		`--hooksDir=${join(root, 'pocketbase', 'pb_hooks')}`,
		`--publicDir=${options.publicDir ?? join(root, 'build')}`,
		// CORS on /api: the app's own origin only, plus what PB_ORIGINS lists (comma-separated).
		`--origins=${allowedOrigins(`http://${host}:${port}`).join(',')}`
	];
	// Hooks are reloaded on change only in development: a restart mid-request loses the request.
	// (PocketBase's own --dev flag is left off: it prints every SQL statement.)
	args.push(`--hooksWatch=${options.dev ? 'true' : 'false'}`);
	execFileSync(
		bin,
		[
			'superuser',
			'upsert',
			LOCAL_SUPERUSER.email,
			LOCAL_SUPERUSER.password,
			`--dir=${options.dataDir}`,
			`--migrationsDir=${join(root, 'pocketbase', 'pb_migrations')}`
		],
		{
			stdio: options.quiet ? 'ignore' : ['ignore', 'ignore', 'inherit']
		}
	);
	const child = spawn(bin, args, {
		stdio: options.quiet ? ['ignore', 'ignore', 'pipe'] : ['ignore', 'inherit', 'inherit'],
		// Links in e-mails open the server itself unless the environment names the public address.
		env: { COLLAB_APP_URL: `http://${host}:${port}`, ...process.env, ...options.env }
	});
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
	const url = `http://${host}:${port}`;
	try {
		await waitForHealth(url, child, 30_000);
	} catch (error) {
		child.kill('SIGKILL');
		throw new Error(`${error instanceof Error ? error.message : error}\n${stderr}`, {
			cause: error
		});
	}
	return {
		url,
		port,
		process: child,
		/**
		 * Stops the server process itself (not a wrapper), waiting for it to exit.
		 * @param {NodeJS.Signals} [signal]
		 * @returns {Promise<void>}
		 */
		stop(signal = 'SIGTERM') {
			return new Promise((done) => {
				if (child.exitCode !== null || child.signalCode !== null) return done(undefined);
				child.once('exit', () => done(undefined));
				child.kill(signal);
			});
		}
	};
}
