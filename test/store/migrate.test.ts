// Store conformance: several processes opening a new store at once migrate it exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT } from '../helpers/cli.ts';
import { openDb } from '../../src/store/open.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { freshPgSchema, noPg } from './backends.ts';

async function concurrentOpen(location: string): Promise<void> {
  const dbs = await Promise.all(Array.from({ length: 4 }, () => openDb({ db: location })));
  try {
    const rows = await dbs[0].all<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    assert.deepEqual(rows.map((r) => r.id), migrations.map((m) => m.id).sort());
  } finally {
    await Promise.all(dbs.map((d) => d.close()));
  }
}

/** SQLite allows one writer per file: the processes that open it together are separate programs. */
function openInChild(location: string): Promise<number> {
  const code = `import { openDb } from ${JSON.stringify(join(ROOT, 'src', 'store', 'open.ts'))}; const db = await openDb({ db: ${JSON.stringify(location)} }); await db.close();`;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('close', (c) => resolve(c ?? -1));
  });
}

test('store conformance (sqlite): concurrent first opens migrate once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
  try {
    const location = join(dir, 'sitrep.db');
    assert.deepEqual(await Promise.all([1, 2, 3, 4].map(() => openInChild(location))), [0, 0, 0, 0]);
    const db = await openDb({ db: location });
    const rows = await db.all<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    await db.close();
    assert.deepEqual(rows.map((r) => r.id), migrations.map((m) => m.id).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store conformance (postgres): concurrent first opens migrate once', { skip: noPg }, async () => {
  const { url, drop } = await freshPgSchema();
  try {
    await concurrentOpen(url);
  } finally {
    await drop();
  }
});
