import { describe, expect, it } from 'vitest';
import { displayName, userFromRecord } from './users';

describe('userFromRecord', () => {
	it('keeps role, communes and territory from an expanded record', () => {
		const user = userFromRecord({
			id: 'u1',
			email: 'maire@example.fr',
			name: 'Jeanne',
			role: 'elu',
			mandate: 'maire',
			territory_kind: '',
			territory_code: '',
			expand: { communes: [{ id: 'c1', insee: '11185', name: 'Lagrasse' }] }
		});
		expect(user).toEqual({
			id: 'u1',
			email: 'maire@example.fr',
			name: 'Jeanne',
			role: 'elu',
			mandate: 'maire',
			territoryKind: undefined,
			territoryCode: undefined,
			communes: [{ id: 'c1', insee: '11185', name: 'Lagrasse' }]
		});
	});

	it('refuses a record without a known role', () => {
		expect(() => userFromRecord({ id: 'u1', role: 'admin' })).toThrow(/no valid role/);
		expect(() => userFromRecord({ role: 'elu' })).toThrow(/without id/);
	});
});

describe('displayName', () => {
	it('falls back to the e-mail local part', () => {
		expect(displayName({ name: '  ', email: 'coord@example.fr' })).toBe('coord');
		expect(displayName({ name: 'Paul', email: 'p@example.fr' })).toBe('Paul');
	});
});
