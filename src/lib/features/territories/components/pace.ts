// The sentence under a target's progress bar, the same on the dashboard and in the PDF summary.
import { formatNumber, t } from '$lib/i18n/index.svelte';
import type { Pace } from '../domain/targets';

/** Where the pace stands: no target, reached, deadline passed, or the pace against the need. */
export function paceStatus(p: Pace): { text: string; late?: boolean } {
	if (p.target === 0) return { text: t('territories.targets.noTarget') };
	if (p.remaining === 0) return { text: t('territories.targets.done') };
	if (p.neededPerMonth === null) return { text: t('territories.targets.passed') };
	return {
		text: t('territories.targets.pace', {
			current: formatNumber(Math.round(p.perMonthSoFar)),
			needed: formatNumber(Math.round(p.neededPerMonth))
		}),
		late: !p.onTrack
	};
}

/** The verdict that follows the pace, when there is one. */
export function paceVerdict(late: boolean): string {
	return late ? t('territories.targets.late') : t('territories.targets.onTrack');
}
