// Splits CSV text into records of cells (RFC 4180 quoting: a quoted cell may hold the separator,
// doubled quotes and line breaks), keeping each record's first line number so a refusal can say
// "ligne 12". Detects the separator from the header line. Pure; knows nothing about columns.

export type CsvSeparator = ';' | ',' | '\t';

export interface CsvRecord {
	/** 1-based line of the file where the record starts (the header is line 1). */
	line: number;
	cells: string[];
}

/** The separator a header line uses: the most frequent of `;`, `\t` and `,` outside quotes. */
export function detectSeparator(text: string): CsvSeparator {
	const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char in counts) counts[char as CsvSeparator] += 1;
	}
	if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
	return counts['\t'] > counts[','] ? '\t' : counts[','] > 0 ? ',' : ';';
}

/**
 * Every record of `text`, blank lines skipped. An unterminated quote runs to the end of the
 * file, as spreadsheet programs read it.
 */
export function parseRecords(text: string, separator: CsvSeparator): CsvRecord[] {
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	const endRecord = () => {
		cells.push(cell);
		if (cells.length > 1 || (cells[0] ?? '').trim() !== '') records.push({ line: start, cells });
		cells = [];
		cell = '';
	};
	for (let i = 0; i < text.length; i += 1) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 1;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n') line += 1;
				cell += char;
			}
		} else if (char === '"' && cell.trim() === '') {
			cell = '';
			quoted = true;
		} else if (char === separator) {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i += 1;
			endRecord();
			line += 1;
			start = line;
		} else cell += char;
	}
	if (cell !== '' || cells.length > 0) endRecord();
	return records;
}
