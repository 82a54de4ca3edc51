// The pickers' pure rules and the kept lists (fake-indexeddb): reading the server's answer
// (malformed ids dropped, never an e-mail carried), searching names without accents, at most two
// co-animateurs and never the owner, and a list kept per user that an offline form reads back.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { keepPeople, keptPeople } from '../local/people';
import { readPeople, searchPeople, toggleCoFacilitator, type Person } from './people';

const A = 'aaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbb';
const C = 'ccccccccccccccc';
const OWNER = 'ooooooooooooooo';

let store: LocalStore | undefined;
afterEach(() => store?.close());

describe('reading the lists', () => {
	it('keeps ids and names of facilitators, drops malformed rows and any extra field', () => {
		const people = readPeople(
			{
				facilitators: [
					{ id: A, name: 'Hélène Durand', email: 'h@example.fr' },
					{ id: 'short', name: 'Bad' },
					null,
					{ id: B, name: 42 }
				]
			},
			'facilitators'
		);
		expect(people).toEqual([
			{ id: A, name: 'Hélène Durand' },
			{ id: B, name: '' }
		]);
		expect(readPeople({ nope: [] }, 'facilitators')).toBeNull();
		expect(readPeople('x', 'elus')).toBeNull();
	});

	it('keeps mandate, commune and INSEE for élus', () => {
		const people = readPeople(
			{ elus: [{ id: A, name: 'Claire', mandate: 'maire', commune: 'Lagrasse', insee: '11185' }] },
			'elus'
		);
		expect(people).toEqual([
			{ id: A, name: 'Claire', mandate: 'maire', commune: 'Lagrasse', insee: '11185' }
		]);
	});
});

describe('searching by name', () => {
	const people: Person[] = [
		{ id: A, name: 'Hélène Durand', commune: 'Lagrasse' },
		{ id: B, name: 'Élodie Martin', commune: 'Fabrezan' },
		{ id: C, name: 'Jean-Paul Bès', commune: 'Lagrasse' }
	];

	it('ignores accents, case and hyphens, and every word must match', () => {
		expect(searchPeople(people, 'helene').map((p) => p.id)).toEqual([A]);
		expect(searchPeople(people, 'ELODIE mart').map((p) => p.id)).toEqual([B]);
		expect(searchPeople(people, 'jean paul').map((p) => p.id)).toEqual([C]);
		expect(searchPeople(people, 'lagrasse').map((p) => p.id)).toEqual([A, C]);
		expect(searchPeople(people, 'zzz')).toEqual([]);
	});

	it('sorts by name in French order and stops at the limit', () => {
		expect(searchPeople(people, '').map((p) => p.name)).toEqual([
			'Élodie Martin',
			'Hélène Durand',
			'Jean-Paul Bès'
		]);
		expect(searchPeople(people, '', 2)).toHaveLength(2);
	});
});

describe('co-animateurs', () => {
	it('adds up to two, never twice, never the owner, and removes', () => {
		let chosen = toggleCoFacilitator([], A, true, OWNER);
		chosen = toggleCoFacilitator(chosen, A, true, OWNER);
		expect(chosen).toEqual([A]);
		expect(toggleCoFacilitator(chosen, OWNER, true, OWNER)).toEqual([A]);
		chosen = toggleCoFacilitator(chosen, B, true, OWNER);
		expect(chosen).toEqual([A, B]);
		expect(toggleCoFacilitator(chosen, C, true, OWNER)).toEqual([A, B]);
		expect(toggleCoFacilitator(chosen, A, false, OWNER)).toEqual([B]);
	});
});

describe('lists kept on the device', () => {
	it('reads back the last list kept, per list, and null before any', async () => {
		store = await openLocalStore({ userId: 'u-people', indexedDB: new IDBFactory() });
		expect(await keptPeople(store.db, 'facilitators')).toBeNull();
		await keepPeople(store.db, 'facilitators', [{ id: A, name: 'Hélène' }], 1000);
		await keepPeople(store.db, 'facilitators', [{ id: B, name: 'Élodie' }], 2000);
		await keepPeople(store.db, `elus.${C}`, [{ id: A, name: 'Claire' }], 3000);
		expect(await keptPeople(store.db, 'facilitators')).toEqual({
			people: [{ id: B, name: 'Élodie' }],
			at: 2000
		});
		expect((await keptPeople(store.db, `elus.${C}`))?.people).toEqual([{ id: A, name: 'Claire' }]);
	});
});
