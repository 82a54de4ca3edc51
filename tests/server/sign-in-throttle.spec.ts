// Password guessing, on a server of its own (the rate limiter counts per address, and every test
// comes from 127.0.0.1): 30 élus signing in from one address all get in, the 11th wrong password
// for one account within a minute is refused with 429 and a French reason (the right password
// too, until a new password lifts the lock), for élus and for the superuser alike, and an honest
// device's sync requests are never throttled.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, DEMO_PASSWORD } from '../helpers/pocketbase';
import { ADMIN, startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let admin: PocketBase;

async function signIn(collection: string, identity: string, password: string) {
	const response = await fetch(`${server.url}/api/collections/${collection}/auth-with-password`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ identity, password })
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function newElu(n: number): Promise<string> {
	const email = `salle.${n}@collabactons.fr`;
	await admin.collection('users').create({
		email,
		password: DEMO_PASSWORD,
		passwordConfirm: DEMO_PASSWORD,
		role: 'elu',
		verified: true
	});
	return email;
}

/** Ten wrong passwords in a row (each answered 400, later ones after a growing delay). */
async function tenFailures(collection: string, identity: string) {
	const started = performance.now();
	for (let i = 0; i < 10; i++) {
		expect((await signIn(collection, identity, `faux-${i}`)).status, `attempt ${i + 1}`).toBe(400);
	}
	return performance.now() - started;
}

describe('sign-in throttling', () => {
	beforeAll(async () => {
		server = await startTestServer({ seedDemo: false });
		admin = await adminClient(server.url);
	}, 120_000);

	afterAll(async () => {
		await server?.dispose();
	});

	it('lets 30 élus of one training room sign in from one address at once', async () => {
		const emails = [];
		for (let n = 0; n < 30; n++) emails.push(await newElu(n));
		const answers = await Promise.all(emails.map((e) => signIn('users', e, DEMO_PASSWORD)));
		expect(answers.map((a) => a.status)).toEqual(emails.map(() => 200));
	});

	it('refuses the 11th wrong password for one account within a minute, in French', async () => {
		const email = await newElu(100);
		const spent = await tenFailures('users', email);
		// The growing delay: the first failures are immediate, the later ones wait.
		expect(spent).toBeGreaterThan(2000);
		const eleventh = await signIn('users', email, 'faux-11');
		expect(eleventh.status).toBe(429);
		expect(String(eleventh.body.message)).toMatch(/bloqué.*Mot de passe oublié.*e-mail/s);
		// Locked means locked: the right password too, but only for this account.
		expect((await signIn('users', email, DEMO_PASSWORD)).status).toBe(429);
		expect((await signIn('users', await newElu(101), DEMO_PASSWORD)).status).toBe(200);
	}, 60_000);

	it('lifts the lock when the password changes (a reset by e-mail sets a new one)', async () => {
		const email = await newElu(200);
		await tenFailures('users', email);
		expect((await signIn('users', email, DEMO_PASSWORD)).status).toBe(429);
		const user = await admin
			.collection('users')
			.getFirstListItem(admin.filter('email = {:email}', { email }));
		const renewed = 'un-nouveau-mot-de-passe';
		await admin
			.collection('users')
			.update(user.id, { password: renewed, passwordConfirm: renewed });
		expect((await signIn('users', email, renewed)).status).toBe(200);
	}, 60_000);

	it('locks a superuser account the same way', async () => {
		await tenFailures('_superusers', ADMIN.email);
		const eleventh = await signIn('_superusers', ADMIN.email, 'faux');
		expect(eleventh.status).toBe(429);
		expect(String(eleventh.body.message)).toContain('bloqué');
	}, 60_000);

	it('never throttles an honest device’s sync requests', async () => {
		const email = await newElu(300);
		const pb = new PocketBase(server.url);
		pb.autoCancellation(false);
		await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
		// More than PocketBase's general limit of 300 requests per 10 s for one address.
		const statuses: number[] = [];
		for (let batch = 0; batch < 8; batch++) {
			const answers = await Promise.all(
				Array.from({ length: 50 }, () =>
					fetch(`${server.url}/api/collab/sync`, {
						method: 'POST',
						headers: { Authorization: pb.authStore.token, 'Content-Type': 'application/json' },
						body: JSON.stringify({ v: 1, device: 'd-salle', cursor: 0 })
					})
				)
			);
			statuses.push(...answers.map((a) => a.status));
		}
		expect(statuses.filter((s) => s !== 200)).toEqual([]);
		// While the same burst on another API path meets the general per-address limit.
		const others = await Promise.all(
			Array.from({ length: 350 }, () =>
				fetch(`${server.url}/api/collections/communes/records?perPage=1`, {
					headers: { Authorization: pb.authStore.token }
				})
			)
		);
		const limited = others.filter((r) => r.status === 429);
		expect(limited.length).toBeGreaterThan(0);
		// PocketBase's refusal, worded in French.
		expect(((await limited[0]!.json()) as { message: string }).message).toContain(
			'Trop de demandes depuis votre adresse'
		);
	}, 60_000);
});
