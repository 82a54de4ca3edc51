// The French reason a post cannot be saved, checked on the device before it is (the server checks
// again): empty, too long, too many mentions. Pure.
import { t } from '$lib/i18n/index.svelte';
import { DISCUSSION_LIMITS } from '../domain/limits';
import { lengthProblem } from '../domain/text';

/** The reason `text` cannot be published, or '' when it can. */
export function textReason(text: string, max: number, required = true): string {
	const problem = lengthProblem(text, max, required);
	if (!problem) return '';
	if (problem.reason === 'empty') return t('discussions.form.empty');
	return t('discussions.form.long', {
		length: problem.length.toLocaleString('fr-FR'),
		max: problem.max.toLocaleString('fr-FR')
	});
}

/** The reason `mentions` cannot be sent, or ''. */
export function mentionsReason(mentions: readonly string[]): string {
	return mentions.length > DISCUSSION_LIMITS.mentionsMax
		? t('discussions.form.tooManyMentions', { max: DISCUSSION_LIMITS.mentionsMax })
		: '';
}
