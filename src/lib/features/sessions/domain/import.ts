// A list of participants from a spreadsheet (CSV as French spreadsheets write it, read by the
// app's one CSV module, $lib/domain/csv): the columns a facilitator's list may have, and each
// row turned into participant data or refused with its line and a reason code (no name, unknown
// or ambiguous commune, unknown mandate or funding, bad e-mail). The whole-file problems (wrong
// columns, bad encoding, too many lines) are the CSV module's. Pure; never stores.
import type { CsvColumn, CsvRow } from '$lib/domain/csv';
import { EMAIL_PATTERN, cleanName } from './participant';
import {
	SESSION_LIMITS,
	type Funding,
	type ParticipantData,
	type ParticipantMandate
} from './types';

/** At most this many lines per file: a session has 60 seats; a 500-line file is a mistake. */
export const IMPORT_MAX_ROWS = 200;

export const PARTICIPANT_COLUMNS: CsvColumn[] = [
	{
		key: 'name',
		headers: [
			'nom',
			'nom et prénom',
			'nom prénom',
			'nom complet',
			'participant',
			'élu',
			'identité'
		],
		required: true
	},
	{ key: 'firstName', headers: ['prénom'] },
	{ key: 'mandate', headers: ['mandat', 'fonction', 'qualité'] },
	{ key: 'commune', headers: ['commune', 'ville', 'collectivité', 'mairie'], required: true },
	{ key: 'insee', headers: ['code insee', 'insee', 'code commune'] },
	{ key: 'email', headers: ['e-mail', 'courriel', 'email', 'mail', 'adresse électronique'] },
	{ key: 'funding', headers: ['financement', 'prise en charge', 'financé par'] }
];

/** A commune as the import needs it, found by the offline index. */
export interface ImportCommune {
	insee: string;
	name: string;
}

/** Finds communes by INSEE code or by name (every commune of that name). */
export interface CommuneLookup {
	byInsee(insee: string): ImportCommune | undefined;
	byName(name: string): ImportCommune[];
}

export type ImportRefusalCode =
	'name' | 'commune_unknown' | 'commune_ambiguous' | 'mandate' | 'email' | 'funding' | 'duplicate';

export interface ImportRefusal {
	line: number;
	code: ImportRefusalCode;
	params: Record<string, string | number>;
}

/** A name reduced for comparison: no accents, case, spaces or punctuation. */
export function foldName(text: string): string {
	return fold(text);
}

const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]+/g, '');

/** A mandate as people write it (« Adjointe au maire », « Conseillère déléguée »), or undefined. */
function mandateOf(text: string): ParticipantMandate | undefined {
	const folded = fold(text);
	if (folded === 'maire' || folded === 'mairesse') return 'maire';
	if (folded.startsWith('adjoint') || folded.startsWith('mairead')) return 'adjoint';
	if (folded.startsWith('conseill')) return 'conseiller';
	if (['autre', 'agent', 'secretairedemairie', 'dgs'].includes(folded)) return 'autre';
	return undefined;
}

const FUNDINGS: Record<string, Funding> = {
	gratuit: 'gratuit',
	programme: 'gratuit',
	commune: 'commune',
	budgetdelacommune: 'commune',
	mairie: 'commune',
	dif: 'dif',
	difelu: 'dif',
	moncompteelu: 'dif'
};

/** The participant of one spreadsheet row, or the reason it is refused. */
export function participantFromRow(
	row: CsvRow,
	session: string,
	communes: CommuneLookup,
	addedAt: string
): { data: ParticipantData } | { refusal: ImportRefusal } {
	const refuse = (code: ImportRefusalCode, params: Record<string, string | number> = {}) => ({
		refusal: { line: row.line, code, params: { line: row.line, ...params } }
	});
	const v = row.values;
	const name = cleanName([v.firstName ?? '', v.name ?? ''].filter(Boolean).join(' '));
	if (!name || name.length > SESSION_LIMITS.nameMax) return refuse('name');
	let commune: ImportCommune | undefined;
	if (v.insee) commune = communes.byInsee(v.insee.toUpperCase().padStart(5, '0'));
	else if (/^[0-9][0-9AaBb][0-9]{3}$/.test(v.commune ?? ''))
		commune = communes.byInsee(v.commune!.toUpperCase());
	else {
		const found = communes.byName(v.commune ?? '');
		if (found.length > 1) return refuse('commune_ambiguous', { commune: v.commune ?? '' });
		commune = found[0];
	}
	if (!commune) return refuse('commune_unknown', { commune: v.commune || v.insee || '' });
	const mandate = v.mandate ? mandateOf(v.mandate) : 'conseiller';
	if (!mandate) return refuse('mandate', { mandate: v.mandate ?? '' });
	const funding = v.funding ? FUNDINGS[fold(v.funding)] : 'gratuit';
	if (!funding) return refuse('funding', { funding: v.funding ?? '' });
	const email = (v.email ?? '').trim();
	if (email && (!EMAIL_PATTERN.test(email) || email.length > SESSION_LIMITS.emailMax)) {
		return refuse('email', { email });
	}
	return {
		data: {
			session,
			user: '',
			name,
			mandate,
			commune_insee: commune.insee,
			commune_name: commune.name,
			email,
			funding,
			enrolment: 'inscrit',
			walk_in: false,
			added_at: addedAt
		}
	};
}
