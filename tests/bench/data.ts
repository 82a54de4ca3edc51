// The server a device benchmark talks to: a copy of the national-scale data dir
// (NATIONAL_DATA_DIR, default pocketbase/pb_data_national, built by `npm run seed:national`)
// when it exists, so that scopes and queries are at the programme's scale; else a fresh server
// with the demo seed. Either serves the built app and holds the demo accounts. Never writes to
// the national data dir itself.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPocketBase } from '../../scripts/pocketbase/server.mjs';
import { startTestServer } from '../helpers/server';

const NATIONAL = resolve(process.env.NATIONAL_DATA_DIR ?? 'pocketbase/pb_data_national');

export interface BenchServer {
	url: string;
	/** Which data it holds, for the metrics' notes. */
	data: string;
	stop(): Promise<void>;
}

/** Starts the benchmark's server on the national data when there is some, serving `publicDir`. */
export async function startBenchServer(publicDir: string): Promise<BenchServer> {
	if (!existsSync(join(NATIONAL, 'data.db'))) {
		const server = await startTestServer({ publicDir });
		return {
			url: server.url,
			data: 'the demo seed (no national data dir: npm run seed:national)',
			stop: () => server.dispose()
		};
	}
	const work = mkdtempSync(join(tmpdir(), 'collabactons-bench-'));
	const dataDir = join(work, 'pb_data');
	cpSync(NATIONAL, dataDir, { recursive: true });
	const pb = await startPocketBase({ dataDir, quiet: true, publicDir });
	return {
		url: pb.url,
		data: 'national-scale data',
		stop: async () => {
			await pb.stop();
			rmSync(work, { recursive: true, force: true });
		}
	};
}
