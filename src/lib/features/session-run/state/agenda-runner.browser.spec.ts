// The runner in Chromium, on the browser's own IndexedDB and document: the screen repaints at
// once when the page comes back into view (no waiting for the next tick), with the time the
// clock says, and the run it saved is read back by a new runner (a reload).
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { AgendaRunner } from './agenda-runner.svelte';

const MIN = 60_000;
const agenda = [
	{ title: 'Accueil', minutes: 15 },
	{ title: 'Clôture', minutes: 15 }
];

describe('AgendaRunner in the browser', () => {
	it('repaints when the page becomes visible, and survives a new runner', async () => {
		const db = new UserDatabase(`runner-${Date.now()}`);
		let now = Date.UTC(2027, 1, 28, 22, 30); // the last evening of February
		const runner = new AgendaRunner(
			'',
			'ic-1',
			agenda,
			() => Promise.resolve(db),
			() => now
		);
		await runner.load();
		await runner.start();
		const stop = runner.follow();
		try {
			now += 20 * MIN; // the tablet slept for twenty minutes
			expect(runner.view?.remainingMs).toBe(15 * MIN);
			document.dispatchEvent(new Event('visibilitychange'));
			expect(runner.view?.remainingMs).toBe(-5 * MIN);
			expect(runner.view?.current?.overrunMs).toBe(5 * MIN);
		} finally {
			stop();
		}
		await runner.whenSaved();
		const reloaded = new AgendaRunner(
			'',
			'ic-1',
			agenda,
			() => Promise.resolve(db),
			() => now
		);
		await reloaded.load();
		expect(reloaded.view?.remainingMs).toBe(-5 * MIN);
		db.close();
		await db.delete();
	});
});
