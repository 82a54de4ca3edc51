// One consultation on screen: its text, phase (open, grace, results) by this device's clock, the
// élu's vote (chosen answers, saved on the device first, changeable until the closing, with
// where it stands), proposals (written offline), results fetched once the server shows them,
// and their CSV export. Never counts votes (the server does), never renders.
import { csvFileName } from '$lib/domain/csv';
import { t } from '$lib/i18n/index.svelte';
import { watch } from '$lib/local/watch';
import {
	phaseOf,
	resultsCsv,
	type Consultation,
	type ConsultationPhase
} from '../domain/consultation';
import { CONSULTATION_LIMITS } from '../domain/limits';
import { choicesProblem, voteId } from '../domain/vote';
import {
	loadConsultation,
	saveProposal,
	saveSynthesis,
	saveVote,
	type StoredProposal,
	type StoredVote
} from '../local/consultations';
import type { ResultsAnswer } from '../sync/results';
import { defaultDeps, type ConsultationDeps } from './deps';

export class ConsultationView {
	consultation = $state.raw<Consultation | null>(null);
	proposals = $state.raw<StoredProposal[]>([]);
	vote = $state.raw<StoredVote | null>(null);
	loaded = $state(false);
	/** The answers ticked on screen (option keys or proposal ids). */
	selected = $state<string[]>([]);
	/** True while the élu changes a vote already saved. */
	changing = $state(false);
	error = $state('');
	saving = $state(false);
	now = $state(Date.now());
	results = $state.raw<ResultsAnswer | null>(null);
	loadingResults = $state(false);
	/** The organiser's synthesis being written. */
	synthesisText = $state('');
	synthesisSaved = $state(false);
	proposalTitle = $state('');
	proposalBody = $state('');
	proposalError = $state('');
	readonly phase: ConsultationPhase | null = $derived(
		this.consultation ? phaseOf(this.consultation, this.now) : null
	);
	#stops: (() => void)[] = [];
	#deps: ConsultationDeps;

	constructor(
		readonly id: string,
		deps: ConsultationDeps = defaultDeps
	) {
		this.#deps = deps;
		this.now = deps.now();
	}

	follow(): void {
		const tick = setInterval(() => (this.now = this.#deps.now()), 30_000);
		this.#stops.push(() => clearInterval(tick));
		Promise.all([this.#deps.db(), voteId(this.id, this.#deps.user().id)])
			.then(([db, vote]) => {
				this.#stops.push(
					watch(
						() => loadConsultation(db, this.id, vote),
						(found) => {
							this.consultation = found?.consultation ?? null;
							this.proposals = found?.proposals ?? [];
							this.vote = found?.vote ?? null;
							if (!this.synthesisText && found) this.synthesisText = found.consultation.synthesis;
							if (!this.changing && found?.vote) this.selected = [...found.vote.choices];
							this.loaded = true;
						}
					)
				);
			})
			.catch((error: unknown) => console.error('consultation unavailable', error));
	}

	/** Only élus vote, and only while it is open (by this device's clock). */
	get canVote(): boolean {
		return this.#deps.user().role === 'elu' && this.phase === 'open';
	}

	/** The signed-in user opened this consultation (a row only on this device is theirs too). */
	get isOrganiser(): boolean {
		const c = this.consultation;
		return !!c && (c.author === '' || c.author === this.#deps.user().id);
	}

	/** Publishes the organiser's synthesis (once results show); saved on the device first. */
	async publishSynthesis(): Promise<boolean> {
		const c = this.consultation;
		if (!c || !this.isOrganiser || this.phase !== 'results') return false;
		await saveSynthesis(await this.#deps.db(), c.id, this.synthesisText.trim());
		this.synthesisSaved = true;
		this.#deps.onSaved();
		return true;
	}

	/** The answers a vote may carry here. */
	get allowed(): string[] {
		const c = this.consultation;
		if (!c) return [];
		return c.kind === 'choice'
			? c.options.map((o) => o.key)
			: this.proposals.filter((p) => !p.hidden).map((p) => p.id);
	}

	/** Ticks or unticks an answer (a single-choice question keeps one). */
	toggle(key: string): void {
		const multiple = this.consultation?.kind === 'proposals' || this.consultation?.multiple;
		if (this.selected.includes(key)) this.selected = this.selected.filter((k) => k !== key);
		else this.selected = multiple ? [...this.selected, key] : [key];
	}

	/** Saves the vote on this device (a change replaces it); false when refused (see `error`). */
	async cast(): Promise<boolean> {
		const c = this.consultation;
		if (!c || !this.canVote) return false;
		this.error = choicesProblem(this.selected, this.allowed, c.kind === 'proposals' || c.multiple);
		if (this.error) return false;
		this.saving = true;
		try {
			const user = this.#deps.user().id;
			await saveVote(await this.#deps.db(), user, c.id, this.selected, this.#deps.now());
			this.changing = false;
			this.#deps.onSaved();
			return true;
		} catch (error) {
			console.error('vote not saved', error);
			this.error = t('consultations.vote.error');
			return false;
		} finally {
			this.saving = false;
		}
	}

	/** Saves a proposal on this device; false when refused (see `proposalError`). */
	async propose(): Promise<boolean> {
		const c = this.consultation;
		if (!c || c.kind !== 'proposals' || !this.canVote) return false;
		const title = this.proposalTitle.trim();
		this.proposalError =
			title === ''
				? t('discussions.form.empty')
				: title.length > CONSULTATION_LIMITS.titleMax || this.proposalBody.length > 10000
					? t('discussions.form.long', {
							length: Math.max(title.length, this.proposalBody.length),
							max:
								title.length > CONSULTATION_LIMITS.titleMax ? CONSULTATION_LIMITS.titleMax : 10000
						})
					: '';
		if (this.proposalError) return false;
		await saveProposal(await this.#deps.db(), c.id, title, this.proposalBody);
		this.proposalTitle = '';
		this.proposalBody = '';
		this.#deps.onSaved();
		return true;
	}

	/** Asks the server for the results (hidden until the grace period has passed). */
	async loadResults(): Promise<void> {
		if (this.loadingResults) return;
		this.loadingResults = true;
		try {
			this.results = await this.#deps.results(this.id);
		} finally {
			this.loadingResults = false;
		}
	}

	/** The results as a CSV file, once shown. */
	csvFile(): File | null {
		if (this.results?.status !== 'shown') return null;
		const bytes = resultsCsv(this.results.results);
		// A throwaway Date for the file name, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const day = new Date(this.now);
		return new File([bytes as BlobPart], csvFileName(t('consultations.results.file'), day), {
			type: 'text/csv;charset=utf-8'
		});
	}

	stop(): void {
		for (const stop of this.#stops) stop();
		this.#stops = [];
	}
}
