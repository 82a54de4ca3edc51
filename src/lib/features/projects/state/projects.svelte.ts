// An editor per open project for the screens (its Yjs document through local/projects; the
// list of projects is project-list.svelte.ts). A change is
// reported "Enregistré sur cet appareil" only once it is in IndexedDB. Pages talk to this, never
// to Yjs or Dexie; validation comes from domain/, and a value that fails it is refused
// whole (the document is not touched). Every change names its author for the history.
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
	updateProjectMeta
} from '../local/projects';
import { savePhotos, type PreparedPhoto, ProjectPhotos } from '$lib/features/photos';
import { watch } from '$lib/local/watch';
import { session } from '$lib/state/session.svelte';
import { itemState, syncState, worstState, type ItemState } from '$lib/state/sync.svelte';

import { currentActor, isEluOf } from './actor';

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
		const photos = new ProjectPhotos(store, id);
		this.photos = photos;
		this.#stops.push(() => photos.destroy());
		const refresh = () => {
			const project = readProject(id, local.doc);
			this.project = { ...project, log: sortLog(project.log) };
			// Changes merged from other devices can change the summary too: keep it in step (only
			// élus of the commune write it; the server would refuse anyone else).
			if (!isEluOf(project.commune)) return;
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
		await this.#saving(() =>
			updateProjectMeta(syncState.store!, local.id, local.doc, { title }, currentActor())
		);
		return null;
	}

	/** Changes the status. */
	async setStatus(status: ProjectStatus): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(() =>
			updateProjectMeta(syncState.store!, local.id, local.doc, { status }, currentActor())
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
		void this.#saving(async () => setText(local.doc, field, text, currentActor()));
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
		await this.#saving(async () => setTags(local.doc, kind, tags, currentActor()));
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
			addItem(local.doc, list, fields, currentActor());
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
		await this.#saving(async () => updateItem(local.doc, list, id, patch, currentActor()));
		return null;
	}

	/** Removes an item of a list of the canvas. */
	async removeItem(list: ProjectListName, id: string): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(async () => removeItem(local.doc, list, id, currentActor()));
	}

	/** Moves a method step (or milestone, stakeholder) one place up or down. */
	async moveItem(
		list: 'method' | 'milestones' | 'stakeholders',
		id: string,
		delta: -1 | 1
	): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(async () => moveItem(local.doc, list, id, delta, currentActor()));
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
		await this.#saving(async () => addMeasurement(local.doc, indicatorId, parsed, currentActor()));
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
			updateMeasurement(local.doc, indicatorId, measurementId, parsed, currentActor())
		);
		return null;
	}

	/** Removes a measurement (the screen asks first). */
	async removeMeasurement(indicatorId: string, measurementId: string): Promise<void> {
		const local = this.#local;
		if (!local) return;
		await this.#saving(async () =>
			removeMeasurement(local.doc, indicatorId, measurementId, currentActor())
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
		await this.#saving(async () => setBudget(local.doc, parsed.amount, currentActor()));
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
		const author = session.user?.id ?? '';
		const entryId = newId();
		const kept = photos.map((p) => ({ ...p, id: newId() }));
		await this.#saving(async () => {
			if (kept.length) await savePhotos((await syncState.ready()).db, projectId, entryId, kept);
			const refs = kept.map(({ id, width, height }) => ({ id, width, height }));
			addLogEntry(local.doc, { ...entry, author, id: entryId, photos: refs }, currentActor());
		});
		return this.save === 'error' ? 'projects.errors.photosNotSaved' : null;
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
			syncState.noteLocalWrite();
		} catch (error) {
			this.#inFlight--;
			this.#failed = true;
			console.error('local save failed', error);
			this.save = 'error';
		}
	}
}
