// Reading stories: the biggest in a period, and one story with its articles and timeline.
import { headlineOf } from '../extract/lead-label.ts';
import { untitledLead } from '../store/articles.ts';
import type { Db } from '../store/db.ts';
import { addDays } from './weeks.ts';
import { fullRange } from './actors.ts';
import type { Range } from './events.ts';
import { marks, num } from './sql.ts';

export interface StorySummary {
  id: string;
  label: string | null;
  firstSeen: string;
  lastSeen: string;
  /** Original articles (copies are not counted). */
  size: number;
  copies: number;
  /** Original articles dated inside the asked range. */
  inRange: number;
  publishers: number;
  /** Originals in the last 7 days of the range against the 7 days before. */
  growth: { last7: number; previous7: number };
  topActors: string[];
  topTerms: string[];
}

export interface StoryArticle {
  id: string;
  title: string | null;
  /** Its title, or without one a label from its lead. */
  headline: string | null;
  publisher: string | null;
  day: string;
  duplicateOf: string | null;
  similarity: number | null;
}

export interface StoryDetail extends StorySummary {
  articles: StoryArticle[];
  days: { day: string; articles: number; copies: number }[];
}

interface StoryRow {
  id: string; label: string | null; first_day: string; last_day: string; size: number; copies: number;
  top_terms: string;
}

function parseList(s: string): string[] {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

async function growthOf(db: Db, ids: string[], until: string): Promise<Map<string, { last7: number; previous7: number }>> {
  const out = new Map(ids.map((id) => [id, { last7: 0, previous7: 0 }]));
  if (!ids.length) return out;
  const rows = await db.all<{ story_id: string; recent: number; n: number }>(
    `SELECT story_id, CASE WHEN day > ? THEN 1 ELSE 0 END AS recent, count(*) AS n FROM corpus_docs
      WHERE story_id IN (${marks(ids.length)}) AND duplicate_of IS NULL AND day > ? AND day <= ?
      GROUP BY 1, 2`,
    [addDays(until, -7), ...ids, addDays(until, -14), until],
  );
  for (const r of rows) {
    const g = out.get(r.story_id)!;
    if (num(r.recent)) g.last7 = num(r.n);
    else g.previous7 = num(r.n);
  }
  return out;
}

/** People, bodies, peoples and states: a town, a region or a sea is where a story happens, not who is in it. */
const STORY_ACTOR_TYPES = ['PERSON', 'ORG', 'GPE', 'NORP'];

/**
 * The actors most of each story's original articles name, as the store keys them (the keys actor
 * pages, search and the briefing use: "Seoul said" is South Korea there, as it is here), most
 * articles first, then most mentions. Clustering counts names apart ("name:seoul") because a
 * capital's or a body's own name tells stories apart better than its country; shown to a reader,
 * those keys named no actor page.
 */
async function storyActors(db: Db, ids: string[], limit = 5): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = await db.all<{ story_id: string; actor_key: string; n: number; m: number }>(
    `SELECT d.story_id, e.actor_key, count(*) AS n, sum(e.mentions) AS m
       FROM corpus_docs d JOIN articles a ON a.id = d.article_id JOIN article_entities e ON e.article_seq = a.seq
      WHERE d.story_id IN (${marks(ids.length)}) AND d.duplicate_of IS NULL AND e.type IN (${marks(STORY_ACTOR_TYPES.length)})
        AND (e.type <> 'GPE' OR e.actor_key LIKE 'country:%')
      GROUP BY d.story_id, e.actor_key`,
    [...ids, ...STORY_ACTOR_TYPES],
  );
  rows.sort((x, y) => num(y.n) - num(x.n) || num(y.m) - num(x.m) || (x.actor_key < y.actor_key ? -1 : 1));
  for (const r of rows) {
    const list = out.get(r.story_id) ?? [];
    if (list.length < limit) list.push(r.actor_key);
    out.set(r.story_id, list);
  }
  return out;
}

/** Stories with the most original articles in the range (then the most publishers). */
export async function topStories(db: Db, opts: Range & { limit?: number; minSize?: number } = {}): Promise<StorySummary[]> {
  const r = fullRange(opts);
  const counts = await db.all<{ story_id: string; n: number; pubs: number }>(
    `SELECT story_id, count(*) AS n, count(DISTINCT publisher) AS pubs FROM corpus_docs
      WHERE duplicate_of IS NULL AND story_id IS NOT NULL AND day >= ? AND day <= ?
      GROUP BY story_id HAVING count(*) >= ?
      ORDER BY count(*) DESC, count(DISTINCT publisher) DESC, story_id
      LIMIT ?`,
    [r.since, r.until, opts.minSize ?? 1, opts.limit ?? 10],
  );
  if (!counts.length) return [];
  const ids = counts.map((c) => c.story_id);
  const rows = await db.all<StoryRow>(
    `SELECT id, label, first_day, last_day, size, copies, top_terms FROM corpus_stories WHERE id IN (${marks(ids.length)})`, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const growth = await growthOf(db, ids, r.until);
  const actors = await storyActors(db, ids);
  const out: StorySummary[] = [];
  for (const c of counts) {
    const s = byId.get(c.story_id);
    if (!s) continue;
    out.push({
      id: s.id, label: s.label, firstSeen: s.first_day, lastSeen: s.last_day, size: num(s.size), copies: num(s.copies),
      inRange: num(c.n), publishers: num(c.pubs), growth: growth.get(s.id)!,
      topActors: actors.get(s.id) ?? [], topTerms: parseList(s.top_terms),
    });
  }
  return out;
}

export async function getStory(db: Db, id: string): Promise<StoryDetail | null> {
  const s = await db.get<StoryRow>('SELECT id, label, first_day, last_day, size, copies, top_terms FROM corpus_stories WHERE id = ?', [id]);
  if (!s) return null;
  const docs = await db.all<{ article_id: string; title: string | null; publisher: string | null; day: string; duplicate_of: string | null; similarity: number | null; lead: string | null }>(
    `SELECT d.article_id, d.title, d.publisher, d.day, d.duplicate_of, d.similarity, ${untitledLead('a')}
     FROM corpus_docs d LEFT JOIN articles a ON a.id = d.article_id WHERE d.story_id = ? ORDER BY d.day, d.seq`, [id]);
  const days = new Map<string, { day: string; articles: number; copies: number }>();
  for (const d of docs) {
    const p = days.get(d.day) ?? { day: d.day, articles: 0, copies: 0 };
    if (d.duplicate_of) p.copies++;
    else p.articles++;
    days.set(d.day, p);
  }
  const growth = await growthOf(db, [id], s.last_day);
  return {
    id: s.id, label: s.label, firstSeen: s.first_day, lastSeen: s.last_day, size: num(s.size), copies: num(s.copies),
    inRange: num(s.size), publishers: new Set(docs.filter((d) => !d.duplicate_of).map((d) => d.publisher)).size,
    growth: growth.get(id)!, topActors: (await storyActors(db, [id])).get(id) ?? [], topTerms: parseList(s.top_terms),
    articles: docs.map((d) => ({
      id: d.article_id, title: d.title, headline: headlineOf(d.title, d.lead), publisher: d.publisher, day: d.day, duplicateOf: d.duplicate_of,
      similarity: d.similarity == null ? null : num(d.similarity),
    })),
    days: [...days.values()],
  };
}

/** The story and original of one article, for article pages. */
export async function articleConnections(db: Db, articleId: string): Promise<{ storyId: string | null; duplicateOf: string | null; copies: string[] } | null> {
  const d = await db.get<{ story_id: string | null; duplicate_of: string | null }>('SELECT story_id, duplicate_of FROM corpus_docs WHERE article_id = ?', [articleId]);
  if (!d) return null;
  const copies = await db.all<{ article_id: string }>('SELECT article_id FROM corpus_docs WHERE duplicate_of = ? ORDER BY day, seq', [articleId]);
  return { storyId: d.story_id, duplicateOf: d.duplicate_of, copies: copies.map((c) => c.article_id) };
}
