// Where the team's shared corpora and scorers are, and a clear word when they are absent.
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared');
export const BIN = join(ROOT, 'bin', 'sitrep');

/** Exits the task with a message (not a failure) when ../shared is not there. */
export function requireShared(task: string): void {
  if (!existsSync(join(SHARED, 'README.md'))) {
    console.log(`${task}: skipped: ../shared is absent (set SITREP_SHARED to the team's shared folder)`);
    process.exit(0);
  }
}
