// Texts of the sessions feature: the lists of sessions by role, planning a session, its
// participants and their import, attendance per half-day, the seal, and its records on the
// Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const sessions = defineMessages(
	{
		records: {
			item: '{title}',
			count:
				'{count, plural, =0 {Aucune fiche de session} one {# fiche de session} other {# fiches de session}}'
		}
	},
	{
		records: {
			item: '{title}',
			count:
				'{count, plural, =0 {No session record} one {# session record} other {# session records}}'
		}
	}
);
