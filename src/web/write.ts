// Write endpoints (all need the API token): ingest a URL, manage feeds and subscribers.
// They call the same store and ingest functions as the command line does.
import type { FastifyInstance } from 'fastify';
import { Ingester } from '../ingest/run.ts';
import { Fetcher } from '../ingest/fetcher.ts';
import { corpusHook } from '../ingest/corpus-hook.ts';
import { addFeed, listFeeds, removeFeed } from '../store/feeds.ts';
import { listSubscribers, removeSubscriber, upsertSubscriber, type SubscriberStatus } from '../brief/subscribers.ts';
import type { WebContext } from './api.ts';
import { countryByCode } from '../kb/geo.ts';
import { PLOVER_TYPES } from '../model/analysis.ts';
import { reasonFor } from '../cli/text.ts';

const token = [{ bearer: [] }];
const filterProps = {
  countries: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]{3}$' }, maxItems: 50 },
  actors: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 50 },
  eventTypes: { type: 'array', items: { type: 'string', maxLength: 20 }, maxItems: 16 },
} as const;

/** What is wrong with a subscriber's filters (an unknown country or event type), or null: the schema checks only their shape. */
export function filterProblem(f: { countries?: string[]; eventTypes?: string[] }): string | null {
  const country = f.countries?.find((c) => !countryByCode(c));
  if (country !== undefined) return `countries: "${country}" is not an ISO 3166 alpha-3 country code (such as UKR, PRK)`;
  const type = f.eventTypes?.find((t) => !(PLOVER_TYPES as readonly string[]).includes(t.toUpperCase()));
  if (type !== undefined) return `eventTypes: "${type}" is not a PLOVER event type (${PLOVER_TYPES.join(', ')})`;
  return null;
}

export function badRequest(message: string): { statusCode: 400; error: string; message: string } {
  return { statusCode: 400, error: 'Bad Request', message };
}

export interface WriteOptions {
  /** Fetcher for ingesting URLs (tests pass one that may reach loopback). */
  fetcher?: () => Fetcher;
}

export async function registerWriteApi(app: FastifyInstance, ctx: WebContext, o: WriteOptions = {}): Promise<void> {
  const { db } = ctx;

  app.post('/api/ingest', {
    config: { write: true },
    schema: {
      tags: ['write'], summary: 'Fetch, analyse and store one page or feed URL (politely, private addresses refused)', security: token,
      body: { type: 'object', additionalProperties: false, required: ['url'], properties: { url: { type: 'string', maxLength: 2000, pattern: '^https?://' } } },
    },
  }, async (req) => {
    const { url } = req.body as { url: string };
    const fetcher = o.fetcher?.() ?? new Fetcher();
    const ingester = new Ingester({ db, fetcher, threads: 0, after: await corpusHook() });
    try {
      const s = await ingester.run([{ kind: 'url', label: url, url }]);
      ctx.cache.clear();
      return { new: s.new, updated: s.updated, duplicate: s.duplicate, failed: s.failed, failures: s.failures.map((f) => ({ input: f.input, reason: reasonFor(f.input, f.reason) })) };
    } finally {
      await ingester.close();
      await fetcher.close();
    }
  });

  app.get('/api/feeds', { config: { write: true }, schema: { tags: ['write'], summary: 'The feeds the watcher polls', security: token } }, async () => ({ items: await listFeeds(db) }));

  app.post('/api/feeds', {
    config: { write: true },
    schema: {
      tags: ['write'], summary: 'Add a feed (RSS or Atom) to poll', security: token,
      body: { type: 'object', additionalProperties: false, required: ['url'], properties: { url: { type: 'string', maxLength: 2000 }, intervalMinutes: { type: 'integer', minimum: 5, maximum: 1440 } } },
    },
  }, async (req, reply) => {
    const b = req.body as { url: string; intervalMinutes?: number };
    const r = await addFeed(db, b.url, { intervalS: b.intervalMinutes ? b.intervalMinutes * 60 : undefined });
    return reply.code(r.added ? 201 : 200).send(r);
  });

  app.delete('/api/feeds/:id', {
    config: { write: true },
    schema: { tags: ['write'], summary: 'Stop polling a feed (its articles stay)', security: token, params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } },
  }, async (req, reply) => {
    if (!(await removeFeed(db, (req.params as { id: number }).id))) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no feed with this id' });
    return { deleted: true };
  });

  app.get('/api/subscribers', {
    config: { write: true },
    schema: { tags: ['write'], summary: 'Briefing subscribers', security: token, querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: ['pending', 'confirmed', 'unsubscribed'] } } } },
  }, async (req) => ({ items: await listSubscribers(db, (req.query as { status?: SubscriberStatus }).status) }));

  app.post('/api/subscribers', {
    config: { write: true },
    schema: {
      tags: ['write'], summary: 'Add a subscriber directly, confirmed (the owner agreed some other way; the public route is POST /api/subscribe)', security: token,
      body: { type: 'object', additionalProperties: false, required: ['email'], properties: { email: { type: 'string', maxLength: 254 }, ...filterProps } },
    },
  }, async (req, reply) => {
    const { email, ...filters } = req.body as { email: string; countries?: string[]; actors?: string[]; eventTypes?: string[] };
    const problem = filterProblem(filters);
    if (problem) return reply.code(400).send(badRequest(problem));
    return reply.code(201).send(await upsertSubscriber(db, email, filters, { confirmed: true }));
  });

  app.delete('/api/subscribers/:email', {
    config: { write: true },
    schema: { tags: ['write'], summary: 'Delete a subscriber and their delivery log', security: token, params: { type: 'object', properties: { email: { type: 'string', maxLength: 254 } }, required: ['email'] } },
  }, async (req, reply) => {
    if (!(await removeSubscriber(db, (req.params as { email: string }).email))) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'not a subscriber' });
    return { deleted: true };
  });
}

export { filterProps };
