import { describe, expect, it } from 'vitest';
import { csvFileName, writeCsv } from '.';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('writeCsv', () => {
	it('writes UTF-8 with a byte-order mark, semicolons and CRLF', () => {
		const bytes = writeCsv(['Commune', 'Élus formés'], [['Lagrasse', 12]]);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text(bytes)).toBe('\uFEFFCommune;Élus formés\r\nLagrasse;12\r\n');
	});

	it('writes decimal commas, empty cells for missing values, and negative numbers as numbers', () => {
		expect(text(writeCsv(['a', 'b', 'c', 'd'], [[4.25, null, undefined, -3]]))).toContain(
			'4,25;;;-3\r\n'
		);
	});

	it('quotes what needs it and neutralises formulas', () => {
		const out = text(
			writeCsv(['x'], [['a;b'], ['dit "oui"'], ['=1+1'], ['+33 4'], ['@SUM'], ['-2']])
		);
		expect(out.split('\r\n').slice(1, -1)).toEqual([
			'"a;b"',
			'"dit ""oui"""',
			"'=1+1",
			"'+33 4",
			"'@SUM",
			"'-2"
		]);
	});
});

describe('csvFileName', () => {
	it('dates the file with the local day, on the last day of a month too', () => {
		expect(csvFileName('emargement', new Date(2026, 11, 31, 23, 59))).toBe(
			'emargement-2026-12-31.csv'
		);
		expect(csvFileName('votes', new Date(2027, 1, 28, 0, 0))).toBe('votes-2027-02-28.csv');
	});
});
