// Rules on figures and on the wording of every text: a figure (a quantity with a unit or a
// percentage) may appear only in a case study or its poster, in bold, and only if the document's
// `figures` list gives it a source, a period and a status; figures taken only from the programme
// document are kept apart under their own heading. Also catches line-end hyphen artefacts and
// the English words the issue banned. Owns these rules; never edits a file.
import { isText } from './documents.mjs';

/** Statuses: re-read against its source in a review (verifie), taken from a named independent source (source), or only from the programme document (programme). */
export const FIGURE_STATUSES = ['verifie', 'source', 'programme'];
/** The heading under which a case study lists the programme's unchecked figures. */
export const PROGRAMME_HEADING = '### Selon le document du programme (non vérifié)';

// A number followed by a unit that makes it a claim about the world (not a duration or a count
// of participants, which guides need). Spaces inside numbers may be narrow or non-breaking.
const FIGURE_TOKEN =
	/\d[\d\s\u00a0\u202f,.]*\s?(?:%|°\s?C\b|tonnes?\b|t\b|m²|m³|m2\b|m3\b|€|euros?\b|emplois\b|MW\b|GW\b|kWh\b|GWh\b|millions?\b|milliards?\b)/gu;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const HYPHEN_GAP = /\p{L}- \p{Ll}/u;
const HYPHEN_LINE_END = /\p{L}-\n[ \t]*\p{Ll}/u;
const BANNED_WORDS = [
	{ pattern: /\bd[ée]brief/iu, advice: 'écrivez « retour », « bilan » ou « mise en commun »' },
	{ pattern: /\bpaper-?board/iu, advice: 'écrivez « tableau de papier » ou « grandes feuilles »' },
	{ pattern: /\bflip-?chart/iu, advice: 'écrivez « tableau de papier »' },
	{ pattern: /quel que soit son/iu, advice: 'accordez : « quelle que soit son … »' }
];

const normalise = (text) =>
	String(text)
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();

/** Every figure token of a text, normalised. */
export function figureTokens(text) {
	return [...text.matchAll(FIGURE_TOKEN)].map((match) => normalise(match[0]));
}

/**
 * Checks the `figures` and `sources` of a case study: each figure cites an existing source, has
 * a period that names a year and a status; programme figures cite the programme document and
 * checked ones do not. Returns the source ids cited by a figure.
 * @param {import('./documents.mjs').Report} report
 */
export function checkFigureList(report, doc, sourceById) {
	const cited = new Set();
	const figures = doc.data.figures;
	if (!Array.isArray(figures) || figures.length === 0) {
		report.fail(doc.label, '"figures" must be a non-empty list');
		return cited;
	}
	figures.forEach((figure, index) => {
		const where = `figures[${index}]`;
		if (!figure || typeof figure !== 'object') {
			report.fail(doc.label, `${where} must be a mapping`);
			return;
		}
		if (!isText(figure.value) && typeof figure.value !== 'number') {
			report.fail(doc.label, `${where} needs a value`);
		}
		if (!isText(figure.label)) report.fail(doc.label, `${where} needs a label`);
		const period = figure.period === undefined ? '' : String(figure.period);
		if (!YEAR.test(period)) {
			report.fail(doc.label, `${where} needs a "period" naming a year (e.g. "2010", "1995–1998")`);
		}
		if (!FIGURE_STATUSES.includes(figure.status)) {
			report.fail(doc.label, `${where} needs a "status": ${FIGURE_STATUSES.join(' or ')}`);
		}
		if (!isText(figure.source)) {
			report.fail(doc.label, `${where} needs a source id`);
			return;
		}
		const source = sourceById.get(figure.source);
		if (!source) {
			report.fail(doc.label, `${where} cites a missing source "${figure.source}"`);
			return;
		}
		cited.add(figure.source);
		if (figure.status === 'programme' && source.programme !== true) {
			report.fail(doc.label, `${where} has status "programme" but its source is not the programme`);
		}
		if (figure.status !== 'programme' && source.programme === true) {
			report.fail(
				doc.label,
				`${where} is "${figure.status}" but cites only the programme document`
			);
		}
	});
	return cited;
}

/**
 * Checks the figures written in a body against a `figures` list: every figure token must be
 * part of a listed value, and a programme figure may appear only under the programme heading.
 * Pass `figures = null` for documents that may hold no figure at all.
 * @param {import('./documents.mjs').Report} report
 */
export function checkBodyFigures(report, label, body, figures) {
	const split = body.indexOf(PROGRAMME_HEADING);
	const checkedPart = split === -1 ? body : body.slice(0, split);
	const programmePart = split === -1 ? '' : body.slice(split);
	const all = (figures ?? []).map((figure) => normalise(figure?.value ?? ''));
	const checked = (figures ?? [])
		.filter((figure) => figure?.status !== 'programme')
		.map((figure) => normalise(figure?.value ?? ''));
	for (const token of figureTokens(checkedPart)) {
		if (figures === null) {
			report.fail(label, `holds a figure "${token}": figures belong in a case study with a source`);
		} else if (!checked.some((value) => value.includes(token))) {
			const hint = all.some((value) => value.includes(token))
				? `it is a programme figure: move it under "${PROGRAMME_HEADING}"`
				: 'add it to "figures" with its source, period and status';
			report.fail(label, `figure "${token}" in the text is not a checked figure (${hint})`);
		}
	}
	for (const token of figureTokens(programmePart)) {
		if (!all.some((value) => value.includes(token))) {
			report.fail(label, `figure "${token}" in the text is not in "figures"`);
		}
	}
	if (figures && figures.some((f) => f?.status === 'programme') && split === -1) {
		report.fail(label, `has programme figures but no "${PROGRAMME_HEADING}" heading`);
	}
}

/**
 * Checks the wording of a whole file: no line-end hyphen artefacts, no banned words.
 * @param {import('./documents.mjs').Report} report
 */
export function checkWording(report, label, text) {
	const lines = text.split('\n');
	lines.forEach((line, index) => {
		if (HYPHEN_GAP.test(line)) {
			report.fail(
				label,
				`line ${index + 1}: a hyphen followed by a space ("${line.match(HYPHEN_GAP)[0]}") reads as a broken word`
			);
		}
		for (const { pattern, advice } of BANNED_WORDS) {
			if (pattern.test(line))
				report.fail(label, `line ${index + 1}: "${line.match(pattern)[0]}" — ${advice}`);
		}
	});
	const wrapped = HYPHEN_LINE_END.exec(text);
	if (wrapped) {
		const line = text.slice(0, wrapped.index).split('\n').length;
		report.fail(
			label,
			`line ${line} ends with a hyphen inside a word; Markdown renders it as "- "`
		);
	}
}
