// Personal data (issue 10, item 11): GET /api/collab/me/export gives the caller everything the
// server holds about them and nothing about anyone else (the mayor and her deputy share a
// commune: each one's progress, charters, projects and photos stay theirs), and
// POST /api/collab/me/deletion-request records what will be deleted and what is kept as proof.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { randomId } from '../helpers/ids';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';

const url = inject('pbUrl');
const HEX = (c: string) => c.repeat(64);
/** A sequence number no other test uses (seq columns are unique). */
const seq = () => 1e9 + Math.floor(Math.random() * 1e9);

interface Export {
	user: Record<string, unknown>;
	progress: { id: string; user: string }[];
	charters: { id: string; user: string; receipt: string }[];
	projects: { id: string }[];
	photos: { id: string }[];
	deletion_requests: { id: string }[];
}

/** One of each record for `userId`; returns their ids. */
async function seedRecordsFor(admin: PocketBase, userId: string, commune: string) {
	const progress = await admin
		.collection('progress')
		.create({ user: userId, module: 'm1-comprendre', done: true, seq: seq() });
	const charter = await admin.collection('charters').create({
		user: userId,
		commune,
		version: '1',
		text_hash: HEX('a'),
		signer_name: `Signataire ${userId}`,
		mandate: 'maire',
		commune_insee: '11185',
		commune_name: 'Lagrasse',
		signed_at: '2026-03-02T10:00:00.000Z',
		signature: 'data:image/png;base64,AAAA',
		hash: randomId(64).replace(/[g-z]/g, 'f').slice(0, 64),
		receipt: randomId(12).toUpperCase(),
		seq: seq()
	});
	const project = randomId();
	await admin
		.collection('docs')
		.create({ id: project, type: 'project', commune, created_by: userId, head: 0, rows: 0 });
	await admin.collection('projects').create({
		id: project,
		commune,
		title: `Projet de ${userId}`,
		updated_by: userId,
		seq: seq()
	});
	const photo = await admin.collection('photos').create({
		commune,
		project,
		entry: randomId(),
		uploader: userId,
		mime: 'image/jpeg',
		bytes: 1000,
		received: 0
	});
	return { progress: progress.id, charter: charter.id, project, photo: photo.id };
}

describe('what the server holds about me', () => {
	let maire: PocketBase;
	let adjoint: PocketBase;
	let mine: Awaited<ReturnType<typeof seedRecordsFor>>;
	let theirs: Awaited<ReturnType<typeof seedRecordsFor>>;

	beforeAll(async () => {
		const admin = await adminClient(url);
		const commune = await communeId(url, '11185');
		maire = await userClient(url, DEMO.maire);
		adjoint = await userClient(url, DEMO.adjoint);
		mine = await seedRecordsFor(admin, maire.authStore.record!.id, commune);
		theirs = await seedRecordsFor(admin, adjoint.authStore.record!.id, commune);
	});

	it('exports my account, progress, charters, projects and photos, without secrets', async () => {
		const response = await fetch(`${url}/api/collab/me/export`, {
			headers: { Authorization: maire.authStore.token }
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=/);
		const text = await response.text();
		const data = JSON.parse(text) as Export;
		expect(data.user.email).toBe(DEMO.maire);
		expect(data.user.id).toBe(maire.authStore.record!.id);
		expect(text).not.toMatch(/password|tokenKey/i);
		expect(data.progress.map((p) => p.id)).toContain(mine.progress);
		expect(data.charters.map((c) => c.id)).toContain(mine.charter);
		expect(data.projects.map((p) => p.id)).toContain(mine.project);
		expect(data.photos.map((p) => p.id)).toContain(mine.photo);
	});

	it('exports my sessions, signed attendance, census answers and devices too', async () => {
		const response = await fetch(`${url}/api/collab/me/export`, {
			headers: { Authorization: maire.authStore.token }
		});
		const data = (await response.json()) as Record<string, Record<string, unknown>[]>;
		const me = maire.authStore.record!.id;
		// The demo mayor took part in two demo sessions and signed the past one's half-days.
		expect(data.participants!.length).toBeGreaterThanOrEqual(2);
		expect(data.participants!.every((p) => p.user === me)).toBe(true);
		expect(data.attendances!.length).toBeGreaterThanOrEqual(1);
		expect(data.attendances!.every((a) => a.subject_user === me)).toBe(true);
		for (const key of ['needs_surveys', 'session_feedback', 'quiz_attempts', 'devices']) {
			expect(Array.isArray(data[key]), key).toBe(true);
		}
		for (const event of data.account_events!) expect(event).not.toHaveProperty('actor');
	});

	it('never shows another user’s data, even from the same commune', async () => {
		const response = await fetch(`${url}/api/collab/me/export`, {
			headers: { Authorization: maire.authStore.token }
		});
		const text = await response.text();
		for (const id of Object.values(theirs)) expect(text).not.toContain(id);
		expect(text).not.toContain(DEMO.adjoint);
		const data = JSON.parse(text) as Export;
		for (const row of [...data.progress, ...data.charters]) {
			expect(row.user).toBe(maire.authStore.record!.id);
		}
	});

	it('refuses a visitor and a superuser, with a JSON reason and nothing else', async () => {
		const anonymous = await fetch(`${url}/api/collab/me/export`);
		expect(anonymous.status).toBe(401);
		const body = (await anonymous.json()) as { message: string };
		expect(body.message).toBeTruthy();
		expect(JSON.stringify(body)).not.toContain('"user"');
		const admin = await adminClient(url);
		const superuser = await fetch(`${url}/api/collab/me/export`, {
			headers: { Authorization: admin.authStore.token }
		});
		expect([401, 403]).toContain(superuser.status);
		expect(JSON.stringify(await superuser.json())).not.toContain('"progress"');
	});

	it('records a deletion request listing what is deleted and what is kept as proof', async () => {
		const send = () =>
			fetch(`${url}/api/collab/me/deletion-request`, {
				method: 'POST',
				headers: { Authorization: adjoint.authStore.token, 'Content-Type': 'application/json' },
				// Whatever the client claims is ignored: the server computes the plan.
				body: JSON.stringify({ kept: [], user: maire.authStore.record!.id })
			});
		const first = await send();
		expect(first.status).toBe(201);
		const request = (await first.json()) as {
			id: string;
			status: string;
			to_delete: { kind: string; count: number }[];
			kept: { kind: string; id: string; keep_until: string }[];
		};
		expect(request.status).toBe('requested');
		expect(request.to_delete.map((item) => item.kind)).toEqual(
			expect.arrayContaining(['account', 'progress'])
		);
		// The charter seeded here is kept eleven years; any other charter of this élu (other specs
		// share the server) is kept too, and none of another user's.
		expect(request.kept).toContainEqual(
			expect.objectContaining({ kind: 'charter', id: theirs.charter, keep_until: '2037-03-02' })
		);
		const admin = await adminClient(url);
		for (const kept of request.kept) {
			expect(kept.kind).toBe('charter');
			const charter = await admin.collection('charters').getOne(kept.id);
			expect(charter.user).toBe(adjoint.authStore.record!.id);
		}
		// A second request while the first is open is the same request.
		const again = await send();
		expect(again.status).toBe(200);
		expect(((await again.json()) as { id: string }).id).toBe(request.id);

		// The adjoint reads it; the mayor does not; nobody writes it through the collection API.
		const stored = await adjoint.collection('deletion_requests').getOne(request.id);
		expect(stored.user).toBe(adjoint.authStore.record!.id);
		expect((await maire.collection('deletion_requests').getList(1, 50)).totalItems).toBe(0);
		await expect(
			maire.collection('deletion_requests').create({ user: maire.authStore.record!.id })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			adjoint.collection('deletion_requests').update(request.id, { status: 'done' })
		).rejects.toMatchObject({ status: 403 });
	});
});
