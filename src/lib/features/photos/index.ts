// Photos of the project log: picked on the tablet, resized there (1600 px, ~300 KB, no EXIF),
// saved in IndexedDB before the entry that shows them, sent by a resumable upload after each
// sync cycle (from the page or the service worker), downloaded by other devices when first shown,
// carried in .collabactons files. This entry is what routes, components and other features' state
// may use; the sync platform and the service worker read `platform.ts`. The rest is internal.
//
// Layout: domain/ (limits, format sniffing — pure), media/ (resizing in the browser), local/ (the
// photo queue in Dexie), sync/ (uploader, files), state/ (queue and selection), components/.
export { default as LogPhoto } from './components/LogPhoto.svelte';
export { default as PhotoPicker } from './components/PhotoPicker.svelte';
export { default as PhotoQueueCard } from './components/PhotoQueueCard.svelte';
export { default as PhotoSettings } from './components/PhotoSettings.svelte';
export { savePhotos } from './local/photos';
export type { PreparedPhoto } from './media/resize';
export { PhotoSelection } from './state/photo-selection.svelte';
export { photoQueue, ProjectPhotos } from './state/photos.svelte';
