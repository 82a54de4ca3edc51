// The charters that commit to one project, for its page: those the project document lists (any
// élu of the commune, any device) and, on this device, the élu's own charters sealed with this
// project; plus the élu's signed charters that could still be linked to it. The rule is in
// the projects feature (readProjectCharters). Never talks to Yjs or Dexie directly.
import { CURRENT_CHARTER_VERSION } from '../domain/text';
import type { User } from '$lib/domain/users';
import type { LocalDoc } from '$lib/local/docs';
import { readProjectCharters, type ProjectCharterLink } from '$lib/features/projects';
import type { LocalStore } from '$lib/local/store';
import { charterBook, type CharterBook, type StoredCharter } from './charter.svelte';
import { linkCharterToProject } from './charter-link.svelte';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

/** The élu's store and charters, who they are, how a charter is listed (tests inject). */
export interface CommitmentDeps {
	store: () => Promise<LocalStore>;
	user: () => Pick<User, 'communes'> | null | undefined;
	charters: CharterBook;
	link: typeof linkCharterToProject;
}

const defaultDeps: CommitmentDeps = {
	store: () => syncState.ready(),
	user: () => session.user,
	charters: charterBook,
	link: (projectId, link) => linkCharterToProject(projectId, link)
};

/** A signed charter as a project shows it. */
function linkOf(charter: StoredCharter): ProjectCharterLink {
	const { row, receipt } = charter;
	return { id: row.id, receipt, signedAt: row.signed_at, signer: row.signer_name };
}

export class ProjectCharterLinks {
	// Declared first: the derived lists below read it.
	readonly #deps: CommitmentDeps = defaultDeps;
	#listed = $state.raw<ProjectCharterLink[]>([]);
	#projectId = $state('');
	#commune = $state('');
	/** Every charter committing to the project, oldest signature first. */
	readonly links = $derived.by(() => {
		const sealed = this.#deps.charters.charters
			.filter((c) => c.row.project_id === this.#projectId && c.sync !== 'rejected')
			.map(linkOf);
		const listed = this.#listed.map((l) => l.id);
		return [...this.#listed, ...sealed.filter((l) => !listed.includes(l.id))].sort((a, b) =>
			a.signedAt.localeCompare(b.signedAt)
		);
	});
	/** The élu's own charters for this commune that commit to no project yet. */
	readonly candidates = $derived.by(() => {
		const insee = this.#deps.user()?.communes.find((c) => c.id === this.#commune)?.insee;
		const linked = this.links.map((l) => l.id);
		return this.#deps.charters.charters.filter(
			(c) =>
				c.row.commune_insee === insee &&
				c.row.version === CURRENT_CHARTER_VERSION &&
				c.sync !== 'rejected' &&
				!c.row.project_id &&
				!linked.includes(c.row.id)
		);
	});

	constructor(deps: CommitmentDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Follows project `projectId` of commune `commune` (its `communes` id); returns the stop. */
	follow(projectId: string, commune: string): () => void {
		this.#projectId = projectId;
		this.#commune = commune;
		this.#deps.charters.follow();
		let local: LocalDoc | undefined;
		let closed = false;
		const read = () => {
			if (local) this.#listed = readProjectCharters(local.doc);
		};
		this.#deps
			.store()
			.then((store) => store.docs.acquire(projectId))
			.then(async (acquired) => {
				if (closed) return acquired.release();
				local = acquired;
				read();
				acquired.doc.on('update', read);
			})
			.catch((error: unknown) => console.error('project charters unavailable', error));
		return () => {
			closed = true;
			local?.doc.off('update', read);
			void local?.release();
		};
	}

	/** Lists the élu's signed `charter` on this project; resolves with whether it is listed. */
	async link(charter: StoredCharter): Promise<boolean> {
		return this.#deps.link(this.#projectId, linkOf(charter));
	}
}
