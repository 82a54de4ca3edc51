// The smallest change between two versions of a text, as one replaced range: what a canvas text
// field saves (local/projects setText: edits of two élus merge by character) and how a caret
// follows a change made by someone else (components/CanvasText). Pure.

/** `old.slice(start, start + removed)` became `inserted`. */
export interface TextChange {
	start: number;
	removed: number;
	inserted: string;
}

/** The change from `old` to `next`: common prefix and suffix kept, the middle replaced. */
export function textDiff(old: string, next: string): TextChange {
	let start = 0;
	while (start < old.length && start < next.length && old[start] === next[start]) start++;
	let end = 0;
	while (
		end < old.length - start &&
		end < next.length - start &&
		old[old.length - 1 - end] === next[next.length - 1 - end]
	) {
		end++;
	}
	return {
		start,
		removed: old.length - start - end,
		inserted: next.slice(start, next.length - end)
	};
}

/**
 * Where a caret (or selection bound) at `position` in `old` belongs in `next`: before the change
 * it stays, after it moves by the change's length, inside it goes to the end of what was
 * inserted. So a mayor typing in the middle of a text keeps their place while the deputy writes
 * at its start.
 */
export function followChange(old: string, next: string, position: number): number {
	const { start, removed, inserted } = textDiff(old, next);
	if (position <= start) return position;
	if (position >= start + removed) return position + inserted.length - removed;
	return start + inserted.length;
}
