// Rules of the project canvas that are neither storage nor display: reading numbers typed the
// French way, the short summary lists and dashboards show, and when a change deserves a new
// line in the history. Pure functions: no storage, no Yjs, no i18n.
import type { Project, ProjectHistoryEntry, ProjectSection } from './types';

/** The longest summary the server accepts is 5000; lists show far less. */
export const SUMMARY_MAX = 500;

/** Changes of one section by one person closer than this make a single history line. */
export const HISTORY_COALESCE_MS = 10 * 60 * 1000;

/**
 * A number typed by a person: "1 234,5", "1234.5", "12 000 €", "-3". Returns null when the text
 * is empty or is not a number (letters, two decimal separators, …).
 */
export function parseNumber(input: string): number | null {
	const cleaned = input
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/€$/, '')
		.replace(',', '.');
	if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
	const value = Number(cleaned);
	return Number.isFinite(value) ? value : null;
}

/**
 * The summary of a project for its `projects` record: the local problem (else the
 * description), on one line, cut at a word under SUMMARY_MAX characters.
 */
export function summaryOf(project: Pick<Project, 'local_problem' | 'description'>): string {
	const text = (project.local_problem.trim() || project.description.trim()).replace(/\s+/g, ' ');
	if (text.length <= SUMMARY_MAX) return text;
	const cut = text.slice(0, SUMMARY_MAX - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

/** The fields of a project's `projects` summary record (pocketbase/README.md, "projects"). */
export function summaryFields(project: Project) {
	return {
		commune: project.commune,
		title: project.title,
		status: project.status,
		themes: project.themes,
		levers: project.levers,
		summary: summaryOf(project)
	};
}

/**
 * Whether a change of `section` by `author` at `at` needs a new history line: not when the same
 * person changed the same section a moment ago (typing a paragraph is one change).
 */
export function needsHistoryLine(
	history: readonly ProjectHistoryEntry[],
	change: { author: string; section: ProjectSection; at: number }
): boolean {
	for (let i = history.length - 1; i >= 0 && i >= history.length - 20; i--) {
		const line = history[i]!;
		if (line.author !== change.author) continue;
		if (line.section === change.section && change.at - line.at < HISTORY_COALESCE_MS) return false;
		break;
	}
	return true;
}

/** History newest first (by time, then as merged). */
export function sortHistory(history: readonly ProjectHistoryEntry[]): ProjectHistoryEntry[] {
	return history
		.map((line, index) => ({ line, index }))
		.sort((a, b) => b.line.at - a.line.at || b.index - a.index)
		.map(({ line }) => line);
}

/** Changes by one person this close together read as one burst ("a modifié A, B et C"). */
export const BURST_MS = 10 * 60 * 1000;

/** A burst of changes by one person: its sections oldest change first, each once. */
export interface HistoryBurst {
	author: string;
	name: string;
	/** The newest change of the burst. */
	at: number;
	/** The oldest change of the burst. */
	from: number;
	sections: ProjectHistoryEntry['section'][];
}

/**
 * Groups a history sorted newest first (sortHistory) into bursts: consecutive lines by the same
 * author, each within `gap` ms of the previous one, make one line (a creation writes ~10 lines
 * within a second; a session of edits within minutes). Each section appears once per burst.
 */
export function groupHistory(
	sorted: readonly ProjectHistoryEntry[],
	gap: number = BURST_MS
): HistoryBurst[] {
	const bursts: HistoryBurst[] = [];
	for (const line of sorted) {
		const last = bursts.at(-1);
		if (last && last.author === line.author && last.from - line.at <= gap) {
			last.from = line.at;
			if (!last.sections.includes(line.section)) last.sections.unshift(line.section);
			continue;
		}
		bursts.push({
			author: line.author,
			name: line.name,
			at: line.at,
			from: line.at,
			sections: [line.section]
		});
	}
	return bursts;
}

/**
 * The name of each author as the history last recorded it (by user id): log entries carry only
 * the author's id, and every author of an entry has a history line for the log.
 */
export function authorNames(history: readonly ProjectHistoryEntry[]): Record<string, string> {
	const names: Record<string, string> = {};
	for (const line of [...history].sort((a, b) => a.at - b.at)) {
		if (line.name) names[line.author] = line.name;
	}
	return names;
}
