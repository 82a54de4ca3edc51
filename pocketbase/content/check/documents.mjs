// Shared plumbing of the content checker: reading Markdown and YAML files, collecting errors and
// warnings, and small validators. Owns nothing about what the curriculum must contain (the rules
// live in the sibling modules); never writes a file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'];

/** Collects the broken rules and the advice of one run of the checker. */
export class Report {
	errors = [];
	warnings = [];
	/** @param {string} file @param {string} message */
	fail(file, message) {
		this.errors.push(`${file}: ${message}`);
	}
	/** @param {string} file @param {string} message */
	warn(file, message) {
		this.warnings.push(`${file}: ${message}`);
	}
}

export const isText = (value) => typeof value === 'string' && value.trim().length > 0;
export const isPositiveInt = (value) => Number.isInteger(value) && value > 0;

/**
 * Splits a Markdown file into its YAML front matter (parsed) and its body.
 * @param {Report} report
 * @param {string} path
 * @param {string} label file name relative to the content folder, for messages
 */
export function readDocument(report, path, label) {
	const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
	if (!text.startsWith('---\n')) {
		report.fail(label, 'the file must start with a YAML front matter block (---)');
		return null;
	}
	const end = text.indexOf('\n---\n', 4);
	if (end === -1) {
		report.fail(label, 'the front matter block is not closed (---)');
		return null;
	}
	let data;
	try {
		data = parse(text.slice(4, end));
	} catch (error) {
		report.fail(label, `the front matter is not valid YAML: ${error.message.split('\n')[0]}`);
		return null;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		report.fail(label, 'the front matter must be a YAML mapping');
		return null;
	}
	return { data, body: text.slice(end + 5), text, lines: text.split('\n').length, label };
}

/**
 * Every .md document of a sub-folder; the id of each must match its file name.
 * @param {Report} report
 * @param {string} root
 * @param {string} folder
 * @param {{ optional?: boolean }} [options]
 */
export function loadFolder(report, root, folder, options = {}) {
	const dir = join(root, folder);
	if (!existsSync(dir)) {
		if (!options.optional) report.fail(folder, 'folder is missing');
		return [];
	}
	const docs = [];
	for (const name of readdirSync(dir).sort()) {
		if (!name.endsWith('.md')) continue;
		const doc = readDocument(report, join(dir, name), `${folder}/${name}`);
		if (!doc) continue;
		const expected = name.slice(0, -3);
		if (doc.data.id !== expected) {
			report.fail(doc.label, `id "${doc.data.id}" must equal the file name "${expected}"`);
		}
		if (typeof doc.data.id !== 'string' || !ID_PATTERN.test(doc.data.id)) {
			report.fail(doc.label, 'id must be lowercase letters, digits and single dashes');
		}
		docs.push(doc);
	}
	return docs;
}

/**
 * Every .yaml file of a sub-folder, parsed, keyed by file name without extension.
 * @param {Report} report
 * @param {string} root
 * @param {string} folder
 */
export function loadYamlFolder(report, root, folder) {
	const dir = join(root, folder);
	if (!existsSync(dir)) {
		report.fail(folder, 'folder is missing');
		return [];
	}
	const files = [];
	for (const name of readdirSync(dir).sort()) {
		if (!name.endsWith('.yaml')) continue;
		const label = `${folder}/${name}`;
		const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n');
		try {
			files.push({ name: name.slice(0, -5), label, data: parse(text), text });
		} catch (error) {
			report.fail(label, `not valid YAML: ${error.message.split('\n')[0]}`);
		}
	}
	return files;
}

/** Returns the `## ` headings of a body, in order, and the lines under each. */
export function sections(body) {
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

/**
 * Checks that the `##` sections of a document are exactly `required`, in order, none empty.
 * @param {Report} report
 */
export function checkSections(report, doc, required) {
	const found = sections(doc.body);
	const titles = found.map((section) => section.title);
	if (titles.join('|') !== required.join('|')) {
		report.fail(
			doc.label,
			`the ## sections must be exactly, in this order: ${required.join(' / ')} ` +
				`(found: ${titles.join(' / ') || 'none'})`
		);
	}
	for (const section of found) {
		if (!section.lines.some((line) => line.trim())) {
			report.fail(doc.label, `section "${section.title}" is empty`);
		}
	}
	return found;
}

/** @param {Report} report */
export function requireText(report, doc, keys) {
	for (const key of keys) {
		if (!isText(doc.data[key])) report.fail(doc.label, `"${key}" must be a non-empty string`);
	}
}

/** @param {Report} report */
export function requireTextList(report, doc, key) {
	const list = doc.data[key];
	if (!Array.isArray(list) || list.length === 0 || !list.every(isText)) {
		report.fail(doc.label, `"${key}" must be a non-empty list of strings`);
		return [];
	}
	return list;
}

/** @param {Report} report */
export function requireDate(report, doc) {
	const value = doc.data.updated;
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
		report.fail(doc.label, '"updated" must be an ISO date (YYYY-MM-DD)');
	} else if (Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
		report.fail(doc.label, `"updated" is not a real date: ${text}`);
	}
}

/** @param {Report} report */
export function checkEnumList(report, doc, key, allowed) {
	const list = requireTextList(report, doc, key);
	for (const item of list) {
		if (!allowed.includes(item)) report.fail(doc.label, `"${key}" has an unknown value "${item}"`);
	}
	if (new Set(list).size !== list.length) report.fail(doc.label, `"${key}" lists a value twice`);
}
