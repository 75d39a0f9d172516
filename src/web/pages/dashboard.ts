// The dashboard: one week at a glance (the newest week in the store unless ?week= names a day):
// top stories, event counts by type, a world map of events, the most active country pairs.
import type { FastifyInstance } from 'fastify';
import { html, jsonScript, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { activePairs, eventCountsByCountry, eventCountsByType, eventPlaces, latestDay, pairGraph } from '../queries.ts';
import { search } from '../search.ts';
import { addDays, isDay, weekOf, type Week } from '../dates.ts';
import { worldMap } from '../map.ts';
import { isoWeek } from '../../corpus/weeks.ts';
import { articleHref, barChart, countryLabel, eventClass, pairHref, plural } from './common.ts';
import type { WebContext } from '../api.ts';
import { topStoriesSection } from './stories.ts';

/** No "next week" past the newest article: that only leads to empty weeks. */
function nextWeek(week: Week, latest: string | null): Html {
  if (!latest || week.until < latest) return html`<a href="/?week=${addDays(week.since, 7)}">next week →</a>`;
  return week.since <= latest ? html`<span class="muted">the newest week in the store</span>` : html`<a href="/">back to the newest week</a>`;
}

export function registerDashboard(app: FastifyInstance, ctx: WebContext): void {
  app.get('/', { schema: { hide: true } }, async (req, reply) => {
    const q = req.query as { week?: string };
    const latestStored = await ctx.cache.get('latest', () => latestDay(ctx.db));
    if (latestStored === null && !(await ctx.db.get('SELECT 1 AS x FROM articles LIMIT 1'))) {
      // An empty store: say how to fill it rather than draw a week of empty charts.
      const body = html`<h1>Dashboard</h1><section class="card empty-store"><h2>No articles yet</h2>
<p>This store holds no articles. Add some with <code>sitrep ingest FILE|URL|FEED</code>, follow feeds with
<code>sitrep feeds add URL</code> and <code>sitrep watch</code>, or post to <a href="/api/docs">the API</a>'s <code>/api/ingest</code> with the API token.
The dashboard then shows the newest week: its top stories, events by type, country pairs and a map.</p></section>`;
      return reply.type('text/html; charset=utf-8').send(page({ title: 'Dashboard', section: 'dashboard', body }).value);
    }
    const anchor = q.week && isDay(q.week) ? q.week : latestStored ?? new Date().toISOString().slice(0, 10);
    const week = weekOf(anchor);
    const body = await ctx.cache.get(`dashboard:${week.since}`, async () => {
      const f = { since: week.since, until: week.until, counted: true };
      const [types, countries, places, pairs, latest, stories] = [
        await eventCountsByType(ctx.db, f), await eventCountsByCountry(ctx.db, f), await eventPlaces(ctx.db, f),
        await activePairs(ctx.db, f, 12), await search(ctx.db, { since: week.since, until: week.until, limit: 8, noFacets: true }), await topStoriesSection(ctx, week),
      ];
      const total = types.reduce((s, t) => s + t.count, 0);
      return html`<section class="week-head">
<h1>Week of ${week.since} to ${week.until}</h1>
<nav class="week-nav"><a href="/?week=${addDays(week.since, -7)}">← previous week</a> ${nextWeek(week, latestStored)} <a href="/briefings/${isoWeek(week.since)}">the week's briefing</a></nav>
<p class="muted">${plural(latest.total, 'article')} published; ${plural(total, 'event')} dated in the week, each counted once however many outlets ran it, none hypothetical or denied.</p>
</section>
<div class="grid">
<section class="card wide" id="stories"><h2>Top stories</h2>${stories}</section>
<section class="card" id="event-types"><h2>Events by type</h2>
${barChart(types.map((t) => ({ ...t, cls: eventClass(t.key), href: `/search?eventType=${t.key}&since=${week.since}&until=${week.until}` })), { label: 'events by PLOVER type' })}</section>
<section class="card" id="pairs"><h2>Most active country pairs</h2>
<div class="graph" id="pair-graph" role="img" aria-label="graph of the most active country pairs"></div>
${jsonScript('pair-graph-data', pairGraph(pairs))}
${pairs.length ? html`<div class="table-scroll"><table class="pairs"><thead><tr><th>Pair</th><th>Events</th><th>Coop.</th><th>Conflict</th></tr></thead><tbody>
${pairs.map((p) => html`<tr><td><a href="${pairHref(p.a, p.b)}">${countryLabel(p.a)} – ${countryLabel(p.b)}</a></td><td>${p.count}</td><td>${p.cooperation}</td><td>${p.conflict}</td></tr>`)}
</tbody></table></div>` : html`<p class="muted">No events between two countries this week.</p>`}</section>
<section class="card wide" id="map"><h2>Where events happened</h2>${worldMap(countries, places)}
<p class="muted">${plural(countries.length, 'country', 'countries')} with events; dots are ${plural(places.length, 'located place')}.</p></section>
<section class="card wide" id="latest"><h2>Latest articles</h2><ul class="articles">
${latest.items.map((a) => html`<li><a href="${articleHref(a.id)}">${a.headline ?? 'untitled'}</a> <span class="muted">${a.publisher ?? ''} ${a.published ?? ''}</span></li>`)}
</ul><p><a href="/search?since=${week.since}&until=${week.until}">All ${plural(latest.total, 'article')} of the week</a></p></section>
</div>`;
    });
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Dashboard', section: 'dashboard', scripts: ['graph.js'], body }).value);
  });
}
