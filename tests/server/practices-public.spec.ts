// The library's server side: the 20 demo projects of other communes are seeded as published good
// practices with their commune's public reference data, and GET
// /api/collab/public/practices/{key} shows a published practice to anyone without an account,
// with no id, no commune relation, no consent and no person; a withdrawn or unknown practice is a
// French 404.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient } from '../helpers/pocketbase';

const url = inject('pbUrl');
let admin: PocketBase;
const anonymous = () => new PocketBase(url);
const get = (key: string) =>
	anonymous().send(`/api/collab/public/practices/${encodeURIComponent(key)}`, { method: 'GET' });

beforeAll(async () => {
	admin = await adminClient(url);
});

describe('the library of good practices', () => {
	it('holds 20 published demo projects of communes of various sizes and régions', async () => {
		const demo = await admin
			.collection('good_practices')
			.getFullList({ filter: 'key ~ "demo-projet-%" && published = true' });
		expect(demo).toHaveLength(20);
		expect(new Set(demo.map((p) => p.region)).size).toBeGreaterThanOrEqual(6);
		const populations = demo.map((p) => p.population as number);
		expect(Math.min(...populations)).toBeLessThan(500);
		expect(Math.max(...populations)).toBeGreaterThan(50_000);
		expect(demo.every((p) => /^[0-9AB]{5}$/.test(p.insee as string))).toBe(true);
	});

	it('shows a published practice to anyone, without personal data or ids', async () => {
		const practice = (await get('demo-projet-11132')) as Record<string, unknown>;
		expect(practice).toMatchObject({
			key: 'demo-projet-11132',
			kind: 'commune_project',
			themes: ['dechets', 'regeneration_ecosystemes'],
			project_status: 'realise'
		});
		for (const field of ['id', 'commune', 'consent_by', 'consent_at', 'insee', 'email', 'name']) {
			expect(practice, field).not.toHaveProperty(field);
		}
		const study = (await get('kalundborg')) as Record<string, unknown>;
		expect(study.kind).toBe('case_study');
		expect(String(study.body).length).toBeGreaterThan(100);
	});

	it('answers a withdrawn, unknown or malformed practice with a French 404 or 400', async () => {
		const key = 'projet-retire-test';
		const existing = await admin
			.collection('good_practices')
			.getList(1, 1, { filter: admin.filter('key = {:key}', { key }) });
		if (!existing.items.length) {
			await admin.collection('good_practices').create({
				key,
				kind: 'commune_project',
				title: 'Publication retirée',
				published: false
			});
		}
		for (const [path, status] of [
			[key, 404],
			['n-existe-pas', 404],
			['<script>', 400]
		] as const) {
			const error = await get(path).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(ClientResponseError);
			expect((error as ClientResponseError).status, path).toBe(status);
			expect((error as ClientResponseError).response.message).toMatch(
				/bonne pratique|n’est plus publiée/
			);
		}
	});
});
