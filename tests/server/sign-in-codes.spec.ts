// Signing in with what an élu has (issue 13), with the real mail catcher: a 6-digit code by
// e-mail (PocketBase OTP) that works once, dies after 5 wrong tries and cannot be asked more
// than 5 times in 15 minutes per address; a password reset link that works once.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { describe, expect, inject, it } from 'vitest';
import { createUser, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { codeIn, linkIn, mailIds, waitForMail } from '../helpers/mail';

const url = inject('pbUrl');
const mailUrl = inject('mailUrl');

function anonymous(): PocketBase {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	return pb;
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ClientResponseError) {
			return { status: error.status, message: String(error.response.message ?? '') };
		}
		throw error;
	}
	throw new Error('expected a refusal');
}

function wrong(code: string): string {
	return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

describe('sign-in by e-mail code', () => {
	it('signs in with the code of the mail, once', async () => {
		const email = `code-${randomId(6)}@exemple.fr`;
		await createUser(url, { email, role: 'elu' });
		const pb = anonymous();
		const { otpId } = await pb.collection('users').requestOTP(email);
		const mail = await waitForMail(mailUrl, email, 'code de connexion');
		expect(mail.text).toMatch(/10 minutes/);
		const code = codeIn(mail);
		expect(code).toMatch(/^\d{6}$/);
		const auth = await pb.collection('users').authWithOTP(otpId, code);
		expect(auth.record.email).toBe(email);
		expect((await failure(anonymous().collection('users').authWithOTP(otpId, code))).status).toBe(
			400
		);
	});

	it('kills a code after 5 wrong tries, in French', async () => {
		const email = `devine-${randomId(6)}@exemple.fr`;
		await createUser(url, { email, role: 'elu' });
		const pb = anonymous();
		const { otpId } = await pb.collection('users').requestOTP(email);
		const code = codeIn(await waitForMail(mailUrl, email, 'code de connexion'));
		for (let i = 0; i < 4; i++) {
			expect((await failure(pb.collection('users').authWithOTP(otpId, wrong(code)))).status).toBe(
				400
			);
		}
		const fifth = await failure(pb.collection('users').authWithOTP(otpId, wrong(code)));
		expect(fifth.status).toBe(429);
		expect(fifth.message).toMatch(/Demandez un nouveau code/);
		// The right code no longer works either.
		expect((await failure(pb.collection('users').authWithOTP(otpId, code))).status).toBe(400);
	});

	it('sends at most 5 codes per address in 15 minutes', async () => {
		const email = `rafale-${randomId(6)}@exemple.fr`;
		await createUser(url, { email, role: 'elu' });
		const pb = anonymous();
		for (let i = 0; i < 5; i++) await pb.collection('users').requestOTP(email);
		const sixth = await failure(pb.collection('users').requestOTP(email));
		expect(sixth.status).toBe(429);
		expect(sixth.message).toMatch(/Trop de codes demandés/);
		await new Promise((r) => setTimeout(r, 500));
		expect((await mailIds(mailUrl, email)).length).toBe(5);
	});
});

describe('password reset', () => {
	it('sets a new password through the link of the mail, which then stops working', async () => {
		const email = `oubli-${randomId(6)}@exemple.fr`;
		await createUser(url, { email, role: 'elu' });
		await anonymous().collection('users').requestPasswordReset(email);
		const mail = await waitForMail(mailUrl, email, 'nouveau mot de passe');
		expect(mail.text).toMatch(/30 minutes/);
		const token = new URL(linkIn(mail, '/mot-de-passe')).searchParams.get('token')!;
		await anonymous()
			.collection('users')
			.confirmPasswordReset(token, 'tout-nouveau-secret', 'tout-nouveau-secret');
		await expect(userClient(url, email, 'tout-nouveau-secret')).resolves.toBeTruthy();
		const again = await failure(
			anonymous()
				.collection('users')
				.confirmPasswordReset(token, 'encore-un-autre', 'encore-un-autre')
		);
		expect(again.status).toBe(400);
	});
});
