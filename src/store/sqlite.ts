// The embedded store: one SQLite file (WAL) under the data directory.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Param } from './db.ts';
import { InputError } from '../model/errors.ts';

type Raw = Database.Database;

/** Runs statements on the connection directly; used by the store and, inside a transaction, by the tx. */
class Direct {
  private readonly stmts = new Map<string, Database.Statement>();
  constructor(readonly raw: Raw) {}
  stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (this.stmts.size > 1000) this.stmts.clear();
      this.stmts.set(sql, s);
    }
    return s;
  }
  /** SQLite has no booleans; a list without any (nearly all) is bound as it is, not copied. */
  static norm(params: Param[]): unknown[] {
    for (let i = 0; i < params.length; i++) {
      if (typeof params[i] === 'boolean') return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
    }
    return params;
  }
}

class SqliteTx implements Db {
  readonly dialect = 'sqlite' as const;
  constructor(private readonly d: Direct, readonly location: string) {}
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.d.stmt(sql).all(...Direct.norm(params)) as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.d.stmt(sql).get(...Direct.norm(params)) as T | undefined;
  }
  async run(sql: string, params: Param[] = []): Promise<{ changes: number }> {
    return { changes: this.d.stmt(sql).run(...Direct.norm(params)).changes };
  }
  async exec(sql: string): Promise<void> {
    this.d.raw.exec(sql);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async close(): Promise<void> {}
}

class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly d: Direct;
  private readonly tx: SqliteTx;
  /** Settles when the running transaction (if any) ends; statements outside it wait for that. */
  private gate: Promise<void> = Promise.resolve();
  constructor(raw: Raw, readonly location: string) {
    this.d = new Direct(raw);
    this.tx = new SqliteTx(this.d, location);
  }
  get raw(): Raw {
    return this.d.raw;
  }
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    await this.gate;
    return this.tx.all<T>(sql, params);
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    await this.gate;
    return this.tx.get<T>(sql, params);
  }
  async run(sql: string, params: Param[] = []): Promise<{ changes: number }> {
    await this.gate;
    return this.tx.run(sql, params);
  }
  async exec(sql: string): Promise<void> {
    await this.gate;
    return this.tx.exec(sql);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    let prev = this.gate;
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    this.gate = prev.then(() => mine);
    await prev;
    this.d.raw.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn(this.tx);
      this.d.raw.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.d.raw.inTransaction) this.d.raw.exec('ROLLBACK');
      throw e;
    } finally {
      prev = Promise.resolve();
      release();
    }
  }
  async close(): Promise<void> {
    await this.gate;
    this.d.raw.close();
  }
}

export function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // Processes opening a new store at once (workers starting together) can meet SQLite's deadlock
  // guard: a connection that read the schema and then asks for the lock to switch to WAL gets
  // SQLITE_BUSY at once, without the busy timeout. Opening again a moment later succeeds.
  for (let attempt = 1; ; attempt++) {
    try {
      return openSqliteOnce(path);
    } catch (e) {
      if (!(e instanceof InputError) || !/database is locked/.test(e.message) || attempt >= 40) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25 * Math.min(attempt, 8));
    }
  }
}

function openSqliteOnce(path: string): Db {
  let raw: Raw | undefined;
  try {
    raw = new Database(path);
    // First, so that even switching to WAL waits for another process opening the file.
    raw.pragma('busy_timeout = 5000');
    // Another program's database is not ours to add tables to (or to switch to WAL).
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (tables.length && !tables.includes('schema_migrations')) {
      raw.close();
      throw new InputError(`${path}: not a sitrep store (a SQLite database with other tables: ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', ...' : ''}); give another --db`);
    }
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    // Checkpoints are where WAL mode syncs to disk; doing them every ~40 MB rather than every 4 MB
    // makes a stream of one-article transactions several times faster, at no cost to crash safety.
    // A checkpoint copies each page the WAL holds into the file once, however often it was written
    // since: a bulk ingest's commit group of 128 articles writes ~40 MB of WAL (index pages all
    // over the file), so at 40 MB nearly every group paid a checkpoint of its own. At ~120 MB the
    // hot index pages that three groups share are copied once (writer harness, 6,000 articles:
    // 525 -> 432 KB written per article, main thread -0.3 CPU-ms/article, median of 5 pairs).
    raw.pragma('wal_autocheckpoint = 30000');
    // Each article is saved inside a savepoint, whose undo journal spills to a temporary file past
    // 64 KiB (an article touches more than that): in memory it costs no writes. Temp tables and
    // sorts of big queries live in memory too, which at this store's sizes is a few MB.
    raw.pragma('temp_store = MEMORY');
    // The child tables' value indexes (an actor's rows, a speaker's quotes) take each saved article's
    // rows to pages all over them; with SQLite's default 2 MB page cache those are re-read through the OS on
    // every save. 64 MB holds them at tens of thousands of articles (store harness, 6,000 articles:
    // 6.3 -> 5.6 CPU-ms/article on the writer thread, a third less system time).
    raw.pragma('cache_size = -65536');
  } catch (e) {
    if (e instanceof InputError) throw e;
    try { raw?.close(); } catch { /* already unusable */ }
    throw new InputError(`${path}: cannot open the SQLite store (${(e as Error).message})`, 1);
  }
  return new SqliteDb(raw, path);
}
