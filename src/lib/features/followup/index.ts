// The one-year follow-up of a commune's project: check-ins 30, 90 and 365 days after it was
// framed (the curriculum resource `suivi-un-an`), computed on the device, and a reminder on the
// élu's home page until the log has an entry since the due day. Domain (pure calendar days) and
// state here; the card in `components.ts`. No synced records: the log is the answer.
export { addDays, dueCheckIn, isCalendarDay, type DueCheckIn } from './domain/due';
export { FOLLOWUP_RESOURCE, FollowupReminder } from './state/reminder.svelte';
