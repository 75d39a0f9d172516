// The web application: one fastify instance serving the JSON API (/api, OpenAPI at /api/docs), the
// server-rendered pages and their static assets, over any Db (SQLite by default, PostgreSQL alike).
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Db } from '../store/db.ts';
import { registerSecurity } from './security.ts';
import { registerAssets } from './assets.ts';
import { registerApi, type WebContext } from './api.ts';
import { registerPages } from './pages/index.ts';
import { registerWriteApi, type WriteOptions } from './write.ts';
import { TtlCache } from './cache.ts';

export interface WebOptions {
  db: Db;
  /** Bearer token the write endpoints require. */
  apiToken: string;
  /** fastify's logger option: false in tests, pino options when serving. */
  logger?: FastifyServerOptions['logger'];
  /** Subscribe attempts per client address per minute (default 5). */
  subscribePerMinute?: number;
  /** Seconds aggregate numbers may be reused for (default 10). */
  cacheSeconds?: number;
  /** Extra routes that share the server's security (the briefing's subscribe/confirm/unsubscribe). */
  plugins?: Array<(app: FastifyInstance, ctx: WebContext) => Promise<void>>;
  write?: WriteOptions;
}

export async function buildServer(opts: WebOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Query strings like ?eventType=A,B are plain strings; keep fastify's defaults otherwise.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
    bodyLimit: 1_048_576,
    trustProxy: false,
  });
  const ctx: WebContext = { db: opts.db, cache: new TtlCache((opts.cacheSeconds ?? 10) * 1000) };
  await app.register(formbody);
  await registerSecurity(app, { apiToken: opts.apiToken, subscribePerMinute: opts.subscribePerMinute ?? 5 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'sitrep API', version: '1', description: 'Articles with their analysis, search, stories, actors, events, country pairs, quotes and briefings. Write endpoints need `Authorization: Bearer <API token>`.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: false },
    // Swagger UI sets inline styles; its pages show our API description only, never article text,
    // so they alone may apply inline style. Scripts stay 'self' only.
    transformStaticCSP: (header) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
  registerAssets(app);
  await registerApi(app, ctx);
  await registerWriteApi(app, ctx, opts.write);
  await registerPages(app, ctx);
  for (const p of opts.plugins ?? []) await p(app, ctx);
  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  await app.ready();
  return app;
}
