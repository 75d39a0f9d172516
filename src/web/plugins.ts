// Routes other modules add to the web server, sharing its security (CSRF, rate limits, errors).
import type { FastifyInstance } from 'fastify';
import type { WebContext } from './api.ts';

export type WebPlugin = (app: FastifyInstance, ctx: WebContext) => Promise<void>;

export async function webPlugins(_o: { dataDir: string }): Promise<WebPlugin[]> {
  return [];
}
