// The screens of the session helpers at the three sizes the app is used at (tablet landscape,
// tablet portrait, phone): the QR sequence shown, the QR reader, and the evaluation form on a
// shared tablet. Asserts that nothing overflows sideways; with SHOTS=1 it also saves
// screenshots to look at (tests/.tmp/shots or SHOTS_DIR).
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { QrSequenceScan, QrSequenceShow } from '$lib/features/session-transfer/components';
import FeedbackForm from './FeedbackForm.svelte';

const SIZES = [
	['tablette-paysage', 1280, 800],
	['tablette-portrait', 800, 1280],
	['telephone', 390, 844]
] as const;

const options = {
	session: 'sessfixture0001',
	module: 'ic-1',
	kind: 'chaud' as const,
	objectives: [
		{ id: 'ic-1-o1', text: 'Je sais animer un tour de parole où chacun s’exprime' },
		{ id: 'ic-1-o2', text: 'Je peux choisir une méthode adaptée à une réunion du conseil' }
	]
};
const people = [
	{ id: 'p1', name: 'Élodie Lefèvre' },
	{ id: 'p2', name: 'François Dupré' }
];

async function shoot(name: string) {
	if (!import.meta.env.VITE_SHOTS) return;
	await page.screenshot({ path: `../../../../../tests/.tmp/shots/${name}.png` });
}

describe('session screens at every size', () => {
	for (const [label, width, height] of SIZES) {
		it(`fit ${label} (${width}×${height})`, async () => {
			await page.viewport(width, height);
			const screens = [
				['qr-envoi', () => render(QrSequenceShow, { payload: new Uint8Array(5000).fill(7) })],
				['qr-reception', () => render(QrSequenceScan, {})],
				['evaluation', () => render(FeedbackForm, { options, people })]
			] as const;
			for (const [name, show] of screens) {
				const screen = await show();
				await expect.element(page.getByRole('heading', { level: 2 })).toBeVisible();
				expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
				await shoot(`${name}-${label}`);
				await screen.unmount();
			}
		});
	}
});
