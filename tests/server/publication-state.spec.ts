// The project page's publication state against a real PocketBase: the preview is the server's,
// publishing needs the consent box, a refusal carries the server's French reason, and a project
// edited on the device but not synced yet is flagged as lagging behind the preview.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Project } from '../../src/lib/features/projects/domain/types';
import { ProjectPublication } from '../../src/lib/features/projects/state/publication.svelte';
import { randomId, nextRev } from '../helpers/ids';
import { communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import type PocketBase from 'pocketbase';

const url = inject('pbUrl');
let maire: PocketBase;
let lagrasse: string;

function project(id: string, fields: Partial<Project>): Project {
	return {
		id,
		title: '',
		status: 'idee',
		commune: lagrasse,
		description: '',
		local_problem: '',
		proposed_solution: '',
		themes: [],
		levers: [],
		stakeholders: [],
		method: [],
		milestones: [],
		indicators: [],
		budget: null,
		funders: [],
		log: [],
		history: [],
		...fields
	};
}

beforeAll(async () => {
	maire = await userClient(url, DEMO.maire);
	lagrasse = await communeId(url, '11185');
});

describe('ProjectPublication', () => {
	it('agrees with the badge: not asked while the project has not reached the server', async () => {
		let asked = 0;
		const client = async () => {
			asked++;
			return maire;
		};
		const publication = new ProjectPublication({ client, online: () => true });
		for (const state of ['device', 'sending', 'rejected'] as const) {
			await publication.load(randomId(), state);
			expect(publication.phase).toBe('unsent');
		}
		expect(asked).toBe(0);
		// Once the badge says "Confirmé par le serveur", the section asks the server.
		await publication.load(randomId(), 'confirmed');
		expect(asked).toBe(1);
		expect(publication.phase).not.toBe('unsent');
	});

	it('previews, publishes only with consent, and withdraws', async () => {
		const id = randomId();
		await maire.send('/api/collab/sync', {
			method: 'POST',
			body: {
				v: 1,
				device: 'd-publication-state',
				cursor: 0,
				limit: 1,
				records: [
					{
						collection: 'projects',
						rev: nextRev(),
						id,
						data: { commune: lagrasse, title: 'Jardin partagé', summary: 'Des friches.' }
					}
				]
			}
		});
		const publication = new ProjectPublication({ client: async () => maire, online: () => true });
		await publication.load(id);
		expect(publication.phase).toBe('ready');
		expect(publication.state).toMatchObject({
			published: false,
			preview: { title: 'Jardin partagé', summary: 'Des friches.', place: 'Lagrasse (Aude)' }
		});
		const synced = project(id, { title: 'Jardin partagé', local_problem: 'Des friches.' });
		expect(publication.lagsBehind(synced)).toBe(false);
		expect(publication.lagsBehind({ ...synced, title: 'Jardin partagé des Corbières' })).toBe(true);

		await publication.publish();
		expect(publication.consentMissing).toBe(true);
		expect(publication.state?.published).toBe(false);

		publication.consent = true;
		await publication.publish();
		expect(publication.done).toBe('published');
		expect(publication.state?.published).toBe(true);
		expect(publication.state?.consentAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

		await publication.withdraw();
		expect(publication.done).toBe('withdrawn');
		expect(publication.state?.published).toBe(false);
	});

	it('says offline without asking, and shows the server’s reason when it refuses', async () => {
		const offline = new ProjectPublication({
			client: () => Promise.reject(new Error('no client offline')),
			online: () => false
		});
		await offline.load(randomId());
		expect(offline.phase).toBe('offline');

		const stranger = await createUser(url, {
			email: 'elu.publication-state@example.fr',
			role: 'elu',
			communes: [await communeId(url, '42218')]
		});
		const refused = new ProjectPublication({ client: async () => stranger, online: () => true });
		await refused.load('demoprojet11185');
		expect(refused.phase).toBe('refused');
		expect(refused.reason).toMatch(/^Ce projet appartient à une autre commune/);
	});
});
