// The convocation as an iCalendar file (RFC 5545) an élu adds to their calendar: one event per
// half-day, in the place's local time (Europe/Paris, with its time-zone rules so that every
// calendar places it right whatever the device's zone), with the place and the modules. Owns the
// text of the file; never downloads it.
import type { SessionData } from './types';

const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Paris',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

/** Escapes a text value (backslash, semicolon, comma, newline). */
function text(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (continuation lines start with a space). */
function fold(line: string): string {
	const bytes = new TextEncoder().encode(line);
	if (bytes.length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const length = new TextEncoder().encode(char).length;
		if (size + length > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += length;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const local = (date: string, time: string) =>
	`${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/**
 * The `.ics` text of a session's convocation. `moduleTitle` names a module key; `stamp` is the
 * file's creation time (ISO UTC), given so that the text is deterministic.
 */
export function convocationIcs(
	id: string,
	session: Pick<SessionData, 'title' | 'slots' | 'room' | 'commune_name'>,
	moduleTitle: (key: string) => string,
	stamp: string
): string {
	const dtstamp = stamp.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	const place = [session.room, session.commune_name].filter(Boolean).join(', ');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		"PRODID:-//Collabor'actons//Sessions//FR",
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...VTIMEZONE
	];
	for (const slot of session.slots) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${id}-${slot.key}@collabactons.fr`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART;TZID=Europe/Paris:${local(slot.date, slot.start)}`,
			`DTEND;TZID=Europe/Paris:${local(slot.date, slot.end)}`,
			`SUMMARY:${text(`Formation : ${session.title}`)}`,
			`LOCATION:${text(place)}`,
			`DESCRIPTION:${text(`Modules : ${slot.modules.map(moduleTitle).join(' ; ')}`)}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
