// The spaces of the learning network the signed-in user belongs to (from their communes or their
// territory, named from the offline commune index), with how many threads each holds on the
// device, plus any other space whose threads reached the device. Never renders.
import { watch } from '$lib/local/watch';
import { communeDirectory } from '$lib/state/communes.svelte';
import { session } from '$lib/state/session.svelte';
import { memberSpaces, type Space } from '../domain/spaces';
import { countThreads } from '../local/network';
import { defaultDeps, type NetworkDeps } from './deps';

/** Before the device's threads are counted. */
const NO_COUNTS: ReadonlyMap<string, number> = Object.freeze(new Map<string, number>());

export class NetworkSpaces {
	counts = $state.raw<ReadonlyMap<string, number>>(NO_COUNTS);
	readonly spaces: Space[] = $derived.by(() => {
		const user = session.user;
		const index = communeDirectory.index;
		if (!user) return [];
		const territoryName = (kind: 'departement' | 'region', code: string) => {
			const any = index?.communes.find(
				(c) => (kind === 'region' ? c.region : c.departement) === code
			);
			return (kind === 'region' ? any?.regionName : any?.departementName) ?? code;
		};
		const mine = memberSpaces(user, (insee) => index?.byInsee(insee), territoryName);
		const known = mine.map((s) => `${s.kind}:${s.code}`);
		// Spaces the user reads beyond their own (a région coordinator reads its départements).
		const others: Space[] = [...this.counts.keys()]
			.filter((key) => !known.includes(key))
			.map((key) => {
				const [kind, code = ''] = key.split(':') as [Space['kind'], string];
				const name = kind === 'region' || kind === 'departement' ? territoryName(kind, code) : '';
				return { kind, code, name };
			})
			.filter((s) => s.kind === 'region' || s.kind === 'departement');
		const themes = mine.filter((s) => s.kind === 'theme');
		return [...mine.filter((s) => s.kind !== 'theme'), ...others, ...themes];
	});
	#stop: (() => void) | undefined;
	#deps: NetworkDeps;

	constructor(deps: NetworkDeps = defaultDeps) {
		this.#deps = deps;
	}

	follow(): void {
		void communeDirectory.load();
		this.#deps
			.db()
			.then((db) => {
				this.#stop = watch(
					() => countThreads(db),
					(counts) => (this.counts = counts)
				);
			})
			.catch((error: unknown) => console.error('spaces unavailable', error));
	}

	count(space: Pick<Space, 'kind' | 'code'>): number {
		return this.counts.get(`${space.kind}:${space.code}`) ?? 0;
	}

	stop(): void {
		this.#stop?.();
	}
}
