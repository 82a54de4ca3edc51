// The foundation's API rules against a real PocketBase: accounts cannot promote themselves,
// reference data is read-only except a commune's own class and profile, and the token lifetime
// suits tablets that stay offline for weeks.
import { ClientResponseError } from 'pocketbase';
import { describe, expect, inject, it } from 'vitest';
import {
	adminClient,
	communeId,
	createUser,
	DEMO,
	serverNow,
	userClient
} from '../helpers/pocketbase';

const url = inject('pbUrl');

async function status(promise: Promise<unknown>): Promise<number> {
	try {
		await promise;
		return 200;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
}

describe('accounts', () => {
	it('signs in every demo account with its role', async () => {
		const expected = {
			[DEMO.maire]: 'elu',
			[DEMO.adjoint]: 'elu',
			[DEMO.facilitateur]: 'facilitateur',
			[DEMO.coordinateur]: 'coordinateur',
			[DEMO.national]: 'national'
		};
		for (const [email, role] of Object.entries(expected)) {
			const pb = await userClient(url, email);
			expect(pb.authStore.record?.role).toBe(role);
		}
		const maire = await userClient(url, DEMO.maire);
		expect(maire.authStore.record?.expand?.communes?.[0]?.insee).toBe('11185');
		const coordinateur = await userClient(url, DEMO.coordinateur);
		expect(coordinateur.authStore.record?.territory_code).toBe('11');
	});

	it('issues tokens valid for 60 days', async () => {
		// Measured on the server's clock: this process's may be faked (faketime), PocketBase's not.
		const before = await serverNow(url);
		const pb = await userClient(url, DEMO.maire);
		const payload = JSON.parse(
			Buffer.from(pb.authStore.token.split('.')[1]!, 'base64url').toString()
		);
		const days = (payload.exp - before / 1000) / 86400;
		expect(days).toBeGreaterThanOrEqual(60);
		expect(days).toBeLessThan(60.01);
	});

	it('lets a user rename themselves but never change their role or communes', async () => {
		const pb = await userClient(url, DEMO.adjoint);
		const id = pb.authStore.record!.id;
		const other = await communeId(url, '42218');
		expect(await status(pb.collection('users').update(id, { name: 'Karim B.' }))).toBe(200);
		expect(await status(pb.collection('users').update(id, { role: 'national' }))).toBe(404);
		expect(await status(pb.collection('users').update(id, { communes: [other] }))).toBe(404);
		const admin = await adminClient(url);
		const stored = await admin.collection('users').getOne(id);
		expect(stored.role).toBe('elu');
		expect(stored.communes).not.toContain(other);
		expect(stored.name).toBe('Karim B.');
	});

	it('refuses self sign-up and hides other accounts', async () => {
		const anonymous = await status(
			fetch(`${url}/api/collections/users/records`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					email: 'intrus@example.fr',
					password: 'motdepasse-123',
					passwordConfirm: 'motdepasse-123',
					role: 'national'
				})
			}).then((r) => {
				if (!r.ok) throw new ClientResponseError({ status: r.status });
			})
		);
		expect(anonymous).toBe(403);
		const maire = await userClient(url, DEMO.maire);
		const visible = await maire.collection('users').getFullList();
		expect(visible.map((u) => u.email)).toEqual([DEMO.maire]);
		const national = await userClient(url, DEMO.national);
		expect((await national.collection('users').getFullList()).length).toBeGreaterThanOrEqual(5);
	});
});

describe('communes', () => {
	it('are readable by signed-in users only', async () => {
		const anonymous = await fetch(`${url}/api/collections/communes/records?perPage=1`);
		expect((await anonymous.json()).totalItems).toBe(0);
		const maire = await userClient(url, DEMO.maire);
		const list = await maire.collection('communes').getList(1, 10);
		expect(list.totalItems).toBeGreaterThanOrEqual(5);
	});

	it('let their own élus correct the rural/urban class and profile, nothing else', async () => {
		const maire = await userClient(url, DEMO.maire);
		const lagrasse = await communeId(url, '11185');
		const carcassonne = await communeId(url, '11069');
		expect(
			await status(
				maire.collection('communes').update(lagrasse, {
					class: 'urbain',
					class_corrected: true,
					profile: 'A',
					class_reason: 'Le bourg a grandi avec la zone d’activité.'
				})
			)
		).toBe(200);
		expect(await status(maire.collection('communes').update(lagrasse, { population: 1 }))).toBe(
			404
		);
		expect(await status(maire.collection('communes').update(lagrasse, { name: 'X' }))).toBe(404);
		expect(await status(maire.collection('communes').update(carcassonne, { class: 'rural' }))).toBe(
			404
		);
		const admin = await adminClient(url);
		const stored = await admin.collection('communes').getOne(lagrasse);
		expect(stored).toMatchObject({
			class: 'urbain',
			class_corrected: true,
			profile: 'A',
			name: 'Lagrasse'
		});
		expect((await admin.collection('communes').getOne(carcassonne)).class).toBe('urbain');
		await admin
			.collection('communes')
			.update(lagrasse, { class: 'rural', class_corrected: false, profile: '', class_reason: '' });
	});

	it('refuse a class outside the allowed values with a 400', async () => {
		const maire = await userClient(url, DEMO.maire);
		const lagrasse = await communeId(url, '11185');
		expect(
			await status(maire.collection('communes').update(lagrasse, { class: 'metropole' }))
		).toBe(400);
	});

	it('are seeded idempotently (running the seed twice adds nothing)', async () => {
		const { seed } = await import('../../scripts/seed/seed.mjs');
		const { ADMIN } = await import('../helpers/server');
		const admin = await adminClient(url);
		const before = (await admin.collection('communes').getList(1, 1)).totalItems;
		const users = (await admin.collection('users').getList(1, 1)).totalItems;
		await seed({ url, admin: ADMIN, communes: 'test', demo: true });
		expect((await admin.collection('communes').getList(1, 1)).totalItems).toBe(before);
		expect((await admin.collection('users').getList(1, 1)).totalItems).toBe(users);
	});
});

describe('another commune', () => {
	it('gives an élu of Saint-Étienne no access to Lagrasse’s commune record edits', async () => {
		const stEtienne = await communeId(url, '42218');
		const other = await createUser(url, {
			email: 'elu.saint-etienne@collabactons.test',
			role: 'elu',
			communes: [stEtienne]
		});
		const lagrasse = await communeId(url, '11185');
		expect(await status(other.collection('communes').update(lagrasse, { profile: 'C' }))).toBe(404);
	});
});
