// French messages of the server: no elision mistake (« L’fiche », « de Ajaccio », « la opération »)
// in the hooks' texts, whether written out or built around a name. The source check reads every
// string literal of pocketbase/pb_hooks; the built ones are checked through the routes that
// build them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedDemoCharter } from '../../scripts/seed/charter.mjs';
import { DEMO, userClient } from '../helpers/pocketbase';
import { HOOKS, requireHook } from '../helpers/hooks';
import { nextRev, randomId } from '../helpers/ids';

const url = inject('pbUrl');
const VOWEL = 'aeiouyàâéèêëîïôûùœAEIOUYÀÂÉÈÊËÎÏÔÛÙŒ';
/** « le/la/de/ne/que/je/se/me/te » + a word starting with a vowel: should be elided. */
const NOT_ELIDED = new RegExp(`(^|[^\\p{L}-])(le|la|de|ne|que|je|se|me|te) [${VOWEL}]`, 'iu');
/** « L’ » or « d’ » + a consonant: elided where it must not be. */
const WRONGLY_ELIDED = new RegExp(`(^|[^\\p{L}])[LlDdNnQqJjSsMmTt]’[^${VOWEL}hH«\\s]`, 'u');
/** An elided article glued to whatever comes next, unknown when writing it. */
const BUILT_ELISION = /['"`][LlDd]’['"`]\s*\+/;

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sources(path) : path.endsWith('.js') ? [path] : [];
	});
}

/** The string literals of a JavaScript source (single-quoted, as Prettier writes them). */
function literals(source: string): string[] {
	return [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1]!);
}

describe('French messages of the server', () => {
	let maire: PocketBase;

	beforeAll(async () => {
		maire = await userClient(url, DEMO.maire);
	});

	it('elide where French does in every text of the hooks, and never build an elision', () => {
		const problems: string[] = [];
		for (const file of sources(HOOKS)) {
			const source = readFileSync(file, 'utf8');
			if (BUILT_ELISION.test(source)) problems.push(`${file}: elided article built by hand`);
			for (const text of literals(source)) {
				if (NOT_ELIDED.test(text) || WRONGLY_ELIDED.test(text)) problems.push(`${file}: ${text}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('catches the mistakes it is meant to catch', () => {
		for (const bad of ['L’fiche n° 1', 'Seuls les élus de Ajaccio', 'la opération', 'que il']) {
			expect(NOT_ELIDED.test(bad) || WRONGLY_ELIDED.test(bad), bad).toBe(true);
		}
		for (const good of [
			'L’opération n° 1',
			'La fiche n° 1',
			'd’Ajaccio',
			'de Lagrasse',
			'le héros'
		]) {
			expect(NOT_ELIDED.test(good) || WRONGLY_ELIDED.test(good), good).toBe(false);
		}
		expect(BUILT_ELISION.test("return 'L’' + label")).toBe(true);
	});

	it('elides before a commune name that starts with a vowel', async () => {
		const { ofName } = requireHook<{ ofName: (name: string) => string }>('lib/french.js');
		expect(['Ajaccio', 'Ungersheim', 'Lagrasse', 'Île-d’Arz'].map(ofName)).toEqual([
			'd’Ajaccio',
			'd’Ungersheim',
			'de Lagrasse',
			'd’Île-d’Arz'
		]);
		// Through the route: the mayor of Lagrasse may not sign for Ajaccio.
		const charter = signedDemoCharter({
			communeInsee: '2A004',
			communeName: 'Ajaccio',
			signerName: 'Claire Martin'
		});
		const answer = await maire.send('/api/collab/sync', {
			method: 'POST',
			body: {
				v: 1,
				device: 'd-french',
				cursor: 0,
				records: [{ ...charter.record, id: randomId(), rev: nextRev() }]
			}
		});
		expect(answer.rejected[0].reason).toBe('Seuls les élus d’Ajaccio peuvent y signer une charte.');
	});

	it('names a record item « la fiche » and an op « l’opération »', async () => {
		for (const [body, expected] of [
			[{ records: ['x'] }, 'La fiche n° 1 n’est pas un objet JSON.'],
			[{ ops: [{ id: 'X' }] }, 'L’opération n° 1 n’a pas d’identifiant valide.']
		] as const) {
			const response = await fetch(`${url}/api/collab/sync`, {
				method: 'POST',
				headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
				body: JSON.stringify({ v: 1, device: 'd-french', cursor: 0, ...body })
			});
			expect(response.status).toBe(400);
			expect(((await response.json()) as { message: string }).message).toBe(expected);
		}
	});
});
