// The project list of the signed-in user for the screens (Dexie summaries of their communes, live
// across tabs, through local/projects) and creating a project; plus what every project state class
// is given: the user's store, the user named in the history, and who hears of a write. Never
// talks to Yjs or Dexie directly; validation comes from domain/projects.
import { displayName, type User } from '$lib/domain/users';
import { validateTitle, type ProjectError } from '../domain/validation';
import type { ProjectSummaryRow } from '../platform';
import { createProject, loadProjectSummaries, type ProjectActor } from '../local/projects';
import type { LocalStore } from '$lib/local/store';
import { watch } from '$lib/local/watch';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

/** Where projects are read and written, by whom, and who hears of a write (tests inject). */
export interface ProjectDeps {
	/** The signed-in user's store (waits until it is open). */
	store: () => Promise<LocalStore>;
	/** The signed-in user, named in the history of what they change. */
	user: () => User | null | undefined;
	/** Called after each change saved on this device (the app syncs soon). */
	onSaved: () => void;
}

export const defaultProjectDeps: ProjectDeps = {
	store: () => syncState.ready(),
	user: () => session.user,
	onSaved: () => syncState.noteLocalWrite()
};

/** `user` as the history names them. */
export function actorOf(user: User | null | undefined): ProjectActor | undefined {
	return user ? { id: user.id, name: displayName(user) } : undefined;
}

/** Is `user` an élu of `commune` (who may write its project summaries)? */
export function isEluOf(user: User | null | undefined, commune: string): boolean {
	return user?.role === 'elu' && user.communes.some((c) => c.id === commune);
}

/** The project list of the signed-in user. */
export class ProjectList {
	items = $state.raw<ProjectSummaryRow[]>([]);
	loaded = $state(false);
	#stop: (() => void) | undefined;
	readonly #deps: ProjectDeps;

	constructor(deps: ProjectDeps = defaultProjectDeps) {
		this.#deps = deps;
	}

	/** Starts following the summaries (call from a page's onMount; returns the stop function). */
	follow(): () => void {
		let cancelled = false;
		void this.#deps
			.store()
			.then((store) => {
				if (cancelled) return;
				this.#stop = watch(
					() => loadProjectSummaries(store.db),
					(rows) => {
						const mine = this.#deps.user()?.communes.map((c) => c.id) ?? [];
						this.items = rows.filter((r) => !mine.length || mine.includes(r.commune));
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('project list unavailable', error));
		return () => {
			cancelled = true;
			this.#stop?.();
		};
	}

	/** Creates a project; resolves with its id, or with the validation error. */
	async create(title: string, commune: string): Promise<{ id: string } | { error: ProjectError }> {
		const error = validateTitle(title);
		if (error) return { error };
		const { store, user, onSaved } = this.#deps;
		const id = await createProject(await store(), { title, commune }, actorOf(user()));
		onSaved();
		return { id };
	}
}
