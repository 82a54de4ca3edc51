// The learning network's Svelte components, for routes and other screens. Apart from index.ts so
// that state importing the feature does not pull its screens into its chunk.
export { default as SpaceList } from './components/SpaceList.svelte';
export { default as SpaceName } from './components/SpaceName.svelte';
export { default as ThreadList } from './components/ThreadList.svelte';
export { default as ThreadForm } from './components/ThreadForm.svelte';
export { default as ThreadPage } from './components/ThreadPage.svelte';
export { default as CommentsSection } from './components/CommentsSection.svelte';
export { default as NoticeList } from './components/NoticeList.svelte';
export { default as ModerationList } from './components/ModerationList.svelte';
export { default as PlainText } from './components/PlainText.svelte';
export { default as StandingNote } from './components/StandingNote.svelte';
export { default as PostMeta } from './components/PostMeta.svelte';
export { default as ReportButton } from './components/ReportButton.svelte';
