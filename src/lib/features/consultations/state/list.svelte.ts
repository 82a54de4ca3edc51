// The consultations on this device, for the list screen: open ones first. Read-only.
import { watch } from '$lib/local/watch';
import type { Consultation } from '../domain/consultation';
import { loadConsultations } from '../local/consultations';
import { defaultDeps, type ConsultationDeps } from './deps';

export class ConsultationList {
	items = $state.raw<Consultation[]>([]);
	loaded = $state(false);
	#stop: (() => void) | undefined;
	#deps: ConsultationDeps;

	constructor(deps: ConsultationDeps = defaultDeps) {
		this.#deps = deps;
	}

	follow(): void {
		this.#deps
			.db()
			.then((db) => {
				this.#stop = watch(
					() => loadConsultations(db, this.#deps.now()),
					(items) => {
						this.items = items;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('consultations unavailable', error));
	}

	stop(): void {
		this.#stop?.();
	}
}
