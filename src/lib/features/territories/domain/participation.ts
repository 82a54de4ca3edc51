// What the dashboard says about participation (pure): needs and profiles from the census, votes
// in consultations, feedback scores, from a territory's figures (metrics `needs.*`,
// `consultations.*`, `feedback.*` of the server's refresh, already masked by the server when
// too few communes or answers would give one away). No network, no storage, no Svelte.
import { breakdown, figure, type Figures } from './summary';

export interface Participation {
	/** Communes that answered the latest census campaign. */
	censusCommunes: number;
	/** Profiles A, B, C in that order; null when the server hid them (fewer than 3 communes). */
	profiles: [string, number][] | null;
	/** Needs by impact theme (communes that gave it a priority), largest first. */
	needs: [string, number][];
	votes: number;
	votingCommunes: number;
	/** Mean satisfaction out of 5 (one decimal), null when hidden or without answers. */
	satisfaction: number | null;
	/** Scores given "à chaud". */
	scored: number;
	/** Replies "à chaud" over those expected (0–1, two decimals), null when none expected. */
	responseRate: number | null;
}

/** Reads the participation figures of a territory. */
export function participation(figures: Figures): Participation {
	const censusCommunes = figure(figures, 'needs.communes');
	const shown = breakdown(figures, 'needs.profile');
	const profiles =
		shown.length > 0
			? ['A', 'B', 'C'].map((p): [string, number] => [p, figure(figures, `needs.profile.${p}`)])
			: null;
	const scored = figure(figures, 'feedback.answers');
	const sum = figures['feedback.satisfaction_sum'];
	const expected = figure(figures, 'feedback.expected');
	return {
		censusCommunes,
		profiles,
		needs: breakdown(figures, 'needs.theme'),
		votes: figure(figures, 'consultations.votes'),
		votingCommunes: figure(figures, 'consultations.communes'),
		satisfaction: sum !== undefined && scored > 0 ? Math.round((10 * sum) / scored) / 10 : null,
		scored,
		responseRate:
			expected > 0
				? Math.round((100 * Math.min(expected, figure(figures, 'feedback.replies'))) / expected) /
					100
				: null
	};
}
