// Feeds the watcher polls: validators for conditional GET, and an interval that adapts, shorter
// while a feed publishes, longer while it is quiet, backing off when it fails.
import type { Db } from './db.ts';
import { InputError } from '../model/errors.ts';

export interface Feed {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  intervalS: number;
  nextPoll: string;
  lastPolled: string | null;
  lastNewAt: string | null;
  failures: number;
  lastError: string | null;
  itemsTotal: number;
  addedAt: string;
}

export const MIN_INTERVAL_S = 5 * 60;
export const MAX_INTERVAL_S = 24 * 3600;
export const DEFAULT_INTERVAL_S = 30 * 60;

interface Row {
  id: number; url: string; title: string | null; etag: string | null; last_modified: string | null; interval_s: number;
  next_poll: string; last_polled: string | null; last_new_at: string | null; failures: number; last_error: string | null;
  items_total: number; added_at: string;
}

function feedOf(r: Row): Feed {
  return {
    id: Number(r.id), url: r.url, title: r.title, etag: r.etag, lastModified: r.last_modified, intervalS: Number(r.interval_s),
    nextPoll: r.next_poll, lastPolled: r.last_polled, lastNewAt: r.last_new_at, failures: Number(r.failures),
    lastError: r.last_error, itemsTotal: Number(r.items_total), addedAt: r.added_at,
  };
}

export function normaliseFeedUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError(`${url}: not a valid URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(`${url}: a feed URL must be http or https`);
  u.hash = '';
  return u.toString();
}

export async function addFeed(db: Db, url: string, opts: { intervalS?: number; now?: Date } = {}): Promise<{ feed: Feed; added: boolean }> {
  const norm = normaliseFeedUrl(url);
  const now = (opts.now ?? new Date()).toISOString();
  const interval = clampInterval(opts.intervalS ?? DEFAULT_INTERVAL_S);
  return db.transaction(async (tx) => {
    const existing = await tx.get<Row>('SELECT * FROM feeds WHERE url = ?', [norm]);
    if (existing) return { feed: feedOf(existing), added: false };
    await tx.run('INSERT INTO feeds (url, interval_s, next_poll, added_at) VALUES (?, ?, ?, ?)', [norm, interval, now, now]);
    const row = await tx.get<Row>('SELECT * FROM feeds WHERE url = ?', [norm]);
    return { feed: feedOf(row!), added: true };
  });
}

export async function listFeeds(db: Db): Promise<Feed[]> {
  return (await db.all<Row>('SELECT * FROM feeds ORDER BY id')).map(feedOf);
}

export async function getFeed(db: Db, idOrUrl: string | number): Promise<Feed | null> {
  const byId = typeof idOrUrl === 'number' || /^\d+$/.test(idOrUrl);
  const row = byId
    ? await db.get<Row>('SELECT * FROM feeds WHERE id = ?', [Number(idOrUrl)])
    : await db.get<Row>('SELECT * FROM feeds WHERE url = ?', [normaliseFeedUrl(String(idOrUrl))]);
  return row ? feedOf(row) : null;
}

/** Removes the feed and its item memory; its articles stay (they are news already read). */
export async function removeFeed(db: Db, idOrUrl: string | number): Promise<boolean> {
  const feed = await getFeed(db, idOrUrl);
  if (!feed) return false;
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM feed_items WHERE feed_id = ?', [feed.id]);
    await tx.run('DELETE FROM feeds WHERE id = ?', [feed.id]);
  });
  return true;
}

export async function dueFeeds(db: Db, now = new Date()): Promise<Feed[]> {
  return (await db.all<Row>('SELECT * FROM feeds WHERE next_poll <= ? ORDER BY next_poll, id', [now.toISOString()])).map(feedOf);
}

export function clampInterval(s: number): number {
  return Math.round(Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, s)));
}

/**
 * The next interval: halved after a poll that brought new items, stretched by half after a quiet
 * one (304 or nothing new), within [5 min, 24 h].
 */
export function nextInterval(current: number, newItems: number): number {
  return clampInterval(newItems > 0 ? current / 2 : current * 1.5);
}

export interface PollResult {
  newItems: number;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  /** Set when the poll failed: the feed backs off exponentially. */
  error?: string;
}

export async function recordPoll(db: Db, feed: Feed, r: PollResult, now = new Date()): Promise<Feed> {
  const at = now.toISOString();
  if (r.error) {
    const failures = feed.failures + 1;
    const wait = Math.min(MAX_INTERVAL_S, feed.intervalS * 2 ** Math.min(failures, 6));
    await db.run('UPDATE feeds SET failures = ?, last_error = ?, last_polled = ?, next_poll = ? WHERE id = ?',
      [failures, r.error.slice(0, 500), at, new Date(now.getTime() + wait * 1000).toISOString(), feed.id]);
  } else {
    const interval = nextInterval(feed.intervalS, r.newItems);
    await db.run(`UPDATE feeds SET failures = 0, last_error = NULL, last_polled = ?, next_poll = ?, interval_s = ?,
        etag = ?, last_modified = ?, title = ?, items_total = items_total + ?, last_new_at = ? WHERE id = ?`,
    [at, new Date(now.getTime() + interval * 1000).toISOString(), interval,
      r.etag !== undefined ? r.etag : feed.etag, r.lastModified !== undefined ? r.lastModified : feed.lastModified,
      r.title ?? feed.title, r.newItems, r.newItems > 0 ? at : feed.lastNewAt, feed.id]);
  }
  return (await getFeed(db, feed.id))!;
}
