// Census answers in a real (fake-indexeddb) user database: one record per campaign × commune ×
// question (answering again replaces it and queues the new version), each with its outbox entry;
// an answer that does not read is refused before anything is saved; where each answer stands.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { setState } from '$lib/local/outbox';
import { censusAnswerId } from '../domain/census';
import {
	loadAnswerStates,
	loadCensusAnswers,
	loadCommunesNeeds,
	saveCensusAnswer
} from './answers';

const base = { campaign: '2026', commune: 'lagrassecommune' };

describe('census answers on the device', () => {
	it('keep one row per question, the latest answer, each save queued for the server', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('user1', factory);
		const id = await saveCensusAnswer(db, {
			...base,
			question: 'need-dechets',
			answer: { priority: 2, note: '' }
		});
		expect(id).toBe(censusAnswerId('2026', 'lagrassecommune', 'need-dechets'));
		await saveCensusAnswer(db, {
			...base,
			question: 'need-dechets',
			answer: { priority: 3, note: 'déchets verts' }
		});
		await saveCensusAnswer(db, { ...base, question: 'profile', answer: { profile: 'B' } });
		db.close();

		const reopened = new UserDatabase('user1', factory);
		const answers = await loadCensusAnswers(reopened, ['lagrassecommune']);
		expect(answers.map((a) => [a.question, a.answer])).toEqual(
			expect.arrayContaining([
				['need-dechets', { priority: 3, note: 'déchets verts' }],
				['profile', { profile: 'B' }]
			])
		);
		expect(answers).toHaveLength(2);
		// The unsent first answer was replaced by the second: one push per question.
		const queued = await reopened.outbox.toArray();
		expect(queued.map((e) => e.recordId)).toEqual([id, expect.any(String)]);
		expect(queued[0]!.data).toMatchObject({ answer: { priority: 3, note: 'déchets verts' } });
		expect(await loadCensusAnswers(reopened, ['another-commune'])).toEqual([]);
		reopened.close();
	});

	it('refuses an answer that does not read, and saves nothing', async () => {
		const db = new UserDatabase('user2', new IDBFactory());
		const bad = [
			{ question: 'need-dechets', answer: { priority: 1, note: 'x'.repeat(1001) } },
			{ question: 'profile', answer: { profile: '<script>' } },
			{ question: 'need-licornes', answer: { priority: 1, note: '' } }
		];
		for (const input of bad) {
			await expect(saveCensusAnswer(db, { ...base, ...input } as never)).rejects.toThrow(
				/^census\.invalid\./
			);
		}
		await expect(
			saveCensusAnswer(db, {
				...base,
				campaign: 'Bad Key',
				question: 'profile',
				answer: { profile: 'A' }
			})
		).rejects.toThrow('census.invalid.campaign');
		expect(await db.needs_surveys.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
		db.close();
	});

	it('say where each answer stands: on this device, sent, or refused with the reason', async () => {
		const db = new UserDatabase('user3', new IDBFactory());
		const a = await saveCensusAnswer(db, {
			...base,
			question: 'profile',
			answer: { profile: 'A' }
		});
		const b = await saveCensusAnswer(db, {
			...base,
			question: 'need-eau',
			answer: { priority: 1, note: '' }
		});
		const c = await saveCensusAnswer(db, {
			...base,
			question: 'need-emploi',
			answer: { priority: 1, note: '' }
		});
		const entries = await db.outbox.toArray();
		const entryOf = (id: string) => entries.find((e) => e.recordId === id)!.id;
		await setState(db, [entryOf(b)], 'confirmed');
		await setState(db, [entryOf(c)], 'rejected', {
			status: 409,
			code: 'immutable',
			reason: 'La campagne est close.'
		});
		const states = await loadAnswerStates(db, [a, b, c]);
		expect(states.get(a)).toEqual({ state: 'device' });
		expect(states.get(b)).toEqual({ state: 'sent' });
		expect(states.get(c)).toEqual({ state: 'refused', reason: 'La campagne est close.' });
		db.close();
	});
});

describe('the needs and profiles of several communes (planning a session)', () => {
	it('reads each commune at its latest campaign, and an empty census for a commune without answers', async () => {
		const db = new UserDatabase('user4', new IDBFactory());
		const save = (campaign: string, commune: string, question: string, answer: object) =>
			saveCensusAnswer(db, { campaign, commune, question, answer: answer as never });
		await save('2025', 'communeaaaaaaaa', 'profile', { profile: 'C' });
		await save('2026', 'communeaaaaaaaa', 'profile', { profile: 'B' });
		await save('2026', 'communeaaaaaaaa', 'need-eau', { priority: 3, note: '' });
		await save('2025', 'communebbbbbbbb', 'profile', { profile: 'A' });
		const [a, b, c] = await loadCommunesNeeds(db, [
			'communeaaaaaaaa',
			'communebbbbbbbb',
			'communecccccccc'
		]);
		expect([a!.campaign, a!.profile, a!.needs.map((n) => n.theme)]).toEqual(['2026', 'B', ['eau']]);
		expect([b!.campaign, b!.profile]).toEqual(['2025', 'A']);
		expect(c).toMatchObject({ commune: 'communecccccccc', profile: null, answered: 0 });
		db.close();
	});
});
