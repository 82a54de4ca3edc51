// What the platform needs from the library feature: the compact form in which the curriculum
// pull stores a published commune project (src/lib/sync/curriculum.ts), so that the device keeps
// practice summaries within the library's budget. No record collection of its own: good
// practices are curriculum content, pulled by `updated` into the shared content database.
// Service-worker safe: no Svelte, no state, no components.
export { compactSummary, SUMMARY_BUDGET_BYTES } from './domain/summary';
