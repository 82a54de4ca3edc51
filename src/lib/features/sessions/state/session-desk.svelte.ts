// One session on the facilitator's tablet, for every screen about it (the session page, the
// attendance of a half-day, and the other features: run mode, documents, transfer): the session
// with its participants, attendance rows and seals as this device holds them (live), and what a
// facilitator does with them offline — add a person (the same person twice stays one), import a
// spreadsheet, accept or decline a request, sign a participant in, mark them absent, late or
// leaving early, and seal a half-day (or add an addendum for rows that came later). Pages and
// components talk to this, never to Dexie. A sealed row is never changed: a correction is an
// amendment row.
import { CsvError, readCsv } from '$lib/domain/csv';
import { signCharterInRoom } from '$lib/features/charters';
import { watch } from '$lib/local/watch';
import { session as signedIn } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { hashAttendance, validateAttendance } from '../domain/attendance';
import {
	isoNow,
	isoOf,
	slotView,
	type SlotLine as DomainSlotLine,
	type SlotView as DomainSlotView
} from '../domain/views';
import type { AttendanceContent } from '../domain/attendance';
import { newId } from '$lib/domain/sync/ids';
import { attendanceId, participantId } from '../domain/ids';
import {
	IMPORT_MAX_ROWS,
	PARTICIPANT_COLUMNS,
	participantFromRow,
	type CommuneLookup,
	type ImportRefusal
} from '../domain/import';
import { cleanName, enrolmentFor, validateParticipant } from '../domain/participant';
import { isSignatureDrawn, parseSignature } from '../domain/signature';
import { hashSeal, nextCovers, slotCoverage } from '../domain/seal';
import { sessionWarnings, type CommuneClass, type SessionWarning } from '../domain/session';
import type {
	Enrolment,
	Funding,
	ParticipantData,
	ParticipantMandate,
	Slot
} from '../domain/types';
import {
	loadSessionBundle,
	saveAttendance,
	saveParticipant,
	saveSeal,
	type AttendanceStored,
	type ParticipantRow,
	type SessionBundle
} from '../local/sessions';

/** What the facilitator types to add a person. */
export interface NewParticipant {
	name: string;
	mandate: ParticipantMandate;
	commune_insee: string;
	commune_name: string;
	email?: string;
	user?: string;
	funding?: Funding;
	walk_in?: boolean;
}

export type SlotLine = DomainSlotLine<ParticipantRow, AttendanceStored>;
export type SlotView = DomainSlotView<ParticipantRow, AttendanceStored>;

/** The result of a spreadsheet import: counts, and each refused line in French. */
export interface ImportReport {
	added: number;
	duplicates: number;
	refused: ImportRefusal[];
	/** A whole-file problem (wrong columns, encoding, too many lines): its message key and params. */
	error?: { key: string; params: Record<string, string | number> };
}

const nowIso = isoNow;

export class SessionDesk {
	bundle = $state.raw<SessionBundle | null>(null);
	loaded = $state(false);
	#stop: (() => void) | undefined;
	#id = '';

	readonly participants = $derived(
		[...(this.bundle?.participants ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
	);
	readonly expected = $derived(this.participants.filter((p) => p.enrolment === 'inscrit'));
	readonly requests = $derived(this.participants.filter((p) => p.enrolment === 'demande'));
	readonly waiting = $derived(this.participants.filter((p) => p.enrolment === 'attente'));
	readonly slots = $derived(
		[...(this.bundle?.session.slots ?? [])].sort((a, b) => (a.key < b.key ? -1 : 1))
	);
	readonly views = $derived(this.slots.map((slot) => this.#view(slot)));

	/** Starts following the session `id` on this device (again for another id). */
	follow(id: string): void {
		if (this.#id === id && this.#stop) return;
		this.stop();
		this.#id = id;
		this.loaded = false;
		syncState
			.ready()
			.then((store) => {
				if (this.#id !== id) return;
				this.#stop = watch(
					() => loadSessionBundle(store.db, id),
					(bundle) => {
						this.bundle = bundle;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('session unavailable', error));
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}

	/** The view of the half-day `key`, if the session has it. */
	view(key: string): SlotView | undefined {
		return this.views.find((v) => v.slot.key === key);
	}

	/** Warnings for the accepted participants (DIF above 15, mixed cohort in volet 2, seats). */
	warnings(classOf: (insee: string) => CommuneClass | undefined): SessionWarning[] {
		const session = this.bundle?.session;
		if (!session) return [];
		return sessionWarnings(
			session,
			this.expected.map((p) => ({ funding: p.funding, communeClass: classOf(p.commune_insee) }))
		);
	}

	#view(slot: Slot): SlotView {
		return slotView(
			slot,
			this.participants,
			this.bundle?.attendances ?? [],
			this.bundle?.seals ?? []
		);
	}

	async #db() {
		return (await syncState.ready()).db;
	}

	#require(): SessionBundle {
		if (!this.bundle) throw new Error('no session loaded');
		return this.bundle;
	}

	/**
	 * Adds a person (or a walk-in on the day). The same person (name and commune) added twice
	 * stays one row. Resolves with the French problems, or [] once it is in IndexedDB.
	 */
	async addParticipant(input: NewParticipant): Promise<{ errors: string[]; duplicate: boolean }> {
		const bundle = this.#require();
		const id = await participantId(bundle.session.id, input.name, input.commune_insee);
		const existing = bundle.participants.find((p) => p.id === id);
		const accepted = bundle.participants.filter((p) => p.enrolment === 'inscrit').length;
		const data: ParticipantData = {
			session: bundle.session.id,
			user: input.user ?? existing?.user ?? '',
			name: cleanName(input.name),
			mandate: input.mandate,
			commune_insee: input.commune_insee,
			commune_name: input.commune_name,
			email: (input.email ?? '').trim(),
			funding: input.funding ?? 'gratuit',
			enrolment:
				existing?.enrolment === 'inscrit' || input.walk_in
					? 'inscrit'
					: enrolmentFor(accepted, bundle.session.capacity),
			walk_in: input.walk_in ?? existing?.walk_in ?? false,
			added_at: existing?.added_at ?? nowIso()
		};
		const errors = validateParticipant(data).map((e) => e.message);
		if (errors.length) return { errors, duplicate: false };
		await saveParticipant(await this.#db(), id, data);
		return { errors: [], duplicate: Boolean(existing) };
	}

	/** Accepts, puts on the waiting list or declines a participant. */
	async setEnrolment(participant: string, enrolment: Enrolment): Promise<void> {
		const row = this.#require().participants.find((p) => p.id === participant);
		if (!row) throw new Error('unknown participant');
		const data: ParticipantData = {
			session: row.session,
			user: row.user,
			name: row.name,
			mandate: row.mandate,
			commune_insee: row.commune_insee,
			commune_name: row.commune_name,
			email: row.email,
			funding: row.funding,
			enrolment,
			walk_in: row.walk_in,
			added_at: isoOf(String(row.added_at))
		};
		await saveParticipant(await this.#db(), row.id, data);
	}

	/**
	 * Imports a spreadsheet of participants: every good line is saved (the same person twice stays
	 * one), every refused line is reported with its number and reason, a file that cannot be read
	 * (wrong columns, encoding, more than IMPORT_MAX_ROWS lines) imports nothing.
	 */
	async importCsv(bytes: Uint8Array | ArrayBuffer, communes: CommuneLookup): Promise<ImportReport> {
		const bundle = this.#require();
		let result;
		try {
			result = readCsv(bytes, PARTICIPANT_COLUMNS, { maxRows: IMPORT_MAX_ROWS });
		} catch (error) {
			if (error instanceof CsvError) {
				const key =
					error.code === 'not_text'
						? `csv.error.not_text.${error.params.kind}`
						: `csv.error.${error.code}`;
				return { added: 0, duplicates: 0, refused: [], error: { key, params: error.params } };
			}
			throw error;
		}
		const refused: ImportRefusal[] = result.refused.map((r) => ({
			line: r.line,
			code: r.code as ImportRefusal['code'],
			params: { line: r.line, ...(r.params ?? {}) }
		}));
		const seen = new Set<string>(); // eslint-disable-line svelte/prefer-svelte-reactivity -- local to this call
		for (const p of bundle.participants) seen.add(p.id);
		let accepted = bundle.participants.filter((p) => p.enrolment === 'inscrit').length;
		const rows: { id: string; data: ParticipantData }[] = [];
		let duplicates = 0;
		const addedAt = nowIso();
		for (const row of result.rows) {
			const parsed = participantFromRow(row, bundle.session.id, communes, addedAt);
			if ('refusal' in parsed) {
				refused.push(parsed.refusal);
				continue;
			}
			const id = await participantId(
				bundle.session.id,
				parsed.data.name,
				parsed.data.commune_insee
			);
			if (seen.has(id)) {
				duplicates++;
				continue;
			}
			seen.add(id);
			parsed.data.enrolment = enrolmentFor(accepted, bundle.session.capacity);
			if (parsed.data.enrolment === 'inscrit') accepted++;
			rows.push({ id, data: parsed.data });
		}
		const db = await this.#db();
		for (const row of rows) await saveParticipant(db, row.id, row.data);
		refused.sort((a, b) => a.line - b.line);
		return { added: rows.length, duplicates, refused };
	}

	/**
	 * Records a participant's presence in a half-day: signed (present), or absent; with a late
	 * arrival or an early departure. Before the half-day is sealed the row is replaced; once its
	 * row is sealed, the change is an amendment row pointing at it. Resolves with the French
	 * problems, or [] once it is in IndexedDB.
	 */
	async record(
		slot: string,
		participant: string,
		entry: {
			status: 'present' | 'absent';
			signature?: string;
			arrived_at?: string;
			left_at?: string;
			note?: string;
		}
	): Promise<string[]> {
		const bundle = this.#require();
		const view = this.view(slot);
		if (!view) return ['Cette demi-journée ne fait pas partie de la session.'];
		const line = view.lines.find((l) => l.participant.id === participant);
		const current = line?.row;
		// A covered row never changes: the change is a new amendment pointing at it. An uncovered
		// amendment is replaced in place; otherwise the row is the original (session, slot, person).
		let id = await attendanceId(bundle.session.id, slot, participant);
		let amends = '';
		if (current && line?.covered) {
			id = newId();
			amends = current.id;
		} else if (current?.amends) {
			id = current.id;
			amends = current.amends;
		}
		const content: AttendanceContent = {
			session: bundle.session.id,
			slot,
			participant,
			status: entry.status,
			mode: 'sur_place',
			signature: entry.status === 'present' ? (entry.signature ?? '') : '',
			signed_at: nowIso(),
			arrived_at: entry.arrived_at ?? '',
			left_at: entry.left_at ?? '',
			amends,
			note: entry.note ?? ''
		};
		const errors = validateAttendance(content).map((e) => e.message);
		if (errors.length) return errors;
		await saveAttendance(await this.#db(), id, await hashAttendance(content));
		return [];
	}

	/**
	 * Seals a half-day with the facilitator's countersignature: a seal covering every row not yet
	 * covered (the first seal, or an addendum to the last one). A participant without a row is
	 * absent on the sheet; no row is written for them, so that a signature taken on the other
	 * tablet arrives as a new, uncovered row rather than a change to a sealed one. Resolves with
	 * the French problems, or [].
	 */
	async seal(slot: string, countersignerName: string, countersignature: string): Promise<string[]> {
		const bundle = this.#require();
		const name = cleanName(countersignerName);
		if (!name) return ['Indiquez le nom de l’animateur qui contresigne.'];
		const strokes = parseSignature(countersignature);
		if (!strokes || !isSignatureDrawn(strokes)) {
			return ['La contresignature est vide ou trop courte : signez avec le doigt dans le cadre.'];
		}
		const view = this.view(slot);
		if (!view) return ['Cette demi-journée ne fait pas partie de la session.'];
		const db = await this.#db();
		const fresh = await loadSessionBundle(db, bundle.session.id);
		const rows = (fresh?.attendances ?? []).filter((row) => row.slot === slot);
		const seals = (fresh?.seals ?? []).filter((seal) => seal.slot === slot);
		const covers = nextCovers(rows, seals);
		if (!covers.length) return ['Toutes les lignes de cette demi-journée sont déjà scellées.'];
		const last = slotCoverage(rows, seals).last;
		const data = await hashSeal({
			session: bundle.session.id,
			slot,
			covers,
			countersigner_name: name,
			countersignature,
			sealed_at: nowIso(),
			addendum_of: last ? last.id : ''
		});
		await saveSeal(db, newId(), data);
		return [];
	}

	/**
	 * A participant signs the engagement charter in the room, the facilitator countersigns
	 * (DESIGN.md § 6: the signer is the participant, the author the facilitator). Resolves with
	 * the receipt, or the French problems and nothing saved.
	 */
	async signCharter(
		participant: string,
		signature: string,
		countersignerName: string,
		countersignature: string
	): Promise<{ receipt: string; errors: string[] }> {
		const row = this.#require().participants.find((p) => p.id === participant);
		if (!row) return { receipt: '', errors: ['Cette personne n’est pas inscrite à la session.'] };
		if (row.mandate === 'autre') {
			return {
				receipt: '',
				errors: ['Le contrat d’engagement est signé par un élu : maire, adjoint ou conseiller.']
			};
		}
		return signCharterInRoom(
			await this.#db(),
			{
				participantId: row.id,
				signerName: row.name,
				mandate: row.mandate,
				communeInsee: row.commune_insee,
				communeName: row.commune_name,
				signature,
				countersignerName: cleanName(countersignerName),
				countersignature
			},
			nowIso()
		);
	}

	/** The signed-in facilitator's name, to prefill the countersignature. */
	get facilitatorName(): string {
		return signedIn.user?.name ?? '';
	}
}
