import { describe, expect, it } from 'vitest';
import { sealCharter, verifyCharter, type CharterContent } from './canonical';
import { charterFromRecordData, charterRecordData, type PulledCharterData } from './record';

const content: CharterContent = {
	version: '2026-1',
	textHash: '14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173',
	signerName: 'Claire Martin',
	mandate: 'maire',
	communeInsee: '11185',
	communeName: 'Lagrasse',
	signedAt: '2026-11-20T10:30:00.000Z',
	signature: 'M 40 120 L 60 80 L 90 60 M 200 100 L 260 100'
};

describe('the charters sync record', () => {
	it('carries the canonical fields in snake_case and the hash, optional fields only when set', async () => {
		const sealed = await sealCharter(content);
		expect(charterRecordData(sealed)).toEqual({
			version: '2026-1',
			text_hash: content.textHash,
			signer_name: 'Claire Martin',
			mandate: 'maire',
			commune_insee: '11185',
			commune_name: 'Lagrasse',
			signed_at: '2026-11-20T10:30:00.000Z',
			signature: content.signature,
			hash: sealed.hash
		});
		const full = await sealCharter({
			...content,
			countersignerName: 'Sophie Durand',
			countersignature: content.signature,
			projectId: 'abcdefghij12345'
		});
		expect(charterRecordData(full)).toMatchObject({
			countersigner_name: 'Sophie Durand',
			countersignature: content.signature,
			project_id: 'abcdefghij12345'
		});
		expect(charterFromRecordData(charterRecordData(full))).toEqual(full.content);
	});

	it('reads a pulled record back into content that still verifies against its hash', async () => {
		const sealed = await sealCharter(content);
		const pulled: PulledCharterData = {
			...charterRecordData(sealed),
			countersigner_name: '',
			countersignature: '',
			project_id: '',
			receipt: sealed.receipt,
			received: '2026-11-20 10:31:02.123Z',
			user: 'u'.repeat(15),
			commune: 'c'.repeat(15)
		};
		const read = charterFromRecordData(pulled);
		expect(read).toEqual(content);
		expect(await verifyCharter(read, pulled.hash)).toBe(true);
	});
});
