// À distance presence on both sides: the code the facilitator shows for a half-day, and the élu's
// confirmation from their own device (then a sync brings their row back). Online only: the code
// is checked by the server. Pages talk to this, never to the server directly.
import { syncState } from '$lib/state/sync.svelte';
import { getPocketBase } from '$lib/sync/pocketbase';
import { confirmPresence, fetchPresenceCode } from '../sync/presence';

export class PresenceCode {
	code = $state('');
	status = $state<'idle' | 'loading' | 'ok' | 'offline' | 'refused' | 'server'>('idle');
	message = $state('');

	/** Asks the server for the code of (session, slot); never rejects. */
	async load(session: string, slot: string): Promise<void> {
		this.status = 'loading';
		const answer = await fetchPresenceCode(await getPocketBase(), session, slot);
		this.status = answer.status;
		this.code = answer.status === 'ok' ? answer.code : '';
		this.message = answer.status === 'ok' ? '' : (answer.message ?? '');
	}
}

export class PresenceConfirm {
	status = $state<'idle' | 'sending' | 'ok' | 'offline' | 'refused' | 'server' | 'invalid'>('idle');
	message = $state('');

	/** Sends the code typed by the élu; never rejects. */
	async send(session: string, slot: string, typed: string): Promise<void> {
		const code = typed.replace(/\s/g, '');
		if (!/^\d{6}$/.test(code) || !slot) {
			this.status = 'invalid';
			return;
		}
		this.status = 'sending';
		const answer = await confirmPresence(await getPocketBase(), session, slot, code);
		this.status = answer.status;
		this.message = answer.status === 'ok' ? '' : (answer.message ?? '');
		if (answer.status === 'ok') {
			syncState.syncNow().catch((error: unknown) => console.error('sync failed', error));
		}
	}
}
