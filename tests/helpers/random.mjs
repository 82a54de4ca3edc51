// The seeded generator of the benchmarks (mulberry32): small, fast, and the same numbers for
// the same seed, so a run printed with its seed can be replayed. Plain JavaScript so that the
// load generator (tests/bench/load/sync-load.mjs, run by Node without a build) shares it.

/**
 * A generator of floats in [0, 1) for `seed`.
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
