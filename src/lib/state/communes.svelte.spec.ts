// The commune search state and the loader of the precached index, on the real full index.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadCommunes, toCompact } from '../../../scripts/communes/build.mjs';
import { CommuneIndex } from '$lib/domain/communes/search';
import { loadCommuneIndex } from '$lib/local/communes';
import { CommuneDirectory, CommuneSearch } from './communes.svelte';

it('searches, navigates and selects like a combobox once the index is loaded', async () => {
	const directory = new CommuneDirectory(async () => new CommuneIndex(toCompact(loadCommunes())));
	let limit = 5;
	const search = new CommuneSearch({ directory, limit: () => limit });
	expect(search.status).toBe('loading');
	search.input('st-étienne');
	expect(search.results).toEqual([]);
	await search.load();
	expect(search.status).toBe('ready');
	expect(directory.date).toBe('2026-01-01');
	expect(search.results.map((c) => c.name)).toHaveLength(5);
	expect(search.expanded).toBe(true);
	limit = 3;
	search.input('st-étienn');
	expect(search.results).toHaveLength(3);
	search.previous();
	expect(search.activeIndex).toBe(2);
	search.next();
	expect(search.activeIndex).toBe(0);
	expect(search.active?.insee).toBe('42218');
	expect(search.choose()?.insee).toBe('42218');
	expect(search.query).toBe('Saint-Étienne');
	expect(search.expanded).toBe(false);
	search.next();
	expect(search.expanded).toBe(true);
});

it('reports a load failure with a French message key, and the loader retries after an error', async () => {
	const failing = new CommuneDirectory(async () => {
		throw new Error('boom');
	});
	await failing.load();
	expect(failing.status).toBe('error');
	expect(failing.errorKey).toBe('communes.error.load');

	// The loader, with a fetch that fails once (HTTP 503) then serves the built file.
	let calls = 0;
	const fetcher = (async (url: string) => {
		calls++;
		if (calls === 1) return new Response('nope', { status: 503, statusText: 'Unavailable' });
		expect(url).toBe('/data/communes.json');
		return new Response(readFileSync('static/data/communes.json'), { status: 200 });
	}) as unknown as typeof fetch;
	await expect(loadCommuneIndex(fetcher)).rejects.toThrow(/503/);
	const idx = await loadCommuneIndex(fetcher);
	expect(idx.search('42000')[0]?.insee).toBe('42218');
	expect(await loadCommuneIndex(fetcher)).toBe(idx);
	expect(calls).toBe(2);
});
