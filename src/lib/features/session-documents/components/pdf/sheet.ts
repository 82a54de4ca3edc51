// The feuille d'émargement of one half-day as a PDF: who delivers the training, the session,
// its modules, the date, times and place, then one row per participant (name, mandate, commune,
// the signature or "Absent(e)", late arrival / early departure, and what a clerk must know: a
// walk-in, an amendment, a row no seal covers), then each countersignature with its receipt code
// and SHA-256. A half-day not sealed says it is not proof yet. Builds bytes only.
import {
	hoursText,
	minutesAttended,
	type AttendanceSheet,
	type SheetLine
} from '../../domain/model';
import {
	A4,
	clock,
	drawable,
	drawSignature,
	footers,
	instant,
	longDate,
	MARGIN,
	Pages,
	wrap,
	type Fonts,
	type PdfLib
} from './layout';

const WIDTH = A4.width - 2 * MARGIN;
/** Column x offsets and widths: n°, name, mandate, commune, signature, times, remarks. */
const COLUMNS = [
	{ key: 'n', title: 'N°', width: 22 },
	{ key: 'name', title: 'Nom et prénom', width: 100 },
	{ key: 'mandate', title: 'Mandat', width: 70 },
	{ key: 'commune', title: 'Commune', width: 76 },
	{ key: 'signature', title: 'Signature', width: 120 },
	{ key: 'times', title: 'Retard / départ', width: 62 },
	{ key: 'remarks', title: 'Remarques', width: WIDTH - 450 }
] as const;
const ROW = 42;
const HEAD = 18;

function remarks(line: SheetLine): string {
	// The most important first: a clerk must see at once that a row is not covered.
	const parts: string[] = [];
	if (line.status !== 'missing' && !line.covered) {
		parts.push('NON COUVERTE par la contresignature : en attente d’un avenant.');
	}
	if (line.amendment) {
		const before = line.amendment.previous === 'absent' ? 'absent(e)' : 'présent(e)';
		parts.push(
			`Rectification (avant : ${before})${line.amendment.note ? ` : ${line.amendment.note}` : '.'}`
		);
	}
	if (line.walkIn) parts.push('Inscrit(e) sur place.');
	return parts.join(' ');
}

/** The PDF bytes of one half-day's attendance sheet. */
export async function attendanceSheetPdf(sheet: AttendanceSheet): Promise<Uint8Array> {
	const lib: PdfLib = await import('pdf-lib');
	const { PDFDocument, StandardFonts, rgb } = lib;
	const doc = await PDFDocument.create();
	const fonts: Fonts = {
		regular: await doc.embedFont(StandardFonts.Helvetica),
		bold: await doc.embedFont(StandardFonts.HelveticaBold),
		mono: await doc.embedFont(StandardFonts.Courier)
	};
	const { regular, bold, mono } = fonts;
	const first = sheet.seals[0];
	doc.setTitle(drawable(regular, `Feuille d’émargement · ${sheet.title} · ${sheet.date}`));
	doc.setSubject(first ? first.receipt : 'non scellée');
	doc.setLanguage('fr-FR');
	const grey = rgb(0.45, 0.47, 0.46);
	const rule = rgb(0.7, 0.72, 0.71);

	const header = (pages: Pages) => {
		pages.y -= HEAD;
		let x = MARGIN;
		pages.page.drawRectangle({
			x: MARGIN,
			y: pages.y - 4,
			width: WIDTH,
			height: HEAD,
			color: rgb(0.92, 0.95, 0.93)
		});
		for (const column of COLUMNS) {
			pages.page.drawText(column.title, { x: x + 3, y: pages.y + 2, size: 7.5, font: bold });
			x += column.width;
		}
		pages.y -= 4;
	};
	let inTable = false;
	const pages = new Pages(doc, (p) => {
		if (inTable) header(p);
	});

	pages.text(sheet.organisation, regular, { size: 8.5, color: grey });
	pages.text('Feuille d’émargement', bold, { size: 17, gap: 1 });
	pages.text(`${sheet.title} · ${sheet.volet}`, bold, { size: 11, gap: 4 });
	const minutes = minutesAttended(sheet.start, sheet.end);
	const facts: [string, string][] = [
		[sheet.modules.length > 1 ? 'Modules' : 'Module', sheet.modules.join(' ; ')],
		['Date', longDate(sheet.date)],
		['Horaires', `de ${clock(sheet.start)} à ${clock(sheet.end)} (${hoursText(minutes)})`],
		['Lieu', sheet.place],
		['Modalité', sheet.modality],
		[
			sheet.facilitators.length > 1 ? 'Formateurs' : 'Formateur',
			sheet.facilitators.join(', ') || 'à compléter par la contresignature'
		]
	];
	for (const [label, value] of facts) {
		const labelWidth = 70;
		const top = pages.y;
		pages.page.drawText(`${label} :`, { x: MARGIN, y: top - 9 * 1.35, size: 9, font: bold });
		pages.text(value, regular, { size: 9, x: MARGIN + labelWidth, gap: 1 });
	}
	const present = sheet.lines.filter((l) => l.status === 'signed').length;
	const absent = sheet.lines.filter((l) => l.status === 'absent').length;
	pages.text(
		`${present} présent(s), ${absent} absent(s), ${sheet.lines.length - present - absent} sans émargement, sur ${sheet.lines.length} participant(s).`,
		regular,
		{ size: 9, gap: 8 }
	);

	header(pages);
	inTable = true;
	sheet.lines.forEach((line, index) => {
		pages.ensure(ROW); // a new page repeats the column titles
		const top = pages.y;
		const page = pages.page;
		let x = MARGIN;
		if (line.status !== 'missing' && !line.covered) {
			page.drawRectangle({
				x: MARGIN,
				y: top - ROW,
				width: WIDTH,
				height: ROW,
				color: rgb(1, 0.93, 0.8)
			});
		}
		const cell = (width: number, text: string, font = regular, size = 8) => {
			wrap(font, text, size, width - 6)
				.slice(0, 5)
				.forEach((l, i) =>
					page.drawText(l, { x: x + 3, y: top - 10 - i * size * 1.15, size, font })
				);
		};
		cell(COLUMNS[0].width, String(index + 1));
		x += COLUMNS[0].width;
		cell(COLUMNS[1].width, line.name, bold);
		x += COLUMNS[1].width;
		cell(COLUMNS[2].width, line.mandate);
		x += COLUMNS[2].width;
		cell(COLUMNS[3].width, line.commune);
		x += COLUMNS[3].width;
		if (line.status === 'signed' && line.signature) {
			drawSignature(lib, page, line.signature, {
				x: x + 2,
				top: top - 3,
				width: COLUMNS[4].width - 4,
				height: ROW - 6
			});
		} else {
			cell(COLUMNS[4].width, line.status === 'absent' ? 'Absent(e)' : 'Pas d’émargement', bold, 9);
		}
		x += COLUMNS[4].width;
		const times = [
			line.arrivedAt ? `arrivée ${clock(line.arrivedAt)}` : '',
			line.leftAt ? `départ ${clock(line.leftAt)}` : ''
		]
			.filter(Boolean)
			.join(' ');
		cell(COLUMNS[5].width, times || '—');
		x += COLUMNS[5].width;
		cell(COLUMNS[6].width, remarks(line), regular, 6.6);
		pages.y -= ROW;
		page.drawLine({
			start: { x: MARGIN, y: pages.y },
			end: { x: MARGIN + WIDTH, y: pages.y },
			thickness: 0.5,
			color: rule
		});
	});

	inTable = false;
	pages.y -= 10;
	if (sheet.seals.length === 0) {
		pages.ensure(40);
		pages.text(
			'Demi-journée non contresignée : cette feuille n’a pas encore valeur de preuve. Le formateur la contresigne à la fin de la demi-journée.',
			bold,
			{ size: 10 }
		);
	}
	for (const seal of sheet.seals) {
		pages.ensure(118);
		const top = pages.y;
		pages.page.drawRectangle({
			x: MARGIN,
			y: top - 110,
			width: WIDTH,
			height: 108,
			borderColor: rgb(0.12, 0.37, 0.29),
			borderWidth: 1
		});
		const left = { x: MARGIN + 10, width: WIDTH / 2 - 10 };
		pages.y -= 4;
		pages.text(
			seal.addendum ? 'Avenant de contresignature' : 'Contresignature du formateur',
			bold,
			{ ...left, size: 10 }
		);
		pages.text(`${seal.countersignerName}, le ${instant(seal.sealedAt)}`, regular, {
			...left,
			size: 9
		});
		pages.text(`Couvre ${seal.covers} ligne(s) d’émargement, chacune par son empreinte.`, regular, {
			...left,
			size: 8.5
		});
		pages.text('Code de reçu', bold, { ...left, size: 8.5, gap: 0 });
		pages.text(seal.receipt, mono, { ...left, size: 15, gap: 2 });
		pages.text(`SHA-256 : ${seal.hash}`, mono, { ...left, size: 6.2 });
		drawSignature(lib, pages.page, seal.countersignature, {
			x: MARGIN + WIDTH / 2 + 10,
			top: top - 12,
			width: WIDTH / 2 - 20,
			height: 86
		});
		pages.y = top - 118;
	}
	if (sheet.uncovered > 0) {
		pages.text(
			`${sheet.uncovered} ligne(s) écrite(s) après la contresignature ne sont couvertes par aucune : elles sont marquées « en attente d’un avenant » et ne comptent pas encore comme preuve.`,
			bold,
			{ size: 9 }
		);
	}
	pages.text(
		'Signatures tracées sur tablette, conservées avec leur heure, l’appareil, l’empreinte SHA-256 de chaque ligne et la contresignature du formateur.',
		regular,
		{ size: 7.5, color: grey }
	);
	footers(
		doc,
		regular,
		(page, count) =>
			`Feuille d’émargement · ${sheet.title} · ${longDate(sheet.date)}, ${clock(sheet.start)}-${clock(sheet.end)} · ${first ? `reçu ${first.receipt}` : 'non contresignée'} · page ${page} sur ${count}`
	);
	return doc.save();
}
