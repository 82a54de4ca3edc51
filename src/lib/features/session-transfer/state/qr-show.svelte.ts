// Shows a payload as a looping sequence of QR codes on a canvas. Which code is on screen is
// computed from the time since the start, not counted by a timer, so a busy or throttled tab
// skips codes rather than drifting (the fountain makes any code as good as the one skipped).
// Owns the drawing timer; never reads a camera and never stores anything.
import { correction, generate, mode } from 'lean-qr';
import { encodeFrames, MAX_PAYLOAD_BYTES, type FrameSequence } from '../domain/frames';

/** Milliseconds each code stays on screen, slowest to fastest. */
export const SHOW_SPEEDS = [600, 400, 250, 150] as const;

export class QrShow {
	/** The frame on screen (counts on past the sequence length: later frames mix fragments). */
	index = $state(0);
	/** Frames a reader needs at least; 0 when nothing can be shown. */
	total = $state(0);
	/** Index into SHOW_SPEEDS. */
	speed = $state(2);
	error = $state<'empty' | 'tooLarge' | null>(null);

	#sequence: FrameSequence | null = null;
	#canvas: HTMLCanvasElement | null = null;
	#timer: ReturnType<typeof setInterval> | undefined;
	#startedAt = 0;
	#drawn = -1;

	constructor(payload: Uint8Array, fragmentBytes?: number) {
		if (payload.length === 0) this.error = 'empty';
		else if (payload.length > MAX_PAYLOAD_BYTES) this.error = 'tooLarge';
		else {
			this.#sequence = encodeFrames(payload, fragmentBytes);
			this.total = this.#sequence.total;
		}
	}

	/** Starts drawing on `canvas`; returns the function that stops (for a Svelte attachment). */
	attach(canvas: HTMLCanvasElement): () => void {
		this.#canvas = canvas;
		this.#startedAt = performance.now();
		this.#drawn = -1;
		this.#tick();
		this.#timer = setInterval(() => this.#tick(), 50);
		return () => this.stop();
	}

	/** Changes the pace, keeping the code on screen where it is. */
	setSpeed(speed: number): void {
		const next = Math.max(0, Math.min(SHOW_SPEEDS.length - 1, speed));
		this.#startedAt = performance.now() - this.index * SHOW_SPEEDS[next]!;
		this.speed = next;
	}

	stop(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.#canvas = null;
	}

	#tick(): void {
		if (!this.#sequence || !this.#canvas) return;
		const index = Math.floor((performance.now() - this.#startedAt) / SHOW_SPEEDS[this.speed]!);
		if (index === this.#drawn) return;
		this.#drawn = index;
		this.index = index;
		const text = this.#sequence.frame(index);
		// Alphanumeric mode after the prefix: 5.5 bits per character. Level L: a screen is a clean
		// source, and the frame's own checksum catches what the code's correction misses.
		const code = generate(mode.alphaNumeric(text), { minCorrectionLevel: correction.L });
		code.toCanvas(this.#canvas, {
			padX: 4,
			padY: 4,
			on: [0, 0, 0, 255],
			off: [255, 255, 255, 255]
		});
	}
}
