// A training room behind one router (issue 17): 30 élus sign in together from one address and
// each tablet then makes the requests of its first visit (session refresh, the curriculum pull
// and its pruning, the commune's class, a first sync from cursor 0), all at once. On a server of
// its own, since the rate limiter counts per address; then every tablet again (a reload). Every
// request must be served: a 429 here would leave a room waiting on backoff in the middle of a
// training session.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRICULUM_COLLECTIONS } from '../../src/lib/domain/curriculum/types';
import { adminClient, DEMO_PASSWORD } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

const ROOM = 30;
let server: TestServer;
let communeId: string;
const emails: string[] = [];

/** A tablet of the room, signed in with its password as the app does. */
async function signIn(email: string): Promise<PocketBase> {
	const pb = new PocketBase(server.url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD, { expand: 'communes' });
	return pb;
}

/** The requests a signed-in tablet makes on its first visit, as the app's modules make them. */
async function firstVisit(pb: PocketBase, n: number): Promise<number> {
	let requests = 0;
	const count = <T>(p: Promise<T>) => {
		requests++;
		return p;
	};
	await count(pb.collection('users').authRefresh({ expand: 'communes' }));
	// src/lib/sync/curriculum.ts: every collection at once, then the id lists of its pruning.
	await Promise.all(
		CURRICULUM_COLLECTIONS.map((c) =>
			count(pb.collection(c).getFullList({ batch: 1000, filter: 'updated > ""', requestKey: null }))
		)
	);
	await Promise.all(
		CURRICULUM_COLLECTIONS.map((c) =>
			count(pb.collection(c).getFullList({ batch: 1000, fields: 'id', requestKey: null }))
		)
	);
	// src/lib/sync/communes.ts
	await count(
		pb.collection('communes').getFirstListItem(pb.filter('insee = {:insee}', { insee: '11185' }), {
			fields: 'id,class,class_corrected'
		})
	);
	const sync = await count(
		pb.send('/api/collab/sync', {
			method: 'POST',
			body: { v: 1, device: `salle-${n}`, cursor: 0, ops: [], records: [] }
		})
	);
	expect(sync.cursor).toBeGreaterThanOrEqual(0);
	return requests;
}

/** HTTP statuses of the rejected outcomes. */
function refusals(outcomes: PromiseSettledResult<unknown>[]) {
	return outcomes
		.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
		.map((o) => (o.reason instanceof ClientResponseError ? o.reason.status : String(o.reason)));
}

describe('a room of 30 élus behind one router', () => {
	beforeAll(async () => {
		server = await startTestServer();
		const admin = await adminClient(server.url);
		communeId = (
			await admin.collection('communes').getFirstListItem(admin.filter('insee = "11185"'))
		).id;
		for (let i = 0; i < ROOM; i++) {
			const email = `salle.visite.${i}@collabactons.fr`;
			await admin.collection('users').create({
				email,
				password: DEMO_PASSWORD,
				passwordConfirm: DEMO_PASSWORD,
				role: 'elu',
				communes: [communeId],
				verified: true
			});
			emails.push(email);
		}
	}, 120_000);

	afterAll(async () => {
		await server?.dispose();
	});

	it('signs everyone in and serves every first-visit request, none throttled', async () => {
		const t0 = performance.now();
		const signedIn = await Promise.allSettled(emails.map(signIn));
		const signInSeconds = (performance.now() - t0) / 1000;
		expect(refusals(signedIn), 'statuses of the refused sign-ins').toEqual([]);
		const tablets = signedIn.map((o) => (o as PromiseFulfilledResult<PocketBase>).value);
		// Then every tablet at once (a dense burst, as on a quiet server).
		const t1 = performance.now();
		// Each tablet twice: the first visit, then a reload (an app update, a tap on « Actualiser »).
		const outcomes = await Promise.allSettled(
			[...tablets, ...tablets].map((pb, n) => firstVisit(pb, n))
		);
		const seconds = (performance.now() - t1) / 1000;
		expect(refusals(outcomes), 'statuses of the refused requests').toEqual([]);
		const requests = outcomes.reduce((n, o) => n + (o.status === 'fulfilled' ? o.value : 0), 0);
		console.log(
			`room of ${ROOM}: sign-ins ${(ROOM / signInSeconds).toFixed(1)}/s, then ${requests} ` +
				`first-visit requests served in ${seconds.toFixed(1)} s`
		);
		expect(requests).toBe(2 * ROOM * 11);
	}, 180_000);
});
