import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Layer rules (the README's Architecture section, README "Architecture"), by path as well as by package. Dependencies point
 * one way: routes → components → state → sync, local → domain; `domain/` is pure and every layer
 * may use it. Storage and transport libraries stay in their folders: `dexie` and `y-indexeddb` in
 * local/, the `pocketbase` SDK in sync/, `yjs` in local/ and sync/. A feature folder
 * (src/lib/features/<name>/) has the same layers inside it, and the rest of the app reaches it
 * only through its entries: `index.ts` (state and domain), `components.ts` (its Svelte
 * components) and `platform.ts` (the registry, the sync engine, the service worker). Type-only imports cross layers freely: they vanish at build.
 */
const libraries = (names) =>
	names.map((name) => ({
		name,
		message: `Import ${name} only inside its own layer (README, Architecture).`
	}));
const layers = (names, message) => ({
	regex: `^(\\$lib|\\.\\.?)(/features/[^/]+)?/(${names.join('|')})(/|$)`,
	allowTypeImports: true,
	message
});
const featureInternals = {
	regex: '^\\$lib/features/[^/]+/(?!platform$|messages$|components$).+',
	message: 'Reach a feature through its entries: $lib/features/<name>, /components or /platform.'
};
/** One rule object per folder group: ESLint keeps only the last `no-restricted-imports` per file. */
const restrict = (files, { paths = [], patterns = [] }) => ({
	files,
	rules: {
		'no-restricted-imports': 'off',
		'@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }]
	}
});
const UI = ['src/routes/**', 'src/lib/components/**', 'src/lib/features/*/components/**'];
const STATE = ['src/lib/state/**', 'src/lib/features/*/state/**'];
const DOMAIN = ['src/lib/domain/**', 'src/lib/features/*/domain/**'];
const LOCAL = ['src/lib/local/**', 'src/lib/features/*/local/**'];
const SYNC = ['src/lib/sync/**', 'src/lib/features/*/sync/**'];
const OUTSIDE_FEATURES = ['src/**/*.ts', 'src/**/*.svelte'];

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
	restrict(OUTSIDE_FEATURES, { patterns: [featureInternals] }),
	restrict(UI, {
		paths: libraries(['dexie', 'y-indexeddb', 'pocketbase', 'yjs']),
		patterns: [
			layers(['local', 'sync'], 'Screens read and write through state/, never storage or sync.'),
			{ regex: '^\\$lib/collections$', message: 'Screens read collections through state/.' },
			featureInternals
		]
	}),
	restrict(STATE, {
		paths: libraries(['dexie', 'y-indexeddb', 'pocketbase', 'yjs']),
		patterns: [layers(['components'], 'State never imports components.'), featureInternals]
	}),
	{
		files: STATE,
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					// `store.db.projects…`: a Dexie table reached from state. Call a repository function.
					selector: "MemberExpression[object.type='MemberExpression'][object.property.name='db']",
					message: 'State reads and writes storage through local/ repository functions.'
				}
			]
		}
	},
	restrict(DOMAIN, {
		paths: libraries(['dexie', 'y-indexeddb', 'pocketbase', 'svelte', 'yjs']),
		patterns: [
			layers(
				['local', 'sync', 'state', 'components', 'i18n', 'pwa', 'media', 'collections'],
				'domain/ is pure: it imports nothing outward.'
			),
			{ regex: '^\\$lib/features', message: 'domain/ is pure: it imports nothing outward.' }
		]
	}),
	restrict(LOCAL, {
		paths: libraries(['pocketbase']),
		patterns: [
			layers(['sync', 'state', 'components'], 'local/ stores; it never syncs or renders.'),
			featureInternals
		]
	}),
	restrict(SYNC, {
		paths: libraries(['dexie', 'y-indexeddb']),
		patterns: [
			layers(['state', 'components'], 'sync/ never reaches up to state or screens.'),
			featureInternals
		]
	}),
	restrict(['src/lib/features/*/platform.ts'], {
		patterns: [
			layers(['state', 'components'], 'platform.ts runs in the service worker: no Svelte.'),
			{ regex: '\\.svelte$', message: 'platform.ts runs in the service worker: no Svelte.' }
		]
	}),
	{
		// Specs set up fixtures with the real layers of what they test.
		files: ['src/**/*.spec.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': 'off' }
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
				JSONField: 'readonly',
				NumberField: 'readonly',
				RelationField: 'readonly',
				SelectField: 'readonly',
				TextField: 'readonly',
				EmailField: 'readonly'
			}
		}
	}
);
