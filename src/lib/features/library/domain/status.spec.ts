import { expect, it } from 'vitest';
import { statusLabelKey } from './status';

it('names every project status a practice may carry, current or legacy, and nothing else', () => {
	expect(statusLabelKey('en_cours')).toBe('library.status.en_cours');
	expect(statusLabelKey('suspendu')).toBe('library.status.suspendu');
	expect(statusLabelKey('')).toBeNull();
	expect(statusLabelKey(undefined)).toBeNull();
	expect(statusLabelKey('constructor')).toBeNull();
});
