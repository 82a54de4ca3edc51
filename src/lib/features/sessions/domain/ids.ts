// Deterministic record ids, so that two tablets writing the same thing offline converge on one
// row: a participant's id from (session, the person's normalised name and commune), an original
// attendance row's id from (session, slot, participant). Ids are 15 lower-case hex characters
// (the sync route's id grammar). The server recomputes the attendance id
// (pb_hooks/lib/sessions.js). Pure apart from WebCrypto; never stores.
import { derivedId } from '$lib/domain/canonical';

/**
 * A person's name reduced to what identifies them: accents and case removed, punctuation as
 * spaces, words sorted (so « DUPONT Marie » and « Marie Dupont » are one person).
 */
export function personKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.sort()
		.join(' ');
}

/** The id of the person `name` of the commune `insee` in `session`: the same person, one id. */
export async function participantId(session: string, name: string, insee: string): Promise<string> {
	return derivedId(`participant/${session}/${insee}/${personKey(name)}`);
}

/** The id of the original attendance row of `participant` in the half-day `slot` of `session`. */
export async function attendanceId(
	session: string,
	slot: string,
	participant: string
): Promise<string> {
	return derivedId(`attendance/${session}/${slot}/${participant}`);
}
