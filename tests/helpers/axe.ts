// axe-core in a real page: WCAG 2.1 A/AA violations as readable lines (rule, impact, elements).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export async function wcagViolations(page: Page): Promise<string[]> {
	// Evaluated through DevTools, not as an inline <script>: the app's CSP blocks those.
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		type Result = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
		const axe = (
			window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Result[] }> } }
		).axe;
		const result = await axe.run({
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	});
}
