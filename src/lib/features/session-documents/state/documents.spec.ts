// The documents' data from a day in the room (tests/helpers/session-fixture.ts) and their PDFs:
// the sheet lists every participant with signature or "absent", the amendment and the row no
// seal covers; the certificate counts sealed half-days only, minus late arrivals and early
// departures. PDFs are written to tests/.tmp (and SHOTS_DIR when set) to be rendered and looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sessionFixture } from '../../../../../tests/helpers/session-fixture';
import { attendanceSheetPdf } from '../components/pdf/sheet';
import { certificatePdf } from '../components/pdf/certificate';
import { hoursText, minutesAttended } from '../domain/model';
import { attendanceSheet, certificate } from './documents';

const titles: Record<string, string> = {
	'ic-1': 'Module 1 — Se relier : les postures de la coopération',
	'ic-2': 'Module 2 — Faire ensemble : outils d’intelligence collective'
};
const title = (key: string) => titles[key] ?? key;
const out = process.env.SHOTS_DIR ?? 'tests/.tmp/session-documents';

function keep(name: string, bytes: Uint8Array) {
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, name), bytes);
}

describe('minutes attended', () => {
	it('takes late arrivals and early departures off the half-day', () => {
		expect(minutesAttended('09:00', '12:00')).toBe(180);
		expect(minutesAttended('09:00', '12:00', '09:40')).toBe(140);
		expect(minutesAttended('13:30', '16:30', '', '16:00')).toBe(150);
		expect(minutesAttended('09:00', '12:00', '12:30')).toBe(0);
		expect(hoursText(180)).toBe('3 h');
		expect(hoursText(140)).toBe('2 h 20');
		expect(hoursText(45)).toBe('45 min');
	});
});

describe('attendance sheet', () => {
	it('shows each line, the amendment, the addendum and the row left uncovered', async () => {
		const data = await sessionFixture(12, { uncovered: true });
		const morning = attendanceSheet(data, data.session.slots[0]!.key, title)!;
		// 12 plus the afternoon's walk-in, listed with no row in the morning.
		expect(morning.lines).toHaveLength(13);
		expect(morning.lines.find((l) => l.name === 'Noémie Château-Thierry')!.status).toBe('missing');
		expect(morning.modules).toEqual([titles['ic-1']]);
		expect(morning.seals.map((s) => s.addendum)).toEqual([false, true]);
		expect(morning.seals[0]!.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		const amended = morning.lines.find((l) => l.amendment)!;
		expect(amended).toMatchObject({ status: 'signed', arrivedAt: '10:15', covered: true });
		expect(amended.amendment!.previous).toBe('absent');
		expect(morning.uncovered).toBe(0);
		expect(morning.facilitators).toEqual(['Camille Lefèvre-Duchâteau']);

		const afternoon = attendanceSheet(data, data.session.slots[1]!.key, title)!;
		expect(afternoon.lines).toHaveLength(13);
		const late = afternoon.lines.find((l) => l.name === 'Noémie Château-Thierry')!;
		expect(late).toMatchObject({ status: 'signed', covered: false });
		expect(afternoon.uncovered).toBe(1);
		expect(attendanceSheet(data, '2026-12-06-am', title)).toBeNull();

		for (const [name, sheet] of [
			['feuille-matin.pdf', morning],
			['feuille-apres-midi.pdf', afternoon]
		] as const) {
			const bytes = await attendanceSheetPdf(sheet);
			keep(name, bytes);
			const pdf = await PDFDocument.load(bytes);
			expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
			expect(pdf.getTitle()).toContain('Feuille d’émargement');
			expect(pdf.getSubject()).toBe(sheet.seals[0]!.receipt);
		}
	});

	it('an unsealed half-day still prints, saying it is not proof yet', async () => {
		const data = await sessionFixture(3);
		const sheet = attendanceSheet({ ...data, seals: [] }, data.session.slots[1]!.key, title)!;
		expect(sheet.seals).toEqual([]);
		expect(sheet.lines.every((l) => !l.covered)).toBe(true);
		const pdf = await PDFDocument.load(await attendanceSheetPdf(sheet));
		expect(pdf.getSubject()).toBe('non scellée');
	});
});

describe('certificate of attendance', () => {
	it('counts sealed half-days only, minus late arrival and early departure', async () => {
		const data = await sessionFixture(12, { uncovered: true });
		const late = certificate(data, data.participants[4]!.id, title)!;
		expect(late.slots.map((s) => s.minutes)).toEqual([140, 180]);
		expect(late.minutes).toBe(320);
		expect(late.slots[0]!.modules).toEqual([titles['ic-1']]);
		expect(late.slots[0]!.receipt).toMatch(/^[0-9A-Z]{4}-/);
		// Corrected from absent to present by an amendment the addendum covers.
		const corrected = certificate(data, data.participants[2]!.id, title)!;
		expect(corrected.slots.map((s) => s.minutes)).toEqual([105, 180]);
		expect(corrected.slots[0]!.receipt).toBe(
			attendanceSheet(data, data.session.slots[0]!.key, title)!.seals[1]!.receipt
		);
		// Signed after the seal on the other tablet: not on a certificate until an addendum.
		const uncovered = certificate(data, data.participants.at(-1)!.id, title)!;
		expect(uncovered.slots).toEqual([]);
		expect(uncovered.missed).toBe(2);
		expect(certificate(data, 'nobody', title)).toBeNull();

		const bytes = await certificatePdf(late, '2026-12-05');
		keep('attestation.pdf', bytes);
		const pdf = await PDFDocument.load(bytes);
		expect(pdf.getPageCount()).toBe(1);
		expect(pdf.getTitle()).toContain(late.participant.name);
	});
});
