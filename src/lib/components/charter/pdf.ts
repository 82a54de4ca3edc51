// The PDF of a signed charter: the signed French text, the signer's fields, the signatures drawn
// as vector paths, the receipt code, the hash and the server's reception time when known. Loaded
// only when a user asks for it (CharterReceipt imports this module, and this module pdf-lib, on
// click), so pdf-lib never weighs on a first visit. Builds bytes only: never stores or sends them.
import type { PDFFont, PDFPage } from 'pdf-lib';
import { SIGNATURE_HEIGHT, SIGNATURE_WIDTH } from '$lib/domain/charter/signature';
import { charterParagraphs, charterVersion } from '$lib/domain/charter/text';
import { formatDate, formatDateTime, t } from '$lib/i18n/index.svelte';
import type { StoredCharter } from '$lib/state/charter.svelte';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const TEXT_SIZE = 10.5;
const LINE = 14.5;

/** Characters the standard PDF fonts (WinAnsi) cannot draw become '?', rather than failing. */
function drawable(font: PDFFont, text: string): string {
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

/** Splits `text` into lines no wider than `width` at `size`. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && font.widthOfTextAtSize(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The PDF bytes of `charter`. `origin` is the app's address, printed as where to verify it.
 * Rejects when pdf-lib cannot be loaded (offline before it was ever cached).
 */
export async function charterPdf(charter: StoredCharter, origin: string): Promise<Uint8Array> {
	const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
	const { row, receipt } = charter;
	const doc = await PDFDocument.create();
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const mono = await doc.embedFont(StandardFonts.Courier);
	const published = charterVersion(row.version);
	doc.setTitle(drawable(regular, `${published?.title.fr ?? 'Charte'} · ${receipt}`));
	doc.setSubject(receipt);
	doc.setCreationDate(new Date(row.signed_at));

	let page: PDFPage = doc.addPage([A4.width, A4.height]);
	let y = A4.height - MARGIN;
	const width = A4.width - 2 * MARGIN;
	const ensure = (height: number) => {
		if (y - height >= MARGIN) return;
		page = doc.addPage([A4.width, A4.height]);
		y = A4.height - MARGIN;
	};
	const write = (text: string, options: { font?: PDFFont; size?: number; gap?: number } = {}) => {
		const font = options.font ?? regular;
		const size = options.size ?? TEXT_SIZE;
		for (const line of wrap(font, drawable(font, text), size, width)) {
			ensure(size * 1.4);
			y -= size * 1.4;
			page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.1, 0.12, 0.11) });
		}
		y -= options.gap ?? LINE * 0.5;
	};
	const signature = (path: string, label: string) => {
		const scale = 0.45;
		// The label and its signature stay on one page.
		ensure(SIGNATURE_HEIGHT * scale + 3 * LINE);
		write(label, { font: bold });
		page.drawRectangle({
			x: MARGIN,
			y: y - SIGNATURE_HEIGHT * scale,
			width: SIGNATURE_WIDTH * scale,
			height: SIGNATURE_HEIGHT * scale,
			borderColor: rgb(0.75, 0.78, 0.76),
			borderWidth: 0.5
		});
		page.drawSvgPath(path, {
			x: MARGIN,
			y,
			scale,
			borderColor: rgb(0.1, 0.1, 0.18),
			borderWidth: 1.2
		});
		y -= SIGNATURE_HEIGHT * scale + LINE;
	};

	if (published) {
		const [title, ...paragraphs] = charterParagraphs(published.fr);
		write(title ?? '', { font: bold, size: 16, gap: 2 });
		write(`Version ${published.id} du ${formatDate(published.published)}`, { size: 9 });
		for (const paragraph of paragraphs) write(paragraph);
	}

	y -= LINE;
	write(t('charter.pdf.fields'), { font: bold, size: 13 });
	write(`${t('charter.pdf.name')} : ${row.signer_name}`, { gap: 0 });
	write(`${t('charter.pdf.mandate')} : ${t(`charter.mandates.${row.mandate}`)}`, { gap: 0 });
	write(`${t('charter.pdf.commune')} : ${row.commune_name} (${row.commune_insee})`, { gap: 0 });
	write(`${t('charter.pdf.signedAt')} : ${formatDateTime(row.signed_at)}`, { gap: 0 });
	const received = row.received ? Date.parse(row.received.replace(' ', 'T')) : NaN;
	write(
		Number.isNaN(received)
			? t('charter.pdf.notReceived')
			: `${t('charter.pdf.received')} ${formatDateTime(received)}`
	);
	signature(row.signature, t('charter.pdf.signature'));
	if (row.countersigner_name && row.countersignature) {
		signature(
			row.countersignature,
			t('charter.pdf.countersignature', { name: row.countersigner_name })
		);
	}
	ensure(8 * LINE); // the receipt block is never split across pages
	write(t('charter.pdf.receipt'), { font: bold, gap: 0 });
	write(receipt, { font: mono, size: 20 });
	write(t('charter.pdf.hash'), { font: bold, gap: 0 });
	write(row.hash, { font: mono, size: 9 });
	write(t('charter.pdf.verifyAt', { url: origin }), { size: 9 });
	return doc.save();
}
