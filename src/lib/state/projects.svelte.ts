// Projects for the screens: the list (Dexie summaries of the user's communes, live across tabs)
// and an editor per open project (its Yjs document through local/projects). A change is
// reported "Enregistré sur cet appareil" only once it is in IndexedDB. Pages talk to this, never
// to Yjs or Dexie; validation comes from domain/projects.
import type { Project, ProjectStatus } from '$lib/domain/projects/types';
import { sortLog } from '$lib/domain/projects/types';
import {
	validateDescription,
	validateLogEntry,
	validateTitle,
	type ProjectError
} from '$lib/domain/projects/validation';
import type { ProjectSummaryRow } from '$lib/local/db';
import type { LocalDoc } from '$lib/local/docs';
import {
	addLogEntry,
	createProject,
	readProject,
	setDescription,
	updateProjectMeta
} from '$lib/local/projects';
import { watch } from '$lib/local/watch';
import { session } from './session.svelte';
import { itemState, syncState, worstState, type ItemState } from './sync.svelte';

/** Where the last change stands on this device. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

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
		const id = await createProject(await syncState.ready(), { title, commune });
		syncState.noteLocalWrite();
		return { id };
	}
}

/** One open project: its content, save status and per-item sync state. */
export class ProjectEditor {
	project = $state.raw<Project | null>(null);
	status = $state<'loading' | 'ready' | 'missing'>('loading');
	save = $state<SaveStatus>('idle');
	/** The document's sync state, and that of each log entry written on this device. */
	docState = $state<ItemState>('confirmed');
	entryStates = $state.raw<Record<string, ItemState>>({});

	#local: LocalDoc | undefined;
	#stops: (() => void)[] = [];
	#inFlight = 0;
	/** A local write failed: the page keeps saying so (storage full, quota). */
	#failed = false;
	#closed = false;

	/** Loads project `id` (from this device only). */
	async open(id: string): Promise<void> {
		const store = await syncState.ready();
		if (!(await store.db.docs.get(id))) {
			this.status = 'missing';
			return;
		}
		const local = await store.docs.acquire(id);
		if (this.#closed) {
			await local.release();
			return;
		}
		this.#local = local;
		const refresh = () =>
			(this.project = {
				...readProject(id, local.doc),
				log: sortLog(readProject(id, local.doc).log)
			});
		refresh();
		local.doc.on('update', refresh);
		this.#stops.push(() => local.doc.off('update', refresh));
		this.#stops.push(
			watch(
				() => store.db.outbox.where('docId').equals(id).sortBy('seq'),
				(entries) => {
					this.docState = worstState(entries.map(itemState));
					const states: Record<string, ItemState> = {};
					// An entry written here travels in the first outbox row made after it; entries of
					// other authors came from the server.
					for (const entry of this.project?.log ?? []) {
						if (entry.author !== session.user?.id) continue;
						const carrier = entries.find((e) => e.createdAt >= entry.createdAt);
						if (carrier) states[entry.id] = itemState(carrier);
					}
					this.entryStates = states;
				}
			)
		);
		this.status = 'ready';
	}

	/** Releases the document (call when the page closes). */
	async close(): Promise<void> {
		this.#closed = true;
		for (const stop of this.#stops.splice(0)) stop();
		await this.#local?.release();
		this.#local = undefined;
	}

	/** Renames the project. */
	async setTitle(title: string): Promise<ProjectError | null> {
		const error = validateTitle(title);
		if (error || !this.#local) return error;
		const local = this.#local;
		await this.#saving(() => updateProjectMeta(syncState.store!, local.id, local.doc, { title }));
		return null;
	}

	/** Changes the status. */
	async setStatus(status: ProjectStatus): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(() => updateProjectMeta(syncState.store!, local.id, local.doc, { status }));
	}

	/**
	 * Edits the description. Applied at once, as the smallest edit from the document's current
	 * text, so that concurrent edits from other devices (shown as they arrive) are kept.
	 */
	editDescription(text: string): ProjectError | null {
		const error = validateDescription(text);
		if (error || !this.#local) return error;
		const local = this.#local;
		void this.#saving(async () => setDescription(local.doc, text));
		return null;
	}

	/** Adds a dated entry to the log. */
	async addLog(entry: { date: string; text: string }): Promise<ProjectError | null> {
		const error = validateLogEntry(entry);
		if (error || !this.#local) return error;
		const local = this.#local;
		const author = session.user?.id ?? '';
		await this.#saving(async () => {
			addLogEntry(local.doc, { ...entry, author });
		});
		return null;
	}

	async #saving(write: () => Promise<void>): Promise<void> {
		// "Enregistré" only once every write started so far is in IndexedDB.
		this.#inFlight++;
		this.save = 'saving';
		try {
			await write();
			await this.#local?.whenSaved();
			if (--this.#inFlight === 0 && !this.#failed) this.save = 'saved';
			syncState.noteLocalWrite();
		} catch (error) {
			this.#inFlight--;
			this.#failed = true;
			console.error('local save failed', error);
			this.save = 'error';
		}
	}
}
