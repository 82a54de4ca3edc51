// Reads the feedback results from GET /api/collab/feedback-stats (aggregates only; see
// pocketbase/pb_hooks/lib/feedback.js). Online only: results come from every device's answers.
import { getPocketBase } from '$lib/sync/pocketbase';

export interface FeedbackGroup {
	module: string;
	kind: 'avant' | 'chaud' | 'froid';
	count: number;
	anonymous: number;
	rate: number | null;
	satisfaction: { count: number; mean: number | null; distribution: number[] };
	objectives: Record<string, { count: number; mean: number }>;
	nextSteps: { text: string; name: string }[];
	comments: { text: string; name: string }[];
}

export interface SessionFeedbackStats {
	session: string;
	title: string;
	present: number;
	groups: FeedbackGroup[];
}

export interface SessionRate {
	session: string;
	title: string;
	present: number;
	answers: number;
	rate: number | null;
}

/** The results of one session; rejects with the server's French message when refused. */
export async function fetchSessionStats(session: string): Promise<SessionFeedbackStats> {
	const pb = await getPocketBase();
	return pb.send(`/api/collab/feedback-stats?session=${encodeURIComponent(session)}`, {
		method: 'GET'
	});
}

/** Response rates of the sessions the caller runs or oversees. */
export async function fetchRates(): Promise<SessionRate[]> {
	const pb = await getPocketBase();
	return (
		await pb.send<{ sessions: SessionRate[] }>('/api/collab/feedback-stats', { method: 'GET' })
	).sessions;
}
