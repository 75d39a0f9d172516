// Indexes the ingest's identity lookups need (see saveAnalysis in src/store/articles.ts), and the
// ones it no longer pays for.
import type { Migration } from '../migrate.ts';


// The child tables keyed by the article's integer seq instead of its 64-character text id. Every
// index entry of theirs carried the id: the primary keys (article_id, ...) put each article's rows
// at a random place in each of them, and the value-keyed indexes (an actor's entity rows, a
// speaker's quotes, a facet value's articles, the event covers) held 64 bytes per entry. A commit
// group dirtied ~58 pages per article at 2,000 articles, more as the store grows. Keyed by seq, the
// primary keys grow at their end, and the value indexes are about half as big. The entity, quote and
// event rows keep article_id as a plain column (what readers select and order by); a facet row,
// which no reader takes an id from, loses it. A child row goes away with its article through
// article_seq now (ON DELETE CASCADE), and lookups by article go through articles.seq.
const childColumns = {
  entities: `entity_id TEXT NOT NULL,
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
  published TEXT`,
  quotes: `idx INTEGER NOT NULL,
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
  sentence_end INTEGER NOT NULL`,
  events: `idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  contexts TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  cameo TEXT,
  goldstein REAL,
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
  lat REAL,
  lon REAL,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  confidence REAL NOT NULL`,
};

/** Column names of a column list above, in order. */
function names(cols: string): string {
  return cols.split(',\n').map((c) => c.trim().split(' ')[0]).join(', ');
}

// The indexes both dialects build on the re-keyed tables (each replaces one that ended in article_id).
const seqIndexes = `
CREATE INDEX article_entities_actor_published ON article_entities (actor_key, published, article_seq);
CREATE INDEX article_quotes_date ON article_quotes (quote_date);
CREATE INDEX article_quotes_speaker_page ON article_quotes (speaker_key, quote_date, article_seq, idx);
CREATE INDEX article_events_date ON article_events (event_date);
CREATE INDEX article_events_type ON article_events (type, event_date);
CREATE INDEX article_events_location ON article_events (location_country, event_date);
CREATE INDEX article_events_actor_cover ON article_events (actor_key, event_date, type, status, cameo, goldstein, actor_country, target_country, target_key, article_seq, idx);
CREATE INDEX article_events_target_cover ON article_events (target_key, event_date, type, status, cameo, goldstein, actor_country, target_country, actor_key, article_seq, idx);
CREATE INDEX article_events_dyad_cover ON article_events (actor_country, target_country, event_date, type, status, goldstein, article_seq);
CREATE INDEX article_facets_value ON article_facets (kind, value, article_seq);
`;

// SQLite cannot change a primary key or drop a keyed column: each table is built anew and its rows
// copied in article order (rowids follow), then the entity rows' roll-up delete trigger is restored.
function sqliteRebuild(table: string, cols: string, key: string): string {
  return `
CREATE TABLE ${table}_by_seq (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  ${cols},
  PRIMARY KEY (article_seq, ${key})
);
INSERT INTO ${table}_by_seq (article_seq, article_id, ${names(cols)})
  SELECT a.seq, c.article_id, ${names(cols).split(', ').map((n) => `c.${n}`).join(', ')}
  FROM ${table} c JOIN articles a ON a.id = c.article_id ORDER BY a.seq, c.rowid;
DROP TABLE ${table};
ALTER TABLE ${table}_by_seq RENAME TO ${table};
`;
}

const sqliteBySeq = `
${sqliteRebuild('article_entities', childColumns.entities, 'entity_id')}
${sqliteRebuild('article_quotes', childColumns.quotes, 'idx')}
${sqliteRebuild('article_events', childColumns.events, 'idx')}
CREATE TABLE article_facets_by_seq (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  label TEXT,
  PRIMARY KEY (article_seq, kind, value)
) WITHOUT ROWID;
INSERT INTO article_facets_by_seq (article_seq, kind, value, label)
  SELECT a.seq, f.kind, f.value, f.label FROM article_facets f JOIN articles a ON a.id = f.article_id ORDER BY a.seq, f.kind, f.value;
DROP TABLE article_facets;
ALTER TABLE article_facets_by_seq RENAME TO article_facets;
${seqIndexes}
CREATE TRIGGER article_entities_rollup_delete AFTER DELETE ON article_entities BEGIN
  UPDATE actor_variants SET articles = articles - 1, mentions = mentions - old.mentions WHERE actor_key = old.actor_key AND name = old.name AND type = old.type AND kb = COALESCE(old.kb, '') AND country = COALESCE(old.country, '') AND sector = COALESCE(old.sector, '');
  DELETE FROM actor_variants WHERE actor_key = old.actor_key AND name = old.name AND type = old.type AND kb = COALESCE(old.kb, '') AND country = COALESCE(old.country, '') AND sector = COALESCE(old.sector, '') AND articles <= 0;
  UPDATE actor_totals SET articles = articles - 1, mentions = mentions - old.mentions WHERE actor_key = old.actor_key;
  DELETE FROM actor_totals WHERE actor_key = old.actor_key AND articles <= 0;
END;
`;

// PostgreSQL changes keys in place. Its statement triggers on article_entities read no key column.
function pgRekey(table: string, key: string, hasSeq: boolean): string {
  return `
${hasSeq ? '' : `ALTER TABLE ${table} ADD COLUMN article_seq BIGINT;\n`}UPDATE ${table} c SET article_seq = a.seq FROM articles a WHERE a.id = c.article_id AND c.article_seq IS DISTINCT FROM a.seq;
ALTER TABLE ${table} ALTER COLUMN article_seq SET NOT NULL;
ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey;
ALTER TABLE ${table} DROP CONSTRAINT ${table}_article_id_fkey;
ALTER TABLE ${table} ADD PRIMARY KEY (article_seq, ${key});
ALTER TABLE ${table} ADD FOREIGN KEY (article_seq) REFERENCES articles (seq) ON DELETE CASCADE;
`;
}

const pgBySeq = `
DROP INDEX article_entities_actor_published;
DROP INDEX article_quotes_date;
DROP INDEX article_quotes_speaker_page;
DROP INDEX article_events_date;
DROP INDEX article_events_type;
DROP INDEX article_events_location;
DROP INDEX article_events_actor_cover;
DROP INDEX article_events_target_cover;
DROP INDEX article_events_dyad_cover;
DROP INDEX article_facets_value;
${pgRekey('article_entities', 'entity_id', true)}
${pgRekey('article_quotes', 'idx', false)}
${pgRekey('article_events', 'idx', false)}
${pgRekey('article_facets', 'kind, value', true)}
ALTER TABLE article_facets DROP COLUMN article_id;
${seqIndexes}
`;

function jointSpeakers(seq: string): string {
  return `
CREATE TABLE article_quote_speakers (
  article_seq ${seq} NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  speaker_key TEXT NOT NULL,
  quote_date TEXT,
  PRIMARY KEY (article_seq, idx, speaker_key)
);
CREATE INDEX article_quote_speakers_key ON article_quote_speakers (speaker_key, quote_date, article_seq, idx);
`;
}

export const ingestMigrations: Migration[] = [
  {
    // A file re-extracted under the same path is found by its uri among the articles without a
    // canonical URL; without an index that was a scan of the store per saved file.
    id: '0020_core_local_uri',
    up: 'CREATE INDEX articles_local_uri ON articles (uri, seq) WHERE canonical_url IS NULL;',
  },
  {
    // No query reads entity rows by country (search filters on the facet rows) or by type alone
    // (the weekly trends reach them through the article): two index entries for each of an article's
    // ~22 entity rows, written on every save for nothing.
    id: '0021_entities_unused_indexes',
    up: 'DROP INDEX article_entities_country; DROP INDEX article_entities_type;',
  },
  {
    // SQLite: the writer adds entity rows to the actor roll-ups itself, summed over each commit
    // group (ActorRollup in src/store/articles.ts), instead of two upserts per row in a trigger.
    // The delete trigger stays. PostgreSQL's statement triggers already count a whole INSERT at once.
    id: '0022_entities_rollup_by_writer',
    up: { sqlite: 'DROP TRIGGER article_entities_rollup_insert;', postgres: 'SELECT 1;' },
  },
  {
    // SQLite: the writer adds an inserted article to the full-text index itself, after the rest of
    // its commit group (GroupWrites in src/store/articles.ts), so that FTS5 writes the group's
    // terms once rather than a segment per article. The update and delete triggers stay.
    id: '0023_fts_insert_by_writer',
    up: { sqlite: 'DROP TRIGGER articles_fts_insert;', postgres: 'SELECT 1;' },
  },
  { id: '0024_children_by_seq', up: { sqlite: sqliteBySeq, postgres: pgBySeq } },
  {
    // Joint speakers ("Britain, France and Germany warned"): the quote row names the one nearest
    // the verb; the others get a row here, so that each actor's quote count and list has the quote.
    id: '0025_quote_joint_speakers',
    up: { sqlite: jointSpeakers('INTEGER'), postgres: jointSpeakers('BIGINT') },
  },
];
