import { describe, expect, it } from 'vitest';
import { CsvError, readCsv, writeCsv, type CsvColumn } from '.';

const columns: CsvColumn[] = [
	{ key: 'name', headers: ['Nom'], required: true },
	{ key: 'email', headers: ['E-mail', 'Courriel', 'Adresse électronique'] },
	{ key: 'commune', headers: ['Commune'], required: true }
];

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of Latin-1 text (every character used here is below U+0100). */
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('readCsv', () => {
	it('reads a French spreadsheet saved as UTF-8 with a byte-order mark', () => {
		const file = utf8('\uFEFFNom;Courriel;Commune\r\nHélène Dupré;h@x.fr;Lézignan-Corbières\r\n');
		const result = readCsv(file, columns);
		expect(result.encoding).toBe('utf-8');
		expect(result.separator).toBe(';');
		expect(result.rows).toEqual([
			{ line: 2, values: { name: 'Hélène Dupré', email: 'h@x.fr', commune: 'Lézignan-Corbières' } }
		]);
	});

	it('reads Windows-1252 when the bytes are not UTF-8', () => {
		const result = readCsv(cp1252('NOM;E-MAIL;COMMUNE\nAnaïs Février;;Fabrezan\n'), columns);
		expect(result.encoding).toBe('windows-1252');
		expect(result.rows[0]?.values).toEqual({
			name: 'Anaïs Février',
			email: '',
			commune: 'Fabrezan'
		});
	});

	it('finds columns whatever their case, accents or order, and ignores unknown ones', () => {
		const file = utf8('commune,Téléphone,adresse electronique,nom\nLagrasse,0468,a@b.fr,Claire\n');
		const result = readCsv(file, columns);
		expect(result.separator).toBe(',');
		expect(result.rows[0]?.values).toEqual({
			name: 'Claire',
			email: 'a@b.fr',
			commune: 'Lagrasse'
		});
	});

	it('keeps quoted separators, quotes and line breaks, and counts lines as the file has them', () => {
		const file = utf8('Nom;Commune\n"Martin; Claire";"Saint-""A""\nsur-Orbieu"\nBenali;Lagrasse\n');
		const result = readCsv(
			file,
			columns.filter((c) => c.key !== 'email')
		);
		expect(result.rows).toEqual([
			{ line: 2, values: { name: 'Martin; Claire', commune: 'Saint-"A"\nsur-Orbieu' } },
			{ line: 4, values: { name: 'Benali', commune: 'Lagrasse' } }
		]);
	});

	it('refuses a row with a missing value or a stray separator, by line, and keeps the others', () => {
		const file = utf8(
			'Nom;Courriel;Commune\n\nA;;Lagrasse\n;b@x.fr;Lagrasse\nC;c@x.fr;Lagrasse;Aude\nD;d;E;\n'
		);
		const result = readCsv(file, columns);
		expect(result.rows.map((r) => r.line)).toEqual([3, 6]);
		expect(result.refused).toEqual([
			{ line: 4, code: 'missing_value', params: { column: 'Nom' } },
			{ line: 5, code: 'too_many_cells', params: { expected: 3, count: 4 } }
		]);
	});

	it('names the missing columns and the columns it found', () => {
		const file = utf8('Prénom;Ville\nClaire;Lagrasse\n');
		expect(() => readCsv(file, columns)).toThrow(CsvError);
		try {
			readCsv(file, columns);
		} catch (error) {
			expect((error as CsvError).code).toBe('missing_columns');
			expect((error as CsvError).params).toEqual({
				missing: 'Nom, Commune',
				found: 'Prénom, Ville'
			});
		}
	});

	it('refuses a workbook, UTF-16 text and binary files as not being CSV', () => {
		const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
		const utf16 = Uint8Array.from([0xff, 0xfe, 0x4e, 0x00, 0x6f, 0x00]);
		const binary = Uint8Array.from([0x4e, 0x6f, 0x6d, 0x00, 0x3b]);
		for (const [file, kind] of [
			[xlsx, 'spreadsheet'],
			[utf16, 'utf16'],
			[binary, 'binary']
		] as const) {
			expect(() => readCsv(file, columns)).toThrow(
				expect.objectContaining({ code: 'not_text', params: { kind } })
			);
		}
	});

	it('refuses an empty file and a file longer than allowed as a whole', () => {
		expect(() => readCsv(utf8(''), columns)).toThrow(expect.objectContaining({ code: 'empty' }));
		expect(() => readCsv(utf8('Nom;Commune\n\n'), columns)).toThrow(
			expect.objectContaining({ code: 'empty' })
		);
		const lines = Array.from({ length: 500 }, (_, i) => `Élu ${i};Lagrasse`);
		const file = utf8(['Nom;Commune', ...lines].join('\n'));
		expect(() => readCsv(file, columns, { maxRows: 200 })).toThrow(
			expect.objectContaining({ code: 'too_many_rows', params: { max: 200, count: 500 } })
		);
		expect(readCsv(file, columns, { maxRows: 500 }).rows).toHaveLength(500);
	});

	it('reads back what writeCsv writes', () => {
		const rows = [
			['Hélène "la maire"', 'h@x.fr', 'Saint-Martin; Aude'],
			['=HYPERLINK("x")', '', 'Août\nsur deux lignes']
		];
		const result = readCsv(writeCsv(['Nom', 'Courriel', 'Commune'], rows), columns);
		expect(result.rows.map((r) => r.values)).toEqual([
			{ name: 'Hélène "la maire"', email: 'h@x.fr', commune: 'Saint-Martin; Aude' },
			{ name: `'=HYPERLINK("x")`, email: '', commune: 'Août\nsur deux lignes' }
		]);
	});
});
