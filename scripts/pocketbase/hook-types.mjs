// `npm test` step "hook types": type-checks pocketbase/pb_hooks and pb_migrations (JS with JSDoc,
// `checkJs`) against the declarations the pinned PocketBase writes about itself. PocketBase
// writes `types.d.ts` into its data directory whenever it opens one, so this runs
// `pocketbase migrate up` once on an empty temporary directory, copies the file to the git-ignored
// pocketbase/.types/pocketbase.d.ts, then runs `tsc -p pocketbase`. Never commits or edits the
// generated file, never touches pocketbase/pb_data.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePocketBase } from './install.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = join(root, 'pocketbase', '.types', 'pocketbase.d.ts');

/** Writes PocketBase's own declarations to `target`. */
export async function writeHookTypes() {
	const bin = await ensurePocketBase();
	const scratch = mkdtempSync(join(tmpdir(), 'pb-types-'));
	try {
		const empty = join(scratch, 'empty');
		mkdirSync(empty);
		execFileSync(
			bin,
			[
				'migrate',
				'up',
				'--dir',
				join(scratch, 'pb_data'),
				'--migrationsDir',
				empty,
				'--hooksDir',
				empty
			],
			{ stdio: ['ignore', 'ignore', 'inherit'] }
		);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(join(scratch, 'pb_data', 'types.d.ts'), target);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await writeHookTypes();
	const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
	const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'pocketbase')], {
		stdio: 'inherit'
	});
	process.exit(result.status ?? 1);
}
