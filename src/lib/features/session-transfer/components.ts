// The session transfer's Svelte components, for the sessions screens: send a half-day's records
// as a QR sequence, and receive one with the camera (merged like a `.collabactons` file).
export { default as QrSequenceShow } from './components/QrSequenceShow.svelte';
export { default as QrSequenceScan } from './components/QrSequenceScan.svelte';
export { default as HalfDayTransfer } from './components/HalfDayTransfer.svelte';
