// What both session documents share when drawn with pdf-lib: A4 pages with a running cursor,
// text made drawable by the standard fonts (WinAnsi: every French accent, œ, « », ’), wrapping,
// signatures drawn as vector paths in a box, French dates that do not depend on the device's time
// zone, and a footer on every page. Loaded on demand with pdf-lib; never stores anything.
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 40;
export const FOOTER = 26;
/** The signature pad's box (charters' format), in its own units. */
const SIGNATURE_BOX = { width: 600, height: 200 };

export type PdfLib = typeof import('pdf-lib');

export interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
	mono: PDFFont;
}

/** Characters the standard fonts cannot draw become '?', rather than failing the document. */
export function drawable(font: PDFFont, text: string): string {
	let out = '';
	for (const char of text) {
		try {
			font.encodeText(char);
			out += char;
		} catch {
			out += '?';
		}
	}
	return out;
}

/** Splits `text` into lines no wider than `width` (a word longer than the width is cut). */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of drawable(font, text).split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (!line || font.widthOfTextAtSize(next, size) <= width) {
			line = next;
			continue;
		}
		lines.push(line);
		line = word;
	}
	if (line) lines.push(line);
	return lines.flatMap((l) => {
		if (font.widthOfTextAtSize(l, size) <= width) return [l];
		const parts: string[] = [];
		let part = '';
		for (const char of l) {
			if (part && font.widthOfTextAtSize(part + char, size) > width) {
				parts.push(part);
				part = '';
			}
			part += char;
		}
		return part ? [...parts, part] : parts;
	});
}

/** A cursor over A4 pages: `ensure` opens a new page when `height` does not fit. */
export class Pages {
	page: PDFPage;
	y: number;
	readonly doc: PDFDocument;
	readonly #onNewPage: (pages: Pages) => void;

	constructor(doc: PDFDocument, onNewPage: (pages: Pages) => void = () => {}) {
		this.doc = doc;
		this.#onNewPage = onNewPage;
		this.page = doc.addPage([A4.width, A4.height]);
		this.y = A4.height - MARGIN;
	}

	ensure(height: number): boolean {
		if (this.y - height >= MARGIN + FOOTER) return false;
		this.page = this.doc.addPage([A4.width, A4.height]);
		this.y = A4.height - MARGIN;
		this.#onNewPage(this);
		return true;
	}

	/** Writes wrapped text at `x` (default the margin) and moves the cursor under it. */
	text(
		text: string,
		font: PDFFont,
		options: { size?: number; x?: number; width?: number; gap?: number; color?: RGB } = {}
	): void {
		const size = options.size ?? 10;
		const x = options.x ?? MARGIN;
		for (const line of wrap(font, text, size, options.width ?? A4.width - x - MARGIN)) {
			this.ensure(size * 1.35);
			this.y -= size * 1.35;
			this.page.drawText(line, { x, y: this.y, size, font, color: options.color });
		}
		this.y -= options.gap ?? 3;
	}
}

/** The drawn part of a signature path (its points' bounds), or null when it has none. */
function bounds(path: string): { x: number; y: number; width: number; height: number } | null {
	const numbers = path.match(/\d+/g)?.map(Number) ?? [];
	if (numbers.length < 2) return null;
	const xs = numbers.filter((_, i) => i % 2 === 0);
	const ys = numbers.filter((_, i) => i % 2 === 1);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return {
		x,
		y,
		width: Math.max(1, Math.max(...xs) - x),
		height: Math.max(1, Math.max(...ys) - y)
	};
}

/**
 * Draws a signature path in the box whose top-left corner is (x, top): its drawn part scaled to
 * fill the box (at most 1.5 × the pad's scale, so a short stroke is not blown up), centred.
 */
export function drawSignature(
	lib: PdfLib,
	page: PDFPage,
	path: string,
	box: { x: number; top: number; width: number; height: number }
): void {
	const drawn = bounds(path);
	if (!drawn) return;
	const padScale = Math.min(box.width / SIGNATURE_BOX.width, box.height / SIGNATURE_BOX.height);
	const scale = Math.min(box.width / drawn.width, box.height / drawn.height, padScale * 1.5 * 2);
	page.drawSvgPath(path, {
		x: box.x + (box.width - drawn.width * scale) / 2 - drawn.x * scale,
		y: box.top - (box.height - drawn.height * scale) / 2 + drawn.y * scale,
		scale,
		borderColor: lib.rgb(0.08, 0.1, 0.25),
		borderWidth: 1
	});
}

/** "samedi 5 décembre 2026" from `YYYY-MM-DD`, the same in every time zone. */
export function longDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	return new Intl.DateTimeFormat('fr-FR', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

/** "5 décembre 2026 à 12:04 UTC+1": an instant in the device's zone, with the zone named. */
export function instant(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
	const time = new Intl.DateTimeFormat('fr-FR', {
		hour: '2-digit',
		minute: '2-digit',
		timeZoneName: 'short'
	});
	return `${day.format(date)} à ${time.format(date)}`;
}

/** "HH:MM" → "9 h 00". */
export function clock(time: string): string {
	const [h, m] = time.split(':');
	return `${Number(h)} h ${m ?? '00'}`;
}

/** Writes `text(index, count)` at the foot of every page. */
export function footers(
	doc: PDFDocument,
	font: PDFFont,
	text: (page: number, pages: number) => string
): void {
	const pages = doc.getPages();
	pages.forEach((page, index) => {
		const line = drawable(font, text(index + 1, pages.length));
		page.drawText(line, { x: MARGIN, y: MARGIN - 12, size: 7.5, font });
	});
}
