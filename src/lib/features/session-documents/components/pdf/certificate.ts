// A participant's attestation de présence as a PDF: who delivers the training, who attended
// (name, mandate, commune), the session, then each half-day attended under seal (date, times,
// modules, hours attended, the seal's receipt code), the total, and the facilitators. It follows
// from the attendance sheets: half-days without a covered signature are not on it. Bytes only.
import { hoursText, type Certificate } from '../../domain/model';
import {
	A4,
	clock,
	drawable,
	drawSignature,
	footers,
	longDate,
	MARGIN,
	Pages,
	wrap,
	type PdfLib
} from './layout';

const WIDTH = A4.width - 2 * MARGIN;

/** The PDF bytes of one participant's certificate of attendance. */
export async function certificatePdf(
	certificate: Certificate,
	issuedOn: string
): Promise<Uint8Array> {
	const lib: PdfLib = await import('pdf-lib');
	const { PDFDocument, StandardFonts, rgb } = lib;
	const doc = await PDFDocument.create();
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const mono = await doc.embedFont(StandardFonts.Courier);
	const { participant } = certificate;
	doc.setTitle(
		drawable(regular, `Attestation de présence · ${participant.name} · ${certificate.title}`)
	);
	doc.setLanguage('fr-FR');
	const grey = rgb(0.45, 0.47, 0.46);
	const pages = new Pages(doc);

	pages.text(certificate.organisation, regular, { size: 9, color: grey, gap: 18 });
	pages.text('Attestation de présence', bold, { size: 22, gap: 14 });
	const of = /^[AEIOUYÉÈÊÎÔ]/i.test(participant.commune) ? 'd’' : 'de ';
	const who = `${participant.name}, ${participant.mandate.toLowerCase()}${participant.commune ? ` ${of}${participant.commune}` : ''}`;
	pages.text('Nous attestons que', regular, { size: 11, gap: 2 });
	pages.text(who, bold, { size: 13, gap: 6 });
	pages.text(
		`a suivi la formation « ${certificate.title} » (${certificate.volet}), ${certificate.modality.toLowerCase()}, lieu : ${certificate.place}, pour une durée totale de ${hoursText(certificate.minutes)} :`,
		regular,
		{ size: 11, gap: 12 }
	);

	// One row per half-day: date and times | modules | hours | receipt.
	const columns = [
		{ title: 'Demi-journée', width: 150 },
		{ title: 'Module(s)', width: WIDTH - 150 - 70 - 100 },
		{ title: 'Présence', width: 70 },
		{ title: 'Reçu de la feuille', width: 100 }
	];
	const headerRow = () => {
		pages.ensure(22);
		pages.y -= 16;
		pages.page.drawRectangle({
			x: MARGIN,
			y: pages.y - 5,
			width: WIDTH,
			height: 18,
			color: rgb(0.92, 0.95, 0.93)
		});
		let x = MARGIN;
		for (const column of columns) {
			pages.page.drawText(column.title, { x: x + 4, y: pages.y, size: 8.5, font: bold });
			x += column.width;
		}
		pages.y -= 8;
	};
	headerRow();
	if (certificate.slots.length === 0) {
		pages.text('Aucune demi-journée contresignée pour cette personne.', bold, { size: 10 });
	}
	for (const slot of certificate.slots) {
		const cells = [
			`${longDate(slot.date)}\n${clock(slot.start)} – ${clock(slot.end)}`,
			slot.modules.join(' ; '),
			hoursText(slot.minutes),
			slot.receipt
		];
		const height = 34;
		if (pages.ensure(height)) headerRow();
		const top = pages.y;
		let x = MARGIN;
		cells.forEach((text, i) => {
			const font = i === 3 ? mono : regular;
			const lines = text.split('\n').flatMap((part) =>
				// Each cell wraps in its own width; at most three lines.
				part ? [part] : []
			);
			let line = 0;
			for (const part of lines) {
				for (const wrapped of wrap(font, part, i === 3 ? 8 : 8.5, columns[i]!.width - 8)) {
					if (line > 2) break;
					pages.page.drawText(wrapped, {
						x: x + 4,
						y: top - 11 - line * 10,
						size: i === 3 ? 8 : 8.5,
						font
					});
					line++;
				}
			}
			x += columns[i]!.width;
		});
		pages.y -= height;
		pages.page.drawLine({
			start: { x: MARGIN, y: pages.y },
			end: { x: MARGIN + WIDTH, y: pages.y },
			thickness: 0.5,
			color: rgb(0.7, 0.72, 0.71)
		});
	}
	pages.y -= 14;
	pages.text(`Durée totale de présence : ${hoursText(certificate.minutes)}.`, bold, { size: 11 });
	if (certificate.missed > 0) {
		pages.text(
			`${certificate.missed} autre(s) demi-journée(s) de la session ne figurent pas ici : absence, ou émargement non encore contresigné.`,
			regular,
			{ size: 9 }
		);
	}
	pages.y -= 8;
	pages.text(
		`Formation animée par ${certificate.facilitators.join(', ') || 'le formateur de la session'}. Chaque demi-journée ci-dessus figure sur une feuille d’émargement signée par le participant et contresignée par le formateur ; le code de reçu permet de la retrouver.`,
		regular,
		{ size: 9.5, gap: 14 }
	);
	pages.text(`Fait le ${longDate(issuedOn)}, pour servir et valoir ce que de droit.`, regular, {
		size: 10,
		gap: 12
	});
	if (certificate.signedBy) {
		pages.ensure(100);
		const x = MARGIN + WIDTH / 2;
		pages.text(`Le formateur, ${certificate.signedBy.name}`, bold, { size: 10, x });
		drawSignature(lib, pages.page, certificate.signedBy.signature, {
			x,
			top: pages.y - 4,
			width: WIDTH / 2 - 20,
			height: 70
		});
		pages.y -= 80;
	}
	pages.text(`Référence de la session : ${certificate.sessionId}`, regular, {
		size: 7.5,
		color: grey
	});
	footers(
		doc,
		regular,
		(page, count) =>
			`Attestation de présence · ${participant.name} · ${certificate.title} · page ${page} sur ${count}`
	);
	return doc.save();
}
