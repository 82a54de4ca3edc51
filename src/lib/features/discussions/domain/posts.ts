// A thread, a reply and a notification as the screens read them from stored rows (pulled or
// written here). Pure: rows in, plain objects out; a row that does not read is skipped.
import type { SpaceKind } from './spaces';

export interface Post {
	id: string;
	spaceKind: SpaceKind;
	spaceCode: string;
	title: string;
	body: string;
	/** INSEE codes of the communes it mentions. */
	mentions: string[];
	/** '' while only on this device (the author is the signed-in user). */
	author: string;
	authorName: string;
	authorCommune: string;
	hidden: boolean;
	moderationReason: string;
	/** When the server first stored it (ISO), or when it was written here. */
	posted: string;
}

export interface Reply extends Omit<Post, 'title'> {
	parentKind: 'discussion' | 'consultation' | 'proposal';
	parent: string;
}

export interface Notice {
	id: string;
	kind: 'reply' | 'mention' | 'question' | 'hidden' | 'unhidden';
	discussion: string;
	comment: string;
	text: string;
	readAt: string;
	posted: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** A stored date (PocketBase `2026-12-05 10:00:00.000Z` or ISO) as ISO, or ''. */
export function isoOf(value: unknown, fallback = 0): string {
	const time = typeof value === 'string' && value ? Date.parse(value.replace(' ', 'T')) : NaN;
	if (!Number.isNaN(time)) return new Date(time).toISOString();
	return fallback ? new Date(fallback).toISOString() : '';
}

/** A stored thread row as a post, or undefined when it does not read. */
export function postOf(row: Record<string, unknown>): Post | undefined {
	if (typeof row.id !== 'string' || typeof row.title !== 'string') return undefined;
	return {
		id: row.id,
		spaceKind: str(row.space_kind) as SpaceKind,
		spaceCode: str(row.space_code),
		title: row.title,
		body: str(row.body),
		mentions: Array.isArray(row.mentions) ? row.mentions.filter((m) => typeof m === 'string') : [],
		author: str(row.author),
		authorName: str(row.author_name),
		authorCommune: str(row.author_commune),
		hidden: row.hidden === true,
		moderationReason: str(row.moderation_reason),
		posted: isoOf(row.posted, typeof row.updatedAt === 'number' ? row.updatedAt : 0)
	};
}

/** A stored reply row, or undefined when it does not read. */
export function replyOf(row: Record<string, unknown>): Reply | undefined {
	const post = postOf({ ...row, title: '' });
	if (!post || typeof row.parent !== 'string') return undefined;
	const { title: _title, ...rest } = post;
	void _title;
	return { ...rest, parentKind: str(row.parent_kind) as Reply['parentKind'], parent: row.parent };
}

/** A stored notification row, or undefined when it does not read. */
export function noticeOf(row: Record<string, unknown>): Notice | undefined {
	if (typeof row.id !== 'string' || typeof row.kind !== 'string') return undefined;
	return {
		id: row.id,
		kind: row.kind as Notice['kind'],
		discussion: str(row.discussion),
		comment: str(row.comment),
		text: str(row.text),
		readAt: str(row.read_at),
		posted: isoOf(row.posted, typeof row.updatedAt === 'number' ? row.updatedAt : 0)
	};
}
