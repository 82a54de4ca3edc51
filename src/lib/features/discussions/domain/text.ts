// Plain text with links: what people write in the learning network and in consultations is shown
// as text (any HTML stays visible as typed, never interpreted), with web addresses turned into
// links. Pure: it returns segments that a component renders as text nodes and <a> elements.

/** A piece of a post: text, or a link to an http(s) address. */
export type TextSegment =
	{ kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that usually ends a sentence rather than an address. */
const TRAILING = /[.,;:!?)\]'»]+$/;

/** Splits `text` into text and link segments (only http and https addresses become links). */
export function linkify(text: string): TextSegment[] {
	const segments: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(URL_PATTERN)) {
		const start = match.index;
		const raw = match[0];
		const trail = TRAILING.exec(raw)?.[0] ?? '';
		const address = raw.slice(0, raw.length - trail.length);
		if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
		segments.push({ kind: 'link', text: address, href: address });
		last = start + address.length;
	}
	if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
	return segments;
}

/** Why a text cannot be saved (a French message key's parameters), or null when it can. */
export function lengthProblem(
	text: string,
	max: number,
	required: boolean
): { reason: 'empty' } | { reason: 'long'; length: number; max: number } | null {
	if (required && text.trim() === '') return { reason: 'empty' };
	if (text.length > max) return { reason: 'long', length: text.length, max };
	return null;
}
