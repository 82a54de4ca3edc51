// `npm run dev`: PocketBase (port 8090, dev data dir) and the Vite dev server together; Vite
// proxies /api to PocketBase, so the app and the API share one origin as in production.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_SUPERUSER, startPocketBase } from './pocketbase/server.mjs';
import { localMail } from './mail/catcher.mjs';
import { demoAccountLines } from './seed/demo.mjs';
import { seed } from './seed/seed.mjs';

const port = Number(process.env.PB_PORT ?? 8090);
const dataDir = resolve(process.env.PB_DATA_DIR ?? 'pocketbase/pb_data');
mkdirSync(dataDir, { recursive: true });
const fresh = !existsSync(join(dataDir, 'data.db'));
const mail = await localMail();
// Links in e-mails open the Vite dev server (it proxies /api to PocketBase).
const appUrl = process.env.COLLAB_APP_URL ?? 'http://127.0.0.1:5173';
const server = await startPocketBase({
	dataDir,
	port,
	dev: true,
	env: { ...mail.env, COLLAB_APP_URL: appUrl }
});
if (fresh) {
	await seed({
		url: server.url,
		admin: LOCAL_SUPERUSER,
		communes: 'all',
		demo: process.env.DEMO !== '0'
	});
}

const vite = spawn('npx', ['vite', 'dev', '--host', process.env.HOST ?? '127.0.0.1'], {
	stdio: 'inherit',
	env: { ...process.env, PB_URL: server.url }
});
console.log(`PocketBase : ${server.url} (administration : ${server.url}/_/)`);
console.log(demoAccountLines().join('\n'));
console.log(mail.line);

const stop = async () => {
	vite.kill('SIGTERM');
	await server.stop();
	await mail.stop();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.on('exit', () => void stop());
