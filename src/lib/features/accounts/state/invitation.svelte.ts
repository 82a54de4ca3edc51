// The page an invitation link opens: shows who is invited for which commune, then uses the link
// once — with a chosen password, or to sign in by codes sent by e-mail from now on — and signs
// the élu in on this device.
import { adoptAuth } from '$lib/sync/auth';
import { getPocketBase } from '$lib/sync/pocketbase';
import { session } from '$lib/state/session.svelte';
import { acceptInvitation, viewInvitation, type InvitationView } from '../sync/api';
import { PASSWORD_MAX, PASSWORD_MIN } from '../domain/registration';

export class InvitationAcceptance {
	view = $state<InvitationView | null>(null);
	state = $state<'loading' | 'ready' | 'gone' | 'offline' | 'done'>('loading');
	password = $state('');
	busy = $state(false);
	/** A key of the `accounts` catalogue or the server's message. */
	problem = $state<{ key?: string; text?: string } | null>(null);
	#token = '';

	async load(token: string): Promise<void> {
		this.#token = token;
		const answer = await viewInvitation(await getPocketBase(), token);
		if (answer.ok) {
			this.view = answer.value;
			this.state = 'ready';
		} else {
			this.state = answer.status === 0 ? 'offline' : 'gone';
			this.problem = answer.message ? { text: answer.message } : null;
		}
	}

	/** Uses the link with the password typed (`byCode`: no password, codes by e-mail). */
	async accept(byCode = false): Promise<boolean> {
		if (!byCode && (this.password.length < PASSWORD_MIN || this.password.length > PASSWORD_MAX)) {
			this.problem = { key: 'accounts.password.tooShort' };
			return false;
		}
		this.busy = true;
		this.problem = null;
		const pb = await getPocketBase();
		const answer = await acceptInvitation(
			pb,
			this.#token,
			byCode ? { code: true } : { password: this.password }
		);
		if (!answer.ok) {
			this.busy = false;
			this.problem = answer.message ? { text: answer.message } : { key: 'auth.errors.server' };
			if (answer.status === 410) this.state = 'gone';
			return false;
		}
		const failure = await session.loginWith((client) => adoptAuth(client, answer.value));
		this.busy = false;
		this.password = '';
		if (failure) {
			this.problem = { key: `auth.errors.${failure}` };
			return false;
		}
		this.state = 'done';
		return true;
	}
}
