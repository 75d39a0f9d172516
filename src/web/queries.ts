// Read queries the API and pages share, over the core tables (src/store/migrations/core.ts).
// Portable SQL for SQLite and PostgreSQL; every list is paged and bounded.
import type { Db, Param } from '../store/db.ts';
import { actorKeysFor } from '../store/articles.ts';

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
  article: { title: string | null; publisher: string | null; published: string | null };
}

interface EventSqlRow {
  article_id: string; idx: number; type: string; mode: string | null; status: string; cameo: string | null; goldstein: number | null;
  actor_key: string | null; actor_name: string | null; actor_country: string | null; actor_sector: string | null;
  target_key: string | null; target_name: string | null; target_country: string | null; target_sector: string | null;
  event_date: string | null; date_precision: string | null; location_name: string | null; location_country: string | null;
  lat: number | null; lon: number | null; trigger_text: string; trigger_start: number; trigger_end: number;
  sentence_start: number; sentence_end: number; sentence: string | null; confidence: number;
  title: string | null; publisher: string | null; published: string | null;
}

export function clampLimit(limit: number | undefined, fallback = 50, max = 500): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(Math.floor(limit), max));
}

function inList(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

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
  if (f.articleId) { where.push('e.article_id = ?'); params.push(f.articleId); }
  if (f.located) where.push('e.lat IS NOT NULL AND e.lon IS NOT NULL');
  return { where, params };
}

const EVENT_SELECT = `e.article_id, e.idx, e.type, e.mode, e.status, e.cameo, e.goldstein,
  e.actor_key, e.actor_name, e.actor_country, e.actor_sector, e.target_key, e.target_name, e.target_country, e.target_sector,
  e.event_date, e.date_precision, e.location_name, e.location_country, e.lat, e.lon,
  e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
  SUBSTR(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, e.confidence,
  a.title, a.publisher, a.published`;

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
    article: { title: r.title, publisher: r.publisher, published: r.published },
  };
}

export async function listEvents(db: Db, f: EventFilter): Promise<Paged<EventRow>> {
  const { where, params } = eventWhere(f);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_events e ${w}`, params);
  const rows = await db.all<EventSqlRow>(
    `SELECT ${EVENT_SELECT} FROM article_events e JOIN articles a ON a.id = e.article_id ${w}
     ORDER BY e.event_date DESC, a.seq DESC, e.idx LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return { total: Number(total?.n ?? 0), limit, offset, items: rows.map(eventOf) };
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
  sentence: { start: number; end: number };
  article: { title: string | null; publisher: string | null; published: string | null };
}

interface QuoteSqlRow {
  article_id: string; idx: number; type: string; text: string; speaker_key: string | null; speaker_name: string | null;
  speaker_country: string | null; speaker_sector: string | null; cue: string | null; channel: string | null; quote_date: string | null;
  start_offset: number; end_offset: number; sentence_start: number; sentence_end: number;
  title: string | null; publisher: string | null; published: string | null;
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
  if (f.speaker) { const k = actorKeysFor(f.speaker); where.push(`q.speaker_key IN (${inList(k.length)})`); params.push(...k); }
  if (f.about) {
    const keys = actorKeysFor(f.about);
    const who = await db.get<{ name: string; type: string }>(
      `SELECT name, type FROM article_entities WHERE actor_key IN (${inList(keys.length)}) GROUP BY name, type ORDER BY COUNT(*) DESC LIMIT 1`, keys);
    const needles = nameNeedles(who?.name ?? f.about, who?.type ?? null);
    where.push(`(q.speaker_key IS NULL OR q.speaker_key NOT IN (${inList(keys.length)}))`);
    params.push(...keys);
    where.push(`q.article_id IN (SELECT article_id FROM article_entities WHERE actor_key IN (${inList(keys.length)}))`);
    params.push(...keys);
    where.push(`(${needles.map(() => "LOWER(q.text) LIKE ? ESCAPE '\\'").join(' OR ')})`);
    params.push(...needles.map((n) => `%${likeEscape(n)}%`));
  }
  if (f.since) { where.push('q.quote_date >= ?'); params.push(f.since); }
  if (f.until) { where.push('q.quote_date <= ?'); params.push(f.until); }
  if (f.articleId) { where.push('q.article_id = ?'); params.push(f.articleId); }
  if (f.type) { where.push('q.type = ?'); params.push(f.type); }
  if (f.q) { where.push("LOWER(q.text) LIKE ? ESCAPE '\\'"); params.push(`%${likeEscape(f.q.toLowerCase())}%`); }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_quotes q ${w}`, params);
  const rows = await db.all<QuoteSqlRow>(
    `SELECT q.article_id, q.idx, q.type, q.text, q.speaker_key, q.speaker_name, q.speaker_country, q.speaker_sector, q.cue, q.channel,
       q.quote_date, q.start_offset, q.end_offset, q.sentence_start, q.sentence_end, a.title, a.publisher, a.published
     FROM article_quotes q JOIN articles a ON a.id = q.article_id ${w}
     ORDER BY q.quote_date DESC, a.seq DESC, q.idx LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return {
    total: Number(total?.n ?? 0), limit, offset,
    items: rows.map((r) => ({
      articleId: r.article_id, idx: Number(r.idx), type: r.type, text: r.text,
      speaker: r.speaker_key || r.speaker_name ? { key: r.speaker_key, name: r.speaker_name, country: r.speaker_country, sector: r.speaker_sector } : null,
      cue: r.cue, channel: r.channel, date: r.quote_date, start: Number(r.start_offset), end: Number(r.end_offset),
      sentence: { start: Number(r.sentence_start), end: Number(r.sentence_end) },
      article: { title: r.title, publisher: r.publisher, published: r.published },
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
  const where: string[] = [];
  const params: Param[] = [];
  if (f.q) { where.push("LOWER(ae.name) LIKE ? ESCAPE '\\'"); params.push(`%${likeEscape(f.q.toLowerCase())}%`); }
  if (f.country) { where.push('ae.country = ?'); params.push(f.country); }
  if (f.type) { where.push('ae.type = ?'); params.push(f.type); }
  let join = '';
  if (f.since || f.until) {
    join = 'JOIN articles a ON a.id = ae.article_id';
    if (f.since) { where.push('a.published >= ?'); params.push(f.since); }
    if (f.until) { where.push('a.published <= ?'); params.push(f.until); }
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = clampLimit(f.limit);
  const offset = Math.max(0, f.offset ?? 0);
  const total = await db.get<{ n: number }>(`SELECT COUNT(DISTINCT ae.actor_key) AS n FROM article_entities ae ${join} ${w}`, params);
  const rows = await db.all<{ actor_key: string; name: string; type: string; kb: string | null; country: string | null; sector: string | null; n: number; m: number }>(
    `SELECT ae.actor_key, MAX(ae.name) AS name, MAX(ae.type) AS type, MAX(ae.kb) AS kb, MAX(ae.country) AS country, MAX(ae.sector) AS sector,
       COUNT(DISTINCT ae.article_id) AS n, SUM(ae.mentions) AS m
     FROM article_entities ae ${join} ${w} GROUP BY ae.actor_key ORDER BY n DESC, m DESC, ae.actor_key LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return {
    total: Number(total?.n ?? 0), limit, offset,
    items: rows.map((r) => ({ key: r.actor_key, name: r.name, type: r.type, kb: r.kb, country: r.country, sector: r.sector, articles: Number(r.n), mentions: Number(r.m) })),
  };
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
}

/** The actor as the store knows it across articles; null when no article names it. */
export async function getActor(db: Db, key: string): Promise<ActorProfile | null> {
  const keys = actorKeysFor(key);
  const ks = inList(keys.length);
  const rows = await db.all<{ name: string; type: string; kb: string | null; country: string | null; sector: string | null; roles: string; mentions: number; actor_key: string; published: string | null }>(
    `SELECT ae.name, ae.type, ae.kb, ae.country, ae.sector, ae.roles, ae.mentions, ae.actor_key, a.published
     FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.actor_key IN (${ks}) ORDER BY a.published DESC LIMIT 5000`, keys);
  if (!rows.length) return null;
  const tally = (values: Array<string | null>): Count[] => {
    const m = new Map<string, number>();
    for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  const names = tally(rows.map((r) => r.name));
  const roles = tally(rows.flatMap((r) => { try { return JSON.parse(r.roles) as string[]; } catch { return []; } }));
  const types = tally(rows.map((r) => r.type));
  const days = rows.map((r) => r.published).filter((d): d is string => !!d).sort();
  const first = (pick: (r: (typeof rows)[number]) => string | null): string | null => tally(rows.map(pick))[0]?.key ?? null;
  const ev = await db.get<{ a: number; t: number }>(
    `SELECT SUM(CASE WHEN actor_key IN (${ks}) THEN 1 ELSE 0 END) AS a, SUM(CASE WHEN target_key IN (${ks}) THEN 1 ELSE 0 END) AS t
     FROM article_events WHERE actor_key IN (${ks}) OR target_key IN (${ks})`, [...keys, ...keys, ...keys, ...keys]);
  const qb = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_quotes WHERE speaker_key IN (${ks})`, keys);
  return {
    key: rows[0].actor_key, name: names[0].key, type: types[0].key, kb: first((r) => r.kb), country: first((r) => r.country), sector: first((r) => r.sector),
    articles: rows.length, mentions: rows.reduce((s, r) => s + Number(r.mentions), 0),
    names: names.slice(0, 10), roles: roles.slice(0, 12), types,
    firstSeen: days[0] ?? null, lastSeen: days[days.length - 1] ?? null,
    eventsAsActor: Number(ev?.a ?? 0), eventsAsTarget: Number(ev?.t ?? 0), quotesBy: Number(qb?.n ?? 0),
  };
}

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
  const other = `CASE WHEN e.actor_key IN (${ks}) THEN e.target_key ELSE e.actor_key END`;
  const otherName = `CASE WHEN e.actor_key IN (${ks}) THEN e.target_name ELSE e.actor_name END`;
  const otherCountry = `CASE WHEN e.actor_key IN (${ks}) THEN e.target_country ELSE e.actor_country END`;
  const byEvents = await db.all<{ k: string; name: string; country: string | null; n: number; g: number | null }>(
    `SELECT ${other} AS k, MAX(${otherName}) AS name, MAX(${otherCountry}) AS country, COUNT(*) AS n, AVG(e.goldstein) AS g
     FROM article_events e WHERE (e.actor_key IN (${ks}) OR e.target_key IN (${ks})) AND ${other} IS NOT NULL AND ${other} NOT IN (${ks})
     GROUP BY ${other} ORDER BY n DESC LIMIT ?`,
    [...keys, ...keys, ...keys, ...keys, ...keys, ...keys, ...keys, ...keys, ...keys, limit]);
  const coMentions = await db.all<{ k: string; name: string; type: string; country: string | null; n: number }>(
    `SELECT o.actor_key AS k, MAX(o.name) AS name, MAX(o.type) AS type, MAX(o.country) AS country, COUNT(*) AS n
     FROM article_entities me JOIN article_entities o ON o.article_id = me.article_id AND o.actor_key <> me.actor_key
     WHERE me.actor_key IN (${ks}) AND o.actor_key NOT IN (${ks}) AND o.type IN ('PERSON', 'ORG', 'GPE', 'NORP')
     GROUP BY o.actor_key ORDER BY n DESC LIMIT ?`, [...keys, ...keys, limit]);
  const self = await getActorName(db, keys);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const center = keys[0];
  nodes.set(center, { id: center, label: self?.name ?? key, type: self?.type ?? null, country: self?.country ?? null, weight: 0 });
  for (const r of byEvents) {
    nodes.set(r.k, { id: r.k, label: r.name ?? r.k, type: null, country: r.country, weight: Number(r.n) });
    edges.set(r.k, { source: center, target: r.k, weight: Number(r.n), events: Number(r.n), goldstein: r.g == null ? null : round1(Number(r.g)) });
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

async function getActorName(db: Db, keys: string[]): Promise<{ name: string; type: string; country: string | null } | undefined> {
  return db.get(`SELECT name, type, country FROM article_entities WHERE actor_key IN (${inList(keys.length)}) GROUP BY name, type, country ORDER BY COUNT(*) DESC LIMIT 1`, keys);
}

/** The graph of the most active country pairs: countries as nodes, pairs as edges. */
export function pairGraph(pairs: PairCount[]): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const p of pairs) {
    for (const c of [p.a, p.b]) {
      const n = nodes.get(c) ?? { id: c, label: c, type: 'GPE', country: c, weight: 0 };
      n.weight += p.count;
      nodes.set(c, n);
    }
  }
  return { nodes: [...nodes.values()], edges: pairs.map((p) => ({ source: p.a, target: p.b, weight: p.count, events: p.count, goldstein: p.goldstein })) };
}

// ---- timelines ----

export interface TimelinePoint { week: string; events: number; cooperation: number; conflict: number; goldstein: number | null }

/** Weekly counts of cooperative and conflictual events and their mean Goldstein score. */
export async function weeklyTimeline(db: Db, f: EventFilter): Promise<TimelinePoint[]> {
  const { where, params } = eventWhere(f);
  where.push('e.event_date IS NOT NULL');
  const rows = await db.all<{ d: string; type: string; g: number | null; n: number; gs: number | null; gn: number }>(
    `SELECT e.event_date AS d, e.type, COUNT(*) AS n, SUM(e.goldstein) AS gs, COUNT(e.goldstein) AS gn
     FROM article_events e WHERE ${where.join(' AND ')} GROUP BY e.event_date, e.type`, params);
  const weeks = new Map<string, { events: number; coop: number; conf: number; gs: number; gn: number }>();
  const coop = new Set(COOPERATION);
  for (const r of rows) {
    const w = mondayOfDay(r.d);
    if (!w) continue;
    const b = weeks.get(w) ?? { events: 0, coop: 0, conf: 0, gs: 0, gn: 0 };
    const n = Number(r.n);
    b.events += n;
    if (coop.has(r.type)) b.coop += n; else b.conf += n;
    b.gs += Number(r.gs ?? 0);
    b.gn += Number(r.gn);
    weeks.set(w, b);
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

