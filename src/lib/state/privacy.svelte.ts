// The "Vos données personnelles" card of Paramètres: downloading what the server holds about
// the signed-in user, and asking for its deletion. Both need the network; a failure is shown,
// nothing on the device changes.
import { getPocketBase } from '$lib/sync/pocketbase';
import { fetchMyData, sendDeletionRequest, type DeletionPlan } from '$lib/sync/privacy';

export type { DeletionPlan };

export class PrivacyState {
	busy = $state<'export' | 'deletion' | null>(null);
	failed = $state<'export' | 'deletion' | null>(null);
	deletion = $state<DeletionPlan | null>(null);

	/** The export as the text of a JSON file, or null if the server could not be reached. */
	async exportData(): Promise<string | null> {
		this.busy = 'export';
		this.failed = null;
		try {
			return await fetchMyData(await getPocketBase());
		} catch (error) {
			console.error('export failed', error);
			this.failed = 'export';
			return null;
		} finally {
			this.busy = null;
		}
	}

	/** Sends the deletion request; `deletion` then lists what is deleted and what is kept. */
	async requestDeletion(): Promise<void> {
		this.busy = 'deletion';
		this.failed = null;
		try {
			this.deletion = await sendDeletionRequest(await getPocketBase());
		} catch (error) {
			console.error('deletion request failed', error);
			this.failed = 'deletion';
		} finally {
			this.busy = null;
		}
	}
}
