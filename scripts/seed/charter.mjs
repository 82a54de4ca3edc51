// The demo mayor's signed engagement charter, for the seed. Plain Node (the seed cannot import
// the TypeScript domain): it rebuilds the canonical content, hash and receipt exactly as
// src/lib/features/charters/domain/canonical.ts does, and tests/server/charters.spec.ts proves that they
// agree. It only computes: pushing the record (as the demo mayor, through POST
// /api/collab/sync) is the seed's job. Never change the demo charter's fields without a reason:
// its receipt is printed in docs and demos.
import { createHash } from 'node:crypto';

/** Version and SHA-256 of its French text (src/lib/features/charters/domain/text.ts, pinned there too). */
export const DEMO_CHARTER_VERSION = '2026-1';
const TEXT_HASH = '14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A drawn-looking signature (signature.ts format): a wave and an underline, deterministic. */
function demoSignature() {
	const wave = [];
	for (let x = 60; x <= 420; x += 12) {
		const y = Math.round(100 + 40 * Math.sin(x / 30) * Math.cos(x / 110));
		wave.push(`${wave.length ? 'L' : 'M'} ${x} ${y}`);
	}
	return `${wave.join(' ')} M 80 160 L 250 156 L 440 150`;
}

/**
 * The canonical serialization: names trimmed and NFC, empty optional fields dropped, keys
 * sorted, no whitespace. In Node, JSON.stringify quotes strings exactly as the domain does.
 * @param {Record<string, string | undefined>} content
 */
export function canonicalCharter(content) {
	/** @type {Record<string, string>} */
	const normalized = {};
	for (const [key, value] of Object.entries(content)) {
		if (value === undefined || value === '') continue;
		normalized[key] = /Name$/.test(key) ? value.trim().normalize('NFC') : value;
	}
	const keys = Object.keys(normalized).sort();
	return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(normalized[key])}`).join(',')}}`;
}

/** `XXXX-XXXX-XXXX`: the first 60 bits of a hex hash in Crockford base32. */
export function receiptCode(/** @type {string} */ hash) {
	let value = BigInt('0x' + hash.slice(0, 15));
	let code = '';
	for (let i = 0; i < 12; i++) {
		code = CROCKFORD[Number(value & 31n)] + code;
		value >>= 5n;
	}
	return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * A valid signed charter for the demo: canonical content, hash, receipt, and the sync record to
 * push (its id is derived from the hash, so pushing it again is a replay that changes nothing).
 * @param {{ communeInsee: string, communeName: string, signerName: string,
 *           mandate?: 'maire' | 'adjoint' | 'conseiller', signedAt?: string,
 *           countersignerName?: string, projectId?: string }} options
 */
export function signedDemoCharter(options) {
	const signature = demoSignature();
	const content = {
		version: DEMO_CHARTER_VERSION,
		textHash: TEXT_HASH,
		signerName: options.signerName.trim().normalize('NFC'),
		mandate: options.mandate ?? 'maire',
		communeInsee: options.communeInsee,
		communeName: options.communeName.trim().normalize('NFC'),
		signedAt: options.signedAt ?? '2026-11-20T10:30:00.000Z',
		signature,
		...(options.countersignerName
			? {
					countersignerName: options.countersignerName.trim().normalize('NFC'),
					countersignature: 'M 100 120 L 180 60 L 260 140 L 340 70 M 120 170 L 360 165'
				}
			: {}),
		...(options.projectId ? { projectId: options.projectId } : {})
	};
	const hash = createHash('sha256').update(canonicalCharter(content), 'utf8').digest('hex');
	/** @type {Record<string, string>} */
	const data = {
		version: content.version,
		text_hash: content.textHash,
		signer_name: content.signerName,
		mandate: content.mandate,
		commune_insee: content.communeInsee,
		commune_name: content.communeName,
		signed_at: content.signedAt,
		signature: content.signature,
		hash
	};
	if (content.countersignerName) data.countersigner_name = content.countersignerName;
	if (content.countersignature) data.countersignature = content.countersignature;
	if (content.projectId) data.project_id = content.projectId;
	return {
		content,
		hash,
		receipt: receiptCode(hash),
		record: { collection: 'charters', id: hash.slice(0, 15), rev: 1, data }
	};
}
