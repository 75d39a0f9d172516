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
  /** Any of these event types (with `statuses`: an event of one of the types with one of the statuses). */
  types?: string[];
  /** Any of these event statuses (actual, planned, threatened ...). */
  statuses?: string[];
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
  /** [start, end) ranges of matched words in `title`. */
  titleHighlights: Array<[number, number]>;
  score: number;
  eventCount: number;
  quoteCount: number;
}

export interface FacetValue { value: string; label: string; count: number }

export interface SearchResult {
  total: number;
  /** How many of the matches the facets were counted over: all of them, or the FACET_SAMPLE best ranked when more match. */
  facetBasis: number;
  hits: SearchHit[];
  facets: { publisher: FacetValue[]; country: FacetValue[]; actor: FacetValue[]; type: FacetValue[] };
}

/** Facets of a broad query count its best-ranked articles, which keeps search fast at any size. */
export const FACET_SAMPLE = 500;

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

/** A pattern for a word and its inflections ("talks" finds talk, talked, talking): matches were found by the stemmer already. */
function wordPattern(word: string): string {
  const w = word.toLowerCase();
  const stem = w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w;
  return `${stem}[\\p{L}\\p{N}]*`;
}

/** The matched words of a query as one pattern; null for a query without positive words. */
function matchPattern(terms: Term[]): RegExp | null {
  const words = terms.filter((t) => !t.not).flatMap((t) => t.text.split(' ')).filter(Boolean);
  return words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(wordPattern).join('|')})`, 'giu') : null;
}

/** A short text (a title) with the matched words marked throughout. */
function markedWhole(text: string, terms: Term[]): string {
  const re = matchPattern(terms);
  return re ? text.replace(re, (m) => `${OPEN}${m}${CLOSE}`) : text;
}

/** About 200 characters around the first match, with the matched words marked. */
export function markedSnippet(text: string, terms: Term[], width = 200): string {
  const re = matchPattern(terms);
  if (!re) return text.slice(0, width);
  const first = re.exec(text);
  let start = first ? Math.max(0, first.index - 60) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < (first?.index ?? start) ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const part = text.slice(start, end);
  const marked = part.replace(new RegExp(re.source, 'giu'), (m) => `${OPEN}${m}${CLOSE}`);
  return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
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

interface HitRow {
  id: string; title: string | null; publisher: string | null; published: string | null; uri: string | null; score: number;
  marked: string | null; marked_title: string | null; event_count: number; quote_count: number;
}
type FacetRow = { kind: string; value: string; label: string | null; n: number };

export async function searchArticles(db: Db, query: SearchQuery): Promise<SearchResult> {
  const terms = parseQuery(query.q ?? '');
  const { where, params } = articleFilterSql(query);
  const types = [...(query.type ? [query.type] : []), ...(query.types ?? [])].map((t) => t.toUpperCase());
  const statuses = query.statuses ?? [];
  if (statuses.length) {
    const cond = [`status IN (${statuses.map(() => '?').join(', ')})`];
    if (types.length) cond.push(`type IN (${types.map(() => '?').join(', ')})`);
    where.push(`a.id IN (SELECT article_id FROM article_events WHERE ${cond.join(' AND ')})`);
    params.push(...statuses, ...types);
  } else if (types.length) {
    // The facet rows hold each article's event types once, indexed by value.
    where.push(`a.id IN (SELECT article_id FROM article_facets WHERE kind = 'type' AND value IN (${types.map(() => '?').join(', ')}))`);
    params.push(...types);
  }
  const limit = Math.max(1, Math.min(query.limit ?? 20, 200));
  const offset = Math.max(0, query.offset ?? 0);
  const facetLimit = query.facetLimit ?? 10;
  const filter = where.length ? ` AND ${where.join(' AND ')}` : '';
  return db.dialect === 'sqlite'
    ? searchSqlite(db, terms, filter, params, limit, offset, facetLimit)
    : searchPostgres(db, terms, filter, params, limit, offset, facetLimit);
}

function toHits(rows: HitRow[]): SearchHit[] {
  return rows.map((r) => {
    const title = r.title === null ? null : splitHighlights(r.marked_title ?? r.title);
    return {
      id: r.id, title: title ? title.snippet : null, publisher: r.publisher, published: r.published, uri: r.uri, score: Number(r.score),
      ...splitHighlights(r.marked ?? ''), titleHighlights: title?.highlights ?? [],
      eventCount: Number(r.event_count ?? 0), quoteCount: Number(r.quote_count ?? 0),
    };
  });
}

function toFacets(publishers: Map<string, number>, rows: FacetRow[], facetLimit: number): SearchResult['facets'] {
  const top = (vs: FacetValue[]) => vs.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, facetLimit);
  const by = (kind: string) => top(rows.filter((r) => r.kind === kind).map((r) => ({ value: r.value, label: r.label ?? r.value, count: Number(r.n) })));
  return {
    publisher: top([...publishers].map(([value, count]) => ({ value, label: value, count }))),
    country: by('country'), actor: by('actor'), type: by('type'),
  };
}

/**
 * SQLite: one pass collects every match with its score (cheap: the full-text index and the
 * articles_search_meta index, no article rows); snippets are made for the page of hits only, and
 * facets come from one GROUP BY over those articles.
 */
async function searchSqlite(db: Db, terms: Term[], filter: string, params: Param[], limit: number, offset: number, facetLimit: number): Promise<SearchResult> {
  const expr = ftsExpression(terms);
  type M = { seq: number; id: string; publisher: string | null; score: number; published: string | null };
  let matched: M[];
  let total: number;
  if (!expr && facetLimit === 0) {
    // Newest first without facets (article lists): a count, and the page walked along the
    // published index (SQLite sorts NULL below every day, so undated articles come last).
    total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a INDEXED BY articles_search_meta WHERE 1 = 1${filter}`, params))?.n ?? 0);
    matched = await db.all<M>(`SELECT a.seq, a.id, a.publisher, a.published, 0 AS score FROM articles a WHERE 1 = 1${filter}
      ORDER BY a.published DESC, a.seq DESC LIMIT ?`, [...params, offset + limit]);
  } else if (expr && !filter) {
    // Words alone: the full-text index ranks every hit by itself, and only the best ones (the page,
    // the facets' basis) are looked up in the covering index.
    total = Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?', [expr]))?.n ?? 0);
    const head = await db.all<{ seq: number; score: number }>(
      'SELECT rowid AS seq, bm25(articles_fts, 8.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score, rowid DESC LIMIT ?',
      [expr, Math.max(FACET_SAMPLE, offset + limit)]);
    const meta = new Map((await db.all<M>(`SELECT a.seq, a.id, a.publisher, a.published, 0 AS score FROM articles a INDEXED BY articles_search_meta
      WHERE a.seq IN (SELECT value FROM json_each(?))`, [JSON.stringify(head.map((r) => Number(r.seq)))])).map((m) => [Number(m.seq), m]));
    matched = head.flatMap((r) => { const m = meta.get(Number(r.seq)); return m ? [{ ...m, score: Number(r.score) }] : []; });
  } else {
    matched = expr
      ? await db.all<M>(`SELECT a.seq, a.id, a.publisher, a.published, bm25(articles_fts, 8.0, 1.0) AS score
          FROM articles_fts JOIN articles a INDEXED BY articles_search_meta ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?${filter}`, [expr, ...params])
      : await db.all<M>(`SELECT a.seq, a.id, a.publisher, a.published, 0 AS score FROM articles a INDEXED BY articles_search_meta WHERE 1 = 1${filter}`, params);
    if (expr) matched.sort((a, b) => a.score - b.score || b.seq - a.seq);
    else matched.sort((a, b) => (a.published === b.published ? b.seq - a.seq : a.published === null ? 1 : b.published === null ? -1 : a.published < b.published ? 1 : -1));
    total = matched.length;
  }
  const page = matched.slice(offset, offset + limit);
  let hits: SearchHit[] = [];
  if (page.length) {
    const seqs = page.map((m) => m.seq);
    const marks = seqs.map(() => '?').join(', ');
    // FTS5's snippet() costs ~0.5 ms on a long article; finding the words in JS is far cheaper.
    const rows = await db.all<HitRow & { seq: number; text: string }>(`SELECT a.seq, a.id, a.title, a.publisher, a.published, a.uri, 0 AS score,
        NULL AS marked, NULL AS marked_title, a.event_count, a.quote_count, a.text FROM articles a WHERE a.seq IN (${marks})`, seqs);
    for (const r of rows) {
      r.marked = expr ? markedSnippet(r.text, terms) : r.text.slice(0, 200);
      r.marked_title = expr && r.title !== null ? markedWhole(r.title, terms) : r.title;
    }
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
    hits = toHits(page.map((m) => ({ ...bySeq.get(m.seq)!, score: -m.score })));
  }
  let facets: SearchResult['facets'] = { publisher: [], country: [], actor: [], type: [] };
  if (facetLimit > 0 && matched.length) {
    const basis = matched.slice(0, FACET_SAMPLE);
    const publishers = new Map<string, number>();
    for (const m of basis) if (m.publisher) publishers.set(m.publisher, (publishers.get(m.publisher) ?? 0) + 1);
    const rows = await db.all<FacetRow>(`SELECT f.kind, f.value, MIN(f.label) AS label, COUNT(*) AS n FROM article_facets f
      WHERE f.article_id IN (SELECT value FROM json_each(?)) GROUP BY f.kind, f.value`, [JSON.stringify(basis.map((m) => m.id))]);
    facets = toFacets(publishers, rows, facetLimit);
  }
  return { total, facetBasis: Math.min(total, FACET_SAMPLE), hits, facets };
}

async function searchPostgres(db: Db, terms: Term[], filter: string, params: Param[], limit: number, offset: number, facetLimit: number): Promise<SearchResult> {
  const web = websearchText(terms);
  const matchWhere = web ? `a.search @@ websearch_to_tsquery('english', ?)${filter}` : `TRUE${filter}`;
  const matchParams = web ? [web, ...params] : params;
  // ts_headline reads the whole text, so it runs only on the page of hits.
  const hitSql = web
    ? `SELECT h.id, h.title, h.publisher, h.published, h.uri, h.score, h.event_count, h.quote_count,
        ts_headline('english', h.text, websearch_to_tsquery('english', ?), 'StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS marked,
        ts_headline('english', COALESCE(h.title, ''), websearch_to_tsquery('english', ?), 'HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}') AS marked_title
      FROM (SELECT a.id, a.seq, a.title, a.publisher, a.published, a.uri, a.text, a.event_count, a.quote_count, ts_rank_cd(a.search, websearch_to_tsquery('english', ?)) AS score
            FROM articles a WHERE ${matchWhere} ORDER BY score DESC, a.seq DESC LIMIT ? OFFSET ?) h
      ORDER BY h.score DESC, h.seq DESC`
    : `SELECT a.id, a.title, a.publisher, a.published, a.uri, 0 AS score, substr(a.text, 1, 200) AS marked, a.title AS marked_title, a.event_count, a.quote_count
      FROM articles a WHERE ${matchWhere} ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?`;
  const hitParams = web ? [web, web, web, ...matchParams, limit, offset] : [...matchParams, limit, offset];
  const rows = await db.all<HitRow>(hitSql, hitParams);
  const total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a WHERE ${matchWhere}`, matchParams))?.n ?? 0);
  // The facets, publisher included, count the same best-ranked articles.
  let facets: SearchResult['facets'] = { publisher: [], country: [], actor: [], type: [] };
  if (facetLimit > 0 && total > 0) {
    const order = web ? `ts_rank_cd(a.search, websearch_to_tsquery('english', ?)) DESC, a.seq DESC` : 'a.published DESC NULLS LAST, a.seq DESC';
    const basis = await db.all<{ publisher: string | null }>(`SELECT a.publisher FROM articles a WHERE ${matchWhere} ORDER BY ${order} LIMIT ?`,
      [...matchParams, ...(web ? [web] : []), FACET_SAMPLE]);
    const publishers = new Map<string, number>();
    for (const b of basis) if (b.publisher) publishers.set(b.publisher, (publishers.get(b.publisher) ?? 0) + 1);
    const fr = await db.all<FacetRow>(`SELECT f.kind, f.value, MIN(f.label) AS label, COUNT(*) AS n FROM article_facets f
      WHERE f.article_id IN (SELECT a.id FROM articles a WHERE ${matchWhere} ORDER BY ${order} LIMIT ?) GROUP BY f.kind, f.value`,
    [...matchParams, ...(web ? [web] : []), FACET_SAMPLE]);
    facets = toFacets(publishers, fr, facetLimit);
  }
  return { total, facetBasis: Math.min(total, FACET_SAMPLE), hits: toHits(rows), facets };
}
