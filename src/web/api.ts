// The JSON API under /api. Every route has a schema, so fastify validates the input and the OpenAPI
// document at /api/docs lists it. Lists are paged ({ total, limit, offset, items }).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../store/db.ts';
import { getArticle, deleteArticle } from '../store/articles.ts';
import { InputError } from '../model/errors.ts';
import {
  activePairs, actorRelations, clampLimit, eventCountsByCountry, eventCountsByType, eventPlaces, getActor, listActors,
  listEvents, listCountedEvents, listQuotes, weeklyTimeline,
} from './queries.ts';
import { eventFilterOf, eventFilterProps, pageProps, type FilterQuery } from './params.ts';
import { search } from './search.ts';
import { latestDay } from './queries.ts';
import { weekOf } from './dates.ts';
import { getStory, topStories } from '../corpus/storyQueries.ts';
import { getIssue, listIssues } from '../brief/issues.ts';
import type { TtlCache } from './cache.ts';

export interface WebContext {
  db: Db;
  cache: TtlCache;
  /** Set by the briefing plugin: false when this server cannot send the confirmation mail. */
  canSendMail?: () => boolean;
  /** Set by the briefing plugin: the briefing's name, for weeks previewed on the site. */
  briefTitle?: string;
}

const paged = (item: object = { type: 'object', additionalProperties: true }) => ({
  type: 'object',
  properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: item } },
});

const errorSchema = { type: 'object', properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } } };
const country3 = { type: 'string', pattern: '^[A-Za-z]{3}$' };

export async function registerApi(app: FastifyInstance, ctx: WebContext): Promise<void> {
  const { db } = ctx;

  app.get('/api/articles', {
    schema: {
      tags: ['articles'], summary: 'Articles, newest first, filtered by date, publisher, actor, country, event type and status',
      querystring: { type: 'object', additionalProperties: false, properties: { ...eventFilterProps, publisher: { type: 'string', maxLength: 200 }, ...pageProps } },
      response: { 200: paged(), 400: errorSchema },
    },
  }, async (req) => {
    const q = req.query as FilterQuery & { publisher?: string };
    const f = eventFilterOf(q);
    return search(db, {
      since: f.since, until: f.until, publisher: q.publisher, country: f.country, actor: f.actor, eventTypes: f.types, statuses: f.statuses,
      limit: clampLimit(q.limit, 50, 500), offset: q.offset, noFacets: true,
    }).then(({ total, limit, offset, items }) => ({ total, limit, offset, items: items.map(({ titleMarked: _t, snippet: _s, ...rest }) => rest) }));
  });

  app.get('/api/articles/:id', {
    schema: {
      tags: ['articles'], summary: 'One article with its full analysis (the contract JSON under `analysis`)',
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 128 } }, required: ['id'] },
      response: { 404: errorSchema },
    },
  }, async (req, reply) => {
    const a = await getArticle(db, (req.params as { id: string }).id);
    if (!a) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no article with this id' });
    return a;
  });

  app.delete('/api/articles/:id', {
    config: { write: true },
    schema: {
      tags: ['write'], summary: 'Delete an article and its rows (needs the API token)', security: [{ bearer: [] }],
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 128 } }, required: ['id'] },
    },
  }, async (req, reply) => {
    const gone = await deleteArticle(db, (req.params as { id: string }).id);
    ctx.cache.clear();
    if (!gone) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no article with this id' });
    return { deleted: true };
  });

  app.get('/api/search', {
    schema: {
      tags: ['search'], summary: 'Full-text search with highlighted snippets and facet counts (publisher, country, event type, actor)',
      description: 'Words are all required; "quoted words" are a phrase, OR joins alternatives, -word excludes. Hits in `titleMarked` and `snippet` sit between U+E000 and U+E001.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 500 }, publisher: { type: 'string', maxLength: 200 }, facets: { type: 'boolean', default: true }, ...eventFilterProps, ...pageProps },
      },
      response: { 400: errorSchema },
    },
  }, async (req) => {
    const q = req.query as FilterQuery & { q?: string; publisher?: string; facets?: boolean };
    const f = eventFilterOf(q);
    const s = { q: q.q, since: f.since, until: f.until, publisher: q.publisher, country: f.country, actor: f.actor, eventTypes: f.types, statuses: f.statuses, limit: q.limit, offset: q.offset, noFacets: q.facets === false };
    return ctx.cache.get(`search:${JSON.stringify(s)}`, () => search(db, s));
  });

  app.get('/api/events', {
    schema: {
      tags: ['events'], summary: 'Events, newest first, with their sentence and article',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { ...eventFilterProps, pair: { type: 'string', pattern: '^[A-Za-z]{3}-[A-Za-z]{3}$', description: 'two alpha-3 codes: USA-RUS' }, article: { type: 'string', maxLength: 128 }, ...pageProps },
      },
      response: { 200: paged(), 400: errorSchema },
    },
  }, async (req) => {
    const q = req.query as FilterQuery & { pair?: string; article?: string };
    const f = eventFilterOf(q);
    const pair = q.pair ? (q.pair.toUpperCase().split('-') as [string, string]) : undefined;
    return listEvents(db, { ...f, pair, articleId: q.article });
  });

  app.get('/api/events/counts', {
    schema: {
      tags: ['events'], summary: 'Event counts by PLOVER type and by country, and the located places (the dashboard numbers)',
      querystring: { type: 'object', additionalProperties: false, properties: { ...eventFilterProps } },
    },
  }, async (req) => {
    const f = eventFilterOf(req.query as FilterQuery);
    return ctx.cache.get(`counts:${JSON.stringify(f)}`, async () => ({
      byType: await eventCountsByType(db, { ...f, counted: true }), byCountry: await eventCountsByCountry(db, { ...f, counted: true }), places: await eventPlaces(db, { ...f, counted: true }),
    }));
  });

  app.get('/api/actors', {
    schema: {
      tags: ['actors'], summary: 'Actors (people, organisations, places) by the number of articles naming them',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 200 }, type: { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT'] }, country: country3, since: eventFilterProps.since, until: eventFilterProps.until, ...pageProps },
      },
      response: { 200: paged(), 400: errorSchema },
    },
  }, async (req) => {
    const q = req.query as { q?: string; type?: string; country?: string; since?: string; until?: string; limit?: number; offset?: number };
    eventFilterOf({ since: q.since, until: q.until });
    const f = { ...q, country: q.country?.toUpperCase() };
    return ctx.cache.get(`actors:${JSON.stringify(f)}`, () => listActors(db, f), 300_000);
  });

  const actorParams = { type: 'object', properties: { key: { type: 'string', maxLength: 300, description: 'actor key, URL-encoded: country%3APRK' } }, required: ['key'] };

  app.get('/api/actors/:key', {
    schema: { tags: ['actors'], summary: 'An actor: names, roles, counts, first and last seen', params: actorParams, response: { 404: errorSchema } },
  }, async (req, reply) => {
    const a = await getActor(db, (req.params as { key: string }).key);
    if (!a) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no article names this actor' });
    return a;
  });

  app.get('/api/actors/:key/events', {
    schema: {
      tags: ['actors'], summary: "The actor's events (as actor or target), newest first", params: actorParams,
      querystring: { type: 'object', additionalProperties: false, properties: { since: eventFilterProps.since, until: eventFilterProps.until, eventType: eventFilterProps.eventType, status: eventFilterProps.status, ...pageProps } },
      response: { 200: paged() },
    },
  }, async (req) => listEvents(db, { ...eventFilterOf(req.query as FilterQuery), actor: (req.params as { key: string }).key }));

  app.get('/api/actors/:key/timeline', {
    schema: { tags: ['actors'], summary: "Weekly counts of the actor's cooperative and conflictual events (as the corpus counts them: no copies, not negated or hypothetical)", params: actorParams, querystring: { type: 'object', additionalProperties: false, properties: { since: eventFilterProps.since, until: eventFilterProps.until } } },
  }, async (req) => weeklyTimeline(db, { ...eventFilterOf(req.query as FilterQuery), actor: (req.params as { key: string }).key, counted: true }));

  app.get('/api/actors/:key/quotes', {
    schema: {
      tags: ['actors', 'quotes'], summary: 'Quotes by the actor (role=by) or by others naming it (role=about)', params: actorParams,
      querystring: { type: 'object', additionalProperties: false, properties: { role: { type: 'string', enum: ['by', 'about'], default: 'by' }, since: eventFilterProps.since, until: eventFilterProps.until, ...pageProps } },
      response: { 200: paged() },
    },
  }, async (req) => {
    const q = req.query as { role?: 'by' | 'about'; since?: string; until?: string; limit?: number; offset?: number };
    const key = (req.params as { key: string }).key;
    return listQuotes(db, { ...q, speaker: q.role === 'about' ? undefined : key, about: q.role === 'about' ? key : undefined });
  });

  app.get('/api/actors/:key/graph', {
    schema: { tags: ['actors'], summary: 'Relations graph: actors it has events with or shares articles with', params: actorParams, querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 60, default: 20 } } } },
  }, async (req) => {
    const key = (req.params as { key: string }).key;
    const limit = (req.query as { limit?: number }).limit ?? 20;
    return ctx.cache.get(`graph:${key}:${limit}`, () => actorRelations(db, key, limit));
  });

  app.get('/api/dyads', {
    schema: {
      tags: ['dyads'], summary: 'The most active country pairs (events between them, either direction)',
      querystring: { type: 'object', additionalProperties: false, properties: { ...eventFilterProps, limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 } } },
    },
  }, async (req) => {
    const q = req.query as FilterQuery;
    const f = eventFilterOf(q);
    return ctx.cache.get(`dyads:${JSON.stringify(f)}`, async () => ({ items: await activePairs(db, { ...f, counted: true }, q.limit ?? 20) }));
  });

  const pairParams = { type: 'object', properties: { a: country3, b: country3 }, required: ['a', 'b'] };

  app.get('/api/dyads/:a/:b', {
    schema: {
      tags: ['dyads'], summary: 'A country pair over time: weekly cooperation and conflict counts and mean Goldstein score',
      params: pairParams, querystring: { type: 'object', additionalProperties: false, properties: { since: eventFilterProps.since, until: eventFilterProps.until, eventType: eventFilterProps.eventType, status: eventFilterProps.status } },
    },
  }, async (req) => {
    const { a, b } = pairOf(req.params as { a: string; b: string });
    const f = eventFilterOf(req.query as FilterQuery);
    return { a, b, weeks: await weeklyTimeline(db, { ...f, pair: [a, b], counted: true }) };
  });

  app.get('/api/dyads/:a/:b/events', {
    schema: {
      tags: ['dyads'], summary: 'The events between two countries that the timeline counts (no copies, not negated or hypothetical), newest first; since/until select the day the timeline counts an event on (its date when at most 30 days before its report, else the report\'s day), so since=Monday&until=Sunday lists one week of the timeline',
      params: pairParams, querystring: { type: 'object', additionalProperties: false, properties: { ...eventFilterProps, ...pageProps } },
      response: { 200: paged() },
    },
  }, async (req) => {
    const { a, b } = pairOf(req.params as { a: string; b: string });
    return listCountedEvents(db, { ...eventFilterOf(req.query as FilterQuery), pair: [a, b], counted: true });
  });

  app.get('/api/quotes', {
    schema: {
      tags: ['quotes'], summary: 'Quotes, newest first: by a speaker, about an actor, holding words',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          speaker: { type: 'string', maxLength: 200 }, about: { type: 'string', maxLength: 200 }, q: { type: 'string', maxLength: 200 },
          type: { type: 'string', enum: ['direct', 'indirect', 'mixed'] }, article: { type: 'string', maxLength: 128 },
          since: eventFilterProps.since, until: eventFilterProps.until, ...pageProps,
        },
      },
      response: { 200: paged() },
    },
  }, async (req) => {
    const q = req.query as { speaker?: string; about?: string; q?: string; type?: string; article?: string; since?: string; until?: string; limit?: number; offset?: number };
    eventFilterOf({ since: q.since, until: q.until });
    return listQuotes(db, { ...q, articleId: q.article });
  });

  app.get('/api/stories', {
    schema: {
      tags: ['stories'], summary: 'Stories with the most original articles in the range (default: the newest week in the store)',
      querystring: { type: 'object', additionalProperties: false, properties: { since: eventFilterProps.since, until: eventFilterProps.until, limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 } } },
    },
  }, async (req) => {
    const q = req.query as { since?: string; until?: string; limit?: number };
    eventFilterOf(q);
    let { since, until } = q;
    if (!since || !until) {
      const last = (await latestDay(db)) ?? new Date().toISOString().slice(0, 10);
      const w = weekOf(until ?? last);
      since ??= w.since;
      until ??= w.until;
    }
    return { since, until, items: await topStories(db, { since, until, limit: q.limit ?? 20 }) };
  });

  app.get('/api/stories/:id', {
    schema: { tags: ['stories'], summary: 'One story: its articles (copies marked) and articles per day', params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } }, required: ['id'] }, response: { 404: errorSchema } },
  }, async (req, reply) => {
    const s = await getStory(db, (req.params as { id: string }).id);
    if (!s) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no story with this id' });
    return s;
  });

  app.get('/api/briefings', {
    schema: { tags: ['briefings'], summary: 'The archive of composed briefings, newest first', querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 } } } },
  }, async (req) => ({ items: await listIssues(db, (req.query as { limit?: number }).limit ?? 100) }));

  app.get('/api/briefings/:id', {
    schema: {
      tags: ['briefings'], summary: 'One briefing: its data (stories, relations, sources) and its Markdown and text renderings',
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] }, response: { 404: errorSchema },
    },
  }, async (req, reply) => {
    const i = await getIssue(db, (req.params as { id: string }).id);
    if (!i) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no briefing with this id' });
    return { id: i.id, since: i.since, until: i.until, composedAt: i.composedAt, sendFinishedAt: i.sendFinishedAt, data: i.data, markdown: i.markdown, text: i.text };
  });

  app.get('/api/stats', { schema: { tags: ['articles'], summary: 'What the store holds' } }, async () =>
    ctx.cache.get('stats', async () => {
      const r = await db.get<{ articles: number; first: string | null; last: string | null }>('SELECT COUNT(*) AS articles, MIN(published) AS first, MAX(published) AS last FROM articles');
      const e = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM article_events');
      const q = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM article_quotes');
      return { articles: Number(r?.articles ?? 0), events: Number(e?.n ?? 0), quotes: Number(q?.n ?? 0), firstPublished: r?.first ?? null, lastPublished: r?.last ?? null };
    }));

}

function pairOf(p: { a: string; b: string }): { a: string; b: string } {
  const a = p.a.toUpperCase();
  const b = p.b.toUpperCase();
  if (a === b) throw new InputError(`a country pair needs two different countries, got ${a} twice`);
  return a < b ? { a, b } : { a: b, b: a };
}
