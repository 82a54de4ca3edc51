// Attendance rows in `.collabactons` files (co-facilitators' tablets with no network): every row
// of the device is exported; on import a row is never lost and a sealed row never changes. When
// both tablets wrote the row of the same person and half-day (same id, different content): if
// this tablet's row is sealed, the other one is kept as an amendment pointing at it (shown
// uncovered until an addendum seal); otherwise the later signature wins. Importing twice adds
// nothing. Never talks to the network.
import type { BundleRecord } from '$lib/domain/sync/bundle-format';
import type { UserDatabase } from '$lib/local/db';
import { plainRecordData } from '$lib/local/collection';
import { hashAttendance, type AttendanceContent } from '../domain/attendance';
import { slotCoverage } from '../domain/seal';
import type { AttendanceData } from '../domain/types';
import { saveAttendance, type AttendanceStored, type SealRow } from '../local/sessions';

/** Every attendance row of this device, as file records. */
export async function attendanceBundleRecords(db: UserDatabase): Promise<BundleRecord[]> {
	const rows = await db.attendances.toArray();
	return rows.map((row) => ({ collection: 'attendances', id: row.id, data: plainRecordData(row) }));
}

function contentOf(data: AttendanceData): AttendanceContent {
	return {
		session: data.session,
		slot: data.slot,
		participant: data.participant,
		status: data.status,
		mode: data.mode,
		signature: data.signature,
		signed_at: data.signed_at,
		arrived_at: data.arrived_at,
		left_at: data.left_at,
		amends: data.amends,
		note: data.note
	};
}

/** Merges one attendance row of a file (see the module header). */
export async function mergeAttendance(
	db: UserDatabase,
	record: BundleRecord
): Promise<'added' | 'same'> {
	const incoming = record.data as unknown as AttendanceData;
	const current = (await db.attendances.get(record.id)) as AttendanceStored | undefined;
	if (!current) {
		await saveAttendance(db, record.id, { ...contentOf(incoming), hash: incoming.hash });
		return 'added';
	}
	if (current.hash === incoming.hash) return 'same';
	const seals = (await db.attendance_seals
		.where('session')
		.equals(current.session)
		.toArray()) as unknown as SealRow[];
	const sealed =
		slotCoverage(
			[current],
			seals.filter((s) => s.slot === current.slot)
		).state === 'sealed';
	if (sealed) {
		// The other tablet's row becomes an amendment of the sealed one; its id follows from its
		// own hash, so importing the file again finds it.
		const id = incoming.hash.slice(0, 15);
		if (await db.attendances.get(id)) return 'same';
		const amendment = await hashAttendance({ ...contentOf(incoming), amends: current.id });
		await saveAttendance(db, id, amendment);
		return 'added';
	}
	if (incoming.signed_at <= current.signed_at) return 'same';
	await saveAttendance(db, record.id, { ...contentOf(incoming), hash: incoming.hash });
	return 'added';
}
