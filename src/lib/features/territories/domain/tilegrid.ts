// The tile-grid map of France's départements: each an equal square placed roughly where it lies,
// Paris and its inner suburbs included, Corsica to the east; overseas départements and
// collectivities drawn as insets beside it. Drawn and placed by this project (no map data
// licence involved): a tile map shows every département at the same size, readable on a phone.
// Pure: positions, colour classes and their legend.

/** Column and row of each metropolitan département (0-based; 13 columns × 12 rows). */
export const TILE_GRID: Readonly<Record<string, readonly [number, number]>> = {
	62: [6, 0],
	59: [7, 0],
	76: [5, 1],
	80: [6, 1],
	'02': [7, 1],
	'08': [8, 1],
	50: [2, 2],
	14: [3, 2],
	27: [4, 2],
	60: [5, 2],
	95: [6, 2],
	93: [7, 2],
	51: [8, 2],
	55: [9, 2],
	57: [10, 2],
	67: [11, 2],
	29: [0, 3],
	22: [1, 3],
	35: [2, 3],
	61: [3, 3],
	28: [4, 3],
	78: [5, 3],
	92: [6, 3],
	75: [7, 3],
	77: [8, 3],
	10: [9, 3],
	54: [10, 3],
	88: [11, 3],
	68: [12, 3],
	56: [1, 4],
	53: [2, 4],
	72: [3, 4],
	41: [4, 4],
	45: [5, 4],
	91: [6, 4],
	94: [7, 4],
	89: [8, 4],
	52: [9, 4],
	70: [10, 4],
	90: [11, 4],
	44: [1, 5],
	49: [2, 5],
	37: [3, 5],
	18: [4, 5],
	58: [5, 5],
	21: [6, 5],
	39: [7, 5],
	25: [8, 5],
	85: [1, 6],
	79: [2, 6],
	86: [3, 6],
	36: [4, 6],
	'03': [5, 6],
	71: [6, 6],
	'01': [7, 6],
	74: [8, 6],
	17: [1, 7],
	16: [2, 7],
	87: [3, 7],
	23: [4, 7],
	63: [5, 7],
	42: [6, 7],
	69: [7, 7],
	73: [8, 7],
	33: [1, 8],
	24: [2, 8],
	19: [3, 8],
	15: [4, 8],
	43: [5, 8],
	'07': [6, 8],
	38: [7, 8],
	'05': [8, 8],
	40: [1, 9],
	47: [2, 9],
	46: [3, 9],
	12: [4, 9],
	48: [5, 9],
	30: [6, 9],
	26: [7, 9],
	'04': [8, 9],
	'06': [9, 9],
	64: [1, 10],
	32: [2, 10],
	82: [3, 10],
	81: [4, 10],
	34: [5, 10],
	13: [6, 10],
	84: [7, 10],
	83: [8, 10],
	'2B': [11, 10],
	65: [2, 11],
	31: [3, 11],
	'09': [4, 11],
	11: [5, 11],
	66: [6, 11],
	'2A': [11, 11]
};
export const GRID_COLUMNS = 13;
export const GRID_ROWS = 12;

/** Overseas codes in the order of the insets (départements first, then collectivities). */
export const OVERSEAS = [
	'971',
	'972',
	'973',
	'974',
	'976',
	'975',
	'977',
	'978',
	'984',
	'986',
	'987',
	'988',
	'989'
];

/** Five sequential colours (light to dark) and the text colour readable on each (WCAG AA). */
export const PALETTE = [
	{ fill: '#eef3f9', text: '#16212e' },
	{ fill: '#c6d8ec', text: '#16212e' },
	{ fill: '#8cb0d6', text: '#16212e' },
	{ fill: '#3f73ad', text: '#ffffff' },
	{ fill: '#1d416b', text: '#ffffff' }
] as const;
/** Tiles without a figure (no commune of the programme there, or outside the reader's view). */
export const EMPTY_TILE = { fill: '#f4f4f4', text: '#4a4a4a' };

/**
 * Class limits for `values` (quantiles, distinct and increasing): a value v belongs to the first
 * class whose upper limit is ≥ v. Fewer than 5 classes when values are few or equal.
 */
export function classLimits(values: readonly number[]): number[] {
	const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return [];
	const limits: number[] = [];
	for (let i = 1; i <= PALETTE.length; i++) {
		const limit =
			sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / PALETTE.length) - 1)]!;
		if (!limits.length || limit > limits[limits.length - 1]!) limits.push(limit);
	}
	return limits;
}

/** The palette entry of `value` for `limits` (the darkest classes when there are few). */
export function colourOf(value: number | undefined, limits: readonly number[]) {
	if (value === undefined || !limits.length) return EMPTY_TILE;
	let index = limits.findIndex((limit) => value <= limit);
	if (index < 0) index = limits.length - 1;
	return PALETTE[PALETTE.length - limits.length + index]!;
}

/** Legend lines: [from, to] of each class (from = previous limit + 1 for whole numbers). */
export function legend(
	limits: readonly number[]
): { from: number; to: number; colour: (typeof PALETTE)[number] }[] {
	return limits.map((to, i) => ({
		from: i === 0 ? 0 : limits[i - 1]! + 1,
		to,
		colour: PALETTE[PALETTE.length - limits.length + i]!
	}));
}

/**
 * The tile to move to from `code` with an arrow key: the nearest tile in that direction (same
 * row or column first), so keyboard users reach every département.
 */
export function neighbour(
	code: string,
	direction: 'left' | 'right' | 'up' | 'down',
	grid: Readonly<Record<string, readonly [number, number]>> = TILE_GRID
): string | null {
	const from = grid[code];
	if (!from) return null;
	const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [
		number,
		number
	];
	let best: string | null = null;
	let bestScore = Infinity;
	for (const [other, [x, y]] of Object.entries(grid)) {
		const along = (x - from[0]) * dx + (y - from[1]) * dy;
		if (along <= 0) continue;
		const across = Math.abs((x - from[0]) * dy) + Math.abs((y - from[1]) * dx);
		const score = along + across * 2.5;
		if (score < bestScore) {
			bestScore = score;
			best = other;
		}
	}
	return best;
}

/** The grid with the overseas insets on a row under the mainland (for keyboard moves). */
export function gridWithOverseas(): Record<string, readonly [number, number]> {
	const grid: Record<string, readonly [number, number]> = { ...TILE_GRID };
	OVERSEAS.forEach((code, i) => (grid[code] = [i, GRID_ROWS + 1]));
	return grid;
}
