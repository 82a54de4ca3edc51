// A real PocketBase for tests and benchmarks: its own temporary data dir, a free port on
// 127.0.0.1, this repository's migrations and hooks, seeded with the demo accounts and a few
// communes. `restart()` keeps the data dir and port (for server-restart tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_SUPERUSER, startPocketBase } from '../../scripts/pocketbase/server.mjs';
import { seed } from '../../scripts/seed/seed.mjs';
import { mailEnv, startMailCatcher } from '../../scripts/mail/catcher.mjs';

export interface TestServer {
	url: string;
	dataDir: string;
	/** The mail catcher's address (MailDev: `GET {mailUrl}/api/email` lists what was sent). */
	mailUrl: string;
	/** Stops the process (SIGTERM, or SIGKILL to simulate a crash). */
	stop(signal?: NodeJS.Signals): Promise<void>;
	/** Starts it again on the same port with the same data. */
	restart(): Promise<void>;
	/** Stops it and removes its data dir. */
	dispose(): Promise<void>;
}

export const ADMIN = LOCAL_SUPERUSER;

export async function startTestServer(
	options: {
		seedDemo?: boolean;
		publicDir?: string;
		communes?: 'all' | 'test';
		/** Extra environment of the PocketBase process (e.g. COLLAB_STATIC for benchmarks). */
		env?: Record<string, string>;
	} = {}
): Promise<TestServer> {
	const dataDir = mkdtempSync(join(tmpdir(), 'collabactons-pb-'));
	const { publicDir } = options;
	const catcher = await startMailCatcher();
	const env = { ...mailEnv(catcher), ...options.env };
	let server: Awaited<ReturnType<typeof startPocketBase>>;
	try {
		server = await startPocketBase({ dataDir, quiet: true, publicDir, env });
	} catch (error) {
		await catcher.stop();
		throw error;
	}
	const port = server.port;
	if (options.seedDemo !== false) {
		await seed({ url: server.url, admin: ADMIN, communes: options.communes ?? 'test', demo: true });
	}
	return {
		url: server.url,
		dataDir,
		mailUrl: catcher.webUrl,
		stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
			await server.stop(signal);
		},
		restart: async () => {
			await server.stop();
			server = await startPocketBase({ dataDir, port, quiet: true, publicDir, env });
		},
		dispose: async () => {
			await server.stop();
			await catcher.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
