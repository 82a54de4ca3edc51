// Rules a project's fields must follow, checked on the device before anything is saved. Each
// error is a message key of the `projects` catalogue (French first), never a sentence here.

export const TITLE_MAX = 200;
export const LOG_TEXT_MAX = 5000;
export const DESCRIPTION_MAX = 20_000;

export type ProjectError =
	| 'projects.errors.titleRequired'
	| 'projects.errors.titleTooLong'
	| 'projects.errors.logTextRequired'
	| 'projects.errors.logTextTooLong'
	| 'projects.errors.logDateInvalid'
	| 'projects.errors.descriptionTooLong';

/** The error of a title, or null when it is valid (required, at most 200 characters). */
export function validateTitle(title: string): ProjectError | null {
	const trimmed = title.trim();
	if (!trimmed) return 'projects.errors.titleRequired';
	if (trimmed.length > TITLE_MAX) return 'projects.errors.titleTooLong';
	return null;
}

/** The error of a description, or null (at most 20 000 characters). */
export function validateDescription(text: string): ProjectError | null {
	return text.length > DESCRIPTION_MAX ? 'projects.errors.descriptionTooLong' : null;
}

/** The error of a log entry, or null (text 1..5000 characters, date `YYYY-MM-DD`). */
export function validateLogEntry(entry: { text: string; date: string }): ProjectError | null {
	const text = entry.text.trim();
	if (!text) return 'projects.errors.logTextRequired';
	if (text.length > LOG_TEXT_MAX) return 'projects.errors.logTextTooLong';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date))) {
		return 'projects.errors.logDateInvalid';
	}
	return null;
}
