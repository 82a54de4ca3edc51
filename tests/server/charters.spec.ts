// Engagement charters on a real PocketBase: pushed through POST /api/collab/sync, stored once
// with the server's own reception time, never changed afterwards, read by the right people,
// and checked by anyone through the public receipt route. Also proves that the three
// implementations of the canonical form (TypeScript domain, goja hook, Node seed helper) agree
// byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	canonicalCharter,
	charterTextHash,
	sealCharter,
	verifyCharter,
	type CharterContent
} from '$lib/features/charters/domain/canonical';
import { parseReceiptCode, receiptCode } from '$lib/domain/canonical';
import { charterRecordData, type PulledCharterData } from '$lib/features/charters/domain/record';
import { CHARTER_VERSIONS, CURRENT_CHARTER_VERSION } from '$lib/features/charters/domain/text';
import { signedDemoCharter } from '../../scripts/seed/charter.mjs';
import {
	adminClient,
	communeId,
	createUser,
	DEMO,
	serverNow,
	userClient
} from '../helpers/pocketbase';
import { randomId, nextRev } from '../helpers/ids';
import { pullAll, sync } from '../helpers/sync';

const url = inject('pbUrl');

interface ServerCharters {
	contentOf(data: object): Record<string, string>;
	canonical(content: Record<string, string>): string;
	receiptCode(hash: string): string;
	parseReceiptCode(input: string): string | null;
}

const HOOKS = join(process.cwd(), 'pocketbase/pb_hooks');

/**
 * Loads a goja CommonJS module of pb_hooks in Node (the package is `type: module`, so Node's own
 * require would read it as ESM); its `require(`${__hooks}/…`)` calls load the same way.
 */
function loadHook(path: string): unknown {
	const module = { exports: {} as unknown };
	const evaluate = new Function(
		'module',
		'exports',
		'require',
		'__hooks',
		readFileSync(path, 'utf8')
	);
	evaluate(module, module.exports, loadHook, HOOKS);
	return module.exports;
}

const SIGNATURE = 'M 40 120 L 60 80 L 90 60 L 120 90 L 150 130 M 200 100 L 260 100 L 320 95';

let admin: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let etienne: PocketBase;
let coordinator: PocketBase;
let loireCoordinator: PocketBase;
let textHash: string;
let lagrasse: string;

async function pushCharter(pb: PocketBase, id: string, data: object) {
	return sync(pb, { records: [{ collection: 'charters', rev: nextRev(), id, data }] });
}

/** A Lagrasse charter signed now (distinct signedAt per call, so distinct hashes). */
let clock = Date.parse('2026-11-20T09:00:00.000Z');
function content(overrides: Partial<CharterContent> = {}): CharterContent {
	clock += 1000;
	return {
		version: CURRENT_CHARTER_VERSION,
		textHash,
		signerName: 'Claire Martin',
		mandate: 'maire',
		communeInsee: '11185',
		communeName: 'Lagrasse',
		signedAt: new Date(clock).toISOString(),
		signature: SIGNATURE,
		...overrides
	};
}

async function signed(overrides: Partial<CharterContent> = {}) {
	const sealed = await sealCharter(content(overrides));
	return { ...sealed, id: randomId(), data: charterRecordData(sealed) };
}

function verify(code: string) {
	return fetch(`${url}/api/collab/charters/verify/${encodeURIComponent(code)}`);
}

beforeAll(async () => {
	admin = await adminClient(url);
	lagrasse = await communeId(url, '11185');
	const etienneId = await communeId(url, '42218');
	textHash = await charterTextHash(CURRENT_CHARTER_VERSION);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	coordinator = await userClient(url, DEMO.coordinateur);
	etienne = await createUser(url, {
		email: 'elu.st-etienne@example.fr',
		role: 'elu',
		communes: [etienneId]
	});
	loireCoordinator = await createUser(url, {
		email: 'coord.loire@example.fr',
		role: 'coordinateur',
		territory_kind: 'departement',
		territory_code: '42'
	});
});

describe('signing a charter through sync', () => {
	it('stores it once, with the signer from the token and the server’s own reception time', async () => {
		const charter = await signed();
		const before = await serverNow(url);
		const response = await pushCharter(maire, charter.id, {
			...charter.data,
			user: adjoint.authStore.record!.id, // ignored: the signer is the token's user
			received: '2020-01-01 00:00:00.000Z'
		});
		expect(response.rejected).toEqual([]);
		expect(response.records).toEqual([charter.id]);
		const stored = await admin.collection('charters').getOne(charter.id);
		expect(stored).toMatchObject({
			user: maire.authStore.record!.id,
			commune: lagrasse,
			hash: charter.hash,
			receipt: charter.receipt,
			signer_name: 'Claire Martin',
			signed_at: charter.content.signedAt,
			signature: SIGNATURE,
			countersigner_name: '',
			project_id: ''
		});
		const received = Date.parse(String(stored.received).replace(' ', 'T'));
		// Against the server's clock, not this process's (a test run may fake the latter).
		expect(received).toBeGreaterThanOrEqual(before - 2000);
		expect(received).toBeLessThanOrEqual((await serverNow(url)) + 2000);
	});

	it('accepts a replay of the same content and changes nothing', async () => {
		const charter = await signed({
			countersignerName: 'Sophie Durand',
			countersignature: SIGNATURE
		});
		expect((await pushCharter(maire, charter.id, charter.data)).rejected).toEqual([]);
		const stored = await admin.collection('charters').getOne(charter.id);
		// The same again, from another device of the same user and from the other élu of Lagrasse.
		const replay = await sync(maire, {
			device: 'd-other',
			records: [{ collection: 'charters', rev: nextRev(), id: charter.id, data: charter.data }]
		});
		expect(replay.rejected).toEqual([]);
		expect(replay.records).toEqual([charter.id]);
		expect((await pushCharter(adjoint, charter.id, charter.data)).records).toEqual([charter.id]);
		expect(await admin.collection('charters').getOne(charter.id)).toEqual(stored);
		// The same signed content under another id is not a second charter.
		const copy = await pushCharter(maire, randomId(), charter.data);
		expect(copy.rejected.map((r) => [r.status, r.code])).toEqual([[409, 'immutable']]);
	});

	it('refuses any other content under the same id with 409 and keeps the stored charter', async () => {
		const charter = await signed();
		expect((await pushCharter(maire, charter.id, charter.data)).rejected).toEqual([]);
		const stored = await admin.collection('charters').getOne(charter.id);
		const newer = await sealCharter({ ...charter.content, signerName: 'Claire Martin-Durand' });
		const attempts = [
			charterRecordData(newer), // correctly re-hashed
			{ ...charter.data, mandate: 'adjoint' }, // the old hash
			{ ...charter.data, project_id: randomId() }
		];
		for (const data of attempts) {
			const response = await pushCharter(maire, charter.id, data);
			expect(response.records).toEqual([]);
			expect(response.rejected).toEqual([
				{
					id: charter.id,
					kind: 'record',
					status: 409,
					code: 'immutable',
					reason:
						'Une charte signée ne change plus : signez une nouvelle charte pour une nouvelle version du texte.'
				}
			]);
		}
		expect(await admin.collection('charters').getOne(charter.id)).toEqual(stored);
	});

	it('refuses updates and deletes through the collections API, even a superuser’s update', async () => {
		const charter = await signed();
		expect((await pushCharter(maire, charter.id, charter.data)).rejected).toEqual([]);
		const stored = await admin.collection('charters').getOne(charter.id);
		await expect(
			maire.collection('charters').update(charter.id, { signer_name: 'Quelqu’un d’autre' })
		).rejects.toMatchObject({ status: 403 });
		await expect(maire.collection('charters').delete(charter.id)).rejects.toMatchObject({
			status: 403
		});
		await expect(
			maire.collection('charters').create({ ...charter.data, id: randomId() })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			admin.collection('charters').update(charter.id, { mandate: 'conseiller' })
		).rejects.toMatchObject({ status: 409 });
		expect(await admin.collection('charters').getOne(charter.id)).toEqual(stored);
	});

	it('rejects a hash that does not match the content (400) and stores nothing', async () => {
		const charter = await signed();
		const wrong = { ...charter.data, signer_name: 'Claire Martinez' };
		const response = await pushCharter(maire, charter.id, wrong);
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: charter.id, status: 400, code: 'malformed' })
		]);
		await expect(admin.collection('charters').getOne(charter.id)).rejects.toMatchObject({
			status: 404
		});
	});

	it('rejects malformed fields with 400 and an unknown text version with 422', async () => {
		const cases: [Partial<CharterContent>, number][] = [
			[{ signature: 'M 1 1' }, 400], // a tap, not a signature
			[{ signature: 'M 10 10 L 700 10 L 20 20' }, 400], // outside the 600 × 200 box
			[{ signerName: '   ' }, 400],
			[{ signerName: 'x'.repeat(121) }, 400],
			[{ mandate: 'president' as CharterContent['mandate'] }, 400],
			[{ signedAt: '2026-11-20T10:00:00Z' }, 400], // no milliseconds
			[{ countersignerName: 'Sophie Durand' }, 400], // a countersigner without signature
			[{ projectId: 'not-an-id' }, 400],
			[{ textHash: '0'.repeat(64) }, 400],
			[{ version: '1999-1' }, 422]
		];
		for (const [overrides, status] of cases) {
			const charter = await signed(overrides);
			const response = await pushCharter(maire, charter.id, charter.data);
			expect(
				response.rejected.map((r) => [r.status, r.reason.length > 0]),
				JSON.stringify(overrides)
			).toEqual([[status, true]]);
		}
	});

	it('refuses an élu of another commune whatever the payload claims (403)', async () => {
		const charter = await signed({ signerName: 'Élu de Saint-Étienne' });
		const response = await pushCharter(etienne, charter.id, {
			...charter.data,
			commune: lagrasse,
			user: maire.authStore.record!.id
		});
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: charter.id, status: 403, code: 'forbidden' })
		]);
		// Nor may they replay, or overwrite, an existing Lagrasse charter.
		const existing = await signed();
		expect((await pushCharter(maire, existing.id, existing.data)).rejected).toEqual([]);
		const replay = await pushCharter(etienne, existing.id, existing.data);
		expect(replay.rejected.map((r) => r.status)).toEqual([403]);
		// A coordinator of the département is no signer either.
		const theirs = await signed();
		expect(
			(await pushCharter(coordinator, theirs.id, theirs.data)).rejected.map((r) => r.status)
		).toEqual([403]);
	});
});

describe('reading charters', () => {
	let charter: Awaited<ReturnType<typeof signed>>;

	beforeAll(async () => {
		charter = await signed({ signerName: 'Karim Benali', mandate: 'adjoint' });
		const response = await sync(adjoint, {
			device: 'd-adjoint',
			records: [{ collection: 'charters', rev: nextRev(), id: charter.id, data: charter.data }]
		});
		expect(response.rejected).toEqual([]);
	});

	it('pulls it back to the élus of the commune, as recordChanges with the server’s fields', async () => {
		const { recordChanges: pulled } = await pullAll(maire, 'd-maire-tablet');
		const change = pulled.find((c) => c.collection === 'charters' && c.id === charter.id);
		expect(change).toBeDefined();
		const data = change!.data as unknown as PulledCharterData;
		expect(data).toMatchObject({
			...charter.data,
			countersigner_name: '',
			countersignature: '',
			project_id: '',
			receipt: charter.receipt,
			user: adjoint.authStore.record!.id,
			commune: lagrasse
		});
		expect(data.received).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}Z$/);
		// The device that pushed it does not get it back; an élu of another commune never does.
		const own = await sync(adjoint, { device: 'd-adjoint', cursor: 0 });
		expect(own.recordChanges.map((c) => c.id)).not.toContain(charter.id);
		const other = await sync(etienne, { device: 'd-etienne', cursor: 0 });
		expect(other.recordChanges.filter((c) => c.collection === 'charters')).toEqual([]);
	});

	it('lists it for the coordinator of the département and the national team, not for others', async () => {
		const listed = await coordinator.collection('charters').getFullList();
		expect(listed.map((c) => c.id)).toContain(charter.id);
		expect(await loireCoordinator.collection('charters').getFullList()).toEqual([]);
		await expect(loireCoordinator.collection('charters').getOne(charter.id)).rejects.toMatchObject({
			status: 404
		});
		expect((await etienne.collection('charters').getFullList()).map((c) => c.id)).not.toContain(
			charter.id
		);
		expect((await maire.collection('charters').getOne(charter.id)).hash).toBe(charter.hash);
		const national = await userClient(url, DEMO.national);
		expect((await national.collection('charters').getOne(charter.id)).id).toBe(charter.id);
		const facilitator = await userClient(url, DEMO.facilitateur);
		// A facilitator reads only the charters they authored in a session (sessions.spec.ts).
		const authored = await facilitator.collection('charters').getFullList();
		expect(authored.filter((c) => !c.participant)).toEqual([]);
	});

	it('verifies a receipt typed sloppily, publicly, with nothing personal but names', async () => {
		const sloppy = charter.receipt
			.toLowerCase()
			.replace(/-/g, ' ')
			.replace(/0/g, 'o')
			.replace(/1/g, 'l');
		const response = await verify(`  ${sloppy} `);
		expect(response.status).toBe(200);
		const body = (await response.json()) as Record<string, unknown>;
		const stored = await admin.collection('charters').getOne(charter.id);
		expect(body).toEqual({
			valid: true,
			receipt: charter.receipt,
			version: CURRENT_CHARTER_VERSION,
			signerName: 'Karim Benali',
			communeName: 'Lagrasse',
			communeInsee: '11185',
			signedAt: charter.content.signedAt,
			received: String(stored.received).replace(' ', 'T'),
			countersigned: false
		});
		expect(JSON.stringify(body)).not.toContain(SIGNATURE);
		expect(JSON.stringify(body)).not.toContain(adjoint.authStore.record!.id);
	});

	it('answers 404 for an unknown code and 400 for something that is not a code', async () => {
		const unknown = await verify('ZZZZ-ZZZZ-ZZZZ');
		expect(unknown.status).toBe(404);
		expect(((await unknown.json()) as { message: string }).message).toMatch(
			/^Aucune charte ne correspond à ce code/
		);
		for (const bad of ['ABCD-EFGH', 'UUUU-UUUU-UUUU', 'ABCD-EFGH-JKMN-P']) {
			expect((await verify(bad)).status, bad).toBe(400);
		}
	});
});

describe('the canonical form, in TypeScript, in goja and in the seed helper', () => {
	const tricky: Partial<CharterContent>[] = [
		{ signerName: 'Hélène Dupré-Lévêque', communeName: 'Saint-Étienne' },
		{ signerName: 'He\u0301le\u0300ne Nguye\u0302\u0303n', communeName: 'Lagrasse' }, // NFD
		{ signerName: '  Zoé 🌻 « Ça roule » \u00a0', communeName: 'L’Haÿ-les-Roses' },
		{ signerName: 'Jean "JJ" \\ Backslash', communeName: 'Œuvre & co' },
		{
			signerName: '李小龍 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
			countersignerName: 'Émilie\u2028Test',
			countersignature: SIGNATURE
		},
		{ signerName: 'Anne-Sophie', projectId: 'abcdefghij12345' }
	];

	it('serializes tricky names identically in Node’s copy of the hook and in TypeScript', async () => {
		const server = loadHook(join(HOOKS, 'lib/charters.js')) as ServerCharters;
		for (const overrides of tricky) {
			const raw = content(overrides);
			const sealed = await sealCharter(raw);
			const data = {
				...charterRecordData(sealed),
				signer_name: raw.signerName,
				commune_name: raw.communeName
			};
			expect(server.canonical(server.contentOf(data))).toBe(canonicalCharter(raw));
			expect(server.receiptCode(sealed.hash)).toBe(sealed.receipt);
			expect(server.parseReceiptCode(sealed.receipt.toLowerCase())).toBe(sealed.receipt);
		}
	});

	it('gets the same hash from goja: the server accepts every tricky charter as hashed here', async () => {
		for (const overrides of tricky) {
			// Push the raw (not normalised) content: the server must normalise as the client did.
			const raw = content({ ...overrides, communeInsee: '11185' });
			const sealed = await sealCharter(raw);
			const data = {
				...charterRecordData(sealed),
				signer_name: raw.signerName,
				commune_name: raw.communeName
			};
			const id = randomId();
			const response = await pushCharter(maire, id, data);
			expect(response.rejected, raw.signerName).toEqual([]);
			const stored = await admin.collection('charters').getOne(id);
			expect(stored.signer_name).toBe(raw.signerName.trim().normalize('NFC'));
			expect(stored.receipt).toBe(sealed.receipt);
			expect(await verifyCharter(sealed.content, String(stored.hash))).toBe(true);
		}
	});

	it('gets the same hash from the seed helper as from the domain', async () => {
		const demo = signedDemoCharter({
			communeInsee: '11185',
			communeName: 'Lagrasse',
			signerName: ' Cla\u0301ire Martin '
		});
		const sealed = await sealCharter(demo.content as CharterContent);
		expect(demo.hash).toBe(sealed.hash);
		expect(demo.receipt).toBe(receiptCode(sealed.hash));
		expect(demo.content.textHash).toBe(await charterTextHash(demo.content.version));
		const countersigned = signedDemoCharter({
			communeInsee: '11185',
			communeName: 'Lagrasse',
			signerName: 'Claire Martin',
			countersignerName: 'Sophie Durand',
			projectId: 'abcdefghij12345'
		});
		expect(countersigned.hash).toBe(
			(await sealCharter(countersigned.content as CharterContent)).hash
		);
		expect(parseReceiptCode(countersigned.receipt)).toBe(countersigned.receipt);
	});

	it('knows the text hash of every published version on the server', async () => {
		const limits = loadHook(join(HOOKS, 'lib/limits.js')) as {
			CHARTER: { textHashes: Record<string, string> };
		};
		const hashes: Record<string, string> = {};
		for (const id of Object.keys(CHARTER_VERSIONS)) hashes[id] = await charterTextHash(id);
		expect(limits.CHARTER.textHashes).toEqual(hashes);
	});
});
