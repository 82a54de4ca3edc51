// Live queries over a user's Dexie database for the state layer: the callback runs again
// whenever the tables a query read change, in this tab or another one (Dexie liveQuery), so
// every tab shows the same outbox, summaries and sync figures. Read-only: it never writes.
import { liveQuery } from 'dexie';

/**
 * Calls `onValue` with the result of `query` now and after every change it depends on.
 * Returns the function that stops watching. Errors go to `onError`.
 */
export function watch<T>(
	query: () => Promise<T>,
	onValue: (value: T) => void,
	onError: (error: unknown) => void = (error) => console.error('live query failed', error)
): () => void {
	const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
	return () => subscription.unsubscribe();
}
