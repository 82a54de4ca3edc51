// The charter feature's Svelte components, for routes and other features' components. A separate
// entry from index.ts so that state importing the feature does not pull every screen into its chunk.
export { default as CharterSection } from './components/CharterSection.svelte';
export { default as CharterText } from './components/CharterText.svelte';
export { default as ProjectCharters } from './components/ProjectCharters.svelte';
export { default as ReceiptCheckForm } from './components/ReceiptCheckForm.svelte';
export { default as SignaturePad } from './components/SignaturePad.svelte';
export { default as SignatureImage } from './components/SignatureImage.svelte';
