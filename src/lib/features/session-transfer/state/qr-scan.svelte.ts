// Reads a QR sequence with the device's camera: opens the camera, decodes what it sees (the
// browser's own BarcodeDetector where it reads QR codes, else jsQR loaded on demand), feeds a
// FrameReader and, once the payload is whole and checked, closes the camera and hands the bytes
// over. The camera is released on every way out: done, closed, error, or the screen destroyed.
// Never merges anything itself and never stores anything.
import { FrameReader, type ReadProgress } from '../domain/reader';

export type ScanStatus = 'idle' | 'starting' | 'scanning' | 'done' | 'error';
export type ScanError = 'denied' | 'unavailable' | 'failed' | 'damaged';

/** Returns the QR texts visible in one video frame. */
type Decode = (video: HTMLVideoElement) => Promise<string[]>;

/** The widest picture handed to jsQR: enough for a code filling a third of the view. */
const DECODE_WIDTH = 960;

interface Detector {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
}

async function makeDecoder(): Promise<Decode> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (
		Native &&
		(await Native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')
	) {
		const detector = new Native({ formats: ['qr_code'] });
		return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
	}
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	return async (video) => {
		const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
		const width = Math.round(video.videoWidth * scale);
		const height = Math.round(video.videoHeight * scale);
		if (width === 0 || height === 0) return [];
		if (canvas.width !== width) canvas.width = width;
		if (canvas.height !== height) canvas.height = height;
		context.drawImage(video, 0, 0, width, height);
		const image = context.getImageData(0, 0, width, height);
		const code = jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' });
		return code ? [code.data] : [];
	};
}

function cameraError(error: unknown): ScanError {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'unavailable';
	return 'failed';
}

export class QrScan {
	status = $state<ScanStatus>('idle');
	error = $state<ScanError | null>(null);
	progress = $state<ReadProgress>({ known: 0, total: 0, frames: 0, done: false });
	/** A code of another sequence was seen (two senders, or the sender changed its data). */
	sawOtherSequence = $state(false);

	#stream: MediaStream | null = null;
	#video: HTMLVideoElement | null = null;
	#reader = new FrameReader();
	#run = 0;
	readonly #onPayload: (payload: Uint8Array) => void;

	/** @param onPayload called once with the checked payload, after the camera is closed */
	constructor(onPayload: (payload: Uint8Array) => void) {
		this.#onPayload = onPayload;
	}

	/** Opens the camera into `video` and reads until the payload is whole or `stop()`. */
	async start(video: HTMLVideoElement): Promise<void> {
		this.stop();
		const run = ++this.#run;
		this.#reader = new FrameReader();
		this.progress = this.#reader.progress;
		this.error = null;
		this.sawOtherSequence = false;
		this.status = 'starting';
		try {
			if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('', 'NotFoundError');
			const stream = await navigator.mediaDevices.getUserMedia({
				video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
				audio: false
			});
			this.#stream = stream;
			// Closed while the permission prompt was open: release at once.
			if (run !== this.#run) return this.stop();
			this.#video = video;
			video.srcObject = stream;
			video.muted = true;
			video.playsInline = true;
			await video.play();
			const decode = await makeDecoder();
			if (run !== this.#run) return;
			this.status = 'scanning';
			await this.#loop(run, video, decode);
		} catch (error) {
			if (run !== this.#run) return;
			this.stop();
			this.error = cameraError(error);
			this.status = 'error';
		}
	}

	/** Closes the camera (every track stopped) and stops reading. */
	stop(): void {
		this.#run++;
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		if (this.#video) this.#video.srcObject = null;
		this.#video = null;
		if (this.status === 'starting' || this.status === 'scanning') this.status = 'idle';
	}

	/** True while a camera stream is held (for tests and the "close" button). */
	get cameraOpen(): boolean {
		return this.#stream?.getTracks().some((track) => track.readyState === 'live') ?? false;
	}

	async #loop(run: number, video: HTMLVideoElement, decode: Decode): Promise<void> {
		while (run === this.#run) {
			if (video.readyState >= 2) {
				for (const text of await decode(video)) {
					const outcome = this.#reader.push(text);
					if (outcome === 'other-sequence') this.sawOtherSequence = true;
					if (outcome === 'corrupt') {
						this.stop();
						this.error = 'damaged';
						this.status = 'error';
						return;
					}
				}
				this.progress = this.#reader.progress;
				const payload = this.#reader.result;
				if (payload) {
					this.stop();
					this.status = 'done';
					this.#onPayload(payload);
					return;
				}
			}
			await new Promise((resolve) => setTimeout(resolve, 15));
		}
	}
}
