// « Devenir facilitateur »: a volunteer says why they want to run modules; a coordinator then
// qualifies them per volet (server: lib/accounts/roles.js). Online only.
import { getPocketBase } from '$lib/sync/pocketbase';
import { applyToFacilitate } from '../sync/api';

export class FacilitatorApplication {
	motivation = $state('');
	busy = $state(false);
	sent = $state(false);
	problem = $state('');

	async send(): Promise<void> {
		this.busy = true;
		const answer = await applyToFacilitate(await getPocketBase(), this.motivation.trim());
		this.busy = false;
		this.sent = answer.ok;
		this.problem = answer.ok ? '' : answer.message || (answer.status === 0 ? 'offline' : 'server');
	}
}
