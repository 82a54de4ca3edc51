import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { splitUpdate } from './split';

const LIMIT = 512 * 1024;

/** A document of ~800 KB written by two tablets, with deletions, a map and an array. */
function bigDocument(): Y.Doc {
	const a = new Y.Doc();
	const b = new Y.Doc();
	const line = 'Compte rendu du conseil municipal : la commune engage le projet. ';
	for (let i = 0; i < 6000; i++) a.getText('description').insert(0, `${i} ${line}`);
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
	for (let i = 0; i < 4000; i++) b.getArray('log').push([{ n: i, text: `${line} entrée ${i}` }]);
	b.getText('description').delete(100, 5000);
	b.getMap('project').set('title', 'Jardin partagé — « été » 2027');
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
	a.getText('description').insert(10, 'ajout après fusion');
	return a;
}

const contentOf = (doc: Y.Doc) => ({
	description: doc.getText('description').toString(),
	log: doc.getArray('log').toJSON(),
	project: doc.getMap('project').toJSON()
});

describe('splitUpdate', () => {
	it('keeps an update that fits as it is', () => {
		const doc = new Y.Doc();
		doc.getText('t').insert(0, 'court');
		const update = Y.encodeStateAsUpdate(doc);
		expect(splitUpdate(update, LIMIT)).toEqual([update]);
	});

	it('splits an 800 KB+ state into parts under the limit that rebuild the same document', () => {
		const original = bigDocument();
		const state = Y.encodeStateAsUpdate(original);
		expect(state.byteLength).toBeGreaterThan(1.5 * LIMIT);
		const parts = splitUpdate(state, LIMIT);
		expect(parts.length).toBeGreaterThanOrEqual(3);
		for (const part of parts) expect(part.byteLength).toBeLessThanOrEqual(LIMIT);

		for (const order of [parts, [...parts].reverse()]) {
			const copy = new Y.Doc();
			for (const part of order) Y.applyUpdate(copy, part);
			expect(contentOf(copy)).toEqual(contentOf(original));
			expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(original));
		}
	}, 60_000);

	it('merges with a document that already holds part of it', () => {
		const original = bigDocument();
		const parts = splitUpdate(Y.encodeStateAsUpdate(original), LIMIT);
		const other = new Y.Doc();
		Y.applyUpdate(other, parts[0]!);
		other.getText('description').insert(0, 'écrit ailleurs ');
		for (const part of parts) Y.applyUpdate(other, part);
		Y.applyUpdate(original, Y.encodeStateAsUpdate(other));
		expect(contentOf(other)).toEqual(contentOf(original));
	}, 60_000);
});
