// A report of a post: one per post and user, under a record id derived from both, so that the
// same person reporting from two devices, or a replay, is one report (the server counts distinct
// users). Pure: no storage, no network.

/** SHA-256 of the UTF-8 bytes of `text`, lower-case hex. */
async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Why someone reports a post. */
export const REPORT_REASONS = ['spam', 'offensive', 'off_topic'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The record id of `user`'s report of the post `target`. */
export async function reportId(target: string, user: string): Promise<string> {
	return (await sha256Hex(`report/${target}/${user}`)).slice(0, 15);
}
