// The account lifecycle over HTTP against the real PocketBase and the real mail catcher of the
// test setup (issue 13): self-registration stays pending and reads nothing until the commune's
// mayor or a coordinator validates it; an élu cannot validate another commune's request nor
// raise their own role; only the national team changes roles, and every change is kept with
// who, when and why; a refusal needs a reason and blocks sign-in.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	adminClient,
	communeId,
	createUser,
	DEMO,
	DEMO_PASSWORD,
	userClient
} from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { pullAll } from '../helpers/sync';
import { linkIn, waitForMail } from '../helpers/mail';

const url = inject('pbUrl');
const mailUrl = inject('mailUrl');
const PASSWORD = 'un-mot-de-passe-solide';

function anonymous(): PocketBase {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	return pb;
}

async function status(promise: Promise<unknown>): Promise<number> {
	try {
		await promise;
		return 200;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
}

async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ClientResponseError) {
			return { status: error.status, message: String(error.response.message ?? '') };
		}
		throw error;
	}
	throw new Error('expected a refusal');
}

function register(body: Record<string, unknown>) {
	return anonymous().send('/api/collab/accounts/register', { method: 'POST', body });
}

/** Registers, confirms the address through the link of the mail, returns the account's e-mail. */
async function registered(mandate: string, insee = '11185'): Promise<string> {
	const email = `demande-${randomId(8)}@exemple.fr`;
	await register({ name: 'Camille Essai', email, commune: insee, mandate, password: PASSWORD });
	const mail = await waitForMail(mailUrl, email, 'Confirmez votre adresse');
	const token = new URL(linkIn(mail, '/verifier-adresse')).searchParams.get('token')!;
	await anonymous().collection('users').confirmVerification(token);
	return email;
}

async function userId(email: string): Promise<string> {
	const admin = await adminClient(url);
	return (
		await admin.collection('users').getFirstListItem(admin.filter('email = {:email}', { email }))
	).id;
}

let maire: PocketBase;
let coordinateur: PocketBase;
let national: PocketBase;

beforeAll(async () => {
	maire = await userClient(url, DEMO.maire);
	coordinateur = await userClient(url, DEMO.coordinateur);
	national = await userClient(url, DEMO.national);
});

describe('self-registration', () => {
	it('refuses an address that is not one and an unknown commune, in French, creating nothing', async () => {
		expect.assertions(4);
		const bad = await refusal(
			register({ name: 'A', email: 'pas-une-adresse', commune: '11185', mandate: 'adjoint' })
		);
		expect(bad).toMatchObject({ status: 400 });
		expect(bad.message).toMatch(/adresse e-mail n’est pas valide/);
		const unknown = await refusal(
			register({
				name: 'A',
				email: `x-${randomId(6)}@exemple.fr`,
				commune: '99999',
				mandate: 'adjoint'
			})
		);
		expect(unknown.message).toMatch(/commune est inconnue/);
		const admin = await adminClient(url);
		expect(
			(await admin.collection('users').getList(1, 1, { filter: "email = 'pas-une-adresse'" }))
				.totalItems
		).toBe(0);
	});

	it('keeps a verified request pending: it signs in and reads nothing of the commune', async () => {
		const email = await registered('adjoint');
		const pending = await userClient(url, email, PASSWORD);
		expect(pending.authStore.record?.status).toBe('pending');
		expect(pending.authStore.record?.communes).toEqual([]);
		// Sync refuses it (its cursor never moves, so validation later brings the whole commune).
		const refused = await refusal(pullAll(pending, `d-${randomId(6)}`));
		expect(refused.status).toBe(403);
		expect(refused.message).toMatch(/attend sa validation/);
		for (const collection of ['projects', 'docs', 'charters', 'photos', 'progress']) {
			expect((await pending.collection(collection).getList(1, 5)).totalItems, collection).toBe(0);
		}
		// The mayor of the same commune does read the commune's project: the scope is not empty.
		expect((await pullAll(maire, `d-${randomId(6)}`)).changes.length).toBeGreaterThan(0);
	});

	it('cannot link itself to a commune, raise its role or change its mandate', async () => {
		expect.assertions(5);
		const email = await registered('conseiller');
		const pending = await userClient(url, email, PASSWORD);
		const id = pending.authStore.record!.id;
		const lagrasse = await communeId(url, '11185');
		for (const body of [
			{ communes: [lagrasse] },
			{ role: 'national' },
			{ status: 'active' },
			{ mandate: 'maire' }
		]) {
			expect(await status(pending.collection('users').update(id, body))).toBeGreaterThanOrEqual(
				400
			);
		}
		const admin = await adminClient(url);
		const stored = await admin.collection('users').getOne(id);
		expect([stored.status, stored.role, stored.communes, stored.mandate]).toEqual([
			'pending',
			'elu',
			[],
			'conseiller'
		]);
	});
});

describe('validation', () => {
	it('lets the demo mayor validate an adjoint of Lagrasse, who then reads the commune', async () => {
		const email = await registered('adjoint');
		const id = await userId(email);
		const list = await maire.send('/api/collab/accounts/requests', {});
		expect(list.requests.map((r: { id: string }) => r.id)).toContain(id);
		const request = list.requests.find((r: { id: string }) => r.id === id);
		expect(request.commune).toMatchObject({ insee: '11185', name: 'Lagrasse' });
		await maire.send(`/api/collab/accounts/requests/${id}/validate`, { method: 'POST' });
		await waitForMail(mailUrl, email, 'est validé');
		const validated = await userClient(url, email, PASSWORD);
		expect(validated.authStore.record?.status).toBe('active');
		expect((await pullAll(validated, `d-${randomId(6)}`)).changes.length).toBeGreaterThan(0);
		const admin = await adminClient(url);
		const events = await admin
			.collection('account_events')
			.getFullList({ filter: `user = '${id}'` });
		expect(events.map((event) => [event.action, event.actor])).toContainEqual([
			'validated',
			maire.authStore.record!.id
		]);
	});

	it('refuses a mayor of another commune, an adjoint, and the mayor for a mayor’s own request', async () => {
		const carcassonne = await communeId(url, '11069');
		const other = await createUser(url, {
			email: 'maire.carcassonne@exemple.fr',
			role: 'elu',
			communes: [carcassonne]
		});
		const admin = await adminClient(url);
		await admin.collection('users').update(other.authStore.record!.id, { mandate: 'maire' });
		const adjoint = await userClient(url, DEMO.adjoint);
		const id = await userId(await registered('adjoint'));
		for (const pb of [other, adjoint]) {
			expect(
				await status(pb.send(`/api/collab/accounts/requests/${id}/validate`, { method: 'POST' }))
			).toBe(403);
			const list = await pb.send('/api/collab/accounts/requests', {});
			expect(list.requests.map((r: { id: string }) => r.id)).not.toContain(id);
		}
		const mayorRequest = await userId(await registered('maire'));
		const refused = await refusal(
			maire.send(`/api/collab/accounts/requests/${mayorRequest}/validate`, { method: 'POST' })
		);
		expect(refused.status).toBe(403);
		expect(refused.message).toMatch(/coordinateur/);
		// The coordinator of the Aude validates it, seeing the commune's official data.
		const list = await coordinateur.send('/api/collab/accounts/requests', {});
		const request = list.requests.find((r: { id: string }) => r.id === mayorRequest);
		expect(request.commune).toMatchObject({ insee: '11185', departement: '11' });
		expect(request.commune.population).toBeGreaterThan(0);
		await coordinateur.send(`/api/collab/accounts/requests/${mayorRequest}/validate`, {
			method: 'POST'
		});
		expect((await admin.collection('users').getOne(mayorRequest)).status).toBe('active');
	});

	it('refuses a request only with a reason, tells it by e-mail, and then refuses sign-in', async () => {
		const email = await registered('conseiller');
		const id = await userId(email);
		const noReason = await refusal(
			maire.send(`/api/collab/accounts/requests/${id}/refuse`, {
				method: 'POST',
				body: { reason: '' }
			})
		);
		expect(noReason.status).toBe(400);
		await maire.send(`/api/collab/accounts/requests/${id}/refuse`, {
			method: 'POST',
			body: { reason: 'Personne inconnue au conseil municipal' }
		});
		const mail = await waitForMail(mailUrl, email, 'Votre demande de compte');
		expect(mail.text).toContain('Personne inconnue au conseil municipal');
		const signIn = await refusal(userClient(url, email, PASSWORD));
		expect(signIn.status).toBe(403);
		expect(signIn.message).toMatch(/refusée/);
	});
});

describe('roles', () => {
	it('changes roles only by the national team, with a reason kept in the audit trail', async () => {
		const email = `role-${randomId(6)}@exemple.fr`;
		const target = await createUser(url, { email, role: 'elu' });
		const id = target.authStore.record!.id;
		const body = {
			role: 'coordinateur',
			territory_kind: 'departement',
			territory_code: '11',
			reason: 'Nommée coordinatrice'
		};
		for (const pb of [target, maire, coordinateur]) {
			expect(
				await status(pb.send(`/api/collab/accounts/users/${id}/role`, { method: 'POST', body }))
			).toBe(403);
		}
		expect(
			await status(
				national.send(`/api/collab/accounts/users/${id}/role`, {
					method: 'POST',
					body: { ...body, reason: '' }
				})
			)
		).toBe(400);
		await national.send(`/api/collab/accounts/users/${id}/role`, { method: 'POST', body });
		const admin = await adminClient(url);
		expect((await admin.collection('users').getOne(id)).role).toBe('coordinateur');
		const [event] = await admin
			.collection('account_events')
			.getFullList({ filter: `user = '${id}'` });
		expect(event).toMatchObject({
			action: 'role_changed',
			actor: national.authStore.record!.id,
			reason: 'Nommée coordinatrice',
			before: { role: 'elu' },
			after: { role: 'coordinateur', territory_code: '11' }
		});
		expect(event!.created).toBeTruthy();
	});

	it('deactivates an élu whose mandate ended: sign-in refused, the account and its commune kept', async () => {
		const lagrasse = await communeId(url, '11185');
		const email = `fin-${randomId(6)}@exemple.fr`;
		const leaving = await createUser(url, { email, role: 'elu', communes: [lagrasse] });
		const id = leaving.authStore.record!.id;
		expect(
			await status(
				maire.send(`/api/collab/accounts/users/${id}/status`, {
					method: 'POST',
					body: { status: 'inactive', reason: 'Fin de mandat' }
				})
			)
		).toBe(403);
		await coordinateur.send(`/api/collab/accounts/users/${id}/status`, {
			method: 'POST',
			body: { status: 'inactive', reason: 'Fin de mandat' }
		});
		expect((await refusal(userClient(url, email))).message).toMatch(/désactivé/);
		const admin = await adminClient(url);
		expect((await admin.collection('users').getOne(id)).communes).toEqual([lagrasse]);
		// Its old token no longer syncs: the token key was renewed.
		expect(await status(pullAll(leaving, 'd-old'))).toBe(401);
	});
});

describe('facilitators', () => {
	it('lets a volunteer apply and a coordinator qualify them for their own territory only', async () => {
		const email = `benevole-${randomId(6)}@exemple.fr`;
		const volunteer = await createUser(url, { email, role: 'elu' });
		const id = volunteer.authStore.record!.id;
		await volunteer.send('/api/collab/accounts/facilitator-application', {
			method: 'POST',
			body: { motivation: 'J’anime déjà des ateliers participatifs dans mon village.' }
		});
		const body = {
			volets: ['intelligence_collective'],
			territory_kind: 'departement',
			territory_code: '42',
			reason: 'Formé en novembre'
		};
		expect(
			await status(
				coordinateur.send(`/api/collab/accounts/users/${id}/qualify`, { method: 'POST', body })
			)
		).toBe(403);
		await coordinateur.send(`/api/collab/accounts/users/${id}/qualify`, {
			method: 'POST',
			body: { ...body, territory_code: '11' }
		});
		const admin = await adminClient(url);
		expect(await admin.collection('users').getOne(id)).toMatchObject({
			role: 'facilitateur',
			volets: ['intelligence_collective'],
			territory_code: '11'
		});
	});
});

export { DEMO_PASSWORD };
