// The summary of a territory as the server answers it (pocketbase/README.md, "Territories"):
// types, a strict reader of the answer (anything malformed is dropped, never trusted), and the
// figures the screens derive from it. Pure: no network, no storage, no Svelte.

/** Kinds of territory, from the largest; `fabrique` is a set of communes around a third place. */
export const TERRITORY_KINDS = [
	'national',
	'region',
	'departement',
	'epci',
	'commune',
	'fabrique'
] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** `{ metric: value }`: counts only (see refresh.js on the server for the metric names). */
export type Figures = Record<string, number>;

export interface TerritoryRef {
	kind: TerritoryKind;
	code: string;
	name: string;
}

export interface ChildRow extends TerritoryRef {
	figures: Figures;
}

export interface CommuneRow {
	insee: string;
	name: string;
	population: number;
	class: string;
	epci: string;
	epciName: string;
	departement: string;
	figures: Figures;
}

export interface ProjectLine {
	id: string;
	title: string;
	status: string;
	themes: string[];
	levers: string[];
	created: string;
}

export interface TerritorySummary extends TerritoryRef {
	/** When the server computed the figures (ms since epoch; 0 = never). */
	computedAt: number;
	/** True when the reader sees only the part of this territory inside their own. */
	restricted: boolean;
	figures: Figures;
	parents: TerritoryRef[];
	children: ChildRow[];
	communes: CommuneRow[];
	projects: ProjectLine[];
	fabriques: { id: string; name: string; communes: number }[];
}

const isKind = (value: unknown): value is TerritoryKind =>
	typeof value === 'string' && (TERRITORY_KINDS as readonly string[]).includes(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number =>
	typeof value === 'number' && Number.isFinite(value) ? value : 0;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function readFigures(value: unknown): Figures {
	const out: Figures = {};
	if (!value || typeof value !== 'object') return out;
	for (const [key, n] of Object.entries(value as Record<string, unknown>)) {
		if (typeof n === 'number' && Number.isFinite(n)) out[key] = n;
	}
	return out;
}

function readRef(value: unknown): TerritoryRef | null {
	const v = value as Record<string, unknown> | null;
	if (!v || !isKind(v.kind) || typeof v.code !== 'string') return null;
	return { kind: v.kind, code: v.code, name: text(v.name) };
}

/** Reads the server's answer; null when it is not a summary. */
export function readSummary(body: unknown): TerritorySummary | null {
	const ref = readRef(body);
	if (!ref) return null;
	const b = body as Record<string, unknown>;
	return {
		...ref,
		computedAt: count(b.computedAt),
		restricted: b.restricted === true,
		figures: readFigures(b.figures),
		parents: list(b.parents)
			.map(readRef)
			.filter((p): p is TerritoryRef => p !== null),
		children: list(b.children).flatMap((c) => {
			const r = readRef(c);
			return r ? [{ ...r, figures: readFigures((c as { figures?: unknown }).figures) }] : [];
		}),
		communes: list(b.communes).map((c) => {
			const v = c as Record<string, unknown>;
			return {
				insee: text(v.insee),
				name: text(v.name),
				population: count(v.population),
				class: text(v.class),
				epci: text(v.epci),
				epciName: text(v.epci_name),
				departement: text(v.departement),
				figures: readFigures(v.figures)
			};
		}),
		projects: list(b.projects).map((p) => {
			const v = p as Record<string, unknown>;
			return {
				id: text(v.id),
				title: text(v.title),
				status: text(v.status),
				themes: list(v.themes).map(text),
				levers: list(v.levers).map(text),
				created: text(v.created)
			};
		}),
		fabriques: list(b.fabriques).map((f) => {
			const v = f as Record<string, unknown>;
			return { id: text(v.id), name: text(v.name), communes: count(v.communes) };
		})
	};
}

/** The key a summary is kept under on the device. */
export const summaryKey = (kind: TerritoryKind, code: string) => `${kind}:${code}`;

/** One figure, 0 when absent. */
export const figure = (figures: Figures, metric: string): number => figures[metric] ?? 0;

/**
 * The figures whose metric starts with `prefix` + '.', as [key, value] sorted by value
 * (largest first), e.g. `projects.status` → [['en_cours', 12], ['idee', 4]].
 */
export function breakdown(figures: Figures, prefix: string): [string, number][] {
	const start = prefix + '.';
	return Object.entries(figures)
		.filter(([key]) => key.startsWith(start) && !key.slice(start.length).includes('.'))
		.map(([key, value]): [string, number] => [key.slice(start.length), value])
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * A monthly series from `<prefix>.month.YYYY-MM` figures: every month from the first to the
 * last (months without any count as 0), with the running total.
 */
export function monthly(
	figures: Figures,
	prefix: string
): { month: string; count: number; total: number }[] {
	const months = breakdown(figures, `${prefix}.month`)
		.filter(([m]) => /^\d{4}-\d{2}$/.test(m))
		.sort((a, b) => a[0].localeCompare(b[0]));
	if (!months.length) return [];
	const byMonth = new Map(months);
	const out: { month: string; count: number; total: number }[] = [];
	let [year, month] = months[0]![0].split('-').map(Number) as [number, number];
	const last = months[months.length - 1]![0];
	let total = 0;
	for (let guard = 0; guard < 600; guard++) {
		const key = `${year}-${String(month).padStart(2, '0')}`;
		const n = byMonth.get(key) ?? 0;
		total += n;
		out.push({ month: key, count: n, total });
		if (key === last) break;
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
	}
	return out;
}
