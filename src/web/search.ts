// Search for the web: the store's full-text search (src/store/search.ts, the one `sitrep search`
// uses) with its hits marked for pages and the API, and the facets a search page shows: publisher,
// country, event type, and the people and organisations the hits name.
import type { Db } from '../store/db.ts';
import { searchArticles } from '../store/search.ts';
import { clampLimit, describeActors, type Count } from './queries.ts';

/** Private-use characters mark hits in snippets: they cannot occur in escaped HTML, so marking happens after escaping. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

export interface SearchQuery {
  q?: string;
  since?: string;
  until?: string;
  publisher?: string;
  country?: string;
  actor?: string;
  eventTypes?: string[];
  statuses?: string[];
  limit?: number;
  offset?: number;
  /** Skip the facet counts (the API's facets=false). */
  noFacets?: boolean;
}

export interface SearchHit {
  id: string;
  title: string | null;
  /** Its title, or without one a label from its lead. */
  headline: string | null;
  /** Title and snippet with hits between HIT_START and HIT_END. */
  titleMarked: string | null;
  snippet: string;
  publisher: string | null;
  published: string | null;
  eventCount: number;
  quoteCount: number;
}

export interface Facets { publisher: Count[]; country: Count[]; eventType: Count[]; actor: Array<Count & { name: string }> }

export interface SearchResult {
  total: number; limit: number; offset: number; items: SearchHit[]; facets: Facets | null;
  /** How many of the best-ranked hits the facets counted: the total, or fewer when many match. */
  facetBasis?: number;
}

/** Values the store counts per facet: enough to keep a dozen people and organisations after places are set aside. */
const FACET_VALUES = 60;

/** The markers themselves, dropped from article text so that only real hits are marked. */
const MARKERS = /[\uE000\uE001]/g;

function marked(text: string, ranges: Array<[number, number]>): string {
  const plain = (a: number, b?: number) => text.slice(a, b).replace(MARKERS, '');
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at || e <= s) continue;
    out += `${plain(at, s)}${HIT_START}${plain(s, e)}${HIT_END}`;
    at = e;
  }
  return out + plain(at);
}

export async function search(db: Db, s: SearchQuery): Promise<SearchResult> {
  const limit = clampLimit(s.limit, 20, 100);
  const offset = Math.max(0, s.offset ?? 0);
  const r = await searchArticles(db, {
    q: s.q?.slice(0, 500), since: s.since, until: s.until, publisher: s.publisher, country: s.country, actor: s.actor,
    types: s.eventTypes, statuses: s.statuses, limit, offset, facetLimit: s.noFacets ? 0 : FACET_VALUES,
  });
  const items = r.hits.map((h) => ({
    id: h.id, title: h.title, headline: h.headline, titleMarked: h.title === null ? null : marked(h.title, h.titleHighlights), snippet: marked(h.snippet, h.highlights),
    publisher: h.publisher, published: h.published, eventCount: h.eventCount, quoteCount: h.quoteCount,
  }));
  if (s.noFacets) return { total: r.total, limit, offset, items, facets: null };
  const counts = (list: Array<{ value: string; count: number }>, n: number): Count[] => list.slice(0, n).map((v) => ({ key: v.value, count: v.count }));
  // People and organisations: places already have the country facet.
  const about = await describeActors(db, r.facets.actor.map((a) => a.value));
  const actor = r.facets.actor.filter((a) => ['PERSON', 'ORG'].includes(about.get(a.value)?.type ?? '')).slice(0, 12)
    .map((a) => ({ key: a.value, name: about.get(a.value)?.name ?? a.label, count: a.count }));
  return {
    total: r.total, limit, offset, items, facetBasis: r.facetBasis,
    facets: { publisher: counts(r.facets.publisher, 12), country: counts(r.facets.country, 12), eventType: counts(r.facets.type, 16), actor },
  };
}
