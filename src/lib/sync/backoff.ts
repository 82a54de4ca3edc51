// Delays between retries of a failed cycle: exponential, capped, with full jitter so that many
// devices coming back online together do not hit the server in step. Pure arithmetic.

export interface BackoffOptions {
	/** First delay in ms (before jitter). @default 1000 */
	baseMs?: number;
	/** Longest delay in ms. @default 300000 */
	maxMs?: number;
}

/** The delay before retry number `attempt` (0 = first retry), in ms. */
export function backoffDelay(
	attempt: number,
	options: BackoffOptions = {},
	random: () => number = Math.random
): number {
	const base = options.baseMs ?? 1000;
	const max = options.maxMs ?? 300_000;
	const ceiling = Math.min(max, base * 2 ** attempt);
	// "Full jitter" keeps at least half of the delay so that retries still slow down.
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
