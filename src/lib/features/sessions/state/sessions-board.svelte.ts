// Every session on this device, as the "Sessions" screen lists them for the signed-in user: a
// facilitator's own sessions by phase (à venir, en cours, passées) and those with rows still to
// send (à synchroniser), each with its counts and sync state; an élu's sessions (enrolment,
// half-days attended and sealed, certificate) and the upcoming sessions of their département they
// may ask to join. Pages talk to this, never to Dexie. Writes only an élu's own request to join.
import { watch } from '$lib/local/watch';
import { session as signedIn } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { participantId } from '../domain/ids';
import { sessionPhase } from '../domain/session';
import {
	attendedSlots,
	isoNow,
	localToday,
	sessionSummary,
	type SessionSummary
} from '../domain/views';
import type { ParticipantMandate } from '../domain/types';
import {
	loadAllAttendances,
	loadAllParticipants,
	loadAllSeals,
	loadSessions,
	outboxStates,
	saveParticipant,
	type AttendanceStored,
	type ParticipantRow,
	type SealRow,
	type SessionRow
} from '../local/sessions';

export type BoardItem = SessionSummary<SessionRow>;

/** One session in an élu's own list. */
export interface EluItem {
	session: SessionRow;
	phase: BoardItem['phase'];
	firstDate: string;
	participant: ParticipantRow;
	/** Half-days where their sealed row says present. */
	attended: string[];
	/** True when at least one sealed half-day says present: the certificate can be produced. */
	certificate: boolean;
}

interface Snapshot {
	sessions: SessionRow[];
	participants: ParticipantRow[];
	attendances: AttendanceStored[];
	seals: SealRow[];
	unsent: Set<string>;
	refused: Map<string, string>;
}

export class SessionsBoard {
	data = $state.raw<Snapshot | null>(null);
	today = $state(localToday());
	#stop: (() => void) | undefined;

	/** Starts following every session row of the signed-in user's store (idempotent). */
	follow(): void {
		if (this.#stop) return;
		this.#stop = () => {};
		syncState
			.ready()
			.then((store) => {
				this.#stop = watch(
					async () => {
						const [sessions, participants, attendances, seals] = await Promise.all([
							loadSessions(store.db),
							loadAllParticipants(store.db),
							loadAllAttendances(store.db),
							loadAllSeals(store.db)
						]);
						const rows = [...sessions, ...participants, ...attendances, ...seals];
						const states = await outboxStates(
							store.db,
							rows.map((row) => row.id)
						);
						return { sessions, participants, attendances, seals, ...states };
					},
					(snapshot) => {
						this.data = snapshot;
						this.today = localToday();
					}
				);
			})
			.catch((error: unknown) => console.error('sessions unavailable', error));
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}

	readonly me = $derived(signedIn.user?.id ?? '');

	/** Sessions the signed-in user runs (or planned on this device before the first sync). */
	readonly mine = $derived.by(() => {
		const data = this.data;
		if (!data) return [] as BoardItem[];
		return data.sessions
			.filter((s) => !s.owner || s.owner === this.me || (s.co_facilitators ?? []).includes(this.me))
			.map((s) => this.#item(s, data))
			.sort((a, b) => (a.firstDate < b.firstDate ? -1 : 1));
	});

	readonly upcoming = $derived(this.mine.filter((i) => i.phase === 'a_venir'));
	readonly running = $derived(this.mine.filter((i) => i.phase === 'en_cours'));
	readonly past = $derived(this.mine.filter((i) => i.phase === 'passee').reverse());
	readonly toSync = $derived(this.mine.filter((i) => i.sync !== 'confirmed'));

	/** An élu's sessions: those with a participant row linked to their account. */
	readonly attending = $derived.by(() => {
		const data = this.data;
		if (!data) return [] as EluItem[];
		const items: EluItem[] = [];
		for (const participant of data.participants) {
			if (participant.user !== this.me || participant.enrolment === 'refuse') continue;
			const session = data.sessions.find((s) => s.id === participant.session);
			if (!session) continue;
			const attended = attendedSlots(session, participant.id, data.attendances, data.seals);
			const dates = session.slots.map((s) => s.date).sort();
			items.push({
				session,
				participant,
				phase: sessionPhase(session.slots, this.today),
				firstDate: dates[0] ?? '',
				attended,
				certificate: attended.length > 0
			});
		}
		return items.sort((a, b) => (a.firstDate < b.firstDate ? 1 : -1));
	});

	/** Upcoming sessions of the élu's département that they have not joined or asked to join. */
	readonly open = $derived.by(() => {
		const data = this.data;
		if (!data) return [] as BoardItem[];
		const joined = [
			...this.attending.map((i) => i.session.id),
			...data.participants.filter((p) => p.user === this.me).map((p) => p.session)
		];
		return data.sessions
			.filter((s) => !joined.includes(s.id) && s.status === 'prevue' && s.owner !== this.me)
			.map((s) => this.#item(s, data))
			.filter((i) => i.phase === 'a_venir')
			.sort((a, b) => (a.firstDate < b.firstDate ? -1 : 1));
	});

	/** The élu's participant row in `session`, if any (to show "demande envoyée"). */
	requestOf(session: string): ParticipantRow | undefined {
		return this.data?.participants.find((p) => p.session === session && p.user === this.me);
	}

	/** An élu asks to join `session`: their own participant row with enrolment « demande ». */
	async requestToJoin(session: SessionRow): Promise<void> {
		const user = signedIn.user;
		if (!user) throw new Error('no signed-in user');
		const commune = user.communes[0];
		if (!commune) throw new Error('an élu without a commune');
		const id = await participantId(session.id, user.name, commune.insee);
		const mandate: ParticipantMandate = user.mandate ?? 'conseiller';
		await saveParticipant((await syncState.ready()).db, id, {
			session: session.id,
			user: user.id,
			name: user.name,
			mandate,
			commune_insee: commune.insee,
			commune_name: commune.name,
			email: user.email,
			funding: 'gratuit',
			enrolment: 'demande',
			walk_in: false,
			added_at: isoNow()
		});
	}

	#item(session: SessionRow, data: Snapshot): BoardItem {
		return sessionSummary(session, data, data, this.today);
	}
}

/** The page's one board of sessions. */
export const sessionsBoard = new SessionsBoard();
