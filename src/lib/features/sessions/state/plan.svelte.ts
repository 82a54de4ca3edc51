// The form that plans a session (or changes it): its fields as the facilitator types them, the
// half-days added and removed, the checks with a French message each, and the save on this
// device (offline). Pages talk to this, never to Dexie.
import { syncState } from '$lib/state/sync.svelte';
import { newId } from '$lib/domain/sync/ids';
import { halfOf, slotKey, validateSession, type SessionError } from '../domain/session';
import type { Modality, SessionData, Slot } from '../domain/types';
import { saveSession, type SessionRow } from '../local/sessions';

/** A half-day as the form edits it (its key is derived on save). */
export interface SlotDraft {
	date: string;
	start: string;
	end: string;
	modules: string[];
}

export class SessionPlan {
	id = $state('');
	title = $state('');
	volet = $state('intelligence_collective');
	modules = $state<string[]>([]);
	slots = $state<SlotDraft[]>([{ date: '', start: '09:00', end: '12:00', modules: [] }]);
	communeInsee = $state('');
	communeName = $state('');
	room = $state('');
	modality = $state<Modality>('presentiel');
	coFacilitators = $state<string[]>([]);
	capacity = $state(15);
	notes = $state('');
	errors = $state.raw<SessionError[]>([]);
	saving = $state(false);
	#existing = false;

	/** Fills the form from a stored session (to change it). */
	edit(row: SessionRow): void {
		this.#existing = true;
		this.id = row.id;
		this.title = row.title;
		this.volet = row.volet;
		this.modules = [...row.modules];
		this.slots = row.slots.map((s) => ({
			date: s.date,
			start: s.start,
			end: s.end,
			modules: [...s.modules]
		}));
		this.communeInsee = row.commune_insee;
		this.communeName = row.commune_name;
		this.room = row.room;
		this.modality = row.modality;
		this.coFacilitators = [...(row.co_facilitators ?? [])];
		this.capacity = row.capacity;
		this.notes = row.notes;
	}

	addSlot(): void {
		const last = this.slots[this.slots.length - 1];
		const afternoon = last && halfOf(last.start) === 'am';
		this.slots = [
			...this.slots,
			{
				date: last?.date ?? '',
				start: afternoon ? '14:00' : '09:00',
				end: afternoon ? '17:00' : '12:00',
				modules: last ? [...last.modules] : []
			}
		];
	}

	removeSlot(index: number): void {
		this.slots = this.slots.filter((_, i) => i !== index);
	}

	/** The record data the form stands for. */
	data(): SessionData {
		const slots: Slot[] = this.slots.map((s) => ({
			key: slotKey(s.date, halfOf(s.start)),
			date: s.date,
			start: s.start,
			end: s.end,
			// A half-day teaches the session's module when there is only one.
			modules: s.modules.length
				? [...s.modules]
				: this.modules.length === 1
					? [...this.modules]
					: []
		}));
		return {
			title: this.title.trim(),
			volet: this.volet,
			modules: [...this.modules],
			slots,
			commune_insee: this.communeInsee,
			commune_name: this.communeName,
			room: this.room.trim(),
			modality: this.modality,
			co_facilitators: [...this.coFacilitators],
			capacity: Number(this.capacity),
			status: 'prevue',
			notes: this.notes
		};
	}

	/** Checks and saves on this device; resolves with the session id, or null with `errors` set. */
	async save(): Promise<string | null> {
		const data = this.data();
		this.errors = validateSession(data);
		if (this.errors.length) return null;
		this.saving = true;
		try {
			const id = this.#existing ? this.id : newId();
			await saveSession((await syncState.ready()).db, id, data);
			this.id = id;
			this.#existing = true;
			return id;
		} finally {
			this.saving = false;
		}
	}
}
