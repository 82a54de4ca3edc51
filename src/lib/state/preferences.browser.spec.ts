// Device preferences in Chromium, on the real localStorage and document: the text size applies
// to the page at once and comes back on the next start (a reload), as does "photos on Wi-Fi only";
// an unknown saved size falls back to the default.
import { afterEach, describe, expect, it } from 'vitest';
import { Preferences } from './preferences.svelte';

const scale = () => document.documentElement.style.getPropertyValue('--text-scale');

afterEach(() => {
	localStorage.removeItem('collabactons.textSize');
	localStorage.removeItem('collabactons.photosWifiOnly');
	document.documentElement.style.removeProperty('--text-scale');
});

describe('Preferences', () => {
	it('applies a text size at once and keeps it, with the Wi-Fi choice, for the next start', () => {
		const first = new Preferences();
		first.start();
		expect(first.textSize).toBe('small');
		expect(first.photosWifiOnly).toBe(false);
		expect(scale()).toBe('1');

		first.setTextSize('large');
		expect(scale()).toBe('1.3');
		first.setPhotosWifiOnly(true);

		document.documentElement.style.removeProperty('--text-scale');
		const reloaded = new Preferences();
		reloaded.start();
		expect(reloaded.textSize).toBe('large');
		expect(reloaded.photosWifiOnly).toBe(true);
		expect(scale()).toBe('1.3');
	});

	it('falls back to the default size when the saved one is unknown', () => {
		localStorage.setItem('collabactons.textSize', 'enormous');
		const preferences = new Preferences();
		preferences.start();
		expect(preferences.textSize).toBe('small');
		expect(scale()).toBe('1');
	});
});
