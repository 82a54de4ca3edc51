// A consultation as the screens read it from a stored row, where it stands in time (open, closed
// while late votes may still arrive, results shown) and its results as the server gives them,
// with their CSV export. Pure: rows and times in, plain objects out.
import { writeCsv } from '$lib/domain/csv';
import { VOTE_GRACE_MS } from './limits';

export interface ConsultationOption {
	key: string;
	label: string;
}

export interface Consultation {
	id: string;
	spaceKind: 'national' | 'region' | 'departement';
	spaceCode: string;
	title: string;
	context: string;
	kind: 'choice' | 'proposals';
	multiple: boolean;
	options: ConsultationOption[];
	/** Closing time, ms. */
	closesAt: number;
	synthesis: string;
	/** The organiser's user id ('' while only on this device: then the user is the organiser). */
	author: string;
	authorName: string;
}

/** Open (votes counted), grace (closed; votes cast before the closing may still arrive), results. */
export type ConsultationPhase = 'open' | 'grace' | 'results';

/** A stored date (PocketBase's `2026-12-05 10:00:00.000Z` or ISO) in ms, or NaN. */
export function timeOf(value: unknown): number {
	return typeof value === 'string' && value ? Date.parse(value.replace(' ', 'T')) : NaN;
}

/** A stored consultation row, or undefined when it does not read. */
export function consultationOf(row: Record<string, unknown>): Consultation | undefined {
	const closesAt = timeOf(row.closes_at);
	if (typeof row.id !== 'string' || typeof row.title !== 'string' || Number.isNaN(closesAt)) {
		return undefined;
	}
	const options = Array.isArray(row.options)
		? (row.options as unknown[]).filter(
				(o): o is ConsultationOption =>
					typeof (o as ConsultationOption)?.key === 'string' &&
					typeof (o as ConsultationOption)?.label === 'string'
			)
		: [];
	return {
		id: row.id,
		spaceKind: (['region', 'departement'].includes(String(row.space_kind))
			? row.space_kind
			: 'national') as Consultation['spaceKind'],
		spaceCode: typeof row.space_code === 'string' ? row.space_code : '',
		title: row.title,
		context: typeof row.context === 'string' ? row.context : '',
		kind: row.kind === 'proposals' ? 'proposals' : 'choice',
		multiple: row.multiple === true,
		options,
		closesAt,
		synthesis: typeof row.synthesis === 'string' ? row.synthesis : '',
		author: typeof row.author === 'string' ? row.author : '',
		authorName: typeof row.author_name === 'string' ? row.author_name : ''
	};
}

/** Where `consultation` stands at `now`. */
export function phaseOf(
	consultation: Pick<Consultation, 'closesAt'>,
	now: number
): ConsultationPhase {
	if (now <= consultation.closesAt) return 'open';
	return now < consultation.closesAt + VOTE_GRACE_MS ? 'grace' : 'results';
}

/** The results of a consultation, once the server shows them. */
export interface ConsultationResults {
	title: string;
	voters: number;
	/** Votes cast offline before the closing and received after it, counted. */
	late: number;
	options: { key: string; label: string; votes: number }[];
	participation: {
		level: 'region' | 'departement';
		code: string;
		name: string;
		voters: number;
		elus: number;
	}[];
	synthesis: string;
	closesAt: string;
	graceHours: number;
}

/** The results as a CSV file (`;`, UTF-8 with BOM): the counts, then participation per territory. */
export function resultsCsv(results: ConsultationResults): Uint8Array {
	const rows: (string | number | null)[][] = results.options.map((o) => [
		'Réponse',
		o.label,
		o.votes,
		results.voters ? Math.round((1000 * o.votes) / results.voters) / 10 : null
	]);
	rows.push(['Votants', '', results.voters, null]);
	rows.push(['Dont votes arrivés après la clôture (faits avant, comptés)', '', results.late, null]);
	for (const p of results.participation) {
		rows.push([
			p.level === 'region' ? 'Participation (région)' : 'Participation (département)',
			`${p.name} (${p.code})`,
			p.voters,
			p.elus ? Math.round((1000 * p.voters) / p.elus) / 10 : null
		]);
	}
	return writeCsv(['Ligne', 'Libellé', 'Nombre', 'Pourcentage'], rows);
}
