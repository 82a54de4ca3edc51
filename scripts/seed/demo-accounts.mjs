// Demo account requests (issue 13): a few people asked for an account for Lagrasse and
// confirmed their address, so the demo mayor's list of requests to validate is not empty (and
// one mayor's request waits for the coordinator of the Aude). Created as pending accounts with
// no commune, exactly as the registration route leaves them; idempotent.
import { randomBytes } from 'node:crypto';
import { recordExists } from './demo-client.mjs';

/** The pending requests of the demo, for the commune record `commune`. */
export const DEMO_REQUESTS = [
	{ email: 'demande.adjointe@exemple.fr', name: 'Hélène Garcia', mandate: 'adjoint' },
	{ email: 'demande.conseiller@exemple.fr', name: 'Jérôme Pagès', mandate: 'conseiller' },
	{ email: 'demande.maire@exemple.fr', name: 'Marc Vidal', mandate: 'maire' }
];

/**
 * Creates the demo's pending requests for `communeId` (skips those already there).
 * @param {import('pocketbase').default} pb signed in as a superuser
 * @param {string} communeId
 */
export async function seedDemoRequests(pb, communeId) {
	for (const request of DEMO_REQUESTS) {
		if (await recordExists(pb, 'users', request.email, 'email')) continue;
		// Nobody signs in to these accounts: a random password nobody knows.
		const password = randomBytes(24).toString('base64url');
		await pb.collection('users').create({
			...request,
			role: 'elu',
			status: 'pending',
			communes: [],
			requested_commune: communeId,
			verified: true,
			password,
			passwordConfirm: password
		});
	}
}
