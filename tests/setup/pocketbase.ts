// Vitest global setup for the `server` and `e2e` projects: one real PocketBase per project run,
// serving the built app from build/ (so e2e tests load the real PWA), seeded with demo data.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTestServer } from '../helpers/server';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		pbDataDir: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await startTestServer({ publicDir: join(process.cwd(), 'build') });
	project.provide('pbUrl', server.url);
	project.provide('pbDataDir', server.dataDir);
	return async () => {
		await server.dispose();
	};
}
