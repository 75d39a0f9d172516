// Routes other modules add to the web server, sharing its security (CSRF, rate limits, errors) and
// layout: the briefing's subscribe/confirm/unsubscribe pages, and their JSON twins under /api.
import type { FastifyInstance } from 'fastify';
import type { WebContext } from './api.ts';
import { briefHttp } from '../brief/http.ts';
import { loadConfig, type BriefConfig } from '../brief/config.ts';
import { createMailer, type Mailer } from '../brief/mailer.ts';
import { requestSubscription } from '../brief/optin.ts';
import { verifyToken } from '../brief/sign.ts';
import { unsubscribe } from '../brief/subscribers.ts';
import { isInputError, oneLine } from '../model/errors.ts';
import { page } from './layout.ts';
import { raw } from './html.ts';
import { badRequest, filterProblem, filterProps } from './write.ts';

export type WebPlugin = (app: FastifyInstance, ctx: WebContext) => Promise<void>;

export interface BriefPluginOptions {
  dataDir?: string;
  config?: BriefConfig;
  /** null: this server cannot send mail (subscribing answers 503). */
  mailer?: Mailer | null;
}

export function briefPlugin(o: BriefPluginOptions = {}): WebPlugin {
  return async (app, ctx) => {
    const config = o.config ?? loadConfig({ dataDir: o.dataDir });
    let mailer = o.mailer;
    const getMailer = (): Mailer | null => {
      if (mailer === undefined) mailer = config.smtpUrl ? createMailer(config.smtpUrl) : null;
      return mailer;
    };
    if (o.mailer === undefined) app.addHook('onClose', async () => { mailer?.close(); });
    // The subscribe page says so before anyone fills in the form.
    ctx.canSendMail = () => (o.mailer === undefined ? getMailer() : o.mailer) !== null;
    ctx.briefTitle = config.title;
    // The briefing module writes its pages' bodies (escaping what it inserts); ours is the frame.
    await briefHttp(app, { db: ctx.db, config, mailer: o.mailer === undefined ? getMailer() : o.mailer, page: (title, body) => page({ title, section: 'subscribe', body: raw(body) }).value });

    app.post('/api/subscribe', {
      schema: {
        tags: ['briefings'], summary: 'Ask for the weekly briefing: sends a confirmation mail (double opt-in). Rate limited.',
        body: { type: 'object', additionalProperties: false, required: ['email'], properties: { email: { type: 'string', maxLength: 254 }, ...filterProps } },
      },
    }, async (req, reply) => {
      const { email, ...filters } = req.body as { email: string; countries?: string[]; actors?: string[]; eventTypes?: string[] };
      const problem = filterProblem(filters);
      if (problem) return reply.code(400).send(badRequest(problem));
      const m = getMailer();
      if (!m) return reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'this server cannot send mail' });
      try {
        await requestSubscription(ctx.db, config, m, email, filters);
      } catch (e) {
        if (isInputError(e)) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: oneLine(e) });
        req.log.warn({ err: oneLine(e) }, 'confirmation mail failed');
        return reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'the confirmation mail could not be sent just now' });
      }
      // The same answer whatever the address's state, so the API does not reveal who subscribes.
      return reply.code(202).send({ accepted: true, message: 'if the address can receive mail, a confirmation link is on its way' });
    });

    app.post('/api/unsubscribe', {
      schema: {
        tags: ['briefings'], summary: 'Unsubscribe with the signed token of an unsubscribe link',
        body: { type: 'object', additionalProperties: false, required: ['token'], properties: { token: { type: 'string', maxLength: 2000 } } },
      },
    }, async (req, reply) => {
      const v = verifyToken(config.secret, 'unsubscribe', (req.body as { token: string }).token);
      if (!v.ok) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: 'this unsubscribe token is not valid' });
      await unsubscribe(ctx.db, v.subscriberId, v.email);
      return { unsubscribed: true };
    });
  };
}

export async function webPlugins(o: { dataDir: string }): Promise<WebPlugin[]> {
  return [briefPlugin({ dataDir: o.dataDir })];
}
