// The commune search field in Chromium, by keyboard alone: a WAI-ARIA combobox whose arrows move
// the active option (aria-activedescendant, aria-selected), Enter picks it, Escape closes the list
// then empties the field. The list is a small index of Aude communes built in the spec.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { CommuneIndex } from '$lib/domain/communes/search';
import type { Commune, CompactCommunes } from '$lib/domain/communes/types';
import { CommuneDirectory } from '$lib/state/communes.svelte';
import CommuneSearch from './CommuneSearch.svelte';

/** Four communes of the Aude (11), in the build's compact layout (INSEE codes as steps). */
const aude: CompactCommunes = {
	version: 1,
	source: 'Spec',
	date: '2026-01-01',
	count: 4,
	regions: [['76', 'Occitanie']],
	departements: [['11', 'Aude', 0]],
	epcis: [['200035715', 'CC Région Lézignanaise, Corbières et Minervois']],
	communes: {
		insee: [185, 3, 7, 8],
		name: ['Lagrasse', 'La Palme', 'Laure-Minervois', 'Lézignan-Corbières'],
		postalCodes: ['11220', '11480', '11800', '11200'],
		population: [550, 1900, 1000, 11000],
		departement: [0, 0, 0, 0],
		epci: [0, -1, -1, 0]
	}
};

async function field() {
	const chosen: Commune[] = [];
	const directory = new CommuneDirectory(async () => new CommuneIndex(aude));
	await render(CommuneSearch, {
		directory,
		id: 'commune',
		onselect: (c: Commune) => chosen.push(c)
	});
	return { chosen, input: page.getByRole('combobox') };
}

describe('CommuneSearch by keyboard', () => {
	it('moves the active option with the arrows and picks it with Enter', async () => {
		const { chosen, input } = await field();
		await expect.element(input).toHaveAttribute('aria-expanded', 'false');
		await expect.element(input).toHaveAttribute('aria-autocomplete', 'list');
		await expect.element(input).toHaveAttribute('aria-controls', 'commune-list');

		await userEvent.click(input);
		await userEvent.keyboard('la');
		await expect.element(input).toHaveAttribute('aria-expanded', 'true');
		const options = page.getByRole('option');
		await expect.poll(() => options.elements().length).toBeGreaterThanOrEqual(3);
		expect(input.element().getAttribute('aria-activedescendant')).toBeNull();

		await userEvent.keyboard('{ArrowDown}');
		await expect.element(input).toHaveAttribute('aria-activedescendant', 'commune-option-0');
		await expect.element(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(input).toHaveAttribute('aria-activedescendant', 'commune-option-1');
		await expect.element(options.nth(0)).toHaveAttribute('aria-selected', 'false');
		await userEvent.keyboard('{ArrowUp}{ArrowUp}');
		const last = options.elements().length - 1;
		await expect.element(input).toHaveAttribute('aria-activedescendant', `commune-option-${last}`);

		await userEvent.keyboard('{ArrowDown}');
		const name = options.nth(0).element().querySelector('.name')!.textContent;
		await userEvent.keyboard('{Enter}');
		expect(chosen.map((c) => c.name)).toEqual([name]);
		expect(chosen[0]?.departement).toBe('11');
		await expect.element(input).toHaveValue(name!);
		await expect.element(input).toHaveAttribute('aria-expanded', 'false');
		await expect.element(input).toHaveFocus();
	});

	it('closes the list with Escape, then empties the field', async () => {
		const { chosen, input } = await field();
		await userEvent.click(input);
		await userEvent.keyboard('lé');
		await expect.element(input).toHaveAttribute('aria-expanded', 'true');
		await expect.element(page.getByRole('option', { name: /Lézignan/ })).toBeVisible();

		await userEvent.keyboard('{ArrowDown}{Escape}');
		await expect.element(input).toHaveAttribute('aria-expanded', 'false');
		expect(input.element().getAttribute('aria-activedescendant')).toBeNull();
		await expect.element(page.getByRole('listbox', { includeHidden: true })).not.toBeVisible();
		await expect.element(input).toHaveValue('lé');

		await userEvent.keyboard('{Escape}');
		await expect.element(input).toHaveValue('');
		await userEvent.keyboard('{Enter}');
		expect(chosen).toEqual([]);
	});
});
