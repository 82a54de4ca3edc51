import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/domain/canonical';
import {
	CHARTER_VERSIONS,
	CURRENT_CHARTER_VERSION,
	charterParagraphs,
	charterVersion,
	isCharterHeading
} from './text';

/** The SHA-256 of each published French text. A published text never changes: never edit these. */
const PUBLISHED_HASHES: Record<string, string> = {
	'2026-1': '14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173'
};

describe('charter texts', () => {
	it('keeps every published version byte for byte', async () => {
		expect(Object.keys(CHARTER_VERSIONS).sort()).toEqual(Object.keys(PUBLISHED_HASHES).sort());
		for (const [id, hash] of Object.entries(PUBLISHED_HASHES)) {
			expect(await sha256Hex(CHARTER_VERSIONS[id]!.fr), `text of version ${id}`).toBe(hash);
		}
	});

	it('makes the current version a published one', () => {
		expect(charterVersion(CURRENT_CHARTER_VERSION)?.id).toBe(CURRENT_CHARTER_VERSION);
		expect(charterVersion('1999-1')).toBeUndefined();
		expect(charterVersion('toString')).toBeUndefined();
	});

	it('states every commitment of the élu and of the programme, in French and in English', () => {
		const { fr, en } = CHARTER_VERSIONS[CURRENT_CHARTER_VERSION]!;
		for (const words of [
			'un projet, un seul',
			'entreprises, collectivités, citoyennes et citoyens, associations, services de l’État',
			'Rendre compte de son avancement',
			'autres communes',
			'Vous former',
			'Vous outiller',
			'communauté apprenante'
		]) {
			expect(fr).toContain(words);
		}
		// Word edges by Unicode letter: \b takes the ê of "êtes" for an edge and finds "tes".
		expect(fr).toMatch(/(?<![\p{L}\p{N}])vous(?![\p{L}\p{N}])/iu);
		expect(fr).not.toMatch(/(?<![\p{L}\p{N}])(tu|ton|ta|tes)(?![\p{L}\p{N}])/iu);
		expect(en).toContain('businesses, local authorities, citizens, associations, State services');
		expect(charterParagraphs(fr)).toHaveLength(charterParagraphs(en).length);
	});

	it('finds the same section titles in French and English', () => {
		const { fr, en } = CHARTER_VERSIONS[CURRENT_CHARTER_VERSION]!;
		const headings = (text: string) => charterParagraphs(text).slice(1).filter(isCharterHeading);
		expect(headings(fr)).toEqual(['Vos engagements', 'Les engagements du programme']);
		expect(headings(en)).toHaveLength(2);
	});

	it('never lets a published version be changed at run time', () => {
		expect(Object.isFrozen(CHARTER_VERSIONS)).toBe(true);
		expect(Object.isFrozen(CHARTER_VERSIONS[CURRENT_CHARTER_VERSION])).toBe(true);
	});
});
