// Articles in the store: save an analysis (idempotent, one transaction per article) and read back.
import { speakerLabel, type Analysis, type Event, type EventActor, type Mention } from '../model/analysis.ts';
import { articleId } from '../model/id.ts';
import type { Db, Param } from './db.ts';
import { packAnalysis, unpackAnalysis } from './packed.ts';
import { storedJsonOf } from './stored-json.ts';
import { actorKey, contentHash, countryOfKey, dayOf, describedAs, meantActorKey, sideKey, sideKeyOf, wordCount } from './keys.ts';
import { actingMentions } from '../extract/dateline.ts';
import { LEAD_CHARS } from '../extract/lead-label.ts';

export interface SaveInfo {
  /** Overrides the canonical URL the analysis carries (meta.canonicalUrl, or an http(s) source uri). */
  canonicalUrl?: string | null;
  /** The feed the article came from. */
  feedId?: number | null;
  /** The caller's own id for the document (a JSONL line id, a WARC record id). */
  sourceId?: string | null;
  /**
   * The source uri names the document (a file path): with no canonical URL, an article stored from
   * the same uri is this one again, re-extracted, and is updated rather than duplicated.
   */
  matchUri?: boolean;
  /** Clock for ingested_at/updated_at (tests). */
  now?: string;
  /**
   * Keys the caller already computed for a text (the ingest looks a JSONL text up before analysing
   * it): used when `text` is the analysis's text, so each is hashed once.
   */
  known?: TextKeys;
}

export interface TextKeys {
  text: string;
  /** contentHash(text) */
  contentHash: string;
  /** articleId(null, text): the id when there is no canonical URL (null: not computed). */
  textId: string | null;
}

/** The keys saveAnalysis derives from a text (see SaveInfo.known); the text's own id only when asked. */
export function textKeys(text: string, withId = true): TextKeys {
  return { text, contentHash: contentHash(text), textId: withId ? articleId(null, text) : null };
}

export type SaveStatus = 'new' | 'updated' | 'duplicate';

export interface SaveResult {
  id: string;
  status: SaveStatus;
}

/** Runs inside the article's transaction after its rows are written (the corpus links it there). */
export type AfterSave = (tx: Db, result: SaveResult, analysis: Analysis) => Promise<void>;

export function canonicalUrlOf(analysis: Analysis, info: SaveInfo = {}): string | null {
  if (info.canonicalUrl !== undefined) return info.canonicalUrl && isHttp(info.canonicalUrl) ? info.canonicalUrl : null;
  const meta = analysis.meta.canonicalUrl;
  if (meta && isHttp(meta)) return meta;
  const uri = analysis.source.uri;
  return uri && isHttp(uri) ? uri : null;
}

function isHttp(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/**
 * Stores one analysis. Identity is the canonical URL, or the content hash when there is none:
 * the same document again is a `duplicate` (nothing written), changed content or analysis is
 * `updated` (rows replaced), anything else is `new`. All of it in one transaction, so a crash
 * leaves either the whole article or none of it.
 */
export async function saveAnalysis(db: Db, analysis: Analysis, info: SaveInfo = {}, after?: AfterSave, group?: GroupWrites): Promise<SaveResult> {
  const canonical = canonicalUrlOf(analysis, info);
  const known = info.known && info.known.text === analysis.text ? info.known : null;
  const id = (!canonical && known?.textId) || articleId(canonical, analysis.text);
  const hash = known ? known.contentHash : contentHash(analysis.text);
  const text = analysis.text;
  const now = info.now ?? new Date().toISOString();
  return db.transaction(async (tx) => {
    // The caller's roll-up and full-text rows are written when its whole group is (CommitGroup);
    // without one, this article's are written before its transaction ends.
    const writes = group ?? new GroupWrites();
    let existing = await tx.get<ExistingRow>(`SELECT ${EXISTING_COLS} FROM articles WHERE id = ?`, [id]);
    // Without a canonical URL the id, too, is made from the text.
    let byText = !!existing && !canonical;
    if (!existing && !canonical) {
      // Same words with other spacing, from a file or paste without a URL: the same document.
      existing = await tx.get(`SELECT ${EXISTING_COLS} FROM articles ${hint(tx, 'articles_content_hash')} WHERE content_hash = ? AND canonical_url IS NULL LIMIT 1`, [hash]);
      byText = !!existing;
      if (!existing && info.matchUri && analysis.source.uri) {
        existing = await tx.get(`SELECT ${EXISTING_COLS} FROM articles ${hint(tx, 'articles_local_uri')} WHERE uri = ? AND canonical_url IS NULL ORDER BY seq LIMIT 1`, [analysis.source.uri]);
      }
    }
    let result: SaveResult;
    if (existing) {
      const stored = storedJsonOf(analysis, existing.id);
      const same = existing.content_hash === hash && unpackAnalysis(existing.analysis) === stored
        && (info.feedId == null || info.feedId === Number(existing.feed_id))
        && (info.sourceId == null || info.sourceId === existing.source_id);
      if (same || (byText && otherSource(existing, analysis, info))) {
        result = { id: existing.id, status: 'duplicate' };
      } else {
        // The triggers take the old rows out of the roll-ups and the full-text index, which must
        // hold them by then (they may have been saved earlier in this same group).
        await writes.flush(tx);
        await writeArticle(tx, 'update', existing.id, canonical, hash, analysis, text, stored, info, now, writes);
        await tx.run('DELETE FROM article_entities WHERE article_seq = ?', [Number(existing.seq)]);
        await tx.run('DELETE FROM article_quotes WHERE article_seq = ?', [Number(existing.seq)]);
        await tx.run('DELETE FROM article_quote_speakers WHERE article_seq = ?', [Number(existing.seq)]);
        await tx.run('DELETE FROM article_events WHERE article_seq = ?', [Number(existing.seq)]);
        await tx.run('DELETE FROM article_facets WHERE article_seq = ?', [Number(existing.seq)]);
        await writeChildren(tx, existing.id, Number(existing.seq), analysis, writes.actors);
        result = { id: existing.id, status: 'updated' };
      }
    } else {
      const seq = await writeArticle(tx, 'insert', id, canonical, hash, analysis, text, storedJsonOf(analysis, id), info, now, writes);
      await writeChildren(tx, id, seq!, analysis, writes.actors);
      result = { id, status: 'new' };
    }
    if (!group) await writes.flush(tx);
    // The same object when the id is unchanged: hooks may know it (src/corpus/prepare.ts).
    if (after) await after(tx, result, analysis.id === result.id ? analysis : { ...analysis, id: result.id });
    return result;
  });
}

type ExistingRow = { seq: number; id: string; content_hash: string; analysis: string | Uint8Array; feed_id: number | null; source_id: string | null; uri: string | null };
const EXISTING_COLS = 'seq, id, content_hash, analysis, feed_id, source_id, uri';

/**
 * Found by its words alone, is the stored article another document that carries the same text (a
 * second JSONL line or WARC record, another file)? Then this one is a copy and the first stays as
 * it was: replacing it would move the stored article to the copy's id, date and path. The same
 * source again (or one that names none) is the document re-read, and a changed analysis updates it.
 */
function otherSource(existing: ExistingRow, analysis: Analysis, info: SaveInfo): boolean {
  if (info.sourceId != null && existing.source_id != null) return info.sourceId !== existing.source_id;
  const uri = analysis.source.uri;
  return isLocalPath(uri) && isLocalPath(existing.uri) && uri !== existing.uri;
}

/** A file the article was read from, not a URL, stdin or a paste. */
function isLocalPath(uri: string | null | undefined): uri is string {
  return !!uri && uri !== '-' && !/^[a-z][a-z0-9+.-]*:/i.test(uri);
}

/**
 * SQLite, without statistics, answers `canonical_url IS NULL` from the canonical_url index, which
 * walks every article without a URL (all of a JSONL or file ingest): a scan per saved article.
 * The lookups name the index that finds the one row. PostgreSQL plans these well by itself.
 */
function hint(tx: Db, index: string): string {
  return tx.dialect === 'sqlite' ? `INDEXED BY ${index}` : '';
}

/** Writes the article row; on insert returns its seq, which the child rows carry (src/store/migrations/search.ts). */
async function writeArticle(tx: Db, mode: 'insert' | 'update', id: string, canonical: string | null, hash: string,
  a: Analysis, text: string, stored: string, info: SaveInfo, now: string, writes: GroupWrites): Promise<number | null> {
  const m = a.meta;
  const published = dayOf(m.published);
  const cols: Array<[string, Param]> = [
    ['canonical_url', canonical],
    ['content_hash', hash],
    ['uri', a.source.uri],
    ['title', m.title],
    ['publisher', m.publisher],
    ['published', published],
    ['published_at', m.published ?? null],
    ['authors', JSON.stringify(m.authors)],
    ['series', JSON.stringify(m.series)],
    ['language', m.language],
    ['dateline_place', m.dateline?.place ?? null],
    ['dateline_country', m.dateline?.country ?? null],
    ['text', text],
    ['analysis', packAnalysis(tx, stored)],
    ['word_count', wordCount(text)],
    ['entity_count', a.entities.length],
    ['quote_count', a.quotes.length],
    ['event_count', a.events.length],
    ['updated_at', now],
  ];
  if (mode === 'insert') {
    cols.push(['id', id], ['ingested_at', now], ['feed_id', info.feedId ?? null], ['source_id', info.sourceId ?? null]);
    const row = await tx.get<{ seq: number }>(`INSERT INTO articles (${cols.map((c) => c[0]).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING seq`,
      cols.map((c) => c[1]));
    const seq = Number(row?.seq);
    if (tx.dialect === 'sqlite') writes.search(seq, m.title, text);
    return seq;
  }
  // An update keeps the feed and source id it had unless this ingest names them.
  if (info.feedId != null) cols.push(['feed_id', info.feedId]);
  if (info.sourceId != null) cols.push(['source_id', info.sourceId]);
  await tx.run(`UPDATE articles SET ${cols.map((c) => `${c[0]} = ?`).join(', ')} WHERE id = ?`, [...cols.map((c) => c[1]), id]);
  return null;
}

/** A select column `lead`: an untitled article's first characters (articles table alias `alias`), for headlineOf. */
export function untitledLead(alias: string): string {
  return `CASE WHEN ${alias}.title IS NULL THEN SUBSTR(${alias}.text, 1, ${LEAD_CHARS}) END AS lead`;
}

const ENTITY_COLS = ['article_id', 'entity_id', 'actor_key', 'type', 'name', 'kb', 'country', 'sector', 'roles', 'mentions', 'first_start', 'first_end', 'published', 'article_seq'];
const QUOTE_COLS = ['article_id', 'article_seq', 'idx', 'type', 'text', 'speaker_key', 'speaker_entity', 'speaker_name', 'speaker_country', 'speaker_sector',
  'cue', 'channel', 'quote_date', 'start_offset', 'end_offset', 'sentence_start', 'sentence_end'];
const EVENT_COLS = ['article_id', 'article_seq', 'idx', 'type', 'mode', 'contexts', 'status', 'cameo', 'goldstein',
  'actor_key', 'actor_entity', 'actor_name', 'actor_country', 'actor_sector',
  'target_key', 'target_entity', 'target_name', 'target_country', 'target_sector',
  'event_date', 'date_precision', 'location_name', 'location_country', 'lat', 'lon',
  'trigger_text', 'trigger_start', 'trigger_end', 'sentence_start', 'sentence_end', 'confidence'];

async function writeChildren(tx: Db, id: string, seq: number, a: Analysis, rollup: ActorRollup): Promise<void> {
  const published = dayOf(a.meta.published);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  // An entity the dateline alone names (the agency, the place filed from) is no actor of the article:
  // its lists of actors, actor search and facets would otherwise lead with AP and Washington.
  const acting = actingMentions(a);
  const entityRows = actorRows(id, seq, published, a, acting);
  const quoteRows: Param[][] = a.quotes.map((q, i) => {
    const ent = q.speaker?.entity ? byId.get(q.speaker.entity) : undefined;
    // ("A senior Malian army officer told Reuters": a speaker no entity names is what its words say.)
    const said = q.speaker && !ent ? describedAs(q.speaker.name, a.meta.dateline?.country ?? null) : null;
    return [id, seq, i, q.type, q.text, q.speaker ? sideKeyOf(ent, q.speaker.name, said?.country, said?.sector) : null, q.speaker?.entity ?? null,
      q.speaker ? speakerLabel(q.speaker) : null, ent?.country ?? said?.country ?? null, ent?.sector ?? said?.sector ?? null, q.cue, q.channel, published,
      q.start, q.end, q.sentence.start, q.sentence.end];
  });
  // The others of a joint speaker, each once, and none that is the quote row's own speaker.
  const jointRows: Param[][] = [];
  a.quotes.forEach((q, i) => {
    if (!q.speaker?.with) return;
    const own = quoteRows[i][5];
    const keys = new Set<string>();
    for (const w of q.speaker.with) {
      const ent = w.entity ? byId.get(w.entity) : undefined;
      const said = ent ? null : describedAs(w.name, a.meta.dateline?.country ?? null);
      const key = sideKeyOf(ent, w.name, said?.country, said?.sector);
      if (key && key !== own && !keys.has(key)) { keys.add(key); jointRows.push([seq, i, key, published]); }
    }
  });
  const eventRows: Param[][] = a.events.map((e, i) => {
    const actor = actorCols(e.actor, byId);
    const target = actorCols(e.target, byId);
    const date = eventDate(e, published);
    return [id, seq, i, e.type, e.mode, JSON.stringify(e.contexts), e.status, e.cameo, e.goldstein ?? null,
      ...actor, ...target, date.value, date.precision,
      e.location?.name ?? null, e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null,
      e.trigger.text, e.trigger.start, e.trigger.end, e.sentence.start, e.sentence.end, e.confidence];
  });
  await insertMany(tx, 'article_entities', ENTITY_COLS, entityRows);
  if (tx.dialect === 'sqlite') for (const r of entityRows) rollup.add(r);
  await insertMany(tx, 'article_quotes', QUOTE_COLS, quoteRows);
  if (jointRows.length) await insertMany(tx, 'article_quote_speakers', ['article_seq', 'idx', 'speaker_key', 'quote_date'], jointRows);
  await insertMany(tx, 'article_events', EVENT_COLS, eventRows);
  await insertMany(tx, 'article_facets', ['article_seq', 'kind', 'value'], facetRows(seq, a, acting));
}

/**
 * One entity row per actor of the article, keyed by whom its mentions stand for (as an event's side
 * is). A capital or an organ that stands for its state is a row of the state, written as the state's
 * own rows are, so that lists, labels and roll-ups name it "Russia" however the article named it; and
 * "Russia", "Moscow" and "the Russian government" in one article are one row, since the roll-ups count
 * an article once per row (their mentions summed, the first of them kept).
 */
function actorRows(id: string, seq: number, published: string | null, a: Analysis, acting: Mention[][]): Param[][] {
  const byKey = new Map<string, Param[]>();
  a.entities.forEach((e, i) => {
    const mentions = acting[i];
    if (!mentions.length && e.mentions.length) return;
    const first = mentions.reduce((best, m) => (m.start < best.start ? m : best), mentions[0] ?? { start: 0, end: 0, text: '' });
    const key = sideKey(e) ?? `name:${e.id.toLowerCase()}`;
    const state = e.kb ? null : countryOfKey(key);
    const had = byKey.get(key);
    if (had) {
      had[ROW_ROLES] = JSON.stringify([...new Set([...(JSON.parse(had[ROW_ROLES] as string) as string[]), ...e.roles])]);
      had[ROW_MENTIONS] = (had[ROW_MENTIONS] as number) + mentions.length;
      if (mentions.length && first.start < (had[ROW_FIRST] as number)) { had[ROW_FIRST] = first.start; had[ROW_FIRST + 1] = first.end; }
      return;
    }
    const [type, name, kb, country] = state ? ['GPE', state.name, key, state.iso3] : [e.type, e.name, e.kb, e.country];
    byKey.set(key, [id, e.id, key, type, name, kb, country, e.sector, JSON.stringify(e.roles), mentions.length, first.start, first.end, published, seq]);
  });
  return [...byKey.values()];
}
// Positions in ENTITY_COLS.
const ROW_ROLES = ENTITY_COLS.indexOf('roles');
const ROW_MENTIONS = ENTITY_COLS.indexOf('mentions');
const ROW_FIRST = ENTITY_COLS.indexOf('first_start');

const FTS_INSERT = 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)';

/**
 * What the writer adds once for a commit group's articles, after their rows: the actor roll-ups
 * and, on SQLite, the full-text rows. FTS5 writes the terms it holds to a new index segment
 * whenever a statement opens a statement journal (its xSavepoint), and every multi-row INSERT into
 * a table with a foreign key, or an INSERT whose trigger fills a virtual table, opens one: with a
 * trigger on articles, each article's terms became a segment of their own (and FTS5 merged them
 * again and again). Inserted one row per statement after all else, the group's terms go to the
 * index once, at COMMIT (migration 0023 drops the insert trigger; the update and delete triggers
 * stay, and an update first flushes what is held, as the roll-ups must be).
 */
export class GroupWrites {
  readonly actors = new ActorRollup();
  /** [seq, title, text] of articles inserted and not yet in articles_fts. */
  private readonly fts: Param[][] = [];

  /** Holds an inserted article's full-text row (SQLite). */
  search(seq: number, title: string | null | undefined, text: string): void {
    this.fts.push([seq, title ?? '', text]);
  }

  async flush(tx: Db): Promise<void> {
    await this.actors.flush(tx);
    for (const row of this.fts) await tx.run(FTS_INSERT, row);
    this.fts.length = 0;
  }
}

/**
 * Actor roll-up counts (src/store/migrations/actors.ts) of entity rows written on SQLite and not
 * yet added to actor_variants and actor_totals. A row trigger used to add each entity row as it
 * was inserted, two upserts per row (~20 rows per article); summed over a commit group, the
 * actors that many articles name (a country, the candidates) are written once per group, about
 * half the upserts. Variants are kept in the order first seen, so new roll-up rows are inserted
 * in the order the trigger inserted them. PostgreSQL's statement triggers still count every
 * INSERT there, so on PostgreSQL nothing is added here. Rows deleted are taken out by the
 * delete trigger, on both databases.
 */
export class ActorRollup {
  /** variant key -> [actor_key, name, type, kb, country, sector, rows, mentions] */
  private readonly variants = new Map<string, Param[]>();
  /** actor_key -> [actor_key, rows, mentions] */
  private readonly totals = new Map<string, Param[]>();

  /** Counts one article_entities row (ENTITY_COLS order). */
  add(row: Param[]): void {
    const actor = row[2] as string;
    const mentions = row[9] as number;
    const name = row[4] as string;
    const type = row[3] as string;
    const kb = (row[5] as string | null) ?? '';
    const country = (row[6] as string | null) ?? '';
    const sector = (row[7] as string | null) ?? '';
    const key = `${actor}\u0000${name}\u0000${type}\u0000${kb}\u0000${country}\u0000${sector}`;
    const v = this.variants.get(key);
    if (v) {
      (v[6] as number)++;
      (v[7] as number) += mentions;
    } else {
      this.variants.set(key, [actor, name, type, kb, country, sector, 1, mentions]);
    }
    const t = this.totals.get(actor);
    if (t) {
      (t[1] as number)++;
      (t[2] as number) += mentions;
    } else {
      this.totals.set(actor, [actor, 1, mentions]);
    }
  }

  /** Adds what is held to the roll-up tables (inside the transaction that wrote the rows) and forgets it. */
  async flush(tx: Db): Promise<void> {
    if (this.variants.size) {
      await upsertMany(tx, 'actor_variants', VARIANT_COLS, VARIANT_KEY, [...this.variants.values()]);
      this.variants.clear();
    }
    if (this.totals.size) {
      await upsertMany(tx, 'actor_totals', TOTAL_COLS, ['actor_key'], [...this.totals.values()]);
      this.totals.clear();
    }
  }
}

const VARIANT_KEY = ['actor_key', 'name', 'type', 'kb', 'country', 'sector'];
const VARIANT_COLS = [...VARIANT_KEY, 'articles', 'mentions'];
const TOTAL_COLS = ['actor_key', 'articles', 'mentions'];

/** Multi-row upserts that add the rows' articles and mentions to the ones stored under the same key. */
async function upsertMany(tx: Db, table: string, cols: string[], key: string[], rows: Param[][], chunk = 200): Promise<void> {
  const suffix = ` ON CONFLICT (${key.join(', ')}) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions`;
  for (let i = 0; i < rows.length; i += chunk) {
    const n = Math.min(chunk, rows.length - i);
    await tx.run(insertSql(table, cols, n, suffix), flatRows(rows, i, n));
  }
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** Distinct (kind, value) pairs of an article for search facets: countries, actors, event types. */
function facetRows(seq: number, a: Analysis, acting: Mention[][]): Param[][] {
  const seen = new Map<string, Param[]>();
  // No label: search labels an actor facet from the actor roll-up (its most common spelling).
  const add = (kind: string, value: string | null | undefined) => {
    if (!value) return;
    const k = `${kind}\u0000${value}`;
    if (!seen.has(k)) seen.set(k, [seq, kind, value]);
  };
  add('country', a.meta.dateline?.country);
  for (const [i, e] of a.entities.entries()) {
    if (!acting[i].length && e.mentions.length) continue;
    add('country', e.country);
    if (ACTOR_TYPES.has(e.type)) add('actor', sideKey(e));
  }
  for (const e of a.events) add('type', e.type);
  return [...seen.values()];
}

function actorCols(a: EventActor | null, byId: Map<string, Analysis['entities'][number]>): Param[] {
  if (!a) return [null, null, null, null, null];
  const ent = a.entity ? byId.get(a.entity) : undefined;
  const country = a.country ?? ent?.country ?? null;
  const sector = a.sector ?? ent?.sector ?? null;
  return [sideKeyOf(ent, a.name, country, sector), a.entity, a.name, country, sector];
}

/**
 * The day an event is counted on: its own date when given to the day; for a month or year, the
 * published day when it falls inside it (else the first day); with no date, the published day.
 */
export function eventDate(e: Event, published: string | null): { value: string | null; precision: string | null } {
  const v = e.date?.value;
  if (!v) return { value: published, precision: published ? 'published' : null };
  const day = dayOf(v);
  if (day) return { value: day, precision: e.date!.precision };
  if (/^\d{4}(-\d{2})?$/.test(v)) {
    if (published && published.startsWith(v)) return { value: published, precision: e.date!.precision };
    return { value: v.length === 4 ? `${v}-01-01` : `${v}-01`, precision: e.date!.precision };
  }
  return { value: published, precision: published ? 'published' : null };
}

/** Multi-row INSERTs, so PostgreSQL pays one round trip per chunk rather than per row. */
export async function insertMany(tx: Db, table: string, cols: string[], rows: Param[][], chunk = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const n = Math.min(chunk, rows.length - i);
    await tx.run(insertSql(table, cols, n), flatRows(rows, i, n));
  }
}

/**
 * The parameters of rows[from .. from + n) in one list. Array.prototype.flat walks its input
 * generically: ~25 µs for an article's 20 entity rows, against ~1 µs for this loop, on the four
 * child tables of every article.
 */
function flatRows(rows: Param[][], from: number, n: number): Param[] {
  let size = 0;
  for (let r = from; r < from + n; r++) size += rows[r].length;
  const out = new Array<Param>(size);
  let k = 0;
  for (let r = from; r < from + n; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) out[k++] = row[c];
  }
  return out;
}

/**
 * The same string object for the same INSERT shape: the statement cache finds a string it has
 * hashed before instead of a new kilobyte-long one built, hashed and compared per call.
 */
const insertSqls = new Map<string, string[]>();
function insertSql(table: string, cols: string[], rows: number, suffix = ''): string {
  const key = `${table}(${cols.join(',')})${suffix}`;
  let byRows = insertSqls.get(key);
  if (!byRows) insertSqls.set(key, (byRows = []));
  let sql = byRows[rows];
  if (sql === undefined) {
    const one = `(${cols.map(() => '?').join(', ')})`;
    sql = byRows[rows] = `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array.from({ length: rows }, () => one).join(', ')}${suffix}`;
  }
  return sql;
}

// ---- reads ----

export interface ArticleSummary {
  id: string;
  canonicalUrl: string | null;
  uri: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
  datelineCountry: string | null;
  wordCount: number;
  entityCount: number;
  quoteCount: number;
  eventCount: number;
  feedId: number | null;
  ingestedAt: string;
  updatedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  contentHash: string;
  sourceId: string | null;
  authors: string[];
  series: string[];
  analysis: Analysis;
}

const SUMMARY_COLS = 'a.id, a.canonical_url, a.uri, a.title, a.publisher, a.published, a.language, a.dateline_country, a.word_count, a.entity_count, a.quote_count, a.event_count, a.feed_id, a.ingested_at, a.updated_at';

interface SummaryRow {
  id: string; canonical_url: string | null; uri: string | null; title: string | null; publisher: string | null;
  published: string | null; language: string | null; dateline_country: string | null; word_count: number;
  entity_count: number; quote_count: number; event_count: number; feed_id: number | null; ingested_at: string; updated_at: string;
}

function summaryOf(r: SummaryRow): ArticleSummary {
  return {
    id: r.id, canonicalUrl: r.canonical_url, uri: r.uri, title: r.title, publisher: r.publisher, published: r.published,
    language: r.language, datelineCountry: r.dateline_country, wordCount: Number(r.word_count),
    entityCount: Number(r.entity_count), quoteCount: Number(r.quote_count), eventCount: Number(r.event_count),
    feedId: r.feed_id == null ? null : Number(r.feed_id), ingestedAt: r.ingested_at, updatedAt: r.updated_at,
  };
}

export async function getArticle(db: Db, id: string): Promise<StoredArticle | null> {
  const r = await db.get<SummaryRow & { content_hash: string; source_id: string | null; authors: string; series: string; text: string; analysis: string | Uint8Array }>(
    `SELECT ${SUMMARY_COLS}, a.content_hash, a.source_id, a.authors, a.series, a.text, a.analysis FROM articles a WHERE a.id = ?`, [id]);
  if (!r) return null;
  const parsed = JSON.parse(unpackAnalysis(r.analysis)) as Omit<Analysis, 'text'>;
  // Restore the contract's field order: text sits between meta and paragraphs.
  const analysis: Analysis = {
    schemaVersion: parsed.schemaVersion, id: parsed.id, source: parsed.source, meta: parsed.meta, text: r.text,
    paragraphs: parsed.paragraphs, entities: parsed.entities, quotes: parsed.quotes, events: parsed.events,
  };
  return {
    ...summaryOf(r), contentHash: r.content_hash, sourceId: r.source_id,
    authors: JSON.parse(r.authors) as string[], series: JSON.parse(r.series) as string[], analysis,
  };
}

export interface ListFilter {
  publisher?: string;
  /** YYYY-MM-DD, inclusive, on the published day. */
  since?: string;
  until?: string;
  /** ISO alpha-3: the dateline or any entity is in that country. */
  country?: string;
  /** An actor key ("country:PRK", "name:kim jong un") or a name, matched against the article's entities. */
  actor?: string;
  feedId?: number;
  limit?: number;
  offset?: number;
  /** Newest published first (default), or the order of ingest. */
  order?: 'published' | 'ingested';
}

export interface ArticlePage { total: number; items: ArticleSummary[] }

export function articleFilterSql(f: ListFilter, alias = 'a'): { where: string[]; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  if (f.publisher) { where.push(`${alias}.publisher = ?`); params.push(f.publisher); }
  if (f.since) { where.push(`${alias}.published >= ?`); params.push(f.since); }
  if (f.until) { where.push(`${alias}.published <= ?`); params.push(f.until); }
  if (f.feedId != null) { where.push(`${alias}.feed_id = ?`); params.push(f.feedId); }
  if (f.country) {
    // The country facet rows are the dateline's country and every entity's, indexed by value.
    where.push(`${alias}.seq IN (SELECT article_seq FROM article_facets WHERE kind = 'country' AND value = ?)`);
    params.push(f.country);
  }
  if (f.actor) {
    const keys = actorKeysFor(f.actor);
    where.push(`${alias}.seq IN (SELECT article_seq FROM article_entities WHERE actor_key IN (${keys.map(() => '?').join(', ')}))`);
    params.push(...keys);
  }
  return { where, params };
}

/**
 * A user's actor filter as keys: itself when it is one; else its name key and the actor the KB
 * resolves the name to ("Putin" -> person:vladimir-putin, "Russia" -> country:RUS), whose rows carry
 * the KB's key and never the name a user types.
 */
export function actorKeysFor(actor: string): string[] {
  const keys = new Set([actor]);
  const byName = actorKey(null, actor);
  if (byName) keys.add(byName);
  const meant = meantActorKey(actor);
  if (meant) keys.add(meant);
  return [...keys];
}

export async function listArticles(db: Db, f: ListFilter = {}): Promise<ArticlePage> {
  const { where, params } = articleFilterSql(f);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = Math.max(1, Math.min(f.limit ?? 50, 1000));
  const offset = Math.max(0, f.offset ?? 0);
  const order = f.order === 'ingested' ? 'a.seq DESC' : 'a.published DESC NULLS LAST, a.seq DESC';
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${w}`, params);
  const rows = await db.all<SummaryRow>(`SELECT ${SUMMARY_COLS} FROM articles a ${w} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return { total: Number(total?.n ?? 0), items: rows.map(summaryOf) };
}

export async function countArticles(db: Db): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles'))?.n ?? 0);
}

export async function deleteArticle(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => (await tx.run('DELETE FROM articles WHERE id = ?', [id])).changes > 0);
}
