#!/usr/bin/env node
// Checks the curriculum content (modules, activities, case studies) of this folder.
// Owns: reading the Markdown files, parsing their YAML front matter, and reporting every rule
// broken, with the file and the reason. It never writes or fixes anything.
//
// Usage: node pocketbase/content/check.mjs [content-dir]
// (content-dir defaults to the folder this script lives in). Exit code 1 when a rule is broken.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = process.argv[2] ? resolve(process.argv[2]) : dirname(fileURLToPath(import.meta.url));

const VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'];
const MODALITIES = ['presentiel', 'distanciel'];
const THEMES = [
	'relance_economique',
	'emploi',
	'relocalisation',
	'regeneration_ecosystemes',
	'resilience_alimentaire',
	'fracture_numerique',
	'eau',
	'energie',
	'dechets',
	'revitalisation_democratique',
	'progres_social'
];
const LEVERS = [
	'open_data',
	'economie_circulaire',
	'economie_bleue',
	'biomimetisme',
	'urbanisme_multifonctionnel',
	'ingenierie_ecologique',
	'permaculture',
	'intelligence_collective',
	'economie_information',
	'communs'
];
const RURAL_OR_URBAN = ['rural', 'urbain', 'les_deux'];
const ACTIVITY_SECTIONS = [
	'Objectif',
	'Déroulé',
	'Matériel',
	'Variante à distance',
	'Variantes rurale et urbaine',
	'Pièges à éviter',
	"Ce que l'élu emporte"
];
const CASE_SECTIONS = [
	'Le problème',
	'La solution',
	'Ce qui a changé',
	"Ce qu'une commune peut en retenir"
];
const AGENDA_TOLERANCE_MIN = 10;
const STEPS_TOLERANCE_MIN = 2;
const ACTIVITY_LINES = { min: 60, max: 150 };
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STEP_LINE = /^\d+\.\s/;
const STEP_TIMING = /^\d+\.\s+\*\*(\d+(?:[.,]\d+)?)\s*min\*\*\s+—\s+\S/;
const LINK = /\]\((activity|module|case):([^)\s]*)\)/g;

const errors = [];
const warnings = [];
const fail = (file, message) => errors.push(`${file}: ${message}`);
const warn = (file, message) => warnings.push(`${file}: ${message}`);

/** Splits a Markdown file into its YAML front matter (parsed) and its body. */
function readDocument(path, label) {
	const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
	if (!text.startsWith('---\n')) {
		fail(label, 'the file must start with a YAML front matter block (---)');
		return null;
	}
	const end = text.indexOf('\n---\n', 4);
	if (end === -1) {
		fail(label, 'the front matter block is not closed (---)');
		return null;
	}
	let data;
	try {
		data = parse(text.slice(4, end));
	} catch (error) {
		fail(label, `the front matter is not valid YAML: ${error.message.split('\n')[0]}`);
		return null;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		fail(label, 'the front matter must be a YAML mapping');
		return null;
	}
	return { data, body: text.slice(end + 5), lines: text.split('\n').length, label };
}

/** Loads every .md file of a sub-folder; the id of each document must match its file name. */
function loadFolder(folder) {
	const dir = join(root, folder);
	if (!existsSync(dir)) {
		fail(folder, 'folder is missing');
		return [];
	}
	const docs = [];
	for (const name of readdirSync(dir).sort()) {
		if (!name.endsWith('.md')) continue;
		const doc = readDocument(join(dir, name), `${folder}/${name}`);
		if (!doc) continue;
		const expected = name.slice(0, -3);
		if (doc.data.id !== expected) {
			fail(doc.label, `id "${doc.data.id}" must equal the file name "${expected}"`);
		}
		if (typeof doc.data.id !== 'string' || !ID_PATTERN.test(doc.data.id)) {
			fail(doc.label, 'id must be lowercase letters, digits and single dashes');
		}
		docs.push(doc);
	}
	return docs;
}

const isText = (value) => typeof value === 'string' && value.trim().length > 0;
const isPositiveInt = (value) => Number.isInteger(value) && value > 0;

function requireText(doc, keys) {
	for (const key of keys) {
		if (!isText(doc.data[key])) fail(doc.label, `"${key}" must be a non-empty string`);
	}
}

function requireTextList(doc, key) {
	const list = doc.data[key];
	if (!Array.isArray(list) || list.length === 0 || !list.every(isText)) {
		fail(doc.label, `"${key}" must be a non-empty list of strings`);
		return [];
	}
	return list;
}

function requireDate(doc) {
	const value = doc.data.updated;
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
		fail(doc.label, '"updated" must be an ISO date (YYYY-MM-DD)');
	} else if (Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
		fail(doc.label, `"updated" is not a real date: ${text}`);
	}
}

function checkEnumList(doc, key, allowed) {
	const list = requireTextList(doc, key);
	for (const item of list) {
		if (!allowed.includes(item)) fail(doc.label, `"${key}" has an unknown value "${item}"`);
	}
	if (new Set(list).size !== list.length) fail(doc.label, `"${key}" lists a value twice`);
}

/** Returns the `## ` headings of a body, in order, and the text under each. */
function sections(body) {
	const result = [];
	let current = null;
	for (const line of body.split('\n')) {
		const match = /^## (.+?)\s*$/.exec(line);
		if (match) {
			current = { title: match[1], lines: [] };
			result.push(current);
		} else if (current) {
			current.lines.push(line);
		}
	}
	return result;
}

function checkSections(doc, required) {
	const found = sections(doc.body);
	const titles = found.map((section) => section.title);
	if (titles.join('|') !== required.join('|')) {
		fail(
			doc.label,
			`the ## sections must be exactly, in this order: ${required.join(' / ')} ` +
				`(found: ${titles.join(' / ') || 'none'})`
		);
	}
	for (const section of found) {
		if (!section.lines.some((line) => line.trim())) {
			fail(doc.label, `section "${section.title}" is empty`);
		}
	}
	return found;
}

// ---------------------------------------------------------------------------------------------

const modules = loadFolder('modules');
const activities = loadFolder('activities');
const cases = loadFolder('case-studies');

const allIds = new Map();
for (const doc of [...modules, ...activities, ...cases]) {
	const id = doc.data.id;
	if (allIds.has(id)) fail(doc.label, `id "${id}" is already used by ${allIds.get(id)}`);
	else allIds.set(id, doc.label);
}
const moduleById = new Map(modules.map((doc) => [doc.data.id, doc]));
const activityById = new Map(activities.map((doc) => [doc.data.id, doc]));
const caseById = new Map(cases.map((doc) => [doc.data.id, doc]));

// Modules --------------------------------------------------------------------------------------
const moduleOrders = new Map();
for (const doc of modules) {
	const m = doc.data;
	requireText(doc, ['title', 'summary']);
	requireTextList(doc, 'objectives');
	requireTextList(doc, 'takeaways');
	requireDate(doc);
	if (!VOLETS.includes(m.volet)) fail(doc.label, `"volet" must be one of ${VOLETS.join(', ')}`);
	if (!isPositiveInt(m.order)) fail(doc.label, '"order" must be a positive integer');
	else if (moduleOrders.has(m.order)) {
		fail(doc.label, `"order" ${m.order} is already used by ${moduleOrders.get(m.order)}`);
	} else moduleOrders.set(m.order, m.id);
	if (!isPositiveInt(m.duration_min)) fail(doc.label, '"duration_min" must be a positive integer');
	checkEnumList(doc, 'modality', MODALITIES);

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
	if (Math.abs(total - m.duration_min) > AGENDA_TOLERANCE_MIN) {
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

// Activities -----------------------------------------------------------------------------------
const activityOrders = new Map();
for (const doc of activities) {
	const a = doc.data;
	requireText(doc, ['title', 'method', 'purpose', 'group_size']);
	requireTextList(doc, 'materials');
	requireDate(doc);
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

	const found = checkSections(doc, ACTIVITY_SECTIONS);
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
	if (isPositiveInt(a.duration_min) && Math.abs(total - a.duration_min) > STEPS_TOLERANCE_MIN) {
		fail(doc.label, `"Déroulé" steps add up to ${total} min, duration_min is ${a.duration_min}`);
	}
}

// Case studies ---------------------------------------------------------------------------------
for (const doc of cases) {
	const c = doc.data;
	requireText(doc, ['title', 'place', 'country']);
	requireDate(doc);
	checkEnumList(doc, 'themes', THEMES);
	checkEnumList(doc, 'levers', LEVERS);
	if (!RURAL_OR_URBAN.includes(c.rural_or_urban)) {
		fail(doc.label, `"rural_or_urban" must be one of ${RURAL_OR_URBAN.join(', ')}`);
	}
	const sourceIds = new Set();
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
			else if (sourceIds.has(source.id)) fail(doc.label, `${where} repeats the id "${source.id}"`);
			else sourceIds.add(source.id);
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
	const cited = new Set();
	if (!Array.isArray(c.figures) || c.figures.length === 0) {
		fail(doc.label, '"figures" must be a non-empty list');
	} else {
		c.figures.forEach((figure, index) => {
			const where = `figures[${index}]`;
			if (!figure || typeof figure !== 'object') {
				fail(doc.label, `${where} must be a mapping`);
				return;
			}
			if (!isText(figure.value) && typeof figure.value !== 'number') {
				fail(doc.label, `${where} needs a value`);
			}
			if (!isText(figure.label)) fail(doc.label, `${where} needs a label`);
			if (!isText(figure.source)) fail(doc.label, `${where} needs a source id`);
			else if (!sourceIds.has(figure.source)) {
				fail(doc.label, `${where} cites a missing source "${figure.source}"`);
			} else cited.add(figure.source);
		});
	}
	for (const id of sourceIds) {
		if (!cited.has(id) && !doc.body.includes(`(${id})`)) {
			warn(doc.label, `source "${id}" is cited by no figure and not mentioned in the body`);
		}
	}
	checkSections(doc, CASE_SECTIONS);
}

// Internal links -------------------------------------------------------------------------------
const targets = { activity: activityById, module: moduleById, case: caseById };
const linkSources = [...modules, ...activities, ...cases];
const readme = join(root, 'README.md');
if (existsSync(readme)) {
	linkSources.push({ label: 'README.md', body: readFileSync(readme, 'utf8') });
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
		`${links} internal links`
);
console.log(`Activities per module: ${perModule}`);
for (const message of warnings) console.log(`warning  ${message}`);
for (const message of errors) console.log(`error    ${message}`);
if (errors.length > 0) {
	console.log(`FAILED: ${errors.length} error(s), ${warnings.length} warning(s)`);
	process.exit(1);
}
console.log(`OK: no error, ${warnings.length} warning(s)`);
