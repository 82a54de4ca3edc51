// Correcting one's own commune's rural/urban class: what the server says now, and saving a
// correction. Only offered to the élus of that commune (the server enforces it too).
import type { Commune, CommuneClass } from '$lib/domain/communes/types';
import type { MessageKey } from '$lib/i18n/index.svelte';
import { correctCommuneClass, fetchCommuneClass } from '$lib/sync/communes';

/** Shortest reason the server keeps with a correction (the form asks for at least this). */
export { CORRECTION_REASON_MIN } from '$lib/sync/communes';
import { getPocketBase } from '$lib/sync/pocketbase';
import { session } from './session.svelte';

/** The server client the correction talks to (tests pass their own). */
export interface CommuneClassDeps {
	client: typeof getPocketBase;
}

export class CommuneClassCorrection {
	/** The class the server holds, once read (may differ from the one derived from population). */
	serverClass = $state<CommuneClass | null>(null);
	corrected = $state(false);
	saving = $state(false);
	message = $state<{ kind: 'success' | 'danger'; key: MessageKey } | null>(null);
	#recordId: string | null = null;
	readonly #deps: CommuneClassDeps;

	constructor(deps: CommuneClassDeps = { client: getPocketBase }) {
		this.#deps = deps;
	}

	/** True when the signed-in user is an élu of `commune`. */
	static canCorrect(commune: Commune): boolean {
		return !!session.user?.communes.some((c) => c.insee === commune.insee);
	}

	/** Reads the server's current class (silently does nothing offline). */
	async load(commune: Commune): Promise<void> {
		const record = await fetchCommuneClass(await this.#deps.client(), commune.insee);
		if (!record) return;
		this.#recordId = record.id;
		this.serverClass = record.class;
		this.corrected = record.corrected;
	}

	/** Saves `value` as the commune's class, with the élu's `reason` (kept by the server). */
	async save(commune: Commune, value: CommuneClass, reason: string): Promise<void> {
		this.saving = true;
		this.message = null;
		if (!this.#recordId) await this.load(commune);
		const failure = this.#recordId
			? await correctCommuneClass(await this.#deps.client(), this.#recordId, value, reason)
			: 'offline';
		this.saving = false;
		if (failure) {
			this.message = { kind: 'danger', key: `communes.correction.errors.${failure}` };
			return;
		}
		this.serverClass = value;
		this.corrected = true;
		this.message = { kind: 'success', key: 'communes.correction.saved' };
	}
}
