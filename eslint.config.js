import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Storage and transport libraries stay inside their own folders (STYLE.md): `dexie` and
 * `y-indexeddb` in src/lib/local, `pocketbase` in src/lib/sync, `yjs` in local/ and sync/ (and the
 * domain of collaborative documents). Everything else talks to them through state/.
 */
const restricted = (names) =>
	names.map((name) => ({ name, message: `Import ${name} only inside its own layer (STYLE.md).` }));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'pocketbase/pb_data/',
			'pocketbase/bin/',
			'pocketbase/.types/',
			'static/',
			'src/lib/generated/',
			'tests/.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			],
			// TypeScript checks names (typescript-eslint's advice); no-undef misreads ambient globals.
			'no-undef': 'off',
			// The app is always served at the root of its origin by PocketBase (no `paths.base`),
			// so plain hrefs are correct and wrapping each in resolve() would add noise only.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**', 'src/lib/i18n/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: restricted(['dexie', 'y-indexeddb', 'pocketbase', 'yjs']) }
			]
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: restricted(['dexie', 'y-indexeddb', 'pocketbase', 'svelte', 'yjs']) }
			]
		}
	},
	{
		files: ['src/lib/local/**'],
		rules: { 'no-restricted-imports': ['error', { paths: restricted(['pocketbase']) }] }
	},
	{
		files: ['src/lib/sync/**'],
		rules: { 'no-restricted-imports': ['error', { paths: restricted(['dexie', 'y-indexeddb']) }] }
	},
	{
		// PocketBase JS hooks and migrations run in goja: CommonJS, no ES modules, no timers.
		files: ['pocketbase/pb_hooks/**/*.js', 'pocketbase/pb_migrations/**/*.js'],
		languageOptions: { sourceType: 'commonjs', globals: globals.commonjs },
		rules: {
			'@typescript-eslint/no-require-imports': 'off',
			'no-var': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { caughtErrorsIgnorePattern: '^_' }],
			// This rule crashes on CommonJS scripts under ESLint 10 (it needs an ES module scope).
			'svelte/no-inner-declarations': 'off'
		}
	},
	{
		// Hooks are type-checked (`tsc -p pocketbase`, npm test's "hook types" step) against the
		// globals PocketBase declares itself: TypeScript checks their names, as for .ts files.
		files: ['pocketbase/pb_hooks/**/*.js'],
		rules: { 'no-undef': 'off' }
	},
	{
		// Released migrations are not type-checked (PocketBase's declarations type `new
		// Collection({...})` as the Go struct, not the plain object its documentation uses): the
		// goja globals they use are listed here.
		files: ['pocketbase/pb_migrations/**/*.js'],
		languageOptions: {
			globals: {
				__hooks: 'readonly',
				migrate: 'readonly',
				Collection: 'readonly',
				Record: 'readonly',
				BoolField: 'readonly',
				DateField: 'readonly',
				RelationField: 'readonly',
				SelectField: 'readonly',
				TextField: 'readonly'
			}
		}
	}
);
