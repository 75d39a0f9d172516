// Full-text search over stored articles with filters and facets. SQLite uses FTS5 (bm25, snippet),
// PostgreSQL a tsvector column (ts_rank_cd, ts_headline). Snippets come back as plain text plus
// highlight ranges, so every caller escapes the text its own way.
import { LEAD_CHARS, headlineOf } from '../extract/lead-label.ts';
import type { Db, Param } from './db.ts';
import { articleFilterSql, untitledLead, type ListFilter } from './articles.ts';

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
  /** What to show for it: its title, or without one, a label from its lead. */
  headline: string | null;
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
  /** The text's start, for an article without a title. */
  lead: string | null;
}
type FacetRow = { kind: string; value: string; n: number };

export async function searchArticles(db: Db, query: SearchQuery): Promise<SearchResult> {
  const terms = parseQuery(query.q ?? '');
  const { where, params } = articleFilterSql(query);
  const types = [...(query.type ? [query.type] : []), ...(query.types ?? [])].map((t) => t.toUpperCase());
  const statuses = query.statuses ?? [];
  if (statuses.length) {
    const cond = [`status IN (${statuses.map(() => '?').join(', ')})`];
    if (types.length) cond.push(`type IN (${types.map(() => '?').join(', ')})`);
    where.push(`a.seq IN (SELECT article_seq FROM article_events WHERE ${cond.join(' AND ')})`);
    params.push(...statuses, ...types);
  } else if (types.length) {
    // The facet rows hold each article's event types once, indexed by value.
    where.push(`a.seq IN (SELECT article_seq FROM article_facets WHERE kind = 'type' AND value IN (${types.map(() => '?').join(', ')}))`);
    params.push(...types);
  }
  const limit = Math.max(1, Math.min(query.limit ?? 20, 200));
  const offset = Math.max(0, query.offset ?? 0);
  const facetLimit = query.facetLimit ?? 10;
  const filter = where.length ? ` AND ${where.join(' AND ')}` : '';
  // Filters over sets of articles (actor, country, event type) test each article's seq.
  const sets = Boolean(query.actor || query.country || (types.length && !statuses.length));
  return db.dialect === 'sqlite'
    ? searchSqlite(db, terms, filter, sets, params, limit, offset, facetLimit)
    : searchPostgres(db, terms, filter, params, limit, offset, facetLimit);
}

function toHits(rows: HitRow[]): SearchHit[] {
  return rows.map((r) => {
    const title = r.title === null ? null : splitHighlights(r.marked_title ?? r.title);
    return {
      id: r.id, title: title ? title.snippet : null, publisher: r.publisher, published: r.published, uri: r.uri, score: Number(r.score),
      ...splitHighlights(r.marked ?? ''), titleHighlights: title?.highlights ?? [], headline: headlineOf(r.title, r.lead),
      eventCount: Number(r.event_count ?? 0), quoteCount: Number(r.quote_count ?? 0),
    };
  });
}

function toFacets(publishers: Map<string, number>, rows: FacetRow[], facetLimit: number): SearchResult['facets'] {
  const top = (vs: FacetValue[]) => vs.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, facetLimit);
  const by = (kind: string) => top(rows.filter((r) => r.kind === kind).map((r) => ({ value: r.value, label: r.value, count: Number(r.n) })));
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
async function searchSqlite(db: Db, terms: Term[], filter: string, sets: boolean, params: Param[], limit: number, offset: number, facetLimit: number): Promise<SearchResult> {
  const expr = ftsExpression(terms);
  type M = { seq: number; id: string; publisher: string | null; score: number; published: string | null };
  let matched: M[];
  let total: number;
  if (!expr) {
    // Newest first: a count, then the newest articles walked in date order (SQLite sorts NULL
    // below every day, so undated articles come last). Only the page and the facets' basis are read.
    // A filter over sets of articles is counted by probing the narrow covering index with each
    // member; SQLite's own choice probes the article rows, twice as slow.
    const narrow = sets ? ' INDEXED BY articles_search_meta' : '';
    total = Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a${narrow} WHERE 1 = 1${filter}`, params))?.n ?? 0);
    const wanted = Math.max(offset + limit, facetLimit > 0 ? FACET_SAMPLE : 0);
    matched = await db.all<M>(`SELECT a.seq, a.id, a.publisher, a.published, 0 AS score FROM articles a${await newestIndexHint(db, filter, total, wanted)}
      WHERE 1 = 1${filter} ORDER BY a.published DESC, a.seq DESC LIMIT ?`, [...params, wanted]);
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
    matched = await db.all<M>(`SELECT a.seq, a.id, a.publisher, a.published, bm25(articles_fts, 8.0, 1.0) AS score
      FROM articles_fts JOIN articles a INDEXED BY articles_search_meta ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?${filter}`, [expr, ...params]);
    matched.sort((a, b) => a.score - b.score || b.seq - a.seq);
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
      r.lead = r.title === null ? r.text.slice(0, LEAD_CHARS) : null;
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
    facets = toFacets(publishers, await countFacetsSqlite(db, basis.map((m) => Number(m.seq))), facetLimit);
    await labelActors(db, facets.actor);
  }
  return { total, facetBasis: Math.min(total, FACET_SAMPLE), hits, facets };
}

/**
 * With a filter that most articles pass (a big actor, the home country), walking the date index
 * newest first finds the wanted rows after a few hundred steps, where SQLite's own plan reads every
 * matching article and sorts them; with a narrow filter the own plan is the cheap one. The walk
 * costs about wanted × store / matches steps, the own plan about matches.
 */
async function newestIndexHint(db: Db, filter: string, total: number, wanted: number): Promise<string> {
  if (!filter || total === 0) return '';
  const size = Number((await db.get<{ n: number | null }>('SELECT MAX(seq) AS n FROM articles'))?.n ?? 0);
  return total * total >= wanted * size ? ' INDEXED BY articles_published' : '';
}

/**
 * Facet counts over a set of articles. Counting the (kind, value) pairs in JS is three times
 * cheaper than SQLite's GROUP BY over thousands of distinct string keys.
 */
async function countFacetsSqlite(db: Db, seqs: number[]): Promise<FacetRow[]> {
  const packed = await db.get<{ pairs: string | null }>(`SELECT json_group_array(f.kind || ':' || f.value) AS pairs FROM article_facets f
    WHERE f.article_seq IN (SELECT value FROM json_each(?))`, [JSON.stringify(seqs)]);
  const counts = new Map<string, number>();
  for (const pair of JSON.parse(packed?.pairs ?? '[]') as string[]) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  // Kinds are our own words (actor, country, type): the first colon ends the kind.
  return [...counts].map(([pair, n]) => {
    const cut = pair.indexOf(':');
    return { kind: pair.slice(0, cut), value: pair.slice(cut + 1), n };
  });
}

/** An actor facet is labelled with the actor's most common spelling across the store (the roll-up keeps the counts). */
async function labelActors(db: Db, shown: FacetValue[]): Promise<void> {
  if (!shown.length) return;
  const rows = await db.all<{ actor_key: string; name: string }>(`SELECT actor_key, name FROM actor_variants
    WHERE actor_key IN (${shown.map(() => '?').join(', ')}) ORDER BY actor_key, articles DESC, name`, shown.map((f) => f.value));
  const best = new Map<string, string>();
  for (const r of rows) if (!best.has(r.actor_key)) best.set(r.actor_key, r.name);
  for (const f of shown) f.label = best.get(f.value) ?? f.label;
}

async function searchPostgres(db: Db, terms: Term[], filter: string, params: Param[], limit: number, offset: number, facetLimit: number): Promise<SearchResult> {
  const web = websearchText(terms);
  const matchWhere = web ? `a.search @@ websearch_to_tsquery('english', ?)${filter}` : `TRUE${filter}`;
  const matchParams = web ? [web, ...params] : params;
  // ts_headline reads the whole text, so it runs only on the page of hits.
  const hitSql = web
    ? `SELECT h.id, h.title, h.publisher, h.published, h.uri, h.score, h.event_count, h.quote_count, ${untitledLead('h')},
        ts_headline('english', h.text, websearch_to_tsquery('english', ?), 'StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS marked,
        ts_headline('english', COALESCE(h.title, ''), websearch_to_tsquery('english', ?), 'HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}') AS marked_title
      FROM (SELECT a.id, a.seq, a.title, a.publisher, a.published, a.uri, a.text, a.event_count, a.quote_count, ts_rank_cd(a.search, websearch_to_tsquery('english', ?)) AS score
            FROM articles a WHERE ${matchWhere} ORDER BY score DESC, a.seq DESC LIMIT ? OFFSET ?) h
      ORDER BY h.score DESC, h.seq DESC`
    : `SELECT a.id, a.title, a.publisher, a.published, a.uri, 0 AS score, substr(a.text, 1, 200) AS marked, a.title AS marked_title, a.event_count, a.quote_count, ${untitledLead('a')}
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
    const fr = await db.all<FacetRow>(`SELECT f.kind, f.value, COUNT(*) AS n FROM article_facets f
      WHERE f.article_seq IN (SELECT a.seq FROM articles a WHERE ${matchWhere} ORDER BY ${order} LIMIT ?) GROUP BY f.kind, f.value`,
    [...matchParams, ...(web ? [web] : []), FACET_SAMPLE]);
    facets = toFacets(publishers, fr, facetLimit);
    await labelActors(db, facets.actor);
  }
  return { total, facetBasis: Math.min(total, FACET_SAMPLE), hits: toHits(rows), facets };
}
