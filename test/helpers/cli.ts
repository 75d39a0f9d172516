// Runs bin/sitrep as a user would and captures what it prints.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'corpus', 'seed', 'washingtontimes-2023-09-11-kim-putin.txt');

/** Skip reason for tests that read ../shared, or false when it is there. */
export const noShared: string | false = existsSync(join(SHARED, 'README.md'))
  ? false
  : '../shared is absent: put the team shared folder beside the repository to run this test';

export interface CliResult { status: number; stdout: string; stderr: string }

export function sitrep(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Like sitrep(), without blocking the event loop: for tests that serve something in-process. */
export function sitrepAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}
