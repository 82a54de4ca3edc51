// How a sync request reaches the server. The engine only knows `SyncTransport`; the
// PocketBase implementation posts to `/api/collab/sync` with the SDK (which adds the token).
// Tests wrap a transport to lose, repeat and reorder requests. No retry logic lives here.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { SyncRequest } from '$lib/domain/sync/protocol';

/** The route of a sync cycle. */
export const SYNC_ROUTE = '/api/collab/sync';

/** Sends one sync request; resolves with the raw JSON body, or throws a `TransportError`. */
export interface SyncTransport {
	send(request: SyncRequest): Promise<unknown>;
}

/** A failed request: `status` 0 means no answer (network), else the HTTP status. */
export class TransportError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly body?: unknown
	) {
		super(message);
		this.name = 'TransportError';
	}
}

/** The transport over the PocketBase SDK (`pb` must be signed in). */
export class PocketBaseTransport implements SyncTransport {
	constructor(private readonly pb: PocketBase) {}

	async send(request: SyncRequest): Promise<unknown> {
		try {
			return await this.pb.send(SYNC_ROUTE, {
				method: 'POST',
				body: request,
				requestKey: null
			});
		} catch (error) {
			if (error instanceof ClientResponseError) {
				const message =
					typeof error.response?.message === 'string' ? error.response.message : error.message;
				throw new TransportError(error.status, message, error.response);
			}
			throw new TransportError(0, error instanceof Error ? error.message : String(error));
		}
	}
}
