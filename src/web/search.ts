// Full-text search with facets: hits ranked by the store's full-text index (FTS5 on SQLite, tsvector on
// PostgreSQL) with highlighted snippets, and counts by publisher, country, event type and actor over
// the same filtered set, so every facet value is a drill-down that finds something.
import type { Db, Param } from '../store/db.ts';
import { articleFilterSql } from '../store/articles.ts';
import { clampLimit, type Count } from './queries.ts';

/** Private-use characters mark hits in snippets: they cannot occur in escaped HTML, so marking happens after escaping. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

export interface SearchQuery {
  q?: string;
  since?: string;
  until?: string;
  publisher?: string;
  country?: string;
  actor?: string;
  eventTypes?: string[];
  statuses?: string[];
  limit?: number;
  offset?: number;
  /** Skip the facet counts (the API's facets=false). */
  noFacets?: boolean;
}

export interface SearchHit {
  id: string;
  title: string | null;
  /** Title and snippet with hits between HIT_START and HIT_END. */
  titleMarked: string | null;
  snippet: string;
  publisher: string | null;
  published: string | null;
  eventCount: number;
  quoteCount: number;
}

export interface Facets { publisher: Count[]; country: Count[]; eventType: Count[]; actor: Array<Count & { name: string }> }

export interface SearchResult { total: number; limit: number; offset: number; items: SearchHit[]; facets: Facets | null }

/**
 * User words as an FTS5 query: each word or "quoted phrase" becomes a quoted string (so no FTS5
 * syntax from the user is interpreted), all of them required. Null when nothing searchable is left.
 */
export function ftsQuery(q: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const words = (m[1] ?? m[2]).match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    if (m[1] !== undefined) parts.push(`"${words.join(' ')}"`);
    else parts.push(...words.map((w) => `"${w}"`));
  }
  return parts.length ? parts.slice(0, 20).join(' ') : null;
}

interface Plan { from: string; where: string[]; params: Param[]; rank: string; select: string; selectParams: Param[]; countSql?: string }

function plan(db: Db, s: SearchQuery): Plan {
  const { where, params } = articleFilterSql({ since: s.since, until: s.until, publisher: s.publisher, country: s.country, actor: s.actor });
  if (s.eventTypes?.length || s.statuses?.length) {
    const cond: string[] = [];
    if (s.eventTypes?.length) { cond.push(`type IN (${s.eventTypes.map(() => '?').join(', ')})`); params.push(...s.eventTypes); }
    if (s.statuses?.length) { cond.push(`status IN (${s.statuses.map(() => '?').join(', ')})`); params.push(...s.statuses); }
    where.push(`a.id IN (SELECT article_id FROM article_events WHERE ${cond.join(' AND ')})`);
  }
  const text = s.q?.trim() ? s.q.trim().slice(0, 500) : '';
  const plain = { select: "a.title AS title_marked, SUBSTR(a.text, 1, 240) AS snip", selectParams: [] as Param[] };
  if (!text) return { from: 'articles a', where, params, rank: 'a.published DESC, a.seq DESC', ...plain };
  if (db.dialect === 'sqlite') {
    const fts = ftsQuery(text);
    if (!fts) return { from: 'articles a', where: [...where, '1 = 0'], params, rank: 'a.seq', ...plain };
    return {
      from: 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid',
      where: ['articles_fts MATCH ?', ...where], params: [fts, ...params],
      // Without filters the index alone counts the hits.
      countSql: where.length ? undefined : 'SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?',
      rank: 'bm25(articles_fts, 8.0, 1.0), a.seq DESC',
      select: `highlight(articles_fts, 0, '${HIT_START}', '${HIT_END}') AS title_marked, snippet(articles_fts, 1, '${HIT_START}', '${HIT_END}', '…', 28) AS snip`,
      selectParams: [],
    };
  }
  const opts = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  return {
    from: 'articles a', where: ["a.search @@ websearch_to_tsquery('english', ?)", ...where], params: [text, ...params],
    rank: "ts_rank(a.search, websearch_to_tsquery('english', ?)) DESC, a.seq DESC",
    select: `ts_headline('english', COALESCE(a.title, ''), websearch_to_tsquery('english', ?), 'HighlightAll=true, StartSel=${HIT_START}, StopSel=${HIT_END}') AS title_marked,
      ts_headline('english', a.text, websearch_to_tsquery('english', ?), '${opts}') AS snip`,
    selectParams: [text, text],
  };
}

export async function search(db: Db, s: SearchQuery): Promise<SearchResult> {
  const p = plan(db, s);
  const w = p.where.length ? `WHERE ${p.where.join(' AND ')}` : '';
  const limit = clampLimit(s.limit, 20, 100);
  const offset = Math.max(0, s.offset ?? 0);
  const rankParams = db.dialect === 'postgres' && s.q?.trim() ? [s.q.trim().slice(0, 500)] : [];
  const total = await db.get<{ n: number }>(p.countSql ?? `SELECT COUNT(*) AS n FROM ${p.from} ${w}`, p.params);
  const rows = await db.all<{ id: string; title: string | null; title_marked: string | null; snip: string; publisher: string | null; published: string | null; event_count: number; quote_count: number }>(
    `SELECT a.id, a.title, ${p.select}, a.publisher, a.published, a.event_count, a.quote_count FROM ${p.from} ${w} ORDER BY ${p.rank} LIMIT ? OFFSET ?`,
    [...p.selectParams, ...p.params, ...rankParams, limit, offset]);
  const items = rows.map((r) => ({
    id: r.id, title: r.title, titleMarked: r.title_marked, snippet: r.snip ?? '', publisher: r.publisher, published: r.published,
    eventCount: Number(r.event_count), quoteCount: Number(r.quote_count),
  }));
  const facets = s.noFacets ? null : await facetCounts(db, p, rankParams);
  return { total: Number(total?.n ?? 0), limit, offset, items, facets };
}

/** Facets count over the best-ranked hits only: enough to steer a search, and bounded in cost. */
export const FACET_HITS = 500;

async function facetCounts(db: Db, p: Plan, rankParams: Param[]): Promise<Facets> {
  const w = p.where.length ? `WHERE ${p.where.join(' AND ')}` : '';
  // The best hits once; every facet then reads rows by article id. (`type || ''` keeps the planner
  // on the article id index: the type index would walk every person and organisation row.)
  const ids = (await db.all<{ id: string }>(`SELECT a.id FROM ${p.from} ${w} ORDER BY ${p.rank} LIMIT ${FACET_HITS}`, [...p.params, ...rankParams])).map((r) => r.id);
  if (!ids.length) return { publisher: [], country: [], eventType: [], actor: [] };
  const hits = ids.map(() => '?').join(', ');
  const params = ids;
  const publisher = await db.all<{ k: string; n: number }>(
    `SELECT a.publisher AS k, COUNT(*) AS n FROM articles a WHERE a.id IN (${hits}) AND a.publisher IS NOT NULL GROUP BY a.publisher ORDER BY n DESC, k LIMIT 12`, params);
  const country = await db.all<{ k: string; n: number }>(
    `SELECT ae.country AS k, COUNT(DISTINCT ae.article_id) AS n FROM article_entities ae WHERE ae.article_id IN (${hits}) AND ae.country IS NOT NULL
     GROUP BY ae.country ORDER BY n DESC, k LIMIT 12`, params);
  const eventType = await db.all<{ k: string; n: number }>(
    `SELECT e.type AS k, COUNT(DISTINCT e.article_id) AS n FROM article_events e WHERE e.article_id IN (${hits}) GROUP BY e.type ORDER BY n DESC, k LIMIT 16`, params);
  const actor = await db.all<{ k: string; name: string; n: number }>(
    `SELECT ae.actor_key AS k, MAX(ae.name) AS name, COUNT(*) AS n FROM article_entities ae WHERE ae.article_id IN (${hits}) AND ae.type || '' IN ('PERSON', 'ORG')
     GROUP BY ae.actor_key ORDER BY n DESC, k LIMIT 12`, params);
  const c = (rows: Array<{ k: string; n: number }>): Count[] => rows.map((r) => ({ key: r.k, count: Number(r.n) }));
  return { publisher: c(publisher), country: c(country), eventType: c(eventType), actor: actor.map((r) => ({ key: r.k, name: r.name, count: Number(r.n) })) };
}
