// The project feature: an élu frames a local project (module es-4), then keeps its canvas, log,
// milestones, indicators and budget in a Yjs document on the tablet (offline first), publishes a
// summary, and sees where the commitment stands on the home page. This entry (state, domain) is
// what routes, components and other features' state may use; screens take its components from
// `components.ts`, the sync platform reads `platform.ts`. Everything else in this folder is internal.
//
// Layout: domain/ (types, canvas rules, framing, milestones, text diff, validation — pure),
// local/ (the project document, its lists, summaries, framing drafts), sync/ (publishing a
// project), state/ (list, editor, framing, publication, the home card's commitment),
// components/ (the project page, the framing form, the home card), i18n/ (catalogues).
export { FRAMING_ACTIVITY, FRAMING_MODULE } from './domain/framing';
export { isProjectStatus, type ProjectLogEntry, type ProjectPhotoRef } from './domain/types';
export { MAX_PHOTOS_PER_ENTRY } from './domain/validation';
export { ProjectEditor, type SaveStatus } from './state/projects.svelte';
export { ProjectList, type ProjectDeps } from './state/project-list.svelte';
export { ProjectPublication, canPublish } from './state/publication.svelte';
// For the charters feature's state: linking a signed charter to a project, reading the links,
// and the framing draft that names the project an élu chose.
export { loadFraming } from './local/framings';
export {
	linkProjectCharter,
	loadProjectSummaries,
	readProject,
	readProjectCharters,
	type ProjectCharterLink
} from './local/projects';
// For the follow-up feature: a project's start and log, read from its document, in local days.
export { localDay } from './domain/milestones';
