// The content checker (pocketbase/content/check.mjs) run as a command on a temporary copy of the
// real content: it passes on the content as committed, and fails, naming the rule, on each
// defect the curriculum must never ship with. Each case injects one defect into a fresh copy.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CONTENT = resolve(__dirname, '../../pocketbase/content');
const CHECKER = join(CONTENT, 'check.mjs');
const copies: string[] = [];

afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the content folder (without the checker itself). */
function copyContent(): string {
	const dir = mkdtempSync(join(tmpdir(), 'collabactons-content-'));
	cpSync(CONTENT, dir, { recursive: true });
	copies.push(dir);
	return dir;
}

/** Runs the checker on `dir`; resolves with its exit code and output. */
function check(dir: string): { code: number; output: string } {
	try {
		const output = execFileSync(process.execPath, [CHECKER, dir], { encoding: 'utf8' });
		return { code: 0, output };
	} catch (error) {
		const failure = error as { status: number; stdout: string };
		return { code: failure.status, output: failure.stdout };
	}
}

/** Replaces `from` by `to` in one file of `dir`, failing loudly if `from` is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`${file}: nothing to replace for ${String(from)}`);
	writeFileSync(path, next);
}

describe('content checker', () => {
	it('passes on the committed content', () => {
		const result = check(copyContent());
		expect(result.output).toContain('OK: no error');
		expect(result.code).toBe(0);
	});

	const defects: {
		name: string;
		inject: (dir: string) => void;
		message: RegExp;
	}[] = [
		{
			name: 'a figure without a period',
			inject: (dir) => edit(dir, 'case-studies/michelin.md', /, period: "[^"]*"/, ''),
			message: /michelin\.md: figures\[0\] needs a "period"/
		},
		{
			name: 'a programme figure presented as checked',
			inject: (dir) =>
				edit(
					dir,
					'case-studies/michelin.md',
					'### Selon le document du programme (non vérifié)',
					''
				),
			message: /michelin\.md: has programme figures but no "### Selon le document du programme/
		},
		{
			name: 'a figure in a module',
			inject: (dir) =>
				edit(
					dir,
					'modules/ic-4.md',
					'## Séquences sans fiche',
					'Un salarié heureux est 31 % plus productif.\n\n## Séquences sans fiche'
				),
			message: /ic-4\.md: holds a figure "31 %"/
		},
		{
			name: 'an activity linking to a missing resource',
			inject: (dir) =>
				edit(
					dir,
					'activities/ic-3-world-cafe.md',
					'resources: [gabarit-nappe-world-cafe]',
					'resources: [gabarit-nappe-world-cafe, nappe-disparue]'
				),
			message: /ic-3-world-cafe\.md: "resources" links to a missing resource "nappe-disparue"/
		},
		{
			name: 'a module without objectives',
			inject: (dir) => edit(dir, 'modules/es-1.md', /objectives:\n(?: {2}- .*\n)+/, ''),
			message: /es-1\.md: "objectives" must list 3 to 5 objectives/
		},
		{
			name: 'a quiz question with two correct answers',
			inject: (dir) =>
				edit(
					dir,
					'quizzes/ic-1.yaml',
					'- { text: "Informer" }',
					'- { text: "Informer", correct: true }'
				),
			message:
				/ic-1\.yaml: questions\[1\] must have exactly one choice with "correct: true" \(found 2\)/
		},
		{
			name: 'a quiz whose right answer quotes an unchecked programme figure',
			inject: (dir) => {
				edit(dir, 'quizzes/es-2.yaml', 'climatisé.", correct: true }', 'climatisé." }');
				edit(dir, 'quizzes/es-2.yaml', 'comparable." }', 'comparable.", correct: true }');
			},
			message: /es-2\.yaml: questions\[1\]: "90 %" is not a sourced figure of "harare-eastgate"/
		},
		{
			name: 'a quiz with four questions',
			inject: (dir) => {
				const path = join(dir, 'quizzes/ca-1.yaml');
				const text = readFileSync(path, 'utf8');
				writeFileSync(path, text.slice(0, text.indexOf('  - id: ca-1-q5')));
			},
			message: /ca-1\.yaml: must have 5 to 8 questions/
		},
		{
			name: 'a line-end hyphen artefact',
			inject: (dir) =>
				edit(dir, 'activities/ic-1-echelle.md', "Qu'aviez-vous", "Qu'aviez-\n   vous"),
			message: /ic-1-echelle\.md: line \d+ ends with a hyphen inside a word/
		},
		{
			name: 'steps that do not add up to the duration',
			inject: (dir) =>
				edit(dir, 'activities/ic-4-retrospective.md', '1. **3 min**', '1. **4 min**'),
			message: /ic-4-retrospective\.md: "Déroulé" steps add up to 31 min, duration_min is 30/
		},
		{
			name: 'an agenda that does not add up to the duration',
			inject: (dir) =>
				edit(
					dir,
					'modules/es-2.md',
					'{ title: "Pause", minutes: 10 }',
					'{ title: "Pause", minutes: 15 }'
				),
			message: /es-2\.md: agenda adds up to 185 min, duration_min is 180/
		},
		{
			name: 'a guide silent about groups above its maximum',
			inject: (dir) => edit(dir, 'activities/ic-1-meteo.md', '- **Plus de ', '- Plus de '),
			message: /ic-1-meteo\.md: "Selon la taille du groupe" must say/
		},
		{
			name: 'a banned English word',
			inject: (dir) => edit(dir, 'activities/ic-1-meteo.md', 'Tableau de papier', 'Paperboard'),
			message: /ic-1-meteo\.md: line \d+: "Paperboard"/
		}
	];

	for (const defect of defects) {
		it(`fails on ${defect.name}`, () => {
			const dir = copyContent();
			defect.inject(dir);
			const result = check(dir);
			expect(result.code).toBe(1);
			expect(result.output).toMatch(defect.message);
		});
	}
});
