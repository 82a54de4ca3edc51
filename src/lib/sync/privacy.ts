// The personal-data routes of the server (pocketbase/pb_hooks/privacy.pb.js): the export of
// everything the server holds about the signed-in user, and their deletion request. Network
// only; it stores nothing on the device.
import type PocketBase from 'pocketbase';

export interface DeletionPlan {
	id: string;
	status: 'requested' | 'done' | 'refused';
	created: string;
	to_delete: {
		kind: 'account' | 'progress' | 'project_authorship' | 'photo_uploader';
		count: number;
	}[];
	kept: { kind: 'charter'; id: string; receipt: string; signed_at: string; keep_until: string }[];
}

/** Fetches the JSON export of the signed-in user, as the text of a file to save. */
export async function fetchMyData(pb: PocketBase): Promise<string> {
	const data: unknown = await pb.send('/api/collab/me/export', { method: 'GET' });
	return `${JSON.stringify(data, null, 2)}\n`;
}

/** Records a deletion request (or returns the one already open) with the server's plan. */
export async function sendDeletionRequest(pb: PocketBase): Promise<DeletionPlan> {
	return pb.send<DeletionPlan>('/api/collab/me/deletion-request', { method: 'POST' });
}
