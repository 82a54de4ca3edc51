// A report of a post: one per post and user, under a record id derived from both, so that the
// same person reporting from two devices, or a replay, is one report (the server counts distinct
// users). Pure: no storage, no network.
import { derivedId } from '$lib/domain/canonical';

/** Why someone reports a post. */
export const REPORT_REASONS = ['spam', 'offensive', 'off_topic'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The record id of `user`'s report of the post `target`. */
export function reportId(target: string, user: string): Promise<string> {
	return derivedId(`report/${target}/${user}`);
}
