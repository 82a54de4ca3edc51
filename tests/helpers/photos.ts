// Photos as a phone hands them over, made by the browser itself (no image fixture in the repo).
import type { Page } from 'playwright-core';

/** A 4000 × 3000 JPEG drawn like a photo (sky, field, sun, grain), made by the browser. */
export async function phonePhoto(page: Page): Promise<Buffer> {
	const base64 = await page.evaluate(async () => {
		const canvas = new OffscreenCanvas(4000, 3000);
		const context = canvas.getContext('2d')!;
		const sky = context.createLinearGradient(0, 0, 0, 3000);
		sky.addColorStop(0, '#6fa8dc');
		sky.addColorStop(0.55, '#d9ead3');
		sky.addColorStop(0.56, '#6aa84f');
		sky.addColorStop(1, '#274e13');
		context.fillStyle = sky;
		context.fillRect(0, 0, 4000, 3000);
		context.fillStyle = '#f1c232';
		context.beginPath();
		context.arc(3000, 700, 350, 0, Math.PI * 2);
		context.fill();
		const grain = context.getImageData(0, 0, 4000, 3000);
		let seed = 42;
		for (let i = 0; i < grain.data.length; i += 4) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			const n = (seed % 24) - 12;
			for (let c = 0; c < 3; c++) grain.data[i + c] = grain.data[i + c]! + n;
		}
		context.putImageData(grain, 0, 0);
		const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let binary = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return btoa(binary);
	});
	return Buffer.from(base64, 'base64');
}
