// Turns a photo picked on the tablet into what the log keeps: a JPEG of at most 1600 px on its
// long side and about 300 KB, upright (EXIF orientation applied), with no EXIF left (no GPS
// position of the mayor's house travels with it). Runs in the browser only (canvas); the rules
// and sizes come from domain/photos. It never stores nor sends anything.
import {
	checkPhotoInput,
	fitWithin,
	MAX_STORED_BYTES,
	QUALITY_LADDER,
	TARGET_BYTES,
	type PhotoProblem
} from '../domain/limits';

/** A picked file that cannot become a photo; `problem` names why (for a French message). */
export class PhotoError extends Error {
	constructor(readonly problem: PhotoProblem) {
		super(problem);
		this.name = 'PhotoError';
	}
}

/** A photo ready for the log. */
export interface PreparedPhoto {
	bytes: Uint8Array;
	mime: 'image/jpeg';
	width: number;
	height: number;
	/** Size of the picked file, to tell the user how much was saved. */
	originalBytes: number;
}

type Surface = OffscreenCanvas | HTMLCanvasElement;

function surface(width: number, height: number): Surface {
	if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return canvas;
}

function encode(canvas: Surface, quality: number): Promise<Blob> {
	if (!(canvas instanceof HTMLCanvasElement)) {
		return canvas.convertToBlob({ type: 'image/jpeg', quality });
	}
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new PhotoError('unreadable'))),
			'image/jpeg',
			quality
		)
	);
}

function draw(bitmap: ImageBitmap, width: number, height: number): Surface {
	const canvas = surface(width, height);
	const context = canvas.getContext('2d') as
		CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
	if (!context) throw new PhotoError('unreadable');
	// JPEG has no transparency: a transparent PNG gets a white page, not a black one.
	context.fillStyle = '#fff';
	context.fillRect(0, 0, width, height);
	context.imageSmoothingQuality = 'high';
	context.drawImage(bitmap, 0, 0, width, height);
	return canvas;
}

/**
 * Resizes and compresses `file`; rejects with a `PhotoError` for a file too large, not an image,
 * or unreadable. Tries decreasing JPEG qualities, then smaller sizes, until the photo fits.
 */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
	const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
	const problem = checkPhotoInput({ size: file.size, head });
	if (problem) throw new PhotoError(problem);
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		throw new PhotoError('unreadable');
	}
	try {
		let { width, height } = fitWithin(bitmap.width, bitmap.height);
		let smallest: { blob: Blob; width: number; height: number } | undefined;
		for (let attempt = 0; attempt < 4; attempt++) {
			const canvas = draw(bitmap, width, height);
			for (const quality of QUALITY_LADDER) {
				const blob = await encode(canvas, quality);
				if (!smallest || blob.size < smallest.blob.size) smallest = { blob, width, height };
				if (blob.size <= TARGET_BYTES) return await result(blob, width, height, file.size);
			}
			({ width, height } = fitWithin(width, height, Math.round(Math.max(width, height) * 0.75)));
		}
		// A photo of pure noise may never reach the target; the server's cap is what matters.
		if (smallest && smallest.blob.size <= MAX_STORED_BYTES) {
			return await result(smallest.blob, smallest.width, smallest.height, file.size);
		}
		throw new PhotoError('unreadable');
	} finally {
		bitmap.close();
	}
}

async function result(blob: Blob, width: number, height: number, originalBytes: number) {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	return { bytes, mime: 'image/jpeg' as const, width, height, originalBytes };
}
