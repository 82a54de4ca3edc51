// Storage used on this device and whether the browser keeps it under pressure
// (`navigator.storage.persist()`), for the Paramètres and Synchronisation pages.

export type PersistState = 'persisted' | 'not-persisted' | 'denied' | 'unsupported';

export class StorageState {
	usage = $state<number | undefined>(undefined);
	quota = $state<number | undefined>(undefined);
	persist = $state<PersistState>('not-persisted');

	/** Reads usage, quota and persistence. */
	async refresh(): Promise<void> {
		const storage = navigator.storage;
		if (!storage?.estimate) {
			this.persist = 'unsupported';
			return;
		}
		const estimate = await storage.estimate();
		this.usage = estimate.usage;
		this.quota = estimate.quota;
		if (!storage.persisted) this.persist = 'unsupported';
		else if (await storage.persisted()) this.persist = 'persisted';
		else if (this.persist !== 'denied') this.persist = 'not-persisted';
	}

	/** Asks the browser to keep this site's data; the answer is reflected in `persist`. */
	async request(): Promise<void> {
		if (!navigator.storage?.persist) {
			this.persist = 'unsupported';
			return;
		}
		const granted = await navigator.storage.persist();
		this.persist = granted ? 'persisted' : 'denied';
		await this.refresh();
		if (!granted) this.persist = 'denied';
	}
}

export const storage = new StorageState();
