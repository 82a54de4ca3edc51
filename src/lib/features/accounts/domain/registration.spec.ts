import { describe, expect, it } from 'vitest';
import { checkRegistration, isEmail, normaliseMandate } from './registration';

describe('registration', () => {
	const valid = {
		name: 'Camille',
		email: 'camille@exemple.fr',
		commune: '11185',
		mandate: 'adjoint',
		password: ''
	};

	it('accepts a full request, with or without a password', () => {
		expect(checkRegistration(valid)).toBeNull();
		expect(checkRegistration({ ...valid, password: 'dix-caracteres' })).toBeNull();
	});

	it('names the first problem', () => {
		expect(checkRegistration({ ...valid, name: ' ' })).toBe('name');
		expect(checkRegistration({ ...valid, email: 'camille@exemple' })).toBe('email');
		expect(checkRegistration({ ...valid, commune: 'Lagrasse' })).toBe('commune');
		expect(checkRegistration({ ...valid, mandate: 'préfet' })).toBe('mandate');
		expect(checkRegistration({ ...valid, password: 'court' })).toBe('password');
	});

	it('reads e-mails and mandates as people write them', () => {
		expect(isEmail('prenom.nom@mairie-lagrasse.fr')).toBe(true);
		expect(isEmail('prenom nom@mairie.fr')).toBe(false);
		expect(normaliseMandate('Conseillère municipale')).toBe('conseiller');
		expect(normaliseMandate('constructor')).toBeNull();
	});
});
