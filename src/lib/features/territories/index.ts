// Territories: the dashboards of coordinators (their EPCI, département or région) and of the
// national team, from a commune up to the country, with a tile map of départements, charts,
// a sortable table of communes, CSV exports and a one-page PDF. Figures are computed by the
// server (GET /api/collab/territories/{kind}/{code}/summary) and kept on the device to be read
// offline with their date. This entry (state, domain) is what routes and other state may use;
// screens take the components from `components.ts`, the platform reads `platform.ts`.
//
// Layout: domain/ (summary reading, targets and pace, tile grid, table sort, CSV rows, dates —
// pure), local/ (the kept summaries), sync/ (the summary route), state/ (the territory shown),
// components/ (screens; summary-pdf.ts, the one-page PDF, loads pdf-lib on demand).
export {
	TERRITORY_KINDS,
	breakdown,
	figure,
	monthly,
	readSummary,
	summaryKey,
	type ChildRow,
	type CommuneRow,
	type Figures,
	type ProjectLine,
	type TerritoryKind,
	type TerritoryRef,
	type TerritorySummary
} from './domain/summary';
export {
	PROGRAMME_DEADLINE,
	PROGRAMME_START,
	TARGETS,
	pace,
	territoryTarget,
	type Pace
} from './domain/targets';
export { figuresDate } from './domain/when';
export { sortCommunes, type CommuneSort } from './domain/sort';
export { communesTable, partsTable, FIGURE_COLUMNS } from './domain/exports';
export { TerritoryView, homeTerritory, type ViewStatus } from './state/territory.svelte';
