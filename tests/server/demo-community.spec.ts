// The demo world's learning network and concertations on the real PocketBase seeded by the test
// setup (scripts/seed/demo-community.mjs): an open national consultation with 3 options and 40
// votes from élus of other communes (results hidden), a closed one with its results, late votes
// and synthesis, threads with replies in the Aude and national spaces reaching the demo mayor's
// device, a post hidden by 3 reports, and seeding again changes nothing.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type PocketBase from 'pocketbase';
import { COMMUNITY_IDS } from '../../scripts/seed/demo-community.mjs';
import { seed } from '../../scripts/seed/seed.mjs';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { ADMIN } from '../helpers/server';
import { pullAll } from '../helpers/sync';

const url = inject('pbUrl');
let admin: PocketBase;
let maire: PocketBase;

beforeAll(async () => {
	admin = await adminClient(url);
	maire = await userClient(url, DEMO.maire);
});

const results = (pb: PocketBase, id: string) =>
	pb.send(`/api/collab/consultations/${id}/results`, { method: 'GET' });

describe('the demo concertations', () => {
	it('hold an open national consultation with 3 options and 40 votes from élus of other communes', async () => {
		const open = await maire.collection('consultations').getOne(COMMUNITY_IDS.open);
		expect(open.options).toHaveLength(3);
		expect(Date.parse(open.closes_at)).toBeGreaterThan(Date.now());
		const votes = await admin
			.collection('votes')
			.getFullList({ filter: `consultation = "${COMMUNITY_IDS.open}"`, expand: 'user' });
		expect(votes).toHaveLength(40);
		const lagrasse = await communeId(url, '11185');
		for (const vote of votes) {
			expect(vote.commune).not.toBe(lagrasse);
			expect(vote.expand!.user.role).toBe('elu');
		}
		expect(new Set(votes.map((v) => v.user)).size).toBe(40);
		expect(await results(maire, COMMUNITY_IDS.open)).toMatchObject({ visible: false });
	});

	it('hold a closed one whose results, late votes and synthesis show', async () => {
		const shown = await results(maire, COMMUNITY_IDS.closed);
		expect(shown).toMatchObject({ visible: true, voters: 25, late: 3 });
		expect(shown.options.reduce((n: number, o: { votes: number }) => n + o.votes, 0)).toBe(25);
		expect(shown.synthesis).toMatch(/samedi/);
		expect(shown.participation.length).toBeGreaterThan(0);
	});
});

describe('the demo learning network', () => {
	it('reaches the demo mayor’s device: the Aude and national threads with their replies, the hidden post without its text, a notification', async () => {
		const { recordChanges } = await pullAll(maire, 'd-demo-community');
		const of = (collection: string) =>
			new Map(recordChanges.filter((c) => c.collection === collection).map((c) => [c.id, c.data]));
		const threads = of('discussions');
		expect(threads.get(COMMUNITY_IDS.audeThread)).toMatchObject({
			space_kind: 'departement',
			space_code: '11'
		});
		expect(threads.get(COMMUNITY_IDS.nationalThread)).toMatchObject({ space_kind: 'national' });
		expect(threads.get(COMMUNITY_IDS.hiddenThread)).toMatchObject({ hidden: true, body: '' });
		const replies = [...of('comments').values()].map((c) => c.parent);
		expect(replies.filter((p) => p === COMMUNITY_IDS.audeThread)).toHaveLength(2);
		expect(replies.filter((p) => p === COMMUNITY_IDS.nationalThread)).toHaveLength(1);
		expect([...of('notifications').values()].map((n) => n.kind)).toContain('reply');
		expect([...of('consultations').keys()]).toEqual(
			expect.arrayContaining([COMMUNITY_IDS.open, COMMUNITY_IDS.closed])
		);
		const coordinator = await userClient(url, DEMO.coordinateur);
		const queue = await coordinator.send('/api/collab/moderation', { method: 'GET' });
		expect(queue.items.some((i: { id: string }) => i.id === COMMUNITY_IDS.hiddenThread)).toBe(
			false
		);
		const national = await userClient(url, DEMO.national);
		const all = await national.send('/api/collab/moderation', { method: 'GET' });
		expect(
			all.items.find((i: { id: string }) => i.id === COMMUNITY_IDS.hiddenThread)
		).toMatchObject({
			hidden: true,
			reports: 3,
			reasons: { spam: 3 }
		});
	});

	it('changes nothing when seeded again', async () => {
		const count = async () =>
			Promise.all(
				['discussions', 'comments', 'consultations', 'votes', 'reports', 'notifications'].map(
					async (c) => (await admin.collection(c).getList(1, 1)).totalItems
				)
			);
		const users = async () =>
			(
				await admin
					.collection('users')
					.getList(1, 1, { filter: 'email ~ "@reseau.collabactons.fr"' })
			).totalItems;
		const before = [await count(), await users()];
		await seed({ url, admin: ADMIN, communes: 'test', demo: true });
		expect([await count(), await users()]).toEqual(before);
		expect(before[1]).toBe(40);
	});
});
