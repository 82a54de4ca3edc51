// What went wrong with a request to one of the app's routes, in the terms screens act on: no
// network, not allowed, not found, refused with the server's French reason, or a server problem.
// Every feature's `sync/` read of an online-only answer (summaries, results, queues, pickers)
// classifies its failures here. Pure apart from reading the PocketBase SDK's error.
import { ClientResponseError } from 'pocketbase';

export interface RequestFailure {
	/** offline: no answer; forbidden: 401/403; missing: 404; refused: another 4xx; server: 5xx or unreadable. */
	kind: 'offline' | 'forbidden' | 'missing' | 'refused' | 'server';
	/** The server's reason (French) when it gave one. */
	message?: string;
}

/** Classifies what `pb.send` threw. */
export function requestFailure(error: unknown): RequestFailure {
	if (!(error instanceof ClientResponseError)) return { kind: 'server' };
	if (error.status === 0) return { kind: 'offline' };
	const message = typeof error.response?.message === 'string' ? error.response.message : undefined;
	if (error.status === 401 || error.status === 403) return { kind: 'forbidden', message };
	if (error.status === 404) return { kind: 'missing', message };
	if (error.status >= 400 && error.status < 500) return { kind: 'refused', message };
	return { kind: 'server', message };
}
