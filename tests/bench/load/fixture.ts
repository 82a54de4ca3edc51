// Builds what the sync load generator (sync-load.mjs) needs, before any load: élus of many
// communes with long-lived tokens (impersonation, no password hashing), a project document per
// commune with a history, and each device's precomputed one-op pushes (real Yjs updates, z85).
// Or the same from a national-scale data dir. Never measures anything itself.
import type PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { encodeBase85 } from '../../../src/lib/domain/sync/base85';
import { randomId } from '../../helpers/ids';

export interface LoadDevice {
	token: string;
	device: string;
	ops: object[];
}

/** Runs `task` for 0..n-1, at most `width` at a time. */
export async function pool(n: number, width: number, task: (i: number) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: width }, async () => {
			while (next < n) await task(next++);
		})
	);
}

/** `count` successive small Yjs updates of one client on `doc` (log lines typed on a tablet). */
function updates(doc: Y.Doc, count: number, label: string): Uint8Array[] {
	const out: Uint8Array[] = [];
	const onUpdate = (update: Uint8Array) => out.push(update);
	doc.on('update', onUpdate);
	for (let i = 0; i < count; i++) doc.getText('log').insert(0, `${label} ${i} : réunion. `);
	doc.off('update', onUpdate);
	return out;
}

/**
 * `communes` communes (insee prefix `9B`) × `perCommune` élus, one project document each with
 * `history` stored updates; returns the devices, each with `opsPerDevice` pushes ready.
 */
export async function loadDevices(
	admin: PocketBase,
	url: string,
	options: { communes: number; perCommune: number; history: number; opsPerDevice: number }
): Promise<LoadDevice[]> {
	const devices: LoadDevice[] = [];
	await pool(options.communes, 4, async (c) => {
		const commune = await admin
			.collection('communes')
			.create({ insee: `9B${String(c).padStart(3, '0')}`, name: `Charge ${c}`, population: 500 });
		const doc = randomId();
		for (let k = 0; k < options.perCommune; k++) {
			const user = await admin.collection('users').create({
				email: `charge.${c}.${k}@collabactons.fr`,
				password: 'collabactons-demo',
				passwordConfirm: 'collabactons-demo',
				role: 'elu',
				communes: [commune.id],
				verified: true
			});
			const client = await admin.collection('users').impersonate(user.id, 24 * 3600);
			const ydoc = new Y.Doc();
			const device = `charge-${c}-${k}`;
			const op = (update: Uint8Array) => ({
				id: `op-${randomId(20)}`,
				doc,
				type: 'project',
				commune: commune.id,
				update: encodeBase85(update)
			});
			if (k === 0 && options.history > 0) {
				const history = updates(ydoc, options.history, 'historique').map(op);
				const response = await fetch(`${url}/api/collab/sync`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', authorization: client.authStore.token },
					body: JSON.stringify({ v: 1, device: `${device}-seed`, cursor: 0, ops: history })
				});
				if (!response.ok) throw new Error(`seed push ${response.status}`);
			}
			devices.push({
				token: client.authStore.token,
				device,
				ops: updates(ydoc, options.opsPerDevice, `appareil ${k}`).map(op)
			});
		}
	});
	return devices;
}

/**
 * On a national-scale data dir (npm run seed:national): `count` élus of distinct communes that
 * have a project, each pushing to its commune's project document.
 */
export async function nationalDevices(
	admin: PocketBase,
	options: { count: number; opsPerDevice: number }
): Promise<LoadDevice[]> {
	const docs = await admin.collection('docs').getList(1, options.count * 2, {
		filter: 'type = "project"',
		sort: `@random`,
		fields: 'id,commune'
	});
	const seen = new Set<string>();
	const devices: LoadDevice[] = [];
	for (const doc of docs.items) {
		if (devices.length >= options.count || seen.has(doc.commune)) continue;
		seen.add(doc.commune);
		const users = await admin.collection('users').getList(1, 1, {
			filter: admin.filter('role = "elu" && communes.id ?= {:commune}', { commune: doc.commune }),
			fields: 'id'
		});
		const user = users.items[0];
		if (!user) continue;
		const client = await admin.collection('users').impersonate(user.id, 24 * 3600);
		const device = `national-${devices.length}`;
		devices.push({
			token: client.authStore.token,
			device,
			ops: updates(new Y.Doc(), options.opsPerDevice, device).map((update) => ({
				id: `op-${randomId(20)}`,
				doc: doc.id,
				type: 'project',
				commune: doc.commune,
				update: encodeBase85(update)
			}))
		});
	}
	return devices;
}
