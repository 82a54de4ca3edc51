#!/usr/bin/env node
// Checks the curriculum content (modules, activities, case studies, resources, quizzes) of this
// folder. Owns the list of rules and the report; the rules on figures, evaluation and resources
// live in check/*.mjs. It never writes or fixes anything.
//
// Usage: node pocketbase/content/check.mjs [content-dir]
// (content-dir defaults to the folder this script lives in). Exit code 1 when a rule is broken.

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	Report,
	VOLETS,
	checkEnumList,
	checkSections,
	isPositiveInt,
	isText,
	loadFolder,
	loadYamlFolder,
	requireDate,
	requireText,
	requireTextList
} from './check/documents.mjs';
import { checkBodyFigures, checkFigureList, checkWording } from './check/figures.mjs';
import { checkObjectives, checkQuizzes } from './check/evaluation.mjs';
import { checkResources } from './check/resources.mjs';

const root = process.argv[2] ? resolve(process.argv[2]) : dirname(fileURLToPath(import.meta.url));

const MODALITIES = ['presentiel', 'distanciel'];
const AUDIENCES = ['elu', 'facilitateur'];
// The programme's theme and lever keys, from the list the server checks projects against
// (pb_hooks/lib/limits.js PROJECT, plain CommonJS).
const { PROJECT } = createRequire(import.meta.url)('../pb_hooks/lib/limits.js');
const THEMES = PROJECT.themes;
const LEVERS = PROJECT.levers;
const RURAL_OR_URBAN = ['rural', 'urbain', 'les_deux'];
const GROUP_SECTION = 'Selon la taille du groupe';
const ACTIVITY_SECTIONS = [
	'Objectif',
	'Déroulé',
	'Matériel',
	'Variante à distance',
	'Variantes rurale et urbaine',
	GROUP_SECTION,
	'Pièges à éviter',
	"Ce que l'élu emporte"
];
const CASE_SECTIONS = [
	'Le problème',
	'La solution',
	'Ce qui a changé',
	"Ce qu'une commune peut en retenir",
	'Sources et vérification'
];
const ACTIVITY_LINES = { min: 60, max: 170 };
const STEP_LINE = /^\d+\.\s/;
const STEP_TIMING = /^\d+\.\s+\*\*(\d+(?:[.,]\d+)?)\s*min\*\*\s+—\s+\S/;
const LINK = /\]\((activity|module|case|resource):([^)\s]*)\)/g;

const report = new Report();
const fail = (file, message) => report.fail(file, message);
const warn = (file, message) => report.warn(file, message);

const modules = loadFolder(report, root, 'modules');
const activities = loadFolder(report, root, 'activities');
const cases = loadFolder(report, root, 'case-studies');
const resources = loadFolder(report, root, 'resources');
const quizzes = loadYamlFolder(report, root, 'quizzes');

const allIds = new Map();
for (const doc of [...modules, ...activities, ...cases, ...resources]) {
	const id = doc.data.id;
	if (allIds.has(id)) fail(doc.label, `id "${id}" is already used by ${allIds.get(id)}`);
	else allIds.set(id, doc.label);
}
const moduleById = new Map(modules.map((doc) => [doc.data.id, doc]));
const activityById = new Map(activities.map((doc) => [doc.data.id, doc]));
const caseById = new Map(cases.map((doc) => [doc.data.id, doc]));

// Modules: metadata, objectives, and an agenda whose minutes add up exactly ---------------------
const moduleOrders = new Map();
const objectiveIds = new Set();
for (const doc of modules) {
	const m = doc.data;
	requireText(report, doc, ['title', 'summary']);
	checkObjectives(report, doc, objectiveIds);
	requireTextList(report, doc, 'takeaways');
	requireDate(report, doc);
	checkBodyFigures(report, doc.label, doc.body, null);
	if (!VOLETS.includes(m.volet)) fail(doc.label, `"volet" must be one of ${VOLETS.join(', ')}`);
	if (m.audience !== undefined && !AUDIENCES.includes(m.audience)) {
		fail(doc.label, `"audience" must be one of ${AUDIENCES.join(', ')} (default: elu)`);
	}
	if (!isPositiveInt(m.order)) fail(doc.label, '"order" must be a positive integer');
	else if (moduleOrders.has(m.order)) {
		fail(doc.label, `"order" ${m.order} is already used by ${moduleOrders.get(m.order)}`);
	} else moduleOrders.set(m.order, m.id);
	if (!isPositiveInt(m.duration_min)) fail(doc.label, '"duration_min" must be a positive integer');
	checkEnumList(report, doc, 'modality', MODALITIES);

	if (!Array.isArray(m.agenda) || m.agenda.length === 0) {
		fail(doc.label, '"agenda" must be a non-empty list');
		continue;
	}
	let total = 0;
	const referenced = new Set();
	m.agenda.forEach((item, index) => {
		const where = `agenda[${index}]`;
		if (!item || typeof item !== 'object') {
			fail(doc.label, `${where} must be a mapping`);
			return;
		}
		if (!isText(item.title)) fail(doc.label, `${where} needs a title`);
		if (!isPositiveInt(item.minutes)) fail(doc.label, `${where} needs positive integer minutes`);
		else total += item.minutes;
		if (item.activity === undefined) return;
		const activity = activityById.get(item.activity);
		if (!activity) {
			fail(doc.label, `${where} points to a missing activity "${item.activity}"`);
			return;
		}
		if (activity.data.module !== m.id) {
			fail(doc.label, `${where}: activity "${item.activity}" belongs to "${activity.data.module}"`);
		}
		if (referenced.has(item.activity)) fail(doc.label, `${where} repeats "${item.activity}"`);
		referenced.add(item.activity);
		if (item.minutes !== activity.data.duration_min) {
			fail(
				doc.label,
				`${where} gives ${item.minutes} min to "${item.activity}", ` +
					`whose duration_min is ${activity.data.duration_min}`
			);
		}
	});
	if (total !== m.duration_min) {
		fail(doc.label, `agenda adds up to ${total} min, duration_min is ${m.duration_min}`);
	}
	const own = activities.filter((activity) => activity.data.module === m.id);
	if (own.length < 4) fail(doc.label, `has ${own.length} activities, at least 4 are required`);
	for (const activity of own) {
		if (!referenced.has(activity.data.id)) {
			fail(doc.label, `activity "${activity.data.id}" is not in the agenda`);
		}
	}
}
checkQuizzes(report, quizzes, moduleById, caseById);

// Activities: sections, steps whose minutes add up exactly, what to do outside the group size --
const activityOrders = new Map();
for (const doc of activities) {
	const a = doc.data;
	requireText(report, doc, ['title', 'method', 'purpose', 'group_size']);
	requireTextList(report, doc, 'materials');
	requireDate(report, doc);
	checkBodyFigures(report, doc.label, doc.body, null);
	if (!moduleById.has(a.module)) {
		fail(doc.label, `"module" points to a missing module "${a.module}"`);
	}
	if (!isPositiveInt(a.order)) fail(doc.label, '"order" must be a positive integer');
	else {
		const key = `${a.module}#${a.order}`;
		if (activityOrders.has(key)) {
			fail(doc.label, `"order" ${a.order} is also used by ${activityOrders.get(key)}`);
		} else activityOrders.set(key, a.id);
	}
	if (!isPositiveInt(a.duration_min)) fail(doc.label, '"duration_min" must be a positive integer');
	if (doc.lines < ACTIVITY_LINES.min || doc.lines > ACTIVITY_LINES.max) {
		warn(doc.label, `${doc.lines} lines (aim for ${ACTIVITY_LINES.min}–${ACTIVITY_LINES.max})`);
	}

	const found = checkSections(report, doc, ACTIVITY_SECTIONS);
	const sizes = found.find((section) => section.title === GROUP_SECTION);
	if (sizes) {
		const text = sizes.lines.join('\n');
		if (!/\*\*Moins de /.test(text) || !/\*\*Plus de /.test(text)) {
			fail(
				doc.label,
				`"${GROUP_SECTION}" must say what to do with "**Moins de …**" and "**Plus de …**" participants`
			);
		}
	}
	const steps = found.find((section) => section.title === 'Déroulé');
	if (!steps) continue;
	let total = 0;
	let count = 0;
	for (const line of steps.lines) {
		if (!STEP_LINE.test(line)) continue;
		count += 1;
		const match = STEP_TIMING.exec(line);
		if (!match) {
			fail(doc.label, `step ${count} of "Déroulé" must start with a timing like "**5 min** —"`);
			continue;
		}
		total += Number(match[1].replace(',', '.'));
	}
	if (count < 2) fail(doc.label, '"Déroulé" must have at least two numbered steps');
	if (isPositiveInt(a.duration_min) && total !== a.duration_min) {
		fail(doc.label, `"Déroulé" steps add up to ${total} min, duration_min is ${a.duration_min}`);
	}
}

// Case studies: every figure with a source, a period and a status ---------------------------
for (const doc of cases) {
	const c = doc.data;
	requireText(report, doc, ['title', 'place', 'country']);
	requireDate(report, doc);
	checkEnumList(report, doc, 'themes', THEMES);
	checkEnumList(report, doc, 'levers', LEVERS);
	if (!RURAL_OR_URBAN.includes(c.rural_or_urban)) {
		fail(doc.label, `"rural_or_urban" must be one of ${RURAL_OR_URBAN.join(', ')}`);
	}
	const sourceById = new Map();
	if (!Array.isArray(c.sources) || c.sources.length === 0) {
		fail(doc.label, '"sources" must be a non-empty list');
	} else {
		c.sources.forEach((source, index) => {
			const where = `sources[${index}]`;
			if (!source || typeof source !== 'object') {
				fail(doc.label, `${where} must be a mapping`);
				return;
			}
			if (!isText(source.id)) fail(doc.label, `${where} needs an id`);
			else if (sourceById.has(source.id)) fail(doc.label, `${where} repeats the id "${source.id}"`);
			else sourceById.set(source.id, source);
			if (!isText(source.title)) fail(doc.label, `${where} needs a title`);
			if (!isText(source.publisher)) fail(doc.label, `${where} needs a publisher`);
			if (source.year !== undefined && !(Number.isInteger(source.year) && source.year > 1900)) {
				fail(doc.label, `${where} has an invalid year`);
			}
			if (source.url !== undefined && !/^https?:\/\/\S+$/.test(source.url)) {
				fail(doc.label, `${where} has an invalid url`);
			}
		});
	}
	const cited = checkFigureList(report, doc, sourceById);
	checkBodyFigures(report, doc.label, doc.body, Array.isArray(c.figures) ? c.figures : []);
	for (const id of sourceById.keys()) {
		if (!cited.has(id) && !doc.body.includes(`(${id})`)) {
			warn(doc.label, `source "${id}" is cited by no figure and not mentioned in the body`);
		}
	}
	checkSections(report, doc, CASE_SECTIONS);
}

// Resources, and the links between them and the activities -----------------------------------
const resourceById = checkResources(report, resources, activityById, caseById);

// Wording of every file, and internal links ---------------------------------------------------
for (const doc of [...modules, ...activities, ...cases, ...resources]) {
	checkWording(report, doc.label, doc.text);
}
for (const quiz of quizzes) checkWording(report, quiz.label, quiz.text);
const targets = {
	activity: activityById,
	module: moduleById,
	case: caseById,
	resource: resourceById
};
const linkSources = [...modules, ...activities, ...cases, ...resources];
const readme = join(root, 'README.md');
if (existsSync(readme)) {
	const text = readFileSync(readme, 'utf8');
	linkSources.push({ label: 'README.md', body: text });
	checkWording(report, 'README.md', text);
} else {
	fail('README.md', 'is missing');
}
let links = 0;
for (const doc of linkSources) {
	for (const match of doc.body.matchAll(LINK)) {
		links += 1;
		const [, kind, id] = match;
		if (!targets[kind].has(id)) fail(doc.label, `link to ${kind}:${id} does not resolve`);
	}
}

// Report ---------------------------------------------------------------------------------------
const countActivities = (moduleId) => activities.filter((a) => a.data.module === moduleId).length;
const perModule = modules
	.map((doc) => `${doc.data.id} (${countActivities(doc.data.id)})`)
	.join(', ');
console.log(`Content folder: ${root}`);
console.log(
	`${modules.length} modules, ${activities.length} activities, ${cases.length} case studies, ` +
		`${resources.length} resources, ${quizzes.length} quizzes, ${links} internal links`
);
console.log(`Activities per module: ${perModule}`);
for (const message of report.warnings) console.log(`warning  ${message}`);
for (const message of report.errors) console.log(`error    ${message}`);
if (report.errors.length > 0) {
	console.log(`FAILED: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`);
	process.exit(1);
}
console.log(`OK: no error, ${report.warnings.length} warning(s)`);
