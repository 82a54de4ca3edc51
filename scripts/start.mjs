// `npm start`: builds the PWA, starts PocketBase serving it with the API on one address,
// applies migrations, and on an empty data dir seeds the communes, the curriculum and (unless
// DEMO=0) the demo accounts. HOST, PORT and PB_DATA_DIR override the defaults.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_SUPERUSER, startPocketBase } from './pocketbase/server.mjs';
import { localMail } from './mail/catcher.mjs';
import { demoAccountLines } from './seed/demo.mjs';
import { seed } from './seed/seed.mjs';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8090);
const dataDir = resolve(process.env.PB_DATA_DIR ?? 'pocketbase/pb_data');
const demo = process.env.DEMO !== '0';

const loopback = /^(127\.|localhost$|::1$|\[::1\]$)/.test(host);
if (!loopback && !process.env.PB_ADMIN_PASSWORD) {
	console.error(
		`HOST=${host} expose le serveur au réseau : définissez PB_ADMIN_PASSWORD (et PB_ADMIN_EMAIL) ` +
			'pour ne pas garder le mot de passe administrateur local par défaut.'
	);
	process.exit(2);
}

if (process.env.SKIP_BUILD !== '1') {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

mkdirSync(dataDir, { recursive: true });
const fresh = !existsSync(join(dataDir, 'data.db'));
const mail = await localMail();
const server = await startPocketBase({ dataDir, host, port, env: mail.env });

const stop = async () => {
	await server.stop();
	await mail.stop();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (fresh) {
	console.log('Nouveau dossier de données : chargement des données de référence…');
	await seed({
		url: server.url,
		admin: LOCAL_SUPERUSER,
		communes: 'all',
		demo,
		log: (line) => console.log(`  ${line}`)
	});
}

console.log(`
Collabor'actons est prêt : ${server.url}
  API : ${server.url}/api/   ·   santé : ${server.url}/api/health
  Administration PocketBase : ${server.url}/_/ (${LOCAL_SUPERUSER.email})
  Données : ${dataDir}
  ${mail.line}
`);
if (demo) console.log(demoAccountLines().join('\n'));
console.log('\nCtrl+C pour arrêter.');
