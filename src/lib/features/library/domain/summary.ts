// What the device keeps of a published commune project (issue 14: "summaries kept on the device
// within a stated size budget"): the fields the list, the filters and the ranking read, the
// summary cut at a word boundary. The full text loads on demand from the public page. Pure and
// small (no search library), because the curriculum pull applies it (through platform.ts).
import type { GoodPractice } from '$lib/domain/curriculum/types';

/** Characters of a summary kept on the device for the list and the ranking. */
export const SUMMARY_CHARS = 200;

/**
 * Budget of what the device keeps per practice summary, in bytes of JSON: 10,000 summaries stay
 * under 7 MB (bench `community.library_kb`). Full texts and photos load on demand.
 */
export const SUMMARY_BUDGET_BYTES = 700;

/**
 * The compact form the library keeps of a practice: the fields the list, the filters and the
 * ranking read, the summary cut at a word boundary. Case studies are the curriculum: kept whole.
 */
export function compactSummary(practice: GoodPractice): GoodPractice {
	if (practice.kind === 'case_study') return practice;
	let summary = practice.summary;
	if (summary.length > SUMMARY_CHARS) {
		const cut = summary.lastIndexOf(' ', SUMMARY_CHARS - 1);
		summary = summary.slice(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS - 1) + '…';
	}
	return { ...practice, summary, figures: [], sources: [], body: '' };
}
