// The guide dialog of the run screen says which of three cases the facilitator is in: the
// sequence's own guide, a sequence without one (the module's introduction stands in), or a guide
// that exists but has not reached this device yet (said as such, not as "no guide").
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Activity, CurriculumModule } from '$lib/domain/curriculum/types';
import GuideDialog from './GuideDialog.svelte';

const module = {
	key: 'v1m1',
	title: 'Comprendre la transition',
	body: '## Introduction\n\nLe module commence par un tour de table.'
} as CurriculumModule;
const activity = {
	key: 'v1m1-a1',
	title: 'Le tour de table',
	purpose: 'Se présenter et dire ses attentes.',
	body: '## Déroulé\n\nChacun se présente en une minute.'
} as Activity;

async function open(props: { activity?: Activity; missing?: boolean }) {
	void render(GuideDialog, { module, ...props });
	await page.getByRole('button', { name: 'Fiche de l’animateur' }).click();
	return page.getByRole('dialog');
}

describe('GuideDialog', () => {
	it('shows the sequence’s own guide', async () => {
		const dialog = await open({ activity });
		await expect.element(dialog.getByRole('heading', { name: 'Le tour de table' })).toBeVisible();
		await expect.element(dialog.getByText('Chacun se présente en une minute.')).toBeVisible();
	});

	it('says a sequence has no guide and shows the module’s introduction', async () => {
		const dialog = await open({});
		await expect.element(dialog.getByText(/Ce temps n’a pas de fiche/)).toBeVisible();
		await expect
			.element(dialog.getByText('Le module commence par un tour de table.'))
			.toBeVisible();
	});

	it('says a guide is not on this device yet rather than that there is none', async () => {
		const dialog = await open({ missing: true });
		await expect.element(dialog.getByText(/pas encore sur cet appareil/)).toBeVisible();
		await expect.element(dialog.getByText(/n’a pas de fiche/)).not.toBeInTheDocument();
		await expect
			.element(dialog.getByText('Le module commence par un tour de table.'))
			.toBeVisible();
	});
});
