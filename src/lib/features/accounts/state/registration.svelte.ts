// « Demander un compte »: the form's fields, the commune picked from the offline index (never
// typed), and the answer of the server. The request is sent online only: an account cannot be
// asked for from a device that has no way to receive the confirmation e-mail anyway.
import { getPocketBase } from '$lib/sync/pocketbase';
import { checkRegistration, type RegistrationProblem } from '../domain/registration';
import { register } from '../sync/api';

export class RegistrationForm {
	name = $state('');
	email = $state('');
	mandate = $state('');
	password = $state('');
	/** The commune chosen in the list (INSEE code and name). */
	commune = $state<{ insee: string; name: string } | null>(null);
	busy = $state(false);
	sent = $state(false);
	problem = $state<RegistrationProblem | null>(null);
	/** The server's French refusal, when it refused. */
	refusal = $state('');

	async submit(): Promise<void> {
		this.refusal = '';
		this.problem = checkRegistration({
			name: this.name,
			email: this.email,
			commune: this.commune?.insee ?? '',
			mandate: this.mandate,
			password: this.password
		});
		if (this.problem) return;
		this.busy = true;
		const answer = await register(await getPocketBase(), {
			name: this.name.trim(),
			email: this.email.trim(),
			commune: this.commune?.insee ?? '',
			mandate: this.mandate,
			password: this.password
		});
		this.busy = false;
		if (answer.ok) {
			this.sent = true;
			this.password = '';
		} else {
			this.refusal = answer.message || (answer.status === 0 ? 'offline' : 'server');
		}
	}
}
