import { describe, expect, it } from 'vitest';
import type { CharterContent } from './canonical';
import { hasInvisible, isSignedAt, validateCharter } from './validation';

const SIGNATURE = 'M 40 120 L 60 80 L 90 60 L 120 90 M 200 100 L 260 100';

function draft(overrides: Partial<CharterContent> = {}): Partial<CharterContent> {
	return {
		version: '2026-1',
		signerName: 'Claire Martin',
		mandate: 'maire',
		communeInsee: '11185',
		communeName: 'Lagrasse',
		signedAt: '2026-11-20T10:30:00.000Z',
		signature: SIGNATURE,
		...overrides
	};
}

const keys = (overrides: Partial<CharterContent>) =>
	validateCharter(draft(overrides)).map((error) => error.key);

describe('validateCharter', () => {
	it('accepts a complete charter, with or without countersignature and project', () => {
		expect(validateCharter(draft())).toEqual([]);
		expect(
			validateCharter(
				draft({
					countersignerName: 'Sophie Durand',
					countersignature: SIGNATURE,
					projectId: 'abcdefghij12345',
					textHash: 'a'.repeat(64)
				})
			)
		).toEqual([]);
	});

	it('requires a signer name of at most 120 visible characters', () => {
		expect(keys({ signerName: '   ' })).toEqual(['charters.errors.signerNameRequired']);
		expect(keys({ signerName: 'x'.repeat(121) })).toEqual(['charters.errors.signerNameTooLong']);
		expect(keys({ signerName: ' ' + 'x'.repeat(120) + ' ' })).toEqual([]);
		expect(keys({ signerName: 'Claire\u0000Martin' })).toEqual([
			'charters.errors.signerNameInvalid'
		]);
	});

	it('requires a mandate from the list, a commune and a version', () => {
		expect(keys({ mandate: 'président' as CharterContent['mandate'] })).toEqual([
			'charters.errors.mandateRequired'
		]);
		expect(keys({ communeInsee: '' })).toEqual(['charters.errors.communeRequired']);
		expect(keys({ communeInsee: '2A004', communeName: '' })).toEqual([
			'charters.errors.communeNameInvalid'
		]);
		expect(keys({ version: '1999-1' })).toEqual(['charters.errors.versionUnknown']);
		expect(keys({ textHash: 'nope' })).toEqual(['charters.errors.textHashInvalid']);
	});

	it('requires a drawn signature, well formed, not a tap', () => {
		expect(keys({ signature: '' })).toEqual(['charters.errors.signatureRequired']);
		expect(keys({ signature: '<svg/>' })).toEqual(['charters.errors.signatureInvalid']);
		expect(keys({ signature: 'M 10 10 L 12 12' })).toEqual(['charters.errors.signatureTooShort']);
	});

	it('asks for both the countersigner’s name and signature, or neither', () => {
		expect(keys({ countersignerName: 'Sophie Durand' })).toEqual([
			'charters.errors.countersignatureRequired'
		]);
		expect(keys({ countersignature: SIGNATURE })).toEqual([
			'charters.errors.countersignerNameRequired'
		]);
		expect(keys({ countersignerName: '  ', countersignature: '' })).toEqual([]);
	});

	it('checks the date and the project id', () => {
		expect(keys({ signedAt: '2026-11-20' })).toEqual(['charters.errors.signedAtInvalid']);
		expect(keys({ projectId: 'ABC' })).toEqual(['charters.errors.projectInvalid']);
	});

	it('reports every problem at once, with a French message for the signer', () => {
		const errors = validateCharter({});
		expect(errors.map((e) => e.field)).toEqual([
			'version',
			'signerName',
			'mandate',
			'communeInsee',
			'signedAt',
			'signature'
		]);
		expect(errors.find((e) => e.field === 'signerName')?.message).toBe(
			'Indiquez le nom du signataire.'
		);
		for (const error of errors) expect(error.message).toMatch(/^\p{Lu}.*\.$/u);
	});
});

describe('isSignedAt', () => {
	it('accepts toISOString output only, for a real instant', () => {
		expect(isSignedAt(new Date(Date.UTC(2026, 10, 20, 10, 30)).toISOString())).toBe(true);
		for (const bad of [
			'2026-11-20T10:30:00Z',
			'2026-11-20T10:30:00.000+01:00',
			'2026-02-30T10:30:00.000Z',
			'2026-11-20 10:30:00.000Z'
		]) {
			expect(isSignedAt(bad), bad).toBe(false);
		}
	});
});

describe('hasInvisible', () => {
	it('finds control characters and lone surrogates, not emoji or accents', () => {
		expect(hasInvisible('Zoé 🌻 Œ')).toBe(false);
		expect(hasInvisible('a\tb')).toBe(true);
		expect(hasInvisible('a\u0085b')).toBe(true);
		expect(hasInvisible('a\ud800b')).toBe(true);
		expect(hasInvisible('a\udc00')).toBe(true);
	});
});
