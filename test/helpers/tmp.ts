// Temporary directories for tests, removed when the test file's process exits so that a run of
// `npm test` leaves nothing behind in /tmp. SITREP_KEEP_TEST_DIRS=1 keeps them (to look at the
// screenshots or a store after a failure); each kept directory is named on stderr.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
const keep = process.env.SITREP_KEEP_TEST_DIRS === '1';

process.on('exit', () => {
  for (const dir of made) {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh directory under the system's temp dir whose name starts with `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
