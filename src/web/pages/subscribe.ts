// The subscribe form. It posts to /subscribe, which the briefing module handles (double opt-in by
// e-mail); the form carries a CSRF token and the route is rate limited (see security.ts).
import type { FastifyInstance } from 'fastify';
import { PLOVER_TYPES } from '../../model/analysis.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import type { WebContext } from '../api.ts';

export function registerSubscribePage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/subscribe', { schema: { hide: true } }, async (_req, reply) => {
    if (ctx.canSendMail && !ctx.canSendMail()) {
      const body = html`<h1>Subscribe to the weekly briefing</h1>
<p class="notice">This server cannot send e-mail yet, so it cannot take subscriptions: its operator sets
<code>SITREP_SMTP_URL</code> (or <code>smtpUrl</code> in the data directory's <code>brief.json</code>) and restarts it.</p>
<p>Meanwhile every briefing is on the site: see <a href="/briefings">Briefings</a>.</p>`;
      return reply.type('text/html; charset=utf-8').send(page({ title: 'Subscribe', section: 'subscribe', body }).value);
    }
    const token = reply.generateCsrf();
    const body = html`<h1>Subscribe to the weekly briefing</h1>
<p>Each week: the top stories, what changed between countries, and the quotes that mattered, every sentence linked to its source.
We send one e-mail to confirm the address; nothing is sent before you click its link.</p>
<form class="subscribe" action="/subscribe" method="post">
<input type="hidden" name="_csrf" value="${token}">
<label>E-mail address <input type="email" name="email" required maxlength="254" autocomplete="email"></label>
<fieldset><legend>Only about (optional)</legend>
<label>Countries <input name="countries" placeholder="USA, RUS" maxlength="200"></label>
<label>Actors <input name="actors" placeholder="Vladimir Putin" maxlength="300"></label>
<label>Event types <select name="eventTypes" multiple size="4">${PLOVER_TYPES.map((t) => html`<option>${t}</option>`)}</select></label>
</fieldset>
<button>Subscribe</button>
</form>
<p class="muted">Every e-mail has a one-click unsubscribe link.</p>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Subscribe', section: 'subscribe', body }).value);
  });
}
