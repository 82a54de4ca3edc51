import { describe, expect, it } from 'vitest';
import { CsvError } from '$lib/domain/csv';
import { batches, INVITATION_BATCH, MAX_INVITATION_ROWS, readInvitations } from './invitations';

const encode = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of a Latin-1 text, as Excel « CSV (séparateur : point-virgule) » saves. */
function cp1252(text: string): Uint8Array {
	return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe('readInvitations', () => {
	it('reads a French spreadsheet: Windows-1252, semicolons, Prénom and Nom columns, CRLF', () => {
		const file = cp1252(
			'Prénom;Nom;Courriel;Code INSEE;Mandat\r\n' +
				'Hélène;Garcia;helene.garcia@mairie-lagrasse.fr;11185;Adjointe\r\n' +
				'Jérôme;Pagès;JEROME.PAGES@exemple.fr;Carcassonne;Conseiller municipal\r\n'
		);
		const { rows, refused } = readInvitations(file);
		expect(refused).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				name: 'Hélène Garcia',
				email: 'helene.garcia@mairie-lagrasse.fr',
				commune: '11185',
				mandate: 'adjoint'
			},
			{
				line: 3,
				name: 'Jérôme Pagès',
				email: 'jerome.pages@exemple.fr',
				commune: 'Carcassonne',
				mandate: 'conseiller'
			}
		]);
	});

	it('refuses an address that is not one, the same address twice and an unknown mandate, by line', () => {
		const { rows, refused } = readInvitations(
			encode(
				'Nom;E-mail;Commune;Mandat\n' +
					'A;a@exemple.fr;11185;maire\n' +
					'B;pas-une-adresse;11185;adjoint\n' +
					'C;A@exemple.fr;11185;adjoint\n' +
					'D;d@exemple.fr;11185;trésorier\n'
			)
		);
		expect(rows.map((r) => r.line)).toEqual([2]);
		expect(refused).toEqual([
			{ line: 3, code: 'bad_email', params: { email: 'pas-une-adresse' } },
			{ line: 4, code: 'duplicate_email', params: { email: 'a@exemple.fr', first: 2 } },
			{ line: 5, code: 'bad_mandate', params: { mandate: 'trésorier' } }
		]);
	});

	it('lets élus with a personal identifier share the mairie’s address, once per identifier', () => {
		const { rows, refused } = readInvitations(
			encode(
				'Nom;E-mail;Commune;Mandat;Identifiant\n' +
					'A;mairie@exemple.fr;11185;maire;a.roux\n' +
					'B;mairie@exemple.fr;11185;adjoint;b.roux\n' +
					'C;mairie@exemple.fr;11185;adjoint;B.Roux\n'
			)
		);
		expect(rows.map((r) => r.identifier)).toEqual(['a.roux', 'b.roux']);
		expect(refused).toEqual([
			{ line: 4, code: 'duplicate_identifier', params: { identifier: 'b.roux', first: 3 } }
		]);
	});

	it('takes 5,000 lines and refuses a longer file as a whole', () => {
		const lines = (n: number) =>
			'Nom;E-mail;Commune;Mandat\n' +
			Array.from({ length: n }, (_, i) => `Élu ${i};elu${i}@exemple.fr;11185;conseiller`).join(
				'\n'
			);
		const { rows } = readInvitations(encode(lines(MAX_INVITATION_ROWS)));
		expect(rows).toHaveLength(5000);
		expect(batches(rows)).toHaveLength(5000 / INVITATION_BATCH);
		expect(() => readInvitations(encode(lines(MAX_INVITATION_ROWS + 1)))).toThrow(CsvError);
	});
});
