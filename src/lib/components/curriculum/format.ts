// Formatting shared by the Formation components: durations ("3 h", "55 min", "1 h 30"),
// modalities and "Mis à jour le …" dates, in the user's language. Formatting only; no state, no storage.
import { splitDuration } from '$lib/domain/curriculum/agenda';
import { parseServerDate } from '$lib/domain/curriculum/records';
import { formatDate, t } from '$lib/i18n/index.svelte';

/** A duration in minutes as "3 h", "55 min" or "1 h 30". */
export function durationText(totalMinutes: number): string {
	const { hours, minutes } = splitDuration(totalMinutes);
	if (hours === 0) return t('curriculum.duration.minutes', { minutes });
	if (minutes === 0) return t('curriculum.duration.hours', { hours });
	return t('curriculum.duration.hoursMinutes', {
		hours,
		minutes: String(minutes).padStart(2, '0')
	});
}

/** "Mis à jour le 29 novembre 2026" for a server `updated` date, or `''` if there is none. */
export function updatedText(updated: string): string {
	const date = parseServerDate(updated);
	return date ? t('curriculum.updatedOn', { date: formatDate(date) }) : '';
}

/** A module's modalities in words ("en présentiel, à distance"); unknown values as written. */
export function modalityText(modality: readonly string[]): string {
	return modality
		.map((m) => (m === 'presentiel' || m === 'distanciel' ? t(`curriculum.modality.${m}`) : m))
		.join(', ');
}
