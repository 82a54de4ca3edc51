// The development and test mail catcher: MailDev (npm `maildev`, a devDependency) started as a
// child process on free ports, its messages kept in a temporary folder. `npm run dev`,
// `npm start` (unless COLLAB_SMTP_HOST names a real server) and the tests start it, and pass
// `mailEnv(catcher)` to PocketBase (pb_hooks/mail.pb.js). Its REST API (`GET /api/email`) is
// what the tests read; its web page is where a developer reads the mails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../pocketbase/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');

/** True when MailDev is installed (it is a devDependency: absent after `npm ci --omit=dev`). */
export function catcherInstalled() {
	return existsSync(BIN);
}

/**
 * @typedef {object} CaughtMail
 * @property {string} id
 * @property {string} subject
 * @property {string} text
 * @property {string} html
 * @property {{ address: string }[]} to
 * @property {string} time
 */

/**
 * Starts MailDev on 127.0.0.1; resolves once its API answers.
 * @param {{ webPort?: number }} [options]
 */
export async function startMailCatcher(options = {}) {
	const smtpPort = await freePort();
	const webPort = options.webPort ?? (await freePort());
	const dir = mkdtempSync(join(tmpdir(), 'collabactons-mail-'));
	const child = spawn(
		process.execPath,
		[
			BIN,
			`--smtp=${smtpPort}`,
			`--web=${webPort}`,
			'--ip=127.0.0.1',
			'--web-ip=127.0.0.1',
			`--mail-directory=${dir}`,
			'--silent'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
	const webUrl = `http://127.0.0.1:${webPort}`;
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`MailDev exited (${child.exitCode}): ${stderr}`);
		try {
			if ((await fetch(`${webUrl}/api/email`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`MailDev did not answer ${webUrl} within 20 s: ${stderr}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		smtpPort,
		webUrl,
		/** @returns {Promise<CaughtMail[]>} every message caught, oldest first */
		async messages() {
			const response = await fetch(`${webUrl}/api/email`);
			return /** @type {CaughtMail[]} */ (await response.json());
		},
		/** Stops the process and removes its folder. @returns {Promise<void>} */
		stop() {
			return new Promise((done) => {
				const finish = () => {
					rmSync(dir, { recursive: true, force: true });
					done(undefined);
				};
				if (child.exitCode !== null || child.signalCode !== null) return finish();
				child.once('exit', finish);
				child.kill('SIGTERM');
			});
		}
	};
}

/**
 * The PocketBase environment that sends mail to `catcher` (pb_hooks/mail.pb.js).
 * @param {{ smtpPort: number }} catcher
 * @returns {Record<string, string>}
 */
export function mailEnv(catcher) {
	return {
		COLLAB_SMTP_HOST: '127.0.0.1',
		COLLAB_SMTP_PORT: String(catcher.smtpPort),
		COLLAB_SMTP_TLS: 'false',
		COLLAB_MAIL_FROM: 'programme@collabactons.local'
	};
}

/**
 * Where `npm start` and `npm run dev` send mail: the server COLLAB_SMTP_HOST names (production
 * settings, pb_hooks/mail.pb.js), else a local MailDev. `line` says where to read them.
 * @returns {Promise<{ env: Record<string, string>, line: string, stop: () => Promise<void> }>}
 */
export async function localMail() {
	if (process.env.COLLAB_SMTP_HOST) {
		return {
			env: {},
			line: `E-mails : envoyés par le serveur SMTP ${process.env.COLLAB_SMTP_HOST}`,
			stop: async () => {}
		};
	}
	if (!catcherInstalled()) {
		return {
			env: {},
			line:
				'E-mails : aucun serveur SMTP (COLLAB_SMTP_HOST) ni MailDev (npm install) : les codes et ' +
				'liens ne partent pas.',
			stop: async () => {}
		};
	}
	const webPort = process.env.MAIL_WEB_PORT ? Number(process.env.MAIL_WEB_PORT) : undefined;
	const catcher = await startMailCatcher({ webPort });
	return {
		env: mailEnv(catcher),
		line: `E-mails : capturés sur cette machine, lisez-les sur ${catcher.webUrl}`,
		stop: () => catcher.stop()
	};
}
