// « Mes appareils »: the devices that sync with the account (named, last sync), this one marked;
// remove one (on its next contact it erases this account's data, unsent changes included), or
// sign out every device at once. Online only: the list is the server's.
import { getPocketBase } from '$lib/sync/pocketbase';
import { syncState } from '$lib/state/sync.svelte';
import { currentDeviceId } from '../local/device';
import { listDevices, revokeDevice, signOutEveryDevice, type DeviceView } from '../sync/api';

export class MyDevices {
	devices = $state.raw<DeviceView[]>([]);
	state = $state<'loading' | 'ready' | 'offline' | 'error'>('loading');
	busy = $state('');
	signedOutAll = $state(false);

	async load(): Promise<void> {
		const store = await syncState.ready();
		const answer = await listDevices(await getPocketBase(), await currentDeviceId(store));
		if (answer.ok) {
			this.devices = answer.value.devices;
			this.state = 'ready';
		} else {
			this.state = answer.status === 0 ? 'offline' : 'error';
		}
	}

	async revoke(id: string): Promise<void> {
		this.busy = id;
		const answer = await revokeDevice(await getPocketBase(), id);
		this.busy = '';
		if (answer.ok) await this.load();
		else this.state = answer.status === 0 ? 'offline' : 'error';
	}

	async signOutAll(): Promise<void> {
		this.busy = 'all';
		const answer = await signOutEveryDevice(await getPocketBase());
		this.busy = '';
		if (answer.ok) this.signedOutAll = true;
		else this.state = answer.status === 0 ? 'offline' : 'error';
	}
}
