// Every field the server checks against a list, fuzzed with the names every JavaScript object
// answers to (`constructor`, `__proto__`, `toString`, `hasOwnProperty`, `valueOf`): each is
// refused with a French reason in a well-formed answer (never a 500 a client retries forever,
// never an empty 200), nothing of it is stored, and the valid items of the same request still are.
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedDemoCharter } from '../../scripts/seed/charter.mjs';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, opId, randomId } from '../helpers/ids';

const url = inject('pbUrl');
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const FRENCH = /[àâçéèêëîïôûùœ’]|\b(le|la|les|des|de|du|une?|vous|pas|est|au|inconnue?)\b/i;

let admin: PocketBase;
let maire: PocketBase;
let lagrasse = '';

function update(text: string): string {
	const doc = new Y.Doc();
	doc.getText('t').insert(0, text);
	return encodeBase85(Y.encodeStateAsUpdate(doc));
}

/** A raw sync request (a string body, so `__proto__` keys travel as own keys). */
async function syncRaw(pb: PocketBase, body: string) {
	const response = await fetch(`${url}/api/collab/sync`, {
		method: 'POST',
		headers: { Authorization: pb.authStore.token, 'Content-Type': 'application/json' },
		body
	});
	const text = await response.text();
	expect(response.status, text).toBe(200);
	return JSON.parse(text) as {
		accepted: string[];
		records: string[];
		rejected: { id: string; status: number; code: string; reason: string }[];
	};
}

function sync(pb: PocketBase, body: Record<string, unknown>) {
	return syncRaw(pb, JSON.stringify({ v: 1, device: 'd-fuzz', cursor: 0, ...body }));
}

/** A valid project summary next to the fuzzed item: it must be stored all the same. */
function witness() {
	return {
		collection: 'projects',
		id: randomId(),
		rev: nextRev(),
		data: { commune: lagrasse, title: 'Témoin' }
	};
}

async function exists(collection: string, id: string): Promise<boolean> {
	const list = await admin
		.collection(collection)
		.getList(1, 1, { filter: admin.filter('id = {:id}', { id }) });
	return list.items.length > 0;
}

async function expectRefusedRecord(record: { id: string; collection: string }, status: number) {
	const good = witness();
	const response = await sync(maire, { records: [record, good] });
	const refusal = response.rejected.find((r) => r.id === record.id);
	expect(refusal, JSON.stringify(response)).toMatchObject({ status, kind: 'record' });
	expect(refusal!.reason).toMatch(FRENCH);
	expect(response.records).toEqual([good.id]);
	if (record.collection === 'projects' || record.collection === 'charters') {
		expect(await exists(record.collection, record.id)).toBe(false);
	}
}

describe.each(NAMES)('the name %s', (name) => {
	beforeAll(async () => {
		admin = await adminClient(url);
		maire = await userClient(url, DEMO.maire);
		lagrasse = await communeId(url, '11185');
	});

	it('is not a document type', async () => {
		const op = { id: opId(), doc: randomId(), type: name, commune: lagrasse, update: update('x') };
		const response = await sync(maire, { ops: [op], records: [witness()] });
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 422, code: 'unknown_type' })
		]);
		expect(response.rejected[0]!.reason).toMatch(FRENCH);
		expect(response.records).toHaveLength(1);
		expect(await exists('docs', op.doc)).toBe(false);
	});

	it('is not a record collection, also as a raw JSON key', async () => {
		await expectRefusedRecord(
			{ collection: name, id: randomId(), rev: nextRev(), data: {} } as never,
			422
		);
		// `{"collection": "__proto__"}` and a `__proto__` key inside data, as sent on the wire.
		const id = randomId();
		const good = witness();
		const body =
			'{"v":1,"device":"d-fuzz","cursor":0,"__proto__":{"v":2},"records":[' +
			`{"collection":${JSON.stringify(name)},"id":"${id}","rev":${nextRev()},"data":{}},` +
			`{"collection":"projects","id":"${good.id}","rev":${good.rev},` +
			`"data":{"__proto__":{"title":"x"},"${name}":"y","commune":"${lagrasse}","title":"Témoin"}}]}`;
		const response = await syncRaw(maire, body);
		expect(response.rejected).toEqual([expect.objectContaining({ id, status: 422 })]);
		expect(response.records).toEqual([good.id]);
	});

	it('is not a project status, theme or lever', async () => {
		const data = { commune: lagrasse, title: 'Statut' };
		for (const extra of [{ status: name }, { themes: [name] }, { levers: ['eau', name] }]) {
			await expectRefusedRecord(
				{
					collection: 'projects',
					id: randomId(),
					rev: nextRev(),
					data: { ...data, ...extra }
				} as never,
				400
			);
		}
	});

	it('is not a charter version nor a mandate', async () => {
		for (const [field, status] of [
			['version', 422],
			['mandate', 400]
		] as const) {
			const charter = signedDemoCharter({
				communeInsee: '11185',
				communeName: 'Lagrasse',
				signerName: `Fuzz ${name} ${field}`
			});
			const record = {
				...charter.record,
				id: randomId(),
				rev: nextRev(),
				data: { ...charter.record.data, [field]: name }
			};
			await expectRefusedRecord(record, status);
		}
	});

	it('is not a photo type', async () => {
		const project = randomId();
		await sync(maire, {
			records: [
				{
					collection: 'projects',
					id: project,
					rev: nextRev(),
					data: { commune: lagrasse, title: 'Photos' }
				}
			]
		});
		const id = randomId();
		const response = await fetch(`${url}/api/collab/photos`, {
			method: 'POST',
			headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				id,
				project,
				entry: randomId(),
				mime: name,
				bytes: 10,
				width: 1,
				height: 1
			})
		});
		expect(response.status).toBe(400);
		expect(((await response.json()) as { message: string }).message).toMatch(FRENCH);
		expect(await exists('photos', id)).toBe(false);
	});

	it('is not an importable collection', async () => {
		const response = await fetch(`${url}/api/collab/admin/import`, {
			method: 'POST',
			headers: { Authorization: admin.authStore.token, 'Content-Type': 'application/json' },
			body: JSON.stringify({ collection: name, records: [] })
		});
		expect(response.status).toBe(400);
		expect(((await response.json()) as { message: string }).message).toMatch(FRENCH);
	});

	it('is not a mandate, language, role or territory kind of an account', async () => {
		const me = maire.authStore.record!.id;
		const before = await admin.collection('users').getOne(me);
		for (const field of ['mandate', 'locale', 'role', 'territory_kind']) {
			const response = await fetch(`${url}/api/collections/users/records/${me}`, {
				method: 'PATCH',
				headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
				body: JSON.stringify({ [field]: name })
			});
			expect(response.status, field).toBeGreaterThanOrEqual(400);
			expect(response.status, field).toBeLessThan(500);
		}
		const after = await admin.collection('users').getOne(me);
		for (const field of ['mandate', 'locale', 'role', 'territory_kind']) {
			expect(after[field], field).toEqual(before[field]);
		}
	});

	it('is not a class or profile of a commune', async () => {
		const before = await admin.collection('communes').getOne(lagrasse);
		for (const field of ['class', 'profile']) {
			const response = await fetch(`${url}/api/collections/communes/records/${lagrasse}`, {
				method: 'PATCH',
				headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
				body: JSON.stringify({ [field]: name, class_reason: 'Essai de valeurs hostiles.' })
			});
			expect(response.status, field).toBe(400);
		}
		const after = await admin.collection('communes').getOne(lagrasse);
		expect([after.class, after.profile]).toEqual([before.class, before.profile]);
	});
});
