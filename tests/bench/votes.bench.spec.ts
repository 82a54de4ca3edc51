// Concertation figures (recorded, never judged):
// - server.votes_per_s: 50 élus voting at once on one national consultation against one real
//   PocketBase, each changing their vote 10 times (500 sync requests, each one vote record: the
//   scope, option and closing checks, the version order, the derived id). Baseline: the same 50
//   clients pushing 10 curriculum progress records each (a plain record without those checks).
//   At the end each élu has exactly one vote row, holding their last choice.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voteId } from '../../src/lib/features/consultations/domain/vote';
import { nextRev, randomId } from '../helpers/ids';
import { adminClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { recordMetric } from './metrics';

const VOTERS = 50;
const VOTES_EACH = 10;

let server: TestServer;
let admin: PocketBase;
let voters: PocketBase[] = [];
let consultation = '';

async function impersonate(id: string): Promise<PocketBase> {
	const client = await admin.collection('users').impersonate(id, 3600);
	client.autoCancellation(false);
	return client;
}

function sync(pb: PocketBase, records: object[], cursor: number) {
	return pb.send('/api/collab/sync', {
		method: 'POST',
		body: { v: 1, device: `d-${pb.authStore.record!.id}`, cursor, limit: 50, ops: [], records }
	}) as Promise<{ rejected: unknown[]; cursor: number }>;
}

/** Runs `each` for every voter at once; returns requests per second. */
async function rate(each: (pb: PocketBase, n: number) => Promise<void>): Promise<number> {
	const t0 = performance.now();
	await Promise.all(voters.map((pb, n) => each(pb, n)));
	return (VOTERS * VOTES_EACH) / ((performance.now() - t0) / 1000);
}

describe('concertation on one server', () => {
	beforeAll(async () => {
		server = await startTestServer();
		admin = await adminClient(server.url);
		const communes = await admin.collection('communes').getFullList({ fields: 'id' });
		await admin.send('/api/collab/admin/demo-accounts', {
			method: 'POST',
			body: {
				passwordOf: 'maire.demo@collabactons.fr',
				accounts: Array.from({ length: VOTERS }, (_, n) => ({
					email: `bench.vote.${n}@collabactons.fr`,
					name: `Élu ${n}`,
					role: 'elu',
					mandate: 'conseiller',
					communes: [communes[n % communes.length]!.id]
				}))
			}
		});
		const users = await admin
			.collection('users')
			.getFullList({ filter: 'email ~ "bench.vote."', fields: 'id' });
		voters = await Promise.all(users.map((u) => impersonate(u.id)));
		const national = await admin
			.collection('users')
			.getFirstListItem('email = "national.demo@collabactons.fr"');
		consultation = randomId();
		const opened = await sync(
			await impersonate(national.id),
			[
				{
					collection: 'consultations',
					id: consultation,
					rev: nextRev(),
					data: {
						space_kind: 'national',
						space_code: '',
						title: 'Banc d’essai',
						context: '',
						kind: 'choice',
						multiple: false,
						options: [
							{ key: 'a', label: 'A' },
							{ key: 'b', label: 'B' },
							{ key: 'c', label: 'C' }
						],
						closes_at: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
						synthesis: ''
					}
				}
			],
			0
		);
		expect(opened.rejected).toEqual([]);
	}, 120_000);

	afterAll(async () => {
		await server?.dispose();
	});

	it('records server.votes_per_s with 50 concurrent voters, each counted once', async () => {
		const head = (await sync(voters[0]!, [], 0)).cursor;
		const choices = ['a', 'b', 'c'];
		const baseline = await rate(async (pb) => {
			for (let i = 0; i < VOTES_EACH; i++) {
				const response = await sync(
					pb,
					[
						{
							collection: 'progress',
							id: randomId(),
							rev: nextRev(),
							data: {
								module: 'ic-1',
								activity: `a${i}`,
								done: true,
								done_at: new Date().toISOString()
							}
						}
					],
					head
				);
				expect(response.rejected).toEqual([]);
			}
		});
		const votes = await rate(async (pb, n) => {
			const id = await voteId(consultation, pb.authStore.record!.id);
			for (let i = 0; i < VOTES_EACH; i++) {
				const response = await sync(
					pb,
					[
						{
							collection: 'votes',
							id,
							rev: nextRev(),
							data: {
								consultation,
								choices: [choices[(n + i) % 3]],
								cast_at: new Date().toISOString()
							}
						}
					],
					head
				);
				expect(response.rejected).toEqual([]);
			}
		});
		const stored = await admin
			.collection('votes')
			.getFullList({ filter: `consultation = "${consultation}"`, fields: 'user,choices' });
		expect(stored).toHaveLength(VOTERS);
		recordMetric({
			name: 'server.votes_per_s',
			value: Math.round(votes),
			unit: 'votes/s',
			baseline: Math.round(baseline),
			ratio: Math.round((votes / baseline) * 100) / 100,
			note: `${VOTERS} élus voting at once, ${VOTES_EACH} changes each, one sync request per vote; baseline: the same requests carrying a progress record; client and server on the same 2-core machine`
		});
	});
});
