// The date of a territory's figures as people say it: « chiffres du 3 mars, 14 h » (the year only
// when it is not the current one), in the device's time zone unless one is given. Pure.

/**
 * `3 mars, 14 h` / `3 mars 2026, 14 h 05` (fr) or `3 March, 14:05` (en).
 * @param at the figures' time (ms) @param now the current time (ms) @param timeZone IANA zone
 */
export function figuresDate(
	at: number,
	now: number,
	locale: 'fr' | 'en' = 'fr',
	timeZone?: string
): string {
	const parts = (ms: number) =>
		Object.fromEntries(
			new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				timeZone
			})
				.formatToParts(new Date(ms))
				.map((p) => [p.type, p.value])
		) as Record<string, string>;
	const p = parts(at);
	const sameYear = p.year === parts(now).year;
	const day = `${p.day} ${p.month}${sameYear ? '' : ` ${p.year}`}`;
	if (locale === 'en') return `${day}, ${p.hour}:${p.minute}`;
	const hour = String(Number(p.hour));
	return `${day}, ${hour} h${p.minute === '00' ? '' : ` ${p.minute}`}`;
}
