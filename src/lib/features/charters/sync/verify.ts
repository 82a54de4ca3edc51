// The public check of a charter receipt against the server (pocketbase/README.md, "Charters":
// GET /api/collab/charters/verify/{code}, no account needed). Owns that call and the reading of
// its answer; never stores anything (the state layer decides what to remember) and never sends a
// charter (signed charters travel through the sync engine).
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';

/** What the server vouches for about a receipt (no signature, no ids). */
export interface ServerCharter {
	/** True when the stored content still hashes to the stored hash. */
	valid: boolean;
	receipt: string;
	version: string;
	signerName: string;
	communeName: string;
	communeInsee: string;
	/** ISO 8601, as signed on the device. */
	signedAt: string;
	/** ISO 8601, the server's reception time. */
	received: string;
	countersigned: boolean;
}

/** The answer of the check: found, or why not. */
export type ServerVerification =
	| { status: 'found'; charter: ServerCharter }
	| { status: 'unknown' | 'malformed' | 'offline' | 'server' };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Asks the server about `code` (any tolerant form). Never throws: a network failure is
 * `offline`, a 404 `unknown`, a 400 `malformed`, anything else `server`.
 */
export async function verifyReceiptOnServer(
	pb: PocketBase,
	code: string
): Promise<ServerVerification> {
	try {
		const body: unknown = await pb.send(`/api/collab/charters/verify/${encodeURIComponent(code)}`, {
			method: 'GET',
			requestKey: null
		});
		if (typeof body !== 'object' || body === null) return { status: 'server' };
		const data = body as Record<string, unknown>;
		return {
			status: 'found',
			charter: {
				valid: data.valid === true,
				receipt: text(data.receipt),
				version: text(data.version),
				signerName: text(data.signerName),
				communeName: text(data.communeName),
				communeInsee: text(data.communeInsee),
				signedAt: text(data.signedAt),
				received: text(data.received),
				countersigned: data.countersigned === true
			}
		};
	} catch (error) {
		if (!(error instanceof ClientResponseError)) return { status: 'server' };
		if (error.status === 0) return { status: 'offline' };
		if (error.status === 404) return { status: 'unknown' };
		if (error.status === 400) return { status: 'malformed' };
		return { status: 'server' };
	}
}
