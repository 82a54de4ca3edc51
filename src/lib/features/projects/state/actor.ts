// Who is writing, as the project history names them, and whether they may write a commune's
// project summaries. Reads the session only; never writes.
import { displayName } from '$lib/domain/users';
import type { ProjectActor } from '../local/projects';
import { session } from '$lib/state/session.svelte';

/** The signed-in user as the history names them. */
export function currentActor(): ProjectActor | undefined {
	const user = session.user;
	return user ? { id: user.id, name: displayName(user) } : undefined;
}

/** Is the signed-in user an élu of `commune` (who may write its project summaries)? */
export function isEluOf(commune: string): boolean {
	const user = session.user;
	return user?.role === 'elu' && user.communes.some((c) => c.id === commune);
}
