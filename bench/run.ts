// `npm run bench`: runs every benchmark in bench/tasks/ (or those named: npm run bench -- extraction ingest)
// and prints its throughput (articles/s, MB/s) and peak memory. Tasks read ../shared and say so when it is absent.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const tasks = readdirSync(join(here, 'tasks')).filter((f) => f.endsWith('.ts')).sort()
  .filter((f) => !wanted.length || wanted.includes(f.replace(/\.ts$/, '')));
let failed = 0;
for (const f of tasks) {
  console.log(`\n== ${f.replace(/\.ts$/, '')} ==`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'tasks', f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
