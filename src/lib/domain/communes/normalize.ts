// Text normalisation for commune search: one canonical form for names and what people type.
// Pure string functions; never knows about the index or the UI.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[^a-z0-9]+/g;
const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte' };

/**
 * Lower case, accents removed (NFD), ligatures spelled out (`œ` → `oe`), every run of hyphens,
 * apostrophes, spaces or other punctuation turned into one space, trimmed. Abbreviations are not
 * expanded: `"St-Étienne"` → `"st etienne"`.
 */
export function foldText(text: string): string {
	return text
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(SEPARATORS, ' ')
		.trim();
}

/** Expands the words `st` and `ste` of folded text to `saint` and `sainte`. */
export function expandAbbreviations(folded: string): string {
	if (!/\bste?\b/.test(folded)) return folded;
	return folded
		.split(' ')
		.map((word) => ABBREVIATIONS[word] ?? word)
		.join(' ');
}

/**
 * The canonical form of a commune name or a query: {@link foldText} then
 * {@link expandAbbreviations}. `"Saint-Étienne"`, `"saint etienne"` and `"ST-ÉTIENNE"` all give
 * `"saint etienne"`; `"L'Île-d'Yeu"` gives `"l ile d yeu"`.
 */
export function normalizeName(text: string): string {
	return expandAbbreviations(foldText(text));
}
