// The charters a project document lists (the mutable side of the charter ↔ project link): two
// élus linking their own charters offline both keep their link, and a link is listed once.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { linkProjectCharter, readProject, readProjectCharters } from './projects';

const marie = {
	id: 'aaaaaaaaaaaaaaa',
	receipt: 'ABCD-EFGH-JKMN',
	signedAt: '2026-11-29T09:30:00.000Z',
	signer: 'Marie Dupont'
};
const karim = {
	...marie,
	id: 'bbbbbbbbbbbbbbb',
	receipt: 'PQRS-TVWX-YZ01',
	signer: 'Karim Benali'
};

describe('charters listed on a project', () => {
	it('keeps both links made offline on two devices, in signing order', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		expect(linkProjectCharter(a, { ...karim, signedAt: '2026-12-01T10:00:00.000Z' })).toBe(true);
		expect(linkProjectCharter(b, marie)).toBe(true);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		for (const doc of [a, b]) {
			expect(readProjectCharters(doc).map((l) => l.signer)).toEqual([
				'Marie Dupont',
				'Karim Benali'
			]);
		}
		expect(linkProjectCharter(a, marie)).toBe(false);
		expect(readProjectCharters(a)).toHaveLength(2);
	});

	it('ignores an entry that is not a link', () => {
		const doc = new Y.Doc();
		doc.getMap('charters').set('ccccccccccccccc', 'signée');
		linkProjectCharter(doc, marie);
		expect(readProjectCharters(doc)).toEqual([marie]);
	});

	it('names who linked a charter in the project history, once', () => {
		const doc = new Y.Doc();
		const actor = { id: 'u-marie', name: 'Marie Dupont' };
		linkProjectCharter(doc, marie, actor);
		linkProjectCharter(doc, marie, actor);
		expect(readProject('p', doc).history).toEqual([
			expect.objectContaining({ author: 'u-marie', name: 'Marie Dupont', section: 'charters' })
		]);
	});
});
