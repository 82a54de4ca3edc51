import { ClientResponseError } from 'pocketbase';
import { expect, it } from 'vitest';
import { requestFailure } from './failure';

const answer = (status: number, message?: string) =>
	new ClientResponseError({ status, response: message ? { message } : {} });

it('tells no network, refusals with their reason, absence and server problems apart', () => {
	expect(requestFailure(answer(0))).toEqual({ kind: 'offline' });
	expect(requestFailure(answer(403, 'Réservé'))).toEqual({ kind: 'forbidden', message: 'Réservé' });
	expect(requestFailure(answer(401))).toMatchObject({ kind: 'forbidden' });
	expect(requestFailure(answer(404))).toMatchObject({ kind: 'missing' });
	expect(requestFailure(answer(409, 'Déjà fait'))).toEqual({
		kind: 'refused',
		message: 'Déjà fait'
	});
	expect(requestFailure(answer(500))).toMatchObject({ kind: 'server' });
	expect(requestFailure(new TypeError('boom'))).toEqual({ kind: 'server' });
});
