// The briefing's web routes, for the web app to register (it owns CSRF, rate limits and layout):
//   POST /subscribe    form: email, countries, actors, eventTypes -> confirmation mail (double opt-in)
//   GET  /confirm?t=   confirms the address the signed, expiring link names
//   GET  /unsubscribe?t=  a page with one button;  POST /unsubscribe?t=  unsubscribes
//        (RFC 8058: mail clients POST "List-Unsubscribe=One-Click" to the List-Unsubscribe URL, with
//        no cookie and no CSRF token; the signed token in the URL is the authority, so the web app
//        must let this POST through its CSRF check: the route carries config.csrf = false)
// The answers never tell whether an address is subscribed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../store/db.ts';
import { isInputError, oneLine } from '../model/errors.ts';
import { loadConfig, type BriefConfig } from './config.ts';
import { unsubscribeUrl } from './links.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { requestSubscription } from './optin.ts';
import { esc } from './render/html.ts';
import { verifyToken } from './sign.ts';
import { confirmSubscriber, unsubscribe } from './subscribers.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: the route authenticates by a signed token in its URL, not by a CSRF token. */
    csrf?: boolean;
  }
}

export interface BriefHttpOptions {
  db: Db;
  /** Defaults to loadConfig() (env and <data dir>/brief.json). */
  config?: BriefConfig;
  /** Defaults to SMTP from the config; null: subscribing answers 503. */
  mailer?: Mailer | null;
  /** Wraps a body in the site's layout; the default is a bare page. */
  page?: (title: string, bodyHtml: string) => string;
}

function barePage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`;
}

function field(body: unknown, name: string): string | string[] | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const v = (body as Record<string, unknown>)[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

function list(v: string | string[] | undefined, upper = false): string[] | undefined {
  if (v === undefined) return undefined;
  const xs = (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  return xs.length ? xs.map((s) => (upper ? s.toUpperCase() : s)) : undefined;
}

export async function briefHttp(app: FastifyInstance, opts: BriefHttpOptions): Promise<void> {
  const cfg = opts.config ?? loadConfig();
  const page = opts.page ?? barePage;
  let mailer: Mailer | null | undefined = opts.mailer;
  const getMailer = (): Mailer | null => {
    if (mailer === undefined) mailer = cfg.smtpUrl ? createMailer(cfg.smtpUrl) : null;
    return mailer;
  };
  app.addHook('onClose', async () => {
    if (opts.mailer === undefined) mailer?.close();
  });
  const send = (reply: FastifyReply, code: number, title: string, body: string) =>
    reply.code(code).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page(title, body));

  app.post('/subscribe', { schema: { hide: true } }, async (req, reply) => {
    const email = field(req.body, 'email');
    if (typeof email !== 'string' || !email.trim()) return send(reply, 400, 'Subscribe', '<h1>Subscribe</h1><p>Please give an e-mail address. <a href="/subscribe">Back</a></p>');
    const m = getMailer();
    if (!m) return send(reply, 503, 'Subscribe', '<h1>Subscribe</h1><p>Subscriptions are not available: this server cannot send mail.</p>');
    const filters = { countries: list(field(req.body, 'countries'), true), actors: list(field(req.body, 'actors')), eventTypes: list(field(req.body, 'eventTypes'), true) };
    try {
      await requestSubscription(opts.db, cfg, m, email, filters);
    } catch (e) {
      if (isInputError(e)) return send(reply, 400, 'Subscribe', `<h1>Subscribe</h1><p>${esc(oneLine(e))}. <a href="/subscribe">Back</a></p>`);
      req.log.warn({ err: oneLine(e) }, 'confirmation mail failed');
      return send(reply, 503, 'Subscribe', '<h1>Subscribe</h1><p>The confirmation mail could not be sent just now. Please try again later.</p>');
    }
    // The same answer whether the address was new, pending or already confirmed.
    return send(reply, 200, 'Check your inbox', `<h1>Check your inbox</h1><p>If ${esc(email.trim())} can receive ${esc(cfg.title)}, a mail with a confirmation link is on its way. The link works for 48 hours.</p>`);
  });

  const token = (req: FastifyRequest): string => {
    const t = (req.query as Record<string, unknown>)?.t;
    return typeof t === 'string' ? t : '';
  };

  app.get('/confirm', { schema: { hide: true } }, async (req, reply) => {
    const v = verifyToken(cfg.secret, 'confirm', token(req));
    if (!v.ok) {
      return v.reason === 'expired'
        ? send(reply, 410, 'Link expired', '<h1>This link has expired</h1><p>Confirmation links work for 48 hours. <a href="/subscribe">Subscribe again</a> to get a new one.</p>')
        : send(reply, 400, 'Invalid link', '<h1>This link is not valid</h1><p>Please use the link from the mail exactly as it came.</p>');
    }
    const s = await confirmSubscriber(opts.db, v.subscriberId, v.email);
    if (!s) return send(reply, 404, 'Not found', '<h1>Nothing to confirm</h1><p>This subscription no longer exists, or it was cancelled. <a href="/subscribe">Subscribe again</a>.</p>');
    return send(reply, 200, 'Subscribed', `<h1>You are subscribed</h1><p>${esc(cfg.title)} will come to ${esc(s.email)} every week. Every mail has a one-click unsubscribe link, or <a href="${esc(unsubscribeUrl(cfg, s.id, s.email))}">unsubscribe now</a>.</p>`);
  });

  app.get('/unsubscribe', { schema: { hide: true } }, async (req, reply) => {
    const t = token(req);
    const v = verifyToken(cfg.secret, 'unsubscribe', t);
    if (!v.ok) return send(reply, 400, 'Invalid link', '<h1>This link is not valid</h1><p>Please use the unsubscribe link from the mail exactly as it came.</p>');
    // GET only shows the button: link scanners that fetch every URL in a mail must not unsubscribe anyone.
    const csrf = typeof (reply as { generateCsrf?: () => string }).generateCsrf === 'function' ? (reply as unknown as { generateCsrf: () => string }).generateCsrf() : null;
    return send(reply, 200, 'Unsubscribe', `<h1>Unsubscribe</h1><p>Stop sending ${esc(cfg.title)} to ${esc(v.email)}?</p><form method="post" action="/unsubscribe?t=${esc(encodeURIComponent(t))}">${csrf ? `<input type="hidden" name="_csrf" value="${esc(csrf)}">` : ''}<button type="submit">Unsubscribe</button></form>`);
  });

  app.post('/unsubscribe', { schema: { hide: true }, config: { csrf: false } }, async (req, reply) => {
    const v = verifyToken(cfg.secret, 'unsubscribe', token(req));
    if (!v.ok) return send(reply, 400, 'Invalid link', '<h1>This link is not valid</h1>');
    await unsubscribe(opts.db, v.subscriberId, v.email);
    // Done also when it already was: one-click senders retry, and the answer must not reveal state.
    return send(reply, 200, 'Unsubscribed', `<h1>You are unsubscribed</h1><p>${esc(v.email)} will receive no more ${esc(cfg.title)} mails. <a href="/subscribe">Changed your mind?</a></p>`);
  });
}
