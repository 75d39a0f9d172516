// Runs every task script in a folder (or those named on the command line), each in its own
// process so one task's memory and load time never colour another's numbers.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function runTasks(dir: string, wanted: string[]): number {
  const tasks = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()
    .filter((f) => !wanted.length || wanted.includes(f.replace(/\.ts$/, '')));
  let failed = 0;
  for (const f of tasks) {
    console.log(`\n== ${f.replace(/\.ts$/, '')} ==`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
    if (r.status !== 0) failed++;
  }
  return failed ? 1 : 0;
}
