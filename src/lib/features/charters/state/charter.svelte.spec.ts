// The signing form and the receipt check on a real (fake-indexeddb) user database: bad input gets
// French messages and saves nothing; a good form seals and saves; a receipt is found offline,
// online, or explained when it is not.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { signatureFromStrokes } from '../domain/signature';
import { UserDatabase } from '$lib/local/db';
import { t, type MessageKey } from '$lib/i18n/index.svelte';
import type { ServerVerification } from '../sync/verify';
import { CharterSigning, ReceiptCheck } from './charter.svelte';

const wave = Array.from({ length: 30 }, (_, i) => ({
	x: 20 + i * 15,
	y: 80 + 30 * Math.sin(i / 3)
}));
const user = {
	name: 'Marie Dupont',
	mandate: 'maire' as const,
	communes: [{ id: 'c1', insee: '11185', name: 'Fabrezan' }]
};

let db: UserDatabase;
afterEach(() => db?.close());

function form(saved: string[] = []) {
	db = new UserDatabase(`u-state-${Math.random()}`, new IDBFactory());
	const signing = new CharterSigning({
		db: async () => db,
		onSaved: () => saved.push('saved'),
		now: () => Date.UTC(2026, 10, 29, 9, 30)
	});
	signing.prefill(user);
	return signing;
}

describe('CharterSigning', () => {
	it('refuses an empty name and an empty signature in French, focuses the name, saves nothing', async () => {
		const signing = form();
		expect(signing.communeInsee).toBe('11185');
		expect(signing.mandate).toBe('maire');
		signing.signerName = '   ';
		signing.consent = true;
		expect(await signing.sign()).toBe('signerName');
		expect(t(signing.errors.signerName as MessageKey)).toBe('Indiquez le nom du signataire.');
		expect(t(signing.errors.signature as MessageKey)).toBe('Signez dans le cadre prévu.');
		expect(signing.signedId).toBeUndefined();
		expect(await db.charters.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('asks for consent and for a countersignature once the facilitator box is ticked', async () => {
		const signing = form();
		signing.signature = signatureFromStrokes([wave], { width: 600, height: 200 });
		signing.countersign = true;
		expect(await signing.sign()).toBe('countersignerName');
		expect(signing.errors.countersignature).toBe('charters.errors.countersignatureRequired');
		expect(signing.errors.consent).toBe('charters.form.consentRequired');
		expect(await db.charters.count()).toBe(0);
	});

	it('seals and saves a complete charter once, with its outbox entry', async () => {
		const saved: string[] = [];
		const signing = form(saved);
		signing.signature = signatureFromStrokes([wave], { width: 600, height: 200 });
		signing.consent = true;
		expect(await signing.sign()).toBeUndefined();
		expect(signing.errors).toEqual({});
		expect(signing.signedId).toMatch(/^[0-9a-f]{15}$/);
		const row = await db.charters.get(signing.signedId!);
		expect(row).toMatchObject({
			signer_name: 'Marie Dupont',
			mandate: 'maire',
			commune_insee: '11185',
			commune_name: 'Fabrezan',
			signed_at: '2026-11-29T09:30:00.000Z'
		});
		expect(row!.hash.startsWith(signing.signedId!)).toBe(true);
		expect(await db.outbox.count()).toBe(1);
		expect(saved).toEqual(['saved']);
		// Signed is signed: a second press changes nothing, nor does a double tap.
		expect(await signing.sign()).toBeUndefined();
		expect(await db.charters.count()).toBe(1);
		const twice = form();
		twice.signature = signing.signature;
		twice.consent = true;
		await Promise.all([twice.sign(), twice.sign()]);
		expect(await db.charters.count()).toBe(1);
	});
});

describe('ReceiptCheck', () => {
	async function signed() {
		const signing = form();
		signing.signature = signatureFromStrokes([wave], { width: 600, height: 200 });
		signing.consent = true;
		await signing.sign();
		const row = (await db.charters.get(signing.signedId!))!;
		const { receiptCode } = await import('$lib/domain/canonical');
		return receiptCode(row.hash);
	}

	const answer = (value: ServerVerification) => async () => value;

	it('finds a local charter offline from a sloppy code and says the server was not asked', async () => {
		const receipt = await signed();
		const check = new ReceiptCheck({ db: async () => db, server: answer({ status: 'offline' }) });
		check.code = ` ${receipt.replace(/-/g, '').toLowerCase()} `;
		await check.check();
		expect(check.outcome).toMatchObject({ kind: 'found', receipt, server: 'offline' });
		expect(check.outcome.kind === 'found' && check.outcome.local?.valid).toBe(true);
	});

	it('explains malformed, unknown and unknown-while-offline codes', async () => {
		db = new UserDatabase(`u-state-${Math.random()}`, new IDBFactory());
		const offline = new ReceiptCheck({ db: async () => db, server: answer({ status: 'offline' }) });
		offline.code = 'abc';
		await offline.check();
		expect(offline.outcome.kind).toBe('malformed');
		offline.code = 'ZZZZ-ZZZZ-ZZZZ';
		await offline.check();
		expect(offline.outcome.kind).toBe('unknown-offline');
		const online = new ReceiptCheck({ db: async () => db, server: answer({ status: 'unknown' }) });
		online.code = 'zzzz zzzz zzzz';
		await online.check();
		expect(online.outcome.kind).toBe('unknown');
	});
});
