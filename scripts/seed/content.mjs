// Loads the curriculum written in pocketbase/content/ (Markdown files with a YAML front matter:
// modules/, activities/, case-studies/, resources/; quizzes/<module>.yaml) and upserts it by `key`
// through the superuser-only import route. Idempotent: the route leaves a record whose fields
// are unchanged untouched, so re-running the seed does not move any `updated` date and devices
// pull only what was really edited. Owns the mapping from files to records; never edits a file
// and never deletes a record (a text removed from the folder stays until the national team
// deletes it in PocketBase's admin).
//
// Also a command, to load edited files into a running server:
//   node scripts/seed/content.mjs [http://127.0.0.1:8090]
// (superuser from PB_ADMIN_EMAIL / PB_ADMIN_PASSWORD, else the local scripts' superuser).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import PocketBase from 'pocketbase';
import { parse } from 'yaml';
import { LOCAL_SUPERUSER } from '../pocketbase/server.mjs';

/** The content folder of this repository. */
export const CONTENT_DIR = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../pocketbase/content'
);

/**
 * Splits a Markdown file into its front matter (parsed YAML) and its body.
 * @param {string} text
 * @param {string} label file name, for error messages
 * @returns {{ data: Record<string, any>, body: string }}
 */
export function parseDocument(text, label) {
	const source = text.replace(/\r\n?/g, '\n');
	const end = source.indexOf('\n---\n', 4);
	if (!source.startsWith('---\n') || end === -1) {
		throw new Error(`${label}: no YAML front matter between two --- lines`);
	}
	const data = parse(source.slice(4, end));
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new Error(`${label}: the front matter is not a YAML mapping`);
	}
	return { data, body: source.slice(end + 5).trim() };
}

/**
 * Every document of a sub-folder, sorted by file name.
 * @param {string} dir
 * @param {string} folder
 */
function readFolder(dir, folder) {
	const path = join(dir, folder);
	if (!existsSync(path)) return [];
	return readdirSync(path)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const document = parseDocument(readFileSync(join(path, name), 'utf8'), `${folder}/${name}`);
			if (typeof document.data.id !== 'string' || document.data.id === '') {
				throw new Error(`${folder}/${name}: "id" is missing`);
			}
			return document;
		});
}

/**
 * The quiz of a module from quizzes/<id>.yaml, as the app stores it: each question with its
 * choices as plain texts and `answer`, the index of the one correct choice.
 * @param {string} dir
 * @param {string} id
 */
function readQuiz(dir, id) {
	const path = join(dir, 'quizzes', `${id}.yaml`);
	if (!existsSync(path)) return [];
	const data = parse(readFileSync(path, 'utf8'));
	return list(data?.questions).map((question) => ({
		id: text(question.id),
		question: text(question.question),
		choices: list(question.choices).map((choice) => text(choice.text)),
		answer: list(question.choices).findIndex((choice) => choice.correct === true),
		explanation: text(question.explanation),
		...(question.case ? { case: text(question.case) } : {})
	}));
}

/** @param {unknown} value @returns {any[]} */
const list = (value) => (Array.isArray(value) ? value : []);
/** @param {unknown} value */
const text = (value) => (value === undefined || value === null ? '' : String(value));

/** @param {unknown} item @returns {{ id: string, text: string }} */
const objective = (item) =>
	item !== null && typeof item === 'object'
		? { id: text(/** @type {any} */ (item).id), text: text(/** @type {any} */ (item).text) }
		: { id: '', text: text(item) };

/**
 * @param {{ data: Record<string, any>, body: string }} doc
 * @param {string} dir
 */
function moduleRecord({ data, body }, dir) {
	const objectives = list(data.objectives).map(objective);
	return {
		key: data.id,
		volet: data.volet,
		audience: data.audience === 'facilitateur' ? 'facilitateur' : 'elu',
		order: data.order ?? 0,
		title: text(data.title),
		duration_min: data.duration_min ?? 0,
		modality: list(data.modality),
		summary: text(data.summary),
		// One set of objectives: the texts for today's screens, the same items with their ids for
		// the ratings (self-positioning and feedback) that must keep pointing at them.
		objectives: objectives.map((item) => item.text),
		objective_items: objectives,
		quiz: readQuiz(dir, data.id),
		agenda: list(data.agenda).map((item) => ({
			title: text(item.title),
			minutes: item.minutes ?? 0,
			...(item.activity ? { activity: String(item.activity) } : {})
		})),
		takeaways: list(data.takeaways),
		body
	};
}

/** @param {{ data: Record<string, any>, body: string }} doc */
function activityRecord({ data, body }) {
	return {
		key: data.id,
		module: text(data.module),
		order: data.order ?? 0,
		title: text(data.title),
		duration_min: data.duration_min ?? 0,
		method: text(data.method),
		purpose: text(data.purpose),
		group_size: text(data.group_size),
		materials: list(data.materials),
		resources: list(data.resources).map(text),
		body
	};
}

/** @param {{ data: Record<string, any>, body: string }} doc */
function resourceRecord({ data, body }) {
	/** @type {Record<string, unknown>} */
	const structured = {};
	for (const name of ['sequence', 'followup', 'rules']) {
		if (data[name] !== undefined) structured[name] = data[name];
	}
	return {
		key: data.id,
		title: text(data.title),
		kind: text(data.kind),
		summary: text(data.summary),
		volet: text(data.volet),
		format: text(data.format),
		activities: list(data.activities).map(text),
		case: text(data.case),
		app_text: text(data.app_text),
		data: structured,
		body
	};
}

/** @param {{ data: Record<string, any>, body: string }} doc */
function caseStudyRecord({ data, body }) {
	return {
		key: data.id,
		kind: 'case_study',
		title: text(data.title),
		summary: text(data.summary),
		place: text(data.place),
		country: text(data.country),
		themes: list(data.themes),
		levers: list(data.levers),
		rural_or_urban: text(data.rural_or_urban),
		figures: list(data.figures),
		sources: list(data.sources),
		body
	};
}

/**
 * The curriculum of `dir` as records of the four collections (field names of the schema).
 * @param {string} [dir]
 */
export function loadContent(dir = CONTENT_DIR) {
	return {
		modules: readFolder(dir, 'modules').map((doc) => moduleRecord(doc, dir)),
		activities: readFolder(dir, 'activities').map(activityRecord),
		resources: readFolder(dir, 'resources').map(resourceRecord),
		good_practices: readFolder(dir, 'case-studies').map(caseStudyRecord)
	};
}

/**
 * Upserts the whole curriculum, one import request per collection. Resolves with the counts the
 * route reports (`created`, `updated`, `unchanged`) per collection.
 * @param {import('pocketbase').default} pb a client signed in as a superuser
 * @param {{ dir?: string, log?: (line: string) => void }} [options]
 */
export async function seedContent(pb, options = {}) {
	const log = options.log ?? (() => {});
	const dir = options.dir ?? CONTENT_DIR;
	if (!existsSync(dir)) return {};
	const content = loadContent(dir);
	/** @type {Record<string, { created: number, updated: number, unchanged: number }>} */
	const counts = {};
	for (const [collection, records] of Object.entries(content)) {
		if (records.length === 0) continue;
		counts[collection] = await pb.send('/api/collab/admin/import', {
			method: 'POST',
			body: { collection, records }
		});
	}
	log(
		'curriculum : ' +
			Object.entries(counts)
				.map(
					([name, c]) =>
						`${name} ${c.created} créés, ${c.updated} modifiés, ${c.unchanged} inchangés`
				)
				.join(' ; ')
	);
	return counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const pb = new PocketBase(process.argv[2] ?? 'http://127.0.0.1:8090');
	pb.autoCancellation(false);
	await pb
		.collection('_superusers')
		.authWithPassword(LOCAL_SUPERUSER.email, LOCAL_SUPERUSER.password);
	await seedContent(pb, { log: console.log });
}
