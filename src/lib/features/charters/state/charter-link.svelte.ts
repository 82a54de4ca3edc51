// Which project a charter commits to, for the signing form and after it. The rule (documented
// with the document shape in the projects feature, readProjectCharters): a signed charter never
// changes, so its sealed `project_id` is only ever set at signing; the project document keeps a
// mutable list of the charters linked to it, written at signing when a project was chosen and
// from the project page later ("Je choisirai plus tard"). Never talks to Yjs or Dexie directly.
import { displayName, type User } from '$lib/domain/users';
import type { ProjectSummaryRow } from '$lib/features/projects/platform';
import {
	FRAMING_MODULE,
	linkProjectCharter,
	loadFraming,
	loadProjectSummaries,
	type ProjectCharterLink
} from '$lib/features/projects';
import { hasDocument } from '$lib/local/doc-metas';
import type { LocalStore } from '$lib/local/store';
import { watch } from '$lib/local/watch';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

export type { ProjectCharterLink } from '$lib/features/projects';

/** Where the élu's projects and framing are read, who links, who hears of it (tests inject). */
export interface CharterLinkDeps {
	store: () => Promise<LocalStore>;
	user: () => User | null | undefined;
	onSaved: () => void;
}

const defaultDeps: CharterLinkDeps = {
	store: () => syncState.ready(),
	user: () => session.user,
	onSaved: () => syncState.noteLocalWrite()
};

/**
 * Lists `link` on project `projectId` when its document is on this device; resolves with whether
 * the project now lists it (false when the project is not here).
 */
export async function linkCharterToProject(
	projectId: string,
	link: ProjectCharterLink,
	deps: CharterLinkDeps = defaultDeps
): Promise<boolean> {
	const store = await deps.store();
	if (!(await hasDocument(store.db, projectId))) return false;
	const user = deps.user();
	const actor = user ? { id: user.id, name: displayName(user) } : undefined;
	const changed = await store.docs.use(projectId, (doc) => linkProjectCharter(doc, link, actor));
	if (changed) deps.onSaved();
	return true;
}

/** The projects a charter may commit to, by commune, and the one framed by the élu. */
export class CharterProjectChoice {
	projects = $state.raw<Pick<ProjectSummaryRow, 'id' | 'commune' | 'title'>[]>([]);
	/** The project the élu's framing created, if any. */
	framed = $state<string | undefined>(undefined);
	loaded = $state(false);
	readonly #deps: CharterLinkDeps;

	constructor(deps: CharterLinkDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Starts following the summaries and the framing; returns the stop function. */
	follow(): () => void {
		let stop: (() => void) | undefined;
		let cancelled = false;
		this.#deps
			.store()
			.then((store) => {
				if (cancelled) return;
				stop = watch(
					() =>
						Promise.all([loadProjectSummaries(store.db), loadFraming(store.db, FRAMING_MODULE)]),
					([projects, framing]) => {
						this.projects = projects;
						this.framed = framing?.projectId;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('projects for the charter unavailable', error));
		return () => {
			cancelled = true;
			stop?.();
		};
	}

	/** The projects of the commune with INSEE code `insee` (one of the user's communes). */
	forCommune(insee: string): Pick<ProjectSummaryRow, 'id' | 'title'>[] {
		const commune = this.#deps.user()?.communes.find((c) => c.insee === insee);
		return commune ? this.projects.filter((p) => p.commune === commune.id) : [];
	}

	/** What the form proposes first: the framed project when it belongs to that commune. */
	defaultFor(insee: string): string {
		return this.forCommune(insee).some((p) => p.id === this.framed) ? this.framed! : '';
	}

	/** The title of project `id` as this device knows it ('' when unknown or not here). */
	title(id: string | undefined): string {
		return (id && this.projects.find((p) => p.id === id)?.title) || '';
	}
}
