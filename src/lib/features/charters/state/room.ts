// The charter signed in a training session (DESIGN.md § 6; issue 12, item 8): a participant of
// the session — perhaps without an account — signs on the facilitator's tablet, the facilitator
// countersigns, and the charter is saved on this device like any other, with the participant's
// id in its signed content and the facilitator as its author (the server stamps it). Never
// changes a signed charter.
import type { Mandate } from '$lib/domain/users';
import type { UserDatabase } from '$lib/local/db';
import { charterTextHash, sealCharter } from '../domain/canonical';
import { CURRENT_CHARTER_VERSION } from '../domain/text';
import { validateCharter } from '../domain/validation';
import { saveSignedCharter } from '../local/charters';

/** Who signs in the room, and the drawn signatures. */
export interface RoomSigning {
	participantId: string;
	signerName: string;
	mandate: Mandate;
	communeInsee: string;
	communeName: string;
	signature: string;
	countersignerName: string;
	countersignature: string;
}

/**
 * Seals and saves the charter signed by a participant in the room; resolves with its receipt, or
 * with the French problems (an empty signature, no countersignature) and nothing saved.
 */
export async function signCharterInRoom(
	db: UserDatabase,
	signing: RoomSigning,
	signedAt: string
): Promise<{ receipt: string; errors: string[] }> {
	const content = {
		version: CURRENT_CHARTER_VERSION,
		textHash: await charterTextHash(CURRENT_CHARTER_VERSION),
		signerName: signing.signerName,
		mandate: signing.mandate,
		communeInsee: signing.communeInsee,
		communeName: signing.communeName,
		signedAt,
		signature: signing.signature,
		countersignerName: signing.countersignerName,
		countersignature: signing.countersignature,
		participantId: signing.participantId
	};
	const errors = validateCharter(content).map((e) => e.message);
	if (!signing.countersignature) {
		errors.push('La contresignature de l’animateur manque : signez dans le second cadre.');
	}
	if (errors.length) return { receipt: '', errors };
	const sealed = await sealCharter(content);
	await saveSignedCharter(db, sealed);
	return { receipt: sealed.receipt, errors: [] };
}
