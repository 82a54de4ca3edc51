// Sorting and filtering of the communes table (pure): by name (French collation), population or
// any figure, and a filter on the name, the INSEE code or the EPCI, accents and case ignored.
import { figure, type CommuneRow } from './summary';

export type CommuneSort = 'name' | 'population' | string;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The rows matching `query` sorted by `key` (ascending, or descending when `descending`). */
export function sortCommunes(
	rows: readonly CommuneRow[],
	key: CommuneSort,
	descending: boolean,
	query = '',
	only: 'all' | 'rural' | 'urbain' | 'without-project' = 'all'
): CommuneRow[] {
	const q = fold(query.trim());
	const kept = rows.filter(
		(c) =>
			(!q ||
				fold(c.name).includes(q) ||
				c.insee.startsWith(q.toUpperCase()) ||
				fold(c.epciName).includes(q)) &&
			(only === 'all' ||
				(only === 'without-project' ? figure(c.figures, 'projects') === 0 : c.class === only))
	);
	const value = (c: CommuneRow) =>
		key === 'population' ? c.population : key === 'name' ? 0 : figure(c.figures, key);
	kept.sort((a, b) => {
		const order =
			key === 'name'
				? collator.compare(a.name, b.name)
				: value(a) - value(b) || collator.compare(a.name, b.name);
		return descending ? -order : order;
	});
	return kept;
}
