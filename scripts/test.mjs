// `npm test`: every gate, in order, stopping at the first failure — types (svelte-check, zero
// warnings; the service worker and the PocketBase hooks with tsc), formatting and lint (zero
// warnings), curriculum content checks, the production build, then Vitest: unit (Node +
// fake-indexeddb), browser (components in Debian's Chromium), server (real PocketBase) and e2e
// (real Chromium against the built app served by a real PocketBase). Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const steps = [
	['PocketBase', 'node', ['scripts/pocketbase/install.mjs']],
	['svelte-check', 'npx', ['svelte-kit', 'sync']],
	['svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	['service worker types', 'npx', ['tsc', '-p', 'src/service-worker', '--noEmit']],
	['hook types', 'node', ['scripts/pocketbase/hook-types.mjs']],
	['prettier', 'npx', ['prettier', '--check', '.']],
	['eslint', 'npx', ['eslint', '.', '--max-warnings', '0']],
	['content', 'node', ['pocketbase/content/check.mjs']],
	['build', 'npm', ['run', 'build']]
];

for (const [name, command, args] of steps) {
	if (name === 'content' && !existsSync(args[0])) continue;
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`\n✖ ${name} failed`);
		console.log('0 passed, 1 failed');
		process.exit(result.status ?? 1);
	}
}

mkdirSync('tests/.tmp', { recursive: true });
const report = 'tests/.tmp/vitest-report.json';
const projects = (process.env.TEST_PROJECTS ?? 'unit,browser,server,e2e').split(',');
console.log(`\n▶ vitest: ${projects.join(', ')}`);
const vitest = spawnSync(
	'npx',
	[
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`
	],
	{ stdio: 'inherit' }
);
let passed = 0;
let failed = vitest.status === 0 ? 0 : 1;
if (existsSync(report)) {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	passed = json.numPassedTests;
	failed = json.numFailedTests + (vitest.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(vitest.status ?? 1);
