// What the demo seed files (demo-*.mjs) share to write as the app's devices and server would:
// signing in a demo account, one push through POST /api/collab/sync that throws on any
// rejection, the z85 text of a Yjs update, SHA-256 ids, and finding a record or an account.
// Never builds a record: each demo-*.mjs owns its own data.
import { createHash } from 'node:crypto';
import PocketBase from 'pocketbase';
import { DEMO_PASSWORD } from './demo.mjs';

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/**
 * The hex SHA-256 of `text` (UTF-8), which the domain's derived ids are cut from.
 * @param {string} text
 */
export function sha256(text) {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * `<pad digit><z85>`, as src/lib/domain/sync/base85.ts encodes a Yjs update.
 * @param {Uint8Array} bytes
 */
export function encodeZ85(bytes) {
	const pad = (4 - (bytes.length % 4)) % 4;
	const padded = new Uint8Array(bytes.length + pad);
	padded.set(bytes);
	const view = new DataView(padded.buffer);
	let out = String(pad);
	for (let i = 0; i < padded.length; i += 4) {
		let value = view.getUint32(i); // big-endian, as Z85 reads a block
		let chunk = '';
		for (let j = 0; j < 5; j++) {
			chunk = Z85[value % 85] + chunk;
			value = Math.floor(value / 85);
		}
		out += chunk;
	}
	return out;
}

/**
 * A client signed in as the demo account `email` (demo password).
 * @param {string} url @param {string} email
 */
export async function signInDemo(url, email) {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb;
}

/**
 * One sync request from `device` that pushes `body`'s ops and records and pulls (almost)
 * nothing back; throws, naming `what`, when the server refuses any of them.
 * @param {PocketBase} pb @param {string} device @param {string} what
 * @param {{ ops?: object[], records?: object[] }} body
 */
export async function pushSync(pb, device, what, body) {
	const response = await pb.send('/api/collab/sync', {
		method: 'POST',
		body: { v: 1, device, cursor: 0, limit: 1, ops: [], records: [], ...body }
	});
	if (response.rejected.length) {
		throw new Error(`${what} refused by the server: ${JSON.stringify(response.rejected)}`);
	}
}

/**
 * The account `email` (throws when there is none).
 * @param {PocketBase} admin a superuser client @param {string} email
 */
export function accountByEmail(admin, email) {
	return admin.collection('users').getFirstListItem(admin.filter('email = {:email}', { email }));
}

/**
 * Whether `collection` holds a record whose `field` is `value` (the id unless told).
 * @param {PocketBase} admin a superuser client
 * @param {string} collection @param {string} value @param {string} [field]
 */
export async function recordExists(admin, collection, value, field = 'id') {
	const found = await admin
		.collection(collection)
		.getList(1, 1, { filter: admin.filter(`${field} = {:value}`, { value }) });
	return found.items.length > 0;
}
