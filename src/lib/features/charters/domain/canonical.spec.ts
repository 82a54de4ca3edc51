import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	canonicalCharter,
	charterHash,
	charterTextHash,
	normalizeCharter,
	sealCharter,
	verifyCharter,
	type CharterContent
} from './canonical';
import { parseReceiptCode, receiptCode, sha256Hex } from '$lib/domain/canonical';

const SIGNATURE = 'M 40 120 L 60 80 L 90 60 L 120 90 M 200 100 L 260 100';

function content(overrides: Partial<CharterContent> = {}): CharterContent {
	return {
		version: '2026-1',
		textHash: '14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173',
		signerName: 'Claire Martin',
		mandate: 'maire',
		communeInsee: '11185',
		communeName: 'Lagrasse',
		signedAt: '2026-11-20T10:30:00.000Z',
		signature: SIGNATURE,
		...overrides
	};
}

describe('canonicalCharter', () => {
	it('writes sorted keys without whitespace, optional fields only when present', () => {
		expect(canonicalCharter(content())).toBe(
			'{"communeInsee":"11185","communeName":"Lagrasse","mandate":"maire",' +
				`"signature":"${SIGNATURE}","signedAt":"2026-11-20T10:30:00.000Z",` +
				'"signerName":"Claire Martin",' +
				'"textHash":"14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173",' +
				'"version":"2026-1"}'
		);
		const full = canonicalCharter(
			content({
				countersignerName: 'Sophie Durand',
				countersignature: SIGNATURE,
				projectId: 'abcdefghij12345'
			})
		);
		expect(Object.keys(JSON.parse(full) as object)).toEqual([
			'communeInsee',
			'communeName',
			'countersignature',
			'countersignerName',
			'mandate',
			'projectId',
			'signature',
			'signedAt',
			'signerName',
			'textHash',
			'version'
		]);
		expect(canonicalCharter(content({ countersignerName: '', projectId: undefined }))).toBe(
			canonicalCharter(content())
		);
	});

	it('does not depend on key order or on the Unicode form and outer spaces of names', () => {
		const reordered = Object.fromEntries(Object.entries(content()).reverse()) as CharterContent;
		expect(canonicalCharter(reordered)).toBe(canonicalCharter(content()));
		const nfd = content({
			signerName: '  He\u0301le\u0300ne Dupre\u0301 ',
			communeName: 'Saint-E\u0301tienne'
		});
		const nfc = content({ signerName: 'Hélène Dupré', communeName: 'Saint-Étienne' });
		expect(canonicalCharter(nfd)).toBe(canonicalCharter(nfc));
		expect(normalizeCharter(nfd).signerName).toBe('Hélène Dupré');
	});

	it('escapes exactly as JSON.stringify does, so the canonical form is plain JSON', () => {
		for (const signerName of [
			'Jean "JJ" \\ Dupont',
			'Zoé 🌻 « Ça » l’été',
			'tab\there\nnew\u0001line\u2028',
			'lone \ud800 surrogate \udc00',
			'李小龍 𝔘𝔫𝔦'
		]) {
			const text = canonicalCharter(content({ signerName }));
			const normalized = normalizeCharter(content({ signerName })) as unknown as Record<
				string,
				string
			>;
			const sorted = Object.fromEntries(
				Object.keys(normalized)
					.sort()
					.map((k) => [k, normalized[k]])
			);
			expect(text).toBe(JSON.stringify(sorted));
			expect((JSON.parse(text) as CharterContent).signerName).toBe(
				signerName.trim().normalize('NFC')
			);
		}
	});
});

describe('charterHash', () => {
	it('is the SHA-256 hex of the UTF-8 canonical form, and changes with any field', async () => {
		const text = canonicalCharter(content({ signerName: 'Zoé 🌻' }));
		const expected = createHash('sha256').update(text, 'utf8').digest('hex');
		expect(await charterHash(content({ signerName: 'Zoé 🌻' }))).toBe(expected);
		expect(await sha256Hex('')).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		const base = await charterHash(content());
		for (const change of [
			{ mandate: 'adjoint' as const },
			{ signedAt: '2026-11-20T10:30:00.001Z' },
			{ signature: SIGNATURE + ' L 121 91' },
			{ projectId: 'abcdefghij12345' }
		]) {
			expect(await charterHash(content(change))).not.toBe(base);
		}
	});

	it('verifies a content against its hash, in any case, and refuses any other', async () => {
		const sealed = await sealCharter(content({ signerName: ' Claire  Martin ' }));
		expect(sealed.content.signerName).toBe('Claire  Martin');
		expect(await verifyCharter(sealed.content, sealed.hash)).toBe(true);
		expect(await verifyCharter(sealed.content, sealed.hash.toUpperCase())).toBe(true);
		expect(await verifyCharter(content({ mandate: 'conseiller' }), sealed.hash)).toBe(false);
		expect(sealed.receipt).toBe(receiptCode(sealed.hash));
	});

	it('knows the text hash of a published version and refuses an unknown one', async () => {
		expect(await charterTextHash('2026-1')).toBe(content().textHash);
		await expect(charterTextHash('1999-1')).rejects.toThrow(/unknown charter version/);
	});
});

describe('receipt codes', () => {
	it('encodes the first 60 bits of the hash in Crockford base32, grouped by four', () => {
		expect(receiptCode('0'.repeat(64))).toBe('0000-0000-0000');
		expect(receiptCode('f'.repeat(64))).toBe('ZZZZ-ZZZZ-ZZZZ');
		// 0x0123456789abcde: 00000 00100 10001 10100 01010 11001 11100 01001 10101 01111 00110 11110
		expect(receiptCode('0123456789abcdef' + '0'.repeat(48))).toBe('04HM-ASW9-NF6Y');
		expect(receiptCode('0123456789abcde' + 'f'.repeat(49))).toBe('04HM-ASW9-NF6Y');
		expect(receiptCode('8' + '0'.repeat(63))).toBe('G000-0000-0000');
		expect(receiptCode('000000000000001' + '0'.repeat(49))).toBe('0000-0000-0001');
		expect(() => receiptCode('xyz')).toThrow();
	});

	it('never uses I, L, O or U', () => {
		for (let i = 0; i < 200; i++) {
			const hash = createHash('sha256').update(String(i)).digest('hex');
			expect(receiptCode(hash)).toMatch(
				/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
			);
		}
	});

	it('reads codes as people type them', () => {
		const code = '7K2M-Q0R1-ZX9A';
		for (const typed of [
			code,
			'7k2m-q0r1-zx9a',
			'7K2MQ0R1ZX9A',
			' 7k2m q0r1 zx9a ',
			'7K2M-QOR1-ZX9A',
			'7K2M.Q0RI.ZX9A',
			'7k2m_qorl_zx9a'
		]) {
			expect(parseReceiptCode(typed), typed).toBe(code);
		}
		for (const bad of ['', '7K2M-Q0R1', '7K2M-Q0R1-ZX9A-1', '7K2M-Q0R1-ZX9U', '7K2M/Q0R1/ZX9A']) {
			expect(parseReceiptCode(bad), bad).toBeNull();
		}
	});
});
