// A one-line value edited in a growing textarea (so that a long name wraps instead of being cut):
// Enter saves it, as in a one-line field, instead of starting a new line.

/** Keydown handler: Enter commits the value (blur fires `change`) rather than adding a line. */
export function oneLine(event: KeyboardEvent & { currentTarget: HTMLTextAreaElement }): void {
	if (event.key !== 'Enter' || event.shiftKey) return;
	event.preventDefault();
	event.currentTarget.blur();
}
