// Country pairs: the most active ones, and one pair's cooperation–conflict chart over time; clicking a
// week in the chart lists the events behind that point.
import type { FastifyInstance } from 'fastify';
import { dyadTimeline } from '../../corpus/actors.ts';
import { weekStart } from '../../corpus/weeks.ts';
import { html, jsonScript } from '../html.ts';
import { addDays } from '../dates.ts';
import { page, pager } from '../layout.ts';
import { activePairs, listEvents } from '../queries.ts';
import { countryLabel, eventLine, pairHref, plural, weeksTable } from './common.ts';
import { isCountry } from '../map.ts';
import type { WebContext } from '../api.ts';

async function span(ctx: WebContext): Promise<{ first: string | null; last: string | null }> {
  return ctx.cache.get('span', async () => {
    const r = await ctx.db.get<{ first: string | null; last: string | null }>('SELECT MIN(published) AS first, MAX(published) AS last FROM articles');
    return { first: r?.first ?? null, last: r?.last ?? null };
  });
}

export function registerPairPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/pairs', { schema: { hide: true } }, async (_req, reply) => {
    const pairs = await ctx.cache.get('pairs:all', () => activePairs(ctx.db, { counted: true }, 50), 300_000);
    const body = html`<h1>Country pairs</h1><p class="muted">Pairs of countries by the number of events between them, all time.</p>
<div class="table-scroll"><table class="list"><thead><tr><th>Pair</th><th>Events</th><th>Cooperation</th><th>Conflict</th></tr></thead><tbody>
${pairs.map((p) => html`<tr><td><a href="${pairHref(p.a, p.b)}">${countryLabel(p.a)} – ${countryLabel(p.b)}</a></td><td>${p.count}</td><td>${p.cooperation}</td><td>${p.conflict}</td></tr>`)}
</tbody></table></div>${pairs.length ? '' : html`<p class="muted">No events between two countries yet.</p>`}`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Country pairs', section: 'pairs', body }).value);
  });

  app.get('/pairs/:a/:b', { schema: { hide: true } }, async (req, reply) => {
    const p = req.params as { a: string; b: string };
    if (!/^[A-Za-z]{3}$/.test(p.a) || !/^[A-Za-z]{3}$/.test(p.b) || p.a.toUpperCase() === p.b.toUpperCase()) return reply.callNotFound();
    const [a, b] = [p.a.toUpperCase(), p.b.toUpperCase()].sort();
    if (!isCountry(a) || !isCountry(b)) return reply.callNotFound();
    const offset = Math.max(0, Math.min(Number((req.query as { offset?: string }).offset) || 0, 100_000));
    const { first, last } = await span(ctx);
    // An event counts on its own date when that is up to a month before its report: the first
    // article's events may fall in the weeks before it.
    const timeline = await ctx.cache.get(`dyad:${a}:${b}`, () => dyadTimeline(ctx.db, a, b, { since: first ? addDays(first.slice(0, 10), -31) : undefined, until: last ?? undefined }));
    const events = await ctx.cache.get(`pair-events:${a}:${b}:${offset}`, () => listEvents(ctx.db, { pair: [a, b], counted: true, limit: 20, offset }));
    // Weeks before the pair's first event are empty: start the chart at the first one.
    const firstBusy = timeline.weeks.findIndex((w) => w.events > 0);
    const weeks = firstBusy < 0 ? [] : timeline.weeks.slice(firstBusy);
    const chart = weeks.map((w) => ({ start: weekStart(w.week), week: w.week, events: w.events, cooperation: w.cooperation, conflict: w.conflict, score: w.score }));
    const body = html`<h1>${countryLabel(a)} – ${countryLabel(b)}</h1>
<p class="muted">${plural(timeline.totals.events, 'event')} between them${timeline.totals.score !== null ? `, mean Goldstein score ${timeline.totals.score}` : ''} (−10 conflict … +10 cooperation).</p>
<div class="grid">
<section class="card wide" id="timeline"><h2>Cooperation and conflict by week</h2>
<div class="chart" id="pair-chart" role="img" data-source="pair-data" data-pair="${a}-${b}" aria-label="weekly cooperation and conflict between ${countryLabel(a)} and ${countryLabel(b)}"></div>${jsonScript('pair-data', chart)}
<p class="muted">Bars: cooperative (up) and conflictual (down) events per week; line: mean Goldstein score. Click a week to list its events.</p>${weeksTable(chart)}
<div id="week-events" aria-live="polite"></div></section>
<section class="card wide" id="events"><h2>Events (${events.total})</h2>
<ol class="events">${events.items.map((e) => eventLine(e))}</ol>${pager(pairHref(a, b), new URLSearchParams(), offset, 20, events.total)}</section>
</div>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: `${countryLabel(a)} – ${countryLabel(b)}`, section: 'pairs', scripts: ['chart.js'], styles: ['vendor/uplot.css'], body }).value);
  });
}
