// Stories: single-pass incremental clustering. A new original article joins the story it matches
// best among those active around its date, or founds a new one. The match adds three similarities
// to the story's centroids — the stemmed words of title and lead (tf-idf), the words of the whole
// texts, and the named actors weighed by rarity — less a little for each day between the article
// and the story. A story's id comes from its founding article, so it never changes as articles
// arrive; stories are not merged afterwards, which keeps those ids stable.
import { createHash } from 'node:crypto';
import type { Db } from '../store/db.ts';
import type { Analysis } from '../model/analysis.ts';
import { articleActors, articleBody, articleFeatures, cosine, normalise, weigh, type Vector } from './features.ts';
import { addDays, daysBetween } from './weeks.ts';
import { chunks, marks, num } from './sql.ts';
import { cleanLabel, labelWeight, LEAD_LABEL_WEIGHT } from './labels.ts';
import { leadLabel } from '../extract/lead-label.ts';

export const storyTuning = {
  /**
   * An article joins the best story whose match reaches this. Tuned on the labelled pairs
   * (eval/gold/corpus): story-pairs.json, and story-pairs-close.json, drawn as the held-out pairs
   * were (the closest pairs of each week), whose misses showed that a lead is not enough: an
   * op-ed on a debate, a liveblog's latest entry, a reaction two days on share a story's names and
   * particulars, not its lead. 0.35 gives the best of both; 0.3 merges polls, 0.4 splits follow-ups.
   */
  joinThreshold: 0.35,
  /** Weight of the actors' similarity beside the words' (lead and whole text, each up to 1). */
  actorWeight: 0.5,
  /**
   * Taken off the match per day between the article and the nearest of the story's days. At 0.05
   * the reactions to Trump's attack on the Khans (Hollande two days on, a Benghazi widow four, the
   * Khans' interview eight) and the DNC leak's week (the apology, Clinton blaming Russia six days
   * later, WikiLeaks and Snowden) fell apart; the labelled pairs score 0.03 and 0.05 alike.
   */
  dayWeight: 0.03,
  /**
   * A scandal or an inquiry comes back after a quiet week ("Clinton says Russians hacked DNC" six
   * days after the DNC's apology over its leaked e-mails): a story takes articles up to this many
   * days from its first or last article, the day weight asking more of the later ones.
   */
  followDays: 7,
  /**
   * A story spans at most this many days: without a bound, a week of primary previews, the
   * results, and the next week's previews chained into one "primary season" story.
   */
  spanDays: 10,
  /** The rarest actors of a story (and of an article) indexed beside its words to find candidates. */
  actorKeys: 3,
  /**
   * Two articles in the same words about different people are seldom about one happening (a strike
   * at another port, told in the wire's template): a match on words (lead and whole text, 0 to 2)
   * below vetoBelow needs an actor cosine of vetoActors when both name actors.
   */
  vetoBelow: 0.4,
  vetoActors: 0.04,
  /**
   * Two leads that tell of deeds between different pairs of countries are about different
   * happenings (India's strikes on Pakistan and Pakistan's on Iran; China's drills round Taiwan
   * and its foreign minister's warning to Europe) unless their words match this well (0 to 2):
   * wire copy on one conflict shares its actors and much of its words. Tuned on the desk's wire
   * week (eval/gold/corpus/story-groups-wire.json); no PolNeAR pair moves (its leads are mostly
   * domestic).
   */
  dyadVetoBelow: 0.8,
};
/** How far into the text (characters) a deed counts as the lead's: the dateline sentence and the next. */
const LEAD_DEED_CHARS = 600;
/** The country pairs a story keeps from its articles' leads. */
const STORY_DYADS = 12;
const CENTROID_FEATURES = 60;
const LABEL_FEATURES = 20;
const INDEXED_KEYS = 12;
/** An article's whole-text vector keeps its heaviest words; a story's body centroid, more. */
const BODY_FEATURES = 100;
const BODY_CENTROID = 150;
/** The body words indexed for candidate lookup (and probed), beside the lead's. */
const BODY_KEYS = 8;
/** Stories sharing the most probe keys that are scored in full. */
const CANDIDATES = 12;
/** Features an article contributes (the heaviest by count), which bounds the rows it touches. */
const ARTICLE_FEATURES = 48;

export function storyIdFor(foundingArticle: string): string {
  return `st-${createHash('sha256').update(foundingArticle).digest('hex').slice(0, 16)}`;
}

/**
 * The vector as a JSON object, weights rounded to 4 decimals. Written directly: the same text as
 * JSON.stringify of an object made from it, without building an object of ~60 keys per call. A
 * key that starts with a digit (features and actor keys never do: "t:", "a:", "country:") could be
 * an array index, which an object would move to the front; such a vector goes through the object.
 */
export function toJson(v: Vector): string {
  let out = '';
  for (const [k, x] of v) {
    const c = k.charCodeAt(0);
    if (c >= 48 && c <= 57) return JSON.stringify(Object.fromEntries([...v].map(([key, y]) => [key, Math.round(y * 1e4) / 1e4])));
    const r = Math.round(x * 1e4) / 1e4;
    out += `${out ? ',' : ''}${JSON.stringify(k)}:${Number.isFinite(r) ? r : 'null'}`;
  }
  return `{${out}}`;
}

// Parsed centroids by their JSON text: content-addressed, so safe to share between stores, and it
// spares re-parsing the same candidate stories article after article.
const parsed = new Map<string, Vector>();

/** The vector a JSON text holds. Callers must not modify it (it may be shared). */
function fromJson(s: string): Vector {
  let v = parsed.get(s);
  if (v) return v;
  try {
    v = new Map(Object.entries(JSON.parse(s) as Record<string, number>));
  } catch {
    v = new Map();
  }
  if (parsed.size >= 4096) parsed.clear();
  parsed.set(s, v);
  return v;
}

function heaviest(v: Vector, n: number): Vector {
  return v.size <= n ? v : new Map(top(v, n));
}

function top(v: Vector, n: number): [string, number][] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

/**
 * Document frequencies of story features. Each store keeps a cache of the ones it has read or
 * counted: IDF is a weight, and a count a few thousand articles stale (other workers' documents)
 * moves it very little, while reading ~50 rows per article would cost more than all the rest.
 */
interface DfCache { df: Map<string, number>; uses: number }
const dfCaches = new WeakMap<Db, DfCache>();
const DF_REFRESH = 5000;

function dfCache(db: Db): DfCache {
  let c = dfCaches.get(db);
  if (!c || c.uses >= DF_REFRESH) {
    c = { df: new Map(), uses: 0 };
    dfCaches.set(db, c);
  }
  c.uses++;
  return c;
}

async function documentFrequencies(db: Db, cache: DfCache, keys: string[]): Promise<Map<string, number>> {
  const missing = keys.filter((k) => !cache.df.has(k));
  for (const part of chunks(missing)) {
    const rows = await db.all<{ term: string; df: number }>(`SELECT term, df FROM corpus_terms WHERE term IN (${marks(part.length)})`, part);
    for (const k of part) cache.df.set(k, 0);
    for (const r of rows) cache.df.set(r.term, num(r.df));
  }
  if (cache.df.size > 200_000) cache.uses = DF_REFRESH;
  return cache.df;
}

/**
 * Counting every article's ~50 features dirties ~50 random pages of corpus_terms per commit,
 * which cost more than all the rest of connecting it. Past the first DF_EXACT articles, one in
 * DF_SAMPLE (chosen by id, so reproducible) is counted with weight DF_SAMPLE: an unbiased
 * estimate of the frequencies, at an eighth of the writes.
 */
const DF_EXACT = 2000;
const DF_SAMPLE = 8;

export function dfWeight(articleId: string, docs: number): number {
  if (docs < DF_EXACT) return 1;
  const h = createHash('sha1').update(articleId).digest();
  return h[0] % DF_SAMPLE === 0 ? DF_SAMPLE : 0;
}

async function countDocument(db: Db, cache: DfCache, keys: string[], weight: number): Promise<void> {
  if (!weight) return;
  for (const k of keys) cache.df.set(k, (cache.df.get(k) ?? 0) + weight);
  // Sorted, so that concurrent PostgreSQL workers take row locks in one order.
  const sorted = [...keys].sort();
  for (const part of chunks(sorted, 300)) {
    await db.run(
      `INSERT INTO corpus_terms (term, df) VALUES ${part.map(() => `(?, ${weight})`).join(', ')}
       ON CONFLICT (term) DO UPDATE SET df = corpus_terms.df + ${weight}`,
      part,
    );
  }
}

interface StoryRow {
  seq: number;
  id: string;
  centroid: string;
  body: string;
  actor_counts: string;
  dyads: string;
  first_day: string;
  last_day: string;
}

/** The keys a story is found by: its lead centroid's heaviest words and its body centroid's. */
function storyKeys(centroid: Vector, body: Vector): Set<string> {
  return new Set([...top(centroid, INDEXED_KEYS), ...top(body, BODY_KEYS)].map(([k]) => k));
}

/** Keeps corpus_story_keys in step with the centroids' heaviest features, touching only what changed. */
async function indexKeys(db: Db, storySeq: number, keys: Set<string>, old: Set<string>, lastDay: string, dayMoved: boolean): Promise<void> {
  const gone = [...old].filter((k) => !keys.has(k));
  const added = [...keys].filter((k) => !old.has(k));
  if (gone.length) await db.run(`DELETE FROM corpus_story_keys WHERE story = ? AND key IN (${marks(gone.length)})`, [storySeq, ...gone]);
  if (dayMoved && old.size > gone.length) await db.run('UPDATE corpus_story_keys SET last_day = ? WHERE story = ?', [lastDay, storySeq]);
  if (!added.length) return;
  const params: (string | number)[] = [];
  for (const k of added) params.push(k, storySeq, lastDay);
  await db.run(`INSERT INTO corpus_story_keys (key, story, last_day) VALUES ${added.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`, params);
}

const STORY_ACTORS = 30;

/** Indexes a story's rarest actors ('a:' keys) beside its words, replacing the ones indexed before. */
async function indexActorKeys(db: Db, storySeq: number, actors: Vector, lastDay: string): Promise<void> {
  const keys = new Set(top(actors, storyTuning.actorKeys).map(([k]) => `a:${k}`));
  const old = new Set((await db.all<{ key: string }>(`SELECT key FROM corpus_story_keys WHERE story = ? AND key LIKE 'a:%'`, [storySeq])).map((r) => r.key));
  const gone = [...old].filter((k) => !keys.has(k));
  const added = [...keys].filter((k) => !old.has(k));
  if (gone.length) await db.run(`DELETE FROM corpus_story_keys WHERE story = ? AND key IN (${marks(gone.length)})`, [storySeq, ...gone]);
  if (old.size > gone.length) await db.run(`UPDATE corpus_story_keys SET last_day = ? WHERE story = ? AND key LIKE 'a:%'`, [lastDay, storySeq]);
  if (!added.length) return;
  const params: (string | number)[] = [];
  for (const k of added) params.push(k, storySeq, lastDay);
  await db.run(`INSERT INTO corpus_story_keys (key, story, last_day) VALUES ${added.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`, params);
}

/** Actors weighed by rarity (idf over the same document counts as words, keys 'a:...'), unit length. */
function actorVector(counts: Map<string, number>, df: Map<string, number>, docs: number, tf: (n: number) => number): Vector {
  const out: Vector = new Map();
  for (const [k, n] of counts) {
    if (n <= 0) continue;
    out.set(k, tf(n) * (Math.log((docs + 1) / ((df.get(`a:${k}`) ?? 0) + 1)) + 1));
  }
  return normalise(out);
}

/**
 * A story's actors: each article adds 1 + log of its mentions of each, so that the people a story
 * is about outweigh those its articles name in passing (the most weighed kept).
 */
function tallyActors(counts: Vector, named: Map<string, number>): Vector {
  const out = new Map(counts);
  for (const [k, n] of named) out.set(k, (out.get(k) ?? 0) + 1 + Math.log(n));
  return heaviest(out, STORY_ACTORS);
}

/** The story's heaviest words, shown beside its label. */
function topTerms(centroid: Vector): string[] {
  return top(centroid, CENTROID_FEATURES).filter(([k]) => k.startsWith('t:')).slice(0, 8).map(([k]) => k.slice(2));
}

/**
 * The unordered country pairs of the deeds an article's lead tells of ("IND|PAK"), sides of one
 * country left out: what a wire story is about, where its words and actors are shared by every
 * story on the same conflict.
 */
function leadDyads(analysis: Analysis): string[] {
  const out = new Set<string>();
  for (const e of analysis.events) {
    if (e.sentence.start > LEAD_DEED_CHARS) continue;
    const a = e.actor?.country, b = e.target?.country;
    if (a && b && a !== b) out.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
  return [...out];
}

function parseDyads(s: string | null | undefined): Set<string> {
  try {
    return new Set(JSON.parse(s ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export interface Assignment { storyId: string; score: number; created: boolean }

/** The features an article contributes to story similarity, with their counts. */
export function articleTerms(analysis: Analysis): Vector {
  return heaviest(articleFeatures(analysis), ARTICLE_FEATURES);
}

/** An article's story features as an analysis worker prepared them (prepare.ts). */
interface StoryFeatures { terms: Vector; body: Vector }

/** Days from a story's span to the day (0 inside it). */
function gapDays(day: string, row: { first_day: string; last_day: string }): number {
  if (day < row.first_day) return daysBetween(day, row.first_day);
  if (day > row.last_day) return daysBetween(row.last_day, day);
  return 0;
}

/**
 * Puts an original article into a story (an existing one or a new one) and counts its terms.
 * `features` are articleTerms and articleBody of the analysis when already computed (on a worker).
 */
export async function assignStory(db: Db, articleId: string, analysis: Analysis, day: string, features?: StoryFeatures): Promise<Assignment> {
  const tf = features?.terms ?? articleTerms(analysis);
  const words = features?.body ?? articleBody(analysis);
  const named = articleActors(analysis);
  const actorKeys = [...named.keys()].map((k) => `a:${k}`);
  const keys = [...tf.keys(), ...words.keys(), ...actorKeys];
  const cache = dfCache(db);
  const df = await documentFrequencies(db, cache, keys);
  const docs = num((await db.get<{ n: number | null }>('SELECT max(seq) AS n FROM corpus_docs'))?.n);
  const vec = weigh(tf, df, docs);
  const body = weigh(words, df, docs, BODY_FEATURES);
  const actorVec = actorVector(named, df, docs, (n) => 1 + Math.log(n));
  const dyads = leadDyads(analysis);
  await countDocument(db, cache, keys, dfWeight(articleId, docs));

  let best: { row: StoryRow; score: number } | null = null;
  const probe = [...storyKeys(vec, body)];
  if (storyTuning.actorKeys > 0) probe.push(...top(actorVec, storyTuning.actorKeys).map(([k]) => `a:${k}`));
  if (probe.length) {
    const rows = await db.all<StoryRow>(
      `SELECT s.seq, s.id, s.centroid, s.body, s.actor_counts, s.dyads, s.first_day, s.last_day
         FROM corpus_story_keys k JOIN corpus_stories s ON s.seq = k.story
        WHERE k.key IN (${marks(probe.length)}) AND k.last_day >= ? AND s.first_day <= ? AND s.first_day >= ?
        GROUP BY s.seq, s.id, s.centroid, s.body, s.actor_counts, s.dyads, s.first_day, s.last_day
        ORDER BY count(*) DESC, s.seq
        LIMIT ${CANDIDATES}`,
      [...probe, addDays(day, -storyTuning.followDays), addDays(day, storyTuning.followDays), addDays(day, -storyTuning.spanDays)],
    );
    const spanEnd = addDays(day, storyTuning.spanDays);
    for (const row of rows) {
      if (row.last_day > spanEnd) continue;
      // A newsletter's or a liveblog's text is about many things: where its lead matches a story
      // better than its whole text does, the lead speaks for the whole.
      const lead = cosine(vec, normalise(fromJson(row.centroid)));
      const text = lead + Math.max(lead, cosine(body, normalise(fromJson(row.body))));
      const theirs = fromJson(row.actor_counts);
      const who = cosine(actorVec, actorVector(theirs, df, docs, (n) => n));
      // The same words about other people: a template, not a happening.
      if (text < storyTuning.vetoBelow && actorVec.size && theirs.size && who < storyTuning.vetoActors) continue;
      // The same conflict between other parties: another happening.
      if (text < storyTuning.dyadVetoBelow && dyads.length) {
        const pairs = parseDyads(row.dyads);
        if (pairs.size && !dyads.some((d) => pairs.has(d))) continue;
      }
      const score = text + storyTuning.actorWeight * who - storyTuning.dayWeight * gapDays(day, row);
      if (score >= storyTuning.joinThreshold && (!best || score > best.score)) best = { row, score };
    }
  }

  const now = new Date().toISOString();
  const headline = analysis.meta.title ? cleanLabel(analysis.meta.title) : null;
  // The label this article offers: its headline, or without one its lead.
  const offered = headline ?? leadLabel(analysis.text, analysis.paragraphs);
  const weightOf = (label: string, lead: boolean): number => labelWeight(label) * (lead ? LEAD_LABEL_WEIGHT : 1);
  if (!best) {
    const id = storyIdFor(articleId);
    const actors = tallyActors(new Map(), named);
    const inserted = await db.get<{ seq: number }>(
      `INSERT INTO corpus_stories (id, label, label_article, label_score, first_day, last_day, size, copies, centroid, body, label_vector, actor_counts, dyads, top_terms, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at
       RETURNING seq`,
      [id, offered, articleId, 1, day, day, toJson(vec), toJson(body), toJson(heaviest(vec, LABEL_FEATURES)), toJson(actors), JSON.stringify(dyads), JSON.stringify(topTerms(vec)), now, now],
    );
    await indexKeys(db, num(inserted?.seq), storyKeys(vec, body), new Set(), day, false);
    if (storyTuning.actorKeys > 0) await indexActorKeys(db, num(inserted?.seq), actorVector(actors, df, docs, (n) => n), day);
    return { storyId: id, score: 1, created: true };
  }

  const { row, score } = best;
  const before = fromJson(row.centroid);
  const bodyBefore = fromJson(row.body);
  const kept = heaviest(sum(before, vec), CENTROID_FEATURES);
  const keptBody = heaviest(sum(bodyBefore, body), BODY_CENTROID);
  const unit = normalise(kept);
  // The label is the headline closest to the story's centre as it stands now, a plain news
  // headline before a teaser (labels.ts).
  // (A label whose article has no headline is its lead, weighed below any headline.)
  const label = await db.get<{ label: string | null; label_vector: string; actor_counts: string; lead: number | boolean | null }>(
    `SELECT s.label, s.label_vector, s.actor_counts, d.title IS NULL AS lead FROM corpus_stories s
     LEFT JOIN corpus_docs d ON d.article_id = s.label_article WHERE s.seq = ?`, [row.seq]);
  const actors = tallyActors(fromJson(label?.actor_counts ?? '{}'), named);
  const labelScore = cosine(fromJson(label?.label_vector ?? '{}'), unit) * (label?.label ? weightOf(label.label, !!label.lead) : 0);
  const mine = offered ? cosine(vec, unit) * weightOf(offered, !headline) : 0;
  const relabel = !!offered && mine > labelScore;
  // The first pairs told stay: they are what the story is about; later ones widen it.
  const storyDyads = [...new Set([...parseDyads(row.dyads), ...dyads])].slice(0, STORY_DYADS);
  await db.run(
    `UPDATE corpus_stories SET size = size + 1, first_day = ?, last_day = ?, centroid = ?, body = ?, actor_counts = ?, dyads = ?, top_terms = ?, updated_at = ?,
       label = ${relabel ? '?' : 'label'}, label_article = ${relabel ? '?' : 'label_article'},
       label_vector = ${relabel ? '?' : 'label_vector'}, label_score = ?
     WHERE seq = ?`,
    [
      day < row.first_day ? day : row.first_day,
      day > row.last_day ? day : row.last_day,
      toJson(kept), toJson(keptBody), toJson(actors), JSON.stringify(storyDyads), JSON.stringify(topTerms(kept)), now,
      ...(relabel ? [offered, articleId, toJson(heaviest(vec, LABEL_FEATURES))] : []),
      relabel ? mine : labelScore,
      row.seq,
    ],
  );
  const lastDay = day > row.last_day ? day : row.last_day;
  await indexKeys(db, num(row.seq), storyKeys(kept, keptBody), storyKeys(before, bodyBefore), lastDay, day > row.last_day);
  if (storyTuning.actorKeys > 0) await indexActorKeys(db, num(row.seq), actorVector(actors, df, docs, (n) => n), lastDay);
  return { storyId: row.id, score, created: false };
}

/** The sum of two vectors (a centroid and an article's), as a new vector. */
function sum(a: Vector, b: Vector): Vector {
  const out = new Map(a);
  for (const [k, x] of b) out.set(k, (out.get(k) ?? 0) + x);
  return out;
}

/** A copy adds to its original's story without counting as new coverage. */
export async function countCopy(db: Db, storyId: string, day: string): Promise<void> {
  // Days are YYYY-MM-DD, which compare as text in either database as they do as numbers.
  await db.run(
    `UPDATE corpus_stories SET copies = copies + 1,
       first_day = CASE WHEN ? < first_day THEN ? ELSE first_day END,
       last_day = CASE WHEN ? > last_day THEN ? ELSE last_day END, updated_at = ?
     WHERE id = ?`,
    [day, day, day, day, new Date().toISOString(), storyId],
  );
}

