// Indexes the ingest's identity lookups need (see saveAnalysis in src/store/articles.ts), and the
// ones it no longer pays for.
import type { Migration } from '../migrate.ts';

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
];
