// Publishing one project as a good practice, for the project page: what the server would
// publish (its preview), whether it is published, the commune's consent, and the publish and
// withdraw actions. Online only, on purpose: publishing is a public act the server validates at
// once (the rest of the app stays local first). Talks to sync/publications, never to the SDK;
// never builds the published text itself.
import { summaryFields } from '../domain/canvas';
import type { Project } from '../domain/types';
import { getPocketBase } from '$lib/sync/pocketbase';
import {
	fetchPublication,
	publishProject,
	withdrawPublication,
	type PublicationAnswer,
	type PublicationState
} from '../sync/publications';
import { session } from '$lib/state/session.svelte';
import { syncState, type ItemState } from '$lib/state/sync.svelte';

export type { PublicationPreview, PublicationState } from '../sync/publications';

/**
 * Where the section stands. `unsent`: the project itself has not reached the server yet (the
 * page's one sync state says so), so the server is not asked what it would publish.
 */
export type PublicationPhase =
	'idle' | 'loading' | 'ready' | 'offline' | 'unsent' | 'refused' | 'error';

/** The calls the section makes (tests pass their own PocketBase client). */
export interface PublicationDeps {
	client: typeof getPocketBase;
	online: () => boolean;
}

const defaultDeps: PublicationDeps = { client: getPocketBase, online: () => syncState.online };

/** May the signed-in user publish a project of `commune` (its élus, the national team)? */
export function canPublish(commune: string): boolean {
	const user = session.user;
	if (!user) return false;
	return (
		user.role === 'national' || (user.role === 'elu' && user.communes.some((c) => c.id === commune))
	);
}

/** The publication of one project. */
export class ProjectPublication {
	phase = $state<PublicationPhase>('idle');
	state = $state.raw<PublicationState | null>(null);
	/** The commune's consent, ticked by the élu for this publication. */
	consent = $state(false);
	busy = $state(false);
	/** The server's reason when it refused (French), or empty. */
	reason = $state('');
	/** "Publier" was pressed without the consent ticked. */
	consentMissing = $state(false);
	/** The last action that succeeded, to say so. */
	done = $state<'published' | 'withdrawn' | null>(null);
	#projectId = '';
	readonly #deps: PublicationDeps;

	constructor(deps: PublicationDeps = defaultDeps) {
		this.#deps = deps;
	}

	/**
	 * Asks the server what it would publish for `projectId`. Offline, or while the project's own
	 * sync state (`itemState`, the one the page's badge shows) is not "confirmed by the server",
	 * says so and asks nothing: the section never contradicts the badge.
	 */
	async load(projectId: string, itemState: ItemState = 'confirmed'): Promise<void> {
		this.#projectId = projectId;
		this.done = null;
		if (!this.#deps.online()) {
			this.phase = 'offline';
			return;
		}
		if (itemState !== 'confirmed') {
			this.phase = 'unsent';
			return;
		}
		this.phase = 'loading';
		this.#apply(await fetchPublication(await this.#deps.client(), projectId));
	}

	/** Publishes with the commune's consent; refuses without it (the server would too). */
	async publish(): Promise<void> {
		this.consentMissing = !this.consent;
		if (!this.consent) return;
		await this.#act('published', publishProject);
	}

	/** Withdraws the publication. */
	async withdraw(): Promise<void> {
		await this.#act('withdrawn', withdrawPublication);
	}

	/**
	 * Whether the project on this device says something else than what the server would publish
	 * (changes not synced yet): the preview is the server's, so the user should sync first.
	 */
	lagsBehind(project: Project): boolean {
		const preview = this.state?.preview;
		if (!preview) return false;
		const local = summaryFields(project);
		return (
			local.title.trim() !== preview.title ||
			local.summary.trim() !== preview.summary ||
			local.themes.join() !== preview.themes.join() ||
			local.levers.join() !== preview.levers.join()
		);
	}

	async #act(
		done: 'published' | 'withdrawn',
		call: (pb: Awaited<ReturnType<typeof getPocketBase>>, id: string) => Promise<PublicationAnswer>
	): Promise<void> {
		if (this.busy || !this.#projectId) return;
		if (!this.#deps.online()) {
			this.phase = 'offline';
			return;
		}
		this.busy = true;
		this.done = null;
		try {
			const answer = await call(await this.#deps.client(), this.#projectId);
			this.#apply(answer);
			if (answer.status === 'ok') {
				this.done = done;
				this.consent = false;
			}
		} finally {
			this.busy = false;
		}
	}

	#apply(answer: PublicationAnswer): void {
		this.reason = answer.status === 'refused' ? answer.message : '';
		if (answer.status === 'ok') {
			this.state = answer.state;
			this.phase = 'ready';
		} else if (answer.status === 'offline') this.phase = 'offline';
		else if (answer.status === 'refused') this.phase = this.state ? 'ready' : 'refused';
		else this.phase = 'error';
	}
}
