// The project list for the screens: the Dexie summaries of the user's communes, live across
// tabs, and creating a project. Never talks to Yjs or Dexie directly (local/ does).
import type { ProjectError } from '../domain/validation';
import { validateTitle } from '../domain/validation';
import { createProject } from '../local/projects';
import type { ProjectSummaryRow } from '../platform';
import { currentActor } from './actor';
import { watch } from '$lib/local/watch';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

/** The project list of the signed-in user. */
export class ProjectList {
	items = $state.raw<ProjectSummaryRow[]>([]);
	loaded = $state(false);
	#stop: (() => void) | undefined;

	/** Starts following the summaries (call from a page's onMount; returns the stop function). */
	follow(): () => void {
		syncState.start();
		let cancelled = false;
		void syncState
			.ready()
			.then((store) => {
				if (cancelled) return;
				this.#stop = watch(
					() => store.db.projects.orderBy('updatedAt').reverse().toArray(),
					(rows) => {
						const mine = session.user?.communes.map((c) => c.id) ?? [];
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
		const id = await createProject(await syncState.ready(), { title, commune }, currentActor());
		syncState.noteLocalWrite();
		return { id };
	}
}
