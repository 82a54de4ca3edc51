// Loads CommonJS modules of pocketbase/pb_hooks in Node, as goja does on the server: with
// `__hooks` set to the hooks folder (their `require(`${__hooks}/…`)` paths) and Node's own
// `require` (pocketbase/package.json marks them CommonJS). For tests that compare the server's
// constants and registry with the app's TypeScript; only modules that use no PocketBase global
// at load time can be loaded (lib/limits.js, lib/charters.js, lib/sync/scope.js,
// lib/sync/collections/index.js).
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const HOOKS = join(process.cwd(), 'pocketbase', 'pb_hooks');

/** The exports of `pocketbase/pb_hooks/<path>`, typed by the caller. */
export function requireHook<T>(path: string): T {
	(globalThis as { __hooks?: string }).__hooks = HOOKS;
	return createRequire(import.meta.url)(join(HOOKS, path)) as T;
}
