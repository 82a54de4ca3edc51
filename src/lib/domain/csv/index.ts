// The app's one CSV module: reading spreadsheets saved as CSV (French defaults) and writing
// exports French spreadsheet programs open as they are. Its texts are in the `csv` catalogue.
export { readCsv, CsvError } from './read';
export type {
	CsvColumn,
	CsvRow,
	CsvRefusal,
	CsvRefusalCode,
	CsvResult,
	CsvErrorCode
} from './read';
export { writeCsv, csvFileName } from './write';
export type { CsvEncoding, CsvBinaryKind } from './decode';
export type { CsvSeparator } from './parse';
