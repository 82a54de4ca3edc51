// Training sessions: a facilitator plans a session offline, enrols participants (with or without
// an account, from a spreadsheet, walk-ins), collects a signature per participant and half-day,
// and seals each half-day with a countersignature (DESIGN.md § 6). This entry (state, domain) is
// what routes, components and other features (session-run, session-documents, session-transfer)
// may use; screens take its components from `components.ts`, the sync platform reads
// `platform.ts`. Everything else in this folder is internal.
//
// Layout: domain/ (types, ids, canonical form and hashes, validation, coverage — pure), local/
// (repository functions over the Dexie rows), state/ (the lists, one session with its people,
// signing and sealing), components/ (screens).
export * from './domain/types';
export { personKey, participantId, attendanceId } from './domain/ids';
export {
	canonicalAttendance,
	hashAttendance,
	validateAttendance,
	effectiveAttendance,
	minutesOf,
	type AttendanceContent,
	type AttendanceError,
	type AttendanceRow
} from './domain/attendance';
export {
	canonicalSeal,
	hashSeal,
	sealReceipt,
	slotCoverage,
	nextCovers,
	coversText,
	type SealContent,
	type Coverage,
	type SlotCoverage,
	type SlotSealState
} from './domain/seal';
export {
	validateSession,
	sessionWarnings,
	sessionCohort,
	sessionPhase,
	slotKey,
	halfOf,
	slotMinutes,
	isSessionDate,
	SESSION_VOLETS,
	type SessionError,
	type SessionWarning,
	type CommuneClass
} from './domain/session';
export {
	validateParticipant,
	cleanName,
	enrolmentFor,
	isExpected,
	type ParticipantError
} from './domain/participant';
export {
	PARTICIPANT_COLUMNS,
	IMPORT_MAX_ROWS,
	participantFromRow,
	type CommuneLookup,
	type ImportCommune,
	type ImportRefusal,
	type ImportRefusalCode
} from './domain/import';
export { convocationIcs } from './domain/ics';
export type {
	SessionRow,
	ParticipantRow,
	AttendanceStored,
	SealRow,
	SessionBundle
} from './local/sessions';
export {
	SessionDesk,
	type NewParticipant,
	type SlotLine,
	type SlotView,
	type ImportReport
} from './state/session-desk.svelte';
export {
	SessionsBoard,
	sessionsBoard,
	type BoardItem,
	type EluItem
} from './state/sessions-board.svelte';
export { SessionPlan, type SlotDraft } from './state/plan.svelte';
export {
	slotView,
	sessionSummary,
	attendedSlots,
	localToday,
	isoNow,
	isoOf,
	type SessionSummary,
	type ItemSync
} from './domain/views';
export { isSignatureDrawn, parseSignature, signatureFromStrokes } from './domain/signature';
export { trainedCounts, type ModuleCount, type SessionCount } from './domain/counts';
