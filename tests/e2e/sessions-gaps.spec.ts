// The three gaps of the sessions feature in Chromium: the plan form's "Co-animateurs" offered from
// the list kept on the tablet once the network is cut; and à distance presence — the facilitator's
// sheet shows the half-day code, the mayor types it in "Mes sessions" on her own device, and her
// row reaches the facilitator's sheet as "Présent à distance"; the deputy, who has an account,
// is added by name. Screenshots in /work/shots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { syncNow } from '../helpers/projects';
import { participant, push, sessionData, SLOT_AM } from '../helpers/sessions';

const SHOTS = '/work/shots/sessions-gaps';
mkdirSync(SHOTS, { recursive: true });
const app = servedApp({ seedDemo: true });

async function shoot(page: Page, name: string) {
	for (const [label, viewport] of [
		['landscape', { width: 1280, height: 800 }],
		['portrait', { width: 800, height: 1280 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		await page.setViewportSize(viewport);
		await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
	}
	await page.setViewportSize({ width: 1280, height: 800 });
}

describe('sessions gaps', () => {
	it('offers co-animateurs offline from the kept list, two at most', async () => {
		const url = app.server.url;
		await createUser(url, {
			email: 'gaps.odile@example.fr',
			role: 'facilitateur',
			name: 'Odile Renard'
		});
		await createUser(url, {
			email: 'gaps.paul@example.fr',
			role: 'facilitateur',
			name: 'Paul Séguier'
		});
		await createUser(url, {
			email: 'gaps.anne@example.fr',
			role: 'facilitateur',
			name: 'Anne Vidal'
		});
		const { context, page } = await app.signedInTablet(DEMO.facilitateur);
		await page.goto(`${url}/sessions/nouvelle`);
		await page.getByTestId('co-offer').first().waitFor();
		await context.setOffline(true);
		await page.reload();
		const picker = page.getByTestId('co-facilitators');
		await picker.getByLabel('Chercher un animateur par son nom').fill('seguier');
		await picker.getByTestId('co-offer').filter({ hasText: 'Paul Séguier' }).click();
		await picker.getByLabel('Chercher un animateur par son nom').fill('odile');
		await picker.getByTestId('co-offer').filter({ hasText: 'Odile Renard' }).click();
		await expect
			.poll(() => picker.getByTestId('co-chosen').allTextContents())
			.toEqual(['Paul Séguier', 'Odile Renard']);
		await expect.poll(() => picker.textContent()).toMatch(/Deux co-animateurs sont choisis/);
		await picker.scrollIntoViewIfNeeded();
		await shoot(page, 'plan-co-animateurs');
		await context.close();
	});

	it('lets the mayor confirm an à distance half-day with the facilitator’s code', async () => {
		const url = app.server.url;
		const facilitatorApi = await userClient(url, DEMO.facilitateur);
		const maireApi = await userClient(url, DEMO.maire);
		const session = randomId();
		const slot = { ...SLOT_AM, key: '2099-03-02-am', date: '2099-03-02' };
		const m = await participant(session, 'Claire Martin', {
			user: maireApi.authStore.record!.id,
			mandate: 'maire'
		});
		const pushed = await push(facilitatorApi, [
			{
				collection: 'training_sessions',
				id: session,
				data: sessionData({
					modality: 'mixte',
					title: 'Session mixte',
					modules: ['ic-1'],
					slots: [slot]
				})
			},
			{ collection: 'participants', ...m }
		]);
		expect(pushed.rejected).toEqual([]);

		const f = await app.signedInTablet(DEMO.facilitateur);
		await syncNow(f.page, url, { upToDate: true });
		await f.page.goto(`${url}/sessions/${session}/emargement/${slot.key}`);
		await f.page
			.getByTestId('presence-code')
			.getByRole('button', { name: 'Afficher le code' })
			.click();
		const value = f.page.getByTestId('presence-code-value');
		await value.waitFor();
		const code = /(\d{6})/.exec((await value.textContent()) ?? '')![1]!;
		await shoot(f.page, 'sheet-presence-code');

		// The deputy has an account: found by name among the élus of the Aude, added with it.
		await f.page.goto(`${url}/sessions/${session}`);
		const accounts = f.page.getByTestId('elu-accounts');
		await accounts.getByLabel('Chercher un élu du département par son nom').fill('benali');
		await accounts.getByTestId('elu-offer').filter({ hasText: 'Karim Benali' }).click();
		await accounts.getByText('Karim Benali est inscrit.').waitFor();
		await expect
			.poll(() => f.page.getByTestId('people-count').textContent())
			.toMatch(/2 participants/);
		await accounts.scrollIntoViewIfNeeded();
		await shoot(f.page, 'participants-elu-account');

		const e = await app.signedInTablet(DEMO.maire);
		await syncNow(e.page, url, { upToDate: true });
		await e.page.goto(`${url}/sessions`);
		const form = e.page.getByTestId('presence-confirm');
		await form.waitFor();
		await form.getByLabel('Demi-journée').selectOption(slot.key);
		await form
			.getByLabel('Code à 6 chiffres donné par l’animateur')
			.fill('000000' === code ? '111111' : '000000');
		await form.getByRole('button', { name: 'Confirmer ma présence' }).click();
		await form.getByText(/ne correspond pas/).waitFor();
		await form.getByLabel('Code à 6 chiffres donné par l’animateur').fill(code);
		await form.getByRole('button', { name: 'Confirmer ma présence' }).click();
		await form.getByText('Votre présence est enregistrée').waitFor();
		await form.scrollIntoViewIfNeeded();
		await shoot(e.page, 'mes-sessions-presence');

		await syncNow(f.page, url, { upToDate: true });
		await f.page.goto(`${url}/sessions/${session}/emargement/${slot.key}`);
		const line = f.page.locator('[data-testid="sheet-line"][data-participant="Claire Martin"]');
		await expect.poll(() => line.textContent()).toMatch(/Présent à distance/);
		await shoot(f.page, 'sheet-remote-row');
		await f.context.close();
		await e.context.close();
	});
});
