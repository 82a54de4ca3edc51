// The needs census of the signed-in élu's commune for the screens: the campaign open now (from
// the server when online, else the one stored), the commune's answers on this device, where each
// answer stands (on this device / sent / refused with the reason), and saving an answer offline.
// Talks to local/answers and sync/campaigns; never renders, never sends an answer itself (the
// sync engine does).
import { getPocketBase } from '$lib/sync/pocketbase';
import { watch } from '$lib/local/watch';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { isOpen, openCampaign, type CensusCampaign } from '../domain/campaigns';
import {
	censusAnswerId,
	readCommuneCensus,
	type CensusAnswer,
	type CensusAnswerData,
	type CommuneCensus
} from '../domain/census';
import {
	loadAnswerStates,
	loadCampaigns,
	loadCensusAnswers,
	loadCommunesNeeds,
	saveCensusAnswer,
	storeCampaigns,
	type AnswerState
} from '../local/answers';
import { fetchCampaigns } from '../sync/campaigns';

export type { AnswerState } from '../local/answers';

export class CensusState {
	campaigns = $state.raw<CensusCampaign[]>([]);
	answers = $state.raw<CensusAnswerData[]>([]);
	states = $state.raw<ReadonlyMap<string, AnswerState> | null>(null);
	loaded = $state(false);
	/** The message key of the last failed save, if any. */
	error = $state<string | null>(null);

	/** The élu's commune (the first one of the account). */
	readonly commune = $derived(session.user?.communes[0] ?? null);
	/** The campaign to answer: the one open now, else the latest one (read-only). */
	readonly campaign = $derived(openCampaign(this.campaigns) ?? this.campaigns[0] ?? null);
	readonly open = $derived(this.campaign !== null && isOpen(this.campaign));
	/** Whether the signed-in user may answer (an élu of the commune). */
	readonly canAnswer = $derived(session.user?.role === 'elu' && this.commune !== null);
	readonly census = $derived(
		readCommuneCensus(this.commune?.id ?? '', this.campaign?.key ?? '', this.answers)
	);

	#stop: (() => void) | undefined;

	/** Starts following the commune's answers and refreshes the campaigns (idempotent). */
	follow(): void {
		if (this.#stop) return;
		this.#stop = () => {};
		syncState
			.ready()
			.then(async (store) => {
				this.campaigns = await loadCampaigns(store.db);
				const communes = session.user?.communes.map((c) => c.id) ?? [];
				this.#stop = watch(
					async () => {
						const answers = await loadCensusAnswers(store.db, communes);
						const ids = answers.map((a) => censusAnswerId(a.campaign, a.commune, a.question));
						return { answers, states: await loadAnswerStates(store.db, ids) };
					},
					({ answers, states }) => {
						this.answers = answers;
						this.states = states;
						this.loaded = true;
					}
				);
				const fresh = await fetchCampaigns(await getPocketBase());
				if (fresh) {
					await storeCampaigns(store.db, fresh);
					this.campaigns = fresh;
				}
			})
			.catch((error: unknown) => console.error('census unavailable', error));
	}

	/** The stored answer to `question` in the current campaign, if any. */
	answerOf(question: string): CensusAnswer | undefined {
		const commune = this.commune?.id;
		const campaign = this.campaign?.key;
		return this.answers.find(
			(a) => a.commune === commune && a.campaign === campaign && a.question === question
		)?.answer;
	}

	/** Where the answer to `question` stands, if there is one. */
	stateOf(question: string): AnswerState | undefined {
		if (!this.commune || !this.campaign) return undefined;
		return this.states?.get(censusAnswerId(this.campaign.key, this.commune.id, question));
	}

	/** Saves an answer on this device (the sync engine sends it); false with `error` set if not. */
	async answer(question: string, answer: CensusAnswer): Promise<boolean> {
		this.error = null;
		if (!this.commune || !this.campaign || !this.canAnswer) {
			this.error = 'census.invalid.commune';
			return false;
		}
		if (!this.open) {
			this.error = 'census.invalid.closed';
			return false;
		}
		try {
			const store = await syncState.ready();
			await saveCensusAnswer(store.db, {
				campaign: this.campaign.key,
				commune: this.commune.id,
				question,
				answer
			});
			syncState.noteLocalWrite();
			return true;
		} catch (error) {
			const message = error instanceof Error ? error.message : '';
			this.error = message.startsWith('census.invalid.') ? message : 'census.saveError';
			if (!message.startsWith('census.invalid.')) console.error('census answer not saved', error);
			return false;
		}
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}

/** The page's one census. */
export const census = new CensusState();

/**
 * The needs and profiles of `communes` as this device holds them (the latest campaign each has
 * answers for), for a facilitator planning a session or a coordinator: only communes whose
 * answers this user may read ever reach the device.
 */
export async function communesNeeds(communes: readonly string[]): Promise<CommuneCensus[]> {
	return loadCommunesNeeds((await syncState.ready()).db, communes);
}
