// Session documents and sync, for a day of 30 participants over two half-days (each signing
// with a finger-sized signature; tests/helpers/session-fixture.ts):
// - sessions.attendance_pdf_ms / _kb: both half-days' attendance sheets built and saved with
//   pdf-lib (median of 5), and their total size (signatures drawn as vector paths).
// - sessions.sync_kb: bytes one sync cycle sends to a real PocketBase for the whole session
//   (session, 30 participants, 60 attendance rows and an amendment, 3 seals), every row accepted.
//   Baseline: the same rows as plain JSON (the data itself).
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceSheet } from '../../src/lib/features/session-documents';
import { attendanceSheetPdf } from '../../src/lib/features/session-documents/components/pdf/sheet';
import { saveLocalRecord } from '../../src/lib/local/records';
import { openLocalStore } from '../../src/lib/local/store';
import { SyncEngine } from '../../src/lib/sync/engine';
import { PocketBaseTransport } from '../../src/lib/sync/transport';
import { DEMO, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { sessionFixture, type SessionFixture } from '../helpers/session-fixture';
import { median, recordMetric } from './metrics';

const title = (key: string) => `Module ${key.slice(-1)} — titre du module tel que publié`;

describe('sessions documents and sync', () => {
	let server: TestServer;
	let day: SessionFixture;

	beforeAll(async () => {
		server = await startTestServer({ seedDemo: true });
		day = await sessionFixture(30, { uncovered: true });
	});

	afterAll(async () => {
		await server?.dispose();
	});

	it('sessions.attendance_pdf_ms and sessions.attendance_pdf_kb', async () => {
		const times: number[] = [];
		let bytes = 0;
		for (let run = 0; run < 5; run++) {
			const t0 = performance.now();
			bytes = 0;
			for (const slot of day.session.slots) {
				const sheet = attendanceSheet(day, slot.key, title)!;
				expect(sheet.lines.length).toBeGreaterThanOrEqual(30);
				bytes += (await attendanceSheetPdf(sheet)).length;
			}
			times.push(performance.now() - t0);
		}
		const lines = day.session.slots.reduce(
			(n, slot) => n + attendanceSheet(day, slot.key, title)!.lines.length,
			0
		);
		recordMetric({
			name: 'sessions.attendance_pdf_ms',
			value: Math.round(median(times)),
			unit: 'ms',
			note: '2 attendance sheets × 30+ participants, pdf-lib in Node, median of 5 (a tablet is slower)'
		});
		recordMetric({
			name: 'sessions.attendance_pdf_kb',
			value: Number((bytes / 1024).toFixed(1)),
			unit: 'KB',
			note: `both sheets, ${lines} lines with vector signatures: ${(bytes / lines / 1024).toFixed(2)} KB per line`
		});
	});

	it('sessions.sync_kb', async () => {
		const pb = await userClient(server.url, DEMO.facilitateur);
		const store = await openLocalStore({
			userId: pb.authStore.record!.id,
			indexedDB: new IDBFactory()
		});
		const rows: [string, { id: string }[]][] = [
			['training_sessions', [day.session]],
			['participants', day.participants],
			['attendances', day.attendances],
			['attendance_seals', day.seals]
		];
		let plain = 0;
		for (const [collection, list] of rows) {
			for (const { id, ...data } of list) {
				plain += JSON.stringify(data).length;
				await saveLocalRecord(store.db, collection as never, id, data);
			}
		}
		const engine = new SyncEngine({ store, transport: new PocketBaseTransport(pb) });
		const cycle = await engine.cycle();
		expect(cycle.status).toBe('ok');
		const refused = await store.db.outbox.filter((e) => e.state === 'rejected').toArray();
		expect(
			refused.map((e) => `${e.collection} ${e.recordId} ${JSON.stringify(e).slice(-300)}`)
		).toEqual([]);
		await store.close();
		const total = rows.reduce((n, [, list]) => n + list.length, 0);
		recordMetric({
			name: 'sessions.sync_kb',
			value: Number((cycle.bytesSent / 1024).toFixed(1)),
			unit: 'KB',
			baseline: Number((plain / 1024).toFixed(1)),
			ratio: Number((cycle.bytesSent / plain).toFixed(2)),
			note: `${total} rows of a session of 30 in ${cycle.requests} request(s); baseline: the rows as plain JSON`
		});
	});
});
