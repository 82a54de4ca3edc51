// A board drawn as an image for the session's report (PNG), and that image on an A4 landscape
// PDF page (pdf-lib, loaded only when asked, so it never weighs on a first visit). Draws from
// the board's plain data; never stores or sends what it makes.
import type { BoardCard, BoardColumn, CardColour } from '../domain/board';

/** Sticky-note colours (the same as on screen). */
export const NOTE_COLOURS: Record<CardColour, string> = {
	jaune: '#fff2a8',
	vert: '#d4f0c8',
	bleu: '#d3e6fb',
	rose: '#fbd6e4',
	orange: '#ffdcb5'
};

export interface BoardPicture {
	title: string;
	/** A line under the title (the date of the export). */
	subtitle: string;
	layout: { column: BoardColumn; cards: BoardCard[] }[];
	/** The words for a card's dots and author. */
	dots(card: BoardCard): string;
	groupTitle(card: BoardCard): string;
}

const WIDTH_PER_COLUMN = 320;
const PAD = 16;
const FONT = 'system-ui, sans-serif';

/** Splits `text` into lines that fit `width` on `ctx` with its current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/)) {
			const candidate = line ? `${line} ${word}` : word;
			if (ctx.measureText(candidate).width <= width || !line) line = candidate;
			else {
				lines.push(line);
				line = word;
			}
		}
		lines.push(line);
	}
	return lines;
}

/** The board on a canvas, every column side by side, as tall as its longest column. */
export function drawBoard(picture: BoardPicture): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	const columns = Math.max(1, picture.layout.length);
	const cardWidth = WIDTH_PER_COLUMN - 2 * PAD;
	// Measure first, then draw on a canvas of the right height.
	ctx.font = `16px ${FONT}`;
	const heights = picture.layout.map(({ cards }) =>
		cards.reduce((sum, card) => sum + 56 + wrap(ctx, card.text, cardWidth - 16).length * 20, 0)
	);
	canvas.width = columns * WIDTH_PER_COLUMN;
	canvas.height = 110 + Math.max(120, ...heights) + PAD;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.fillStyle = '#1d2521';
	ctx.font = `bold 24px ${FONT}`;
	ctx.fillText(picture.title, PAD, 36);
	ctx.font = `14px ${FONT}`;
	ctx.fillText(picture.subtitle, PAD, 60);
	picture.layout.forEach(({ column, cards }, index) => {
		const x = index * WIDTH_PER_COLUMN + PAD;
		ctx.fillStyle = '#1f5f4a';
		ctx.font = `bold 18px ${FONT}`;
		ctx.fillText(column.title, x, 96);
		let y = 110;
		for (const card of cards) {
			ctx.font = `16px ${FONT}`;
			const lines = wrap(ctx, card.text, cardWidth - 16);
			const height = 44 + lines.length * 20;
			ctx.fillStyle = NOTE_COLOURS[card.colour];
			ctx.fillRect(x, y, cardWidth, height);
			ctx.strokeStyle = '#c9d1cb';
			ctx.strokeRect(x, y, cardWidth, height);
			ctx.fillStyle = '#1d2521';
			lines.forEach((line, i) => ctx.fillText(line, x + 8, y + 22 + i * 20));
			ctx.font = `12px ${FONT}`;
			const group = picture.groupTitle(card);
			ctx.fillText([picture.dots(card), group].filter(Boolean).join(' · '), x + 8, y + height - 10);
			y += height + 12;
		}
	});
	return canvas;
}

/** The canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}

/**
 * One A4 landscape page holding the board's image, scaled to fit, with its title. Rejects when
 * pdf-lib cannot be loaded (offline before it was ever cached).
 */
export async function boardPdf(png: Blob, title: string): Promise<Uint8Array> {
	const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
	const pdf = await PDFDocument.create();
	pdf.setTitle(title);
	const page = pdf.addPage([841.89, 595.28]);
	const image = await pdf.embedPng(new Uint8Array(await png.arrayBuffer()));
	const margin = 28;
	const scale = Math.min(
		(page.getWidth() - 2 * margin) / image.width,
		(page.getHeight() - 2 * margin) / image.height,
		1
	);
	page.drawImage(image, {
		x: margin,
		y: page.getHeight() - margin - image.height * scale,
		width: image.width * scale,
		height: image.height * scale
	});
	// The title as text too, so the PDF can be searched for it.
	const font = await pdf.embedFont(StandardFonts.Helvetica);
	page.drawText(title.replace(/[^\u0020-\u00ff]/g, ' '), {
		x: margin,
		y: 10,
		size: 8,
		font,
		color: rgb(0.3, 0.3, 0.3)
	});
	return pdf.save();
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
