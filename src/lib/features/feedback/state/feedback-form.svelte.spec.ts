// The evaluation form on a passed-around tablet, against a real (fake-indexeddb) user database:
// a named answer and an anonymous one are saved with their outbox entries, the form clears for
// the next person, and bad input (no name and not anonymous, no satisfaction) saves nothing.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { loadFeedback } from '../local/feedback';
import { FeedbackForm } from './feedback-form.svelte';

describe('the evaluation form on a shared tablet', () => {
	it('saves a named then an anonymous answer, and refuses an incomplete one', async () => {
		const db = new UserDatabase('feedback-user', new IDBFactory());
		const form = new FeedbackForm({
			session: 'sessfixture0001',
			module: 'ic-1',
			kind: 'chaud',
			objectives: [
				{ id: 'ic-1-o1', text: 'Je sais animer un tour de parole' },
				{ id: 'ic-1-o2', text: 'Je peux proposer une méthode' }
			],
			database: () => Promise.resolve(db)
		});
		expect(await form.save()).toBe(false);
		expect(Object.keys(form.errors).sort()).toEqual(['participant', 'satisfaction']);
		expect(form.errors.participant).toContain('anonymement');
		expect(await db.session_feedback.count()).toBe(0);

		form.participant = 'p00000000000001';
		form.satisfaction = 4;
		form.objectives = { 'ic-1-o1': 5, 'ic-1-o2': 0 };
		form.nextStep = '  Un tour de parole au conseil.  ';
		expect(await form.save()).toBe(true);
		expect(form.saved).toBe(1);
		expect(form.participant).toBe('');
		expect(form.satisfaction).toBe(0);

		form.participant = 'p00000000000002';
		form.anonymous = true;
		form.satisfaction = 2;
		form.comment = 'Trop rapide.';
		expect(await form.save()).toBe(true);

		const rows = (await loadFeedback(db)).sort((a, b) => Number(a.anonymous) - Number(b.anonymous));
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({
			participant: 'p00000000000001',
			objectives: { 'ic-1-o1': 5 },
			next_step: 'Un tour de parole au conseil.',
			anonymous: false
		});
		// Anonymous: the name picked before ticking the box is not kept.
		expect(rows[1]).toMatchObject({ participant: '', anonymous: true, satisfaction: 2 });
		expect(await db.outbox.count()).toBe(2);
		db.close();
	});
});
