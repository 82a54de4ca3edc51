// A small, safe Markdown renderer for the curriculum's texts: headings, paragraphs, bold, italic,
// inline code, lists (with one level of nesting), block quotes, rules, simple tables and links,
// including the curriculum's internal links (`activity:`, `module:`, `case:`, `resource:`) turned into app
// routes. Owns the whole path from text to HTML: every character of the source is escaped first,
// and only the tags written here are produced, so its output can go into `{@html}`. It must never
// pass raw HTML, `javascript:` or other unknown link schemes through.

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
	/** Added to every heading level (`##` with offset 1 gives `<h3>`), capped at 6. Default 0. */
	headingOffset?: number;
}

/** Where an internal link of the curriculum leads in the app. */
const INTERNAL_ROUTES: Readonly<Record<string, string>> = {
	activity: '/formation/activite/',
	module: '/formation/module/',
	case: '/formation/cas/',
	resource: '/formation/ressource/'
};
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A link target the renderer accepts, and whether it leaves the app. */
export interface SafeLink {
	href: string;
	external: boolean;
}

/**
 * Resolves a Markdown link target: `activity:KEY`, `module:KEY`, `case:KEY` become app routes;
 * `http(s):` and `mailto:` stay external; paths from the root and `#anchors` stay as they are.
 * Anything else (`javascript:`, `data:`, relative paths, malformed keys) gives `null`: the link
 * text is then shown without a link.
 */
export function resolveLink(target: string): SafeLink | null {
	const href = target.trim();
	const internal = /^([a-z]+):(.*)$/.exec(href);
	if (internal && internal[1]! in INTERNAL_ROUTES) {
		const key = internal[2]!;
		return KEY.test(key) ? { href: INTERNAL_ROUTES[internal[1]!] + key, external: false } : null;
	}
	if (/^https?:\/\/[^\s]+$/i.test(href) || /^mailto:[^\s]+$/i.test(href)) {
		return { href, external: true };
	}
	if (/^\/(?!\/)[^\s]*$/.test(href) || /^#[\w-]+$/.test(href)) return { href, external: false };
	return null;
}

const UNESCAPES: Readonly<Record<string, string>> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'"
};
const unescapeHtml = (text: string) =>
	text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity] ?? entity);

/** Renders the inline syntax of one block of text. */
export function renderInline(source: string): string {
	const held: string[] = [];
	// Finished HTML is held aside behind a private-use marker removed from the source first.
	const hold = (html: string) => `\uE000${held.push(html) - 1}\uE000`;
	let html = escapeHtml(source.replace(/\uE000/g, ''));
	html = html.replace(/`([^`]+)`/g, (_, code: string) => hold(`<code>${code}</code>`));
	html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, target: string) => {
		const link = resolveLink(unescapeHtml(target));
		if (!link) return label;
		const attributes = link.external ? ' rel="noopener noreferrer" target="_blank"' : '';
		return `${hold(`<a href="${escapeHtml(link.href)}"${attributes}>`)}${label}${hold('</a>')}`;
	});
	html = html.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>');
	html = html.replace(/(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1<strong>$2</strong>');
	html = html.replace(/(^|[^*\w])\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/g, '$1<em>$2</em>');
	html = html.replace(/(^|[^\w])_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w)/g, '$1<em>$2</em>');
	return html.replace(/\uE000(\d+)\uE000/g, (_, index: string) => held[Number(index)] ?? '');
}

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}(?:\*\s*){3,}$|^ {0,3}(?:-\s*){3,}$|^ {0,3}(?:_\s*){3,}$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const indentOf = (line: string) => (/^\s*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
const isTableStart = (lines: readonly string[], i: number) =>
	lines[i]!.includes('|') && lines[i + 1] !== undefined && TABLE_DIVIDER.test(lines[i + 1]!);

/** Whether `line` starts a block other than a paragraph (ends a paragraph without a blank). */
function startsBlock(lines: readonly string[], i: number): boolean {
	const line = lines[i]!;
	return (
		HEADING.test(line) ||
		RULE.test(line) ||
		QUOTE.test(line) ||
		LIST_ITEM.test(line) ||
		isTableStart(lines, i)
	);
}

/**
 * Whether `line` ends the paragraph above it. As in CommonMark, a numbered line interrupts a
 * paragraph only if it starts at 1, so a wrapped sentence starting with "2026. " stays text.
 */
function interruptsParagraph(lines: readonly string[], i: number): boolean {
	const item = LIST_ITEM.exec(lines[i]!);
	if (item && /\d/.test(item[2]!) && Number.parseInt(item[2]!, 10) !== 1) return false;
	return startsBlock(lines, i);
}

function splitRow(line: string): string[] {
	let row = line.trim();
	if (row.startsWith('|')) row = row.slice(1);
	if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
	return row.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function renderTable(lines: readonly string[], start: number): { html: string; next: number } {
	const header = splitRow(lines[start]!);
	let i = start + 2;
	const rows: string[][] = [];
	while (i < lines.length && !isBlank(lines[i]) && lines[i]!.includes('|')) {
		rows.push(splitRow(lines[i]!));
		i++;
	}
	const head = header.map((cell) => `<th scope="col">${renderInline(cell)}</th>`).join('');
	const body = rows
		.map(
			(row) => `<tr>${header.map((_, c) => `<td>${renderInline(row[c] ?? '')}</td>`).join('')}</tr>`
		)
		.join('');
	return {
		html: `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`,
		next: i
	};
}

function renderList(lines: readonly string[], start: number): { html: string; next: number } {
	const first = LIST_ITEM.exec(lines[start]!)!;
	const baseIndent = indentOf(lines[start]!);
	const ordered = /\d/.test(first[2]!);
	const items: string[] = [];
	let i = start;
	while (i < lines.length) {
		const match = LIST_ITEM.exec(lines[i]!);
		if (!match || indentOf(lines[i]!) !== baseIndent || /\d/.test(match[2]!) !== ordered) break;
		const text: string[] = [match[3]!];
		const nested: string[] = [];
		i++;
		while (i < lines.length) {
			const line = lines[i]!;
			if (isBlank(line)) {
				// A blank line inside a list continues it only if the list goes on after it.
				const after = lines[i + 1];
				if (after !== undefined && !isBlank(after) && indentOf(after) > baseIndent) {
					i++;
					continue;
				}
				break;
			}
			const sub = LIST_ITEM.exec(line);
			if (sub && indentOf(line) > baseIndent) {
				const inner = renderList(lines, i);
				nested.push(inner.html);
				i = inner.next;
				continue;
			}
			if (sub || (indentOf(line) <= baseIndent && startsBlock(lines, i))) break;
			text.push(line.trim());
			i++;
		}
		items.push(`<li>${renderInline(text.join(' '))}${nested.join('')}</li>`);
		if (isBlank(lines[i])) {
			const after = lines[i + 1];
			const again = after !== undefined ? LIST_ITEM.exec(after) : null;
			if (again && indentOf(after!) === baseIndent && /\d/.test(again[2]!) === ordered) i++;
			else break;
		}
	}
	const number = Number.parseInt(first[2]!, 10);
	const tag = ordered ? 'ol' : 'ul';
	const startAttribute = ordered && number !== 1 ? ` start="${number}"` : '';
	return { html: `<${tag}${startAttribute}>${items.join('')}</${tag}>`, next: i };
}

function renderBlocks(lines: readonly string[], offset: number): string {
	const out: string[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		if (isBlank(line)) {
			i++;
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			const level = Math.min(6, heading[1]!.length + offset);
			out.push(`<h${level}>${renderInline(heading[2]!)}</h${level}>`);
			i++;
		} else if (RULE.test(line)) {
			out.push('<hr>');
			i++;
		} else if (QUOTE.test(line)) {
			const quoted: string[] = [];
			while (i < lines.length && QUOTE.test(lines[i]!)) quoted.push(QUOTE.exec(lines[i++]!)![1]!);
			out.push(`<blockquote>${renderBlocks(quoted, offset)}</blockquote>`);
		} else if (isTableStart(lines, i)) {
			const table = renderTable(lines, i);
			out.push(table.html);
			i = table.next;
		} else if (LIST_ITEM.test(line)) {
			const list = renderList(lines, i);
			out.push(list.html);
			i = list.next;
		} else {
			const text: string[] = [line.trim()];
			i++;
			while (i < lines.length && !isBlank(lines[i]) && !interruptsParagraph(lines, i)) {
				text.push(lines[i++]!.trim());
			}
			out.push(`<p>${renderInline(text.join(' '))}</p>`);
		}
	}
	return out.join('\n');
}

/**
 * Renders curriculum Markdown to HTML that is safe to insert as is: raw HTML in the source is
 * shown as text, links go only to the app's own routes, `http(s)` or `mailto`.
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	return renderBlocks(lines, Math.max(0, options.headingOffset ?? 0));
}

/** The internal links (`activity:`, `module:`, `case:`, `resource:`) of a Markdown text, in order. */
export function internalLinks(source: string): { kind: string; key: string }[] {
	return [...source.matchAll(/\]\((activity|module|case|resource):([^)\s]*)\)/g)].map((match) => ({
		kind: match[1]!,
		key: match[2]!
	}));
}

/** The text of a Markdown source without its syntax, for search and summaries. */
export function markdownToPlainText(source: string): string {
	return source
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}#{1,6}\s+/gm, '')
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^\s*>\s?/gm, '')
		.replace(/[*_|]+/g, ' ')
		.replace(/^\s*:?-{2,}.*$/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}
