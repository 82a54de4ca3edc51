// The replies to one thread, consultation or proposal on screen: the list (each with its
// standing), the reply form with mentioned communes, and reporting a reply once. Saved on the
// device first; talks to local/network; never renders, never sends anything itself.
import { watch } from '$lib/local/watch';
import type { Reply } from '../domain/posts';
import { DISCUSSION_LIMITS } from '../domain/limits';
import type { ReportReason } from '../domain/report';
import {
	loadReplies,
	loadReported,
	saveReply,
	saveReport,
	type WithStanding
} from '../local/network';
import { defaultDeps, type NetworkDeps } from './deps';
import { mentionsReason, textReason } from './validate';

/** Before the device's reports are read. */
const NOTHING_REPORTED: ReadonlySet<string> = Object.freeze(new Set<string>());

export class Comments {
	replies = $state.raw<WithStanding<Reply>[]>([]);
	/** Posts this user reported (on any of their devices). */
	reported = $state.raw<ReadonlySet<string>>(NOTHING_REPORTED);
	body = $state('');
	mentions = $state<string[]>([]);
	/** The French reason the last reply was refused on the device, 'save' on a storage error. */
	error = $state('');
	saving = $state(false);
	#stops: (() => void)[] = [];
	#deps: NetworkDeps;

	constructor(
		readonly parentKind: Reply['parentKind'],
		readonly parent: string,
		deps: NetworkDeps = defaultDeps
	) {
		this.#deps = deps;
	}

	/** The signed-in user's id. */
	get user(): string {
		return this.#deps.user();
	}

	follow(): void {
		this.#deps
			.db()
			.then((db) => {
				this.#stops.push(
					watch(
						() => loadReplies(db, this.parent),
						(replies) => (this.replies = replies)
					),
					watch(
						() => loadReported(db),
						(reported) => (this.reported = reported)
					)
				);
			})
			.catch((error: unknown) => console.error('replies unavailable', error));
	}

	/** Saves the reply on the device; resolves with its id, or '' when refused (see `error`). */
	async reply(): Promise<string> {
		this.error = textReason(this.body, DISCUSSION_LIMITS.bodyMax) || mentionsReason(this.mentions);
		if (this.error) return '';
		this.saving = true;
		try {
			const id = await saveReply(await this.#deps.db(), this.parentKind, this.parent, this.body, [
				...this.mentions
			]);
			this.body = '';
			this.mentions = [];
			this.#deps.onSaved();
			return id;
		} catch (error) {
			console.error('reply not saved', error);
			this.error = 'save';
			return '';
		} finally {
			this.saving = false;
		}
	}

	/** Reports a post once (a reply here, or the thread / proposal it answers). */
	async report(
		kind: 'discussion' | 'comment' | 'proposal',
		target: string,
		reason: ReportReason
	): Promise<void> {
		await saveReport(await this.#deps.db(), this.#deps.user(), kind, target, reason);
		this.#deps.onSaved();
	}

	stop(): void {
		for (const stop of this.#stops) stop();
		this.#stops = [];
	}
}
