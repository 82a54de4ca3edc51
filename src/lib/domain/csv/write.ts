// Writes a table as a CSV that a French spreadsheet program opens without questions: `;`
// separator, UTF-8 with a byte-order mark, CRLF, decimal commas. Cells that a spreadsheet would
// run as a formula are neutralised (CSV injection). Pure.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;
const number = new Intl.NumberFormat('fr-FR', { useGrouping: false, maximumFractionDigits: 6 });

function cell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = typeof value === 'number' ? number.format(value) : value;
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV bytes of `header` then `rows` (UTF-8 with BOM, `;`, CRLF, a final line break). */
export function writeCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | null | undefined)[])[]
): Uint8Array {
	const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
	return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
}

/** A dated file name for an export: `csvFileName('emargement', d)` → `emargement-2026-12-05.csv`. */
export function csvFileName(base: string, date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return `${base}-${day}.csv`;
}
