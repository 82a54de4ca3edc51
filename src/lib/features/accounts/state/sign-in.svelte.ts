// Signing in with what an élu has, besides a password (issue 13): a code by e-mail (two steps:
// ask, then type the code), a forgotten password (ask for the link, then choose a new one from
// it) and the link that confirms an address. Each holds its step, busy flag and French message.
import { refusalMessage, requestSignInCode, signInWithCode } from '$lib/sync/auth';
import { getPocketBase } from '$lib/sync/pocketbase';
import { session } from '$lib/state/session.svelte';
import type { AuthFailure } from '$lib/sync/auth';
import { isEmail } from '../domain/registration';
import {
	confirmPasswordReset,
	confirmVerification,
	requestPasswordReset,
	type Answer
} from '../sync/api';

/** Sign-in by a 6-digit code sent by e-mail. */
export class CodeSignIn {
	email = $state('');
	code = $state('');
	step = $state<'email' | 'code' | 'done'>('email');
	busy = $state(false);
	/** A message key of the `accounts` catalogue, or the server's own French message. */
	problem = $state<{ key?: string; text?: string } | null>(null);
	#otpId = '';

	/** Sends the code to `email`. */
	async request(): Promise<void> {
		if (!isEmail(this.email)) {
			this.problem = { key: 'accounts.code.badEmail' };
			return;
		}
		this.busy = true;
		this.problem = null;
		const answer = await requestSignInCode(await getPocketBase(), this.email);
		this.busy = false;
		if (!answer.ok) {
			this.problem = failure(answer.reason, answer.cause);
			return;
		}
		this.#otpId = answer.otpId;
		this.step = 'code';
	}

	/** Signs in with the code typed; resolves true once signed in. */
	async confirm(): Promise<boolean> {
		if (!/^\d{6}$/.test(this.code.replace(/\s/g, ''))) {
			this.problem = { key: 'accounts.code.badCode' };
			return false;
		}
		this.busy = true;
		this.problem = null;
		let cause: unknown;
		const reason = await session.loginWith(async (pb) => {
			const result = await signInWithCode(pb, this.#otpId, this.code);
			if (!result.ok) cause = result.cause;
			return result;
		});
		this.busy = false;
		if (reason) {
			this.problem =
				reason === 'invalid-credentials'
					? { key: 'accounts.code.wrongCode' }
					: failure(reason, cause);
			return false;
		}
		this.step = 'done';
		return true;
	}

	/** Back to the address, to ask for another code. */
	restart(): void {
		this.step = 'email';
		this.code = '';
		this.problem = null;
	}
}

function failure(reason: AuthFailure, cause: unknown): { key?: string; text?: string } {
	const text = refusalMessage(cause);
	if ((reason === 'too-many' || reason === 'blocked') && text) return { text };
	return { key: `auth.errors.${reason}` };
}

/** « Mot de passe oublié » and the page the e-mailed link opens. */
export class PasswordReset {
	email = $state('');
	password = $state('');
	step = $state<'ask' | 'sent' | 'choose' | 'done'>('ask');
	busy = $state(false);
	problem = $state<{ key?: string; text?: string } | null>(null);

	/** Sends the link (the answer is the same whether or not the address has an account). */
	async request(): Promise<void> {
		if (!isEmail(this.email)) {
			this.problem = { key: 'accounts.code.badEmail' };
			return;
		}
		this.busy = true;
		const answer = await requestPasswordReset(await getPocketBase(), this.email);
		this.busy = false;
		this.problem = problemOf(answer);
		if (answer.ok) this.step = 'sent';
	}

	/** Sets the new password with the link's `token`. */
	async confirm(token: string): Promise<void> {
		if (this.password.length < 10 || this.password.length > 72) {
			this.problem = { key: 'accounts.password.tooShort' };
			return;
		}
		this.busy = true;
		const answer = await confirmPasswordReset(await getPocketBase(), token, this.password);
		this.busy = false;
		this.problem = problemOf(answer);
		if (answer.ok) {
			this.password = '';
			this.step = 'done';
		}
	}
}

function problemOf(answer: Answer<unknown>): { key?: string; text?: string } | null {
	if (answer.ok) return null;
	if (answer.status === 400) return { key: 'accounts.password.linkExpired' };
	if (answer.status === 0) return { key: 'auth.errors.offline' };
	return answer.message ? { text: answer.message } : { key: 'auth.errors.server' };
}

/** The page the verification link opens: confirms the address once. */
export class AddressCheck {
	state = $state<'checking' | 'confirmed' | 'expired' | 'offline'>('checking');

	async confirm(token: string): Promise<void> {
		const answer = await confirmVerification(await getPocketBase(), token);
		this.state = answer.ok ? 'confirmed' : answer.status === 0 ? 'offline' : 'expired';
	}
}
