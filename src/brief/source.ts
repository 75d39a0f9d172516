// Reads what a briefing needs from the store's core tables (src/store/migrations/core.ts).
import type { Db } from '../store/db.ts';
import type { Entity, Event, Paragraph, Quote } from '../model/analysis.ts';
import type { BriefArticle } from './model.ts';

interface Row {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string;
  canonical_url: string | null;
  uri: string | null;
  text: string;
  analysis: string;
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
    an = JSON.parse(r.analysis) as StoredAnalysis;
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
  };
}

const COLUMNS = 'id, title, publisher, published, canonical_url, uri, text, analysis';

/** Articles published in [since, until] (days, inclusive), in (published, id) order. */
export async function loadArticles(db: Db, since: string, until: string): Promise<BriefArticle[]> {
  const rows = await db.all<Row>(
    `SELECT ${COLUMNS} FROM articles WHERE published IS NOT NULL AND substr(published, 1, 10) >= ? AND substr(published, 1, 10) <= ? ORDER BY published, id`,
    [since, until],
  );
  return rows.map(toBriefArticle);
}

export async function loadArticle(db: Db, id: string): Promise<BriefArticle | null> {
  const r = await db.get<Row>(`SELECT ${COLUMNS} FROM articles WHERE id = ?`, [id]);
  if (!r) return null;
  return toBriefArticle({ ...r, published: r.published ?? '' });
}
