// "Mon engagement" on an élu's home page, read from this device only (so it shows offline): their
// latest signed charter, their project, and that project's next milestone. Their project is the
// one their framing created, else the one their charter commits to, else the latest updated
// project of their communes. Read-only: it never writes, never talks to Yjs or Dexie directly.
import { CURRENT_CHARTER_VERSION, charterBook, type CharterBook } from '$lib/features/charters';
import type { User } from '$lib/domain/users';
import { FRAMING_MODULE } from '../domain/framing';
import { localDay, nextMilestone, type NextMilestone } from '../domain/milestones';
import { type ProjectSummaryRow } from '../platform';
import type { LocalDoc } from '$lib/local/docs';
import { loadFraming } from '../local/framings';
import { loadProjectSummaries, readProject } from '../local/projects';
import type { LocalStore } from '$lib/local/store';
import { watch } from '$lib/local/watch';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

/** Where the card reads: the élu's store, who they are, their charters (tests inject). */
export interface CommitmentDeps {
	store: () => Promise<LocalStore>;
	user: () => Pick<User, 'communes'> | null | undefined;
	charters: CharterBook;
}

const defaultDeps: CommitmentDeps = {
	store: () => syncState.ready(),
	user: () => session.user,
	charters: charterBook
};

export class Commitment {
	// Declared first: the derived charter and project below read it.
	readonly #deps: CommitmentDeps = defaultDeps;
	#rows = $state.raw<ProjectSummaryRow[]>([]);
	/** The framing draft on this device: whether it was started, and the project it created. */
	framing = $state.raw<{ started: boolean; projectId?: string }>({ started: false });
	/** The milestone to show for `project` (null when every milestone is done or none exists). */
	next = $state.raw<NextMilestone | null>(null);
	loaded = $state(false);

	/** The élu's latest signed charter (current text first), or undefined. */
	readonly charter = $derived(
		[...this.#deps.charters.charters]
			.filter((c) => c.sync !== 'rejected')
			.sort(
				(a, b) =>
					Number(b.row.version === CURRENT_CHARTER_VERSION) -
					Number(a.row.version === CURRENT_CHARTER_VERSION)
			)[0]
	);

	/** The élu's project (see the header for the rule). */
	readonly project = $derived.by(() => {
		const rows = this.#rows;
		const committed = this.#deps.charters.charters.map((c) => c.row.project_id).filter(Boolean);
		return (
			rows.find((p) => p.id === this.framing.projectId) ??
			rows.find((p) => committed.includes(p.id)) ??
			rows[0]
		);
	});

	/** The project's id alone: its milestones are re-read when it changes, not on every edit. */
	readonly #projectId = $derived(this.project?.id);

	constructor(deps: CommitmentDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Starts following (call from the card's mount); returns the stop function. */
	follow(): () => void {
		this.#deps.charters.follow();
		let stopWatch: (() => void) | undefined;
		let stopMilestones: (() => void) | undefined;
		let cancelled = false;
		this.#deps
			.store()
			.then((store) => {
				if (cancelled) return;
				stopWatch = watch(
					() =>
						Promise.all([loadProjectSummaries(store.db), loadFraming(store.db, FRAMING_MODULE)]),
					([rows, framing]) => {
						const mine = this.#deps.user()?.communes.map((c) => c.id) ?? [];
						this.#rows = rows.filter((r) => mine.includes(r.commune));
						const started = Boolean(framing && (framing.title.trim() || framing.updatedAt));
						this.framing = { started, projectId: framing?.projectId };
						this.loaded = true;
					}
				);
				stopMilestones = $effect.root(() => {
					$effect(() => this.#followMilestones(store, this.#projectId));
				});
			})
			.catch((error: unknown) => console.error('engagement unavailable', error));
		return () => {
			cancelled = true;
			stopWatch?.();
			stopMilestones?.();
		};
	}

	/** Reads the next milestone of `id` now and whenever its document changes. */
	#followMilestones(store: LocalStore, id: string | undefined): (() => void) | undefined {
		this.next = null;
		if (!id) return undefined;
		let local: LocalDoc | undefined;
		let closed = false;
		const read = () => {
			if (!local) return;
			this.next = nextMilestone(readProject(id, local.doc).milestones, localDay(Date.now()));
		};
		store.docs
			.acquire(id)
			.then(async (acquired) => {
				if (closed) return acquired.release();
				local = acquired;
				read();
				acquired.doc.on('update', read);
			})
			.catch((error: unknown) => console.error('project milestones unavailable', error));
		return () => {
			closed = true;
			local?.doc.off('update', read);
			void local?.release();
		};
	}
}
