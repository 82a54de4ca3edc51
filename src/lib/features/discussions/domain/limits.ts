// The limits of the learning network that the device checks before saving, twins of COMMUNITY in
// pocketbase/pb_hooks/lib/limits.js (tests/server/limits-parity.spec.ts compares them). Pure.

export const DISCUSSION_LIMITS = {
	titleMax: 200,
	bodyMax: 10000,
	mentionsMax: 10,
	reportReasons: ['spam', 'offensive', 'off_topic'],
	reportsToHide: 3,
	moderationReasonMin: 10,
	spaceKinds: ['national', 'region', 'departement', 'theme', 'practice']
} as const;
