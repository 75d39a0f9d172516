// The briefings archive: every issue the briefing module composed, newest first, and one issue in
// its text form beside a link to its e-mail rendering (served alone, under a CSP that lets its
// inlined e-mail styles apply and runs no script).
import type { FastifyInstance } from 'fastify';
import { composeFromStore, getIssue, listIssues } from '../../brief/issues.ts';
import { DEFAULT_TITLE } from '../../brief/config.ts';
import { weekPeriod } from '../../brief/week.ts';
import { isWeek } from '../../corpus/weeks.ts';
import { html, type Html } from '../html.ts';
import type { Briefing, Sourced } from '../../brief/model.ts';
import { page } from '../layout.ts';
import { articleHref, litHref, pairHref, plural } from './common.ts';
import type { WebContext } from '../api.ts';

export const EMAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** A briefing sentence's source: the article, opened with that sentence lit (as the e-mail links it). */
function sourceLink(x: Sourced): Html {
  const s = x.source;
  return html`<a class="src" href="${litHref(s.articleId, s)}" title="${s.title ?? 'source article'}">[${s.publisher ?? 'source'}]</a>`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** "2026-11-29 18:23 UTC" for a stored ISO timestamp, as the rest of the site writes days. */
export function timestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

function issueHref(id: string): string {
  return `/briefings/${encodeURIComponent(id)}`;
}

/** A briefing's stories, the relations that moved and what is coming, as the site shows them. */
function issueSections(d: Briefing): Html {
  return html`<section class="briefing">
${d.stories.map((s, i) => html`<article class="card brief-story"><h2>${i + 1}. ${s.headline ? html`<a href="${articleHref(s.headline.source.articleId)}">${s.headline.text}</a>` : 'Untitled story'}</h2>
<p class="muted">${plural(s.articles, 'article')} from ${s.publishers.join(', ')}</p>
${s.summary.map((p) => html`<p>${p.text} ${sourceLink(p)}</p>`)}
${s.quote ? html`<blockquote>${s.quote.direct ? html`“${s.quote.text}”` : s.quote.text}${s.quote.named ? '' : html` — ${s.quote.speaker}`} ${sourceLink(s.quote.sentence)}</blockquote>` : ''}</article>`)}
</section>
${d.relations.length ? html`<section class="card brief-relations" id="relations"><h2>Relations that moved</h2>
<p class="muted">Mean cooperation–conflict score of the week's events between two countries (−10 conflict … +10 cooperation) against the ${plural(d.baselineWeeks, 'week')} before.</p>
<ul>${d.relations.map((r) => html`<li><a href="${pairHref(r.a, r.b)}">${r.aName} – ${r.bName}</a>: ${signed(r.score)} in this period${r.baseline === null ? ', no events before' : html`, ${signed(r.baseline)} before (${signed(r.shift)})`}, ${plural(r.events, 'event')}
${r.behind.length ? html`<ul class="behind">${r.behind.map((e) => html`<li>${e.sentence.text} ${sourceLink(e.sentence)}</li>`)}</ul>` : ''}</li>`)}</ul></section>` : ''}
${d.coming.length ? html`<section class="card brief-coming" id="coming"><h2>Coming up</h2><ul>${d.coming.map((e) => html`<li>${e.date ? html`<span class="muted">${e.when ?? e.date}</span> ` : ''}${e.sentence.text} ${sourceLink(e.sentence)}</li>`)}</ul></section>` : ''}`;
}

export function registerBriefingPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/briefings', { schema: { hide: true } }, async (_req, reply) => {
    const issues = await listIssues(ctx.db, 200);
    const body = html`<h1>Briefings</h1>
<p>Weekly briefings composed from the store. <a href="/subscribe">Subscribe</a> to receive them by e-mail.</p>
${issues.length ? html`<div class="table-scroll"><table class="list"><thead><tr><th>Issue</th><th>Period</th><th>Stories</th><th>Sent</th></tr></thead><tbody>
${issues.map((i) => html`<tr><td><a href="${issueHref(i.id)}">${i.id}</a></td><td>${i.since} to ${i.until}</td><td>${i.stories}</td><td>${i.sendFinishedAt ? timestamp(i.sendFinishedAt) : 'not sent'}</td></tr>`)}
</tbody></table></div>` : html`<p class="muted">No briefing has been composed yet (sitrep brief).</p>`}`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Briefings', section: 'briefings', body }).value);
  });

  app.get('/briefings/:id', { schema: { hide: true } }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const issue = await getIssue(ctx.db, id);
    if (!issue) {
      // A week not archived (not sent, nor yet composed by the schedule) is composed now, as a preview.
      const period = isWeek(id) ? weekPeriod(id) : null;
      if (!period) return reply.callNotFound();
      const d = await ctx.cache.get(`brief-preview:${period.id}`, () => composeFromStore(ctx.db, period, ctx.briefTitle ?? DEFAULT_TITLE));
      const body = html`<h1>Briefing ${period.id}</h1>
<p class="muted">${period.since} to ${period.until} · ${plural(d.stories.length, 'story', 'stories')} ·
a preview composed from the store as it is now; this week has not been archived or sent.</p>
${issueSections(d)}`;
      return reply.type('text/html; charset=utf-8').send(page({ title: `Briefing ${period.id}`, section: 'briefings', body }).value);
    }
    const d = issue.data;
    const body = html`<h1>Briefing ${issue.id}</h1>
<p class="muted">${issue.since} to ${issue.until} · composed ${timestamp(issue.composedAt)} · ${plural(d.stories.length, 'story', 'stories')} ·
<a href="${issueHref(issue.id)}/email">as e-mailed</a> · <a href="/api/briefings/${encodeURIComponent(issue.id)}">JSON</a></p>
${issueSections(d)}
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
