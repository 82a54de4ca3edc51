import { describe, expect, it } from 'vitest';
import {
	internalLinks,
	markdownToPlainText,
	renderInline,
	renderMarkdown,
	resolveLink
} from './markdown';

describe('renderMarkdown', () => {
	it('renders headings, paragraphs joined across lines, and shifts heading levels', () => {
		const html = renderMarkdown('## Objectif\n\nUne ligne\net la suite.\n\n### Détail', {
			headingOffset: 1
		});
		expect(html).toBe('<h3>Objectif</h3>\n<p>Une ligne et la suite.</p>\n<h4>Détail</h4>');
	});

	it('renders bold, italic and inline code', () => {
		expect(renderInline('**5 min** — *calme* et _doux_, `title`')).toBe(
			'<strong>5 min</strong> — <em>calme</em> et <em>doux</em>, <code>title</code>'
		);
		// Underscores inside words are not emphasis.
		expect(renderInline('local_problem et proposed_solution')).toBe(
			'local_problem et proposed_solution'
		);
	});

	it('renders ordered lists with continuation lines, and unordered lists', () => {
		const html = renderMarkdown(
			'1. **5 min** — Présentez le café\n   et ses règles.\n2. **12 min** — Premier tour.\n\n- a\n- b'
		);
		expect(html).toBe(
			'<ol><li><strong>5 min</strong> — Présentez le café et ses règles.</li>' +
				'<li><strong>12 min</strong> — Premier tour.</li></ol>\n<ul><li>a</li><li>b</li></ul>'
		);
	});

	it('renders a nested list and an ordered list that starts elsewhere than 1', () => {
		expect(renderMarkdown('- a\n  - a1\n  - a2\n- b')).toBe(
			'<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>'
		);
		expect(renderMarkdown('3. trois\n4. quatre')).toBe(
			'<ol start="3"><li>trois</li><li>quatre</li></ol>'
		);
	});

	it('lets a list interrupt a paragraph, but not a wrapped line that starts with a number', () => {
		expect(renderMarkdown('Il faut :\n- une salle\n- des chaises')).toBe(
			'<p>Il faut :</p>\n<ul><li>une salle</li><li>des chaises</li></ul>'
		);
		expect(renderMarkdown('Le programme a commencé en\n2026. Depuis, tout va bien.')).toBe(
			'<p>Le programme a commencé en 2026. Depuis, tout va bien.</p>'
		);
	});

	it('keeps a list going over blank lines between its items', () => {
		expect(renderMarkdown('- a\n\n- b')).toBe('<ul><li>a</li><li>b</li></ul>');
	});

	it('renders tables, block quotes and rules', () => {
		const table = renderMarkdown('| Format | Quand |\n|---|---|\n| World Café | **Idées** |');
		expect(table).toContain('<th scope="col">Format</th><th scope="col">Quand</th>');
		expect(table).toContain('<td>World Café</td><td><strong>Idées</strong></td>');
		expect(renderMarkdown('> Une citation\n> sur deux lignes')).toBe(
			'<blockquote><p>Une citation sur deux lignes</p></blockquote>'
		);
		expect(renderMarkdown('avant\n\n---\n\naprès')).toBe('<p>avant</p>\n<hr>\n<p>après</p>');
	});

	it('turns internal links into app routes and keeps external links external', () => {
		expect(renderInline('[World Café](activity:ic-3-world-cafe)')).toBe(
			'<a href="/formation/activite/ic-3-world-cafe">World Café</a>'
		);
		expect(renderInline('[suite](module:ic-2) et [Kalundborg](case:kalundborg)')).toBe(
			'<a href="/formation/module/ic-2">suite</a> et <a href="/formation/cas/kalundborg">Kalundborg</a>'
		);
		expect(renderInline('[le suivi](resource:suivi-un-an)')).toBe(
			'<a href="/formation/ressource/suivi-un-an">le suivi</a>'
		);
		expect(renderInline('[INSEE](https://www.insee.fr/a?b=1&c=2)')).toBe(
			'<a href="https://www.insee.fr/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">INSEE</a>'
		);
	});

	it('escapes every piece of HTML and refuses dangerous links', () => {
		const html = renderMarkdown(
			'<script>alert(1)</script>\n\n[clic](javascript:alert(1)) <img src=x onerror="alert(1)">' +
				' [x](activity:../../admin) [y](data:text/html,hi)'
		);
		expect(html).not.toMatch(/<script|<img|href="javascript|href="data/);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
		expect(html).toContain('clic');
		expect(resolveLink('javascript:alert(1)')).toBeNull();
		expect(resolveLink('//evil.example')).toBeNull();
		expect(resolveLink('activity:Bad Key')).toBeNull();
	});

	it('cannot be tricked by the renderer’s own placeholder character', () => {
		const html = renderInline('\uE0000\uE000 [a](https://x.fr)');
		expect(html).toBe('0 <a href="https://x.fr" rel="noopener noreferrer" target="_blank">a</a>');
	});
});

describe('helpers', () => {
	it('lists internal links and gives plain text', () => {
		const source =
			'## Titre\n\n- Voir [le café](activity:ic-3-world-cafe) et **[Toronto](case:toronto)**';
		expect(internalLinks(source)).toEqual([
			{ kind: 'activity', key: 'ic-3-world-cafe' },
			{ kind: 'case', key: 'toronto' }
		]);
		expect(markdownToPlainText(source)).toBe('Titre Voir le café et Toronto');
	});
});
