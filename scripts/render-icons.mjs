// Renders static/icon.svg to the PNG sizes the manifest lists, with Debian's Chromium.
// Run by hand after changing the icon: `node scripts/render-icons.mjs` (PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('static/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const page = await browser.newPage();
for (const [size, maskable] of [
	[192, false],
	[512, false],
	[512, true]
]) {
	await page.setViewportSize({ width: size, height: size });
	const pad = maskable ? size * 0.1 : 0;
	await page.setContent(
		`<body style="margin:0;background:${maskable ? '#1f5f4a' : 'transparent'}">` +
			`<div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`
	);
	await page.screenshot({
		path: `static/icons/icon-${size}${maskable ? '-maskable' : ''}.png`,
		omitBackground: !maskable
	});
}
await browser.close();
