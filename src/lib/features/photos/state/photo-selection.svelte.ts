// The photos chosen for the next log entry: each picked file is resized on the device as soon
// as it is chosen (media/photo.ts), kept here until the entry is added, and refused with a
// French message naming the file when it cannot be a photo. Nothing is saved until the entry
// is: the editor saves the photos and the entry together.
// Photos attached to one log entry: a rule of the project log.
import { MAX_PHOTOS_PER_ENTRY } from '$lib/features/projects/platform';
import { megabytes } from '../domain/limits';
import { formatNumber, t } from '$lib/i18n/index.svelte';
import { PhotoError, preparePhoto, type PreparedPhoto } from '../media/resize';

/** A chosen photo, with a key for lists. */
export interface SelectedPhoto extends PreparedPhoto {
	key: number;
}

export class PhotoSelection {
	photos = $state.raw<SelectedPhoto[]>([]);
	/** Files being resized right now. */
	preparing = $state(0);
	/** One French message per refused file. */
	problems = $state.raw<string[]>([]);
	#next = 0;

	/** Resizes `files` and adds those that are photos (up to six in all). */
	async add(files: readonly File[]): Promise<void> {
		const problems: string[] = [];
		this.preparing += files.length;
		for (const file of files) {
			try {
				if (this.photos.length >= MAX_PHOTOS_PER_ENTRY) throw new PhotoError('tooMany');
				const photo = await preparePhoto(file);
				this.photos = [...this.photos, { ...photo, key: this.#next++ }];
			} catch (error) {
				if (!(error instanceof PhotoError)) console.error('photo preparation failed', error);
				const problem = error instanceof PhotoError ? error.problem : 'unreadable';
				const reason = t(`photos.errors.${problem}`, {
					size: formatNumber(megabytes(file.size))
				});
				problems.push(t('photos.problem', { name: file.name, reason }));
			} finally {
				this.preparing--;
			}
		}
		this.problems = problems;
	}

	remove(key: number): void {
		this.photos = this.photos.filter((p) => p.key !== key);
	}

	/** Empties the selection once the entry holding it is saved. */
	clear(): void {
		this.photos = [];
		this.problems = [];
	}
}
