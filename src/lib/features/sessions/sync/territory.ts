// A coordinator's or the national team's view of the sessions of their territory, read online
// through the collections' API rules (lib/sync/scope.js: they read sessions, participants,
// attendance and seals of their territory; they do not pull them onto their device). Owns those
// reads; never writes and never stores.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { AttendanceStored, ParticipantRow, SealRow, SessionRow } from '../local/sessions';

export type TerritoryAnswer =
	| {
			status: 'ok';
			sessions: SessionRow[];
			participants: ParticipantRow[];
			attendances: AttendanceStored[];
			seals: SealRow[];
	  }
	| { status: 'offline' | 'server' };

/** Reads every session the caller may see, with its people, rows and seals. */
export async function fetchTerritorySessions(pb: PocketBase): Promise<TerritoryAnswer> {
	try {
		const [sessions, participants, attendances, seals] = await Promise.all([
			pb.collection('training_sessions').getFullList({ batch: 500 }),
			pb.collection('participants').getFullList({ batch: 500 }),
			pb.collection('attendances').getFullList({
				batch: 500,
				fields: 'id,session,slot,participant,status,amends,signed_at,hash'
			}),
			pb.collection('attendance_seals').getFullList({ batch: 500 })
		]);
		return {
			status: 'ok',
			sessions: sessions as unknown as SessionRow[],
			participants: participants as unknown as ParticipantRow[],
			attendances: attendances as unknown as AttendanceStored[],
			seals: seals as unknown as SealRow[]
		};
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 0) return { status: 'offline' };
		console.error('territory sessions failed', error);
		return { status: 'server' };
	}
}
