// The PDF of a signed charter: the receipt code and hash framed under the title, the signed
// French text, the signer's fields, the signatures drawn as vector paths, the server's reception
// time when known, and a footer naming the receipt on every page. Loaded
// only when a user asks for it (CharterReceipt imports this module, and this module pdf-lib, on
// click), so pdf-lib never weighs on a first visit. Builds bytes only: never stores or sends them.
import type { PDFFont, PDFPage } from 'pdf-lib';
import { SIGNATURE_HEIGHT, SIGNATURE_WIDTH } from '../domain/signature';
import { charterParagraphs, charterVersion, isCharterHeading } from '../domain/text';
import { formatDate, formatDateTime, t } from '$lib/i18n/index.svelte';
import type { StoredCharter } from '../state/charter.svelte';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const TEXT_SIZE = 10;
const LINE = 14;
/** Room kept at the bottom of each page for the footer. */
const FOOTER = 28;

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
export async function charterPdf(
	charter: StoredCharter,
	origin: string,
	projectTitle = ''
): Promise<Uint8Array> {
	const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
	const { row, receipt } = charter;
	const doc = await PDFDocument.create();
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const mono = await doc.embedFont(StandardFonts.Courier);
	const published = charterVersion(row.version);
	doc.setTitle(drawable(regular, `${published?.title.fr ?? 'Contrat d’engagement'} · ${receipt}`));
	doc.setSubject(receipt);
	doc.setCreationDate(new Date(row.signed_at));

	let page: PDFPage = doc.addPage([A4.width, A4.height]);
	let y = A4.height - MARGIN;
	const width = A4.width - 2 * MARGIN;
	const ensure = (height: number) => {
		if (y - height >= MARGIN + FOOTER) return;
		page = doc.addPage([A4.width, A4.height]);
		y = A4.height - MARGIN;
	};
	const write = (
		text: string,
		options: { font?: PDFFont; size?: number; gap?: number; width?: number } = {}
	) => {
		const font = options.font ?? regular;
		const size = options.size ?? TEXT_SIZE;
		for (const line of wrap(font, drawable(font, text), size, options.width ?? width)) {
			ensure(size * 1.4);
			y -= size * 1.4;
			page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.1, 0.12, 0.11) });
		}
		y -= options.gap ?? LINE * 0.5;
	};
	const SCALE = 0.38;
	const SIGNATURE_BLOCK = SIGNATURE_HEIGHT * SCALE + 2 * LINE;
	/** Draws a labelled signature whose top is at `top`, from `x`; returns the y under it. */
	const signature = (path: string, label: string, x: number, top: number) => {
		page.drawText(drawable(bold, label), {
			x,
			y: top - TEXT_SIZE * 1.4,
			size: TEXT_SIZE,
			font: bold
		});
		const boxTop = top - LINE * 1.6;
		page.drawRectangle({
			x,
			y: boxTop - SIGNATURE_HEIGHT * SCALE,
			width: SIGNATURE_WIDTH * SCALE,
			height: SIGNATURE_HEIGHT * SCALE,
			borderColor: rgb(0.75, 0.78, 0.76),
			borderWidth: 0.5
		});
		page.drawSvgPath(path, {
			x,
			y: boxTop,
			scale: SCALE,
			borderColor: rgb(0.1, 0.1, 0.18),
			borderWidth: 1.2
		});
		return boxTop - SIGNATURE_HEIGHT * SCALE - LINE;
	};

	const ink = rgb(0.1, 0.12, 0.11);
	if (published) {
		const [title, ...paragraphs] = charterParagraphs(published.fr);
		write(title ?? '', { font: bold, size: 16, gap: 2 });
		write(`Version ${published.id} du ${formatDate(published.published)}`, { size: 9 });
		receiptBox();
		for (const paragraph of paragraphs) {
			if (isCharterHeading(paragraph)) {
				ensure(3 * LINE); // a section title never ends a page
				y -= LINE * 0.3;
				write(paragraph, { font: bold, size: 12, gap: LINE * 0.2 });
			} else write(paragraph);
		}
	}

	/** The receipt code and the hash, framed under the title: what a clerk reads first. */
	function receiptBox() {
		const height = 66;
		y -= 6;
		page.drawRectangle({
			x: MARGIN,
			y: y - height,
			width,
			height,
			borderColor: rgb(0.12, 0.37, 0.29),
			borderWidth: 1,
			color: rgb(0.95, 0.97, 0.95)
		});
		page.drawText(drawable(bold, t('charters.pdf.receipt')), {
			x: MARGIN + 12,
			y: y - 17,
			size: 9,
			font: bold,
			color: ink
		});
		page.drawText(receipt, { x: MARGIN + 12, y: y - 38, size: 18, font: mono, color: ink });
		const verify = drawable(regular, t('charters.pdf.verifyAt', { url: origin }));
		page.drawText(verify, {
			x: MARGIN + width - 12 - regular.widthOfTextAtSize(verify, 8.5),
			y: y - 36,
			size: 8.5,
			font: regular,
			color: ink
		});
		const hash = `${t('charters.pdf.hash')} : `;
		page.drawText(drawable(regular, hash), {
			x: MARGIN + 12,
			y: y - 56,
			size: 7.5,
			font: regular,
			color: ink
		});
		page.drawText(row.hash, {
			x: MARGIN + 12 + regular.widthOfTextAtSize(drawable(regular, hash), 7.5),
			y: y - 56,
			size: 7.5,
			font: mono,
			color: ink
		});
		y -= height + LINE;
	}

	y -= LINE * 0.5;
	// The signer's fields on the left, their signature on the right, on one page.
	ensure(SIGNATURE_BLOCK + 3 * LINE);
	write(t('charters.pdf.fields'), { font: bold, size: 13 });
	const top = y;
	const column = { gap: 0, width: width / 2 - 12 };
	write(`${t('charters.pdf.name')} : ${row.signer_name}`, column);
	write(`${t('charters.pdf.mandate')} : ${t(`charters.mandates.${row.mandate}`)}`, column);
	write(`${t('charters.pdf.commune')} : ${row.commune_name} (${row.commune_insee})`, column);
	write(
		`${t('charters.pdf.project')} : ${
			row.project_id
				? projectTitle || t('charters.receipt.projectUnknown')
				: t('charters.receipt.projectLater')
		}`,
		column
	);
	write(`${t('charters.pdf.signedAt')} : ${formatDateTime(row.signed_at)}`, column);
	const received = row.received ? Date.parse(row.received.replace(' ', 'T')) : NaN;
	write(
		Number.isNaN(received)
			? t('charters.pdf.notReceived')
			: `${t('charters.pdf.received')} ${formatDateTime(received)}`,
		column
	);
	const signed = signature(row.signature, t('charters.pdf.signature'), MARGIN + width / 2, top);
	y = Math.min(y, signed);
	if (row.countersigner_name && row.countersignature) {
		ensure(SIGNATURE_BLOCK);
		y = signature(
			row.countersignature,
			t('charters.pdf.countersignature', { name: row.countersigner_name }),
			MARGIN,
			y
		);
	}

	// Every page says which charter it belongs to: a loose page can be matched to its receipt.
	const pages = doc.getPages();
	pages.forEach((each, index) => {
		const footer = drawable(
			regular,
			t('charters.pdf.footer', { receipt, page: index + 1, pages: pages.length })
		);
		each.drawText(footer, { x: MARGIN, y: MARGIN - 10, size: 8, font: regular, color: ink });
	});
	return doc.save();
}
