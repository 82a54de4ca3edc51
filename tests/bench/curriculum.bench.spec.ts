// local.curriculum_search_ms: one search over the whole curriculum (every module, activity and
// case study of pocketbase/content), as the search page runs it on each keystroke, against a
// naive scan that folds every text and looks for each word on every query. Asserts that both
// find the expected texts; the timings are recorded, not judged.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/seed/content.mjs';
import { markdownToPlainText } from '../../src/lib/domain/curriculum/markdown';
import { toActivity, toGoodPractice, toModule } from '../../src/lib/domain/curriculum/records';
import { CurriculumSearch, fold } from '../../src/lib/domain/curriculum/search';
import { median, recordMetric } from './metrics';

const QUERIES = [
	'world cafe',
	'economie circulaire',
	'consentement',
	'election sans candidat',
	'retrospective',
	'eau',
	'kalundborg',
	'energie',
	'brainstorming',
	'ecoute active'
];
/** Every prefix of every query: what the search field sees while someone types. */
const KEYSTROKES = QUERIES.flatMap((query) =>
	[...query].map((_, i) => query.slice(0, i + 1)).filter((prefix) => prefix.trim().length >= 2)
);
const ROUNDS = 20;

interface NaiveDocument {
	key: string;
	title: string;
	text: string;
}

/** The obvious implementation: fold every text on every query, count the words found. */
function naiveSearch(documents: readonly NaiveDocument[], query: string, limit = 30): string[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const hits: { key: string; score: number }[] = [];
	for (const document of documents) {
		const title = fold(document.title);
		const text = fold(document.text);
		if (!words.every((word) => title.includes(word) || text.includes(word))) continue;
		let score = 0;
		for (const word of words) {
			score += (title.includes(word) ? 10 : 0) + text.split(word).length - 1;
		}
		hits.push({ key: document.key, score });
	}
	return hits
		.sort((a, b) => b.score - a.score)
		.slice(0, limit)
		.map((hit) => hit.key);
}

function timesMs(search: (query: string) => unknown, rounds: number): number[] {
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const keystroke of KEYSTROKES) {
			const start = performance.now();
			search(keystroke);
			times.push(performance.now() - start);
		}
	}
	return times;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

describe('curriculum search over the full content', () => {
	let index: CurriculumSearch;
	let documents: NaiveDocument[];
	let buildMs: number;

	beforeAll(() => {
		const raw = loadContent();
		const stamp = (record: Record<string, unknown>, i: number) => ({
			...record,
			id: `r${i}`,
			updated: '2026-11-29 10:00:00.000Z'
		});
		const content = {
			modules: raw.modules.map((r, i) => toModule(stamp(r, i))),
			activities: raw.activities.map((r, i) => toActivity(stamp(r, i))),
			good_practices: raw.good_practices.map((r, i) => toGoodPractice(stamp(r, i)))
		};
		const start = performance.now();
		index = new CurriculumSearch(content);
		buildMs = performance.now() - start;
		documents = [...content.modules, ...content.activities, ...content.good_practices].map((d) => ({
			key: d.key,
			title: d.title,
			text: markdownToPlainText(d.body)
		}));
	});

	it('finds the expected texts, as the naive scan does', () => {
		expect(index.search('world cafe')[0]?.key).toBe('ic-3-world-cafe');
		expect(naiveSearch(documents, 'world cafe')).toContain('ic-3-world-cafe');
		expect(index.search('consentement')[0]?.key).toBe('ic-4-consentement');
		expect(naiveSearch(documents, 'consentement')).toContain('ic-4-consentement');
	});

	it('records the median time of one search', () => {
		const indexed = timesMs((query) => index.search(query), ROUNDS);
		const naive = timesMs((query) => naiveSearch(documents, query), Math.max(1, ROUNDS / 4));
		const value = round3(median(indexed));
		const baseline = round3(median(naive));
		recordMetric({
			name: 'local.curriculum_search_ms',
			value,
			unit: 'ms',
			baseline,
			ratio: round3(value / baseline),
			note: `${index.size} texts, ${KEYSTROKES.length} keystrokes of ${QUERIES.length} queries; MiniSearch (prefix, fuzzy) vs. fold-and-scan`
		});
		recordMetric({
			name: 'local.curriculum_index_build_ms',
			value: round3(buildMs),
			unit: 'ms',
			note: `${index.size} texts indexed once per content version`
		});
		expect(value).toBeGreaterThan(0);
		expect(baseline).toBeGreaterThan(0);
	});
});
