// The flags every command that opens the store takes: --db and --data-dir (else SITREP_DB,
// SITREP_DATA_DIR, ~/.sitrep).
import type { Command } from 'commander';
import type { Db } from '../store/db.ts';
import { openDb, isPostgresUrl, resolveLocation, type StoreLocation } from '../store/open.ts';
import { InputError } from '../model/errors.ts';

export interface DbFlags { db?: string; dataDir?: string }

export function withDbOptions(cmd: Command): Command {
  return cmd
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: SITREP_DB, else <data dir>/sitrep.db)')
    .option('--data-dir <dir>', 'data directory (default: SITREP_DATA_DIR, else ~/.sitrep)');
}

export function locationOf(flags: DbFlags): StoreLocation {
  return { db: flags.db, dataDir: flags.dataDir };
}

/** Opens the store, runs fn, and closes the store whatever happens. */
export async function withDb<T>(flags: DbFlags, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(locationOf(flags));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** The postgres:// URL the flags name, or a one-line error saying the command needs one. */
export function requirePostgres(flags: DbFlags, what: string): string {
  const url = resolveLocation(locationOf(flags));
  if (!isPostgresUrl(url)) throw new InputError(`${what} needs a PostgreSQL store: pass --db postgres://... or set SITREP_DB (the store is ${url})`);
  return url;
}
