// Signed charters on a device, in fake-indexeddb: saved with their outbox entry, listed with their
// sync state, received from the server, checked offline by receipt code (hash recomputed).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { charterTextHash, sealCharter, type CharterContent } from '../domain/canonical';
import { charterRecordData } from '../domain/record';
import { signatureFromStrokes } from '../domain/signature';
import {
	charterId,
	listCharters,
	ownCharters,
	rememberReception,
	saveSignedCharter,
	verifyLocalReceipt
} from './charters';
import { UserDatabase } from '$lib/local/db';
import { entriesIn, setState } from '$lib/local/outbox';
import { putServerRecord } from '$lib/local/records';

const wave = Array.from({ length: 30 }, (_, i) => ({
	x: 20 + i * 15,
	y: 100 + 40 * Math.sin(i / 3)
}));

async function content(signerName = 'Marie Dupont'): Promise<CharterContent> {
	return {
		version: '2026-1',
		textHash: await charterTextHash('2026-1'),
		signerName,
		mandate: 'maire',
		communeInsee: '11185',
		communeName: 'Fabrezan',
		signedAt: '2026-11-29T10:00:00.000Z',
		signature: signatureFromStrokes([wave], { width: 600, height: 200 })
	};
}

let db: UserDatabase;
afterEach(() => db?.close());

describe('signed charters on the device', () => {
	it('saves a sealed charter with its outbox entry and follows it to the server', async () => {
		db = new UserDatabase('u-charters-1', new IDBFactory());
		const sealed = await sealCharter(await content());
		const id = await saveSignedCharter(db, sealed);
		expect(id).toBe(sealed.hash.slice(0, 15));
		expect(id).toBe(charterId(sealed.hash));

		const [entry] = await entriesIn(db, ['pending']);
		expect(entry).toMatchObject({ collection: 'charters', recordId: id });
		expect(entry!.data).toEqual(charterRecordData(sealed));
		let [listed] = await listCharters(db);
		expect(listed).toMatchObject({ receipt: sealed.receipt, sync: 'device' });
		expect(listed!.row.hash).toBe(sealed.hash);

		await setState(db, [entry!.id], 'rejected', { reason: 'Refusée', code: 'forbidden' });
		[listed] = await listCharters(db);
		expect(listed).toMatchObject({ sync: 'rejected', reason: 'Refusée' });

		await setState(db, [entry!.id], 'confirmed');
		[listed] = await listCharters(db);
		expect(listed!.sync).toBe('confirmed');
		await rememberReception(db, id, '2026-11-29 10:05:00.000Z');
		expect((await db.charters.get(id))?.received).toBe('2026-11-29 10:05:00.000Z');
	});

	it('never overwrites a charter already signed on this device', async () => {
		db = new UserDatabase('u-charters-2', new IDBFactory());
		const sealed = await sealCharter(await content());
		await saveSignedCharter(db, sealed);
		await expect(saveSignedCharter(db, sealed)).rejects.toThrow(/already signed/);
		expect(await db.outbox.count()).toBe(1);
	});

	it('lists charters received from the server as confirmed, and checks receipts offline', async () => {
		db = new UserDatabase('u-charters-3', new IDBFactory());
		const sealed = await sealCharter(await content('Jean Martin'));
		const pulled = {
			...charterRecordData(sealed),
			countersigner_name: '',
			countersignature: '',
			project_id: '',
			receipt: sealed.receipt,
			received: '2026-11-29 10:31:02.123Z',
			user: 'u1',
			commune: 'c1',
			updated: '2026-11-29 10:31:02.123Z',
			collectionName: 'charters'
		};
		expect(await putServerRecord(db, 'charters', charterId(sealed.hash), pulled)).toBe(true);
		const [listed] = await listCharters(db);
		expect(listed).toMatchObject({ sync: 'confirmed', receipt: sealed.receipt });
		expect(listed!.row.received).toBe('2026-11-29 10:31:02.123Z');
		// Another élu's charter of the commune is kept (receipts check offline) but is not the user's.
		const all = await listCharters(db);
		expect(ownCharters(all, 'u1')).toHaveLength(1);
		expect(ownCharters(all, 'u2')).toEqual([]);

		const found = await verifyLocalReceipt(db, sealed.receipt);
		expect(found?.valid).toBe(true);
		expect(found?.row.signer_name).toBe('Jean Martin');
		expect(await verifyLocalReceipt(db, 'ZZZZ-ZZZZ-ZZZZ')).toBeUndefined();

		// A row altered behind the app's back no longer matches its hash.
		await db.charters.update(charterId(sealed.hash), { signer_name: 'Quelqu’un d’autre' });
		expect((await verifyLocalReceipt(db, sealed.receipt))?.valid).toBe(false);
	});
});
