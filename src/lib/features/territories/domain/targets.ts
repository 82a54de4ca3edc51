// The programme's national targets and the pace to reach them (seed programme text: "former
// 77 000 élus ... lancer en un an 36 000 projets" after the mandates began on 28 June 2026).
// A territory's share is pro rata of its communes. Pure.

export const TARGETS = { trained: 77_000, projects: 36_000 } as const;
/** Communes of France in the COG 2026 (scripts/communes/build.mjs). */
export const COMMUNES_OF_FRANCE = 34_969;
/** The programme year: from the first trainings to the deadline of the targets. */
export const PROGRAMME_START = Date.UTC(2026, 6, 1); // 1 July 2026
export const PROGRAMME_DEADLINE = Date.UTC(2027, 5, 30); // 30 June 2027

const MONTH = (365.25 / 12) * 86_400_000;

export interface Pace {
	target: number;
	achieved: number;
	/** Share of the target reached, 0…1 (may pass 1). */
	share: number;
	/** What remains to do (≥ 0). */
	remaining: number;
	/** Months left until the deadline (0 once passed). */
	monthsLeft: number;
	/** Needed per month from now on to reach the target by the deadline (null once passed). */
	neededPerMonth: number | null;
	/** Per month so far, since the programme started. */
	perMonthSoFar: number;
	/** Whether the pace so far reaches the target in time. */
	onTrack: boolean;
}

/** A territory's target: the national one pro rata of its communes (whole numbers). */
export function territoryTarget(national: number, communes: number): number {
	if (communes >= COMMUNES_OF_FRANCE) return national;
	return Math.round((national * communes) / COMMUNES_OF_FRANCE);
}

/** Where `achieved` stands against `target` at time `now` (ms). */
export function pace(target: number, achieved: number, now: number): Pace {
	const remaining = Math.max(0, target - achieved);
	const monthsLeft = Math.max(0, (PROGRAMME_DEADLINE - now) / MONTH);
	const monthsSoFar = Math.max(0, (Math.min(now, PROGRAMME_DEADLINE) - PROGRAMME_START) / MONTH);
	const perMonthSoFar = monthsSoFar > 0 ? achieved / monthsSoFar : 0;
	const neededPerMonth = monthsLeft > 0 ? remaining / monthsLeft : null;
	return {
		target,
		achieved,
		share: target > 0 ? achieved / target : 0,
		remaining,
		monthsLeft,
		neededPerMonth,
		perMonthSoFar,
		onTrack: remaining === 0 || (neededPerMonth !== null && perMonthSoFar >= neededPerMonth)
	};
}
