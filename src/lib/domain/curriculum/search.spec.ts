// Search over the real curriculum of pocketbase/content, parsed as the seed parses it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../scripts/seed/content.mjs';
import { toActivity, toGoodPractice, toModule } from './records';
import { CurriculumSearch, excerptAround, searchTerm } from './search';

function realContent() {
	const raw = loadContent();
	const stamp = (record: Record<string, unknown>, index: number) => ({
		...record,
		id: `id${index}`,
		updated: '2026-11-29 10:00:00.000Z'
	});
	return {
		modules: raw.modules.map((r, i) => toModule(stamp(r, i))),
		activities: raw.activities.map((r, i) => toActivity(stamp(r, i))),
		good_practices: raw.good_practices.map((r, i) => toGoodPractice(stamp(r, i)))
	};
}

describe('curriculum search on the real content', () => {
	let content: ReturnType<typeof realContent>;
	let index: CurriculumSearch;

	beforeAll(() => {
		content = realContent();
		index = new CurriculumSearch(content);
	});

	it('indexes every module, activity and case study', () => {
		expect(content.modules.length).toBeGreaterThanOrEqual(9);
		expect(content.activities.length).toBeGreaterThanOrEqual(36);
		expect(index.size).toBe(
			content.modules.length + content.activities.length + content.good_practices.length
		);
	});

	it('finds the World Café without accents or capitals, its guide first', () => {
		for (const query of ['world cafe', 'WORLD CAFÉ', 'World Café']) {
			const [first] = index.search(query);
			expect(first?.kind).toBe('activity');
			expect(first?.key).toBe('ic-3-world-cafe');
			expect(first?.href).toBe('/formation/activite/ic-3-world-cafe');
		}
	});

	it('finds decision by consent first for "consentement"', () => {
		const [first] = index.search('consentement');
		expect(first?.key).toBe('ic-4-consentement');
		expect(first?.excerpt.toLowerCase()).toContain('consentement');
	});

	it('finds "economie circulaire" in modules and case studies, accents ignored', () => {
		const hits = index.search('economie circulaire');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.some((hit) => hit.kind === 'case')).toBe(true);
		expect(hits.some((hit) => hit.kind === 'module')).toBe(true);
		const first = hits[0]!;
		expect(first.excerpt.toLowerCase()).toMatch(/économie circulaire|economie circulaire/);
	});

	it('finds while typing (prefix) and despite a typo (fuzzy)', () => {
		expect(index.search('consent')[0]?.key).toBe('ic-4-consentement');
		expect(index.search('concentement')[0]?.key).toBe('ic-4-consentement');
		expect(index.search('kalundbor').some((hit) => hit.key === 'kalundborg')).toBe(true);
	});

	it('ranks a title match above a passing mention', () => {
		const hits = index.search('election sans candidat');
		expect(hits[0]?.key).toBe('ic-4-election-sans-candidat');
		expect(hits.length).toBeGreaterThan(1);
	});

	it('returns nothing for an empty query, and falls back to any word when none has all', () => {
		expect(index.search('   ')).toEqual([]);
		const hits = index.search('consentement zzzzqqq');
		expect(hits[0]?.key).toBe('ic-4-consentement');
	});

	it('filters by kind and limits results', () => {
		const cases = index.search('eau', { kinds: ['case'], limit: 3 });
		expect(cases.length).toBeGreaterThan(0);
		expect(cases.length).toBeLessThanOrEqual(3);
		expect(cases.every((hit) => hit.kind === 'case')).toBe(true);
	});
});

describe('search helpers', () => {
	it('folds accents, case, ligatures and plurals, and drops stop words', () => {
		expect(searchTerm('Économies')).toBe('economie');
		expect(searchTerm('Cœur')).toBe('coeur');
		expect(searchTerm('les')).toBeNull();
		expect(searchTerm('process')).toBe('process');
	});

	it('cuts an excerpt around the first matched word, in the original accents', () => {
		const text = `${'mot '.repeat(100)}une économie circulaire locale ${'fin '.repeat(50)}`;
		const excerpt = excerptAround(text, ['economie'], 60);
		expect(excerpt).toContain('économie circulaire');
		expect(excerpt.startsWith('…')).toBe(true);
	});
});
