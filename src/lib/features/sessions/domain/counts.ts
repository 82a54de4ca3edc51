// The programme's figure from sessions (DESIGN.md § 6, "Counting"): élus trained per volet and
// module, from sealed attendance only — a participant counts for a module when a sealed row says
// present in a half-day that teaches it. Participants without an account count apart
// ("participants sans compte"). Pure; never reads storage or the network.
import { effectiveAttendance, type AttendanceRow } from './attendance';
import { slotCoverage } from './seal';
import type { ParticipantData, SealData, SessionData } from './types';

type Session = SessionData & { id: string };
type Participant = ParticipantData & { id: string };
type Seal = SealData & { id: string };

/** One module's line. */
export interface ModuleCount {
	volet: string;
	module: string;
	/** Distinct élus with an account trained in the module. */
	withAccount: number;
	/** Participants without an account (not yet claimed), counted apart. */
	withoutAccount: number;
}

/** One session's line for a coordinator. */
export interface SessionCount {
	session: Session;
	enrolled: number;
	/** Participants present in at least one sealed half-day. */
	trained: number;
	sealedSlots: number;
}

/**
 * Counts per module and per session from what the caller may read. A person with an account is
 * counted once per module even if trained in two sessions.
 */
export function trainedCounts(
	sessions: readonly Session[],
	participants: readonly Participant[],
	attendances: readonly AttendanceRow[],
	seals: readonly Seal[]
): { modules: ModuleCount[]; sessions: SessionCount[] } {
	const people = new Map(participants.map((p) => [p.id, p]));
	const byModule = new Map<string, { volet: string; users: Set<string>; anonymous: Set<string> }>();
	const perSession: SessionCount[] = [];
	for (const session of sessions) {
		const trained = new Set<string>();
		let sealedSlots = 0;
		for (const slot of session.slots) {
			const rows = attendances.filter((r) => r.session === session.id && r.slot === slot.key);
			const slotSeals = seals.filter((s) => s.session === session.id && s.slot === slot.key);
			if (slotSeals.length) sealedSlots++;
			for (const row of effectiveAttendance(rows).values()) {
				if (row.status !== 'present') continue;
				if (slotCoverage([row], slotSeals).state !== 'sealed') continue;
				trained.add(row.participant);
				const person = people.get(row.participant);
				for (const module of slot.modules) {
					const key = `${session.volet}/${module}`;
					const cell = byModule.get(key) ?? {
						volet: session.volet,
						users: new Set<string>(),
						anonymous: new Set<string>()
					};
					if (person?.user) cell.users.add(person.user);
					else cell.anonymous.add(row.participant);
					byModule.set(key, cell);
				}
			}
		}
		perSession.push({
			session,
			enrolled: participants.filter((p) => p.session === session.id && p.enrolment === 'inscrit')
				.length,
			trained: trained.size,
			sealedSlots
		});
	}
	const modules = [...byModule.entries()]
		.map(([key, cell]) => ({
			volet: cell.volet,
			module: key.slice(cell.volet.length + 1),
			withAccount: cell.users.size,
			withoutAccount: cell.anonymous.size
		}))
		.sort((a, b) => (a.volet + a.module).localeCompare(b.volet + b.module));
	return { modules, sessions: perSession };
}
