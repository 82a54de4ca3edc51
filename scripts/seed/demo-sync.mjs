// Pushes the demo world's synced data as the demo élus' own devices would: the Lagrasse project
// (the mayor's update, then the deputy's, then its summary) and the mayor's signed charter, which
// names that project, all through POST /api/collab/sync. Idempotent: op ids and the charter id are
// fixed, so a second run is a replay the server accepts without storing anything; the summary is
// pushed only while the server has none (after that, devices keep it in step with the document).
import PocketBase from 'pocketbase';
import { signedDemoCharter } from './charter.mjs';
import { DEMO_PASSWORD } from './demo.mjs';
import { DEMO_PROJECT_OPS, demoProject } from './demo-project.mjs';

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const DEVICE = 'seed-demo';

/**
 * `<pad digit><z85>`, as src/lib/domain/sync/base85.ts encodes a Yjs update.
 * @param {Uint8Array} bytes
 */
export function encodeZ85(bytes) {
	const pad = (4 - (bytes.length % 4)) % 4;
	const padded = new Uint8Array(bytes.length + pad);
	padded.set(bytes);
	const view = new DataView(padded.buffer);
	let out = String(pad);
	for (let i = 0; i < padded.length; i += 4) {
		let value = view.getUint32(i); // big-endian, as Z85 reads a block
		let chunk = '';
		for (let j = 0; j < 5; j++) {
			chunk = Z85[value % 85] + chunk;
			value = Math.floor(value / 85);
		}
		out += chunk;
	}
	return out;
}

/**
 * A client signed in as a demo account.
 * @param {string} url @param {string} email
 */
async function signIn(url, email) {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb;
}

/**
 * One sync request that pushes and pulls (almost) nothing back; throws on any rejection.
 * @param {PocketBase} pb @param {{ ops?: object[], records?: object[] }} body
 */
async function push(pb, body) {
	const response = await pb.send('/api/collab/sync', {
		method: 'POST',
		body: { v: 1, device: DEVICE, cursor: 0, limit: 1, ops: [], records: [], ...body }
	});
	if (response.rejected.length) {
		throw new Error(`demo data refused by the server: ${JSON.stringify(response.rejected)}`);
	}
}

/**
 * Pushes the demo project and charter of `commune` (a `communes` record) as the demo élus.
 * @param {PocketBase} admin a superuser client (to find the accounts and the stored summary)
 * @param {{ id: string, insee: string, name: string }} commune
 * @returns {Promise<{ projectId: string, receipt: string }>}
 */
export async function pushDemoData(admin, commune) {
	const url = admin.baseURL;
	const account = (/** @type {string} */ email) =>
		admin.collection('users').getFirstListItem(admin.filter('email = {:email}', { email }));
	const [maireUser, adjointUser] = await Promise.all([
		account('maire.demo@collabactons.fr'),
		account('adjoint.demo@collabactons.fr')
	]);
	const project = demoProject({
		commune: commune.id,
		maire: { id: maireUser.id, name: maireUser.name },
		adjoint: { id: adjointUser.id, name: adjointUser.name }
	});
	const maire = await signIn(url, maireUser.email);
	const adjoint = await signIn(url, adjointUser.email);
	const op = (/** @type {string} */ id, /** @type {Uint8Array} */ update) => ({
		id,
		doc: project.id,
		type: 'project',
		commune: commune.id,
		update: encodeZ85(update)
	});
	await push(maire, { ops: [op(DEMO_PROJECT_OPS.maire, project.updates.maire)] });
	await push(adjoint, { ops: [op(DEMO_PROJECT_OPS.adjoint, project.updates.adjoint)] });

	const charter = signedDemoCharter({
		communeInsee: commune.insee,
		communeName: commune.name,
		signerName: maireUser.name,
		projectId: project.id
	});
	const known = await admin
		.collection('projects')
		.getList(1, 1, { filter: admin.filter('id = {:id}', { id: project.id }) });
	/** @type {{ collection: string, id: string, rev: number, data: object }[]} */
	const records = [charter.record];
	// Version 1, fixed like every id and date of the seed: any device's later save is newer.
	if (!known.items.length)
		records.unshift({ collection: 'projects', id: project.id, rev: 1, data: project.summary });
	await push(maire, { records });
	return { projectId: project.id, receipt: charter.receipt };
}
