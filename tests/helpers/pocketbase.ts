// PocketBase SDK clients for tests: as the superuser, or signed in as any user.
import PocketBase from 'pocketbase';
import { ADMIN } from './server';

export const DEMO_PASSWORD = 'collabactons-demo';
export const DEMO = {
	maire: 'maire.demo@collabactons.fr',
	adjoint: 'adjoint.demo@collabactons.fr',
	facilitateur: 'facilitateur.demo@collabactons.fr',
	coordinateur: 'coordinateur.demo@collabactons.fr',
	national: 'national.demo@collabactons.fr'
} as const;

function client(url: string): PocketBase {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	return pb;
}

export async function adminClient(url: string): Promise<PocketBase> {
	const pb = client(url);
	await pb.collection('_superusers').authWithPassword(ADMIN.email, ADMIN.password);
	return pb;
}

export async function userClient(
	url: string,
	email: string,
	password = DEMO_PASSWORD
): Promise<PocketBase> {
	const pb = client(url);
	await pb.collection('users').authWithPassword(email, password, { expand: 'communes' });
	return pb;
}

/** The `communes` record id of an INSEE code (the test seed loads a few communes). */
export async function communeId(url: string, insee: string): Promise<string> {
	const pb = await adminClient(url);
	const commune = await pb
		.collection('communes')
		.getFirstListItem(pb.filter('insee = {:insee}', { insee }));
	return commune.id;
}

/**
 * Creates a user, or brings an existing one (same e-mail, left by another spec on the shared
 * server) to exactly these fields and password; returns a client signed in as them. Used for
 * "another commune" and other roles than the demo ones.
 */
export async function createUser(
	url: string,
	user: {
		email: string;
		role: string;
		communes?: string[];
		territory_kind?: string;
		territory_code?: string;
		name?: string;
		/** @default DEMO_PASSWORD */
		password?: string;
	}
): Promise<PocketBase> {
	const admin = await adminClient(url);
	const { password = DEMO_PASSWORD, ...fields } = user;
	const record = {
		name: '',
		communes: [],
		territory_kind: '',
		territory_code: '',
		...fields,
		password,
		passwordConfirm: password,
		verified: true
	};
	const existing = await admin
		.collection('users')
		.getList(1, 1, { filter: admin.filter('email = {:email}', { email: user.email }) });
	const found = existing.items[0];
	if (found) await admin.collection('users').update(found.id, record);
	else await admin.collection('users').create(record);
	return userClient(url, user.email, password);
}

/** The server's clock (its `Date` header, to the second): Node's may be faked, PocketBase's not. */
export async function serverNow(url: string): Promise<number> {
	const response = await fetch(`${url}/api/health`);
	return Date.parse(response.headers.get('date')!);
}
