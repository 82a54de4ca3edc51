// Invitations from a spreadsheet (issue 13): the columns a coordinator's file may have (French
// headings, any case or accents), the checks the device can make before sending (an address
// that is not one, the same address twice, a missing commune or mandate), and the batches the
// server takes (200 rows per request). The commune and the inviter's territory are checked by
// the server, which answers each refused row with its line and reason. Pure: no I/O.
import { readCsv, type CsvColumn, type CsvRefusal } from '$lib/domain/csv';
import { isEmail, normaliseMandate } from './registration';

/** Rows one file may hold: a département's élus fit (the Aude has about 4,000). */
export const MAX_INVITATION_ROWS = 5000;
/** Rows per request: `MAX_ROWS` of pocketbase/pb_hooks/lib/accounts/invitations.js. */
export const INVITATION_BATCH = 200;

export const INVITATION_COLUMNS: readonly CsvColumn[] = [
	{ key: 'firstName', headers: ['prénom', 'prenom', 'first name'] },
	{
		key: 'name',
		headers: ['nom', 'nom complet', 'nom et prénom', 'prénom et nom', 'nom prénom', 'élu', 'name'],
		required: true
	},
	{
		key: 'email',
		headers: ['e-mail', 'courriel', 'email', 'adresse électronique', 'adresse mail', 'mail'],
		required: true
	},
	{
		key: 'commune',
		headers: ['commune', 'code insee', 'insee', 'code commune', 'code officiel géographique'],
		required: true
	},
	{ key: 'mandate', headers: ['mandat', 'fonction', 'qualité'], required: true },
	// For élus who share the mairie's address: they sign in with this identifier.
	{ key: 'identifier', headers: ['identifiant', 'identifiant personnel', 'login'] }
];

/** One invitation as the server takes it. */
export interface InvitationRow {
	/** Line of the file (the header is line 1). */
	line: number;
	name: string;
	email: string;
	/** INSEE code or name of the commune. */
	commune: string;
	mandate: string;
	/** A personal identifier, for élus who share the mairie's address (then used for notices). */
	identifier?: string;
}

/** A refusal of the device or the server: a line and its French reason (or a CSV code). */
export interface InvitationRefusal {
	line: number;
	reason?: string;
	code?: string;
	params?: Record<string, string | number>;
}

/**
 * Reads a spreadsheet's bytes into invitations and the lines refused on the device.
 * @throws CsvError for a problem with the whole file (worded by the `csv` catalogue)
 */
export function readInvitations(bytes: Uint8Array | ArrayBuffer): {
	rows: InvitationRow[];
	refused: InvitationRefusal[];
} {
	const result = readCsv(bytes, INVITATION_COLUMNS, { maxRows: MAX_INVITATION_ROWS });
	const refused: InvitationRefusal[] = result.refused.map((r: CsvRefusal) => ({ ...r }));
	const rows: InvitationRow[] = [];
	const seen = new Map<string, number>();
	for (const { line, values } of result.rows) {
		const cell = (key: string) => values[key] ?? '';
		const email = cell('email').trim().toLowerCase();
		const name = [cell('firstName'), cell('name')].filter(Boolean).join(' ').trim();
		if (!isEmail(email)) {
			refused.push({ line, code: 'bad_email', params: { email: cell('email') } });
			continue;
		}
		const identifier = cell('identifier').trim().toLowerCase();
		// Élus with a personal identifier may share the mairie's address; the others may not.
		const key = identifier ? `id:${identifier}` : email;
		const first = seen.get(key);
		if (first !== undefined) {
			refused.push({
				line,
				code: identifier ? 'duplicate_identifier' : 'duplicate_email',
				params: identifier ? { identifier, first } : { email, first }
			});
			continue;
		}
		const mandate = normaliseMandate(cell('mandate'));
		if (!mandate) {
			refused.push({ line, code: 'bad_mandate', params: { mandate: cell('mandate') } });
			continue;
		}
		seen.set(key, line);
		rows.push({
			line,
			name,
			email,
			commune: cell('commune'),
			mandate,
			...(identifier ? { identifier } : {})
		});
	}
	refused.sort((a, b) => a.line - b.line);
	return { rows, refused };
}

/** `rows` cut into batches of `size`, in order. */
export function batches<T>(rows: readonly T[], size = INVITATION_BATCH): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
	return out;
}
