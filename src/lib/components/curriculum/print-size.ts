// The paper a resource prints on, as a CSS `@page` rule: posters on A3 portrait (read standing,
// at eye level), A3 sheets to fill in landscape (a table of seven boxes, a table cloth), the rest
// on A4. Kept apart so the rule can be read and tested without a screen.
import type { Resource } from '$lib/state/curriculum.svelte';

/** The `size` of the `@page` rule for `resource`. */
export function printSize(resource: Pick<Resource, 'kind' | 'format'>): string {
	if (resource.format !== 'A3') return 'A4';
	return resource.kind === 'template' ? 'A3 landscape' : 'A3';
}

/** A `<style>` element setting the page size and margins while the resource page is shown. */
export function pageStyle(resource: Pick<Resource, 'kind' | 'format'>): string {
	return `<style>@page { size: ${printSize(resource)}; margin: 12mm; }</style>`;
}
