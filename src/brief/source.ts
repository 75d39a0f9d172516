// Reads what a briefing needs from the store's core tables (src/store/migrations/core.ts).
import type { Db } from '../store/db.ts';
import { unpackAnalysis } from '../store/packed.ts';
import type { Entity, Event, Paragraph, Quote } from '../model/analysis.ts';
import type { BriefArticle } from './model.ts';

interface Row {
  story_id?: string | null;
  story_lead?: number | boolean | null;
  duplicate_of?: string | null;
  id: string;
  title: string | null;
  publisher: string | null;
  published: string;
  canonical_url: string | null;
  uri: string | null;
  text: string;
  analysis: string | Uint8Array;
}

interface StoredAnalysis {
  paragraphs?: Paragraph[];
  entities?: Entity[];
  quotes?: Quote[];
  events?: Event[];
}

export function toBriefArticle(r: Row): BriefArticle {
  let an: StoredAnalysis = {};
  try {
    an = JSON.parse(unpackAnalysis(r.analysis)) as StoredAnalysis;
  } catch {
    // A row whose analysis cannot be read still counts as coverage; it just brings no actors.
  }
  const url = r.canonical_url ?? (r.uri && /^https?:\/\//i.test(r.uri) ? r.uri : null);
  return {
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    published: r.published.slice(0, 10),
    url,
    text: r.text,
    paragraphs: an.paragraphs ?? [],
    entities: an.entities ?? [],
    quotes: an.quotes ?? [],
    events: an.events ?? [],
    storyId: r.story_id ?? null,
    storyLead: !!r.story_lead,
  };
}

const COLUMNS = 'a.id, a.title, a.publisher, a.published, a.canonical_url, a.uri, a.text, a.analysis';

const hasCorpus = new WeakMap<Db, boolean>();

/** Whether the corpus layer's tables are there (they are when its migrations are registered). */
async function corpusPresent(db: Db): Promise<boolean> {
  let known = hasCorpus.get(db);
  if (known === undefined) {
    const sql = db.dialect === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'corpus_docs'"
      : "SELECT to_regclass('corpus_docs')::text AS name";
    known = Boolean((await db.get<{ name: string | null }>(sql))?.name);
    hasCorpus.set(db, known);
  }
  return known;
}

/**
 * Articles published in [since, until] (days, inclusive), in (published, id) order, with the story
 * the corpus layer put them in when it has (copies of one article share their original's story).
 */
export async function loadArticles(db: Db, since: string, until: string): Promise<BriefArticle[]> {
  const corpus = await corpusPresent(db);
  const rows = await db.all<Row>(
    `SELECT ${COLUMNS}${corpus ? ', c.story_id, c.duplicate_of, s.label_article = a.id AS story_lead' : ''} FROM articles a${corpus ? ' LEFT JOIN corpus_docs c ON c.article_id = a.id LEFT JOIN corpus_stories s ON s.id = c.story_id' : ''}
     WHERE a.published IS NOT NULL AND substr(a.published, 1, 10) >= ? AND substr(a.published, 1, 10) <= ? ORDER BY a.published, a.id`,
    [since, until],
  );
  // Copies of an article (wire stories run by several outlets) are not coverage of their own,
  // as in the corpus layer's counts: the original stands for them.
  return rows.filter((r) => !r.duplicate_of).map(toBriefArticle);
}

export async function loadArticle(db: Db, id: string): Promise<BriefArticle | null> {
  const r = await db.get<Row>(`SELECT ${COLUMNS} FROM articles a WHERE a.id = ?`, [id]);
  if (!r) return null;
  return toBriefArticle({ ...r, published: r.published ?? '' });
}
