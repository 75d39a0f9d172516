// The briefings archive: every issue the briefing module composed, newest first, and one issue in
// its text form beside a link to its e-mail rendering (served alone, under a CSP that lets its
// inlined e-mail styles apply and runs no script).
import type { FastifyInstance } from 'fastify';
import { getIssue, listIssues } from '../../brief/issues.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import { articleHref, plural } from './common.ts';
import type { WebContext } from '../api.ts';

export const EMAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

function issueHref(id: string): string {
  return `/briefings/${encodeURIComponent(id)}`;
}

export function registerBriefingPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/briefings', { schema: { hide: true } }, async (_req, reply) => {
    const issues = await listIssues(ctx.db, 200);
    const body = html`<h1>Briefings</h1>
<p>Weekly briefings composed from the store. <a href="/subscribe">Subscribe</a> to receive them by e-mail.</p>
${issues.length ? html`<div class="table-scroll"><table class="list"><thead><tr><th>Issue</th><th>Period</th><th>Stories</th><th>Sent</th></tr></thead><tbody>
${issues.map((i) => html`<tr><td><a href="${issueHref(i.id)}">${i.id}</a></td><td>${i.since} to ${i.until}</td><td>${i.stories}</td><td>${i.sendFinishedAt ?? 'not sent'}</td></tr>`)}
</tbody></table></div>` : html`<p class="muted">No briefing has been composed yet (sitrep brief).</p>`}`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Briefings', section: 'briefings', body }).value);
  });

  app.get('/briefings/:id', { schema: { hide: true } }, async (req, reply) => {
    const issue = await getIssue(ctx.db, (req.params as { id: string }).id);
    if (!issue) return reply.callNotFound();
    const d = issue.data;
    const body = html`<h1>Briefing ${issue.id}</h1>
<p class="muted">${issue.since} to ${issue.until} · composed ${issue.composedAt} · ${plural(d.stories.length, 'story', 'stories')} ·
<a href="${issueHref(issue.id)}/email">as e-mailed</a> · <a href="/api/briefings/${encodeURIComponent(issue.id)}">JSON</a></p>
<section class="briefing">
${d.stories.map((s, i) => html`<article class="card brief-story"><h2>${i + 1}. ${s.headline ? html`<a href="${articleHref(s.headline.source.articleId)}">${s.headline.text}</a>` : 'Untitled story'}</h2>
<p class="muted">${plural(s.articles, 'article')} from ${s.publishers.join(', ')}</p>
${s.summary.map((p) => html`<p>${p.text} <a class="src" href="${articleHref(p.source.articleId)}">[${p.source.publisher ?? 'source'}]</a></p>`)}
${s.quote ? html`<blockquote>${s.quote.direct ? html`“${s.quote.text}”` : s.quote.text} — ${s.quote.speaker}</blockquote>` : ''}</article>`)}
</section>
<details><summary>Plain text</summary><pre class="brief-text">${issue.text}</pre></details>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: `Briefing ${issue.id}`, section: 'briefings', body }).value);
  });

  app.get('/briefings/:id/email', { schema: { hide: true } }, async (req, reply) => {
    const issue = await getIssue(ctx.db, (req.params as { id: string }).id);
    if (!issue) return reply.callNotFound();
    // The renderer escaped the article text in it; this CSP also keeps any script from running.
    return reply.header('content-security-policy', EMAIL_CSP).type('text/html; charset=utf-8').send(issue.html);
  });
}
