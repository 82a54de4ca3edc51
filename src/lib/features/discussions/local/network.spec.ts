import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { setState } from '$lib/local/outbox';
import {
	loadReported,
	loadThread,
	loadThreads,
	saveReply,
	saveReport,
	saveThread
} from './network';

describe('the learning network on the device', () => {
	it('keeps a thread and a reply written offline, queued, and says where each stands', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('user1', factory);
		const id = await saveThread(db, {
			spaceKind: 'departement',
			spaceCode: '11',
			title: 'Broyage des déchets verts',
			body: '<b>Qui</b> a un broyeur ?',
			mentions: []
		});
		const reply = await saveReply(db, 'discussion', id, 'Nous, à Fabrezan.', ['11135']);
		db.close();

		const reopened = new UserDatabase('user1', factory);
		const threads = await loadThreads(reopened, 'departement', '11');
		expect(threads.map((t) => [t.title, t.body, t.replies, t.standing.state])).toEqual([
			['Broyage des déchets verts', '<b>Qui</b> a un broyeur ?', 1, 'device']
		]);
		expect(await loadThreads(reopened, 'departement', '42')).toEqual([]);
		const entries = await reopened.outbox.toArray();
		expect(entries.map((e) => e.collection)).toEqual(['discussions', 'comments']);
		await setState(reopened, [entries[1]!.id], 'rejected', { reason: 'Cet espace est réservé.' });
		await setState(reopened, [entries[0]!.id], 'confirmed');
		const opened = await loadThread(reopened, id);
		expect(opened!.thread.standing.state).toBe('confirmed');
		expect(opened!.replies.map((r) => [r.id, r.mentions, r.standing])).toEqual([
			[reply, ['11135'], { state: 'rejected', reason: 'Cet espace est réservé.' }]
		]);
		reopened.close();
	});

	it('reports a post once per user: a second report replaces the first under the same id', async () => {
		const db = new UserDatabase('user2', new IDBFactory());
		const first = await saveReport(db, 'user2', 'discussion', 'abcdefghijklmno', 'spam');
		const second = await saveReport(db, 'user2', 'discussion', 'abcdefghijklmno', 'offensive');
		expect(second).toBe(first);
		expect(await db.reports.count()).toBe(1);
		expect((await db.outbox.toArray()).map((e) => e.data?.reason)).toEqual(['offensive']);
		expect(await loadReported(db)).toEqual(new Set(['abcdefghijklmno']));
		db.close();
	});
});
