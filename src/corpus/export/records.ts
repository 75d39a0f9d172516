// The tables an export writes: events, actors, country pairs (dyads) and quotes, each as flat
// records of one shape, counted as the corpus counts (originals only, no negated/hypothetical events).
import type { Db, Param } from '../../store/db.ts';
import { loadEvents, type CountedEvent, type Range } from '../events.ts';
import { num } from '../sql.ts';
import { findPlace } from '../../kb/geo.ts';
import type { GdeltExtra } from './formats.ts';

export type What = 'events' | 'actors' | 'dyads' | 'quotes';
export type Cell = string | number | null;
export type RecordRow = Record<string, Cell>;

export interface Table { what: What; columns: string[]; rows: RecordRow[] }

const round = (x: number): number => Math.round(x * 100) / 100;

export function eventRecord(e: CountedEvent): RecordRow {
  return {
    article_id: e.articleId, event_idx: e.idx, day: e.day, week: e.week, type: e.type, mode: e.mode, status: e.status,
    cameo: e.cameo, goldstein: e.goldstein, actor_key: e.actorKey, actor_name: e.actorName, actor_country: e.actorCountry,
    actor_sector: e.actorSector, target_key: e.targetKey, target_name: e.targetName, target_country: e.targetCountry,
    target_sector: e.targetSector, trigger: e.trigger,
    location_name: e.locationName, location_country: e.locationCountry, lat: e.lat, lon: e.lon,
    title: e.title, publisher: e.publisher, published: e.published, url: e.url,
  };
}

const EVENT_COLUMNS = Object.keys(eventRecord({
  articleId: '', idx: 0, url: null, title: null, publisher: null, published: '', day: '', week: '', type: '', mode: null, status: '',
  cameo: null, goldstein: null, actorKey: null, actorName: null, actorCountry: null, actorSector: null, targetKey: null, targetName: null,
  targetCountry: null, targetSector: null, trigger: '', locationName: null, locationCountry: null, lat: null, lon: null,
}));

function rangeSql(col: string, range: Range): { sql: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  if (range.since) { parts.push(`${col} >= ?`); params.push(range.since); }
  if (range.until) { parts.push(`${col} <= ?`); params.push(range.until); }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

async function actorTable(db: Db, range: Range, events: CountedEvent[]): Promise<Table> {
  const r = rangeSql('coalesce(a.published, d.day)', range);
  const rows = await db.all<{ actor_key: string; name: string; type: string; kb: string | null; country: string | null; sector: string | null; articles: number; mentions: number }>(
    `SELECT e.actor_key, max(e.name) AS name, max(e.type) AS type, max(e.kb) AS kb, max(e.country) AS country, max(e.sector) AS sector,
            count(DISTINCT e.article_id) AS articles, sum(e.mentions) AS mentions
       FROM article_entities e JOIN articles a ON a.seq = e.article_seq LEFT JOIN corpus_docs d ON d.article_id = a.id
      WHERE d.duplicate_of IS NULL${r.sql}
      GROUP BY e.actor_key`,
    r.params,
  );
  const quotes = await db.all<{ speaker_key: string; n: number }>(
    `SELECT q.speaker_key, count(*) AS n FROM article_quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN corpus_docs d ON d.article_id = a.id
      WHERE d.duplicate_of IS NULL AND q.speaker_key IS NOT NULL${r.sql} GROUP BY q.speaker_key`,
    r.params,
  );
  // (With the others of joint speakers, whose rows are in article_quote_speakers.)
  const joint = await db.all<{ speaker_key: string; n: number }>(
    `SELECT s.speaker_key, count(*) AS n FROM article_quote_speakers s JOIN articles a ON a.seq = s.article_seq LEFT JOIN corpus_docs d ON d.article_id = a.id
      WHERE d.duplicate_of IS NULL${r.sql} GROUP BY s.speaker_key`,
    r.params,
  );
  const quoteCount = new Map(quotes.map((q) => [q.speaker_key, num(q.n)]));
  for (const j of joint) quoteCount.set(j.speaker_key, (quoteCount.get(j.speaker_key) ?? 0) + num(j.n));
  const ev = new Map<string, { asActor: number; asTarget: number; sum: number; scored: number }>();
  const bump = (k: string | null, side: 'asActor' | 'asTarget', g: number | null): void => {
    if (!k) return;
    const s = ev.get(k) ?? { asActor: 0, asTarget: 0, sum: 0, scored: 0 };
    s[side]++;
    if (g !== null) { s.sum += g; s.scored++; }
    ev.set(k, s);
  };
  for (const e of events) { bump(e.actorKey, 'asActor', e.goldstein); bump(e.targetKey, 'asTarget', e.goldstein); }
  const out: RecordRow[] = rows.map((row) => {
    const s = ev.get(row.actor_key);
    return {
      actor_key: row.actor_key, name: row.name, type: row.type, kb: row.kb, country: row.country, sector: row.sector,
      articles: num(row.articles), mentions: num(row.mentions), quotes: quoteCount.get(row.actor_key) ?? 0,
      events_as_actor: s?.asActor ?? 0, events_as_target: s?.asTarget ?? 0,
      mean_goldstein: s && s.scored ? round(s.sum / s.scored) : null,
    };
  });
  out.sort((x, y) => Number(y.articles) - Number(x.articles) || String(x.actor_key).localeCompare(String(y.actor_key)));
  return { what: 'actors', columns: ['actor_key', 'name', 'type', 'kb', 'country', 'sector', 'articles', 'mentions', 'quotes', 'events_as_actor', 'events_as_target', 'mean_goldstein'], rows: out };
}

function dyadTable(events: CountedEvent[]): Table {
  const groups = new Map<string, CountedEvent[]>();
  for (const e of events) {
    if (!e.actorCountry || !e.targetCountry || e.actorCountry === e.targetCountry) continue;
    const k = [e.actorCountry, e.targetCountry].sort().join('|');
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const rows: RecordRow[] = [];
  for (const [k, list] of groups) {
    const [a, b] = k.split('|');
    const scored = list.filter((e) => e.goldstein !== null);
    const types = new Map<string, number>();
    for (const e of list) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    rows.push({
      country_a: a, country_b: b, events: list.length,
      a_to_b: list.filter((e) => e.actorCountry === a).length, b_to_a: list.filter((e) => e.actorCountry === b).length,
      mean_goldstein: scored.length ? round(scored.reduce((s, e) => s + e.goldstein!, 0) / scored.length) : null,
      cooperation: scored.filter((e) => e.goldstein! > 0).length, conflict: scored.filter((e) => e.goldstein! < 0).length,
      types: [...types].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([t, n]) => `${t}:${n}`).join(' '),
      first_day: list.reduce((d, e) => (e.day < d ? e.day : d), list[0].day),
      last_day: list.reduce((d, e) => (e.day > d ? e.day : d), list[0].day),
      articles: new Set(list.map((e) => e.articleId)).size,
    });
  }
  rows.sort((x, y) => Number(y.events) - Number(x.events) || `${x.country_a}${x.country_b}`.localeCompare(`${y.country_a}${y.country_b}`));
  return { what: 'dyads', columns: ['country_a', 'country_b', 'events', 'a_to_b', 'b_to_a', 'mean_goldstein', 'cooperation', 'conflict', 'types', 'first_day', 'last_day', 'articles'], rows };
}

async function quoteTable(db: Db, range: Range): Promise<Table> {
  const r = rangeSql('coalesce(q.quote_date, a.published, d.day)', range);
  const rows = await db.all<Record<string, unknown>>(
    `SELECT q.article_id, q.idx, coalesce(q.quote_date, a.published, d.day) AS day, q.type, q.speaker_key, q.speaker_name, q.speaker_country,
            q.speaker_sector, q.cue, q.channel, q.text, a.title, a.publisher, coalesce(a.canonical_url, a.uri) AS url
       FROM article_quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN corpus_docs d ON d.article_id = a.id
      WHERE d.duplicate_of IS NULL${r.sql}
      ORDER BY day, q.article_id, q.idx`,
    r.params,
  );
  const columns = ['article_id', 'idx', 'day', 'type', 'speaker_key', 'speaker_name', 'speaker_country', 'speaker_sector', 'cue', 'channel', 'text', 'title', 'publisher', 'url'];
  return {
    what: 'quotes', columns,
    rows: rows.map((row) => Object.fromEntries(columns.map((c) => {
      const v = row[c];
      return [c, v === null || v === undefined ? null : typeof v === 'number' ? v : String(v)];
    }))),
  };
}

export async function loadTable(db: Db, what: What, range: Range): Promise<{ table: Table; events: CountedEvent[] }> {
  if (what === 'quotes') return { table: await quoteTable(db, range), events: [] };
  const events = await loadEvents(db, range);
  if (what === 'events') return { table: { what, columns: EVENT_COLUMNS, rows: events.map(eventRecord) }, events };
  if (what === 'dyads') return { table: dyadTable(events), events };
  return { table: await actorTable(db, range, events), events };
}

const LEAD_CHARS = 4000;

/** Where an article's lead paragraph ends: its first paragraph, or the second when the first is the headline. */
export function leadEnd(text: string, title: string | null): number {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const re = /[^\n]*\S[^\n]*/g;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (first && title) {
      first = false;
      const [line, head] = [norm(m[0]), norm(title)];
      if (line && head && (line.startsWith(head) || head.startsWith(line))) continue;
    }
    return end;
  }
  return text.length;
}

/**
 * GDELT's columns beyond the event: whether the event is in the lead paragraph (IsRootEvent), when
 * its article was stored (DATEADDED), and what kind of place it happened at (ActionGeo_Type).
 */
export async function gdeltExtras(db: Db, events: CountedEvent[]): Promise<(e: CountedEvent) => GdeltExtra> {
  const ids = [...new Set(events.map((e) => e.articleId))];
  const articles = new Map<string, { lead: number; added: string | null }>();
  const sentence = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const marks = chunk.map(() => '?').join(',');
    const rows = await db.all<{ id: string; title: string | null; head: string; ingested_at: string | null }>(
      `SELECT id, title, substr(text, 1, ${LEAD_CHARS}) AS head, ingested_at FROM articles WHERE id IN (${marks})`, chunk);
    for (const r of rows) {
      const t = r.ingested_at ? Date.parse(r.ingested_at) : NaN;
      articles.set(r.id, {
        lead: leadEnd(r.head, r.title),
        added: Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\D/g, '').slice(0, 14),
      });
    }
    const evs = await db.all<{ article_id: string; idx: number; sentence_start: number }>(
      `SELECT article_id, idx, sentence_start FROM article_events WHERE article_seq IN (SELECT seq FROM articles WHERE id IN (${marks}))`, chunk);
    for (const r of evs) sentence.set(`${r.article_id}\u0000${num(r.idx)}`, num(r.sentence_start));
  }
  return (e) => {
    const a = articles.get(e.articleId);
    const start = sentence.get(`${e.articleId}\u0000${e.idx}`);
    return { isRoot: a && start !== undefined ? start < a.lead : null, added: a?.added ?? null, geoType: geoType(e) };
  };
}

const near = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) < 0.05;

/** GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world region (first-order division). */
function geoType(e: CountedEvent): number | null {
  if (!e.locationName) return null;
  const p = findPlace(e.locationName, e.locationCountry);
  // Only when the gazetteer's place is the one stored (same coordinates when there are any).
  if (!p || (e.lat !== null && p.lat !== null && !(near(p.lat, e.lat) && near(p.lon, e.lon)))) return null;
  if (p.kind === 'country') return 1;
  const us = (p.country ?? e.locationCountry) === 'USA';
  if (p.kind === 'region') return us ? 2 : 5;
  return us ? 3 : 4;
}
