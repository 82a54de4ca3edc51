// Every feature's catalogue, by namespace. Add a feature here after creating its file.
// `eager` catalogues ship with the first route (the shell, sign-in, sync indicator and banners
// use them on every screen); `lazy` ones are loaded by the routes that need them (their
// `+layout.ts`/`+page.ts` call `loadMessages`), so the first visit does not pay for the texts of
// every feature. Both are precached by the service worker: a lazy catalogue loads offline too.
import { auth } from './auth';
import { common } from './common';
import { settings } from './settings';
import { shell } from './shell';
import { spaces } from './spaces';
import { sync } from './sync';

export const eager = { common, auth, settings, shell, spaces, sync } as const;

export const lazy = {
	accounts: () => import('$lib/features/accounts/messages').then((m) => m.accounts),
	charters: () => import('$lib/features/charters/messages').then((m) => m.charters),
	curriculum: () => import('./curriculum').then((m) => m.curriculum),
	communes: () => import('./communes').then((m) => m.communes),
	csv: () => import('./csv').then((m) => m.csv),
	followup: () => import('$lib/features/followup/messages').then((m) => m.followup),
	framing: () => import('$lib/features/projects/messages').then((m) => m.framing),
	home: () => import('$lib/features/projects/messages').then((m) => m.home),
	photos: () => import('$lib/features/photos/messages').then((m) => m.photos),
	privacy: () => import('./privacy').then((m) => m.privacy),
	progress: () => import('./progress').then((m) => m.progress),
	projects: () => import('$lib/features/projects/messages').then((m) => m.projects),
	publication: () => import('$lib/features/projects/messages').then((m) => m.publication),
	quizzes: () => import('$lib/features/quizzes/messages').then((m) => m.quizzes),
	resources: () => import('./resources').then((m) => m.resources),
	census: () => import('$lib/features/census/messages').then((m) => m.census),
	library: () => import('$lib/features/library/messages').then((m) => m.library),
	discussions: () => import('$lib/features/discussions/messages').then((m) => m.discussions),
	consultations: () => import('$lib/features/consultations/messages').then((m) => m.consultations),
	sessions: () => import('$lib/features/sessions/messages').then((m) => m.sessions),
	boards: () => import('$lib/features/boards/messages').then((m) => m.boards),
	sessionRun: () => import('$lib/features/session-run/messages').then((m) => m.sessionRun)
} as const;

/** Every catalogue's type, eager or lazy (for message keys). */
export type Catalogues = typeof eager & {
	[N in keyof typeof lazy]: Awaited<ReturnType<(typeof lazy)[N]>>;
};
export type Namespace = keyof Catalogues & string;
export type LazyNamespace = keyof typeof lazy & string;
