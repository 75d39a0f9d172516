// Group commit: articles that finish analysis close together are saved in one transaction, each
// inside its own savepoint. An article is still all-or-nothing (a failing one rolls back to its
// savepoint alone), and it is acknowledged only after the commit that holds it, so a crash loses
// nothing acknowledged. A group waits up to `windowMs` for company, unless it is full or the caller
// says nothing more is coming (flushSoon): SQLite's cost per commit (the WAL frames of every page
// the group touched, the full-text segment it writes) is shared by the whole group. A few articles
// left over when a full group is taken wait for the next one rather than commit alone.
import type { Db } from '../store/db.ts';
import { GroupWrites, saveAnalysis, type AfterSave, type SaveInfo, type SaveStatus } from '../store/articles.ts';
import type { Analysis } from '../model/analysis.ts';

interface Pending {
  analysis: Analysis;
  info: SaveInfo;
  after?: AfterSave;
  resolve: (s: SaveStatus) => void;
  reject: (e: unknown) => void;
}

export interface CommitGroupOptions {
  /** Articles per transaction at most. */
  max?: number;
  /** How long the first article of a group may wait for others before it is committed. */
  windowMs?: number;
}

const CONFLICT = new Set(['23505', '40001', '40P01', 'SQLITE_BUSY']);
/**
 * PostgreSQL aborts a transaction it picks as a deadlock victim (or a serialization failure): the
 * locks that close the cycle may be held by earlier articles of the group, so retrying one article
 * in its savepoint meets the same cycle again. These roll the whole group back and retry it.
 */
const ABORT = new Set(['40001', '40P01']);

/**
 * Articles per transaction by default on PostgreSQL, where groups from all workers take turns (see
 * flush): 64 still beat 16 there: one worker, 600 articles, main thread 7.9 vs 9.5 CPU-ms/article,
 * 25.6 vs 22.6 articles/s (a group has fixed costs beyond its commit).
 */
export const GROUP_SIZE = 64;

/**
 * Articles per transaction by default on SQLite. Its commit writes every page the group dirtied to
 * the WAL, and most of those are index pages the group's rows land on all over (an actor's entity
 * rows, a facet value's rows, a speaker's quotes): 64 articles dirtied ~3,800 pages (15 MB), so a
 * group twice as big shares each hot page among twice the rows. Writer alone, 3,000 bench articles:
 * 455 -> 336 KB written per article, COMMIT 1.1 -> 0.85 CPU-ms/article.
 */
export const SQLITE_GROUP_SIZE = 128;

/**
 * How long a group waits for company by default: long enough that a bulk ingest fills its groups
 * even when the analysis thread shares its core. With 250 ms, at 30-70 analyses/s arriving 8 at a
 * time, groups held 8-24 articles (mean 18-23) and SQLite's commit cost 0.9 CPU-ms per article;
 * in groups of 64 it costs 0.5 (1,848 bench articles saved in fixed groups, writer thread 6.55 ->
 * 6.13 CPU-ms/article, median of 3). It adds no latency when analyses stop coming: the ingester
 * flushes as soon as nothing is being analysed (flushSoon).
 */
export const WINDOW_MS = 2000;

/** The window for SQLITE_GROUP_SIZE: 128 analyses take ~3.5 s at the 35 articles/s of a loaded machine. */
export const SQLITE_WINDOW_MS = 4000;

/** One group at a time per store (schema) across all workers; see flush. */
const LOCK_GROUP = `SELECT pg_advisory_xact_lock(hashtext('sitrep commit group ' || current_schema()))`;

export class CommitGroup {
  readonly max: number;
  private readonly windowMs: number;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** flushSoon was called (or the window ran out): what waits is committed even if the group is not full. */
  private due = false;

  constructor(private readonly db: Db, o: CommitGroupOptions = {}) {
    const sqlite = db.dialect === 'sqlite';
    this.max = Math.max(1, o.max ?? (sqlite ? SQLITE_GROUP_SIZE : GROUP_SIZE));
    this.windowMs = Math.max(0, o.windowMs ?? (sqlite ? SQLITE_WINDOW_MS : WINDOW_MS));
  }

  /** Articles waiting for a transaction (not counting the group being committed). */
  get waiting(): number {
    return this.queue.length;
  }

  save(analysis: Analysis, info: SaveInfo, after?: AfterSave): Promise<SaveStatus> {
    return new Promise<SaveStatus>((resolve, reject) => {
      this.queue.push({ analysis, info, after, resolve, reject });
      if (this.queue.length >= this.max) this.start();
      else this.timer ??= setTimeout(() => this.flushSoon(), this.windowMs);
    });
  }

  /** Commits what is waiting without waiting out the window (nothing else is on its way). */
  flushSoon(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.due = true;
    this.start();
  }

  private start(): void {
    if (this.queue.length) this.flushing ??= this.drain();
  }

  private async drain(): Promise<void> {
    // Let the analyses that arrive in the same turn join the group.
    await new Promise<void>((r) => setImmediate(r));
    try {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
      // Whatever arrived while a group was committing (PostgreSQL awaits the network) goes next,
      // but a few left over from a full group wait for company rather than pay a commit of their own.
      while (this.queue.length >= this.max || (this.due && this.queue.length)) await this.flush(this.queue.splice(0, this.max));
    } finally {
      if (!this.queue.length) this.due = false;
      this.flushing = null;
      // Saves queued after the last splice (between the loop's test and here) wait for a new window.
      if (this.queue.length) this.timer ??= setTimeout(() => this.flushSoon(), this.windowMs);
    }
  }
  private async flush(group: Pending[]): Promise<void> {
    if (group.length > 1 && (await this.flushPlain(group))) return;
    const outcomes: Array<{ ok: true; status: SaveStatus } | { ok: false; error: unknown }> = [];
    for (let attempt = 0; ; attempt++) {
      outcomes.length = 0;
      try {
        await this.db.transaction(async (tx) => {
          // One group at a time per store (schema) across all workers: every group takes the same
          // hot rows, so groups wait for each other anyway; waiting here, before taking any row
          // lock, is a queue rather than a deadlock (each costs deadlock_timeout, 1 s, then a retry).
          if (tx.dialect === 'postgres') await tx.exec(LOCK_GROUP);
          for (const p of group) {
            outcomes.push(await saveOne(tx, p));
          }
        });
        break;
      } catch (e) {
        // The commit itself failed (or the store went away, or PostgreSQL aborted the group as a
        // deadlock victim): nothing in the group is saved.
        const code = (e as { code?: string }).code ?? '';
        if (attempt < 2 && CONFLICT.has(code)) {
          // Let the other transaction finish before trying again; jitter so two workers do not meet again.
          if (ABORT.has(code)) await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
          continue;
        }
        if (ABORT.has(code) && group.length > 1) {
          // Still meeting other workers: one article per transaction takes its locks in one order.
          for (const p of group) await this.flush([p]);
          return;
        }
        for (const p of group) p.reject(e);
        return;
      }
    }
    group.forEach((p, i) => {
      const o = outcomes[i];
      if (o.ok) p.resolve(o.status);
      else p.reject(o.error);
    });
  }

  /**
   * The group in one transaction without a savepoint per article. Savepoints are what lets one
   * failing article roll back alone, but they cost on every article (SQLite's full-text index
   * flushes its pending terms at each one; PostgreSQL pays two round trips), and articles almost
   * never fail. When one does, or anything else goes wrong, nothing of the group is kept and
   * flush() saves it again the careful way. Returns whether the group was saved.
   */
  private async flushPlain(group: Pending[]): Promise<boolean> {
    const statuses: SaveStatus[] = [];
    try {
      await this.db.transaction(async (tx) => {
        if (tx.dialect === 'postgres') await tx.exec(LOCK_GROUP);
        // The group's actor roll-ups are written once, summed over all its articles, and its
        // full-text rows after everything else (see GroupWrites).
        const writes = new GroupWrites();
        for (const p of group) statuses.push((await saveAnalysis(tx, p.analysis, p.info, p.after, writes)).status);
        await writes.flush(tx);
      });
    } catch {
      return false;
    }
    group.forEach((p, i) => p.resolve(statuses[i]));
    return true;
  }
}

async function saveOne(tx: Db, p: Pending): Promise<{ ok: true; status: SaveStatus } | { ok: false; error: unknown }> {
  for (let attempt = 0; ; attempt++) {
    await tx.exec('SAVEPOINT article');
    try {
      const r = await saveAnalysis(tx, p.analysis, p.info, p.after);
      await tx.exec('RELEASE SAVEPOINT article');
      return { ok: true, status: r.status };
    } catch (e) {
      await tx.exec('ROLLBACK TO SAVEPOINT article');
      await tx.exec('RELEASE SAVEPOINT article');
      const code = (e as { code?: string }).code ?? '';
      // A deadlock victim: the whole group goes back and is retried (flush).
      if (ABORT.has(code)) throw e;
      // Another worker committed the same new article meanwhile: the retry finds it.
      if (attempt < 2 && CONFLICT.has(code)) continue;
      return { ok: false, error: e };
    }
  }
}
