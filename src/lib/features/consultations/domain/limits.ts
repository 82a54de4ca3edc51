// The limits of consultations and votes that the device checks before saving, twins of
// COMMUNITY in pocketbase/pb_hooks/lib/limits.js (tests/server/limits-parity.spec.ts compares
// them). Pure constants.

export const CONSULTATION_LIMITS = {
	titleMax: 200,
	contextMax: 10000,
	synthesisMax: 20000,
	optionsMax: 20,
	optionLabelMax: 200,
	scopes: ['national', 'region', 'departement'],
	types: ['choice', 'proposals']
} as const;

/**
 * A vote cast on a device before the closing and received after it still counts within this
 * period (48 hours); results show only once it has passed.
 */
export const VOTE_GRACE_MS = 48 * 3600 * 1000;
