// A claim in Chromium (pocketbase/README.md "Claims"): the facilitator's attestation page shows a
// participant without an account the QR code and link; the élu, once their account is active,
// opens the link and sends the receipt code; the facilitator confirms it from « Comptes »; the
// participant row is then theirs. Screenshots in /work/shots/claims/.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { receiptCode } from '../../src/lib/domain/canonical';
import { servedApp } from '../helpers/app';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { participant, push, seal, sessionData, signed, SLOT_AM } from '../helpers/sessions';

const SHOTS = '/work/shots/claims';

describe('claims', () => {
	const app = servedApp();

	it('links a participant row to the new account: QR link, claim, confirmation', async () => {
		mkdirSync(SHOTS, { recursive: true });
		const url = app.server.url;
		const facilitator = await userClient(url, DEMO.facilitateur);
		const session = randomId();
		expect(
			(
				await push(facilitator, [
					{ collection: 'training_sessions', id: session, data: sessionData() }
				])
			).rejected
		).toEqual([]);
		const odile = await participant(session, 'Odile Sanscompte');
		const row = await signed(session, SLOT_AM.key, odile.id);
		const s = await seal(session, SLOT_AM.key, [{ id: row.id, hash: row.data.hash }]);
		const pushed = await push(facilitator, [
			{ collection: 'participants', ...odile },
			{ collection: 'attendances', ...row },
			{ collection: 'attendance_seals', ...s }
		]);
		expect(pushed.rejected).toEqual([]);
		const receipt = await receiptCode(s.data.hash);

		const desk = await app.signedInTablet(DEMO.facilitateur);
		await desk.page.goto(`${url}/sessions/attestation?session=${session}&participant=${odile.id}`);
		const qr = desk.page.getByTestId('claim-qr');
		await qr.getByRole('link').waitFor({ timeout: 30_000 });
		const link = (await qr.getByRole('link').getAttribute('href'))!;
		expect(link).toBe(`${url}/inscription?claim=${odile.id}&code=${receipt}`);
		await desk.page.screenshot({ path: `${SHOTS}/qr-landscape.png`, fullPage: true });

		const email = `odile-${randomId(6)}@exemple.fr`;
		await createUser(url, {
			email,
			role: 'elu',
			name: 'Odile Sanscompte',
			communes: [await communeId(url, '11185')]
		});
		const elu = await app.signedInTablet(email, { viewport: { width: 390, height: 844 } });
		await elu.page.goto(link);
		await elu.page.getByRole('button', { name: 'Relier ma participation' }).click();
		await elu.page.getByText(/Demande envoyée/).waitFor();
		await elu.page.screenshot({ path: `${SHOTS}/claim-phone.png`, fullPage: true });

		await desk.page.goto(`${url}/comptes`);
		const list = desk.page.getByTestId('claim-list');
		await list.getByText(/A signé comme Odile Sanscompte/).waitFor();
		await desk.page.screenshot({ path: `${SHOTS}/confirm-landscape.png`, fullPage: true });
		await list.getByRole('button', { name: 'Confirmer' }).first().click();
		await list.getByText('Confirmé.').waitFor();

		const admin = await adminClient(url);
		const linked = await admin.collection('participants').getOne(odile.id);
		const user = await admin
			.collection('users')
			.getFirstListItem(admin.filter('email = {:e}', { e: email }));
		expect(linked.user).toBe(user.id);
	});
});
