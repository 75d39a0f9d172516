// Indexes the ingest's identity lookups need (see saveAnalysis in src/store/articles.ts).
import type { Migration } from '../migrate.ts';

export const ingestMigrations: Migration[] = [
  {
    // A file re-extracted under the same path is found by its uri among the articles without a
    // canonical URL; without an index that was a scan of the store per saved file.
    id: '0020_core_local_uri',
    up: 'CREATE INDEX articles_local_uri ON articles (uri, seq) WHERE canonical_url IS NULL;',
  },
];
