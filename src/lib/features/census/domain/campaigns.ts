// Which census campaign is open: the national team opens one a year (`needs_campaigns`); the
// screens offer the latest one open, else show the latest closed one read-only. Pure.

/** A census campaign (dates in ISO 8601, `closes_at` '' while it stays open). */
export interface CensusCampaign {
	key: string;
	title: string;
	opens_at: string;
	closes_at: string;
}

/** True when `campaign` takes answers at `now`. */
export function isOpen(campaign: CensusCampaign, now: Date = new Date()): boolean {
	const time = now.getTime();
	return (
		Date.parse(campaign.opens_at) <= time &&
		(campaign.closes_at === '' || Date.parse(campaign.closes_at) > time)
	);
}

/** The campaign open at `now` (the latest opened), or null. */
export function openCampaign(
	campaigns: readonly CensusCampaign[],
	now: Date = new Date()
): CensusCampaign | null {
	const sorted = [...campaigns].sort((a, b) => b.opens_at.localeCompare(a.opens_at));
	return sorted.find((campaign) => isOpen(campaign, now)) ?? null;
}
