// "Cadrer mon action" for the screens: the signed-in élu's framing draft (module es-4), saved on
// this device a moment after each keystroke and when the tab is hidden, and turned once into a
// project pre-filled through local/projects (with the élu named in its history). The draft keeps
// the id of the project it created, persisted before the project is written: a second tap, a
// reload or another tab opens that project and never creates a duplicate. Never talks to Yjs or
// Dexie directly, never checks input itself (domain/framing does).
import { newId } from '$lib/domain/sync/ids';
import {
	emptyFraming,
	FRAMING_FIELDS,
	FRAMING_MODULE,
	framingWarnings,
	validateFraming,
	type Framing,
	type FramingError,
	type FramingField,
	type FramingStakeholder
} from '../domain/framing';
import { localDay } from '../domain/milestones';
import { displayName, type User } from '$lib/domain/users';
import { hasDocument } from '$lib/local/doc-metas';
import { loadFraming, saveFraming } from '../local/framings';
import type { LocalStore } from '$lib/local/store';
import { prefillProject } from './framed-project';
import type { SaveStatus } from './projects.svelte';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

/** How long typing must pause before the draft is written (a killed tab loses at most this). */
const SAVE_DELAY_MS = 400;

/** Where the form finds the élu's store and who they are (injected by tests). */
export interface FramingDeps {
	store: () => Promise<LocalStore>;
	user: () => Pick<User, 'id' | 'name' | 'email' | 'communes'> | null | undefined;
	onSaved?: () => void;
}

const defaultDeps: FramingDeps = {
	store: () => syncState.ready(),
	user: () => session.user,
	onSaved: () => syncState.noteLocalWrite()
};

/** The framing form of the signed-in élu. */
export class FramingDraft {
	draft = $state<Framing>(emptyFraming());
	status = $state<'loading' | 'ready'>('loading');
	save = $state<SaveStatus>('idle');
	creating = $state(false);
	/** The project this draft created is on this device (then the form gives way to "Ouvrir"). */
	projectReady = $state(false);
	errors = $state.raw<Partial<Record<FramingField, FramingError>>>({});
	/** A first step dated in the past or beyond 30 days: said, never blocking. */
	readonly warnings = $derived(framingWarnings(this.draft, localDay(Date.now())));
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writes: Promise<unknown> = Promise.resolve();
	#store: LocalStore | undefined;
	readonly #deps: FramingDeps;

	constructor(deps: FramingDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Loads the draft, or starts one on the élu's only commune. */
	async load(): Promise<void> {
		const store = await this.#deps.store();
		this.#store = store;
		const stored = await loadFraming(store.db, FRAMING_MODULE);
		const communes = this.#deps.user()?.communes ?? [];
		this.draft =
			stored ?? emptyFraming(FRAMING_MODULE, communes.length === 1 ? communes[0]!.id : '');
		// One blank row to start with: a mayor sees at once what a stakeholder line holds.
		if (!this.draft.stakeholders.length) {
			this.draft.stakeholders.push({ name: '', type: 'autre', role: '' });
		}
		const created = this.draft.projectId;
		this.projectReady = Boolean(created && (await hasDocument(store.db, created)));
		this.status = 'ready';
	}

	/** Loads the draft and writes it when the tab is hidden; returns the stop function. */
	follow(): () => void {
		const flush = () => void this.flush();
		const onHidden = () => {
			if (document.visibilityState === 'hidden') flush();
		};
		this.load().catch((error: unknown) => console.error('framing draft unavailable', error));
		addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', onHidden);
		return () => {
			removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', onHidden);
			flush();
		};
	}

	/** Call after every edit: the draft is written once typing pauses. */
	changed(): void {
		if (this.status !== 'ready') return;
		this.save = 'saving';
		if (Object.keys(this.errors).length) this.errors = validateFraming(this.draft);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Writes the draft now if an edit is waiting; resolves once it is in IndexedDB. */
	async flush(): Promise<void> {
		if (this.#timer === undefined || !this.#store) return this.#writes.then(() => undefined);
		clearTimeout(this.#timer);
		this.#timer = undefined;
		await this.#write(this.#store).catch((error: unknown) => {
			console.error('framing draft not saved', error);
			this.save = 'error';
		});
	}

	/** Queues a write of the draft as it is now, after the writes before it; rejects on failure. */
	#write(store: LocalStore): Promise<void> {
		const snapshot = $state.snapshot(this.draft);
		const write = this.#writes
			.catch(() => undefined)
			.then(() => saveFraming(store.db, snapshot))
			.then(() => {
				if (this.#timer === undefined) this.save = 'saved';
			});
		this.#writes = write;
		return write;
	}

	addStakeholder(): void {
		this.draft.stakeholders.push({
			name: '',
			type: 'autre',
			role: ''
		} satisfies FramingStakeholder);
		this.changed();
	}

	removeStakeholder(index: number): void {
		this.draft.stakeholders.splice(index, 1);
		this.changed();
	}

	/** Ticks or unticks a theme or lever (the 1–3 rule is checked when creating). */
	toggle(kind: 'themes' | 'levers', key: string, on: boolean): void {
		const list = this.draft[kind].filter((k) => k !== key);
		this.draft[kind] = on ? [...list, key] : list;
		this.changed();
	}

	/**
	 * Creates the project this framing pre-fills and resolves with its id; when the draft already
	 * created one, resolves with that id and writes nothing. Resolves with the first field in
	 * error instead when the framing is not complete, and with `busy` while a creation runs.
	 */
	async createProject(): Promise<{ id: string } | { field: FramingField } | { busy: true }> {
		if (this.creating) return { busy: true };
		this.creating = true;
		try {
			const store = await this.#deps.store();
			const known = this.draft.projectId;
			if (known && (await hasDocument(store.db, known))) {
				this.projectReady = true;
				return { id: known };
			}
			const errors = validateFraming(this.draft);
			this.errors = errors;
			const field = FRAMING_FIELDS.find((f) => errors[f]);
			if (field) return { field };
			// The id is on disk before the project: whatever happens next, no second project.
			const id = known ?? newId();
			this.draft.projectId = id;
			clearTimeout(this.#timer);
			this.#timer = undefined;
			await this.#write(store);
			const user = this.#deps.user();
			const actor = user ? { id: user.id, name: displayName(user) } : undefined;
			await prefillProject(store, id, $state.snapshot(this.draft), actor);
			this.projectReady = true;
			this.#deps.onSaved?.();
			return { id };
		} finally {
			this.creating = false;
		}
	}
}
