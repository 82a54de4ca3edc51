// Managing accounts (/comptes): the national team sets roles and territories, the national team
// and coordinators end an élu's mandate (deactivate) or bring it back; each change asks why, and
// the server keeps who, when and why. Online only.
import { getPocketBase } from '$lib/sync/pocketbase';
import { searchUsers, setRole, setStatus, type ManagedUser } from '../sync/api';

export class AccountsAdmin {
	query = $state('');
	users = $state.raw<ManagedUser[]>([]);
	message = $state<{ id: string; ok: boolean; text: string } | null>(null);
	busy = $state(false);

	async search(): Promise<void> {
		this.busy = true;
		const answer = await searchUsers(await getPocketBase(), this.query.trim());
		this.busy = false;
		if (answer.ok) this.users = answer.value.users;
		else this.message = { id: '', ok: false, text: answer.message };
	}

	async changeRole(
		user: ManagedUser,
		change: { role: string; territory_kind: string; territory_code: string; reason: string }
	): Promise<boolean> {
		const answer = await setRole(await getPocketBase(), user.id, change);
		this.message = { id: user.id, ok: answer.ok, text: answer.ok ? '' : answer.message };
		if (answer.ok) await this.search();
		return answer.ok;
	}

	async changeStatus(
		user: ManagedUser,
		status: 'active' | 'inactive',
		reason: string
	): Promise<boolean> {
		const answer = await setStatus(await getPocketBase(), user.id, status, reason);
		this.message = { id: user.id, ok: answer.ok, text: answer.ok ? '' : answer.message };
		if (answer.ok) await this.search();
		return answer.ok;
	}
}
