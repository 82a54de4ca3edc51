// Publishing a project as a good practice in a real Chromium against the built app and a real
// PocketBase: the demo mayor opens the seeded Lagrasse project, sees what the server would
// publish, is stopped without the commune's consent, publishes, and is told plainly offline
// that publishing needs a connection.
import { describe, expect, it } from 'vitest';
import { servedApp } from '../helpers/app';
import { wcagViolations } from '../helpers/axe';
import { adminClient, DEMO } from '../helpers/pocketbase';

const TITLE = 'Broyer et composter ensemble les sarments et les déchets verts';

describe('publishing a project as a good practice', () => {
	const app = servedApp();

	it('publishes with consent, online only', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		await page.goto(`${app.server.url}/projet`);
		await page.getByRole('link', { name: TITLE }).click();
		const section = page.getByTestId('project-publication');
		await section.getByTestId('publication-preview').waitFor();
		const preview = (await section.getByTestId('publication-preview').textContent()) ?? '';
		expect(preview).toContain(TITLE);
		expect(preview).toContain('Lagrasse (Aude)');
		expect(preview).toContain('Territoire rural');
		expect(await section.getByTestId('publication-state').textContent()).toContain(
			'Ce projet n’est pas publié.'
		);

		await section.getByRole('button', { name: 'Publier le projet' }).click();
		await section.getByText('Cochez l’accord de la commune pour publier ce projet.').waitFor();
		await section.getByLabel(/La commune accepte de partager ce résumé/).check();
		await section.getByRole('button', { name: 'Publier le projet' }).click();
		await section.getByText(/^Projet publié\./).waitFor();
		await section.getByRole('button', { name: 'Retirer la publication' }).waitFor();
		expect(await wcagViolations(page)).toEqual([]);

		const admin = await adminClient(app.server.url);
		const record = await admin
			.collection('good_practices')
			.getFirstListItem(admin.filter('key = {:key}', { key: 'projet-demoprojet11185' }));
		expect(record).toMatchObject({ kind: 'commune_project', title: TITLE, published: true });

		await context.setOffline(true);
		await page.reload();
		await section.getByText(/^Publier demande une connexion/).waitFor();
		expect(await section.getByRole('button', { name: 'Publier le projet' }).count()).toBe(0);
		await context.close();
	});
});
