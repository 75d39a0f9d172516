// The flags every command that opens the store takes: --db and --data-dir (else SITREP_DB,
// SITREP_DATA_DIR, ~/.sitrep).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Db } from '../store/db.ts';
import { openDb, isPostgresUrl, resolveLocation, type StoreLocation } from '../store/open.ts';
import { InputError, isInputError, oneLine } from '../model/errors.ts';

export interface DbFlags { db?: string; dataDir?: string }

export function withDbOptions(cmd: Command): Command {
  return cmd
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: SITREP_DB, else <data dir>/sitrep.db)')
    .option('--data-dir <dir>', 'data directory (default: SITREP_DATA_DIR, else ~/.sitrep)');
}

export function locationOf(flags: DbFlags): StoreLocation {
  return { db: flags.db, dataDir: flags.dataDir };
}

/** The store's location for a message: a postgres:// URL without its password. */
export function shownLocation(where: string): string {
  if (!isPostgresUrl(where)) return where;
  try {
    const u = new URL(where);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return where.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

/**
 * Opens the store. A store that cannot be opened (no server at the URL, a data directory that is a
 * file, a file that is not a database) is one line naming it and exit 1, not an internal error.
 */
export interface OpenOptions {
  /**
   * For commands that only read (search, export): a SQLite file that does not exist is a usage
   * error naming the path, rather than a new empty store (and parent directories) created for a
   * mistyped --db that then reports nothing found. Commands that write (ingest) leave it unset.
   */
  existing?: boolean;
}

export async function openStore(flags: DbFlags, opts: OpenOptions = {}): Promise<Db> {
  if (flags.db !== undefined && !flags.db.trim()) throw new InputError('--db: expected a SQLite file or a postgres:// URL, got ""');
  if (flags.dataDir !== undefined && !flags.dataDir.trim()) throw new InputError('--data-dir: expected a directory, got ""');
  if (opts.existing) {
    const where = resolveLocation(locationOf(flags));
    if (!isPostgresUrl(where) && where !== ':memory:' && !existsSync(where)) {
      throw new InputError(`no sitrep database at ${where}; run sitrep ingest first`);
    }
  }
  try {
    return await openDb(locationOf(flags));
  } catch (e) {
    if (isInputError(e)) throw e;
    const where = shownLocation(resolveLocation(locationOf(flags)));
    throw new InputError(`${where}: cannot open the store (${oneLine(e) || (e as { code?: string }).code || 'unknown error'})`, 1);
  }
}

/** Opens the store, runs fn, and closes the store whatever happens. */
export async function withDb<T>(flags: DbFlags, fn: (db: Db) => Promise<T>, opts: OpenOptions = {}): Promise<T> {
  const db = await openStore(flags, opts);
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
