// `npm run bench [-- --json FILE]`: builds the app, runs every benchmark (Vitest project
// `bench`: tests/bench/*.bench.spec.ts), prints a table, and with --json writes the figures as
// a JSON array of { name, value, unit, baseline?, ratio?, note? }.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;
const filters = process.argv
	.slice(2)
	.filter((arg, i, all) => arg !== '--json' && all[i - 1] !== '--json');

if (process.env.SKIP_BUILD !== '1') {
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

mkdirSync('tests/.tmp', { recursive: true });
const out = resolve('tests/.tmp/bench-run.jsonl');
rmSync(out, { force: true });
const run = spawnSync('npx', ['vitest', 'run', '--project', 'bench', ...filters], {
	stdio: 'inherit',
	env: { ...process.env, BENCH_OUT: out }
});

const metrics = existsSync(out)
	? readFileSync(out, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line))
	: [];

/** @param {number} n */
const short = (n) => String(Number(n.toPrecision(4)));
const rows = metrics.map((m) => [
	m.name,
	`${short(m.value)} ${m.unit}`,
	m.baseline === undefined ? '' : `${short(m.baseline)} ${m.unit}`,
	m.ratio === undefined ? '' : short(m.ratio),
	m.note ?? ''
]);
const header = ['metric', 'value', 'baseline', 'ratio', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of rows) console.log(line(row));

if (jsonFile) {
	writeFileSync(jsonFile, `${JSON.stringify(metrics, null, 2)}\n`);
	console.log(`\n${metrics.length} figures written to ${jsonFile}`);
}
process.exit(run.status ?? 1);
