// Watchlists in the store: what an analyst follows, and where its alerts go (mail, webhook).
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { InputError } from '../model/errors.ts';
import { isEmptySpec, WatchSpec } from './match.ts';

export interface Watchlist {
  id: string;
  name: string;
  spec: WatchSpec;
  email: string | null;
  webhookUrl: string | null;
  createdAt: string;
}

interface Row {
  id: string;
  name: string;
  spec: string;
  email: string | null;
  webhook_url: string | null;
  created_at: string;
}

function fromRow(r: Row): Watchlist {
  return { id: r.id, name: r.name, spec: WatchSpec.parse(JSON.parse(r.spec)), email: r.email, webhookUrl: r.webhook_url, createdAt: r.created_at };
}

export function checkEmail(email: string, what = 'email'): string {
  const e = email.trim().toLowerCase();
  if (e.length > 254 || !/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(e)) {
    throw new InputError(`${what}: "${email}" is not an email address`);
  }
  return e;
}

export function checkWebhook(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError(`--webhook: "${url}" is not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(`--webhook: "${url}" must be http(s)`);
  return u.href;
}

export interface NewWatchlist {
  name: string;
  spec: unknown;
  email?: string | null;
  webhookUrl?: string | null;
}

export async function addWatchlist(db: Db, w: NewWatchlist, now = new Date()): Promise<Watchlist> {
  const name = w.name.trim();
  if (!name || name.length > 100) throw new InputError('watchlist name: give 1 to 100 characters');
  const parsed = WatchSpec.safeParse(w.spec);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new InputError(`watchlist "${name}": ${i.path.join('.') || 'spec'}: ${i.message}`);
  }
  if (isEmptySpec(parsed.data)) throw new InputError(`watchlist "${name}": give at least one of actors, countries, pairs, event types, statuses, keywords, minimum severity`);
  const email = w.email ? checkEmail(w.email, '--email') : null;
  const webhook = w.webhookUrl ? checkWebhook(w.webhookUrl) : null;
  if (await db.get('SELECT id FROM brief_watchlists WHERE name = ?', [name])) throw new InputError(`watchlist "${name}" exists already`);
  const id = randomBytes(8).toString('hex');
  await db.run('INSERT INTO brief_watchlists (id, name, spec, email, webhook_url, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
    id, name, JSON.stringify(parsed.data), email, webhook, now.toISOString(),
  ]);
  return { id, name, spec: parsed.data, email, webhookUrl: webhook, createdAt: now.toISOString() };
}

export async function listWatchlists(db: Db): Promise<Watchlist[]> {
  return (await db.all<Row>('SELECT * FROM brief_watchlists ORDER BY name')).map(fromRow);
}

/** Removes by name or id; false when there is none. */
export async function removeWatchlist(db: Db, nameOrId: string): Promise<boolean> {
  const r = await db.run('DELETE FROM brief_watchlists WHERE name = ? OR id = ?', [nameOrId, nameOrId]);
  return r.changes > 0;
}
