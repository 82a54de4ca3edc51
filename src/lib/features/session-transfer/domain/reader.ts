// Rebuilds a payload from QR frames read in any order. Each frame is one equation over GF(2):
// the XOR of the fragments it names. Frames are kept in echelon form (one row per leading
// fragment), so a frame that adds nothing is dropped at once; when the rows reach the number of
// fragments, back-substitution yields them all. The first intact frame fixes which payload is
// being read: frames of another sequence are reported, never mixed in. Pure; in memory.
import { crc32 } from './crc32';
import { frameFragments, xorInto } from './fountain';
import { parseFrame } from './frames';

/** What one read QR text did. */
export type FrameOutcome = 'new' | 'known' | 'other-sequence' | 'not-a-frame' | 'corrupt';

/** How far a reading is: independent frames held out of the fragments needed. */
export interface ReadProgress {
	known: number;
	total: number;
	frames: number;
	done: boolean;
}

/** A frame reduced to echelon form: its leading fragment is the row's index. */
interface Row {
	coefficients: Uint32Array;
	body: Uint8Array;
}

const hasBit = (bits: Uint32Array, k: number): boolean => ((bits[k >>> 5]! >>> (k & 31)) & 1) === 1;

export class FrameReader {
	#payloadId: number | null = null;
	#length = 0;
	#fragmentBytes = 0;
	#total = 0;
	#rows: (Row | undefined)[] = [];
	#rank = 0;
	#seen = new Set<number>();
	#result: Uint8Array | null = null;

	/** Takes one QR text; says what it did. */
	push(text: string): FrameOutcome {
		const frame = parseFrame(text);
		if (!frame) return 'not-a-frame';
		if (this.#payloadId === null) {
			this.#payloadId = frame.payloadId;
			this.#length = frame.payloadLength;
			this.#fragmentBytes = frame.fragmentBytes;
			this.#total = Math.ceil(frame.payloadLength / frame.fragmentBytes);
			this.#rows = new Array<Row | undefined>(this.#total);
		} else if (
			frame.payloadId !== this.#payloadId ||
			frame.payloadLength !== this.#length ||
			frame.fragmentBytes !== this.#fragmentBytes
		) {
			return 'other-sequence';
		}
		if (this.#result || this.#seen.has(frame.index)) return 'known';
		this.#seen.add(frame.index);
		const coefficients = new Uint32Array((this.#total + 31) >>> 5);
		for (const k of frameFragments(frame.payloadId, this.#total, frame.index)) {
			coefficients[k >>> 5] = coefficients[k >>> 5]! | (1 << (k & 31));
		}
		if (!this.#insert({ coefficients, body: frame.body })) return 'known';
		if (this.#rank < this.#total) return 'new';
		return this.#solve() ? 'new' : 'corrupt';
	}

	/** Independent frames held so far, out of the fragments needed. */
	get progress(): ReadProgress {
		return {
			known: this.#rank,
			total: this.#total,
			frames: this.#seen.size,
			done: this.#result !== null
		};
	}

	/** The payload once complete and checked, else null. */
	get result(): Uint8Array | null {
		return this.#result;
	}

	/** Reduces a row by the rows held; keeps it when it adds a new fragment. */
	#insert(row: Row): boolean {
		for (let k = 0; k < this.#total; k++) {
			if (!hasBit(row.coefficients, k)) continue;
			const pivot = this.#rows[k];
			if (!pivot) {
				this.#rows[k] = row;
				this.#rank++;
				return true;
			}
			for (let w = k >>> 5; w < row.coefficients.length; w++) {
				row.coefficients[w] = row.coefficients[w]! ^ pivot.coefficients[w]!;
			}
			xorInto(row.body, pivot.body);
		}
		return false;
	}

	/** Back-substitutes from the last fragment down, then checks the whole payload. */
	#solve(): boolean {
		const rows = this.#rows as Row[];
		for (let k = this.#total - 1; k >= 0; k--) {
			const row = rows[k]!;
			for (let j = k + 1; j < this.#total; j++) {
				if (hasBit(row.coefficients, j)) xorInto(row.body, rows[j]!.body);
			}
		}
		const out = new Uint8Array(this.#total * this.#fragmentBytes);
		rows.forEach((row, k) => out.set(row.body, k * this.#fragmentBytes));
		const payload = out.slice(0, this.#length);
		if (crc32(payload) === this.#payloadId) {
			this.#result = payload;
			return true;
		}
		// Every frame passed its own check yet the whole does not: start over rather than guess.
		this.#rows = new Array<Row | undefined>(this.#total);
		this.#rank = 0;
		this.#seen.clear();
		return false;
	}
}
