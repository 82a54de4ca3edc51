// A commune's reference data (names, codes, département, région, EPCI, population) comes from the
// official list only: neither its élus nor the national team can write it through the API, even
// the fields the original API rule forgot (département, région and EPCI names). Élus of the
// commune correct its class and profile only, and the reason they give is kept with it.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';

const url = inject('pbUrl');
const FRENCH = /[àâçéèêëîïôûùœ’]/;

let admin: PocketBase;
let maire: PocketBase;
let national: PocketBase;
let lagrasse = '';
let original: Record<string, unknown>;

async function patch(pb: PocketBase, body: Record<string, unknown>) {
	const response = await fetch(`${url}/api/collections/communes/records/${lagrasse}`, {
		method: 'PATCH',
		headers: { Authorization: pb.authStore.token, 'Content-Type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const REFERENCE: Record<string, unknown> = {
	departement_name: 'Département libre',
	region_name: 'Région libre',
	epci_name: 'Intercommunalité libre',
	departement: '99',
	region: '99',
	epci: '999999999',
	insee: '11999',
	name: 'Lagrasse-la-Libre',
	population: 1,
	postal_codes: ['99999']
};

describe('communes: reference data', () => {
	beforeAll(async () => {
		admin = await adminClient(url);
		maire = await userClient(url, DEMO.maire);
		national = await userClient(url, DEMO.national);
		lagrasse = await communeId(url, '11185');
		original = await admin.collection('communes').getOne(lagrasse);
	});

	afterAll(async () => {
		await admin.collection('communes').update(lagrasse, {
			class: original.class,
			profile: original.profile,
			class_corrected: original.class_corrected,
			class_reason: ''
		});
	});

	it.each(Object.keys(REFERENCE))(
		'refuses %s to an élu and to the national team',
		async (field) => {
			for (const pb of [maire, national]) {
				const answer = await patch(pb, {
					[field]: REFERENCE[field],
					class: 'urbain',
					class_reason: 'Une raison assez longue.'
				});
				expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
				expect(answer.status).toBeLessThan(500);
			}
			const stored = await admin.collection('communes').getOne(lagrasse);
			expect(stored[field]).toEqual(original[field]);
			expect(stored.class).toBe(original.class);
		}
	);

	it('says in French why a département name is refused', async () => {
		const answer = await patch(national, { departement_name: 'Texte libre' });
		expect(answer.status).toBe(400);
		expect(String(answer.body.message)).toMatch(FRENCH);
		expect(String(answer.body.message)).toContain('liste officielle');
	});

	it('lets an élu correct the class and profile only with a reason, and keeps it', async () => {
		const without = await patch(maire, { class: 'urbain' });
		expect(without.status).toBe(400);
		expect(String(without.body.message)).toContain('pourquoi');
		const short = await patch(maire, { profile: 'B', class_reason: 'parce que' });
		expect(short.status).toBe(400);
		expect((await admin.collection('communes').getOne(lagrasse)).class).toBe(original.class);

		const reason = 'Le bourg et la zone d’activité forment une petite ville.';
		const ok = await patch(maire, {
			class: 'urbain',
			profile: 'B',
			class_reason: `  ${reason} `,
			class_corrected: false
		});
		expect(ok.status, JSON.stringify(ok.body)).toBe(200);
		expect(await admin.collection('communes').getOne(lagrasse)).toMatchObject({
			class: 'urbain',
			profile: 'B',
			class_corrected: true,
			class_reason: reason
		});
		// The flag and the reason follow corrections only: they cannot be rewritten alone.
		expect(
			(await patch(maire, { class_corrected: false, class_reason: 'Autre chose ici.' })).status
		).toBe(200);
		expect(await admin.collection('communes').getOne(lagrasse)).toMatchObject({
			class_corrected: true,
			class_reason: reason
		});
	});

	it('refuses an élu of another commune', async () => {
		const other = await createUser(url, {
			email: 'communes.reference@collabactons.fr',
			role: 'elu',
			communes: [await communeId(url, '42218')]
		});
		const answer = await patch(other, {
			class: 'urbain',
			class_reason: 'Une raison assez longue.'
		});
		expect(answer.status).toBe(404);
	});

	it('still lets the superuser’s import write reference data', async () => {
		const answer = await admin.send('/api/collab/admin/import', {
			method: 'POST',
			body: { collection: 'communes', records: [{ insee: '11185', epci_name: original.epci_name }] }
		});
		expect(answer).toMatchObject({ collection: 'communes' });
	});
});
