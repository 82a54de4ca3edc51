// The one-page PDF summary of a territory, for an elected assembly or a préfet's adviser: key
// figures, the programme's targets with the pace, projects by status, the main themes and the
// largest parts of the territory, with the date of the figures and how élus trained are counted.
// Loaded only when asked for (Exports.svelte imports it on click, and it imports pdf-lib), so
// pdf-lib never weighs on the dashboard. Builds bytes only: never stores or sends them.
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { formatDate, formatNumber, t } from '$lib/i18n/index.svelte';
import { participation } from '../domain/participation';
import { breakdown, figure, type TerritorySummary } from '../domain/summary';
import { pace, PROGRAMME_DEADLINE, TARGETS, territoryTarget } from '../domain/targets';
import { figuresDate } from '../domain/when';
import { paceStatus, paceVerdict } from './pace';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;

/** Characters the standard fonts (WinAnsi) cannot draw become '?' rather than failing. */
function drawable(font: PDFFont, text: string): string {
	let out = '';
	for (const char of text.replace(/\u202f|\u00a0/g, ' ')) {
		try {
			font.encodeText(char);
			out += char;
		} catch {
			out += '?';
		}
	}
	return out;
}

/** The PDF bytes of `summary`, dated with its figures' time; `now` for the pace. */
export async function summaryPdf(summary: TerritorySummary, now: number): Promise<Uint8Array> {
	const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
	const doc = await PDFDocument.create();
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const page: PDFPage = doc.addPage([A4.width, A4.height]);
	const ink = rgb(0.11, 0.15, 0.13);
	const muted = rgb(0.35, 0.4, 0.37);
	const green = rgb(0.12, 0.37, 0.29);
	const pale = rgb(0.89, 0.93, 0.9);
	const width = A4.width - 2 * MARGIN;
	let y = A4.height - MARGIN;
	const f = (m: string) => figure(summary.figures, m);
	const date = summary.computedAt ? figuresDate(summary.computedAt, now) : '—';
	const kind = t(`territories.kinds.${summary.kind}` as 'territories.kinds.region');
	doc.setTitle(drawable(regular, `Collabor'actons — ${summary.name}`));

	const text = (s: string, x: number, size: number, font = regular, color: RGB = ink) =>
		page.drawText(drawable(font, s), { x, y, size, font, color });
	const heading = (s: string) => {
		y -= 30;
		text(s, MARGIN, 12, bold, green);
		y -= 6;
		page.drawLine({
			start: { x: MARGIN, y },
			end: { x: MARGIN + width, y },
			thickness: 0.6,
			color: green
		});
	};
	const bar = (x: number, w: number, share: number, color: RGB) => {
		page.drawRectangle({ x, y: y - 2, width: w, height: 9, color: pale });
		page.drawRectangle({
			x,
			y: y - 2,
			width: Math.max(0.5, w * Math.min(1, share)),
			height: 9,
			color
		});
	};

	text(t('territories.pdf.title', { name: summary.name }), MARGIN, 20, bold, green);
	y -= 20;
	text(t('territories.pdf.subtitle', { kind, date }), MARGIN, 11, regular, muted);
	if (summary.restricted) {
		y -= 14;
		text(t('territories.restricted'), MARGIN, 9, regular, muted);
	}

	heading(t('territories.pdf.keyFigures'));
	const cells: [string, string, string][] = [
		[
			formatNumber(f('trained.elus')),
			t('territories.headline.trained'),
			t('territories.headline.trainedHint')
		],
		[
			formatNumber(f('participants.unlinked')),
			t('territories.headline.unlinked'),
			t('territories.headline.unlinkedHint')
		],
		[
			formatNumber(f('self_declared.elus')),
			t('territories.headline.selfDeclared'),
			t('territories.headline.selfDeclaredHint')
		],
		[formatNumber(f('elus.accounts')), t('territories.headline.accounts'), ''],
		[
			formatNumber(f('charters')),
			t('territories.headline.charters'),
			t('territories.headline.chartersCommunes', { count: f('charters.communes') })
		],
		[
			formatNumber(f('projects')),
			t('territories.headline.projects'),
			t('territories.headline.projectsCommunes', { count: f('projects.communes') })
		],
		[
			formatNumber(f('communes')),
			t('territories.headline.communes'),
			t('territories.headline.population', { count: formatNumber(f('population')) })
		]
	];
	const column = width / 2;
	cells.forEach(([value, label, hint], i) => {
		const x = MARGIN + (i % 2) * column;
		if (i % 2 === 0) y -= 30;
		page.drawText(drawable(bold, value), { x, y, size: 15, font: bold, color: ink });
		const vx = x + bold.widthOfTextAtSize(drawable(bold, value), 15) + 6;
		page.drawText(drawable(bold, label), { x: vx, y: y + 3, size: 9, font: bold, color: ink });
		if (hint)
			page.drawText(drawable(regular, hint), {
				x: vx,
				y: y - 8,
				size: 7.5,
				font: regular,
				color: muted
			});
	});

	heading(t('territories.pdf.targets'));
	for (const [label, target, achieved] of [
		[
			t('territories.targets.trained'),
			territoryTarget(TARGETS.trained, f('communes')),
			f('trained.elus')
		],
		[
			t('territories.targets.projects'),
			territoryTarget(TARGETS.projects, f('communes')),
			f('projects')
		]
	] as [string, number, number][]) {
		const p = pace(target, achieved, now);
		y -= 18;
		text(
			`${label} : ${t('territories.targets.of', { achieved: formatNumber(achieved), target: formatNumber(target), share: formatNumber(Math.floor(p.share * 1000) / 10) })}`,
			MARGIN,
			9.5,
			bold
		);
		y -= 13;
		bar(MARGIN, width, p.share, green);
		y -= 12;
		const status = paceStatus(p);
		const paceLine =
			status.late === undefined ? status.text : `${status.text} ${paceVerdict(status.late)}`;
		text(paceLine, MARGIN, 8.5, regular, muted);
	}
	y -= 14;
	text(
		t('territories.targets.intro', { deadline: formatDate(PROGRAMME_DEADLINE) }),
		MARGIN,
		7.5,
		regular,
		muted
	);

	const bars = (title: string, rows: [string, number][], x: number, w: number, top: number) => {
		y = top;
		page.drawText(drawable(bold, title), { x, y, size: 10, font: bold, color: green });
		const max = Math.max(1, ...rows.map(([, v]) => v));
		for (const [label, value] of rows) {
			y -= 15;
			page.drawText(drawable(regular, label), { x, y, size: 8.5, font: regular, color: ink });
			page.drawRectangle({
				x: x + w * 0.48,
				y: y - 1,
				width: Math.max(0.5, (w * 0.38 * value) / max),
				height: 8,
				color: green
			});
			page.drawText(formatNumber(value).replace(/\u202f/g, ' '), {
				x: x + w * 0.88,
				y,
				size: 8.5,
				font: regular,
				color: ink
			});
		}
		return y;
	};
	y -= 26;
	const top = y;
	const statusRows = breakdown(summary.figures, 'projects.status').map(
		([k, v]): [string, number] => [t(`projects.statuses.${k}` as 'projects.statuses.idee'), v]
	);
	const themeRows = breakdown(summary.figures, 'projects.theme')
		.slice(0, 5)
		.map(([k, v]): [string, number] => [t(`curriculum.themes.${k}` as 'curriculum.themes.eau'), v]);
	const left = bars(t('territories.pdf.status'), statusRows, MARGIN, width / 2 - 10, top);
	const right = bars(
		t('territories.pdf.themes'),
		themeRows,
		MARGIN + width / 2 + 10,
		width / 2 - 10,
		top
	);
	y = Math.min(left, right);

	// Participation: census, consultations, feedback (totals only, as the server masked them).
	const p = participation(summary.figures);
	const none = t('territories.participation.none');
	const flat = (v: string) => v.replace(/\u202f/g, ' ');
	heading(t('territories.participation.title'));
	const said = [
		t('territories.participation.pdfCensus', { count: p.censusCommunes }),
		p.needs.length
			? t('territories.participation.pdfNeeds', {
					list: p.needs
						.slice(0, 4)
						.map(([k, v]) => `${t(`curriculum.themes.${k}` as 'curriculum.themes.eau')} (${v})`)
						.join(', ')
				})
			: '',
		t('territories.participation.pdfFeedback', {
			votes: formatNumber(p.votes),
			satisfaction:
				p.satisfaction !== null
					? `${formatNumber(p.satisfaction, { maximumFractionDigits: 1 })} / 5`
					: none,
			rate: p.responseRate !== null ? formatNumber(p.responseRate, { style: 'percent' }) : none
		})
	].filter(Boolean);
	for (const line of said) {
		y -= 13;
		text(flat(line), MARGIN, 8.5);
	}

	const parts = summary.children.length
		? summary.children.filter((c) => summary.kind !== 'national' || c.kind === 'region')
		: summary.communes.map((c) => ({
				kind: 'commune' as const,
				code: c.insee,
				name: c.name,
				figures: c.figures
			}));
	if (parts.length) {
		heading(t('territories.pdf.parts'));
		const shown = [...parts]
			.sort((a, b) => figure(b.figures, 'projects') - figure(a.figures, 'projects'))
			.slice(0, Math.max(3, Math.floor((y - MARGIN - 60) / 13)));
		const cols = [
			[t('territories.partName'), 0],
			[t('territories.headline.accounts'), 0.46],
			[t('territories.headline.trained'), 0.6],
			[t('territories.headline.charters').split(' ')[0]!, 0.74],
			[t('territories.headline.projects'), 0.87]
		] as const;
		y -= 14;
		for (const [label, at] of cols)
			page.drawText(drawable(bold, label), {
				x: MARGIN + width * at,
				y,
				size: 8,
				font: bold,
				color: muted
			});
		for (const row of shown) {
			y -= 13;
			const values = [
				row.name || row.code,
				formatNumber(figure(row.figures, 'elus.accounts')),
				formatNumber(figure(row.figures, 'trained.elus')),
				formatNumber(figure(row.figures, 'charters')),
				formatNumber(figure(row.figures, 'projects'))
			];
			values.forEach((v, i) =>
				page.drawText(drawable(regular, v.slice(0, 44)), {
					x: MARGIN + width * cols[i]![1],
					y,
					size: 8.5,
					font: regular,
					color: ink
				})
			);
		}
	}
	y = MARGIN;
	const note = t('territories.pdf.note', { date });
	const words = drawable(regular, note).split(' ');
	let line = '';
	const lines: string[] = [];
	for (const word of words) {
		if (line && regular.widthOfTextAtSize(`${line} ${word}`, 7.5) > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	lines.forEach((l, i) =>
		page.drawText(l, {
			x: MARGIN,
			y: MARGIN + (lines.length - 1 - i) * 10,
			size: 7.5,
			font: regular,
			color: muted
		})
	);
	return doc.save();
}
