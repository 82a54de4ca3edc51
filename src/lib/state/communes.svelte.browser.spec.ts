// The commune directory asked for from an effect, in Chromium where Svelte's effects run.
import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import type { CommuneIndex } from '$lib/domain/communes/search';
import { CommuneDirectory } from './communes.svelte';

it('does not make the effect that asks for the list run again when the list arrives', async () => {
	let resolve: (index: CommuneIndex) => void = () => {};
	const directory = new CommuneDirectory(() => new Promise((r) => (resolve = r)));
	let runs = 0;
	const stop = $effect.root(() => {
		$effect(() => {
			runs++;
			void directory.load();
		});
	});
	flushSync();
	expect(runs).toBe(1);
	// The directory only keeps what its loader gives: any index will do here.
	resolve({ date: '2026-01-01' } as CommuneIndex);
	await directory.load();
	flushSync();
	expect(directory.status).toBe('ready');
	expect(runs).toBe(1);
	stop();
});
