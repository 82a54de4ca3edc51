// Publishing a project as a good practice, what needs no server: offline the section says so and
// sends nothing, even with the consent ticked; an unreachable server reads as offline; and who
// may publish. Preview, consent, refusals and lagging behind are checked against a real
// PocketBase in tests/server/publication-state.spec.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { createPocketBase } from '$lib/sync/pocketbase';
import { answeringServer, LAGRASSE, mayor, UNREACHABLE } from '../../../../../tests/helpers/state';
import { canPublish, ProjectPublication } from './publication.svelte';
import { session } from '$lib/state/session.svelte';

afterEach(() => {
	session.user = null;
});

describe('ProjectPublication', () => {
	it('says it needs a connection, and sends nothing, when the device is offline', async () => {
		const server = await answeringServer(() => ({ status: 500, body: {} }));
		try {
			const publication = new ProjectPublication({
				client: () => createPocketBase(server.url),
				online: () => false
			});
			await publication.load('projet000000001');
			expect(publication.phase).toBe('offline');
			publication.consent = true;
			await publication.publish();
			await publication.withdraw();
			expect(publication.phase).toBe('offline');
			expect(publication.done).toBeNull();
			expect(server.requests).toEqual([]);
		} finally {
			await server.close();
		}
	});

	it('reads an unreachable server as offline', async () => {
		const publication = new ProjectPublication({
			client: () => createPocketBase(UNREACHABLE),
			online: () => true
		});
		await publication.load('projet000000001');
		expect(publication.phase).toBe('offline');
		expect(publication.state).toBeNull();
	});
});

describe('canPublish', () => {
	it('lets the élus of the commune and the national team publish, nobody else', () => {
		expect(canPublish(LAGRASSE.id)).toBe(false);
		session.user = mayor;
		expect(canPublish(LAGRASSE.id)).toBe(true);
		expect(canPublish('commune00000009')).toBe(false);
		session.user = { ...mayor, role: 'coordinateur' };
		expect(canPublish(LAGRASSE.id)).toBe(false);
		session.user = { ...mayor, role: 'national', communes: [] };
		expect(canPublish('commune00000009')).toBe(true);
	});
});
