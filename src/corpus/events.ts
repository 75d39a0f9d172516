// Events as the corpus counts them: from original articles only (copies are not new coverage),
// without negated or hypothetical ones, each in the ISO week it happened.
import type { Db, Param } from '../store/db.ts';
import { goldsteinOf } from './goldstein.ts';
import { addDays, daysBetween, isoWeek } from './weeks.ts';
import { num } from './sql.ts';

export interface Range { since?: string; until?: string }

export interface CountedEvent {
  articleId: string;
  idx: number;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string;
  day: string;
  week: string;
  type: string;
  mode: string | null;
  status: string;
  cameo: string | null;
  goldstein: number | null;
  actorKey: string | null;
  actorName: string | null;
  actorCountry: string | null;
  actorSector: string | null;
  targetKey: string | null;
  targetName: string | null;
  targetCountry: string | null;
  targetSector: string | null;
  trigger: string;
  locationName: string | null;
  locationCountry: string | null;
  lat: number | null;
  lon: number | null;
}

interface EventRow {
  article_id: string; idx: number; url: string | null; title: string | null; publisher: string | null; published: string | null; doc_day: string | null;
  type: string; mode: string | null; status: string; cameo: string | null; goldstein: number | null;
  actor_key: string | null; actor_name: string | null; actor_country: string | null; actor_sector: string | null;
  target_key: string | null; target_name: string | null; target_country: string | null; target_sector: string | null;
  event_date: string | null; trigger_text: string; location_name: string | null; location_country: string | null;
  lat: number | null; lon: number | null;
}

/** How far before its report an event may be dated and still count in its own week. */
const RECENT_DAYS = 30;

/** Counted on its own date when that is a recent day, else on the day it was reported. */
export function eventDay(eventDate: string | null, published: string): string {
  if (eventDate && /^\d{4}-\d{2}-\d{2}$/.test(eventDate)) {
    const back = daysBetween(eventDate, published);
    if (back >= 0 && back <= RECENT_DAYS) return eventDate;
  }
  return published;
}

export const COUNTED_STATUS = "e.status NOT IN ('negated', 'hypothetical')";

/**
 * Events in a date range, with an extra SQL condition on `e` (article_events) and `a` (articles).
 * The range applies to the day an event is counted on.
 */
export async function loadEvents(db: Db, range: Range, where = '', params: Param[] = []): Promise<CountedEvent[]> {
  const cond: string[] = ['d.duplicate_of IS NULL', COUNTED_STATUS];
  const p: Param[] = [];
  // Reports up to RECENT_DAYS after the range can still date an event inside it.
  if (range.since) { cond.push('coalesce(a.published, d.day) >= ?'); p.push(range.since); }
  if (range.until) { cond.push('coalesce(a.published, d.day) <= ?'); p.push(addDays(range.until, RECENT_DAYS)); }
  if (where) { cond.push(`(${where})`); p.push(...params); }
  const rows = await db.all<EventRow>(
    `SELECT e.article_id, e.idx, coalesce(a.canonical_url, a.uri) AS url, a.title, a.publisher, a.published, d.day AS doc_day, e.type, e.mode, e.status, e.cameo, e.goldstein,
            e.actor_key, e.actor_name, e.actor_country, e.actor_sector, e.target_key, e.target_name, e.target_country, e.target_sector,
            e.event_date, e.trigger_text, e.location_name, e.location_country, e.lat, e.lon
       FROM article_events e
       JOIN articles a ON a.seq = e.article_seq
       LEFT JOIN corpus_docs d ON d.article_id = a.id
      WHERE ${cond.join(' AND ')}
      ORDER BY a.published, e.article_id, e.idx`,
    p,
  );
  const out: CountedEvent[] = [];
  for (const r of rows) {
    const published = r.published ?? r.doc_day ?? (r.event_date && /^\d{4}-\d{2}-\d{2}$/.test(r.event_date) ? r.event_date : null);
    if (!published) continue;
    const day = eventDay(r.event_date, published);
    if ((range.since && day < range.since) || (range.until && day > range.until)) continue;
    out.push({
      articleId: r.article_id, idx: num(r.idx), url: r.url, title: r.title, publisher: r.publisher, published, day, week: isoWeek(day),
      type: r.type, mode: r.mode, status: r.status, cameo: r.cameo,
      goldstein: goldsteinOf({ goldstein: r.goldstein == null ? null : num(r.goldstein), cameo: r.cameo, type: r.type }),
      actorKey: r.actor_key, actorName: r.actor_name, actorCountry: r.actor_country, actorSector: r.actor_sector,
      targetKey: r.target_key, targetName: r.target_name, targetCountry: r.target_country, targetSector: r.target_sector,
      trigger: r.trigger_text, locationName: r.location_name, locationCountry: r.location_country,
      lat: r.lat == null ? null : num(r.lat), lon: r.lon == null ? null : num(r.lon),
    });
  }
  return out;
}
