// Pushes the demo world's synced data as the demo élus' own devices would: the Lagrasse project
// (the mayor's update, then the deputy's, then its summary) and the mayor's signed charter, which
// names that project, all through POST /api/collab/sync. Idempotent: op ids and the charter id are
// fixed, so a second run is a replay the server accepts without storing anything; the summary is
// pushed only while the server has none (after that, devices keep it in step with the document).
import { signedDemoCharter } from './charter.mjs';
import { accountByEmail, pushSync, recordExists, signInDemo, encodeZ85 } from './demo-client.mjs';
import { DEMO_PROJECT_OPS, demoProject } from './demo-project.mjs';

const DEVICE = 'seed-demo';
/** @param {import('pocketbase').default} pb @param {{ ops?: object[], records?: object[] }} body */
const push = (pb, body) => pushSync(pb, DEVICE, 'demo data', body);

/**
 * Pushes the demo project and charter of `commune` (a `communes` record) as the demo élus.
 * @param {import('pocketbase').default} admin a superuser client (to find the accounts and the
 *   stored summary)
 * @param {{ id: string, insee: string, name: string }} commune
 * @returns {Promise<{ projectId: string, receipt: string }>}
 */
export async function pushDemoData(admin, commune) {
	const url = admin.baseURL;
	const [maireUser, adjointUser] = await Promise.all([
		accountByEmail(admin, 'maire.demo@collabactons.fr'),
		accountByEmail(admin, 'adjoint.demo@collabactons.fr')
	]);
	const project = demoProject({
		commune: commune.id,
		maire: { id: maireUser.id, name: maireUser.name },
		adjoint: { id: adjointUser.id, name: adjointUser.name }
	});
	const maire = await signInDemo(url, maireUser.email);
	const adjoint = await signInDemo(url, adjointUser.email);
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
	/** @type {{ collection: string, id: string, rev: number, data: object }[]} */
	const records = [charter.record];
	// Version 1, fixed like every id and date of the seed: any device's later save is newer.
	if (!(await recordExists(admin, 'projects', project.id)))
		records.unshift({ collection: 'projects', id: project.id, rev: 1, data: project.summary });
	await push(maire, { records });
	return { projectId: project.id, receipt: charter.receipt };
}
