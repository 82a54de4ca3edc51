// Preferences kept on this device: text size, photos on Wi-Fi only (and the language, kept by
// i18n). Stored in localStorage: they belong to the tablet, not to the account.
export const TEXT_SCALES = { small: 1, medium: 1.15, large: 1.3 } as const;
export type TextSize = keyof typeof TEXT_SCALES;
const KEY = 'collabactons.textSize';
const WIFI_KEY = 'collabactons.photosWifiOnly';

export class Preferences {
	textSize = $state<TextSize>('small');
	/** Send log photos only when the browser reports a Wi-Fi (or wired) connection. */
	photosWifiOnly = $state(false);

	/** Reads saved preferences and applies them to the document. */
	start(): void {
		const saved = localStorage.getItem(KEY);
		if (saved && saved in TEXT_SCALES) this.textSize = saved as TextSize;
		this.photosWifiOnly = localStorage.getItem(WIFI_KEY) === 'true';
		this.#apply();
	}

	setTextSize(size: TextSize): void {
		this.textSize = size;
		localStorage.setItem(KEY, size);
		this.#apply();
	}

	setPhotosWifiOnly(value: boolean): void {
		this.photosWifiOnly = value;
		localStorage.setItem(WIFI_KEY, String(value));
	}

	#apply(): void {
		document.documentElement.style.setProperty('--text-scale', String(TEXT_SCALES[this.textSize]));
	}
}

export const preferences = new Preferences();
