// The learning network through POST /api/collab/sync and the moderation routes, against the real
// PocketBase of the test setup: who reads which space (a matrix over roles and territories,
// through the API rules and through the sync pull), replies and mentions that notify, read
// state that travels, a post reported by 3 people that hides itself and tells its author, the
// moderators' queue, hide and unhide with a reason, and bad input refused in French with
// nothing stored (a 100,000-character post) or kept as typed (HTML is text).
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';
import { pullAll, sync } from '../helpers/sync';
import { reportId } from '../../src/lib/features/discussions/domain/report';

const url = inject('pbUrl');

let admin: PocketBase;
const who: Record<string, PocketBase> = {};

function post(
	pb: PocketBase,
	id: string,
	data: Record<string, unknown>,
	collection = 'discussions'
) {
	return sync(pb, {
		device: `d-${randomId(6)}`,
		records: [{ collection, id, rev: nextRev(), data }]
	});
}

async function thread(pb: PocketBase, space_kind: string, space_code: string, extra = {}) {
	const id = randomId();
	const response = await post(pb, id, {
		space_kind,
		space_code,
		title: `Fil ${space_kind} ${space_code}`,
		body: 'Comment faites-vous ?',
		mentions: [],
		...extra
	});
	expect(response.rejected).toEqual([]);
	return id;
}

async function pulled(pb: PocketBase, collection: string) {
	const { recordChanges } = await pullAll(pb, `d-${randomId(6)}`);
	return recordChanges.filter((c) => c.collection === collection);
}

beforeAll(async () => {
	admin = await adminClient(url);
	who.maire = await userClient(url, DEMO.maire);
	who.adjoint = await userClient(url, DEMO.adjoint);
	who.national = await userClient(url, DEMO.national);
	who.coordAude = await userClient(url, DEMO.coordinateur);
	who.etienne = await createUser(url, {
		email: 'elu.network.st-etienne@example.fr',
		role: 'elu',
		name: 'Élu de Saint-Étienne',
		communes: [await communeId(url, '42218')]
	});
	who.carcassonne = await createUser(url, {
		email: 'elu.network.carcassonne@example.fr',
		role: 'elu',
		communes: [await communeId(url, '11069')]
	});
	who.coordOccitanie = await createUser(url, {
		email: 'coord.network.occitanie@example.fr',
		role: 'coordinateur',
		territory_kind: 'region',
		territory_code: '76'
	});
	who.coordLoire = await createUser(url, {
		email: 'coord.network.loire@example.fr',
		role: 'coordinateur',
		territory_kind: 'departement',
		territory_code: '42'
	});
});

describe('who reads which space', () => {
	it('follows the matrix, through the API rules and through sync', async () => {
		const spaces: [string, string][] = [
			['national', ''],
			['theme', 'dechets'],
			['region', '76'],
			['departement', '11'],
			['departement', '42']
		];
		const ids: Record<string, string> = {};
		for (const [kind, code] of spaces) {
			ids[`${kind}:${code}`] = await thread(
				kind === 'departement' && code === '42' ? who.etienne! : who.national!,
				kind,
				code
			);
		}
		// Rows: reader; columns: national, theme, région 76, département 11, département 42.
		const matrix: Record<string, boolean[]> = {
			maire: [true, true, true, true, false],
			etienne: [true, true, false, false, true],
			coordAude: [true, true, false, true, false],
			coordOccitanie: [true, true, true, true, false],
			coordLoire: [true, true, false, false, true],
			national: [true, true, true, true, true]
		};
		for (const [reader, expected] of Object.entries(matrix)) {
			const pb = who[reader]!;
			const viaApi: boolean[] = [];
			for (const [kind, code] of spaces) {
				const id = ids[`${kind}:${code}`]!;
				viaApi.push(
					await pb
						.collection('discussions')
						.getOne(id)
						.then(() => true)
						.catch(() => false)
				);
			}
			const synced = new Set((await pulled(pb, 'discussions')).map((c) => c.id));
			const viaSync = spaces.map(([kind, code]) => synced.has(ids[`${kind}:${code}`]!));
			expect({ reader, viaApi, viaSync }).toEqual({ reader, viaApi: expected, viaSync: expected });
		}
	});

	it('refuses a post in a space the author does not belong to, and a space that does not exist', async () => {
		const id = randomId();
		const response = await post(who.etienne!, id, {
			space_kind: 'departement',
			space_code: '11',
			title: 'Bonjour',
			body: 'Texte',
			mentions: []
		});
		expect(response.rejected[0]).toMatchObject({ status: 403, code: 'forbidden' });
		const unknown = await post(who.maire!, randomId(), {
			space_kind: 'theme',
			space_code: 'constructor',
			title: 'Bonjour',
			body: ''
		});
		expect(unknown.rejected[0]!.reason).toMatch(/thème d’impact n’existe pas/);
		await expect(admin.collection('discussions').getOne(id)).rejects.toMatchObject({ status: 404 });
	});
});

describe('bad input', () => {
	it('refuses a 100,000-character post in French and stores nothing', async () => {
		const id = randomId();
		const response = await post(who.maire!, id, {
			space_kind: 'national',
			space_code: '',
			title: 'Très long',
			body: 'a'.repeat(100_000)
		});
		expect(response.rejected[0]).toMatchObject({ status: 400, code: 'malformed' });
		expect(response.rejected[0]!.reason).toMatch(
			/fait 100\u00a0000 caractères ; il en faut 10000 au plus/
		);
		await expect(admin.collection('discussions').getOne(id)).rejects.toMatchObject({ status: 404 });
	});

	it('keeps <script> and HTML in a post, a reply and a proposal exactly as typed (the app shows them as text)', async () => {
		const html =
			'<script>alert(1)</script><b onclick="x()">gras</b> & <a href="javascript:x">lien</a>';
		const id = await thread(who.maire!, 'national', '', { title: '<i>titre</i>', body: html });
		const reply = randomId();
		expect(
			(
				await post(
					who.etienne!,
					reply,
					{ parent_kind: 'discussion', parent: id, body: html },
					'comments'
				)
			).rejected
		).toEqual([]);
		const stored = await who.etienne!.collection('discussions').getOne(id);
		expect([stored.title, stored.body]).toEqual(['<i>titre</i>', html]);
		expect((await who.maire!.collection('comments').getOne(reply)).body).toBe(html);
	});

	it('refuses an empty reply, a reply to nothing and a mention of an unknown commune', async () => {
		const id = await thread(who.maire!, 'national', '');
		const empty = await post(
			who.etienne!,
			randomId(),
			{ parent_kind: 'discussion', parent: id, body: '  ' },
			'comments'
		);
		expect(empty.rejected[0]!.reason).toMatch(/est vide/);
		const orphan = await post(
			who.etienne!,
			randomId(),
			{ parent_kind: 'discussion', parent: randomId(), body: 'Oui' },
			'comments'
		);
		expect(orphan.rejected[0]!.reason).toMatch(/n’existe pas/);
		const mention = await post(
			who.etienne!,
			randomId(),
			{ parent_kind: 'discussion', parent: id, body: 'Oui', mentions: ['99999'] },
			'comments'
		);
		expect(mention.rejected[0]!.reason).toMatch(/commune mentionnée est inconnue/);
	});
});

describe('replies, mentions and notifications', () => {
	it('tells the thread’s author of a reply and the élus of a mentioned commune, once; read state travels', async () => {
		const id = await thread(who.maire!, 'national', '');
		const reply = randomId();
		const response = await post(
			who.etienne!,
			reply,
			{
				parent_kind: 'discussion',
				parent: id,
				body: 'Voyez avec Carcassonne.',
				mentions: ['11069', '11185']
			},
			'comments'
		);
		expect(response.rejected).toEqual([]);
		const mine = (await pulled(who.maire!, 'notifications')).filter(
			(n) => n.data.comment === reply
		);
		// The mayor is the author and of a mentioned commune: told once, as the author.
		expect(mine.map((n) => n.data.kind)).toEqual(['reply']);
		const adjoint = (await pulled(who.adjoint!, 'notifications')).filter(
			(n) => n.data.comment === reply
		);
		expect(adjoint.map((n) => n.data.kind)).toEqual(['mention']);
		const carcassonne = (await pulled(who.carcassonne!, 'notifications')).filter(
			(n) => n.data.comment === reply
		);
		expect(carcassonne.map((n) => n.data.kind)).toEqual(['mention']);
		expect(
			(await pulled(who.etienne!, 'notifications')).filter((n) => n.data.comment === reply)
		).toEqual([]);

		const readAt = new Date().toISOString();
		const read = await post(who.maire!, mine[0]!.id, { read_at: readAt }, 'notifications');
		expect(read.rejected).toEqual([]);
		const again = (await pulled(who.maire!, 'notifications')).find((n) => n.id === mine[0]!.id);
		expect(again!.data.read_at).toBe(readAt);
		const stolen = await post(who.etienne!, mine[0]!.id, { read_at: readAt }, 'notifications');
		expect(stolen.rejected[0]).toMatchObject({ status: 403 });
	});
});

describe('moderation', () => {
	async function report(pb: PocketBase, target: string, reason = 'spam', kind = 'discussion') {
		return post(
			pb,
			await reportId(target, pb.authStore.record!.id),
			{ target_kind: kind, target, reason },
			'reports'
		);
	}

	it('counts one report per person; 3 reports hide the post, its author is told, the text leaves devices', async () => {
		const id = await thread(who.etienne!, 'national', '', { body: 'Achetez mes produits !' });
		expect((await report(who.maire!, id)).rejected).toEqual([]);
		expect((await report(who.maire!, id, 'offensive')).rejected).toEqual([]); // changes the reason only
		expect((await report(who.adjoint!, id)).rejected).toEqual([]);
		let stored = await admin.collection('discussions').getOne(id);
		expect([stored.reports, stored.hidden]).toEqual([2, false]);
		const own = await report(who.etienne!, id);
		expect(own.rejected[0]!.reason).toMatch(/votre propre message/);
		expect((await report(who.carcassonne!, id, 'off_topic')).rejected).toEqual([]);
		stored = await admin.collection('discussions').getOne(id);
		expect([stored.reports, stored.hidden, stored.body]).toEqual([3, true, '']);
		const seen = (await pulled(who.maire!, 'discussions')).find((c) => c.id === id);
		expect(seen!.data).toMatchObject({ hidden: true, body: '' });
		const told = (await pulled(who.etienne!, 'notifications')).filter(
			(n) => n.data.discussion === id
		);
		expect(told.map((n) => n.data.kind)).toEqual(['hidden']);
		const edit = await post(who.etienne!, id, {
			space_kind: 'national',
			space_code: '',
			title: 'Autre',
			body: 'x'
		});
		expect(edit.rejected[0]).toMatchObject({ status: 409 });
	});

	it('gives moderators of the territory a queue, hide and unhide with a reason; others get 403 or 404', async () => {
		const id = await thread(who.maire!, 'departement', '11', { body: 'Un message contesté' });
		await report(who.carcassonne!, id, 'off_topic');
		const queue = (pb: PocketBase) => pb.send('/api/collab/moderation', { method: 'GET' });
		const aude = await queue(who.coordAude!);
		expect(aude.items.find((i: { id: string }) => i.id === id)).toMatchObject({
			reports: 1,
			hidden: false,
			reasons: { off_topic: 1 }
		});
		const loire = await queue(who.coordLoire!);
		expect(loire.items.find((i: { id: string }) => i.id === id)).toBeUndefined();
		await expect(queue(who.maire!)).rejects.toMatchObject({ status: 403 });

		const decide = (pb: PocketBase, body: Record<string, unknown>) =>
			pb.send(`/api/collab/moderation/discussion/${id}`, { method: 'POST', body });
		await expect(decide(who.coordAude!, { action: 'hide', reason: 'court' })).rejects.toMatchObject(
			{ status: 400 }
		);
		await expect(
			decide(who.coordLoire!, { action: 'hide', reason: 'Hors du sujet de cet espace.' })
		).rejects.toMatchObject({ status: 404 });
		expect(
			await decide(who.coordAude!, { action: 'hide', reason: 'Hors du sujet de cet espace.' })
		).toMatchObject({ hidden: true });
		expect((await admin.collection('discussions').getOne(id)).body).toBe('');
		expect(
			await decide(who.coordOccitanie!, {
				action: 'unhide',
				reason: 'Relu : le message reste utile.'
			})
		).toMatchObject({ hidden: false });
		expect((await admin.collection('discussions').getOne(id)).body).toBe('Un message contesté');
		const told = (await pulled(who.maire!, 'notifications')).filter(
			(n) => n.data.discussion === id
		);
		expect(told.map((n) => [n.data.kind, /Relu|Hors du sujet/.test(String(n.data.text))])).toEqual([
			['hidden', true],
			['unhidden', true]
		]);
	});
});

describe('names every JavaScript object answers to', () => {
	const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

	it.each(NAMES)(
		'%s as a space, a theme, a parent, a report target or reason is refused in French',
		async (name) => {
			const target = await thread(who.maire!, 'national', '');
			const items: [string, Record<string, unknown>][] = [
				['discussions', { space_kind: name, space_code: '', title: 'x', body: '' }],
				['discussions', { space_kind: 'theme', space_code: name, title: 'x', body: '' }],
				['discussions', { space_kind: 'departement', space_code: name, title: 'x', body: '' }],
				['comments', { parent_kind: name, parent: target, body: 'x' }],
				['reports', { target_kind: name, target, reason: 'spam' }],
				['reports', { target_kind: 'discussion', target, reason: name }],
				[
					'consultations',
					{
						space_kind: 'national',
						space_code: '',
						title: 'x',
						context: '',
						kind: name,
						multiple: false,
						options: [],
						closes_at: '2030-01-01T00:00:00.000Z'
					}
				]
			];
			for (const [collection, data] of items) {
				const id = randomId();
				const response = await post(
					collection === 'consultations' ? who.national! : who.etienne!,
					id,
					data,
					collection
				);
				expect(response.rejected[0], `${collection} ${JSON.stringify(data)}`).toMatchObject({
					status: 400,
					code: 'malformed'
				});
				expect(response.rejected[0]!.reason).toMatch(/[àâçéèêîôûù’]|\b(le|la|les|une?|est|pas)\b/i);
				await expect(admin.collection(collection).getOne(id)).rejects.toMatchObject({
					status: 404
				});
			}
		}
	);
});

describe('personal data', () => {
	it('exports the author’s posts (a hidden one with its text), votes, reports and notifications', async () => {
		const id = await thread(who.carcassonne!, 'national', '', { body: 'Mon texte à moi' });
		await admin
			.collection('discussions')
			.update(id, { hidden: true, body: '', hidden_body: 'Mon texte à moi' });
		const response = await fetch(`${url}/api/collab/me/export`, {
			headers: { Authorization: who.carcassonne!.authStore.token }
		});
		const data = await response.json();
		expect(data.discussions.find((d: { id: string }) => d.id === id)).toMatchObject({
			body: 'Mon texte à moi',
			hidden: true
		});
		for (const key of ['comments', 'proposals', 'votes', 'reports', 'notifications']) {
			expect(Array.isArray(data[key]), key).toBe(true);
		}
		expect(JSON.stringify(data)).not.toContain('hidden_body');
	});
});

describe('a question to the commune behind a practice', () => {
	it('tells the élus of the practice’s commune; a withdrawn practice takes no question', async () => {
		const key = `projet-${randomId()}`;
		const practice = await admin.collection('good_practices').create({
			key,
			kind: 'commune_project',
			title: 'Broyeur partagé',
			commune: await communeId(url, '11185'),
			published: true
		});
		const id = await thread(who.etienne!, 'practice', key, { title: 'Combien coûte le broyeur ?' });
		const told = async (pb: PocketBase) =>
			(await pulled(pb, 'notifications'))
				.filter((n) => n.data.discussion === id)
				.map((n) => n.data.kind);
		expect(await told(who.maire!)).toEqual(['question']);
		expect(await told(who.adjoint!)).toEqual(['question']);
		expect(await told(who.carcassonne!)).toEqual([]);
		await admin.collection('good_practices').update(practice.id, { published: false });
		const refused = await post(who.etienne!, randomId(), {
			space_kind: 'practice',
			space_code: key,
			title: 'Encore une question',
			body: ''
		});
		expect(refused.rejected[0]!.reason).toMatch(/n’est plus publiée/);
	});
});
