// Turns a spreadsheet file's bytes into text: UTF-8 (with or without its byte-order mark) or,
// when the bytes are not valid UTF-8, Windows-1252 — what French spreadsheet programs write
// when asked for "CSV (séparateur : point-virgule)". Pure; never guesses a third encoding.

export type CsvEncoding = 'utf-8' | 'windows-1252';

/** Why bytes cannot be read as CSV text at all. */
export type CsvBinaryKind = 'spreadsheet' | 'utf16' | 'binary';

/**
 * Recognises files that are not CSV text: a spreadsheet workbook (.xlsx/.ods are ZIP archives,
 * .xls is an OLE file), UTF-16 text ("texte Unicode"), or any file with NUL bytes.
 */
export function binaryKind(bytes: Uint8Array): CsvBinaryKind | null {
	const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
	if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) return 'spreadsheet';
	if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'utf16';
	return bytes.subarray(0, 4096).includes(0) ? 'binary' : null;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes `bytes`, stripping a UTF-8 byte-order mark. Returns the text and the encoding used.
 * Bytes that are valid UTF-8 are read as UTF-8 (plain ASCII included); anything else is read as
 * Windows-1252, which maps every byte to a character, so this never throws.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
	const hasBom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
	const body = hasBom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
	}
}
