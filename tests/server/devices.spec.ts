// « Mes appareils » (issue 13): each device that syncs is listed with a name and its last sync;
// a revoked device is refused by the sync and photo routes with the code `device_revoked`, the
// others keep syncing; « sign out every device » renews the token key.
import { ClientResponseError } from 'pocketbase';
import { describe, expect, inject, it } from 'vitest';
import { createUser } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { sync } from '../helpers/sync';

const url = inject('pbUrl');

interface Device {
	id: string;
	name: string;
	lastSync: string;
	revoked: string;
	current: boolean;
}

async function failure(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ClientResponseError) return { status: error.status, body: error.response };
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('devices', () => {
	it('registers a new device once when its first requests arrive together', async () => {
		const pb = await createUser(url, { email: `ensemble-${randomId(6)}@exemple.fr`, role: 'elu' });
		// A pull and a push leave together on a device's first sync; forty, for five new devices,
		// make the race all but certain.
		const statuses: number[] = [];
		for (let round = 0; round < 5; round++) {
			const answers = await Promise.all(
				Array.from({ length: 40 }, () =>
					fetch(`${url}/api/collab/sync`, {
						method: 'POST',
						headers: { Authorization: pb.authStore.token, 'Content-Type': 'application/json' },
						body: JSON.stringify({ v: 1, device: `d-nouvelle-${round}`, cursor: 0 })
					})
				)
			);
			statuses.push(...answers.map((a) => a.status));
		}
		expect(statuses.filter((s) => s !== 200)).toEqual([]);
		const { devices } = (await pb.send('/api/collab/me/devices?device=d-nouvelle-0', {})) as {
			devices: Device[];
		};
		expect(devices).toHaveLength(5);
		expect(devices.filter((d) => d.current)).toHaveLength(1);
	});

	it('lists the devices, refuses a revoked one on sync and photos, keeps the others', async () => {
		const pb = await createUser(url, { email: `appareils-${randomId(6)}@exemple.fr`, role: 'elu' });
		await sync(pb, { device: 'd-tablette' });
		await sync(pb, { device: 'd-telephone' });
		const { devices } = (await pb.send('/api/collab/me/devices?device=d-tablette', {})) as {
			devices: Device[];
		};
		expect(devices).toHaveLength(2);
		expect(devices.filter((d) => d.current)).toHaveLength(1);
		// Named from the browser (« Chrome sur Android »); this Node client is not one.
		expect(devices.map((d) => d.name)).toEqual(['Appareil non reconnu', 'Appareil non reconnu']);
		expect(devices.every((d) => d.lastSync && !d.revoked)).toBe(true);
		const tablet = devices.find((d) => d.current)!;
		await pb.send(`/api/collab/me/devices/${tablet.id}/revoke`, { method: 'POST' });
		const refused = await failure(sync(pb, { device: 'd-tablette' }));
		expect(refused.status).toBe(403);
		expect(refused.body).toMatchObject({ code: 'device_revoked' });
		const photo = await failure(
			pb.send('/api/collab/photos', {
				method: 'POST',
				headers: { 'X-Collab-Device': 'd-tablette' },
				body: {
					id: randomId(),
					project: randomId(),
					entry: 'e',
					mime: 'image/jpeg',
					bytes: 10,
					width: 1,
					height: 1
				}
			})
		);
		expect(photo.body).toMatchObject({ code: 'device_revoked' });
		await expect(sync(pb, { device: 'd-telephone' })).resolves.toMatchObject({ v: 1 });
	});

	it('does not let a user revoke another user’s device', async () => {
		const owner = await createUser(url, {
			email: `proprio-${randomId(6)}@exemple.fr`,
			role: 'elu'
		});
		const other = await createUser(url, { email: `autre-${randomId(6)}@exemple.fr`, role: 'elu' });
		await sync(owner, { device: 'd-a' });
		const { devices } = (await owner.send('/api/collab/me/devices', {})) as { devices: Device[] };
		expect(
			(
				await failure(
					other.send(`/api/collab/me/devices/${devices[0]!.id}/revoke`, { method: 'POST' })
				)
			).status
		).toBe(404);
		await expect(sync(owner, { device: 'd-a' })).resolves.toMatchObject({ v: 1 });
	});

	it('signs out every device by renewing the token key', async () => {
		const pb = await createUser(url, { email: `tous-${randomId(6)}@exemple.fr`, role: 'elu' });
		await sync(pb, { device: 'd-a' });
		await pb.send('/api/collab/me/devices/sign-out-all', { method: 'POST' });
		expect((await failure(sync(pb, { device: 'd-a' }))).status).toBe(401);
	});
});
