// À distance presence by code (pocketbase/pb_hooks/lib/session-presence.js): owns the two calls —
// the facilitator reads a half-day's code, the élu confirms with it — and the reading of their
// answers. Never throws, never stores (the élu's row comes back by the next sync).
import type PocketBase from 'pocketbase';
import { requestFailure } from '$lib/sync/failure';

export type PresenceAnswer =
	{ status: 'ok'; code: string } | { status: 'offline' | 'refused' | 'server'; message?: string };

function failure(error: unknown): PresenceAnswer {
	const { kind, message } = requestFailure(error);
	if (kind === 'offline') return { status: 'offline' };
	if (kind === 'server') return { status: 'server' };
	return { status: 'refused', message };
}

/** The 6-digit code of a half-day, for someone who runs the session. */
export async function fetchPresenceCode(
	pb: PocketBase,
	session: string,
	slot: string
): Promise<PresenceAnswer> {
	try {
		const body: unknown = await pb.send(
			`/api/collab/sessions/${encodeURIComponent(session)}/presence/${encodeURIComponent(slot)}`,
			{ method: 'GET', requestKey: null }
		);
		const code = (body as { code?: unknown } | null)?.code;
		return typeof code === 'string' ? { status: 'ok', code } : { status: 'server' };
	} catch (error) {
		return failure(error);
	}
}

/** The élu confirms their presence at a half-day with the facilitator's code. */
export async function confirmPresence(
	pb: PocketBase,
	session: string,
	slot: string,
	code: string
): Promise<PresenceAnswer> {
	try {
		await pb.send(`/api/collab/sessions/${encodeURIComponent(session)}/presence`, {
			method: 'POST',
			body: { slot, code },
			requestKey: null
		});
		return { status: 'ok', code };
	} catch (error) {
		return failure(error);
	}
}
