// A vote in a consultation: one per consultation and élu, whose record id is derived from both so
// that every device of the élu, and every replay, writes the same row (the server checks the id).
// Pure: no storage, no network.
import { derivedId } from '$lib/domain/canonical';

/** The record id of `user`'s vote in `consultation`: 15 hex digits of SHA-256("<c>/<user>"). */
export function voteId(consultation: string, user: string): Promise<string> {
	return derivedId(`${consultation}/${user}`);
}

/** The data of a vote record as a device sends it. */
export interface VoteData {
	consultation: string;
	/** Option keys (a question) or proposal ids (open proposals). */
	choices: string[];
	/** When the élu voted, on this device's clock (ISO 8601, UTC). */
	cast_at: string;
}

/** Why `choices` cannot be a vote in a consultation of these options, or '' (French). */
export function choicesProblem(
	choices: readonly string[],
	allowed: readonly string[],
	multiple: boolean
): string {
	if (choices.length === 0) return 'Choisissez au moins une réponse.';
	if (!multiple && choices.length > 1) return 'Cette question n’admet qu’une seule réponse.';
	if (new Set(choices).size !== choices.length) return 'Une réponse est choisie deux fois.';
	const unknown = choices.find((choice) => !allowed.includes(choice));
	return unknown === undefined ? '' : 'Cette réponse ne fait pas partie des options.';
}
