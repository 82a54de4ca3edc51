// The learning network on this device: threads, replies, reports and notifications as synced
// records. Writing saves the row and its outbox entry in one transaction (local/records), so a
// post written offline is kept and reaches the server with the next sync; reading joins each row
// with its standing (on this device / refused with the reason / held by the server). Never talks
// to the network, never writes another user's post.
import { newId } from '$lib/domain/sync/ids';
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import { standingsOf, type Standing } from '$lib/local/standing';
import { reportId, type ReportReason } from '../domain/report';
import { noticeOf, postOf, replyOf, type Notice, type Post, type Reply } from '../domain/posts';
import type { SpaceKind } from '../domain/spaces';

export type WithStanding<T> = T & { standing: Standing };

const CONFIRMED: Standing = { state: 'confirmed' };

/** What a new thread says. */
export interface ThreadDraft {
	spaceKind: SpaceKind;
	spaceCode: string;
	title: string;
	body: string;
	mentions: string[];
}

/** Saves a new thread and queues it; resolves with its id once both are in IndexedDB. */
export async function saveThread(db: UserDatabase, draft: ThreadDraft): Promise<string> {
	const id = newId();
	await saveLocalRecord(db, 'discussions', id, {
		space_kind: draft.spaceKind,
		space_code: draft.spaceCode,
		title: draft.title,
		body: draft.body,
		mentions: draft.mentions
	});
	return id;
}

/** Saves a reply to a thread, a consultation or a proposal; resolves with its id. */
export async function saveReply(
	db: UserDatabase,
	parentKind: Reply['parentKind'],
	parent: string,
	body: string,
	mentions: string[]
): Promise<string> {
	const id = newId();
	await saveLocalRecord(db, 'comments', id, { parent_kind: parentKind, parent, body, mentions });
	return id;
}

/** Reports a post once (the id is derived from the post and the user); resolves with its id. */
export async function saveReport(
	db: UserDatabase,
	user: string,
	targetKind: 'discussion' | 'comment' | 'proposal',
	target: string,
	reason: ReportReason
): Promise<string> {
	const id = await reportId(target, user);
	await saveLocalRecord(db, 'reports', id, { target_kind: targetKind, target, reason });
	return id;
}

/** The posts this user reported on this device or another one. */
export async function loadReported(db: UserDatabase): Promise<Set<string>> {
	const rows = await db.reports.toArray();
	return new Set(rows.map((row) => String(row.target ?? '')));
}

/** Marks notifications read (the read time travels to the user's other devices). */
export async function markRead(
	db: UserDatabase,
	ids: readonly string[],
	now = new Date()
): Promise<void> {
	for (const id of ids) {
		const row = await db.notifications.get(id);
		if (!row || row.read_at) continue;
		await saveLocalRecord(db, 'notifications', id, { ...row, read_at: now.toISOString() });
	}
}

function withStanding<T extends { id: string }>(items: T[], standings: Map<string, Standing>) {
	return items.map((item) => ({ ...item, standing: standings.get(item.id) ?? CONFIRMED }));
}

const newestFirst = (a: { posted: string }, b: { posted: string }) =>
	a.posted < b.posted ? 1 : a.posted > b.posted ? -1 : 0;

/** The threads of one space, newest first, each with its standing and number of replies. */
export async function loadThreads(
	db: UserDatabase,
	kind: SpaceKind,
	code: string
): Promise<WithStanding<Post & { replies: number }>[]> {
	const rows = await db.discussions.where('space_kind').equals(kind).toArray();
	const posts = rows
		.filter((row) => (row.space_code ?? '') === code)
		.map((row) => postOf(row))
		.filter((post): post is Post => post !== undefined)
		.sort(newestFirst);
	const replies = await db.comments
		.where('parent')
		.anyOf(posts.map((p) => p.id))
		.toArray();
	const standings = await standingsOf(
		db,
		'discussions',
		posts.map((p) => p.id)
	);
	return withStanding(
		posts.map((post) => ({ ...post, replies: replies.filter((r) => r.parent === post.id).length })),
		standings
	);
}

/** How many threads each space holds on this device (`kind:code` → count). */
export async function countThreads(db: UserDatabase): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	await db.discussions.each((row) => {
		const key = `${String(row.space_kind ?? '')}:${String(row.space_code ?? '')}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	});
	return counts;
}

/** One thread and its replies (oldest first), each with its standing; undefined if unknown. */
export async function loadThread(
	db: UserDatabase,
	id: string
): Promise<{ thread: WithStanding<Post>; replies: WithStanding<Reply>[] } | undefined> {
	const row = await db.discussions.get(id);
	const post = row && postOf(row);
	if (!post) return undefined;
	const replies = await loadReplies(db, id);
	const standing = (await standingsOf(db, 'discussions', [id])).get(id) ?? CONFIRMED;
	return { thread: { ...post, standing }, replies };
}

/** The replies to `parent` (a thread, consultation or proposal), oldest first, with standings. */
export async function loadReplies(
	db: UserDatabase,
	parent: string
): Promise<WithStanding<Reply>[]> {
	const rows = await db.comments.where('parent').equals(parent).toArray();
	const replies = rows
		.map((r) => replyOf(r))
		.filter((r): r is Reply => r !== undefined)
		.sort((a, b) => -newestFirst(a, b));
	return withStanding(
		replies,
		await standingsOf(
			db,
			'comments',
			replies.map((r) => r.id)
		)
	);
}

/** Every notification of the user on this device, newest first. */
export async function loadNotices(db: UserDatabase): Promise<Notice[]> {
	const rows = await db.notifications.toArray();
	return rows
		.map((row) => noticeOf(row))
		.filter((n): n is Notice => n !== undefined)
		.sort(newestFirst);
}
