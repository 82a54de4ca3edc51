// A QR sequence shown by one component is read by the other through the camera, in Chromium:
// the "camera" is a canvas filming the shown code (scaled, slightly blurred, at 30 images/s)
// handed to the scanner as getUserMedia's stream. Proves: 30 signature-sized records cross from
// one device's IndexedDB to another's by QR codes alone, the merge is idempotent (a second
// reading adds nothing), and the camera is released when done and when closed.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { mergeBundle, parseBundle, previewBundle } from '$lib/sync/bundle';
import { saveLocalRecord } from '$lib/local/records';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { exportRecordSlice } from '../sync/slice';
import type { BundleMerger } from '../state/qr-receive.svelte';
import QrSequenceScan from './QrSequenceScan.svelte';
import QrSequenceShow from './QrSequenceShow.svelte';
import { fakeSignature } from '../../../../../tests/helpers/signatures';

const stores: LocalStore[] = [];
const streams: MediaStream[] = [];
const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);

afterEach(async () => {
	navigator.mediaDevices.getUserMedia = original;
	for (const stream of streams.splice(0)) for (const track of stream.getTracks()) track.stop();
	for (const store of stores.splice(0)) await store.close();
});

/** Films the shown QR canvas like a camera held in front of the screen. */
function cameraFilming(source: HTMLCanvasElement): MediaStream {
	const camera = document.createElement('canvas');
	camera.width = 640;
	camera.height = 480;
	const context = camera.getContext('2d')!;
	const film = () => {
		context.filter = 'none';
		context.fillStyle = '#d8d4cc';
		context.fillRect(0, 0, camera.width, camera.height);
		context.imageSmoothingEnabled = false;
		context.filter = 'blur(0.6px)';
		const side = 420;
		context.drawImage(source, 110, 30, side, side);
	};
	const timer = setInterval(film, 33);
	film();
	const stream = camera.captureStream(30);
	stream.getTracks()[0]!.addEventListener('ended', () => clearInterval(timer));
	streams.push(stream);
	return stream;
}

function mergerInto(store: LocalStore): BundleMerger {
	return {
		previewFile: async (file) =>
			previewBundle(store, parseBundle(new Uint8Array(await file.arrayBuffer()))),
		merge: (preview) => mergeBundle(store, preview.bundle)
	};
}

async function deviceWithSignatures(count: number): Promise<{ store: LocalStore; ids: string[] }> {
	const store = await openLocalStore({ userId: `qr-sender-${crypto.randomUUID()}` });
	stores.push(store);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = `qrsig${String(i).padStart(10, '0')}`;
		ids.push(id);
		// quiz_attempts stands in for attendance rows: any bundled collection travels the same way.
		await saveLocalRecord(store.db, 'quiz_attempts', id, {
			module: 'v1-m1',
			phase: 'apres',
			answers: fakeSignature(i + 1),
			score: 1,
			total: 1,
			taken_at: '2026-12-05 09:00:00.000Z'
		});
	}
	return { store, ids };
}

describe('QR sequence from one screen to the other camera', () => {
	it('carries 30 signatures, merges once, and releases the camera', async () => {
		const sender = await deviceWithSignatures(30);
		const payload = await exportRecordSlice(
			sender.store,
			{ id: 'fac', name: 'Facilitatrice' },
			{ quiz_attempts: sender.ids }
		);
		const receiver = await openLocalStore({ userId: `qr-receiver-${crypto.randomUUID()}` });
		stores.push(receiver);

		await render(QrSequenceShow, { payload });
		const shown = page.getByTestId('qr-canvas').element() as HTMLCanvasElement;
		let cameraStream: MediaStream | null = null;
		navigator.mediaDevices.getUserMedia = async () => (cameraStream = cameraFilming(shown));
		await render(QrSequenceScan, { merger: mergerInto(receiver) });

		const started = performance.now();
		await page.getByTestId('qr-scan-start').click();
		await expect
			.element(page.getByTestId('qr-merged'), { timeout: 90_000 })
			.toHaveAttribute('data-count', '30');
		console.log(
			`QR sequence of ${payload.length} bytes read in ${Math.round(performance.now() - started)} ms`
		);
		const arrived = await receiver.db.quiz_attempts.toArray();
		expect(arrived.map((r) => r.answers).sort()).toEqual(
			(await sender.store.db.quiz_attempts.toArray()).map((r) => r.answers).sort()
		);
		// Done: every track of the camera is stopped.
		expect(cameraStream!.getTracks().every((track) => track.readyState === 'ended')).toBe(true);

		// The same sequence read again: nothing new.
		await page.getByTestId('qr-scan-start').click();
		await expect
			.element(page.getByTestId('qr-merged'), { timeout: 90_000 })
			.toHaveAttribute('data-count', '0');
		expect(await receiver.db.quiz_attempts.count()).toBe(30);
	}, 200_000);

	it('closing the scanner releases the camera', async () => {
		const stream = cameraFilming(document.createElement('canvas'));
		navigator.mediaDevices.getUserMedia = async () => stream;
		await render(QrSequenceScan, {});
		await page.getByTestId('qr-scan-start').click();
		await expect
			.element(page.getByTestId('qr-scan-status'))
			.toHaveAttribute('data-status', 'scanning');
		expect(stream.getTracks()[0]!.readyState).toBe('live');
		await page.getByRole('button', { name: 'Fermer la caméra' }).click();
		expect(stream.getTracks()[0]!.readyState).toBe('ended');
	});

	it('a refused camera says so in French and points to the file', async () => {
		navigator.mediaDevices.getUserMedia = async () => {
			throw new DOMException('denied', 'NotAllowedError');
		};
		await render(QrSequenceScan, {});
		await page.getByTestId('qr-scan-start').click();
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent('La caméra n’est pas autorisée');
		await expect.element(page.getByRole('alert')).toHaveTextContent('.collabactons');
	});
});
