// A commune's own record on the server: its current rural/urban class (possibly corrected by
// its élus) and the correction itself, with the reason the élu gives (kept by the server).
// Corrections need the network: they change shared reference data that the server validates
// (only the commune's own élus may change them, and only the class and profile).
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { CommuneClass } from '$lib/domain/communes/types';

/** What the server holds about a commune's class. */
export interface CommuneClassRecord {
	id: string;
	class: CommuneClass;
	corrected: boolean;
}

export type CorrectionFailure = 'offline' | 'forbidden' | 'invalid' | 'server';

function classify(error: unknown): CorrectionFailure {
	if (!(error instanceof ClientResponseError)) return 'server';
	if (error.status === 0) return 'offline';
	if (error.status === 403 || error.status === 404) return 'forbidden';
	if (error.status === 400) return 'invalid';
	return 'server';
}

/** Reads the server's class of the commune `insee`; `undefined` when it cannot be read. */
export async function fetchCommuneClass(
	pb: PocketBase,
	insee: string
): Promise<CommuneClassRecord | undefined> {
	try {
		const record = await pb
			.collection('communes')
			.getFirstListItem(pb.filter('insee = {:insee}', { insee }), {
				fields: 'id,class,class_corrected'
			});
		return { id: record.id, class: record.class, corrected: Boolean(record.class_corrected) };
	} catch {
		return undefined;
	}
}

/** Shortest reason the server keeps with a correction (pb_hooks/lib/communes.js: REASON_MIN). */
export const CORRECTION_REASON_MIN = 10;

/** Sets the class of commune record `id` with the élu's `reason`; the server marks it corrected. */
export async function correctCommuneClass(
	pb: PocketBase,
	id: string,
	value: CommuneClass,
	reason: string
): Promise<CorrectionFailure | null> {
	try {
		await pb.collection('communes').update(id, { class: value, class_reason: reason.trim() });
		return null;
	} catch (error) {
		return classify(error);
	}
}
