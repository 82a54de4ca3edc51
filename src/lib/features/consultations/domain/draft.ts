// A consultation an organiser (the national team, a coordinator) is writing: what the form holds,
// why it cannot be opened yet (in French), and the record data it becomes. Pure.
import { CONSULTATION_LIMITS } from './limits';

export interface ConsultationDraft {
	spaceKind: 'national' | 'region' | 'departement';
	spaceCode: string;
	title: string;
	context: string;
	kind: 'choice' | 'proposals';
	multiple: boolean;
	/** One option per line (a question). */
	optionsText: string;
	/** The closing, as the device's local date and time fields give it. */
	closesDate: string;
	closesTime: string;
}

/** The options of a draft: trimmed non-empty lines, keyed o1, o2… */
export function draftOptions(draft: Pick<ConsultationDraft, 'optionsText'>) {
	return draft.optionsText
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((label, i) => ({ key: `o${i + 1}`, label }));
}

/** The closing time of a draft (ms, local date and time), or NaN. */
export function draftClosing(draft: Pick<ConsultationDraft, 'closesDate' | 'closesTime'>): number {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.closesDate) || !/^\d{2}:\d{2}$/.test(draft.closesTime)) {
		return NaN;
	}
	return new Date(`${draft.closesDate}T${draft.closesTime}:00`).getTime();
}

/** Why the draft cannot be opened at `now`, in French, or ''. */
export function draftProblem(draft: ConsultationDraft, now: number): string {
	const title = draft.title.trim();
	if (!title) return 'Donnez un titre à la consultation.';
	if (title.length > CONSULTATION_LIMITS.titleMax) {
		return `Le titre fait ${title.length} caractères ; il en faut ${CONSULTATION_LIMITS.titleMax} au plus.`;
	}
	if (draft.context.length > CONSULTATION_LIMITS.contextMax) {
		return `Le contexte fait ${draft.context.length} caractères ; il en faut ${CONSULTATION_LIMITS.contextMax} au plus.`;
	}
	if (draft.kind === 'choice') {
		const options = draftOptions(draft);
		if (options.length < 2 || options.length > CONSULTATION_LIMITS.optionsMax) {
			return `Écrivez de 2 à ${CONSULTATION_LIMITS.optionsMax} réponses possibles, une par ligne.`;
		}
		if (options.some((o) => o.label.length > CONSULTATION_LIMITS.optionLabelMax)) {
			return `Une réponse possible dépasse ${CONSULTATION_LIMITS.optionLabelMax} caractères.`;
		}
	}
	const closes = draftClosing(draft);
	if (Number.isNaN(closes)) return 'Indiquez la date et l’heure de clôture.';
	if (closes <= now) return 'La date de clôture est déjà passée : choisissez une date à venir.';
	return '';
}

/** The record data of a draft that draftProblem accepted. */
export function draftData(draft: ConsultationDraft): Record<string, unknown> {
	return {
		space_kind: draft.spaceKind,
		space_code: draft.spaceKind === 'national' ? '' : draft.spaceCode,
		title: draft.title.trim(),
		context: draft.context,
		kind: draft.kind,
		multiple: draft.kind === 'proposals' ? true : draft.multiple,
		options: draft.kind === 'choice' ? draftOptions(draft) : [],
		closes_at: new Date(draftClosing(draft)).toISOString(),
		synthesis: ''
	};
}
