// Records of the sessions feature for the seed, in plain Node (the seed cannot import the
// TypeScript domain): deterministic participant and attendance ids, the canonical content and
// SHA-256 of an attendance row and of a seal, exactly as src/lib/features/sessions/domain/ does;
// tests/server/sessions-seed.spec.ts proves they agree. It only computes: pushing is the seed's
// job (demo-sessions.mjs).
import { sha256 } from './demo-client.mjs';

/**
 * A person's name as an identity: no accents, lower case, words sorted. → domain/ids.ts personKey
 * @param {string} name
 */
export function personKey(name) {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.sort()
		.join(' ');
}

/** @param {string} session @param {string} name @param {string} insee */
export function participantId(session, name, insee) {
	return sha256(`participant/${session}/${insee}/${personKey(name)}`).slice(0, 15);
}

/** @param {string} session @param {string} slot @param {string} participant */
export function attendanceId(session, slot, participant) {
	return sha256(`attendance/${session}/${slot}/${participant}`).slice(0, 15);
}

/**
 * Keys sorted, string values, no whitespace (Node's JSON.stringify escapes as the domain does).
 * @param {Record<string, string>} fields
 */
function canonicalObject(fields) {
	const keys = Object.keys(fields).sort();
	return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(fields[key])}`).join(',')}}`;
}

/**
 * An attendance row with its hash. → domain/attendance.ts hashAttendance
 * @param {{ session: string, slot: string, participant: string, status: string, mode?: string,
 *           signature: string, signed_at: string, arrived_at?: string, left_at?: string,
 *           amends?: string, note?: string }} content
 */
export function hashedAttendance(content) {
	const row = {
		session: content.session,
		slot: content.slot,
		participant: content.participant,
		status: content.status,
		mode: content.mode ?? 'sur_place',
		signature: content.signature,
		signed_at: content.signed_at,
		arrived_at: content.arrived_at ?? '',
		left_at: content.left_at ?? '',
		amends: content.amends ?? '',
		note: (content.note ?? '').trim().normalize('NFC')
	};
	return { ...row, hash: sha256(canonicalObject(row)) };
}

/**
 * A seal with its covers sorted and its hash. → domain/seal.ts hashSeal
 * @param {{ session: string, slot: string, covers: { id: string, hash: string }[],
 *           countersigner_name: string, countersignature: string, sealed_at: string,
 *           addendum_of?: string }} content
 */
export function hashedSeal(content) {
	const covers = [...content.covers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const seal = {
		session: content.session,
		slot: content.slot,
		covers,
		countersigner_name: content.countersigner_name.trim().normalize('NFC'),
		countersignature: content.countersignature,
		sealed_at: content.sealed_at,
		addendum_of: content.addendum_of ?? ''
	};
	const text = canonicalObject({
		...seal,
		covers: covers.map((c) => `${c.id}:${c.hash}`).join(',')
	});
	return { ...seal, hash: sha256(text) };
}

/**
 * A drawn-looking signature for a name (signature.ts format), different per person.
 * @param {string} name
 */
export function demoSignature(name) {
	let seed = 0;
	for (const char of name) seed = (seed * 31 + char.charCodeAt(0)) % 997;
	const wave = [];
	for (let x = 60; x <= 420; x += 15) {
		const y = Math.round(100 + 45 * Math.sin((x + seed) / 28) * Math.cos(x / (90 + (seed % 40))));
		wave.push(`${wave.length ? 'L' : 'M'} ${x} ${Math.min(190, Math.max(10, y))}`);
	}
	return `${wave.join(' ')} M 90 165 L 260 160 L 430 ${150 + (seed % 20)}`;
}
