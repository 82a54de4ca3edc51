// Claims (pocketbase/README.md, "Claims"): the élu who opens the link of the facilitator's QR code
// sends the participant id and the receipt code of their attestation; the session's facilitator or
// the commune's mayor confirms from the accounts page. Online only: the server decides. Never
// links anything itself and stores nothing on the device.
import { getPocketBase } from '$lib/sync/pocketbase';
import {
	claimParticipation,
	confirmClaim,
	listPendingClaims,
	type PendingClaim
} from '../sync/api';

/** What to tell the person when a request failed: the server's reason, else no network or a
 * server problem (never "the server" for a tablet that is merely offline). */
function failureOf(answer: { status: number; message?: string }): { key?: string; text?: string } {
	if (answer.message) return { text: answer.message };
	return { key: answer.status === 0 ? 'accounts.common.offline' : 'accounts.common.server' };
}

/** The élu's side: one participant row to link, from the link's `claim` and `code`. */
export class ParticipationClaim {
	code = $state('');
	busy = $state(false);
	/** 'pending' | 'confirmed' once the server answered, or ''. */
	status = $state<'' | 'pending' | 'confirmed'>('');
	/** The server's French reason, or a key of the `accounts` catalogue. */
	failed = $state<{ key?: string; text?: string } | null>(null);

	constructor(
		readonly participant: string,
		code: string
	) {
		this.code = code;
	}

	async send(): Promise<void> {
		this.busy = true;
		const answer = await claimParticipation(await getPocketBase(), this.participant, this.code);
		this.busy = false;
		if (answer.ok) {
			this.status = answer.value.status;
			this.failed = null;
		} else {
			this.failed = failureOf(answer);
		}
	}
}

/** The confirmer's side: the pending claims the signed-in user may confirm. */
export class ClaimQueue {
	items = $state.raw<PendingClaim[]>([]);
	loaded = $state(false);
	busy = $state('');
	done = $state<string[]>([]);
	failed = $state<{ key?: string; text?: string } | null>(null);

	async load(): Promise<void> {
		const answer = await listPendingClaims(await getPocketBase());
		this.loaded = true;
		if (answer.ok) this.items = answer.value.items;
		else this.failed = failureOf(answer);
	}

	async confirm(id: string): Promise<void> {
		this.busy = id;
		const answer = await confirmClaim(await getPocketBase(), id);
		this.busy = '';
		if (answer.ok) this.done = [...this.done, id];
		else this.failed = failureOf(answer);
	}
}
