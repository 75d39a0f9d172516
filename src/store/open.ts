// Chooses the store: a postgres:// URL, or the SQLite file in the data directory.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Db } from './db.ts';
import { openSqlite } from './sqlite.ts';
import { openPostgres } from './postgres.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';

export interface StoreLocation { db?: string; dataDir?: string }

/** --db flag, else SITREP_DB, else <data dir>/sitrep.db; the data dir is --data-dir, SITREP_DATA_DIR or ~/.sitrep. */
export function resolveLocation(opts: StoreLocation = {}): string {
  const explicit = opts.db ?? process.env.SITREP_DB;
  if (explicit) return explicit;
  const dir = opts.dataDir ?? process.env.SITREP_DATA_DIR ?? join(homedir(), '.sitrep');
  return join(resolve(dir), 'sitrep.db');
}

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

export async function openDb(opts: StoreLocation = {}): Promise<Db> {
  const where = resolveLocation(opts);
  const db = isPostgresUrl(where) ? openPostgres(where) : openSqlite(where);
  await migrate(db, migrations);
  return db;
}
