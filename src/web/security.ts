// What keeps hostile article text and hostile clients from harming readers and the store:
// a strict Content-Security-Policy (no inline script or style), CSRF tokens on every form post,
// a bearer token on write endpoints, a rate limit on subscribing, and errors without stack traces.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import { isInputError, oneLine } from '../model/errors.ts';
import { tokenMatches } from './token.ts';
import { errorPage } from './layout.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Route changes stored data: needs the API token. */
    write?: boolean;
    /** false: the route authenticates by a signed token in its URL, not by a CSRF token (one-click unsubscribe). */
    csrf?: boolean;
  }
}

export interface SecurityOptions {
  apiToken: string;
  /** Subscribe attempts allowed per client address per minute. */
  subscribePerMinute: number;
}

export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  manifestSrc: ["'self'"],
};

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // The pages load nothing from other origins, so cross-origin isolation costs nothing.
    crossOriginEmbedderPolicy: true,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'sitrep_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: false },
  });

  // Before rate-limit registers its own onRoute hook, so the config below is seen by it.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('POST') && /\/subscribe$/.test(route.url)) {
      route.config = { ...(route.config ?? {}), rateLimit: { max: opts.subscribePerMinute, timeWindow: '1 minute' } } as typeof route.config;
    }
  });
  await app.register(rateLimit, {
    global: false,
    // Thrown as an error, so the error handler answers it like any other (JSON or page).
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`too many requests: try again in ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: ctx.statusCode }),
  });

  // A browser can post a form (or text/plain) to us from any site without a preflight: every such
  // request must carry the CSRF token of a page we rendered. JSON requests need a preflight, which we never grant.
  app.addHook('preValidation', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return done();
    const type = req.headers['content-type'] ?? '';
    if (!FORM_TYPES.test(type) || req.routeOptions.config?.csrf === false) return done();
    app.csrfProtection(req, reply, done);
  });

  app.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.config?.write && !tokenMatches(req.headers.authorization, opts.apiToken)) {
      reply.header('www-authenticate', 'Bearer realm="sitrep"');
      return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'this endpoint changes data: send Authorization: Bearer <API token>' });
    }
  });

  app.setErrorHandler((err: unknown, req, reply) => sendError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    const msg = `no such page: ${req.url.split('?')[0]}`;
    if (wantsJson(req)) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: msg });
    return reply.code(404).type('text/html; charset=utf-8').send(errorPage(404, msg).value);
  });
}

function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/') || !(req.headers.accept ?? '').includes('text/html');
}

interface HttpishError { statusCode?: number; validation?: unknown; code?: string; message?: string }

function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const e = (err ?? {}) as HttpishError;
  let status = isInputError(err) ? (err.exitCode === 2 ? 400 : 500) : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status < 400 || status > 599) status = 500;
  // Client mistakes get their message (one line); our failures get a generic one and go to the log.
  let message: string;
  if (status < 500) {
    message = oneLine(err).slice(0, 300);
    if (e.code === 'FST_CSRF_MISSING_SECRET' || e.code === 'FST_CSRF_INVALID_TOKEN') message = 'the form has expired: reload the page and try again';
  } else {
    req.log.error({ err }, 'request failed');
    message = isInputError(err) ? oneLine(err) : 'internal error: the server log has the details';
  }
  const name = status === 400 ? 'Bad Request' : status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : status === 429 ? 'Too Many Requests' : status < 500 ? 'Client Error' : 'Internal Server Error';
  if (wantsJson(req)) return reply.code(status).type('application/json; charset=utf-8').send({ statusCode: status, error: name, message });
  return reply.code(status).type('text/html; charset=utf-8').send(errorPage(status, message).value);
}
