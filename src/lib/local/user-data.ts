// Naming and removal of one user's data on this device. Every IndexedDB database that holds a
// user's data is named `collabactons-u-<userId>` or starts with `collabactons-u-<userId>-`
// (one per Yjs document), so that logging out can remove exactly that user's data and nothing
// of another user who shares the tablet.

/** The prefix of every database holding `userId`'s data. */
export function userDatabasePrefix(userId: string): string {
	return `collabactons-u-${userId}`;
}

/**
 * Deletes every IndexedDB database of `userId` on this device. Resolves with the names deleted.
 * Callers must have warned the user about unsynced changes before calling this.
 */
export async function deleteUserData(userId: string): Promise<string[]> {
	const prefix = userDatabasePrefix(userId);
	const all = await indexedDB.databases();
	const names = all
		.map((info) => info.name)
		.filter((name): name is string => !!name && (name === prefix || name.startsWith(`${prefix}-`)));
	await Promise.all(
		names.map(
			(name) =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.deleteDatabase(name);
					request.onsuccess = () => resolve();
					request.onerror = () => reject(request.error ?? new Error(`cannot delete ${name}`));
					// A blocked delete completes once other tabs close their connections.
					request.onblocked = () => resolve();
				})
		)
	);
	return names;
}
