// The drawn signature of a charter as one compact string: SVG path data on a 600 × 200 box,
// integer coordinates, `M x y` to start each stroke and `L x y` for each next point, every token
// separated by one space (`M 12 80 L 14 78 L 20 75 M 300 90 L 310 95`). Owns that format: its
// grammar, its bounds, building it from raw pointer strokes and telling a real signature from an
// accidental tap. Never draws, never stores. The server (pb_hooks/lib/charters.js) checks the
// same grammar and bounds; change both together.

/** The box signatures are drawn on, in the string's units. */
export const SIGNATURE_WIDTH = 600;
export const SIGNATURE_HEIGHT = 200;
/** Longest signature string (64 KB, ASCII only). */
export const SIGNATURE_MAX_CHARS = 65_536;
/** A signature with a single stroke needs at least this many points to count as drawn. */
export const SIGNATURE_MIN_POINTS = 10;
/** ...and must span at least this many units across or down. */
export const SIGNATURE_MIN_SPAN = 10;

/** A point of a stroke, in signature units. */
export interface SignaturePoint {
	x: number;
	y: number;
}

const INTEGER = '(?:0|[1-9][0-9]{0,2})';
const GRAMMAR = new RegExp(`^M ${INTEGER} ${INTEGER}(?: [ML] ${INTEGER} ${INTEGER})*$`);

/**
 * The strokes of a signature string, or null when it is not well formed (grammar, integer
 * coordinates without leading zeros, inside the 600 × 200 box, at most 64 KB).
 */
export function parseSignature(path: string): SignaturePoint[][] | null {
	if (typeof path !== 'string' || path.length > SIGNATURE_MAX_CHARS || !GRAMMAR.test(path)) {
		return null;
	}
	const tokens = path.split(' ');
	const strokes: SignaturePoint[][] = [];
	for (let i = 0; i < tokens.length; i += 3) {
		const x = Number(tokens[i + 1]);
		const y = Number(tokens[i + 2]);
		if (x > SIGNATURE_WIDTH || y > SIGNATURE_HEIGHT) return null;
		if (tokens[i] === 'M') strokes.push([]);
		strokes[strokes.length - 1]!.push({ x, y });
	}
	return strokes;
}

/**
 * True when the strokes look drawn rather than tapped: at least 2 strokes or
 * SIGNATURE_MIN_POINTS points, spanning at least SIGNATURE_MIN_SPAN units across or down.
 */
export function isSignatureDrawn(strokes: SignaturePoint[][]): boolean {
	const points = strokes.flat();
	if (strokes.length < 2 && points.length < SIGNATURE_MIN_POINTS) return false;
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
	return span >= SIGNATURE_MIN_SPAN;
}

/**
 * Builds the signature string from pointer strokes drawn on a `width` × `height` pad (in CSS
 * pixels, as a signature-pad library reports them): scales to the 600 × 200 box (keeping the
 * aspect ratio, centred), rounds to integers, clamps to the box, drops empty strokes and
 * repeated points. Returns '' when nothing was drawn. The result may still exceed
 * SIGNATURE_MAX_CHARS for a very long drawing: check it with parseSignature.
 */
export function signatureFromStrokes(
	strokes: readonly (readonly SignaturePoint[])[],
	pad: { width: number; height: number }
): string {
	const scale = Math.min(SIGNATURE_WIDTH / pad.width, SIGNATURE_HEIGHT / pad.height);
	const dx = (SIGNATURE_WIDTH - pad.width * scale) / 2;
	const dy = (SIGNATURE_HEIGHT - pad.height * scale) / 2;
	const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));
	const parts: string[] = [];
	for (const stroke of strokes) {
		let last = '';
		let command = 'M';
		for (const point of stroke) {
			if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
			const xy = `${clamp(point.x * scale + dx, SIGNATURE_WIDTH)} ${clamp(point.y * scale + dy, SIGNATURE_HEIGHT)}`;
			if (xy === last) continue;
			parts.push(`${command} ${xy}`);
			command = 'L';
			last = xy;
		}
	}
	return parts.join(' ');
}
