// How benchmarks report figures: one JSON line per metric, appended to the file named by
// BENCH_OUT (set by `npm run bench`) or tests/.tmp/bench.jsonl. scripts/bench.mjs collects
// them into the printed table and the `--json FILE` array.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Metric {
	/** Dotted name, e.g. `sync.requests_per_cycle`. */
	name: string;
	value: number;
	unit: string;
	/** The same work done a naive way in the same run, when there is one. */
	baseline?: number;
	/** value / baseline. */
	ratio?: number;
	note?: string;
}

export function recordMetric(metric: Metric): void {
	const file = process.env.BENCH_OUT ?? 'tests/.tmp/bench.jsonl';
	mkdirSync(dirname(file), { recursive: true });
	appendFileSync(file, `${JSON.stringify(metric)}\n`);
	console.log(
		`bench ${metric.name} = ${metric.value} ${metric.unit}` +
			(metric.baseline !== undefined ? ` (baseline ${metric.baseline}, ratio ${metric.ratio})` : '')
	);
}

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
