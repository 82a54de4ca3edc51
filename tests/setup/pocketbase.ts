// Vitest global setup for the `server` project: one real PocketBase for the run, seeded with
// demo data, its URL given to the specs through `inject()`. (End-to-end specs
// start their own per file, serving the built app: tests/helpers/app.ts.)
import type { TestProject } from 'vitest/node';
import { startTestServer } from '../helpers/server';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		mailUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await startTestServer();
	project.provide('pbUrl', server.url);
	project.provide('mailUrl', server.mailUrl);
	return async () => {
		await server.dispose();
	};
}
