// Public entry of the census feature (issue 14, item 1): the census state of the élu's commune,
// the needs and profiles of communes for a facilitator planning a session, and the domain rules.
export { census, communesNeeds, type CensusState } from './state/census.svelte';
export {
	CENSUS_LIMITS,
	CONSTRAINT_KINDS,
	OFFER_KINDS,
	PROFILES,
	QUESTIONS,
	censusAnswerId,
	readCommuneCensus,
	type CommuneCensus,
	type CommuneNeed,
	type Profile
} from './domain/census';
export { openCampaign, isOpen, type CensusCampaign } from './domain/campaigns';
