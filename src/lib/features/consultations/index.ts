// Concertations: consultations opened by the national team or a coordinator for a scope
// (national, région, département) — a question with options or open proposals — that élus read,
// comment and vote on offline. Each élu's vote is one record whose id derives from the
// consultation and the élu, so it counts once however often it is replayed; the server decides
// whether it counts (before the closing, or cast before it and received within the grace
// period); results stay hidden until the grace period ends, then show counts, participation per
// territory, the synthesis and a CSV export. This entry (state, domain) is what routes and
// components may use; screens take the components from `components.ts`.
//
// Layout: domain/ (consultation, phase, results CSV, vote id, limits — pure), local/ (rows, the
// élu's vote and its standing), sync/ (the results route), state/ (list, one consultation),
// components/.
export {
	phaseOf,
	consultationOf,
	resultsCsv,
	type Consultation,
	type ConsultationPhase,
	type ConsultationResults
} from './domain/consultation';
export { CONSULTATION_LIMITS, VOTE_GRACE_MS } from './domain/limits';
export { voteId } from './domain/vote';
export { ConsultationList } from './state/list.svelte';
export { ConsultationView } from './state/view.svelte';
export { ConsultationComposer, organiserScope } from './state/composer.svelte';
export type { ConsultationDraft } from './domain/draft';
