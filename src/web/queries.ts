// Read queries the API and pages share, over the core tables (src/store/migrations/core.ts).
// Portable SQL for SQLite and PostgreSQL; every list is paged and bounded.
import { headlineOf } from '../extract/lead-label.ts';
import type { Db, Param } from '../store/db.ts';
import { actorKeysFor, untitledLead } from '../store/articles.ts';
import { countryOfKey } from '../store/keys.ts';
import { goldsteinOf } from '../corpus/goldstein.ts';
import { eventDay } from '../corpus/events.ts';
import { addDays } from './dates.ts';
import { countryName } from './map.ts';

export interface Paged<T> { total: number; limit: number; offset: number; items: T[] }

export interface EventFilter {
  since?: string;
  until?: string;
  /** PLOVER types, any of. */
  types?: string[];
  statuses?: string[];
  /** Actor key or name: the event's actor or its target. */
  actor?: string;
  /** ISO alpha-3: the actor's or the target's country. */
  country?: string;
  /** Two ISO alpha-3 codes: events between them, either direction. */
  pair?: [string, string];
  articleId?: string;
  /** Only events with coordinates (the map). */
  located?: boolean;
  /**
   * Only the events the corpus layer counts in timelines: not negated or hypothetical, and not
   * from an article that copies another (so a wire story run by five outlets counts once).
   */
  counted?: boolean;
  limit?: number;
  offset?: number;
}

export interface EventActorRow { key: string | null; name: string | null; country: string | null; sector: string | null }

export interface EventRow {
  articleId: string;
  idx: number;
  type: string;
  mode: string | null;
  status: string;
  cameo: string | null;
  goldstein: number | null;
  actor: EventActorRow | null;
  target: EventActorRow | null;
  date: string | null;
  datePrecision: string | null;
  location: { name: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  trigger: { text: string; start: number; end: number };
  sentence: { start: number; end: number; text: string };
  confidence: number;
  article: { title: string | null; headline: string | null; publisher: string | null; published: string | null };
}

interface EventSqlRow {
  article_id: string; idx: number; type: string; mode: string | null; status: string; cameo: string | null; goldstein: number | null;
  actor_key: string | null; actor_name: string | null; actor_country: string | null; actor_sector: string | null;
  target_key: string | null; target_name: string | null; target_country: string | null; target_sector: string | null;
  event_date: string | null; date_precision: string | null; location_name: string | null; location_country: string | null;
  lat: number | null; lon: number | null; trigger_text: string; trigger_start: number; trigger_end: number;
  sentence_start: number; sentence_end: number; sentence: string | null; confidence: number;
  title: string | null; publisher: string | null; published: string | null; lead: string | null;
}

export function clampLimit(limit: number | undefined, fallback = 50, max = 500): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(Math.floor(limit), max));
}

function inList(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** The child rows of an article are keyed by its seq (src/store/migrations/ingest.ts): a given id becomes one. */
const SEQ_OF_ID = '(SELECT seq FROM articles WHERE id = ?)';

/** An event's or quote's key: its article (id, and seq for the lookup) and its index there. */
type RowKey = { article_id: string; article_seq: number; idx: number };

export function eventWhere(f: EventFilter): { where: string[]; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  if (f.since) { where.push('e.event_date >= ?'); params.push(f.since); }
  if (f.until) { where.push('e.event_date <= ?'); params.push(f.until); }
  if (f.types?.length) { where.push(`e.type IN (${inList(f.types.length)})`); params.push(...f.types); }
  if (f.statuses?.length) { where.push(`e.status IN (${inList(f.statuses.length)})`); params.push(...f.statuses); }
  if (f.actor) {
    const keys = actorKeysFor(f.actor);
    where.push(`(e.actor_key IN (${inList(keys.length)}) OR e.target_key IN (${inList(keys.length)}))`);
    params.push(...keys, ...keys);
  }
  if (f.country) { where.push('(e.actor_country = ? OR e.target_country = ?)'); params.push(f.country, f.country); }
  if (f.pair) {
    const [a, b] = f.pair;
    where.push('((e.actor_country = ? AND e.target_country = ?) OR (e.actor_country = ? AND e.target_country = ?))');
    params.push(a, b, b, a);
  }
  if (f.articleId) { where.push(`e.article_seq = ${SEQ_OF_ID}`); params.push(f.articleId); }
  if (f.located) where.push('e.lat IS NOT NULL AND e.lon IS NOT NULL');
  if (f.counted) {
    where.push("e.status NOT IN ('negated', 'hypothetical')");
    // The copies' seqs, once per query: the covering event indexes hold the seq, not the id (a
    // duplicate's id is never empty, and `> ''` reads it from the duplicate_of index).
    where.push("e.article_seq NOT IN (SELECT ca.seq FROM corpus_docs d JOIN articles ca ON ca.id = d.article_id WHERE d.duplicate_of > '')");
  }
  return { where, params };
}

const EVENT_SELECT = `e.article_id, e.idx, e.type, e.mode, e.status, e.cameo, e.goldstein,
  e.actor_key, e.actor_name, e.actor_country, e.actor_sector, e.target_key, e.target_name, e.target_country, e.target_sector,
  e.event_date, e.date_precision, e.location_name, e.location_country, e.lat, e.lon,
  e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
  SUBSTR(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, e.confidence,
  a.title, a.publisher, a.published, ${untitledLead('a')}`;

function eventOf(r: EventSqlRow): EventRow {
  const actor = (key: string | null, name: string | null, country: string | null, sector: string | null): EventActorRow | null =>
    key || name || country ? { key, name, country, sector } : null;
  return {
    articleId: r.article_id, idx: Number(r.idx), type: r.type, mode: r.mode, status: r.status, cameo: r.cameo,
    goldstein: r.goldstein == null ? null : Number(r.goldstein),
    actor: actor(r.actor_key, r.actor_name, r.actor_country, r.actor_sector),
    target: actor(r.target_key, r.target_name, r.target_country, r.target_sector),
    date: r.event_date, datePrecision: r.date_precision,
    location: r.location_name || r.location_country || r.lat != null
      ? { name: r.location_name, country: r.location_country, lat: r.lat == null ? null : Number(r.lat), lon: r.lon == null ? null : Number(r.lon) }
      : null,
    trigger: { text: r.trigger_text, start: Number(r.trigger_start), end: Number(r.trigger_end) },
    sentence: { start: Number(r.sentence_start), end: Number(r.sentence_end), text: r.sentence ?? '' },
    confidence: Number(r.confidence),
    article: { title: r.title, headline: headlineOf(r.title, r.lead), publisher: r.publisher, published: r.published },
  };
}

export async function listEvents(db: Db, f: EventFilter): Promise<Paged<EventRow>> {
  const { where, params } = eventWhere(f);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_events e ${w}`, params);
  // The page's keys first (the date index orders them), then the details of those rows only: the
  // sentence is cut from the article text, which must not happen for every event in the store.
  const page = await newestFirst(db, 'article_events e', where.length ? where.join(' AND ') : '1 = 1', params, 'e.event_date', offset + limit);
  const keys = await db.all<RowKey>(
    `SELECT e.article_id, e.article_seq, e.idx FROM article_events e WHERE ${page.where} ORDER BY e.event_date DESC, e.article_id, e.idx LIMIT ? OFFSET ?`, [...page.params, limit, offset]);
  return { total: Number(total?.n ?? 0), limit, offset, items: await eventsByKeys(db, keys) };
}

async function eventsByKeys(db: Db, keys: RowKey[]): Promise<EventRow[]> {
  if (!keys.length) return [];
  const rows = await db.all<EventSqlRow>(
    `SELECT ${EVENT_SELECT} FROM article_events e JOIN articles a ON a.seq = e.article_seq
     WHERE ${keys.map(() => '(e.article_seq = ? AND e.idx = ?)').join(' OR ')}`, keys.flatMap((k) => [k.article_seq, k.idx]));
  const byKey = new Map(rows.map((r) => [`${r.article_id}\u0000${r.idx}`, r]));
  return keys.map((k) => byKey.get(`${k.article_id}\u0000${k.idx}`)).filter((r): r is EventSqlRow => !!r).map(eventOf);
}

// ---- counting days ----
// Timelines count an event in the week the corpus layer gives it (src/corpus/events.ts eventDay): its
// own date when that is at most a month before its report, else the report's day. An article of
// 2016 recalling 2013, or misdating "in 30 years" as 2046, counts in the week it was published.

/** Reports this many days after a range can still date an event inside it (eventDay allows 30). */
const REPORT_LAG_DAYS = 92;

function countedDay(eventDate: string | null, published: string | null): string | null {
  const p = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : eventDate && isDayish(eventDate) ? eventDate : null;
  return p ? eventDay(eventDate, p) : null;
}

function isDayish(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** The range's condition on the report's day: every event counted inside the range passes it. */
function reportRange(since: string | undefined, until: string | undefined): { where: string[]; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  if (since) { where.push('coalesce(a.published, dd.day) >= ?'); params.push(since); }
  if (until) { where.push('coalesce(a.published, dd.day) <= ?'); params.push(addDays(until, REPORT_LAG_DAYS)); }
  return { where, params };
}

const COUNTED_FROM = 'article_events e JOIN articles a ON a.seq = e.article_seq LEFT JOIN corpus_docs dd ON dd.article_id = a.id';

/**
 * Events, newest first, with since/until applied to the day a timeline counts them on (not the
 * event's own date): the events behind one week of a timeline (the pair page lists a clicked week).
 */
export async function listCountedEvents(db: Db, f: EventFilter): Promise<Paged<EventRow>> {
  if (!f.since && !f.until) return listEvents(db, f);
  const base = eventWhere({ ...f, since: undefined, until: undefined });
  const range = reportRange(f.since, f.until);
  const where = [...base.where, ...range.where];
  const rows = await db.all<RowKey & { d: string | null; p: string | null }>(
    `SELECT e.article_id, e.article_seq, e.idx, e.event_date AS d, coalesce(a.published, dd.day) AS p FROM ${COUNTED_FROM}
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.event_date DESC, e.article_id, e.idx`, [...base.params, ...range.params]);
  const keys = rows.filter((r) => {
    const day = countedDay(r.d, r.p);
    return day !== null && (!f.since || day >= f.since) && (!f.until || day <= f.until);
  });
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  return { total: keys.length, limit, offset, items: await eventsByKeys(db, keys.slice(offset, offset + limit)) };
}

export interface Count { key: string; count: number }

export async function eventCountsByType(db: Db, f: EventFilter): Promise<Count[]> {
  const { where, params } = eventWhere(f);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = await db.all<{ type: string; n: number }>(`SELECT e.type, COUNT(*) AS n FROM article_events e ${w} GROUP BY e.type ORDER BY n DESC, e.type`, params);
  return rows.map((r) => ({ key: r.type, count: Number(r.n) }));
}

/** Events per country where they happened: the located country, else the actor's country. */
export async function eventCountsByCountry(db: Db, f: EventFilter): Promise<Count[]> {
  const { where, params } = eventWhere(f);
  where.push('COALESCE(e.location_country, e.actor_country) IS NOT NULL');
  const rows = await db.all<{ c: string; n: number }>(
    `SELECT COALESCE(e.location_country, e.actor_country) AS c, COUNT(*) AS n FROM article_events e WHERE ${where.join(' AND ')} GROUP BY COALESCE(e.location_country, e.actor_country) ORDER BY n DESC`, params);
  return rows.map((r) => ({ key: r.c, count: Number(r.n) }));
}

export interface PlacePoint { name: string | null; country: string | null; lat: number; lon: number; count: number }

export async function eventPlaces(db: Db, f: EventFilter, limit = 300): Promise<PlacePoint[]> {
  const { where, params } = eventWhere({ ...f, located: true });
  const rows = await db.all<{ name: string | null; country: string | null; lat: number; lon: number; n: number }>(
    `SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, COUNT(*) AS n FROM article_events e
     WHERE ${where.join(' AND ')} GROUP BY e.location_name, e.location_country, e.lat, e.lon ORDER BY n DESC LIMIT ?`, [...params, limit]);
  return rows.map((r) => ({ name: r.name, country: r.country, lat: Number(r.lat), lon: Number(r.lon), count: Number(r.n) }));
}

// ---- country pairs ----

export interface PairCount { a: string; b: string; count: number; cooperation: number; conflict: number; goldstein: number | null }

/** Country pairs by the number of events between them (either direction), most active first. */
export async function activePairs(db: Db, f: EventFilter, limit = 10): Promise<PairCount[]> {
  const { where, params } = eventWhere(f);
  where.push('e.actor_country IS NOT NULL', 'e.target_country IS NOT NULL', 'e.actor_country <> e.target_country');
  const lo = 'CASE WHEN e.actor_country < e.target_country THEN e.actor_country ELSE e.target_country END';
  const hi = 'CASE WHEN e.actor_country < e.target_country THEN e.target_country ELSE e.actor_country END';
  const rows = await db.all<{ a: string; b: string; n: number; g: number | null; coop: number; conf: number }>(
    `SELECT ${lo} AS a, ${hi} AS b, COUNT(*) AS n, AVG(e.goldstein) AS g,
       SUM(CASE WHEN e.type IN (${inList(COOPERATION.length)}) THEN 1 ELSE 0 END) AS coop,
       SUM(CASE WHEN e.type IN (${inList(CONFLICT.length)}) THEN 1 ELSE 0 END) AS conf
     FROM article_events e WHERE ${where.join(' AND ')} GROUP BY ${lo}, ${hi} ORDER BY n DESC, a, b LIMIT ?`,
    [...COOPERATION, ...CONFLICT, ...params, limit]);
  return rows.map((r) => ({ a: r.a, b: r.b, count: Number(r.n), cooperation: Number(r.coop), conflict: Number(r.conf), goldstein: r.g == null ? null : round1(Number(r.g)) }));
}

/** PLOVER's cooperative and conflictual types (its quad classes, verbal and material together). */
export const COOPERATION = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST'];
export const CONFLICT = ['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

// ---- quotes ----

export interface QuoteFilter {
  /** Actor key or name of the speaker. */
  speaker?: string;
  /** Quotes by others that name this actor (key or name). */
  about?: string;
  since?: string;
  until?: string;
  articleId?: string;
  /** Words the quote holds. */
  q?: string;
  type?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteRow {
  articleId: string;
  idx: number;
  type: string;
  text: string;
  speaker: { key: string | null; name: string | null; country: string | null; sector: string | null } | null;
  cue: string | null;
  channel: string | null;
  date: string | null;
  start: number;
  end: number;
  /** The sentence the quote was read from, with its text (as an event row gives its sentence). */
  sentence: { start: number; end: number; text: string };
  article: { title: string | null; headline: string | null; publisher: string | null; published: string | null };
}

interface QuoteSqlRow {
  article_id: string; idx: number; type: string; text: string; speaker_key: string | null; speaker_name: string | null;
  speaker_country: string | null; speaker_sector: string | null; cue: string | null; channel: string | null; quote_date: string | null;
  start_offset: number; end_offset: number; sentence_start: number; sentence_end: number; sentence: string | null;
  title: string | null; publisher: string | null; published: string | null; lead: string | null;
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The words a quote about an actor is likely to use: the full name, and a person's surname. */
function nameNeedles(name: string, type: string | null): string[] {
  const out = new Set<string>([name.toLowerCase()]);
  const parts = name.split(/\s+/).filter(Boolean);
  if (type === 'PERSON' && parts.length > 1) {
    const last = parts[parts.length - 1].toLowerCase();
    if (last.length > 2) out.add(last);
  }
  return [...out];
}

export async function listQuotes(db: Db, f: QuoteFilter): Promise<Paged<QuoteRow>> {
  const where: string[] = [];
  const params: Param[] = [];
  // (A joint speaker's others have their rows in article_quote_speakers.)
  const jointBy = (n: number) => `(q.article_seq, q.idx) IN (SELECT s.article_seq, s.idx FROM article_quote_speakers s WHERE s.speaker_key IN (${inList(n)}))`;
  if (f.speaker) { const k = actorKeysFor(f.speaker); where.push(`(q.speaker_key IN (${inList(k.length)}) OR ${jointBy(k.length)})`); params.push(...k, ...k); }
  if (f.about) {
    const keys = actorKeysFor(f.about);
    const who = await getActorName(db, keys);
    const needles = nameNeedles(who?.name ?? f.about, who?.type ?? null);
    where.push(`(q.speaker_key IS NULL OR q.speaker_key NOT IN (${inList(keys.length)})) AND NOT ${jointBy(keys.length)}`);
    params.push(...keys, ...keys);
    // The recent articles once, rather than as a subquery in both the count and the page.
    const recent = await recentArticles(db, keys);
    if (!recent.length) recent.push(0);
    where.push(`q.article_seq IN (${inList(recent.length)})`);
    params.push(...recent);
    where.push(`(${needles.map(() => "LOWER(q.text) LIKE ? ESCAPE '\\'").join(' OR ')})`);
    params.push(...needles.map((n) => `%${likeEscape(n)}%`));
  }
  if (f.since) { where.push('q.quote_date >= ?'); params.push(f.since); }
  if (f.until) { where.push('q.quote_date <= ?'); params.push(f.until); }
  if (f.articleId) { where.push(`q.article_seq = ${SEQ_OF_ID}`); params.push(f.articleId); }
  if (f.type) { where.push('q.type = ?'); params.push(f.type); }
  if (f.q) { where.push("LOWER(q.text) LIKE ? ESCAPE '\\'"); params.push(`%${likeEscape(f.q.toLowerCase())}%`); }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  // Keys in date order first, then the page's rows with their article (as listEvents does). Quotes
  // "about" an actor come from a bounded set of articles and cost a text match each: one pass
  // gives both the count and the page.
  const order = 'ORDER BY q.quote_date DESC, q.article_id, q.idx';
  let total: number;
  let keys: RowKey[];
  if (f.about) {
    const all = await db.all<RowKey>(`SELECT q.article_id, q.article_seq, q.idx FROM article_quotes q ${w} ${order}`, params);
    total = all.length;
    keys = all.slice(offset, offset + limit);
  } else {
    total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_quotes q ${w}`, params))?.n ?? 0);
    const page = await newestFirst(db, 'article_quotes q', where.length ? where.join(' AND ') : '1 = 1', params, 'q.quote_date', offset + limit);
    keys = await db.all<RowKey>(`SELECT q.article_id, q.article_seq, q.idx FROM article_quotes q WHERE ${page.where} ${order} LIMIT ? OFFSET ?`, [...page.params, limit, offset]);
  }
  const found = keys.length ? await db.all<QuoteSqlRow>(
    `SELECT q.article_id, q.idx, q.type, q.text, q.speaker_key, q.speaker_name, q.speaker_country, q.speaker_sector, q.cue, q.channel,
       q.quote_date, q.start_offset, q.end_offset, q.sentence_start, q.sentence_end,
       SUBSTR(a.text, q.sentence_start + 1, q.sentence_end - q.sentence_start) AS sentence, a.title, a.publisher, a.published, ${untitledLead('a')}
     FROM article_quotes q JOIN articles a ON a.seq = q.article_seq
     WHERE ${keys.map(() => '(q.article_seq = ? AND q.idx = ?)').join(' OR ')}`, keys.flatMap((k) => [k.article_seq, k.idx])) : [];
  const byKey = new Map(found.map((r) => [`${r.article_id}\u0000${r.idx}`, r]));
  const rows = keys.map((k) => byKey.get(`${k.article_id}\u0000${k.idx}`)).filter((r): r is QuoteSqlRow => !!r);
  return {
    total, limit, offset,
    items: rows.map((r) => ({
      articleId: r.article_id, idx: Number(r.idx), type: r.type, text: r.text,
      speaker: r.speaker_key || r.speaker_name ? { key: r.speaker_key, name: r.speaker_name, country: r.speaker_country, sector: r.speaker_sector } : null,
      cue: r.cue, channel: r.channel, date: r.quote_date, start: Number(r.start_offset), end: Number(r.end_offset),
      sentence: { start: Number(r.sentence_start), end: Number(r.sentence_end), text: r.sentence ?? '' },
      article: { title: r.title, headline: headlineOf(r.title, r.lead), publisher: r.publisher, published: r.published },
    })),
  };
}

// ---- actors ----

export interface ActorFilter {
  /** Words of the name. */
  q?: string;
  country?: string;
  type?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface ActorSummary { key: string; name: string; type: string; kb: string | null; country: string | null; sector: string | null; articles: number; mentions: number }

export async function listActors(db: Db, f: ActorFilter): Promise<Paged<ActorSummary>> {
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  const ranked = f.since || f.until || f.q || f.country || f.type ? await rankMatchingActors(db, f, limit, offset)
    : {
      total: Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM actor_totals'))?.n ?? 0),
      top: await db.all<{ actor_key: string; n: number; m: number }>(
        'SELECT actor_key, articles AS n, mentions AS m FROM actor_totals ORDER BY articles DESC, mentions DESC, actor_key LIMIT ? OFFSET ?', [limit, offset]),
    };
  const about = await describeActors(db, ranked.top.map((t) => t.actor_key));
  return {
    total: ranked.total, limit, offset,
    items: ranked.top.map((t) => {
      const d = about.get(t.actor_key);
      return { key: t.actor_key, name: d?.name ?? t.actor_key, type: d?.type ?? '', kb: d?.kb ?? null, country: d?.country ?? null, sector: d?.sector ?? null, articles: Number(t.n), mentions: Number(t.m) };
    }),
  };
}

interface Ranked { total: number; top: Array<{ actor_key: string; n: number; m: number }> }

/**
 * Actors whose spellings match the name words, country or type, counting the matching spellings'
 * articles: from the roll-up, or with a date range from the entity rows themselves (they carry the day).
 */
async function rankMatchingActors(db: Db, f: ActorFilter, limit: number, offset: number): Promise<Ranked> {
  const dated = Boolean(f.since || f.until);
  const where: string[] = [];
  const params: Param[] = [];
  if (f.since) { where.push('x.published >= ?'); params.push(f.since); }
  if (f.until) { where.push('x.published <= ?'); params.push(f.until); }
  if (f.q) { where.push("LOWER(x.name) LIKE ? ESCAPE '\\'"); params.push(`%${likeEscape(f.q.toLowerCase())}%`); }
  if (f.country) { where.push('x.country = ?'); params.push(f.country); }
  if (f.type) { where.push('x.type = ?'); params.push(f.type); }
  const from = `${dated ? 'article_entities' : 'actor_variants'} x WHERE ${where.join(' AND ')}`;
  const total = await db.get<{ n: number }>(`SELECT COUNT(DISTINCT x.actor_key) AS n FROM ${from}`, params);
  const top = await db.all<{ actor_key: string; n: number; m: number }>(
    `SELECT x.actor_key, ${dated ? 'COUNT(*)' : 'SUM(x.articles)'} AS n, SUM(x.mentions) AS m FROM ${from}
     GROUP BY x.actor_key ORDER BY n DESC, m DESC, x.actor_key LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return { total: Number(total?.n ?? 0), top };
}

interface ActorDescription { name: string; type: string; kb: string | null; country: string | null; sector: string | null; n: number }

interface VariantRow { k: string; name: string; type: string; kb: string; country: string; sector: string; n: number; m: number }

/** An actor's spellings as the roll-up counts them ('' there is "none"). */
async function actorVariants(db: Db, keys: string[]): Promise<VariantRow[]> {
  if (!keys.length) return [];
  return db.all<VariantRow>(
    `SELECT actor_key AS k, name, type, kb, country, sector, articles AS n, mentions AS m FROM actor_variants WHERE actor_key IN (${inList(keys.length)})`, keys);
}

/** Each key's most frequent spelling: its name, type, kb id, country and sector. */
export async function describeActors(db: Db, keys: string[]): Promise<Map<string, ActorDescription>> {
  const out = new Map<string, ActorDescription>();
  for (const r of await actorVariants(db, [...new Set(keys)])) {
    const n = Number(r.n);
    const had = out.get(r.k);
    if (had && (had.n > n || (had.n === n && had.name <= r.name))) continue;
    out.set(r.k, { name: r.name, type: r.type, kb: r.kb || null, country: r.country || null, sector: r.sector || null, n });
  }
  return out;
}

export interface ActorProfile extends ActorSummary {
  names: Count[];
  roles: Count[];
  types: Count[];
  firstSeen: string | null;
  lastSeen: string | null;
  eventsAsActor: number;
  eventsAsTarget: number;
  quotesBy: number;
  /** Given only by a description as a side of events or a speaker of quotes: no article names it as an entity. */
  described: boolean;
}

/** How many of an actor's newest entity rows its roles are read from (most rows carry none). */
const ROLE_ROWS = 500;

/**
 * The actor as the store knows it across articles: from the entities articles name, or else from the
 * events and quotes that give it by a description alone; null when nothing gives it.
 */
export async function getActor(db: Db, key: string): Promise<ActorProfile | null> {
  const keys = actorKeysFor(key);
  const variants = await actorVariants(db, keys);
  if (!variants.length) return describedActor(db, keys);
  const names = countsOf(variants.map((v) => [v.name, Number(v.n)]));
  const types = countsOf(variants.map((v) => [v.type, Number(v.n)]));
  const top = (pick: (v: VariantRow) => string): string | null => countsOf(variants.map((v) => [pick(v) || null, Number(v.n)]))[0]?.key ?? null;
  // Roles from the newest rows: titles repeat, the profile shows a dozen, and the current ones matter most.
  // A day's rows in the order the (actor_key, published, article_id) index gave them before the
  // child rows were keyed by seq (SQLite: then by row), so the same rows are read.
  const roleRows: Array<{ roles: string }> = [];
  const sameDay = db.dialect === 'sqlite' ? 'article_id DESC, rowid DESC' : 'article_id DESC';
  for (const k of keys) {
    roleRows.push(...await db.all<{ roles: string }>(
      `SELECT roles FROM (SELECT roles FROM article_entities WHERE actor_key = ? ORDER BY published DESC, ${sameDay} LIMIT ${ROLE_ROWS}) r WHERE roles <> '[]'`, [k]));
  }
  const roles = countsOf(roleRows.flatMap((r) => { try { return (JSON.parse(r.roles) as string[]).map((x): [string, number] => [x, 1]); } catch { return []; } }));
  // One key at a time, so each MIN and MAX is a single step along the (actor_key, published) index.
  const days: string[] = [];
  for (const k of keys) {
    const d = await db.get<{ first: string | null; last: string | null }>(
      `SELECT (SELECT MIN(published) FROM article_entities WHERE actor_key = ?) AS first, (SELECT MAX(published) FROM article_entities WHERE actor_key = ?) AS last`, [k, k]);
    for (const v of [d?.first, d?.last]) if (v) days.push(v);
  }
  days.sort();
  const main = [...variants].sort((a, b) => Number(b.n) - Number(a.n))[0];
  return {
    key: main.k, name: names[0].key, type: types[0].key, kb: top((v) => v.kb), country: top((v) => v.country), sector: top((v) => v.sector),
    articles: variants.reduce((s, v) => s + Number(v.n), 0), mentions: variants.reduce((s, v) => s + Number(v.m), 0),
    names: names.slice(0, 10), roles: roles.slice(0, 12), types, described: false,
    firstSeen: days[0] ?? null, lastSeen: days[days.length - 1] ?? null,
    ...await sideCounts(db, keys),
  };
}

/** Values summed by their counts, most first (then by value); empty values left out. */
function countsOf(pairs: Array<[string | null, number]>): Count[] {
  const m = new Map<string, number>();
  for (const [v, n] of pairs) if (v) m.set(v, (m.get(v) ?? 0) + n);
  return [...m].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** How often the actor is a side of events and a speaker of quotes (with others, too). */
async function sideCounts(db: Db, keys: string[]): Promise<Pick<ActorProfile, 'eventsAsActor' | 'eventsAsTarget' | 'quotesBy'>> {
  const ks = inList(keys.length);
  const asActor = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_events WHERE actor_key IN (${ks})`, keys);
  const asTarget = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_events WHERE target_key IN (${ks})`, keys);
  const qb = await db.get<{ n: number }>(`SELECT (SELECT COUNT(*) FROM article_quotes WHERE speaker_key IN (${ks})) + (SELECT COUNT(*) FROM article_quote_speakers WHERE speaker_key IN (${ks})) AS n`, [...keys, ...keys]);
  return { eventsAsActor: Number(asActor?.n ?? 0), eventsAsTarget: Number(asTarget?.n ?? 0), quotesBy: Number(qb?.n ?? 0) };
}

/**
 * An actor no article names as an entity, only as the side of events or the speaker of quotes, by
 * its words ("a senior administration official", "the Unification Ministry" where NER found no name):
 * its names, country and sector as those rows give them. Event and quote pages link such sides.
 */
async function describedActor(db: Db, keys: string[]): Promise<ActorProfile | null> {
  const ks = inList(keys.length);
  const rows = await db.all<{ k: string; name: string | null; country: string | null; sector: string | null; n: number }>(
    `SELECT actor_key AS k, actor_name AS name, actor_country AS country, actor_sector AS sector, COUNT(*) AS n FROM article_events WHERE actor_key IN (${ks}) GROUP BY 1, 2, 3, 4
     UNION ALL SELECT target_key, target_name, target_country, target_sector, COUNT(*) FROM article_events WHERE target_key IN (${ks}) GROUP BY 1, 2, 3, 4
     UNION ALL SELECT speaker_key, speaker_name, speaker_country, speaker_sector, COUNT(*) FROM article_quotes WHERE speaker_key IN (${ks}) GROUP BY 1, 2, 3, 4`,
    [...keys, ...keys, ...keys]);
  if (!rows.length) return null;
  const tally = (pick: (r: (typeof rows)[number]) => string | null): Count[] => countsOf(rows.map((r) => [pick(r), Number(r.n)]));
  const names = tally((r) => r.name);
  const articles = await db.get<{ n: number; first: string | null; last: string | null }>(
    `SELECT COUNT(*) AS n, MIN(published) AS first, MAX(published) AS last FROM articles WHERE seq IN (
       SELECT article_seq FROM article_events WHERE actor_key IN (${ks}) UNION SELECT article_seq FROM article_events WHERE target_key IN (${ks})
       UNION SELECT article_seq FROM article_quotes WHERE speaker_key IN (${ks}))`, [...keys, ...keys, ...keys]);
  const key = tally((r) => r.k)[0].key;
  return {
    key, name: names[0]?.key ?? key.replace(/^name:/, ''), type: 'DESCRIBED', kb: null,
    country: tally((r) => r.country)[0]?.key ?? null, sector: tally((r) => r.sector)[0]?.key ?? null,
    articles: Number(articles?.n ?? 0), mentions: rows.reduce((s, r) => s + Number(r.n), 0),
    names: names.slice(0, 10), roles: [], types: [{ key: 'DESCRIBED', count: Number(articles?.n ?? 0) }], described: true,
    firstSeen: articles?.first ?? null, lastSeen: articles?.last ?? null,
    ...await sideCounts(db, keys),
  };
}

/**
 * The actor's most recent articles (by published day, then id), bounding the work of co-mention and
 * quote lookups: their seqs.
 */
async function recentArticles(db: Db, keys: string[]): Promise<number[]> {
  const page = await newestFirst(db, 'article_entities ae', `ae.actor_key IN (${inList(keys.length)})`, keys, 'ae.published', RECENT_ARTICLES);
  return (await db.all<{ article_seq: number }>(`SELECT ae.article_seq FROM article_entities ae WHERE ${page.where}
    ORDER BY ae.published DESC, ae.article_id LIMIT ${RECENT_ARTICLES}`, page.params)).map((r) => Number(r.article_seq));
}

/**
 * Rows ordered newest first and then by article id (a stable order users page through) are
 * keyed in their indexes by the article's seq, not its id: to order a day's rows the id is read
 * from each row. On SQLite, the day of the last wanted row is found from the index alone first and
 * only the rows from that day on are read and ordered, rather than every row of a busy actor. The
 * rows returned are the same (SQLite sorts NULL days last, so they are never before the cut).
 */
async function newestFirst(db: Db, from: string, where: string, params: Param[], day: string, wanted: number): Promise<{ where: string; params: Param[] }> {
  if (db.dialect !== 'sqlite' || wanted <= 0) return { where, params };
  const cut = await db.get<{ d: string | null }>(`SELECT ${day} AS d FROM ${from} WHERE ${where} ORDER BY ${day} DESC LIMIT 1 OFFSET ${wanted - 1}`, params);
  if (cut?.d == null) return { where, params };
  return { where: `${where} AND ${day} >= ?`, params: [...params, cut.d] };
}

/** How many of an actor's latest articles the relations graph and "quotes about" read. */
export const RECENT_ARTICLES = 200;

export interface GraphNode { id: string; label: string; type: string | null; country: string | null; weight: number }
export interface GraphEdge { source: string; target: string; weight: number; events: number; goldstein: number | null }
export interface Graph { nodes: GraphNode[]; edges: GraphEdge[] }

/**
 * Who an actor deals with: the actors it acts on or is acted on by (events), and the actors most
 * often named in the same articles. Edges carry counts and the mean Goldstein score of the events.
 */
export async function actorRelations(db: Db, key: string, limit = 20): Promise<Graph> {
  const keys = actorKeysFor(key);
  const ks = inList(keys.length);
  // As actor and as target separately, so each side is read from its own covering index; the
  // other side's label and country come from the actor roll-up.
  // (A side no entity names is labelled with the words an event gave it.)
  const side = (mine: 'actor' | 'target', other: 'actor' | 'target') => db.all<{ k: string; n: number; g: number | null; words: string | null }>(
    `SELECT e.${other}_key AS k, COUNT(*) AS n, AVG(e.goldstein) AS g, MIN(e.${other}_name) AS words
     FROM article_events e WHERE e.${mine}_key IN (${ks}) AND e.${other}_key IS NOT NULL AND e.${other}_key NOT IN (${ks})
     GROUP BY e.${other}_key`, [...keys, ...keys]);
  const merged = new Map<string, { k: string; n: number; gs: number; gn: number; words: string | null }>();
  for (const r of [...(await side('actor', 'target')), ...(await side('target', 'actor'))]) {
    const m = merged.get(r.k) ?? { k: r.k, n: 0, gs: 0, gn: 0, words: r.words };
    m.n += Number(r.n);
    if (r.g != null) { m.gs += Number(r.g) * Number(r.n); m.gn += Number(r.n); }
    merged.set(r.k, m);
  }
  const busiest = [...merged.values()].sort((a, b) => b.n - a.n || (a.k < b.k ? -1 : 1)).slice(0, limit);
  const about = await describeActors(db, busiest.map((r) => r.k));
  // A country only its organs and forces stood for ("Malian troops") has no entity row to name it.
  const byEvents = busiest.map((r) => {
    const d = about.get(r.k);
    const state = d ? null : countryOfKey(r.k);
    return { ...r, name: d?.name ?? state?.name ?? r.words ?? r.k.replace(/^name:/, ''), country: d?.country ?? state?.iso3 ?? null };
  });
  // The facet rows are clustered by article, so the recent articles' actors are read in runs
  // (`kind || ''` keeps the planner on the article key rather than every actor facet row).
  const recent = await recentArticles(db, keys);
  const coRows = recent.length ? await db.all<{ k: string; n: number }>(
    `SELECT f.value AS k, COUNT(*) AS n FROM article_facets f WHERE f.article_seq IN (${inList(recent.length)}) AND f.kind || '' = 'actor' AND f.value NOT IN (${ks})
     GROUP BY f.value ORDER BY n DESC, k LIMIT ?`, [...recent, ...keys, limit]) : [];
  const coAbout = await describeActors(db, coRows.map((r) => r.k));
  const coMentions = coRows.map((r) => {
    const d = coAbout.get(r.k);
    return { k: r.k, name: d?.name ?? r.k, type: d?.type ?? 'ORG', country: d?.country ?? null, n: Number(r.n) };
  });
  const self = await getActorName(db, keys);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const center = keys[0];
  nodes.set(center, { id: center, label: self?.name ?? await describedName(db, keys) ?? key, type: self?.type ?? null, country: self?.country ?? null, weight: 0 });
  for (const r of byEvents) {
    nodes.set(r.k, { id: r.k, label: r.name ?? r.k, type: null, country: r.country, weight: r.n });
    edges.set(r.k, { source: center, target: r.k, weight: r.n, events: r.n, goldstein: r.gn ? round1(r.gs / r.gn) : null });
  }
  for (const r of coMentions) {
    const n = nodes.get(r.k);
    if (n) { n.type = r.type; n.weight += Number(r.n); } else nodes.set(r.k, { id: r.k, label: r.name, type: r.type, country: r.country, weight: Number(r.n) });
    const e = edges.get(r.k);
    if (e) e.weight += Number(r.n);
    else edges.set(r.k, { source: center, target: r.k, weight: Number(r.n), events: 0, goldstein: null });
  }
  const top = [...edges.values()].sort((a, b) => b.weight - a.weight).slice(0, limit);
  const keep = new Set([center, ...top.map((e) => e.target)]);
  return { nodes: [...nodes.values()].filter((n) => keep.has(n.id)), edges: top };
}

async function getActorName(db: Db, keys: string[]): Promise<ActorDescription | undefined> {
  return [...(await describeActors(db, keys)).values()].sort((a, b) => b.n - a.n)[0];
}

/** The words an event or a quote gave a side no entity names (describedActor), for a label. */
async function describedName(db: Db, keys: string[]): Promise<string | null> {
  const ks = inList(keys.length);
  const r = await db.get<{ name: string | null }>(
    `SELECT COALESCE((SELECT MIN(actor_name) FROM article_events WHERE actor_key IN (${ks})), (SELECT MIN(target_name) FROM article_events WHERE target_key IN (${ks})),
       (SELECT MIN(speaker_name) FROM article_quotes WHERE speaker_key IN (${ks}))) AS name`, [...keys, ...keys, ...keys]);
  return r?.name ?? null;
}

/** The graph of the most active country pairs: countries as nodes, pairs as edges. */
export function pairGraph(pairs: PairCount[]): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const p of pairs) {
    for (const c of [p.a, p.b]) {
      const n = nodes.get(c) ?? { id: c, label: countryName(c), type: 'GPE', country: c, weight: 0 };
      n.weight += p.count;
      nodes.set(c, n);
    }
  }
  return { nodes: [...nodes.values()], edges: pairs.map((p) => ({ source: p.a, target: p.b, weight: p.count, events: p.count, goldstein: p.goldstein })) };
}

// ---- timelines ----

export interface TimelinePoint { week: string; events: number; cooperation: number; conflict: number; goldstein: number | null }

/**
 * Weekly counts of cooperative and conflictual events and their mean Goldstein score, scored as the
 * corpus layer scores them (goldsteinOf: the event's own score, else its CAMEO or PLOVER type's).
 * Grouped in SQL by day and type, so an actor with thousands of events costs one indexed scan.
 */
export async function weeklyTimeline(db: Db, f: EventFilter): Promise<TimelinePoint[]> {
  const groups: Array<{ where: string[]; params: Param[] }> = [];
  const rest: EventFilter = { ...f, since: undefined, until: undefined };
  if (f.actor) {
    // Actor or target: two indexed queries rather than one OR that scans.
    const keys = actorKeysFor(f.actor);
    for (const col of ['actor_key', 'target_key']) {
      const w = eventWhere({ ...rest, actor: undefined });
      w.where.push(`e.${col} IN (${inList(keys.length)})`);
      if (col === 'target_key') w.where.push(`(e.actor_key IS NULL OR e.actor_key NOT IN (${inList(keys.length)}))`);
      w.params.push(...keys, ...(col === 'target_key' ? keys : []));
      groups.push(w);
    }
  } else groups.push(eventWhere(rest));
  const range = reportRange(f.since, f.until);
  const weeks = new Map<string, { events: number; coop: number; conf: number; gs: number; gn: number }>();
  for (const { where, params } of groups) {
    where.push(...range.where);
    const rows = await db.all<{ d: string | null; p: string | null; type: string; cameo: string | null; g: number | null; n: number }>(
      `SELECT e.event_date AS d, coalesce(a.published, dd.day) AS p, e.type, e.cameo, e.goldstein AS g, COUNT(*) AS n FROM ${COUNTED_FROM}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY e.event_date, coalesce(a.published, dd.day), e.type, e.cameo, e.goldstein`, [...params, ...range.params]);
    for (const r of rows) {
      const day = countedDay(r.d, r.p);
      if (!day || (f.since && day < f.since) || (f.until && day > f.until)) continue;
      const w = mondayOfDay(day);
      if (!w) continue;
      const b = weeks.get(w) ?? { events: 0, coop: 0, conf: 0, gs: 0, gn: 0 };
      const n = Number(r.n);
      const g = goldsteinOf({ goldstein: r.g == null ? null : Number(r.g), cameo: r.cameo, type: r.type });
      b.events += n;
      if (g !== null) {
        b.gs += g * n;
        b.gn += n;
        if (g > 0) b.coop += n; else if (g < 0) b.conf += n;
      }
      weeks.set(w, b);
    }
  }
  return [...weeks].sort((a, b) => a[0].localeCompare(b[0]))
    .map(([week, b]) => ({ week, events: b.events, cooperation: b.coop, conflict: b.conf, goldstein: b.gn ? round1(b.gs / b.gn) : null }));
}

function mondayOfDay(d: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t)) return null;
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}

/** The newest published day in the store: "this week" for a corpus that may be years old. */
export async function latestDay(db: Db): Promise<string | null> {
  const r = await db.get<{ d: string | null }>('SELECT MAX(published) AS d FROM articles');
  return r?.d ?? null;
}


/** The most used name of each actor key, for labels (story actors are stored as keys). */
export async function actorNames(db: Db, keys: string[]): Promise<Map<string, string>> {
  const about = await describeActors(db, [...new Set(keys)].slice(0, 500));
  return new Map([...about].map(([k, d]) => [k, d.name]));
}
