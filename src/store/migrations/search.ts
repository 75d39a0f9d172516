// Search reads every full-text hit's id, publisher and day (ranking, the publisher facet); from the
// article rows that means a page of each long row per hit, from this index a few bytes. PostgreSQL
// ranks inside its own tsvector index and needs nothing here.
import type { Migration } from '../migrate.ts';

export const searchMigrations: Migration[] = [
  {
    id: '0011_core_search_meta',
    up: {
      sqlite: 'CREATE INDEX articles_search_meta ON articles (seq, publisher, published, id);',
      postgres: 'SELECT 1;',
    },
  },
];
