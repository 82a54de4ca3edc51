// Signing a charter that commits to a project: the sealed record names the project and the
// project is asked to list the charter; "Je choisirai plus tard" seals no project and asks
// nothing. A failure to list it never undoes the signature.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { receiptCode } from '$lib/domain/canonical';
import { signatureFromStrokes } from '../domain/signature';
import { UserDatabase } from '$lib/local/db';
import type { ProjectCharterLink } from './charter-link.svelte';
import { CharterSigning } from './charter.svelte';

const user = {
	name: 'Marie Dupont',
	mandate: 'maire' as const,
	communes: [{ id: 'c1', insee: '11185', name: 'Fabrezan' }]
};
const stroke = Array.from({ length: 30 }, (_, i) => ({ x: 20 + i * 15, y: 80 + (i % 5) * 8 }));

let db: UserDatabase;
afterEach(() => db?.close());

function form(linkProject: (id: string, link: ProjectCharterLink) => Promise<unknown>) {
	db = new UserDatabase(`u-link-${Math.random()}`, new IDBFactory());
	const signing = new CharterSigning({
		db: async () => db,
		now: () => Date.UTC(2026, 10, 29, 9, 30),
		linkProject
	});
	signing.prefill(user);
	signing.signature = signatureFromStrokes([stroke], { width: 600, height: 200 });
	signing.consent = true;
	return signing;
}

describe('a charter committing to a project', () => {
	it('seals the project id and lists the charter on the project', async () => {
		const calls: [string, ProjectCharterLink][] = [];
		const signing = form(async (id, link) => calls.push([id, link]));
		signing.projectId = 'abcdefghij12345';
		expect(await signing.sign()).toBeUndefined();
		const row = await db.charters.get(signing.signedId!);
		expect(row?.project_id).toBe('abcdefghij12345');
		expect(calls).toEqual([
			[
				'abcdefghij12345',
				{
					id: signing.signedId,
					receipt: receiptCode(row!.hash),
					signedAt: '2026-11-29T09:30:00.000Z',
					signer: 'Marie Dupont'
				}
			]
		]);
	});

	it('seals no project for "later", and a failed listing keeps the signature', async () => {
		const calls: string[] = [];
		const later = form(async (id) => calls.push(id));
		expect(await later.sign()).toBeUndefined();
		expect((await db.charters.get(later.signedId!))?.project_id).toBeUndefined();
		expect(calls).toEqual([]);

		const failing = form(async () => {
			throw new Error('project store unavailable');
		});
		failing.projectId = 'abcdefghij12345';
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(await failing.sign()).toBeUndefined();
		expect(logged).toHaveBeenCalledWith('charter not listed on its project', expect.any(Error));
		logged.mockRestore();
		expect(failing.errors).toEqual({});
		expect(await db.charters.count()).toBe(1);
	});
});
