// Finger signatures for tests and benchmarks: a seeded pen path in the charters' signature
// format (SVG path on 600 × 200, integer points), shaped like a real one — a few strokes of
// small steps — so its size and compressibility are those of a signature drawn on a tablet.

/** A seeded generator of floats in [0, 1) (LCG: enough for fixtures, replayable). */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
		return a / 4294967296;
	};
}

/** A signature of 3-5 strokes, ~150 points in all (1.3-1.8 KB, like the pad produces). */
export function fakeSignature(seed: number): string {
	const random = seeded(seed);
	const tokens: string[] = [];
	const strokes = 3 + Math.floor(random() * 3);
	let x = 40 + Math.floor(random() * 40);
	for (let s = 0; s < strokes; s++) {
		let y = 60 + Math.floor(random() * 80);
		tokens.push(`M ${x} ${y}`);
		const points = 25 + Math.floor(random() * 25);
		for (let p = 0; p < points; p++) {
			x = Math.max(0, Math.min(600, x + Math.floor(random() * 9) - 2));
			y = Math.max(0, Math.min(200, y + Math.floor(random() * 15) - 7));
			tokens.push(`L ${x} ${y}`);
		}
		x = Math.min(560, x + 10 + Math.floor(random() * 20));
	}
	return tokens.join(' ');
}
