// Rules a project's fields must follow, checked on the device before anything is saved: a value
// that breaks one is refused whole (nothing partial reaches the document). Each error is a
// message key of the `projects` catalogue (French first), never a sentence here.
import { isImpactTheme, isSymbioticLever } from '$lib/domain/programme';
import { parseNumber } from './canvas';
import { isStakeholderType, type ProjectListItems, type ProjectListName } from './types';

export const TITLE_MAX = 200;
export const LOG_TEXT_MAX = 5000;

/** Photos attached to one log entry (the photos feature enforces it when they are picked). */
export const MAX_PHOTOS_PER_ENTRY = 6;

/** Each free-text field of the canvas (local problem, solution, description). */
export const TEXT_FIELD_MAX = 20_000;
/** Names, labels, units, stakeholder roles, method steps. */
export const NAME_MAX = 200;
export const LONG_LINE_MAX = 1000;
export const UNIT_MAX = 40;
/** Items per list (stakeholders, steps, milestones, indicators, funders, measurements). */
export const LIST_MAX = 100;
/** Euros: more than any commune project, less than where floats lose cents. */
export const AMOUNT_MAX = 1e12;

export type ProjectError =
	| 'projects.errors.titleRequired'
	| 'projects.errors.titleTooLong'
	| 'projects.errors.logTextRequired'
	| 'projects.errors.logTextTooLong'
	| 'projects.errors.logDateInvalid'
	| 'projects.errors.tooManyPhotos'
	| 'projects.errors.photosNotSaved'
	| 'projects.errors.textTooLong'
	| 'projects.errors.nameRequired'
	| 'projects.errors.nameTooLong'
	| 'projects.errors.lineTooLong'
	| 'projects.errors.unitTooLong'
	| 'projects.errors.typeInvalid'
	| 'projects.errors.dateInvalid'
	| 'projects.errors.numberInvalid'
	| 'projects.errors.amountInvalid'
	| 'projects.errors.listFull'
	| 'projects.errors.tagInvalid';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Is `date` a real day written `YYYY-MM-DD`? */
export function isDay(date: string): boolean {
	return DATE.test(date) && !Number.isNaN(Date.parse(date));
}

/** The error of a title, or null when it is valid (required, at most 200 characters). */
export function validateTitle(title: string): ProjectError | null {
	const trimmed = title.trim();
	if (!trimmed) return 'projects.errors.titleRequired';
	if (trimmed.length > TITLE_MAX) return 'projects.errors.titleTooLong';
	return null;
}

/** The error of a free-text canvas field, or null (at most 20 000 characters). */
export function validateText(text: string): ProjectError | null {
	return text.length > TEXT_FIELD_MAX ? 'projects.errors.textTooLong' : null;
}

/** The error of a log entry, or null (text 1..5000 characters, date `YYYY-MM-DD`). */
export function validateLogEntry(entry: {
	text: string;
	date: string;
	photos?: number;
}): ProjectError | null {
	const text = entry.text.trim();
	if (!text && !entry.photos) return 'projects.errors.logTextRequired';
	if ((entry.photos ?? 0) > MAX_PHOTOS_PER_ENTRY) return 'projects.errors.tooManyPhotos';
	if (text.length > LOG_TEXT_MAX) return 'projects.errors.logTextTooLong';
	if (!isDay(entry.date)) return 'projects.errors.logDateInvalid';
	return null;
}

/** The error of a list of themes or levers, or null (known keys of the programme only). */
export function validateTags(
	kind: 'themes' | 'levers',
	tags: readonly string[]
): ProjectError | null {
	const known = kind === 'themes' ? isImpactTheme : isSymbioticLever;
	return tags.every(known) ? null : 'projects.errors.tagInvalid';
}

function name(value: string, required = true): ProjectError | null {
	if (required && !value.trim()) return 'projects.errors.nameRequired';
	return value.trim().length > NAME_MAX ? 'projects.errors.nameTooLong' : null;
}

function line(value: string): ProjectError | null {
	return value.trim().length > LONG_LINE_MAX ? 'projects.errors.lineTooLong' : null;
}

function amount(value: number | null): ProjectError | null {
	if (value === null) return null;
	return Number.isFinite(value) && value >= 0 && value <= AMOUNT_MAX
		? null
		: 'projects.errors.amountInvalid';
}

/** The error of a (partial) item of a canvas list, or null. */
export function validateItem<L extends ProjectListName>(
	list: L,
	item: Partial<ProjectListItems[L]>
): ProjectError | null {
	const fields = item as Partial<Record<string, unknown>>;
	const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : null);
	const checks: (ProjectError | null)[] = [];
	if (text('name') !== null) checks.push(name(text('name')!));
	if (text('label') !== null) checks.push(name(text('label')!));
	if (text('role') !== null) checks.push(line(text('role')!));
	if (list === 'method' && text('text') !== null) {
		checks.push(text('text')!.trim() ? line(text('text')!) : 'projects.errors.nameRequired');
	}
	if (text('unit') !== null && text('unit')!.trim().length > UNIT_MAX) {
		checks.push('projects.errors.unitTooLong');
	}
	if ('type' in fields && !isStakeholderType(fields.type))
		checks.push('projects.errors.typeInvalid');
	if (text('date') !== null && text('date') !== '' && !isDay(text('date')!)) {
		checks.push('projects.errors.dateInvalid');
	}
	for (const key of ['baseline', 'target']) {
		const value = fields[key];
		if (key in fields && value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
			checks.push('projects.errors.numberInvalid');
		}
	}
	if ('amount' in fields) checks.push(amount(fields.amount as number | null));
	return checks.find((c) => c !== null) ?? null;
}

/**
 * Reads a measurement as typed: a valid day and a number ("12,5" or "12.5"). Returns the value,
 * or the error (a value that is not a number is refused, nothing is saved).
 */
export function parseMeasurement(input: {
	date: string;
	value: string;
}): { date: string; value: number } | { error: ProjectError } {
	if (!isDay(input.date)) return { error: 'projects.errors.dateInvalid' };
	const value = parseNumber(input.value);
	if (value === null) return { error: 'projects.errors.numberInvalid' };
	return { date: input.date, value };
}

/** Reads an optional number as typed (empty is null); `undefined` when it is not a number. */
export function parseOptionalNumber(input: string): number | null | undefined {
	if (!input.trim()) return null;
	return parseNumber(input) ?? undefined;
}

/** Reads a budget or funding amount as typed: empty is null, else a number of euros ≥ 0. */
export function parseAmount(input: string): { amount: number | null } | { error: ProjectError } {
	const value = parseOptionalNumber(input);
	if (value === undefined) return { error: 'projects.errors.amountInvalid' };
	const error = amount(value);
	return error ? { error } : { amount: value };
}
