import { describe, expect, it } from 'vitest';
import { lengthProblem, linkify } from './text';

describe('plain text with links', () => {
	it('keeps HTML as text and turns only http(s) addresses into links', () => {
		const html =
			'<script>alert(1)</script> voir https://exemple.fr/page?a=1. Et javascript:alert(2)';
		expect(linkify(html)).toEqual([
			{ kind: 'text', text: '<script>alert(1)</script> voir ' },
			{ kind: 'link', text: 'https://exemple.fr/page?a=1', href: 'https://exemple.fr/page?a=1' },
			{ kind: 'text', text: '. Et javascript:alert(2)' }
		]);
	});

	it('reads a text without address as one segment, and an empty text as none', () => {
		expect(linkify('Bonjour à tous')).toEqual([{ kind: 'text', text: 'Bonjour à tous' }]);
		expect(linkify('')).toEqual([]);
	});

	it('refuses an empty required text and one over the limit, with its length', () => {
		expect(lengthProblem('  ', 10, true)).toEqual({ reason: 'empty' });
		expect(lengthProblem('a'.repeat(100_000), 10_000, true)).toEqual({
			reason: 'long',
			length: 100_000,
			max: 10_000
		});
		expect(lengthProblem('', 10, false)).toBeNull();
	});
});
