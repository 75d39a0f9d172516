// Every server-rendered page.
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../api.ts';
import { registerDashboard } from './dashboard.ts';
import { registerSearchPage } from './search.ts';
import { registerArticlePage } from './article.ts';
import { registerActorPages } from './actors.ts';
import { registerPairPages } from './pairs.ts';
import { registerStoryPages } from './stories.ts';
import { registerBriefingPages } from './briefings.ts';
import { registerSubscribePage } from './subscribe.ts';

export async function registerPages(app: FastifyInstance, ctx: WebContext): Promise<void> {
  registerDashboard(app, ctx);
  registerSearchPage(app, ctx);
  registerArticlePage(app, ctx);
  registerActorPages(app, ctx);
  registerPairPages(app, ctx);
  registerStoryPages(app, ctx);
  registerBriefingPages(app, ctx);
  registerSubscribePage(app, ctx);
}
