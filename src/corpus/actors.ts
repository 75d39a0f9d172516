// Actors and country pairs over time: events by ISO week and PLOVER type, the mean Goldstein
// score (cooperation > 0 > conflict), quote counts, and the pairs whose score moved most.
import type { Db, Param } from '../store/db.ts';
import { addWeeks, isoWeek, weekEnd, weekStart, weeksBetween } from './weeks.ts';
import { loadEvents, type CountedEvent, type Range } from './events.ts';
import { marks, num } from './sql.ts';
import { countryOfKey } from '../store/keys.ts';

export interface WeekPoint {
  week: string;
  events: number;
  /** Events per PLOVER type, only the types that occurred. */
  byType: Record<string, number>;
  /** Mean Goldstein score of the week's events, or null without scored events. */
  score: number | null;
  cooperation: number;
  conflict: number;
  quotes: number;
}

export interface EventRef {
  articleId: string;
  title: string | null;
  publisher: string | null;
  day: string;
  type: string;
  goldstein: number | null;
  actor: string | null;
  target: string | null;
  trigger: string;
}

export interface ActorTimeline {
  actor: { key: string; name: string | null; country: string | null };
  weeks: WeekPoint[];
  totals: { events: number; quotes: number; score: number | null };
}

export interface DyadTimeline {
  a: string;
  b: string;
  weeks: WeekPoint[];
  totals: { events: number; quotes: number; score: number | null };
}

export interface DyadSummary { a: string; b: string; events: number; score: number | null; byType: Record<string, number>; lastDay: string }

export interface DyadShift {
  a: string;
  b: string;
  week: string;
  events: number;
  score: number;
  /** Mean score over the baseline weeks' events, null when the pair had none. */
  baseline: number | null;
  baselineEvents: number;
  delta: number;
  /** The week's events behind the shift (up to 10). */
  evidence: EventRef[];
}

const round = (x: number): number => Math.round(x * 100) / 100;

function emptyPoint(week: string): WeekPoint {
  return { week, events: 0, byType: {}, score: null, cooperation: 0, conflict: 0, quotes: 0 };
}

/** Fills one point per week of the range (weeks without events included, so charts have no holes). */
function weekly(events: CountedEvent[], quotes: Map<string, number>, range: Required<Range>): WeekPoint[] {
  const points = new Map(weeksBetween(range.since, range.until).map((w) => [w, emptyPoint(w)]));
  const sums = new Map<string, { s: number; n: number }>();
  for (const e of events) {
    const p = points.get(e.week);
    if (!p) continue;
    p.events++;
    p.byType[e.type] = (p.byType[e.type] ?? 0) + 1;
    if (e.goldstein !== null) {
      const s = sums.get(e.week) ?? { s: 0, n: 0 };
      s.s += e.goldstein;
      s.n++;
      sums.set(e.week, s);
      if (e.goldstein > 0) p.cooperation++;
      else if (e.goldstein < 0) p.conflict++;
    }
  }
  for (const [w, s] of sums) points.get(w)!.score = round(s.s / s.n);
  for (const [w, n] of quotes) { const p = points.get(w); if (p) p.quotes = n; }
  return [...points.values()];
}

function totals(weeks: WeekPoint[], events: CountedEvent[]): { events: number; quotes: number; score: number | null } {
  const scored = events.filter((e) => e.goldstein !== null);
  return {
    events: weeks.reduce((s, w) => s + w.events, 0),
    quotes: weeks.reduce((s, w) => s + w.quotes, 0),
    score: scored.length ? round(scored.reduce((s, e) => s + e.goldstein!, 0) / scored.length) : null,
  };
}

/** The range a caller gave, or the last 12 weeks up to today. */
export function fullRange(range: Range): Required<Range> {
  const until = range.until ?? new Date().toISOString().slice(0, 10);
  const since = range.since ?? weekStart(addWeeks(isoWeek(until), -11));
  return { since, until };
}

/** An actor's quotes by week: those it said, alone or as one of a joint speaker (article_quote_speakers). */
async function quoteWeeks(db: Db, actorKey: string, range: Required<Range>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const from of ['article_quotes q', 'article_quote_speakers s JOIN article_quotes q ON q.article_seq = s.article_seq AND q.idx = s.idx']) {
    const who = from.startsWith('article_quotes') ? 'q.speaker_key' : 's.speaker_key';
    const rows = await db.all<{ day: string; n: number }>(
      `SELECT coalesce(q.quote_date, a.published) AS day, count(*) AS n
         FROM ${from} JOIN articles a ON a.seq = q.article_seq
         LEFT JOIN corpus_docs d ON d.article_id = a.id
        WHERE d.duplicate_of IS NULL AND ${who} = ? AND coalesce(q.quote_date, a.published) >= ? AND coalesce(q.quote_date, a.published) <= ?
        GROUP BY coalesce(q.quote_date, a.published)`,
      [actorKey, range.since, range.until],
    );
    for (const r of rows) if (r.day) out.set(isoWeek(r.day.slice(0, 10)), (out.get(isoWeek(r.day.slice(0, 10))) ?? 0) + num(r.n));
  }
  return out;
}

export async function actorTimeline(db: Db, actorKey: string, range: Range = {}): Promise<ActorTimeline> {
  const r = fullRange(range);
  const events = await loadEvents(db, r, 'e.actor_key = ? OR e.target_key = ?', [actorKey, actorKey]);
  const quotes = await quoteWeeks(db, actorKey, r);
  const who = await db.get<{ name: string; country: string | null }>(
    // Among rows with as many mentions, the first in (published, article_id) order, as the index
    // on those gave them before the child rows were keyed by seq (SQLite: then by row).
    `SELECT name, country FROM article_entities WHERE actor_key = ? ORDER BY mentions DESC, published, article_id${db.dialect === 'sqlite' ? ', rowid' : ''} LIMIT 1`, [actorKey]);
  const weeks = weekly(events, quotes, r);
  // A country only its organs and forces stand for ("Malian troops", "the Defense Ministry") has no entity row of its own.
  const state = who ? null : countryOfKey(actorKey);
  const name = who?.name ?? state?.name ?? null;
  return { actor: { key: actorKey, name, country: who?.country ?? state?.iso3 ?? null }, weeks, totals: totals(weeks, events) };
}

function pair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Both directions of a country pair (A on B and B on A), by week. */
export async function dyadTimeline(db: Db, countryA: string, countryB: string, range: Range = {}): Promise<DyadTimeline> {
  const r = fullRange(range);
  const [a, b] = pair(countryA.toUpperCase(), countryB.toUpperCase());
  const events = await loadEvents(db, r,
    '(e.actor_country = ? AND e.target_country = ?) OR (e.actor_country = ? AND e.target_country = ?)', [a, b, b, a]);
  const articles = [...new Set(events.map((e) => e.articleId))];
  const quotes = new Map<string, number>();
  if (articles.length) {
    // Quotes by either side's speakers in the articles that report the pair's events.
    const rows = await db.all<{ article_id: string; n: number }>(
      `SELECT article_id, count(*) AS n FROM article_quotes WHERE speaker_country IN (?, ?) AND article_seq IN (SELECT seq FROM articles WHERE id IN (${marks(articles.length)})) GROUP BY article_id`,
      [a, b, ...articles],
    );
    const weekOf = new Map(events.map((e) => [e.articleId, isoWeek(e.published)]));
    for (const row of rows) {
      const w = weekOf.get(row.article_id)!;
      quotes.set(w, (quotes.get(w) ?? 0) + num(row.n));
    }
  }
  const weeks = weekly(events, quotes, r);
  return { a, b, weeks, totals: totals(weeks, events) };
}

function dyadEvents(events: CountedEvent[]): Map<string, CountedEvent[]> {
  const out = new Map<string, CountedEvent[]>();
  for (const e of events) {
    if (!e.actorCountry || !e.targetCountry || e.actorCountry === e.targetCountry) continue;
    const k = pair(e.actorCountry, e.targetCountry).join('|');
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

function mean(events: CountedEvent[]): number | null {
  const s = events.filter((e) => e.goldstein !== null);
  return s.length ? s.reduce((t, e) => t + e.goldstein!, 0) / s.length : null;
}

function byType(events: CountedEvent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) out[e.type] = (out[e.type] ?? 0) + 1;
  return out;
}

const DYAD_WHERE = 'e.actor_country IS NOT NULL AND e.target_country IS NOT NULL AND e.actor_country <> e.target_country';

/** Country pairs with the most events in the range. */
export async function activeDyads(db: Db, opts: Range & { limit?: number } = {}): Promise<DyadSummary[]> {
  const r = fullRange(opts);
  const groups = dyadEvents(await loadEvents(db, r, DYAD_WHERE));
  const out: DyadSummary[] = [];
  for (const [k, list] of groups) {
    const [a, b] = k.split('|');
    const m = mean(list);
    out.push({ a, b, events: list.length, score: m === null ? null : round(m), byType: byType(list), lastDay: list.reduce((d, e) => (e.day > d ? e.day : d), '') });
  }
  out.sort((x, y) => y.events - x.events || (x.a + x.b < y.a + y.b ? -1 : 1));
  return out.slice(0, opts.limit ?? 20);
}

export function eventRef(e: CountedEvent): EventRef {
  return {
    articleId: e.articleId, title: e.title, publisher: e.publisher, day: e.day, type: e.type, goldstein: e.goldstein,
    actor: e.actorName ?? e.actorKey, target: e.targetName ?? e.targetKey, trigger: e.trigger,
  };
}

/**
 * Pairs whose score in `week` moved most against their mean over the `baselineWeeks` before it.
 * Ranked by |delta| weighted by the evidence (more events, surer shift); a pair new this week
 * is measured against neutral (0).
 */
export async function dyadShifts(db: Db, opts: { week: string; baselineWeeks?: number; minEvents?: number; limit?: number }): Promise<DyadShift[]> {
  const base = opts.baselineWeeks ?? 8;
  const since = weekStart(addWeeks(opts.week, -base));
  const until = weekEnd(opts.week);
  const groups = dyadEvents(await loadEvents(db, { since, until }, DYAD_WHERE));
  const out: DyadShift[] = [];
  for (const [k, list] of groups) {
    const now = list.filter((e) => e.week === opts.week);
    if (now.length < (opts.minEvents ?? 1)) continue;
    const score = mean(now);
    if (score === null) continue;
    const before = list.filter((e) => e.week < opts.week);
    const baseline = mean(before);
    const [a, b] = k.split('|');
    out.push({
      a, b, week: opts.week, events: now.length, score: round(score), baseline: baseline === null ? null : round(baseline),
      baselineEvents: before.length, delta: round(score - (baseline ?? 0)),
      evidence: now.slice(0, 10).map(eventRef),
    });
  }
  const weight = (s: DyadShift): number => Math.abs(s.delta) * Math.log2(1 + s.events);
  out.sort((x, y) => weight(y) - weight(x) || (x.a + x.b < y.a + y.b ? -1 : 1));
  return out.slice(0, opts.limit ?? 10);
}

