// Session documents: the feuille d'émargement of each half-day and each participant's
// attestation de présence, built from the sessions feature's rows and drawn with pdf-lib on
// demand. This entry gives the documents' data (for other screens and tests); the buttons that
// download the PDFs are in components.ts.
export type {
	AttendanceSheet,
	Certificate,
	CertificateSlot,
	SheetLine,
	SheetSeal
} from './domain/model';
export { minutesAttended, hoursText } from './domain/model';
export {
	attendanceSheet,
	certificate,
	type SessionData,
	type ModuleTitle
} from './state/documents';
export { sheetFor, certificateFor } from './state/titles';
