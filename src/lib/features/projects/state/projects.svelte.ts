// Projects for the screens: an editor per open project (its Yjs document through local/projects;
// the list is project-list.svelte.ts, re-exported here). A change is reported "Enregistré sur
// cet appareil" only once it is in IndexedDB. Pages talk to this, never to Yjs or Dexie;
// validation comes from domain/, and a value that fails it is refused whole (the document
// is not touched). Every change names its author for the history.
import { newId } from '$lib/domain/sync/ids';
import type {
	Project,
	ProjectListItems,
	ProjectListName,
	ProjectStatus,
	ProjectTextField
} from '../domain/types';
import { isProjectSection, sortLog, type ProjectHistoryEntry } from '../domain/types';
import { authorNames, sortHistory } from '../domain/canvas';
import {
	LIST_MAX,
	parseAmount,
	parseMeasurement,
	parseOptionalNumber,
	validateItem,
	validateLogEntry,
	validateTags,
	validateText,
	validateTitle,
	type ProjectError
} from '../domain/validation';
import { hasDocument } from '$lib/local/doc-metas';
import type { LocalDoc } from '$lib/local/docs';
import {
	addItem,
	addLogEntry,
	addMeasurement,
	moveItem,
	readProject,
	removeItem,
	removeMeasurement,
	setBudget,
	setTags,
	setText,
	syncSummary,
	updateItem,
	updateMeasurement,
	updateProjectMeta,
	type ProjectActor
} from '../local/projects';
import { savePhotos, type PreparedPhoto, ProjectPhotos } from '$lib/features/photos';
import { loadDocumentOutbox } from '$lib/local/outbox';
import type { LocalStore } from '$lib/local/store';
import { watch } from '$lib/local/watch';
import { actorOf, defaultProjectDeps, isEluOf, type ProjectDeps } from './project-list.svelte';
import { itemState, worstState, type ItemState } from '$lib/state/sync.svelte';

export { ProjectList, type ProjectDeps } from './project-list.svelte';

/** Where the last change stands on this device. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** One open project: its content, save status and per-item sync state. */
export class ProjectEditor {
	project = $state.raw<Project | null>(null);
	status = $state<'loading' | 'ready' | 'missing'>('loading');
	save = $state<SaveStatus>('idle');
	/** The document's sync state, and that of each log entry written on this device. */
	docState = $state<ItemState>('confirmed');
	entryStates = $state.raw<Record<string, ItemState>>({});
	/** The project's log photos on this device (once open). */
	photos = $state.raw<ProjectPhotos | undefined>();
	/** Who changed what, newest first, merged from every device. */
	history = $derived<ProjectHistoryEntry[]>(
		sortHistory((this.project?.history ?? []).filter((l) => isProjectSection(l.section)))
	);

	/** Who wrote what: author names by user id, from the history. */
	authors = $derived(authorNames(this.project?.history ?? []));

	#local: LocalDoc | undefined;
	#stops: (() => void)[] = [];
	#inFlight = 0;
	/** A local write failed: the page keeps saying so (storage full, quota). */
	#failed = false;
	#closed = false;
	#summary: Promise<void> = Promise.resolve();
	#store: LocalStore | undefined;
	readonly #deps: ProjectDeps;

	constructor(deps: ProjectDeps = defaultProjectDeps) {
		this.#deps = deps;
	}

	/** Loads project `id` (from this device only). */
	async open(id: string): Promise<void> {
		const store = await this.#deps.store();
		this.#store = store;
		if (!(await hasDocument(store.db, id))) {
			this.status = 'missing';
			return;
		}
		const local = await store.docs.acquire(id);
		if (this.#closed) {
			await local.release();
			return;
		}
		this.#local = local;
		const photos = new ProjectPhotos(store, id);
		this.photos = photos;
		this.#stops.push(() => photos.destroy());
		const refresh = () => {
			const project = readProject(id, local.doc);
			this.project = { ...project, log: sortLog(project.log) };
			// Changes merged from other devices can change the summary too: keep it in step (only
			// élus of the commune write it; the server would refuse anyone else).
			if (!isEluOf(this.#deps.user(), project.commune)) return;
			this.#summary = this.#summary
				.then(() => syncSummary(store, id, local.doc))
				.then(() => undefined)
				.catch((error: unknown) => console.error('project summary not saved', error));
		};
		refresh();
		local.doc.on('update', refresh);
		this.#stops.push(() => local.doc.off('update', refresh));
		this.#stops.push(
			watch(
				() => loadDocumentOutbox(store.db, id),
				(entries) => {
					this.docState = worstState(entries.map(itemState));
					const states: Record<string, ItemState> = {};
					// An entry written here travels in the first outbox row made after it; entries of
					// other authors came from the server.
					for (const entry of this.project?.log ?? []) {
						if (entry.author !== this.#deps.user()?.id) continue;
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
		// A summary write started by the last change finishes before the document is let go.
		await this.#summary;
		await this.#local?.release();
		this.#local = undefined;
	}

	/** Renames the project. */
	async setTitle(title: string): Promise<ProjectError | null> {
		const error = validateTitle(title);
		if (error || !this.#local) return error;
		const local = this.#local;
		const store = this.#store!;
		await this.#saving(() =>
			updateProjectMeta(store, local.id, local.doc, { title }, this.#actor())
		);
		return null;
	}

	/** Changes the status. */
	async setStatus(status: ProjectStatus): Promise<void> {
		const local = this.#local;
		const store = this.#store;
		if (!local || !store) return;
		await this.#saving(() =>
			updateProjectMeta(store, local.id, local.doc, { status }, this.#actor())
		);
	}

	/**
	 * Edits a free-text field (local problem, proposed solution, description). Applied at once,
	 * as the smallest edit from the document's current text, so that concurrent edits from other
	 * devices (shown as they arrive) are kept. Too long a text is refused whole.
	 */
	editText(field: ProjectTextField, text: string): ProjectError | null {
		const error = validateText(text);
		if (error || !this.#local) return error;
		const local = this.#local;
		void this.#saving(async () => setText(local.doc, field, text, this.#actor()));
		return null;
	}

	/** Edits the description (the first screens' name for `editText('description', …)`). */
	editDescription(text: string): ProjectError | null {
		return this.editText('description', text);
	}

	/** Makes the ticked themes (or levers) exactly `tags`. */
	async setTags(kind: 'themes' | 'levers', tags: string[]): Promise<ProjectError | null> {
		const error = validateTags(kind, tags);
		if (error || !this.#local) return error;
		const local = this.#local;
		await this.#saving(async () => setTags(local.doc, kind, tags, this.#actor()));
		return null;
	}

	/** Adds an item to a list of the canvas. */
	async addItem<L extends ProjectListName>(
		list: L,
		fields: ProjectListItems[L]
	): Promise<ProjectError | null> {
		const error =
			(this.project && this.project[list].length >= LIST_MAX ? 'projects.errors.listFull' : null) ??
			validateItem(list, fields);
		if (error || !this.#local) return error;
		const local = this.#local;
		await this.#saving(async () => {
			addItem(local.doc, list, fields, this.#actor());
		});
		return null;
	}

	/** Changes fields of an item of a list of the canvas. */
	async updateItem<L extends ProjectListName>(
		list: L,
		id: string,
		patch: Partial<ProjectListItems[L]>
	): Promise<ProjectError | null> {
		const error = validateItem(list, patch);
		if (error || !this.#local) return error;
		const local = this.#local;
		await this.#saving(async () => updateItem(local.doc, list, id, patch, this.#actor()));
		return null;
	}

	/** Removes an item of a list of the canvas. */
	async removeItem(list: ProjectListName, id: string): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(async () => removeItem(local.doc, list, id, this.#actor()));
	}

	/** Moves a method step (or milestone, stakeholder) one place up or down. */
	async moveItem(
		list: 'method' | 'milestones' | 'stakeholders',
		id: string,
		delta: -1 | 1
	): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(async () => moveItem(local.doc, list, id, delta, this.#actor()));
	}

	/** Adds an indicator as typed: baseline and target are optional numbers. */
	async addIndicator(input: {
		name: string;
		unit: string;
		baseline: string;
		target: string;
	}): Promise<ProjectError | null> {
		const baseline = parseOptionalNumber(input.baseline);
		const target = parseOptionalNumber(input.target);
		if (baseline === undefined || target === undefined) return 'projects.errors.numberInvalid';
		return this.addItem('indicators', {
			name: input.name.trim(),
			unit: input.unit.trim(),
			baseline,
			target
		});
	}

	/** Adds a funder as typed: the amount in euros is optional. */
	async addFunder(input: { name: string; amount: string }): Promise<ProjectError | null> {
		const parsed = parseAmount(input.amount);
		if ('error' in parsed) return parsed.error;
		return this.addItem('funders', { name: input.name.trim(), amount: parsed.amount });
	}

	/** Adds a dated measurement typed by the user; a value that is not a number is refused. */
	async addMeasurement(
		indicatorId: string,
		input: { date: string; value: string }
	): Promise<ProjectError | null> {
		const parsed = parseMeasurement(input);
		if ('error' in parsed) return parsed.error;
		const count = this.project?.indicators.find((i) => i.id === indicatorId)?.measurements.length;
		if ((count ?? 0) >= LIST_MAX) return 'projects.errors.listFull';
		const local = this.#local;
		if (!local) return null;
		await this.#saving(async () => addMeasurement(local.doc, indicatorId, parsed, this.#actor()));
		return null;
	}

	/** Corrects a measurement as typed (date and value); a value that is not a number is refused. */
	async updateMeasurement(
		indicatorId: string,
		measurementId: string,
		input: { date: string; value: string }
	): Promise<ProjectError | null> {
		const parsed = parseMeasurement(input);
		if ('error' in parsed) return parsed.error;
		const local = this.#local;
		if (!local) return null;
		await this.#saving(async () =>
			updateMeasurement(local.doc, indicatorId, measurementId, parsed, this.#actor())
		);
		return null;
	}

	/** Removes a measurement (the screen asks first). */
	async removeMeasurement(indicatorId: string, measurementId: string): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(async () =>
			removeMeasurement(local.doc, indicatorId, measurementId, this.#actor())
		);
	}

	/** Corrects an indicator as typed: its name, unit, baseline and target. */
	async updateIndicator(
		id: string,
		input: { name: string; unit: string; baseline: string; target: string }
	): Promise<ProjectError | null> {
		const baseline = parseOptionalNumber(input.baseline);
		const target = parseOptionalNumber(input.target);
		if (baseline === undefined || target === undefined) return 'projects.errors.numberInvalid';
		return this.updateItem('indicators', id, {
			name: input.name.trim(),
			unit: input.unit.trim(),
			baseline,
			target
		});
	}

	/** Sets the total budget as typed ("12 000", "12000,50"; empty clears it). */
	async setBudget(input: string): Promise<ProjectError | null> {
		const parsed = parseAmount(input);
		if ('error' in parsed) return parsed.error;
		const local = this.#local;
		if (!local) return null;
		await this.#saving(async () => setBudget(local.doc, parsed.amount, this.#actor()));
		return null;
	}

	/**
	 * Adds a dated entry to the log, with photos already resized on the device. The photos are
	 * saved first: an entry never points at a photo this device does not hold.
	 */
	async addLog(
		entry: { date: string; text: string },
		photos: readonly PreparedPhoto[] = []
	): Promise<ProjectError | null> {
		const error = validateLogEntry({ ...entry, photos: photos.length });
		if (error || !this.#local || !this.project) return error;
		const local = this.#local;
		const projectId = this.project.id;
		const author = this.#deps.user()?.id ?? '';
		const store = this.#store!;
		const entryId = newId();
		const kept = photos.map((p) => ({ ...p, id: newId() }));
		await this.#saving(async () => {
			if (kept.length) await savePhotos(store.db, projectId, entryId, kept);
			const refs = kept.map(({ id, width, height }) => ({ id, width, height }));
			addLogEntry(local.doc, { ...entry, author, id: entryId, photos: refs }, this.#actor());
		});
		return this.save === 'error' ? 'projects.errors.photosNotSaved' : null;
	}

	#actor(): ProjectActor | undefined {
		return actorOf(this.#deps.user());
	}

	async #saving(write: () => Promise<void>): Promise<void> {
		// "Enregistré" only once every write started so far is in IndexedDB.
		this.#inFlight++;
		this.save = 'saving';
		try {
			await write();
			await this.#summary;
			await this.#local?.whenSaved();
			if (--this.#inFlight === 0 && !this.#failed) this.save = 'saved';
			this.#deps.onSaved();
		} catch (error) {
			this.#inFlight--;
			this.#failed = true;
			console.error('local save failed', error);
			this.save = 'error';
		}
	}
}
