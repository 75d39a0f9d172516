// Full-text search with facets: hits ranked by the store's full-text index (FTS5 on SQLite, tsvector on
// PostgreSQL) with highlighted snippets, and counts by publisher, country, event type and actor over
// the same filtered set, so every facet value is a drill-down that finds something.
import type { Db, Param } from '../store/db.ts';
import { articleFilterSql } from '../store/articles.ts';
import { clampLimit, describeActors, type Count } from './queries.ts';

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

interface Plan {
  /** Where the ranking reads: the full-text index alone when nothing else filters. */
  rankFrom: string;
  seq: string;
  where: string[];
  params: Param[];
  rank: string;
  /** The page's rows with their marked title and snippet: a query over `a` filtered by `pageSeq IN (…)`. */
  pageFrom: string;
  pageSeq: string;
  pageWhere: string[];
  pageParams: Param[];
  select: string;
  selectParams: Param[];
  countSql?: string;
  /** Filters applied to the ranked hits afterwards: the article seqs they allow. */
  allow?: { sql: string; params: Param[] };
}

/** Hits up to which a filtered search ranks them all and filters afterwards. */
const INTERSECT_HITS = 50_000;

async function plan(db: Db, s: SearchQuery): Promise<Plan> {
  const { where, params } = articleFilterSql({ since: s.since, until: s.until, publisher: s.publisher, country: s.country, actor: s.actor });
  if (s.eventTypes?.length || s.statuses?.length) {
    const cond: string[] = [];
    if (s.eventTypes?.length) { cond.push(`type IN (${s.eventTypes.map(() => '?').join(', ')})`); params.push(...s.eventTypes); }
    if (s.statuses?.length) { cond.push(`status IN (${s.statuses.map(() => '?').join(', ')})`); params.push(...s.statuses); }
    where.push(`a.id IN (SELECT article_id FROM article_events WHERE ${cond.join(' AND ')})`);
  }
  const text = s.q?.trim() ? s.q.trim().slice(0, 500) : '';
  const plain = {
    rankFrom: 'articles a', seq: 'a.seq', pageFrom: 'articles a', pageSeq: 'a.seq', pageWhere: [], pageParams: [],
    select: 'a.title AS title_marked, SUBSTR(a.text, 1, 240) AS snip', selectParams: [] as Param[],
  };
  if (!text) return { ...plain, where, params, rank: 'a.published DESC, a.seq DESC' };
  if (db.dialect === 'sqlite') {
    const fts = ftsQuery(text);
    if (!fts) return { ...plain, where: [...where, '1 = 0'], params, rank: 'a.seq' };
    const marked = {
      // FTS5 looks rowids up one by one; the same list on a.seq would walk every match.
      pageFrom: 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid', pageSeq: 'articles_fts.rowid', pageWhere: ['articles_fts MATCH ?'], pageParams: [fts],
      select: `highlight(articles_fts, 0, '${HIT_START}', '${HIT_END}') AS title_marked, snippet(articles_fts, 1, '${HIT_START}', '${HIT_END}', '…', 28) AS snip`,
      selectParams: [],
    };
    // Without filters the index alone ranks and counts: joining every hit's article row first
    // costs twenty times the ranking for a common word.
    if (!where.length) {
      return {
        ...marked, rankFrom: 'articles_fts', seq: 'articles_fts.rowid', where: ['articles_fts MATCH ?'], params: [fts],
        rank: 'bm25(articles_fts, 8.0, 1.0), articles_fts.rowid DESC', countSql: 'SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?',
      };
    }
    // With filters, rank every hit on the index alone and keep those the filters allow: joining
    // each hit's article row costs ten times as much, and FTS5 recomputes bm25's statistics for
    // each rowid it is handed. Past INTERSECT_HITS hits the join is the smaller evil.
    const hits = Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?', [fts]))?.n ?? 0);
    if (hits <= INTERSECT_HITS) {
      return {
        ...marked, rankFrom: 'articles_fts', seq: 'articles_fts.rowid', where: ['articles_fts MATCH ?'], params: [fts],
        rank: 'bm25(articles_fts, 8.0, 1.0), articles_fts.rowid DESC',
        allow: { sql: `SELECT a.seq FROM articles a WHERE ${where.join(' AND ')}`, params },
      };
    }
    return {
      ...marked, rankFrom: marked.pageFrom, seq: 'a.seq', where: ['articles_fts MATCH ?', ...where], params: [fts, ...params],
      rank: 'bm25(articles_fts, 8.0, 1.0), a.seq DESC',
    };
  }
  const opts = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  return {
    rankFrom: 'articles a', seq: 'a.seq', pageFrom: 'articles a', pageSeq: 'a.seq', pageWhere: [], pageParams: [],
    where: ["a.search @@ websearch_to_tsquery('english', ?)", ...where], params: [text, ...params],
    rank: "ts_rank(a.search, websearch_to_tsquery('english', ?)) DESC, a.seq DESC",
    select: `ts_headline('english', COALESCE(a.title, ''), websearch_to_tsquery('english', ?), 'HighlightAll=true, StartSel=${HIT_START}, StopSel=${HIT_END}') AS title_marked,
      ts_headline('english', a.text, websearch_to_tsquery('english', ?), '${opts}') AS snip`,
    selectParams: [text, text],
  };
}

export async function search(db: Db, s: SearchQuery): Promise<SearchResult> {
  const p = await plan(db, s);
  const w = p.where.length ? `WHERE ${p.where.join(' AND ')}` : '';
  const limit = clampLimit(s.limit, 20, 100);
  const offset = Math.max(0, s.offset ?? 0);
  const rankParams = db.dialect === 'postgres' && s.q?.trim() ? [s.q.trim().slice(0, 500)] : [];
  // One ranking: the page is cut from it and the facets count over its head.
  const want = s.noFacets ? offset + limit : Math.max(FACET_HITS, offset + limit);
  let total: number;
  let ranked: number[];
  if (p.allow) {
    const allowed = new Set((await db.all<{ seq: number }>(p.allow.sql, p.allow.params)).map((r) => Number(r.seq)));
    const all = (await db.all<{ seq: number }>(`SELECT ${p.seq} AS seq FROM ${p.rankFrom} ${w} ORDER BY ${p.rank}`, p.params)).map((r) => Number(r.seq));
    ranked = all.filter((seq) => allowed.has(seq));
    total = ranked.length;
    ranked = ranked.slice(0, want);
  } else {
    total = Number((await db.get<{ n: number }>(p.countSql ?? `SELECT COUNT(*) AS n FROM ${p.rankFrom} ${w}`, p.params))?.n ?? 0);
    ranked = (await db.all<{ seq: number }>(`SELECT ${p.seq} AS seq FROM ${p.rankFrom} ${w} ORDER BY ${p.rank} LIMIT ?`, [...p.params, ...rankParams, want]))
      .map((r) => Number(r.seq));
  }
  const pageSeqs = ranked.slice(offset, offset + limit);
  const rows = pageSeqs.length ? await db.all<{ seq: number; id: string; title: string | null; title_marked: string | null; snip: string; publisher: string | null; published: string | null; event_count: number; quote_count: number }>(
    `SELECT a.seq, a.id, a.title, ${p.select}, a.publisher, a.published, a.event_count, a.quote_count FROM ${p.pageFrom}
     WHERE ${[...p.pageWhere, `${p.pageSeq} IN (${pageSeqs.map(() => '?').join(', ')})`].join(' AND ')}`,
    [...p.selectParams, ...p.pageParams, ...pageSeqs]) : [];
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
  const items = pageSeqs.map((seq) => bySeq.get(seq)).filter((r) => r !== undefined).map((r) => ({
    id: r.id, title: r.title, titleMarked: r.title_marked, snippet: r.snip ?? '', publisher: r.publisher, published: r.published,
    eventCount: Number(r.event_count), quoteCount: Number(r.quote_count),
  }));
  const facets = s.noFacets ? null : await facetCounts(db, ranked.slice(0, FACET_HITS));
  return { total, limit, offset, items, facets };
}

/** Facets count over the best-ranked hits only: enough to steer a search, and bounded in cost. */
export const FACET_HITS = 500;

async function facetCounts(db: Db, seqs: number[]): Promise<Facets> {
  if (!seqs.length) return { publisher: [], country: [], eventType: [], actor: [] };
  const hits = seqs.map(() => '?').join(', ');
  const publisher = await db.all<{ k: string; n: number }>(
    `SELECT a.publisher AS k, COUNT(*) AS n FROM articles a WHERE a.seq IN (${hits}) AND a.publisher IS NOT NULL GROUP BY a.publisher ORDER BY n DESC, k LIMIT 12`, seqs);
  // Countries, actors and event types in one pass over the hits' facet rows, which are the values
  // the search filters match (a country facet counts datelines as the country filter does).
  const rows = await db.all<{ kind: string; k: string; label: string | null; n: number }>(
    `SELECT f.kind, f.value AS k, MIN(f.label) AS label, COUNT(*) AS n FROM article_facets f
     WHERE f.article_id IN (SELECT a.id FROM articles a WHERE a.seq IN (${hits})) GROUP BY f.kind, f.value`, seqs);
  const top = (kind: string, n: number) => rows.filter((r) => r.kind === kind).map((r) => ({ key: r.k, label: r.label, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, n);
  // People and organisations: places already have the country facet.
  const actors = top('actor', 60);
  const about = await describeActors(db, actors.map((a) => a.key));
  const actor = actors.filter((a) => ['PERSON', 'ORG'].includes(about.get(a.key)?.type ?? ''))
    .slice(0, 12).map((a) => ({ key: a.key, name: about.get(a.key)?.name ?? a.label ?? a.key, count: a.count }));
  const c = (list: Array<{ key: string; count: number }>): Count[] => list.map((r) => ({ key: r.key, count: r.count }));
  return { publisher: publisher.map((r) => ({ key: r.k, count: Number(r.n) })), country: c(top('country', 12)), eventType: c(top('type', 16)), actor };
}
