// Invitations over HTTP with the real mail catcher (issue 13): a coordinator invites élus of
// their territory, each refused row comes back with its line and a French reason (an address
// that is not one, an unknown commune, the same address twice, a commune outside the
// territory); the link opens once, expires, and re-inviting renews it without a second account.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { pullAll } from '../helpers/sync';
import { linkIn, mailIds, waitForMail } from '../helpers/mail';

const url = inject('pbUrl');
const mailUrl = inject('mailUrl');

interface InviteAnswer {
	invited: { line: number; email: string; status: string }[];
	refused: { line: number; reason: string }[];
}

let coordinateur: PocketBase;

beforeAll(async () => {
	coordinateur = await userClient(url, DEMO.coordinateur);
});

function invite(pb: PocketBase, rows: Record<string, unknown>[]): Promise<InviteAnswer> {
	return pb.send('/api/collab/accounts/invitations', { method: 'POST', body: { rows } });
}

function tokenOf(link: string): string {
	return new URL(link).searchParams.get('jeton')!;
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
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

describe('invitations', () => {
	it('reports each refused row with its line and reason, and invites the others', async () => {
		const good = `invite-${randomId(6)}@exemple.fr`;
		const byName = `invite-${randomId(6)}@exemple.fr`;
		const answer = await invite(coordinateur, [
			{ line: 2, name: 'Jeanne Martin', email: good, commune: '11185', mandate: 'adjoint' },
			{
				line: 3,
				name: 'Paul Roux',
				email: 'paul.roux(at)mairie.fr',
				commune: '11185',
				mandate: 'conseiller'
			},
			{
				line: 4,
				name: 'Inès Vidal',
				email: `x-${randomId(6)}@exemple.fr`,
				commune: '99999',
				mandate: 'maire'
			},
			{
				line: 5,
				name: 'Jeanne Martin',
				email: good.toUpperCase(),
				commune: '11185',
				mandate: 'adjoint'
			},
			{
				line: 6,
				name: 'Luc Pons',
				email: `y-${randomId(6)}@exemple.fr`,
				commune: '42218',
				mandate: 'maire'
			},
			{
				line: 7,
				name: 'Marie Blanc',
				email: byName,
				commune: 'Carcassonne',
				mandate: 'Conseillère'
			}
		]);
		expect(answer.invited.map((row) => [row.line, row.status])).toEqual([
			[2, 'created'],
			[7, 'created']
		]);
		expect(answer.refused).toEqual([
			{ line: 3, reason: expect.stringMatching(/adresse e-mail invalide/) },
			{ line: 4, reason: expect.stringMatching(/code INSEE inconnu/) },
			{ line: 5, reason: expect.stringMatching(/déjà présente plus haut/) },
			{ line: 6, reason: expect.stringMatching(/hors de votre territoire/) }
		]);
		const admin = await adminClient(url);
		const invited = await admin.collection('users').getFirstListItem(`email = '${byName}'`, {
			expand: 'communes'
		});
		expect(invited).toMatchObject({ status: 'active', mandate: 'conseiller', role: 'elu' });
		expect(invited.expand?.communes[0].insee).toBe('11069');
	});

	it('opens the link once: the élu sets a password, signs in and reads the commune', async () => {
		const email = `lien-${randomId(6)}@exemple.fr`;
		await invite(coordinateur, [
			{ name: 'Jeanne Martin', email, commune: '11185', mandate: 'adjoint' }
		]);
		const mail = await waitForMail(mailUrl, email, 'est prêt');
		expect(mail.text).toContain('Lagrasse');
		const token = tokenOf(linkIn(mail, '/invitation'));
		const anonymous = new PocketBase(url);
		const view = await anonymous.send(`/api/collab/accounts/invitation/${token}`, {});
		expect(view).toMatchObject({ email, mandate: 'adjoint', commune: { insee: '11185' } });
		const short = await failure(
			anonymous.send(`/api/collab/accounts/invitation/${token}`, {
				method: 'POST',
				body: { password: 'court' }
			})
		);
		expect(short.status).toBe(400);
		const auth = await anonymous.send(`/api/collab/accounts/invitation/${token}`, {
			method: 'POST',
			body: { password: 'mon-nouveau-mot-de-passe' }
		});
		expect(auth.token).toBeTruthy();
		expect(auth.record.verified).toBe(true);
		const elu = await userClient(url, email, 'mon-nouveau-mot-de-passe');
		expect((await pullAll(elu, `d-${randomId(6)}`)).changes.length).toBeGreaterThan(0);
		const again = await failure(
			anonymous.send(`/api/collab/accounts/invitation/${token}`, {
				method: 'POST',
				body: { password: 'un-autre-mot-de-passe' }
			})
		);
		expect(again.status).toBe(410);
		expect(again.message).toMatch(/n’est plus valable/);
	});

	it('renews the link when re-invited (the older one stops working), never a second account', async () => {
		const email = `encore-${randomId(6)}@exemple.fr`;
		const row = { name: 'Paul Roux', email, commune: '11185', mandate: 'conseiller' };
		await invite(coordinateur, [row]);
		const first = await waitForMail(mailUrl, email, 'est prêt');
		const answer = await invite(coordinateur, [row]);
		expect(answer.invited[0]!.status).toBe('renewed');
		const second = await waitForMail(mailUrl, email, 'est prêt', [first.id]);
		const anonymous = new PocketBase(url);
		expect(
			(
				await failure(
					anonymous.send(
						`/api/collab/accounts/invitation/${tokenOf(linkIn(first, '/invitation'))}`,
						{}
					)
				)
			).status
		).toBe(410);
		expect(
			await anonymous.send(
				`/api/collab/accounts/invitation/${tokenOf(linkIn(second, '/invitation'))}`,
				{}
			)
		).toMatchObject({ email });
		const admin = await adminClient(url);
		expect(
			(await admin.collection('users').getList(1, 5, { filter: `email = '${email}'` })).totalItems
		).toBe(1);
	});

	it('gives élus who share the mairie’s address a personal identifier to sign in with', async () => {
		const mairie = `mairie-${randomId(6)}@exemple.fr`;
		const [first, second] = [`c.roux-${randomId(4)}`, `p.roux-${randomId(4)}`];
		const answer = await invite(coordinateur, [
			{
				line: 2,
				name: 'Claire Roux',
				email: mairie,
				commune: '11185',
				mandate: 'adjoint',
				identifier: first
			},
			{
				line: 3,
				name: 'Pierre Roux',
				email: mairie,
				commune: '11185',
				mandate: 'conseiller',
				identifier: second
			},
			{
				line: 4,
				name: 'Pierre Roux',
				email: mairie,
				commune: '11185',
				mandate: 'conseiller',
				identifier: second
			}
		]);
		expect(answer.invited.map((row) => row.line)).toEqual([2, 3]);
		expect(answer.refused).toEqual([
			{ line: 4, reason: expect.stringMatching(/identifiant déjà présent/) }
		]);
		const mail = await waitForMail(mailUrl, mairie, 'est prêt');
		const link = linkIn(mail, '/invitation');
		const other = (await mailIds(mailUrl, mairie)).length;
		expect(other).toBe(2);
		const anonymous = new PocketBase(url);
		const view = await anonymous.send(`/api/collab/accounts/invitation/${tokenOf(link)}`, {});
		const identifier = view.identifier as string;
		expect([first, second]).toContain(identifier);
		expect(mail.text).toContain(identifier);
		expect(
			(
				await failure(
					anonymous.send(`/api/collab/accounts/invitation/${tokenOf(link)}`, {
						method: 'POST',
						body: { code: true }
					})
				)
			).status
		).toBe(400);
		await anonymous.send(`/api/collab/accounts/invitation/${tokenOf(link)}`, {
			method: 'POST',
			body: { password: 'mot-de-passe-personnel' }
		});
		const elu = await userClient(url, identifier, 'mot-de-passe-personnel');
		expect(elu.authStore.record?.identifier).toBe(identifier);
		expect((await pullAll(elu, `d-${randomId(6)}`)).changes.length).toBeGreaterThan(0);
	});

	it('refuses an expired link', async () => {
		const email = `expire-${randomId(6)}@exemple.fr`;
		await invite(coordinateur, [
			{ name: 'Inès Vidal', email, commune: '11185', mandate: 'adjoint' }
		]);
		const mail = await waitForMail(mailUrl, email, 'est prêt');
		const admin = await adminClient(url);
		const link = await admin.collection('invitations').getFirstListItem(`email = '${email}'`);
		await admin.collection('invitations').update(link.id, { expires: '2020-01-01 00:00:00.000Z' });
		const expired = await failure(
			new PocketBase(url).send(
				`/api/collab/accounts/invitation/${tokenOf(linkIn(mail, '/invitation'))}`,
				{
					method: 'POST',
					body: { password: 'mon-nouveau-mot-de-passe' }
				}
			)
		);
		expect(expired.status).toBe(410);
	});

	it('lets no élu invite, and caps one request at 200 rows', async () => {
		const maire = await userClient(url, DEMO.maire);
		expect(
			(
				await failure(
					invite(maire, [
						{ name: 'A', email: 'a@exemple.fr', commune: '11185', mandate: 'adjoint' }
					])
				)
			).status
		).toBe(403);
		const rows = Array.from({ length: 201 }, (_, i) => ({
			name: `Élu ${i}`,
			email: `lot-${i}@exemple.fr`,
			commune: '11185',
			mandate: 'conseiller'
		}));
		const tooMany = await failure(invite(coordinateur, rows));
		expect(tooMany.status).toBe(413);
		expect(tooMany.message).toMatch(/Au plus 200/);
		const admin = await adminClient(url);
		expect(
			(await admin.collection('users').getList(1, 1, { filter: "email = 'lot-0@exemple.fr'" }))
				.totalItems
		).toBe(0);
		expect(await mailIds(mailUrl, 'lot-0@exemple.fr')).toEqual([]);
	});
});
