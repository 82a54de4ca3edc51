// What the CSV exports of a territory hold (the app's one CSV module writes them: `;`, UTF-8
// with BOM, French numbers): the table of communes and the table of the parts of a territory.
// Pure: headers and rows only; the caller writes and downloads.
import { figure, type ChildRow, type CommuneRow, type Figures } from './summary';

/** Columns of figures in both tables, with their French header. */
export const FIGURE_COLUMNS: readonly { metric: string; header: string }[] = [
	{ metric: 'elus.accounts', header: 'Élus inscrits' },
	{ metric: 'trained.elus', header: 'Élus formés (émargement scellé)' },
	{ metric: 'participants.unlinked', header: 'Participants sans compte' },
	{ metric: 'self_declared.elus', header: 'Élus ayant coché un module (déclaratif)' },
	{ metric: 'charters', header: 'Chartes signées' },
	{ metric: 'projects', header: 'Projets' },
	{ metric: 'projects.status.en_cours', header: 'Projets en cours' },
	{ metric: 'projects.status.realise', header: 'Projets réalisés' },
	{ metric: 'needs.communes', header: 'Communes ayant répondu au recensement' },
	{ metric: 'consultations.votes', header: 'Votes aux consultations' }
];

const values = (figures: Figures) => FIGURE_COLUMNS.map((c) => figure(figures, c.metric));

/** The communes table: code, name, EPCI, population, class, then the figures. */
export function communesTable(rows: readonly CommuneRow[]): {
	header: string[];
	rows: (string | number)[][];
} {
	return {
		header: [
			'Code INSEE',
			'Commune',
			'Intercommunalité (EPCI)',
			'Population',
			'Rurale ou urbaine',
			...FIGURE_COLUMNS.map((c) => c.header)
		],
		rows: rows.map((c) => [
			c.insee,
			c.name,
			c.epciName,
			c.population,
			c.class === 'rural' ? 'rurale' : c.class === 'urbain' ? 'urbaine' : '',
			...values(c.figures)
		])
	};
}

/** The parts of a territory (régions, départements, EPCI): code, name, communes, figures. */
export function partsTable(rows: readonly ChildRow[], kindLabel: (kind: string) => string) {
	return {
		header: [
			'Type',
			'Code',
			'Nom',
			'Communes',
			'Population',
			...FIGURE_COLUMNS.map((c) => c.header)
		],
		rows: rows.map((r) => [
			kindLabel(r.kind),
			r.code,
			r.name,
			figure(r.figures, 'communes'),
			figure(r.figures, 'population'),
			...values(r.figures)
		])
	};
}
