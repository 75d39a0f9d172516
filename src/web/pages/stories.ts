// Stories (the corpus layer's clusters of articles about one thing): the week's top stories, and one
// story with its articles, the days it ran and the events its articles report.
import type { FastifyInstance } from 'fastify';
import { topStories, getStory, type StorySummary } from '../../corpus/storyQueries.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { addDays, isDay, weekOf, type Week } from '../dates.ts';
import { actorNames, latestDay, listEvents, type EventRow } from '../queries.ts';
import { actorHref, articleHref, barChart, eventLine, plural } from './common.ts';
import type { WebContext } from '../api.ts';

function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

function actorTags(keys: string[], names: Map<string, string>): Html {
  if (!keys.length) return html``;
  return html`<div class="tags">${keys.map((k) => html`<a class="tag" href="${actorHref(k)}">${names.get(k) ?? k.replace(/^name:/, '')}</a>`)}</div>`;
}

function storyItem(s: StorySummary, names: Map<string, string>): Html {
  const trend = s.growth.last7 > s.growth.previous7 ? 'growing' : s.growth.last7 < s.growth.previous7 ? 'fading' : 'steady';
  return html`<li class="story"><a href="${storyHref(s.id)}">${s.label ?? 'untitled story'}</a>
<span class="muted">${plural(s.inRange, 'article')} from ${plural(s.publishers, 'publisher')}${s.copies ? `, ${plural(s.copies, 'copy', 'copies')}` : ''} · <span title="articles in the 7 days before the last 7, and in the last 7 days of the period">${trend} (${s.growth.previous7} → ${s.growth.last7} articles a week)</span></span>
${actorTags(s.topActors.slice(0, 5), names)}</li>`;
}

export async function topStoriesSection(ctx: WebContext, week: Week, limit = 8): Promise<Html> {
  const stories = await topStories(ctx.db, { since: week.since, until: week.until, limit });
  if (!stories.length) return html`<p class="muted">No stories this week.</p>`;
  const names = await actorNames(ctx.db, stories.flatMap((s) => s.topActors.slice(0, 5)));
  return html`<ol class="stories">${stories.map((s) => storyItem(s, names))}</ol><p><a href="/stories?week=${week.since}">All stories of the week</a></p>`;
}

/**
 * The story's events by date; those naming neither side ("the summit", "a deal would be reached") come last,
 * folded: they say something happened, not between whom, and in a story's timeline they are mostly clutter.
 */
function timeline(events: EventRow[]): Html {
  const sided = events.filter((e) => e.actor || e.target);
  const sideless = events.filter((e) => !e.actor && !e.target);
  return html`${sided.length ? html`<ol class="events">${sided.map((e) => eventLine(e))}</ol>` : ''}
${sideless.length ? html`<details class="sideless"><summary>${plural(sideless.length, 'event')} naming no side</summary><ol class="events">${sideless.map((e) => eventLine(e))}</ol></details>` : ''}`;
}

export function registerStoryPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/stories', { schema: { hide: true } }, async (req, reply) => {
    const q = req.query as { week?: string };
    const anchor = q.week && isDay(q.week) ? q.week : (await latestDay(ctx.db)) ?? new Date().toISOString().slice(0, 10);
    const week = weekOf(anchor);
    const body = await ctx.cache.get(`stories:${week.since}`, async () => {
    const stories = await topStories(ctx.db, { since: week.since, until: week.until, limit: 50 });
    const names = await actorNames(ctx.db, stories.flatMap((s) => s.topActors.slice(0, 5)));
    return html`<h1>Stories, week of ${week.since}</h1>
<nav class="week-nav"><a href="/stories?week=${addDays(week.since, -7)}">← previous week</a> <a href="/stories?week=${addDays(week.since, 7)}">next week →</a></nav>
${stories.length ? html`<ol class="stories">${stories.map((s) => storyItem(s, names))}</ol>` : html`<p class="muted">No stories this week.</p>`}`;
    });
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Stories', section: 'stories', body }).value);
  });

  app.get('/stories/:id', { schema: { hide: true } }, async (req, reply) => {
    const s = await getStory(ctx.db, (req.params as { id: string }).id);
    if (!s) return reply.callNotFound();
    const originals = s.articles.filter((a) => !a.duplicateOf).slice(0, 200);
    const events: EventRow[] = [];
    for (const a of originals.slice(0, 40)) events.push(...(await listEvents(ctx.db, { articleId: a.id, limit: 20 })).items);
    events.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.articleId.localeCompare(y.articleId) || x.idx - y.idx);
    const body = html`<h1>${s.label ?? 'Untitled story'}</h1>
<p class="muted">${s.firstSeen} to ${s.lastSeen} · ${plural(s.size, 'article')} from ${plural(s.publishers, 'publisher')}${s.copies ? `, ${plural(s.copies, 'copy', 'copies')}` : ''}</p>
${actorTags(s.topActors, await actorNames(ctx.db, s.topActors))}
<div class="grid">
<section class="card" id="story-days"><h2>Articles by day</h2>${barChart(s.days.map((d) => ({ key: d.day, count: d.articles + d.copies })), { label: 'articles per day' })}</section>
<section class="card" id="story-articles"><h2>Articles</h2><ul class="articles">
${s.articles.map((a) => html`<li><a href="${articleHref(a.id)}">${a.headline ?? 'untitled'}</a> <span class="muted">${a.publisher ?? ''} ${a.day}${a.duplicateOf ? ' · copy' : ''}</span></li>`)}
</ul></section>
<section class="card wide" id="story-timeline"><h2>Timeline of events</h2>
${events.length ? timeline(events) : html`<p class="muted">No events extracted from these articles.</p>`}</section>
</div>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: s.label ?? 'Story', section: 'stories', body }).value);
  });
}
