// sessions.qr_frames: how many QR codes carry a half-day's attendance of 30 signatures from one
// tablet to the other (its 31 attendance rows, 2 seals and the 30 participants as a gzipped
// `.collabactons` slice, at the default fragment size), and how
// many a camera that misses one code in three ends up watching. Baseline: the same records as
// plain JSON, cut the same way (what a sequence without compression would need).
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { saveLocalRecord } from '../../src/lib/local/records';
import { openLocalStore } from '../../src/lib/local/store';
import {
	DEFAULT_FRAGMENT_BYTES,
	encodeFrames,
	FrameReader
} from '../../src/lib/features/session-transfer';
import { exportRecordSlice } from '../../src/lib/features/session-transfer/sync/slice';
import { sessionFixture } from '../helpers/session-fixture';
import { seeded } from '../helpers/signatures';
import { median, recordMetric } from './metrics';

describe('sessions QR transfer', () => {
	it('sessions.qr_frames', async () => {
		const store = await openLocalStore({ userId: 'bench-qr' });
		const day = await sessionFixture(30);
		const morning = day.session.slots[0]!.key;
		// A half-day as the other tablet needs it: its rows, its seals, the people they are about.
		const selection = {
			attendances: day.attendances.filter((r) => r.slot === morning),
			attendance_seals: day.seals.filter((s) => s.slot === morning),
			participants: day.participants
		};
		for (const [collection, rows] of Object.entries(selection)) {
			for (const { id, ...data } of rows)
				await saveLocalRecord(store.db, collection as never, id, data);
		}
		const payload = await exportRecordSlice(
			store,
			{ id: 'bench', name: 'Bench' },
			Object.fromEntries(
				Object.entries(selection).map(([name, rows]) => [name, rows.map((r) => r.id)])
			)
		);
		await store.close();
		const sequence = encodeFrames(payload);
		const rows = JSON.stringify(Object.values(selection).flat());
		const baseline = Math.ceil(strToU8(rows).length / DEFAULT_FRAGMENT_BYTES);

		const watched: number[] = [];
		for (let seed = 1; seed <= 15; seed++) {
			const random = seeded(seed);
			const reader = new FrameReader();
			let shown = 0;
			for (let i = 0; !reader.result; i++) {
				shown++;
				if (random() >= 1 / 3) reader.push(sequence.frame(i));
			}
			expect(reader.result).toEqual(payload);
			watched.push(shown);
		}
		recordMetric({
			name: 'sessions.qr_frames',
			value: sequence.total,
			unit: 'codes',
			baseline,
			ratio: Number((sequence.total / baseline).toFixed(2)),
			note: `${payload.length} B gzipped, ${DEFAULT_FRAGMENT_BYTES} B per code; a camera missing 1 in 3 watches ${median(watched)} codes (median, ~${Math.round((median(watched) * 250) / 1000)} s at 250 ms per code)`
		});
	});
});
