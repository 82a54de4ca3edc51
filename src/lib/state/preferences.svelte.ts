// Display preferences kept on this device: text size (and the language, kept by i18n).
export const TEXT_SCALES = { small: 1, medium: 1.15, large: 1.3 } as const;
export type TextSize = keyof typeof TEXT_SCALES;
const KEY = 'collabactons.textSize';

export class Preferences {
	textSize = $state<TextSize>('small');

	/** Reads saved preferences and applies them to the document. */
	start(): void {
		const saved = localStorage.getItem(KEY);
		if (saved && saved in TEXT_SCALES) this.textSize = saved as TextSize;
		this.#apply();
	}

	setTextSize(size: TextSize): void {
		this.textSize = size;
		localStorage.setItem(KEY, size);
		this.#apply();
	}

	#apply(): void {
		document.documentElement.style.setProperty('--text-scale', String(TEXT_SCALES[this.textSize]));
	}
}

export const preferences = new Preferences();
