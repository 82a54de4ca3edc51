// The validators' list (/comptes): the pending requests the signed-in user may decide — the
// mayor for their commune, a coordinator for their territory, the national team for all — each
// with the commune's official data; validate, or refuse with a reason that is sent to the
// person. Online only: the list is the server's.
import { getPocketBase } from '$lib/sync/pocketbase';
import { listRequests, refuseRequest, validateRequest, type AccountRequest } from '../sync/api';

export class ValidationQueue {
	requests = $state.raw<AccountRequest[]>([]);
	loaded = $state(false);
	/** Whether the user validates anything (an élu who is not a mayor does not). */
	validates = $state(false);
	busy = $state('');
	/** Outcome per request id: a key of the `accounts` catalogue or the server's message. */
	outcome = $state<Record<string, { key?: string; text?: string }>>({});
	failed = $state('');

	async load(): Promise<void> {
		const answer = await listRequests(await getPocketBase());
		this.loaded = true;
		if (answer.ok) {
			this.requests = answer.value.requests;
			this.validates = answer.value.validates;
			this.failed = '';
		} else {
			this.failed = answer.message || (answer.status === 0 ? 'offline' : 'server');
		}
	}

	async validate(id: string): Promise<void> {
		await this.#decide(id, 'accounts.requests.validated', (pb) => validateRequest(pb, id));
	}

	async refuse(id: string, reason: string): Promise<void> {
		if (reason.trim().length < 5) {
			this.outcome = { ...this.outcome, [id]: { key: 'accounts.requests.reasonNeeded' } };
			return;
		}
		await this.#decide(id, 'accounts.requests.refused', (pb) =>
			refuseRequest(pb, id, reason.trim())
		);
	}

	async #decide(
		id: string,
		done: string,
		call: (
			pb: Awaited<ReturnType<typeof getPocketBase>>
		) => Promise<{ ok: true } | { ok: false; status: number; message: string }>
	): Promise<void> {
		this.busy = id;
		const answer = await call(await getPocketBase());
		this.busy = '';
		if (answer.ok) {
			this.outcome = { ...this.outcome, [id]: { key: done } };
			this.requests = this.requests.filter((request) => request.id !== id);
		} else {
			this.outcome = {
				...this.outcome,
				[id]: answer.message ? { text: answer.message } : { key: 'auth.errors.server' }
			};
		}
	}
}
