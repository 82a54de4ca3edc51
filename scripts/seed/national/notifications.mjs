// National generator, `notifications`: what the sync route writes when a reply arrives
// (lib/community/notify.js): the author of the thread or consultation it answers is told, unless
// they wrote it. Most were read on a device within three days (`read_at`, as a device pushes it);
// one in ten waits. Follows comments.mjs (`toldOf`), so a slice holds those of its replies.
import { toldOf } from './comments.mjs';
import { pbDate, recordId, stream } from './context.mjs';

const COLUMNS = [
	'id',
	'user',
	'kind',
	'discussion',
	'comment',
	'text',
	'posted',
	'read_at',
	'seq',
	'rev',
	'device',
	'created',
	'updated'
];

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	/** @type {unknown[][]} */
	const rows = [];
	let unread = 0;
	for (const told of toldOf(ctx)) {
		const random = stream(ctx.seed, 'notification', told.comment);
		const readAt = told.at + 3_600_000 + random() * 3 * 86_400_000;
		const read = random() < 0.9 && readAt <= ctx.end;
		if (!read) unread++;
		const when = pbDate(told.at);
		rows.push([
			recordId(ctx.seed, 'notification', told.comment),
			told.user,
			'reply',
			told.discussion,
			told.comment,
			told.body.replace(/\s+/g, ' ').trim().slice(0, 300),
			when,
			read ? new Date(Math.round(readAt)).toISOString() : '',
			ctx.nextSeq(),
			0,
			'',
			when,
			when
		]);
	}
	await ctx.insert('notifications', COLUMNS, rows, 4000);
	return { notifications: rows.length, 'non lues': unread };
}
