// Subscribers of the weekly briefing, with double opt-in: a subscriber is `pending` until the
// signed link in the confirmation mail is followed, then `confirmed`, and `unsubscribed` after
// one click on the link every mail carries (the row stays, so the address is not mailed again).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../store/db.ts';
import { InputError } from '../model/errors.ts';
import type { Filters } from './model.ts';
import { checkEmail } from './watchlists.ts';

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface Subscriber {
  id: string;
  email: string;
  status: SubscriberStatus;
  filters: Filters;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
}

interface Row {
  id: string;
  email: string;
  status: SubscriberStatus;
  filters: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

export const FiltersSchema = z
  .object({
    countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected ISO alpha-3 codes such as PRK')).max(50).optional(),
    actors: z.array(z.string().min(1).max(100)).max(50).optional(),
    eventTypes: z.array(z.string().regex(/^[A-Z]+$/, 'expected PLOVER types such as ASSAULT')).max(16).optional(),
  })
  .strict();

function fromRow(r: Row): Subscriber {
  return {
    id: r.id,
    email: r.email,
    status: r.status,
    filters: FiltersSchema.parse(JSON.parse(r.filters)),
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
    unsubscribedAt: r.unsubscribed_at,
  };
}

export function checkFilters(f: unknown): Filters {
  const r = FiltersSchema.safeParse(f);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new InputError(`filters: ${i.path.join('.')}: ${i.message}`);
  }
  const out: Filters = {};
  if (r.data.countries?.length) out.countries = [...new Set(r.data.countries)];
  if (r.data.actors?.length) out.actors = [...new Set(r.data.actors)];
  if (r.data.eventTypes?.length) out.eventTypes = [...new Set(r.data.eventTypes)];
  return out;
}

export async function getSubscriber(db: Db, id: string): Promise<Subscriber | null> {
  const r = await db.get<Row>('SELECT * FROM brief_subscribers WHERE id = ?', [id]);
  return r ? fromRow(r) : null;
}

export async function findSubscriber(db: Db, email: string): Promise<Subscriber | null> {
  const r = await db.get<Row>('SELECT * FROM brief_subscribers WHERE email = ?', [email.trim().toLowerCase()]);
  return r ? fromRow(r) : null;
}

/**
 * Adds a subscriber (pending unless `confirmed`), or, for a known address, updates its filters and
 * puts an unsubscribed address back to pending (it has to confirm again).
 */
export async function upsertSubscriber(db: Db, emailIn: string, filtersIn: unknown, opts: { confirmed?: boolean; now?: Date } = {}): Promise<Subscriber> {
  const email = checkEmail(emailIn);
  const filters = checkFilters(filtersIn ?? {});
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction(async (tx) => {
    const existing = await tx.get<Row>('SELECT * FROM brief_subscribers WHERE email = ?', [email]);
    if (!existing) {
      const id = randomBytes(12).toString('hex');
      const status: SubscriberStatus = opts.confirmed ? 'confirmed' : 'pending';
      await tx.run('INSERT INTO brief_subscribers (id, email, status, filters, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)', [
        id, email, status, JSON.stringify(filters), now, opts.confirmed ? now : null,
      ]);
    } else {
      const status: SubscriberStatus = opts.confirmed ? 'confirmed' : existing.status === 'unsubscribed' ? 'pending' : existing.status;
      await tx.run('UPDATE brief_subscribers SET filters = ?, status = ?, confirmed_at = ?, unsubscribed_at = ? WHERE id = ?', [
        JSON.stringify(filters), status, status === 'confirmed' ? existing.confirmed_at ?? now : null, null, existing.id,
      ]);
    }
    return fromRow((await tx.get<Row>('SELECT * FROM brief_subscribers WHERE email = ?', [email]))!);
  });
}

export async function markConfirmSent(db: Db, id: string, now = new Date()): Promise<void> {
  await db.run('UPDATE brief_subscribers SET confirm_sent_at = ? WHERE id = ?', [now.toISOString(), id]);
}

/** Confirms when the token's address is still the subscriber's; returns the subscriber or null. */
export async function confirmSubscriber(db: Db, id: string, email: string, now = new Date()): Promise<Subscriber | null> {
  await db.run(`UPDATE brief_subscribers SET status = 'confirmed', confirmed_at = ? WHERE id = ? AND email = ? AND status = 'pending'`, [now.toISOString(), id, email]);
  const s = await getSubscriber(db, id);
  return s && s.email === email && s.status === 'confirmed' ? s : null;
}

export async function unsubscribe(db: Db, id: string, email: string, now = new Date()): Promise<boolean> {
  await db.run(`UPDATE brief_subscribers SET status = 'unsubscribed', unsubscribed_at = ? WHERE id = ? AND email = ? AND status <> 'unsubscribed'`, [now.toISOString(), id, email]);
  const s = await getSubscriber(db, id);
  return Boolean(s && s.email === email && s.status === 'unsubscribed');
}

/** Removes the row and its delivery log (an operator's erase, unlike unsubscribe). */
export async function removeSubscriber(db: Db, email: string): Promise<boolean> {
  return (await db.run('DELETE FROM brief_subscribers WHERE email = ?', [email.trim().toLowerCase()])).changes > 0;
}

export async function listSubscribers(db: Db, status?: SubscriberStatus): Promise<Subscriber[]> {
  const rows = status
    ? await db.all<Row>('SELECT * FROM brief_subscribers WHERE status = ? ORDER BY email', [status])
    : await db.all<Row>('SELECT * FROM brief_subscribers ORDER BY email');
  return rows.map(fromRow);
}
