import { describe, expect, it } from 'vitest';
import { trainedCounts } from './counts';
import type { ParticipantData, SessionData } from './types';

const session = (id: string): SessionData & { id: string } => ({
	id,
	title: 'S',
	volet: 'intelligence_collective',
	modules: ['ic-1', 'ic-2'],
	slots: [
		{ key: '2026-12-10-am', date: '2026-12-10', start: '09:00', end: '12:00', modules: ['ic-1'] },
		{ key: '2026-12-10-pm', date: '2026-12-10', start: '14:00', end: '17:00', modules: ['ic-2'] }
	],
	commune_insee: '11185',
	commune_name: 'Lagrasse',
	room: '',
	modality: 'presentiel',
	co_facilitators: [],
	capacity: 15,
	status: 'prevue',
	notes: ''
});
const person = (id: string, sessionId: string, user = ''): ParticipantData & { id: string } => ({
	id,
	session: sessionId,
	user,
	name: id,
	mandate: 'conseiller',
	commune_insee: '11185',
	commune_name: 'Lagrasse',
	email: '',
	funding: 'gratuit',
	enrolment: 'inscrit',
	walk_in: false,
	added_at: '2026-12-01T10:00:00.000Z'
});
const row = (
	id: string,
	sessionId: string,
	slot: string,
	participant: string,
	status = 'present'
) => ({
	id,
	session: sessionId,
	slot,
	participant,
	status: status as 'present' | 'absent',
	mode: 'sur_place' as const,
	signature: '',
	signed_at: '2026-12-10T08:00:00.000Z',
	arrived_at: '',
	left_at: '',
	amends: '',
	note: '',
	hash: id.padEnd(64, '0')
});
const seal = (sessionId: string, slot: string, rows: { id: string; hash: string }[]) => ({
	id: `seal-${sessionId}-${slot}`,
	session: sessionId,
	slot,
	covers: rows.map((r) => ({ id: r.id, hash: r.hash })),
	countersigner_name: 'S',
	countersignature: '',
	sealed_at: '2026-12-10T12:00:00.000Z',
	addendum_of: '',
	hash: '0'.repeat(64)
});

describe('élus trained', () => {
	it('count sealed presence only, an account once across sessions, people without one apart', () => {
		const am = '2026-12-10-am';
		const pm = '2026-12-10-pm';
		const people = [
			person('p1', 's1', 'user1'),
			person('p2', 's1'),
			person('p3', 's2', 'user1'),
			person('p4', 's1', 'user4')
		];
		const rows = [
			row('r1', 's1', am, 'p1'),
			row('r2', 's1', am, 'p2'),
			row('r3', 's2', am, 'p3'),
			row('r4', 's1', am, 'p4', 'absent'),
			row('r5', 's1', pm, 'p1') // signed but the afternoon is not sealed
		];
		const seals = [seal('s1', am, rows.slice(0, 2).concat(rows[3]!)), seal('s2', am, [rows[2]!])];
		const counts = trainedCounts([session('s1'), session('s2')], people, rows, seals);
		expect(counts.modules).toEqual([
			{ volet: 'intelligence_collective', module: 'ic-1', withAccount: 1, withoutAccount: 1 }
		]);
		expect(counts.sessions.map((s) => [s.session.id, s.trained, s.sealedSlots])).toEqual([
			['s1', 2, 1],
			['s2', 1, 1]
		]);
	});
});
