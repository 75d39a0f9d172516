// The core tables: articles with their analysis, one row per entity, quote and event (so the
// corpus, brief and web read actors, countries and dates with plain SQL), full-text search, feeds.
//
// Conventions every module reading these tables can rely on:
// - articles.id is the contract id (sha256 of the canonical URL, or of the text); child rows
//   point at it by article_id and go away with the article (ON DELETE CASCADE). Since migration
//   0024 (ingest.ts) they are keyed by the article's integer seq (article_seq) and cascade through
//   it; entity, quote and event rows still carry article_id, facet rows no longer do.
// - Dates are TEXT: published and event_date as YYYY-MM-DD, timestamps as ISO-8601 UTC.
// - Actor keys (actor_key, target_key, speaker_key) are the kb id when resolved ("country:PRK",
//   "person:kim-jong-un"), else "name:" + the normalised name (see src/store/keys.ts).
// - JSON values (authors, series, roles, contexts, analysis) are TEXT holding JSON.
// - articles.analysis is the contract JSON without its `text` field (the `text` column holds it); SQLite
//   stores it brotli-packed (src/store/packed.ts).
import type { Migration } from '../migrate.ts';

// Columns shared by both dialects; only key generation and REAL types differ.
function articles(seq: string): string {
  return `
CREATE TABLE articles (
  seq ${seq},
  id TEXT NOT NULL UNIQUE,
  canonical_url TEXT UNIQUE,
  content_hash TEXT NOT NULL,
  uri TEXT,
  source_id TEXT,
  title TEXT,
  publisher TEXT,
  published TEXT,
  published_at TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  series TEXT NOT NULL DEFAULT '[]',
  language TEXT,
  dateline_place TEXT,
  dateline_country TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  word_count INTEGER NOT NULL DEFAULT 0,
  entity_count INTEGER NOT NULL DEFAULT 0,
  quote_count INTEGER NOT NULL DEFAULT 0,
  event_count INTEGER NOT NULL DEFAULT 0,
  feed_id BIGINT,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_publisher ON articles (publisher, published);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_feed ON articles (feed_id);
CREATE INDEX articles_ingested ON articles (ingested_at);
CREATE INDEX articles_dateline_country ON articles (dateline_country);
`;
}

function children(real: string): string {
  return `
CREATE TABLE article_entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  kb TEXT,
  country TEXT,
  sector TEXT,
  roles TEXT NOT NULL DEFAULT '[]',
  mentions INTEGER NOT NULL,
  first_start INTEGER NOT NULL,
  first_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_actor ON article_entities (actor_key);
CREATE INDEX article_entities_country ON article_entities (country);
CREATE INDEX article_entities_type ON article_entities (type, actor_key);

CREATE TABLE article_quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker_key TEXT,
  speaker_entity TEXT,
  speaker_name TEXT,
  speaker_country TEXT,
  speaker_sector TEXT,
  cue TEXT,
  channel TEXT,
  quote_date TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX article_quotes_speaker ON article_quotes (speaker_key, quote_date);
CREATE INDEX article_quotes_date ON article_quotes (quote_date);

CREATE TABLE article_events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  contexts TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  cameo TEXT,
  goldstein ${real},
  actor_key TEXT,
  actor_entity TEXT,
  actor_name TEXT,
  actor_country TEXT,
  actor_sector TEXT,
  target_key TEXT,
  target_entity TEXT,
  target_name TEXT,
  target_country TEXT,
  target_sector TEXT,
  event_date TEXT,
  date_precision TEXT,
  location_name TEXT,
  location_country TEXT,
  lat ${real},
  lon ${real},
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  confidence ${real} NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX article_events_date ON article_events (event_date);
CREATE INDEX article_events_type ON article_events (type, event_date);
CREATE INDEX article_events_actor ON article_events (actor_key, event_date);
CREATE INDEX article_events_target ON article_events (target_key, event_date);
CREATE INDEX article_events_dyad ON article_events (actor_country, target_country, event_date);
CREATE INDEX article_events_location ON article_events (location_country, event_date);
`;
}

function feeds(id: string): string {
  return `
CREATE TABLE feeds (
  id ${id},
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  interval_s INTEGER NOT NULL,
  next_poll TEXT NOT NULL,
  last_polled TEXT,
  last_new_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  items_total INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE INDEX feeds_next_poll ON feeds (next_poll);

CREATE TABLE feed_items (
  feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  article_id TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
`;
}

// SQLite: FTS5 over title and text, kept in step with articles by triggers (external content, so
// the text is stored once). seq is INTEGER PRIMARY KEY so rowids survive VACUUM.
const sqliteSearch = `
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
`;

// PostgreSQL: a stored tsvector (title weighted above body) with a GIN index.
const pgSearch = `
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
`;

// One row per distinct (article, facet value): countries, actors and event types an article
// carries, so search facets are one indexed GROUP BY over the matched articles.
function facets(clustered: string): string {
  return `
CREATE TABLE article_facets (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  label TEXT,
  PRIMARY KEY (article_id, kind, value)
)${clustered};
CREATE INDEX article_facets_value ON article_facets (kind, value);
INSERT INTO article_facets (article_id, kind, value, label)
  SELECT article_id, 'country', country, NULL FROM article_entities WHERE country IS NOT NULL
  UNION SELECT id, 'country', dateline_country, NULL FROM articles WHERE dateline_country IS NOT NULL;
INSERT INTO article_facets (article_id, kind, value, label)
  SELECT article_id, 'actor', actor_key, MIN(name) FROM article_entities WHERE type IN ('PERSON', 'ORG', 'GPE', 'NORP') GROUP BY article_id, actor_key;
INSERT INTO article_facets (article_id, kind, value, label)
  SELECT DISTINCT article_id, 'type', type, NULL FROM article_events;
`;
}

export const coreMigrations: Migration[] = [
  {
    id: '0001_core_articles',
    up: {
      sqlite: articles('INTEGER PRIMARY KEY') + children('REAL') + sqliteSearch,
      postgres: articles('BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY') + children('DOUBLE PRECISION') + pgSearch,
    },
  },
  {
    id: '0002_core_feeds',
    up: {
      sqlite: feeds('INTEGER PRIMARY KEY'),
      postgres: feeds('BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY'),
    },
  },
  {
    id: '0003_core_facets',
    up: { sqlite: facets(' WITHOUT ROWID'), postgres: facets('') },
  },
];
