// Reads a spreadsheet saved as CSV into rows keyed by the caller's columns: one reader for the
// whole app (session participants, invitations, any future import). Finds columns by their
// header whatever the case, accents or punctuation ("E-mail", "Courriel", "adresse électronique").
// Refusals are codes with parameters, worded by the `csv` message catalogue; field rules
// (an e-mail, a commune code) belong to the caller, which adds its own refusals.

import { foldText } from '../communes/normalize';
import { binaryKind, decodeCsvBytes, type CsvEncoding } from './decode';
import { detectSeparator, parseRecords, type CsvSeparator } from './parse';

export interface CsvColumn {
	/** The key the caller reads in `values`. */
	key: string;
	/** Header spellings accepted, compared after folding (case, accents, punctuation). */
	headers: readonly string[];
	required?: boolean;
}

export interface CsvRow {
	/** 1-based line of the file where the row starts (the header is line 1). */
	line: number;
	/** Trimmed cell per column key; '' when the column is absent or the cell empty. */
	values: Record<string, string>;
}

export type CsvRefusalCode = 'too_many_cells' | 'missing_value';

export interface CsvRefusal {
	line: number;
	code: CsvRefusalCode | (string & {});
	params?: Record<string, string | number>;
}

export interface CsvResult {
	rows: CsvRow[];
	refused: CsvRefusal[];
	encoding: CsvEncoding;
	separator: CsvSeparator;
}

export type CsvErrorCode = 'empty' | 'not_text' | 'missing_columns' | 'too_many_rows';

/** A problem with the whole file: nothing of it is imported. */
export class CsvError extends Error {
	constructor(
		readonly code: CsvErrorCode,
		readonly params: Record<string, string | number> = {}
	) {
		super(`csv: ${code} ${JSON.stringify(params)}`);
		this.name = 'CsvError';
	}
}

/**
 * Reads `bytes` as a French spreadsheet's CSV: UTF-8 (BOM or not) or Windows-1252, `;` `,` or tab
 * separated, quoted cells, CRLF. Blank lines are skipped; cells are trimmed; a short row reads
 * its missing cells as empty. A row missing a required value, or with more non-empty cells than
 * the header (an unquoted separator inside a value), is refused with its line number; the others
 * are returned.
 * @throws CsvError for a file that is not text (`not_text`, `params.kind`: a workbook, UTF-16, binary), an empty file, a missing required column (`params.missing`,
 *   `params.found`), or more rows than `options.maxRows` (`params.max`, `params.count`).
 */
export function readCsv(
	bytes: Uint8Array | ArrayBuffer,
	columns: readonly CsvColumn[],
	options: { maxRows?: number } = {}
): CsvResult {
	const raw = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	const kind = binaryKind(raw);
	if (kind) throw new CsvError('not_text', { kind });
	const { text, encoding } = decodeCsvBytes(raw);
	const separator = detectSeparator(text);
	const [header, ...records] = parseRecords(text, separator);
	if (!header || records.length === 0) throw new CsvError('empty');

	const folded = header.cells.map((cell) => foldText(cell));
	const index = new Map<string, number>();
	for (const column of columns) {
		const accepted = new Set(column.headers.map(foldText).concat(foldText(column.key)));
		const at = folded.findIndex((name) => accepted.has(name));
		if (at >= 0) index.set(column.key, at);
	}
	const missing = columns.filter((c) => c.required && !index.has(c.key));
	if (missing.length > 0) {
		throw new CsvError('missing_columns', {
			missing: missing.map((c) => c.headers[0] ?? c.key).join(', '),
			found: header.cells.map((c) => c.trim()).join(', ')
		});
	}
	if (options.maxRows !== undefined && records.length > options.maxRows) {
		throw new CsvError('too_many_rows', { max: options.maxRows, count: records.length });
	}

	const rows: CsvRow[] = [];
	const refused: CsvRefusal[] = [];
	for (const record of records) {
		if (record.cells.slice(header.cells.length).some((cell) => cell.trim() !== '')) {
			refused.push({
				line: record.line,
				code: 'too_many_cells',
				params: { expected: header.cells.length, count: record.cells.length }
			});
			continue;
		}
		const values: Record<string, string> = {};
		for (const column of columns) {
			const at = index.get(column.key);
			values[column.key] = at === undefined ? '' : (record.cells[at] ?? '').trim();
		}
		const empty = columns.find((c) => c.required && values[c.key] === '');
		if (empty) {
			refused.push({
				line: record.line,
				code: 'missing_value',
				params: { column: (header.cells[index.get(empty.key) ?? -1] ?? empty.key).trim() }
			});
			continue;
		}
		rows.push({ line: record.line, values });
	}
	return { rows, refused, encoding, separator };
}
