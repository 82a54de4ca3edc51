// Correcting a commune's rural/urban class: offered to its own élus only; with no network, the
// form says so and nothing changes; a refusal and a success are said in the user's words. The
// server is a bare HTTP listener answering as PocketBase does (the real rule is checked in
// tests/server against a real PocketBase).
import { afterEach, describe, expect, it } from 'vitest';
import type { Commune } from '$lib/domain/communes/types';
import { createPocketBase } from '$lib/sync/pocketbase';
import { answeringServer, mayor, UNREACHABLE } from '../../../tests/helpers/state';
import { CommuneClassCorrection } from './commune-class.svelte';
import { session } from './session.svelte';

const lagrasse: Commune = {
	insee: '11185',
	name: 'Lagrasse',
	postalCodes: ['11220'],
	population: 550,
	departement: '11',
	departementName: 'Aude',
	region: '76',
	regionName: 'Occitanie',
	epci: '200035715',
	epciName: 'CC de la Région Lézignanaise, Corbières et Minervois',
	class: 'rural'
};

let server: Awaited<ReturnType<typeof answeringServer>> | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
	session.user = null;
});

const record = { id: 'commune00000001', class: 'rural', class_corrected: false };

function correction(url: string) {
	return new CommuneClassCorrection({ client: () => createPocketBase(url) });
}

describe('CommuneClassCorrection', () => {
	it('is offered to the élus of the commune only', () => {
		expect(CommuneClassCorrection.canCorrect(lagrasse)).toBe(false);
		session.user = mayor;
		expect(CommuneClassCorrection.canCorrect(lagrasse)).toBe(true);
		session.user = { ...mayor, communes: [] };
		expect(CommuneClassCorrection.canCorrect(lagrasse)).toBe(false);
	});

	it('says the network is missing and changes nothing', async () => {
		const form = correction(UNREACHABLE);
		await form.load(lagrasse);
		expect(form.serverClass).toBeNull();
		await form.save(lagrasse, 'urbain', 'Nous sommes une petite ville.');
		expect(form.message).toEqual({ kind: 'danger', key: 'communes.correction.errors.offline' });
		expect(form.serverClass).toBeNull();
		expect(form.corrected).toBe(false);
		expect(form.saving).toBe(false);
	});

	it('shows the server’s class, then saves a correction', async () => {
		server = await answeringServer((method) =>
			method === 'GET'
				? { status: 200, body: { page: 1, perPage: 1, totalItems: 1, items: [record] } }
				: { status: 200, body: { ...record, class: 'urbain', class_corrected: true } }
		);
		const form = correction(server.url);
		await form.load(lagrasse);
		expect(form.serverClass).toBe('rural');
		await form.save(lagrasse, 'urbain', 'Nous sommes une petite ville.');
		expect(form.message).toEqual({ kind: 'success', key: 'communes.correction.saved' });
		expect(form).toMatchObject({ serverClass: 'urbain', corrected: true });
		expect(server.requests.at(-1)).toBe(`PATCH /api/collections/communes/records/${record.id}`);
	});

	it('says a refusal in the user’s words and keeps the server’s class', async () => {
		server = await answeringServer((method) =>
			method === 'GET'
				? { status: 200, body: { page: 1, perPage: 1, totalItems: 1, items: [record] } }
				: { status: 403, body: { status: 403, message: 'Forbidden.', data: {} } }
		);
		const form = correction(server.url);
		await form.save(lagrasse, 'urbain', 'Nous sommes une petite ville.');
		expect(form.message).toEqual({ kind: 'danger', key: 'communes.correction.errors.forbidden' });
		expect(form.serverClass).toBe('rural');
	});
});
