// Rules on the resources a facilitator prints or shows (resources/<id>.md): their front matter,
// the links between activities and resources (both sides must agree), one A3 poster per case
// study short enough to read in 3 minutes, a bibliography per volet, and the structured
// programme data some resources carry (the path before volet 1, the one-year follow-up).
// Owns these rules; never edits a file.
import { VOLETS, isPositiveInt, isText, requireDate, requireText } from './documents.mjs';
import { checkBodyFigures } from './figures.mjs';

export const RESOURCE_KINDS = ['template', 'poster', 'bibliography', 'text'];
export const FORMATS = ['A4', 'A3'];
export const POSTER_MAX_WORDS = 450; // about 3 minutes of reading, standing, for an adult
export const FOLLOWUP_DAYS = [30, 90, 365];

/**
 * @param {import('./documents.mjs').Report} report
 * @param {any[]} resources documents of resources/
 * @param {Map<string, any>} activityById
 * @param {Map<string, any>} caseById
 */
export function checkResources(report, resources, activityById, caseById) {
	const resourceById = new Map(resources.map((doc) => [doc.data.id, doc]));
	const posters = new Map();
	const bibliographies = new Set();
	for (const doc of resources) {
		const r = doc.data;
		requireText(report, doc, ['title', 'summary']);
		requireDate(report, doc);
		if (!RESOURCE_KINDS.includes(r.kind)) {
			report.fail(doc.label, `"kind" must be one of ${RESOURCE_KINDS.join(', ')}`);
		}
		if (!VOLETS.includes(r.volet))
			report.fail(doc.label, `"volet" must be one of ${VOLETS.join(', ')}`);
		if (!FORMATS.includes(r.format))
			report.fail(doc.label, `"format" must be one of ${FORMATS.join(', ')}`);
		if (!Array.isArray(r.activities)) {
			report.fail(doc.label, '"activities" must be a list (empty if no activity uses it)');
		} else {
			for (const id of r.activities) {
				const activity = activityById.get(id);
				if (!activity) report.fail(doc.label, `"activities" lists a missing activity "${id}"`);
				else if (!(activity.data.resources ?? []).includes(r.id)) {
					report.fail(doc.label, `lists "${id}", whose "resources" does not list "${r.id}"`);
				}
			}
		}
		if (r.kind === 'bibliography') bibliographies.add(r.volet);
		if (r.kind === 'poster') {
			checkPoster(report, doc, caseById);
			if (r.case) posters.set(r.case, doc);
		} else {
			checkBodyFigures(report, doc.label, doc.body, null);
		}
		if (r.followup !== undefined) checkFollowup(report, doc);
		if (r.sequence !== undefined) checkSequence(report, doc);
	}
	for (const id of caseById.keys()) {
		if (!posters.has(id)) report.fail(`resources/`, `case study "${id}" has no A3 poster`);
	}
	for (const volet of VOLETS) {
		if (!bibliographies.has(volet))
			report.fail('resources/', `volet "${volet}" has no bibliography`);
	}
	for (const [id, activity] of activityById) {
		const list = activity.data.resources;
		if (list === undefined) continue;
		if (!Array.isArray(list)) {
			report.fail(activity.label, '"resources" must be a list of resource ids');
			continue;
		}
		for (const key of list) {
			const resource = resourceById.get(key);
			if (!resource)
				report.fail(activity.label, `"resources" links to a missing resource "${key}"`);
			else if (!(resource.data.activities ?? []).includes(id)) {
				report.fail(activity.label, `links to "${key}", whose "activities" does not list "${id}"`);
			}
		}
	}
	return resourceById;
}

function checkPoster(report, doc, caseById) {
	const study = caseById.get(doc.data.case);
	if (!study) {
		report.fail(doc.label, `a poster needs "case" pointing to an existing case study`);
		return;
	}
	if (doc.data.format !== 'A3') report.fail(doc.label, 'a poster is printed in A3');
	const words = doc.body.split(/\s+/).filter(Boolean).length;
	if (words > POSTER_MAX_WORDS) {
		report.fail(
			doc.label,
			`${words} words: a poster must be readable in 3 minutes (≤ ${POSTER_MAX_WORDS})`
		);
	}
	// A poster shows only figures that stand on a source other than the programme document.
	const figures = (study.data.figures ?? []).filter((figure) => figure?.status !== 'programme');
	checkBodyFigures(report, doc.label, doc.body, figures);
}

function checkFollowup(report, doc) {
	const list = doc.data.followup;
	if (!Array.isArray(list)) {
		report.fail(doc.label, '"followup" must be a list of check-ins');
		return;
	}
	const days = list.map((step) => step?.day);
	if (days.join(',') !== FOLLOWUP_DAYS.join(',')) {
		report.fail(
			doc.label,
			`"followup" days must be ${FOLLOWUP_DAYS.join(', ')} (found ${days.join(', ')})`
		);
	}
	list.forEach((step, index) => {
		const where = `followup[${index}]`;
		if (!isText(step?.title)) report.fail(doc.label, `${where} needs a title`);
		if (!Array.isArray(step?.checks) || step.checks.length === 0 || !step.checks.every(isText)) {
			report.fail(doc.label, `${where} needs "checks": what to check, as a list of strings`);
		}
		if (!Array.isArray(step?.log) || step.log.length === 0 || !step.log.every(isText)) {
			report.fail(doc.label, `${where} needs "log": what to write in the project log, as a list`);
		}
		if (typeof step?.indicators !== 'boolean') {
			report.fail(
				doc.label,
				`${where} needs "indicators": true when new indicator values are asked`
			);
		}
	});
}

function checkSequence(report, doc) {
	const list = doc.data.sequence;
	if (!Array.isArray(list) || list.length === 0) {
		report.fail(doc.label, '"sequence" must be a non-empty list of steps');
		return;
	}
	list.forEach((step, index) => {
		if (!isPositiveInt(step?.step) || step.step !== index + 1) {
			report.fail(doc.label, `sequence[${index}] needs "step: ${index + 1}"`);
		}
		if (!isText(step?.title) || !isText(step?.before)) {
			report.fail(
				doc.label,
				`sequence[${index}] needs a "title" and "before" (what it comes before)`
			);
		}
	});
}
