// The photos chosen for a log entry, in Chromium (resizing needs its image decoder and canvas):
// a phone-sized photo is kept resized, a file that is not a photo is refused with a French
// message naming it, and a seventh photo is refused; removing and clearing empty the selection.
import { describe, expect, it } from 'vitest';
import { MAX_PHOTOS_PER_ENTRY } from '$lib/features/projects/platform';
import { PhotoSelection } from '$lib/features/photos/state/photo-selection.svelte';

/** A JPEG of `width`×`height` drawn here, as a camera would hand it over. */
async function jpeg(name: string, width = 4000, height = 3000): Promise<File> {
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#4a7';
	context.fillRect(0, 0, width, height);
	context.fillStyle = '#fff';
	context.fillRect(width / 4, height / 4, width / 2, height / 2);
	const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
	return new File([blob], name, { type: 'image/jpeg' });
}

describe('PhotoSelection', () => {
	it('keeps a photo resized and refuses, by name, a file that is not one', async () => {
		const selection = new PhotoSelection();
		const notes = new File(['Compte rendu du conseil'], 'notes.txt', { type: 'text/plain' });
		await selection.add([await jpeg('broyeur.jpg'), notes]);
		expect(selection.preparing).toBe(0);
		expect(selection.photos).toHaveLength(1);
		const [photo] = selection.photos;
		expect(Math.max(photo!.width, photo!.height)).toBe(1600);
		expect(photo!.mime).toBe('image/jpeg');
		expect(photo!.bytes.length).toBeLessThan(photo!.originalBytes);
		expect(selection.problems).toHaveLength(1);
		expect(selection.problems[0]).toMatch(/^« notes\.txt » : ce fichier n’est pas une photo/);

		selection.remove(photo!.key);
		expect(selection.photos).toEqual([]);
	});

	it('refuses a seventh photo and empties once the entry is saved', async () => {
		const selection = new PhotoSelection();
		const files = await Promise.all(
			Array.from({ length: MAX_PHOTOS_PER_ENTRY + 1 }, (_, i) => jpeg(`p${i}.jpg`, 400, 300))
		);
		await selection.add(files);
		expect(selection.photos).toHaveLength(MAX_PHOTOS_PER_ENTRY);
		expect(new Set(selection.photos.map((p) => p.key)).size).toBe(MAX_PHOTOS_PER_ENTRY);
		expect(selection.problems).toEqual([
			`« p${MAX_PHOTOS_PER_ENTRY}.jpg » : une entrée du journal compte six photos au plus.`
		]);
		selection.clear();
		expect(selection.photos).toEqual([]);
		expect(selection.problems).toEqual([]);
	});
});
