// Receiving a QR sequence end to end: the camera reading (QrScan), then the same merge as an
// imported `.collabactons` file (the sync state's preview + merge), so a sequence read twice
// changes nothing the second time. Owns the "merging / merged / failed" state of the screen.
import { syncState } from '$lib/state/sync.svelte';
import { QrScan } from './qr-scan.svelte';

/** What the receiver needs of the sync state (the app's one, or a test's). */
export interface BundleMerger {
	previewFile: (typeof syncState)['previewFile'];
	merge: (typeof syncState)['merge'];
}

export class QrReceive {
	readonly scan: QrScan;
	merging = $state(false);
	/** Documents and records added or changed by the merge, once done. */
	merged = $state<number | null>(null);
	mergeFailed = $state(false);

	readonly #merger: BundleMerger;

	constructor(merger: BundleMerger = syncState) {
		this.#merger = merger;
		this.scan = new QrScan((payload) => void this.#merge(payload));
	}

	async #merge(payload: Uint8Array): Promise<void> {
		this.merging = true;
		this.mergeFailed = false;
		try {
			const preview = await this.#merger.previewFile(
				new Blob([payload as Uint8Array<ArrayBuffer>])
			);
			const result = await this.#merger.merge(preview);
			this.merged = result.docsChanged + result.recordsChanged;
		} catch (error) {
			console.error('QR merge failed', error);
			this.mergeFailed = true;
		} finally {
			this.merging = false;
		}
	}
}
