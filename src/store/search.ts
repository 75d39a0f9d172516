// Full-text search over stored articles with filters and facets. SQLite uses FTS5 (bm25, snippet),
// PostgreSQL a tsvector column (ts_rank_cd, ts_headline). Snippets come back as plain text plus
// highlight ranges, so every caller escapes the text its own way.
import type { Db, Param } from './db.ts';
import { articleFilterSql, type ListFilter } from './articles.ts';

export interface SearchQuery extends Omit<ListFilter, 'order'> {
  /** Words, "quoted phrases", OR between alternatives, -word to exclude. Empty: newest first. */
  q?: string;
  /** A PLOVER event type the article reports (ASSAULT, CONSULT ...). */
  type?: string;
  /** Values per facet (0 leaves facets out). */
  facetLimit?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  uri: string | null;
  /** A passage around the matches, plain text. */
  snippet: string;
  /** [start, end) ranges of matched words in `snippet`. */
  highlights: Array<[number, number]>;
  score: number;
}

export interface FacetValue { value: string; label: string; count: number }

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: { publisher: FacetValue[]; country: FacetValue[]; actor: FacetValue[]; type: FacetValue[] };
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Term { text: string; phrase: boolean; not: boolean; or: boolean }

/** Splits a user's query into terms; quotes make phrases, a leading - excludes, OR joins. */
export function parseQuery(q: string): Term[] {
  const out: Term[] = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  let or = false;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    if (m[3] === 'OR') {
      or = out.length > 0;
      continue;
    }
    const not = m[1] === '-' || (m[3]?.startsWith('-') ?? false);
    const raw = m[2] ?? m[3].replace(/^-/, '');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    out.push({ text: words.join(' '), phrase: m[2] !== undefined || words.length > 1, not, or });
    or = false;
  }
  return out;
}

/** FTS5 MATCH expression: each term quoted (no FTS syntax from the user gets through). */
export function ftsExpression(terms: Term[]): string | null {
  const pos = terms.filter((t) => !t.not);
  if (!pos.length) return null;
  let expr = '';
  for (const t of pos) {
    const quoted = `"${t.text.replace(/"/g, '""')}"`;
    expr = expr ? `${expr} ${t.or ? 'OR' : 'AND'} ${quoted}` : quoted;
  }
  const neg = terms.filter((t) => t.not).map((t) => `"${t.text.replace(/"/g, '""')}"`);
  return neg.length ? `(${expr}) NOT ${neg.join(' NOT ')}` : expr;
}

/** The query for PostgreSQL's websearch_to_tsquery, rebuilt from the parsed terms. */
export function websearchText(terms: Term[]): string | null {
  if (!terms.some((t) => !t.not)) return null;
  return terms.map((t) => `${t.or ? 'or ' : ''}${t.not ? '-' : ''}${t.phrase ? `"${t.text}"` : t.text}`).join(' ');
}

function splitHighlights(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let snippet = '';
  const highlights: Array<[number, number]> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = snippet.length;
    else if (ch === CLOSE) {
      if (open >= 0) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  return { snippet: snippet.replace(/\s+/g, ' '), highlights: highlights.length && /\s\s|\n/.test(snippet) ? recompute(snippet, highlights) : highlights };
}

/** Whitespace collapsing shifts offsets: map the ranges through it. */
function recompute(original: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const map: number[] = [];
  let out = 0;
  let prevSpace = false;
  for (let i = 0; i <= original.length; i++) {
    map.push(out);
    if (i === original.length) break;
    const space = /\s/.test(original[i]);
    if (!(space && prevSpace)) out++;
    prevSpace = space;
  }
  return ranges.map(([s, e]) => [map[s], map[e]]);
}

export async function searchArticles(db: Db, query: SearchQuery): Promise<SearchResult> {
  const terms = parseQuery(query.q ?? '');
  const { where, params } = articleFilterSql(query);
  if (query.type) {
    where.push('a.id IN (SELECT article_id FROM article_events WHERE type = ?)');
    params.push(query.type.toUpperCase());
  }
  const limit = Math.max(1, Math.min(query.limit ?? 20, 200));
  const offset = Math.max(0, query.offset ?? 0);
  const facetLimit = query.facetLimit ?? 10;

  // `matched` selects (id, score) of every article that matches; hits and facets read it.
  let matched: string;
  let matchParams: Param[];
  let hitSql: string;
  let hitParams: Param[];
  const filter = where.length ? ` AND ${where.join(' AND ')}` : '';
  if (db.dialect === 'sqlite') {
    const expr = ftsExpression(terms);
    if (expr) {
      matched = `SELECT a.id, a.seq, bm25(articles_fts, 8.0, 1.0) AS score FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?${filter}`;
      matchParams = [expr, ...params];
      hitSql = `SELECT a.id, a.title, a.publisher, a.published, a.uri, -bm25(articles_fts, 8.0, 1.0) AS score,
          snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS marked
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ?${filter} ORDER BY bm25(articles_fts, 8.0, 1.0), a.seq DESC LIMIT ? OFFSET ?`;
      hitParams = [expr, ...params, limit, offset];
    } else {
      matched = `SELECT a.id, a.seq, 0 AS score FROM articles a WHERE 1 = 1${filter}`;
      matchParams = params;
      hitSql = `SELECT a.id, a.title, a.publisher, a.published, a.uri, 0 AS score, substr(a.text, 1, 200) AS marked
        FROM articles a WHERE 1 = 1${filter} ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?`;
      hitParams = [...params, limit, offset];
    }
  } else {
    const web = websearchText(terms);
    if (web) {
      matched = `SELECT a.id, a.seq FROM articles a WHERE a.search @@ websearch_to_tsquery('english', ?)${filter}`;
      matchParams = [web, ...params];
      // ts_headline reads the whole text, so it runs only on the page of hits.
      hitSql = `SELECT h.id, h.title, h.publisher, h.published, h.uri, h.score,
          ts_headline('english', h.text, websearch_to_tsquery('english', ?), 'StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS marked
        FROM (SELECT a.id, a.seq, a.title, a.publisher, a.published, a.uri, a.text, ts_rank_cd(a.search, websearch_to_tsquery('english', ?)) AS score
              FROM articles a WHERE a.search @@ websearch_to_tsquery('english', ?)${filter}
              ORDER BY score DESC, a.seq DESC LIMIT ? OFFSET ?) h
        ORDER BY h.score DESC, h.seq DESC`;
      hitParams = [web, web, web, ...params, limit, offset];
    } else {
      matched = `SELECT a.id, a.seq FROM articles a WHERE 1 = 1${filter}`;
      matchParams = params;
      hitSql = `SELECT a.id, a.title, a.publisher, a.published, a.uri, 0 AS score, substr(a.text, 1, 200) AS marked
        FROM articles a WHERE 1 = 1${filter} ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?`;
      hitParams = [...params, limit, offset];
    }
  }

  const rows = await db.all<{ id: string; title: string | null; publisher: string | null; published: string | null; uri: string | null; score: number; marked: string | null }>(hitSql, hitParams);
  const totalRow = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${matched}) m`, matchParams);
  const hits: SearchHit[] = rows.map((r) => ({
    id: r.id, title: r.title, publisher: r.publisher, published: r.published, uri: r.uri, score: Number(r.score),
    ...splitHighlights(r.marked ?? ''),
  }));
  const total = Number(totalRow?.n ?? 0);
  const facets: SearchResult['facets'] = { publisher: [], country: [], actor: [], type: [] };
  if (facetLimit > 0 && total > 0) {
    const m = `(SELECT id FROM (${matched}) mm)`;
    const [pub, country, actor, type] = await Promise.all([
      db.all<{ value: string; label: string; n: number }>(
        `SELECT a.publisher AS value, a.publisher AS label, COUNT(*) AS n FROM articles a WHERE a.id IN ${m} AND a.publisher IS NOT NULL
         GROUP BY a.publisher ORDER BY n DESC, value LIMIT ?`, [...matchParams, facetLimit]),
      db.all<{ value: string; label: string; n: number }>(
        `SELECT e.country AS value, e.country AS label, COUNT(DISTINCT e.article_id) AS n FROM article_entities e
         WHERE e.article_id IN ${m} AND e.country IS NOT NULL GROUP BY e.country ORDER BY n DESC, value LIMIT ?`, [...matchParams, facetLimit]),
      db.all<{ value: string; label: string; n: number }>(
        `SELECT e.actor_key AS value, MIN(e.name) AS label, COUNT(DISTINCT e.article_id) AS n FROM article_entities e
         WHERE e.article_id IN ${m} AND e.type IN ('PERSON', 'ORG', 'GPE', 'NORP') GROUP BY e.actor_key ORDER BY n DESC, value LIMIT ?`, [...matchParams, facetLimit]),
      db.all<{ value: string; label: string; n: number }>(
        `SELECT v.type AS value, v.type AS label, COUNT(DISTINCT v.article_id) AS n FROM article_events v
         WHERE v.article_id IN ${m} GROUP BY v.type ORDER BY n DESC, value LIMIT ?`, [...matchParams, facetLimit]),
    ]);
    const conv = (rs: Array<{ value: string; label: string; n: number }>) => rs.map((r) => ({ value: r.value, label: r.label, count: Number(r.n) }));
    facets.publisher = conv(pub);
    facets.country = conv(country);
    facets.actor = conv(actor);
    facets.type = conv(type);
  }
  return { total, hits, facets };
}
