// Actors: the list (searchable by name) and one actor's page: who it is (names, roles), its events
// over time, what it said and what others said about it, and whom it deals with (a graph).
import type { FastifyInstance } from 'fastify';
import { html, jsonScript, qs } from '../html.ts';
import { page, pager } from '../layout.ts';
import { activePairs, actorRelations, getActor, listActors, listEvents, listQuotes, weeklyTimeline, RECENT_ARTICLES, type QuoteRow } from '../queries.ts';
import { actorHref, countryLabel, eventLine, litHref, pairHref, plural, quoteBody, sectorLabel, typeLabel, weeksTable, type WeekRow } from './common.ts';
import { addDays } from '../dates.ts';
import type { WebContext } from '../api.ts';
import { isCountry } from '../map.ts';
import { findCountry } from '../../kb/geo.ts';

const TYPES = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'EVENT'];

function quoteList(items: QuoteRow[], showSpeaker: boolean) {
  if (!items.length) return html`<p class="muted">None found.</p>`;
  return html`<ul class="quotes">${items.map((q) => html`<li>${showSpeaker ? html`<span class="who">${q.speaker?.key ? html`<a href="${actorHref(q.speaker.key)}">${q.speaker.name ?? q.speaker.key}</a>` : q.speaker?.name ?? 'unattributed'}</span> ` : ''}
${quoteBody(q, 300, q.sentence)}
<div class="source"><a href="${litHref(q.articleId, q.sentence)}">${q.article.headline ?? 'untitled'}</a> <span class="muted">${q.article.publisher ?? ''} ${q.date ?? ''}</span></div></li>`)}</ul>`;
}

/**
 * The weeks between the first and the last busy one, quiet ones included (score null): the chart's
 * mean-score line breaks there instead of drawing a trend across months without events.
 */
function everyWeek(rows: WeekRow[]): WeekRow[] {
  if (rows.length < 2) return rows;
  const byStart = new Map(rows.map((r) => [r.start, r]));
  const out: WeekRow[] = [];
  for (let w = rows[0].start; w <= rows[rows.length - 1].start && out.length < 1000; w = addDays(w, 7)) {
    out.push(byStart.get(w) ?? { start: w, events: 0, cooperation: 0, conflict: 0, score: null });
  }
  return out;
}

export function registerActorPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/actors', { schema: { hide: true } }, async (req, reply) => {
    const raw = req.query as Record<string, string | undefined>;
    const q = raw.q?.slice(0, 200) || undefined;
    const type = raw.type && TYPES.includes(raw.type) ? raw.type : undefined;
    // A code (RUS) or a name (Russia, the US); a name nobody knows is said, not silently dropped.
    const countryText = raw.country?.trim().slice(0, 100) || undefined;
    const country = countryText ? (/^[A-Za-z]{3}$/.test(countryText) && isCountry(countryText.toUpperCase()) ? countryText.toUpperCase() : findCountry(countryText) ?? undefined) : undefined;
    const offset = Math.max(0, Math.min(Number(raw.offset) || 0, 100_000));
    const f = { q, type, country, limit: 50, offset };
    // All-time counts over every entity row: worth keeping for longer than the week views.
    const list = await ctx.cache.get(`actors:${JSON.stringify(f)}`, () => listActors(ctx.db, f), 300_000);
    const params = new URLSearchParams(qs({ q, type, country }).slice(1));
    const body = html`<h1>Actors</h1>
<form class="filters" action="/actors" method="get">
<input type="search" name="q" value="${q ?? ''}" placeholder="Name" aria-label="Name">
<select name="type" aria-label="Type"><option value="">any type</option>${TYPES.map((t) => html`<option value="${t}"${t === type ? html` selected` : ''}>${typeLabel(t)}</option>`)}</select>
<input name="country" value="${countryText ?? ''}" placeholder="Country" size="12" aria-label="Country (name or code)">
<button>Filter</button></form>
${countryText && !country ? html`<p class="error">No country called “${countryText}”: the list is not filtered by country.</p>` : country ? html`<p class="muted">In ${countryLabel(country)}.</p>` : ''}
<p class="muted">${plural(list.total, 'actor')}</p>
<div class="table-scroll"><table class="list"><thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Sector</th><th>Articles</th><th>Mentions</th></tr></thead><tbody>
${list.items.map((a) => html`<tr><td><a href="${actorHref(a.key)}">${a.name}</a></td><td>${typeLabel(a.type)}</td><td>${countryLabel(a.country)}</td><td>${sectorLabel(a.sector)}</td><td>${a.articles}</td><td>${a.mentions}</td></tr>`)}
</tbody></table></div>${pager('/actors', params, offset, 50, list.total)}`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Actors', section: 'actors', body }).value);
  });

  app.get('/actors/:key', { schema: { hide: true } }, async (req, reply) => {
    const key = (req.params as { key: string }).key;
    const offset = Math.max(0, Math.min(Number((req.query as { offset?: string }).offset) || 0, 100_000));
    const a = await ctx.cache.get(`actor:${key}`, () => getActor(ctx.db, key));
    if (!a) return reply.callNotFound();
    const body = await ctx.cache.get(`actor-page:${a.key}:${offset}`, async () => {
    const [timeline, graph, events, by, about, pairs] = [
      await ctx.cache.get(`timeline:${a.key}`, () => weeklyTimeline(ctx.db, { actor: a.key, counted: true })),
      await ctx.cache.get(`graph:${a.key}:20`, () => actorRelations(ctx.db, a.key, 20)),
      await listEvents(ctx.db, { actor: a.key, limit: 20, offset }),
      await listQuotes(ctx.db, { speaker: a.key, limit: 10 }),
      await listQuotes(ctx.db, { about: a.key, limit: 10 }),
      await activePairs(ctx.db, { actor: a.key, counted: true }, 8),
    ];
    const chart = everyWeek(timeline.map((w) => ({ start: w.week, events: w.events, cooperation: w.cooperation, conflict: w.conflict, score: w.goldstein })));
      return html`<header class="actor-head">
<h1>${a.name}</h1>
<p class="muted">${typeLabel(a.type)}${a.country ? ` · ${countryLabel(a.country)}` : ''}${a.sector ? html` · ${sectorLabel(a.sector)}` : ''} · <a href="/api/actors/${encodeURIComponent(a.key)}">JSON</a></p>
<p>${plural(a.articles, 'article')} (${a.firstSeen ?? '?'} to ${a.lastSeen ?? '?'}), ${plural(a.eventsAsActor, 'event')} as actor, ${plural(a.eventsAsTarget, 'event')} as target, ${plural(a.quotesBy, 'quote')}.
${a.described ? html`No article names it as a person, body or place: it is what events and quotes call their side or speaker, and articles giving the same words about different groups are counted together here.`
    : html`<a href="/search?actor=${encodeURIComponent(a.key)}">Articles naming ${a.name}</a>`}</p>
${a.roles.length ? html`<h2>Roles</h2><ul class="tags">${a.roles.map((r) => html`<li class="tag">${r.key} <span class="muted">${r.count}</span></li>`)}</ul>` : ''}
${a.names.length > 1 ? html`<p class="muted">Also named: ${a.names.slice(1).map((n) => n.key).join(', ')}</p>` : ''}
</header>
<div class="grid">
<section class="card wide" id="timeline"><h2>Events over time</h2>
<div class="chart" id="timeline-chart" data-source="timeline-data" role="img" aria-label="weekly events of ${a.name}"></div>${jsonScript('timeline-data', chart)}
<p class="muted">Bars: cooperative (up) and conflictual (down) events per week; line: mean Goldstein score.</p>${weeksTable(chart)}</section>
<section class="card" id="relations"><h2>Relations</h2>
<div class="graph" id="actor-graph" role="img" aria-label="relations of ${a.name}"></div>${jsonScript('actor-graph-data', graph)}
<p class="muted">${plural(graph.nodes.length - 1, 'related actor')}: green edges cooperate, red ones conflict, grey share articles.</p></section>
<section class="card" id="pairs"><h2>Country pairs in its events</h2>
${pairs.length ? html`<ul>${pairs.map((p) => html`<li><a href="${pairHref(p.a, p.b)}">${countryLabel(p.a)} – ${countryLabel(p.b)}</a> <span class="muted">${plural(p.count, 'event')}</span></li>`)}</ul>` : html`<p class="muted">No events between two countries.</p>`}</section>
<section class="card wide" id="events"><h2>Events (${events.total})</h2>
<ol class="events">${events.items.map((e) => eventLine(e))}</ol>${pager(actorHref(a.key), new URLSearchParams(), offset, 20, events.total)}</section>
<section class="card" id="quotes-by"><h2>Quotes by ${a.name} (${by.total})</h2>${quoteList(by.items, false)}</section>
<section class="card" id="quotes-about"><h2>Quotes about ${a.name} (${about.total})</h2>${quoteList(about.items, true)}
<p class="muted">Quotes by others naming ${a.name}, in its latest ${RECENT_ARTICLES} articles.</p></section>
</div>`;
    });
    return reply.type('text/html; charset=utf-8').send(page({ title: a.name, section: 'actors', scripts: ['graph.js', 'chart.js'], styles: ['vendor/uplot.css'], body }).value);
  });
}
