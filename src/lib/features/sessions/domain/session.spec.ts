import { describe, expect, it } from 'vitest';
import { convocationIcs } from './ics';
import { participantFromRow } from './import';
import { validateParticipant } from './participant';
import {
	isSessionDate,
	sessionCohort,
	sessionPhase,
	sessionWarnings,
	validateSession
} from './session';
import type { ParticipantData, SessionData } from './types';

const session = (overrides: Partial<SessionData> = {}): SessionData => ({
	title: 'Coopérer entre élus',
	volet: 'intelligence_collective',
	modules: ['ic-1', 'ic-2'],
	slots: [
		{ key: '2026-12-10-am', date: '2026-12-10', start: '09:00', end: '12:00', modules: ['ic-1'] },
		{ key: '2026-12-10-pm', date: '2026-12-10', start: '14:00', end: '17:00', modules: ['ic-2'] }
	],
	commune_insee: '11185',
	commune_name: 'Lagrasse',
	room: 'Salle des fêtes',
	modality: 'presentiel',
	co_facilitators: [],
	capacity: 15,
	status: 'prevue',
	notes: '',
	...overrides
});

describe('planning rules', () => {
	it('accept a session over two half-days', () => {
		expect(validateSession(session())).toEqual([]);
	});

	it('refuse a session dated 1900, 30 February and a negative duration, in French', () => {
		const old = validateSession(
			session({
				slots: [
					{
						key: '1900-12-10-am',
						date: '1900-12-10',
						start: '09:00',
						end: '12:00',
						modules: ['ic-1']
					}
				]
			})
		);
		expect(old.map((e) => e.message).join(' ')).toMatch(/date .* impossible/);
		expect(isSessionDate('2027-02-30')).toBe(false);
		expect(isSessionDate('2028-02-29')).toBe(true);
		const negative = validateSession(
			session({
				slots: [
					{
						key: '2026-12-10-am',
						date: '2026-12-10',
						start: '11:00',
						end: '10:00',
						modules: ['ic-1']
					}
				]
			})
		);
		expect(negative.map((e) => e.message).join(' ')).toMatch(/finit avant de commencer/);
	});

	it('warn about a 16th participant of a DIF session, and a volet 2 session mixing cohorts', () => {
		const people = Array.from({ length: 16 }, (_, i) => ({
			funding: i === 0 ? ('dif' as const) : ('gratuit' as const)
		}));
		expect(sessionWarnings(session({ capacity: 20 }), people).map((w) => w.key)).toEqual([
			'difOver15'
		]);
		expect(sessionWarnings(session({ capacity: 20 }), people.slice(0, 15))).toEqual([]);
		const mixed = [
			{ funding: 'gratuit' as const, communeClass: 'rural' as const },
			{ funding: 'gratuit' as const, communeClass: 'urbain' as const }
		];
		expect(
			sessionWarnings(session({ volet: 'economie_symbiotique' }), mixed).map((w) => w.key)
		).toEqual(['mixedCohort']);
		expect(sessionCohort(['rural', undefined, 'rural'])).toBe('rural');
	});

	it('place a session before, during or after its days', () => {
		const slots = session().slots;
		expect(sessionPhase(slots, '2026-12-09')).toBe('a_venir');
		expect(sessionPhase(slots, '2026-12-10')).toBe('en_cours');
		expect(sessionPhase(slots, '2026-12-11')).toBe('passee');
	});
});

describe('participants', () => {
	const person = (overrides: Partial<ParticipantData> = {}): ParticipantData => ({
		session: 's',
		user: '',
		name: 'Claire Martin',
		mandate: 'maire',
		commune_insee: '11185',
		commune_name: 'Lagrasse',
		email: '',
		funding: 'gratuit',
		enrolment: 'inscrit',
		walk_in: false,
		added_at: '2026-12-01T10:00:00.000Z',
		...overrides
	});

	it('refuse a participant without a name or with a bad e-mail, in French', () => {
		expect(validateParticipant(person({ name: '   ' }))[0]!.message).toMatch(/Indiquez le nom/);
		expect(validateParticipant(person({ email: 'claire@' }))[0]!.message).toMatch(/e-mail/);
		expect(validateParticipant(person())).toEqual([]);
	});

	it('read a spreadsheet row, or refuse it with its line and reason', () => {
		const communes = {
			byInsee: (insee: string) => (insee === '11185' ? { insee, name: 'Lagrasse' } : undefined),
			byName: (name: string) =>
				name === 'Lagrasse'
					? [{ insee: '11185', name: 'Lagrasse' }]
					: name === 'Saint-Martin'
						? [
								{ insee: '1', name },
								{ insee: '2', name }
							]
						: []
		};
		const read = (values: Record<string, string>, line = 2) =>
			participantFromRow({ line, values }, 's', communes, '2026-12-01T10:00:00.000Z');
		expect(
			read({
				name: 'Martin',
				firstName: 'Claire',
				mandate: 'Adjointe au maire',
				commune: 'Lagrasse',
				funding: 'DIF élu'
			})
		).toMatchObject({
			data: { name: 'Claire Martin', mandate: 'adjoint', funding: 'dif', commune_insee: '11185' }
		});
		expect(read({ name: '', commune: 'Lagrasse' }, 7)).toEqual({
			refusal: { line: 7, code: 'name', params: { line: 7 } }
		});
		expect(read({ name: 'X', commune: 'Saint-Martin' })).toMatchObject({
			refusal: { code: 'commune_ambiguous' }
		});
		expect(read({ name: 'X', commune: 'Atlantis' })).toMatchObject({
			refusal: { code: 'commune_unknown' }
		});
		expect(read({ name: 'X', commune: '11185', mandate: 'président' })).toMatchObject({
			refusal: { code: 'mandate' }
		});
	});
});

describe('the convocation', () => {
	it('is an iCalendar file with one event per half-day in the place’s time zone', () => {
		const ics = convocationIcs(
			'sessionaaaaaaaa',
			session(),
			(key) => `Module ${key}`,
			'2026-12-01T10:00:00.000Z'
		);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261210T090000');
		expect(ics).toContain('DTEND;TZID=Europe/Paris:20261210T170000');
		expect(ics).toContain('LOCATION:Salle des fêtes\\, Lagrasse');
		expect(ics).toContain('DTSTAMP:20261201T100000Z');
		for (const line of ics.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});
