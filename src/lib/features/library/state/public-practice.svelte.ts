// One good practice as its public page shows it (no sign-in): asks the server for its public
// form and says where the request stands. Never stores anything, never needs a session.
import { getPocketBase } from '$lib/sync/pocketbase';
import { fetchPublicPractice, type PublicPractice } from '../sync/public';

export type { PublicPractice } from '../sync/public';

export class PublicPracticeView {
	status = $state<'loading' | 'found' | 'unknown' | 'offline' | 'server'>('loading');
	practice = $state.raw<PublicPractice | null>(null);

	/** Loads the practice `key` (again, for a "Réessayer" button). Never rejects. */
	async load(key: string): Promise<void> {
		this.status = 'loading';
		try {
			const answer = await fetchPublicPractice(await getPocketBase(), key);
			this.practice = answer.status === 'found' ? answer.practice : null;
			this.status = answer.status;
		} catch (error) {
			console.error('public practice unavailable', error);
			this.status = 'server';
		}
	}
}
