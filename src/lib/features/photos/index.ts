// Photos of the project log: picked on the tablet, resized there (1600 px, ~300 KB, no EXIF),
// saved in IndexedDB before the entry that shows them, sent by a resumable upload after each
// sync cycle (from the page or the service worker), downloaded by other devices when first shown,
// carried in .collabactons files. This entry (state, domain) is what routes, components and other
// features' state may use; screens take its components from `components.ts`, the sync platform
// and the service worker read `platform.ts`. The rest is internal.
//
// Layout: domain/ (limits, format sniffing — pure), media/ (resizing in the browser), local/ (the
// photo queue in Dexie), sync/ (uploader, files), state/ (queue and selection), components/.
export { savePhotos } from './local/photos';
export type { PreparedPhoto } from './media/resize';
export { PhotoSelection } from './state/photo-selection.svelte';
export { photoQueue, ProjectPhotos, type PhotoQueue } from './state/photos.svelte';
