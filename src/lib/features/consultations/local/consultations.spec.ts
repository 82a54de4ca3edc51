import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { setState } from '$lib/local/outbox';
import { voteId } from '../domain/vote';
import { loadConsultation, loadConsultations, saveVote } from './consultations';

const consultation = {
	id: 'consultation001',
	space_kind: 'national',
	space_code: '',
	title: 'Quel format ?',
	context: 'Contexte',
	kind: 'choice',
	multiple: false,
	options: [
		{ key: 'a', label: 'Ateliers' },
		{ key: 'b', label: 'Visites' }
	],
	closes_at: '2027-01-31 12:00:00.000Z',
	synthesis: ''
};

describe('votes on the device', () => {
	it('keeps one vote per consultation and élu: changing it offline replaces it under the same id', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('elu1', factory);
		await db.consultations.put(consultation);
		const first = await saveVote(
			db,
			'elu1',
			'consultation001',
			['a'],
			Date.parse('2027-01-10T10:00:00Z')
		);
		const second = await saveVote(
			db,
			'elu1',
			'consultation001',
			['b'],
			Date.parse('2027-01-11T10:00:00Z')
		);
		expect(second).toBe(first);
		expect(first).toBe(await voteId('consultation001', 'elu1'));
		const queued = await db.outbox.toArray();
		expect(queued.map((e) => [e.recordId, e.data?.choices, e.state])).toEqual([
			[first, ['b'], 'pending']
		]);
		db.close();

		const reopened = new UserDatabase('elu1', factory);
		const opened = await loadConsultation(reopened, 'consultation001', first);
		expect(opened!.vote).toMatchObject({
			choices: ['b'],
			castAt: Date.parse('2027-01-11T10:00:00Z'),
			standing: { state: 'device' }
		});
		await setState(reopened, [queued[0]!.id], 'rejected', { reason: 'La consultation est close.' });
		expect((await loadConsultation(reopened, 'consultation001', first))!.vote!.standing).toEqual({
			state: 'rejected',
			reason: 'La consultation est close.'
		});
		reopened.close();
	});

	it('lists open consultations first, closing soonest, then closed ones', async () => {
		const db = new UserDatabase('elu2', new IDBFactory());
		const now = Date.parse('2027-01-15T00:00:00Z');
		await db.consultations.bulkPut([
			{ ...consultation, id: 'closed000000001', closes_at: '2027-01-01T00:00:00.000Z' },
			{ ...consultation, id: 'later0000000001', closes_at: '2027-03-01T00:00:00.000Z' },
			{ ...consultation, id: 'sooner000000001', closes_at: '2027-02-01T00:00:00.000Z' },
			{ ...consultation, id: 'broken000000001', closes_at: 'jamais' }
		]);
		expect((await loadConsultations(db, now)).map((c) => c.id)).toEqual([
			'sooner000000001',
			'later0000000001',
			'closed000000001'
		]);
		db.close();
	});
});
