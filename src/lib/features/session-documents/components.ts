// The session documents' Svelte components, for the sessions screens and "Mes sessions": the
// attendance sheet of a half-day and a participant's certificate, as PDF downloads.
export { default as AttendanceSheetButton } from './components/AttendanceSheetButton.svelte';
export { default as CertificateButton } from './components/CertificateButton.svelte';
export { default as ClaimQr } from './components/ClaimQr.svelte';
