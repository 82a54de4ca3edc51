// Builds the documents' data (domain/model.ts) from one session as the sessions feature holds
// it: the sheet of a half-day (every expected participant and anyone with a row, the row that
// counts, covered or not, amendments, every seal) and a participant's certificate, which counts
// sealed half-days only (DESIGN.md § 6: counting). Never stores, never draws.
import {
	effectiveAttendance,
	sealReceipt,
	slotCoverage,
	slotView,
	type AttendanceStored,
	type SessionBundle
} from '$lib/features/sessions';
import { minutesAttended, type AttendanceSheet, type Certificate } from '../domain/model';
import { MANDATE_LABELS, MODALITY_LABELS, ORGANISATION, VOLET_LABELS } from '../domain/labels';

/** The module titles of the curriculum, by key (the key itself when unknown on this device). */
export type ModuleTitle = (key: string) => string;

/** The session's data a document needs (the sessions feature's bundle). */
export type SessionData = Pick<SessionBundle, 'session' | 'participants' | 'attendances' | 'seals'>;

function placeOf(data: SessionData): string {
	const { room, commune_name, commune_insee } = data.session;
	const commune = commune_name ? `${commune_name} (${commune_insee})` : commune_insee;
	return room ? `${room}, ${commune}` : commune;
}

/** The countersigners of the session's seals, in sealing order: the facilitators who signed. */
function facilitatorsOf(data: SessionData, slot?: string): string[] {
	const seals = [...data.seals]
		.filter((s) => !slot || s.slot === slot)
		.sort((a, b) => (a.sealed_at < b.sealed_at ? -1 : 1));
	return [...new Set(seals.map((s) => s.countersigner_name).filter(Boolean))];
}

/** The feuille d'émargement of the half-day `slotKey`, or null when the session has no such slot. */
export function attendanceSheet(
	data: SessionData,
	slotKey: string,
	moduleTitle: ModuleTitle
): AttendanceSheet | null {
	const slot = data.session.slots.find((s) => s.key === slotKey);
	if (!slot) return null;
	const view = slotView(slot, data.participants, data.attendances, data.seals);
	const byId = new Map(data.attendances.map((row) => [row.id, row]));
	const seals = data.seals
		.filter((s) => s.slot === slotKey)
		.sort((a, b) => (a.sealed_at < b.sealed_at ? -1 : 1));
	const statusOf = (row: AttendanceStored | undefined) =>
		!row ? 'missing' : row.status === 'present' ? 'signed' : 'absent';
	return {
		organisation: ORGANISATION,
		sessionId: data.session.id,
		title: data.session.title,
		volet: VOLET_LABELS[data.session.volet] ?? data.session.volet,
		modules: (slot.modules.length ? slot.modules : data.session.modules).map(moduleTitle),
		date: slot.date,
		start: slot.start,
		end: slot.end,
		place: placeOf(data),
		modality: MODALITY_LABELS[data.session.modality] ?? data.session.modality,
		facilitators: facilitatorsOf(data, slotKey),
		lines: view.lines.map((line) => {
			const row = line.row;
			const amended = row?.amends ? byId.get(row.amends) : undefined;
			const status = statusOf(row);
			return {
				name: line.participant.name,
				mandate: MANDATE_LABELS[line.participant.mandate] ?? line.participant.mandate,
				commune: line.participant.commune_name,
				status,
				signature: row?.status === 'present' ? row.signature : '',
				arrivedAt: row?.arrived_at ?? '',
				leftAt: row?.left_at ?? '',
				signedAt: row?.signed_at ?? '',
				covered: line.covered,
				amendment: row?.amends
					? {
							note: row.note,
							previous: amended?.status === 'absent' ? 'absent' : 'signed'
						}
					: null,
				walkIn: line.participant.walk_in
			};
		}),
		seals: seals.map((seal) => ({
			receipt: sealReceipt(seal),
			hash: seal.hash,
			sealedAt: seal.sealed_at,
			countersignerName: seal.countersigner_name,
			countersignature: seal.countersignature,
			addendum: Boolean(seal.addendum_of),
			covers: seal.covers.length
		})),
		uncovered: view.uncovered
	};
}

/**
 * The attestation de présence of `participantId`: the half-days where the row that counts says
 * present and a seal covers it, with the minutes attended; null when the person is unknown.
 */
export function certificate(
	data: SessionData,
	participantId: string,
	moduleTitle: ModuleTitle
): Certificate | null {
	const person = data.participants.find((p) => p.id === participantId);
	if (!person) return null;
	const slots = [...data.session.slots].sort((a, b) => (a.key < b.key ? -1 : 1));
	const attended: Certificate['slots'] = [];
	let signedBy: Certificate['signedBy'] = null;
	for (const slot of slots) {
		const rows = data.attendances.filter((r) => r.slot === slot.key);
		const row = effectiveAttendance(rows).get(participantId);
		if (!row || row.status !== 'present') continue;
		const seals = data.seals.filter((s) => s.slot === slot.key);
		const coverage = slotCoverage(rows, seals);
		if (coverage.rows.get(row.id) !== 'covered') continue;
		const seal = seals.find((s) => s.covers.some((c) => c.id === row.id && c.hash === row.hash));
		if (seal) signedBy = { name: seal.countersigner_name, signature: seal.countersignature };
		attended.push({
			date: slot.date,
			start: slot.start,
			end: slot.end,
			modules: (slot.modules.length ? slot.modules : data.session.modules).map(moduleTitle),
			minutes: minutesAttended(slot.start, slot.end, row.arrived_at, row.left_at),
			receipt: seal ? sealReceipt(seal) : ''
		});
	}
	return {
		organisation: ORGANISATION,
		sessionId: data.session.id,
		title: data.session.title,
		volet: VOLET_LABELS[data.session.volet] ?? data.session.volet,
		place: placeOf(data),
		modality: MODALITY_LABELS[data.session.modality] ?? data.session.modality,
		participant: {
			name: person.name,
			mandate: MANDATE_LABELS[person.mandate] ?? person.mandate,
			commune: person.commune_name
		},
		facilitators: facilitatorsOf(data),
		signedBy,
		slots: attended,
		minutes: attended.reduce((sum, s) => sum + s.minutes, 0),
		missed: slots.length - attended.length
	};
}
