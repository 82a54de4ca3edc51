// What the documents' buttons need from the app: module titles from the curriculum stored on the
// device (read once, never pulled from here), and the documents' data for one session. The PDF
// layouts themselves live with the components and load, with pdf-lib, on the first click.
import { curriculum } from '$lib/state/curriculum.svelte';
import type { AttendanceSheet, Certificate } from '../domain/model';
import { attendanceSheet, certificate, type SessionData } from './documents';

let reading: Promise<void> | undefined;

/** Module titles by key, once the stored curriculum is read (the key when it is unknown). */
export async function moduleTitles(): Promise<(key: string) => string> {
	if (curriculum.status === 'loading') await (reading ??= curriculum.load());
	const titles = new Map(curriculum.modules.map((m) => [m.key, m.title]));
	return (key) => titles.get(key) ?? key;
}

/** The sheet of half-day `slot` of the session, with the curriculum's module titles. */
export async function sheetFor(data: SessionData, slot: string): Promise<AttendanceSheet | null> {
	return attendanceSheet(data, slot, await moduleTitles());
}

/** The certificate of `participant` in the session, with the curriculum's module titles. */
export async function certificateFor(
	data: SessionData,
	participant: string
): Promise<Certificate | null> {
	return certificate(data, participant, await moduleTitles());
}

/** Today's date on this device as `YYYY-MM-DD` (the certificate's "fait le"). */
export function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
