// The runner against a real (fake-indexeddb) user database and a clock of the test's own: what
// the facilitator did survives a reload (a new runner on the same database), and the time shown
// after it follows the clock, not the ticks that never happened while the page was gone.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { AgendaRunner } from './agenda-runner.svelte';

const MIN = 60_000;
const agenda = [
	{ title: 'Accueil', minutes: 15 },
	{ title: 'Brainstorming', minutes: 45, activity: 'ic-2-brainstorming' },
	{ title: 'Clôture', minutes: 15 }
];

describe('the agenda runner', () => {
	it('keeps the run across a reload, and counts the time the page was gone', async () => {
		const db = new UserDatabase('facilitator', new IDBFactory());
		let now = Date.UTC(2027, 9, 31, 0, 45); // the night the clocks go back in Paris
		const open = () =>
			new AgendaRunner(
				'session-1',
				'ic-2',
				agenda,
				() => Promise.resolve(db),
				() => now
			);

		const first = open();
		await first.load();
		expect(first.view).toBeUndefined();
		await first.start();
		now += 3 * MIN;
		await first.next();
		await first.addFive();
		now += 10 * MIN;
		first.tick();
		expect(first.view?.current?.title).toBe('Brainstorming');
		expect(first.view?.remainingMs).toBe(40 * MIN);

		// The tab is killed; 52 minutes later the page is opened again.
		now += 52 * MIN;
		const second = open();
		await second.load();
		expect(second.view?.current?.title).toBe('Brainstorming');
		expect(second.view?.remainingMs).toBe(-12 * MIN);
		expect(second.view?.current?.overrunMs).toBe(12 * MIN);
		expect(second.view?.steps[0]?.spentMs).toBe(3 * MIN);

		await second.pause();
		now += 20 * MIN;
		const third = open();
		await third.load();
		expect(third.view?.paused).toBe(true);
		expect(third.view?.remainingMs).toBe(-12 * MIN);

		await third.restart();
		const fourth = open();
		await fourth.load();
		expect(fourth.view).toBeUndefined();
		db.close();
	});

	it('says so when the stored run no longer reads, and starts again', async () => {
		const db = new UserDatabase('facilitator', new IDBFactory());
		await db.agenda_runs.put({ id: 'hors-session~ic-2', module: 'ic-2' } as never);
		const runner = new AgendaRunner('', 'ic-2', agenda, () => Promise.resolve(db));
		await runner.load();
		expect(runner.problem).toBe('damaged');
		expect(runner.view).toBeUndefined();
		await runner.start();
		expect(runner.view?.current?.title).toBe('Accueil');
		db.close();
	});
});
