// The learning network: spaces per département, région, the whole country and each impact theme
// (and questions to the commune behind a good practice), threads and replies written offline,
// mentions of communes, in-app notifications with read state, reports (once per person; 3 hide
// a post) and the moderators' queue. Each thread, reply, report and notification read state is
// a synced record. This entry (state, domain) is what routes and components may use; screens
// take the components from `components.ts`, the platform reads `platform.ts`.
//
// Layout: domain/ (spaces, posts, plain text with links, limits, report ids — pure), local/ (rows
// and their standing), sync/ (the moderation routes), state/ (a space, a thread, notifications,
// the spaces, moderation), components/.
export { linkify, type TextSegment } from './domain/text';
export {
	parseSpaceSlug,
	spaceSlug,
	memberSpaces,
	type Space,
	type SpaceKind
} from './domain/spaces';
export type { Post, Reply, Notice } from './domain/posts';
export { REPORT_REASONS, type ReportReason } from './domain/report';
export { DISCUSSION_LIMITS } from './domain/limits';
export type { Standing } from '$lib/local/standing';
export { SpaceThreads } from './state/threads.svelte';
export { ThreadView } from './state/thread.svelte';
export { Comments } from './state/comments.svelte';
export { Notices } from './state/notices.svelte';
export { NetworkSpaces } from './state/spaces.svelte';
export { ModerationQueue } from './state/moderation.svelte';
export type { ModerationItem } from './sync/moderation';
