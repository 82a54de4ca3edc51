// "Communes comme la vôtre" and "Qui a déjà résolu ça ?" (issue 14, item 2): ranks good practices
// by how close their commune is to mine — population band, rural or urban, département and
// région, my census needs and my projects' themes — and says why in reasons the screen puts into
// words ("même taille, même besoin : les déchets"). Pure and allocation-light, because a device
// ranks up to 36,000 published projects (bench `community.similar_ms`, goal ≤ 50 ms). Never
// reads storage nor renders anything.
import type { GoodPractice } from '$lib/domain/curriculum/types';

/** Upper bounds (exclusive) of the population bands; the last band has no bound. */
export const POPULATION_BANDS = [500, 2000, 10000, 50000] as const;

/** The band of a population (0 … 4), or -1 when unknown (case studies, missing data). */
export function populationBand(population: number | null | undefined): number {
	if (typeof population !== 'number' || !(population > 0)) return -1;
	let band = 0;
	while (band < POPULATION_BANDS.length && population >= POPULATION_BANDS[band]!) band++;
	return band;
}

/** Two communes are the same size when one is at most this many times the other… */
export const SAME_SIZE_RATIO = 2.5;
/** …and of a close size up to this ratio. */
export const CLOSE_SIZE_RATIO = 6;

/** The commune the ranking is for. */
export interface MyCommune {
	insee: string;
	population: number | null;
	class: 'rural' | 'urbain';
	departement: string;
	region: string;
	/** Census needs (theme keys) with their priority, 1 to 3. */
	needs: readonly { theme: string; priority: number }[];
	/** Themes of the commune's own projects. */
	themes?: readonly string[];
}

/** Why a practice is close to my commune; the screen words each one. */
export type Reason =
	| { kind: 'same_size' | 'close_size' | 'same_class' | 'same_departement' | 'same_region' }
	| { kind: 'shared_need' | 'shared_theme'; theme: string }
	| { kind: 'proven' };

/** A practice with its score and its reasons, strongest first. */
export interface RankedPractice {
	practice: GoodPractice;
	score: number;
	reasons: Reason[];
}

/** Points of each criterion (also the order of reasons: needs first, then place). */
export const WEIGHTS = {
	/** Per shared need, by priority 1, 2, 3. */
	need: [0, 3, 4, 6],
	theme: 1,
	sameSize: 3,
	closeSize: 1,
	sameClass: 2,
	bothClasses: 1,
	sameDepartement: 2,
	sameRegion: 1,
	proven: 1
} as const;

const PROVEN = new Set(['realise', 'en_cours', 'lance']);

/** Scores one practice for `me`; reasons are filled only when `reasons` is given. */
function scorePractice(
	me: MyCommune,
	myPopulation: number,
	needWeights: Map<string, number>,
	myThemes: Set<string>,
	practice: GoodPractice,
	reasons?: Reason[]
): number {
	let score = 0;
	for (const theme of practice.themes) {
		const weight = needWeights.get(theme);
		if (weight !== undefined) {
			score += weight;
			reasons?.push({ kind: 'shared_need', theme });
		} else if (myThemes.has(theme)) {
			score += WEIGHTS.theme;
			reasons?.push({ kind: 'shared_theme', theme });
		}
	}
	// Size by ratio, not by band: 389 and 554 inhabitants are the same size, whatever the bands.
	const population = practice.population ?? 0;
	if (population > 0 && myPopulation > 0) {
		const ratio = population > myPopulation ? population / myPopulation : myPopulation / population;
		if (ratio <= SAME_SIZE_RATIO) {
			score += WEIGHTS.sameSize;
			reasons?.push({ kind: 'same_size' });
		} else if (ratio <= CLOSE_SIZE_RATIO) {
			score += WEIGHTS.closeSize;
			reasons?.push({ kind: 'close_size' });
		}
	}
	if (practice.rural_or_urban === me.class) {
		score += WEIGHTS.sameClass;
		reasons?.push({ kind: 'same_class' });
	} else if (practice.rural_or_urban === 'les_deux') score += WEIGHTS.bothClasses;
	if (practice.departement && practice.departement === me.departement) {
		score += WEIGHTS.sameDepartement;
		reasons?.push({ kind: 'same_departement' });
	} else if (practice.region && practice.region === me.region) {
		score += WEIGHTS.sameRegion;
		reasons?.push({ kind: 'same_region' });
	}
	// A project under way only breaks ties: it never makes an unrelated practice "similar".
	if (score > 0 && practice.project_status && PROVEN.has(practice.project_status)) {
		score += WEIGHTS.proven;
		reasons?.push({ kind: 'proven' });
	}
	return score;
}

function compare(a: { score: number; practice: GoodPractice }, b: typeof a): number {
	return b.score - a.score || (a.practice.title < b.practice.title ? -1 : 1);
}

/**
 * The `limit` practices closest to `me`, best first, each with its reasons. Leaves out the
 * commune's own projects, withdrawn publications and practices that share nothing with it
 * (score 0). One pass with a small sorted top list: O(n · limit) at worst, O(n) in practice.
 */
export function rankSimilar(
	me: MyCommune,
	practices: readonly GoodPractice[],
	limit = 10
): RankedPractice[] {
	const needWeights = new Map<string, number>();
	for (const need of me.needs) {
		needWeights.set(need.theme, WEIGHTS.need[Math.max(0, Math.min(3, need.priority))] ?? 0);
	}
	const myThemes = new Set(me.themes ?? []);
	const myPopulation = me.population && me.population > 0 ? me.population : 0;
	const top: { score: number; practice: GoodPractice }[] = [];
	for (const practice of practices) {
		if (!practice.published || (practice.insee && practice.insee === me.insee)) continue;
		const score = scorePractice(me, myPopulation, needWeights, myThemes, practice);
		if (score <= 0) continue;
		// Most practices lose to the tenth best on score alone: no object, no comparison.
		if (top.length === limit && score < top[limit - 1]!.score) continue;
		if (top.length === limit && compare({ score, practice }, top[limit - 1]!) >= 0) continue;
		let at = top.length;
		while (at > 0 && compare({ score, practice }, top[at - 1]!) < 0) at--;
		top.splice(at, 0, { score, practice });
		if (top.length > limit) top.pop();
	}
	return top.map(({ score, practice }) => {
		const reasons: Reason[] = [];
		scorePractice(me, myPopulation, needWeights, myThemes, practice, reasons);
		return { practice, score, reasons };
	});
}

/**
 * "Qui a déjà résolu ça ?": published commune projects that address `theme`, the closest to
 * `me` first (the need counts as urgent, so the theme always leads the reasons).
 */
export function whoSolved(
	me: MyCommune,
	theme: string,
	practices: readonly GoodPractice[],
	limit = 10
): RankedPractice[] {
	const answering = practices.filter(
		(practice) => practice.kind === 'commune_project' && practice.themes.includes(theme)
	);
	return rankSimilar({ ...me, needs: [{ theme, priority: 3 }], themes: [] }, answering, limit);
}
