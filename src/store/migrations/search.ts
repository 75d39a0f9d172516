// Search reads every full-text hit's id, publisher and day (ranking, the publisher facet); from the
// article rows that means a page of each long row per hit, from this index a few bytes. PostgreSQL
// ranks inside its own tsvector index and needs nothing here.
//
// Filters (an actor, a country, an event type) are sets of articles. Keyed by the text id, testing
// a hit against a set of thousands costs a string-keyed lookup per hit; the entity and facet rows
// also carry the article's seq, so the sets are integers read straight from their indexes.
import type { Migration } from '../migrate.ts';

export const searchMigrations: Migration[] = [
  {
    id: '0011_core_search_meta',
    up: {
      sqlite: 'CREATE INDEX articles_search_meta ON articles (seq, publisher, published, id);',
      postgres: 'SELECT 1;',
    },
  },
  {
    id: '0012_core_filter_seq',
    up: {
      sqlite: `
ALTER TABLE article_entities ADD COLUMN article_seq INTEGER;
UPDATE article_entities SET article_seq = (SELECT a.seq FROM articles a WHERE a.id = article_entities.article_id);
DROP INDEX article_entities_actor_published;
CREATE INDEX article_entities_actor_published ON article_entities (actor_key, published, article_id, article_seq);
ALTER TABLE article_facets ADD COLUMN article_seq INTEGER;
UPDATE article_facets SET article_seq = (SELECT a.seq FROM articles a WHERE a.id = article_facets.article_id);
DROP INDEX article_facets_value;
CREATE INDEX article_facets_value ON article_facets (kind, value, article_seq);
`,
      postgres: `
ALTER TABLE article_entities ADD COLUMN article_seq BIGINT;
UPDATE article_entities e SET article_seq = a.seq FROM articles a WHERE a.id = e.article_id;
DROP INDEX article_entities_actor_published;
CREATE INDEX article_entities_actor_published ON article_entities (actor_key, published, article_id, article_seq);
ALTER TABLE article_facets ADD COLUMN article_seq BIGINT;
UPDATE article_facets f SET article_seq = a.seq FROM articles a WHERE a.id = f.article_id;
DROP INDEX article_facets_value;
CREATE INDEX article_facets_value ON article_facets (kind, value, article_seq);
`,
    },
  },
];
