// One article: its text with entities, quotes and event triggers marked, and beside it the structure
// extracted from it. Each quote and event names the sentence it came from: clicking one lights that
// sentence up in the text (provenance).
import { leadLabel } from '../../extract/lead-label.ts';
import type { FastifyInstance } from 'fastify';
import { getArticle } from '../../store/articles.ts';
import { actorKey } from '../../store/keys.ts';
import { articleConnections } from '../../corpus/storyQueries.ts';
import type { Analysis, Entity } from '../../model/analysis.ts';
import { html, safeUrl, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { annotatedText, parseHighlight } from '../highlight.ts';
import { actorHref, articleHref, countryLabel, pairHref, plural, quoteBody, sectorLabel, typeBadge } from './common.ts';
import type { WebContext } from '../api.ts';

const TYPE_ORDER = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'EVENT'];
const TYPE_LABEL: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', GPE: 'Countries and places', NORP: 'Groups', LOC: 'Locations', FAC: 'Facilities', EVENT: 'Named events' };

function entityKey(e: Entity): string {
  return actorKey(e.kb, e.name) ?? `name:${e.id.toLowerCase()}`;
}

function entitiesPanel(a: Analysis): Html {
  const groups = TYPE_ORDER.map((t) => [t, a.entities.filter((e) => e.type === t).sort((x, y) => y.mentions.length - x.mentions.length)] as const).filter(([, l]) => l.length);
  if (!groups.length) return html`<p class="muted">No entities found.</p>`;
  return html`${groups.map(([t, list]) => html`<h3>${TYPE_LABEL[t] ?? t}</h3><ul class="entities">
${list.map((e) => html`<li class="entity" data-entity="${e.id}"><a href="${actorHref(entityKey(e))}">${e.name}</a>
<span class="muted">${e.country ? countryLabel(e.country) : ''}${e.sector ? html` · ${sectorLabel(e.sector)}` : ''} · ${plural(e.mentions.length, 'mention')}</span>
${e.roles.length ? html`<div class="roles">${e.roles.slice(0, 3).join('; ')}</div>` : ''}</li>`)}
</ul>`)}`;
}

function speakerLink(a: Analysis, q: Analysis['quotes'][number]): Html {
  if (!q.speaker) return html`<span class="muted">unattributed</span>`;
  // Joint speakers in the text's order, each to its actor: "United Kingdom, France and Germany".
  const who = [...(q.speaker.with ?? []), q.speaker];
  const links = who.map((s) => {
    const ent = s.entity ? a.entities.find((e) => e.id === s.entity) : undefined;
    const key = ent ? entityKey(ent) : actorKey(null, s.name);
    return key ? html`<a href="${actorHref(key)}">${s.name}</a>` : html`${s.name}`;
  });
  return html`${links.map((l, i) => html`${i === 0 ? '' : i === links.length - 1 ? ' and ' : ', '}${l}`)}`;
}

function quotesPanel(a: Analysis): Html {
  if (!a.quotes.length) return html`<p class="muted">No quotes found.</p>`;
  return html`<ol class="quotes">${a.quotes.map((q, i) => html`<li class="prov quote-item" tabindex="0" role="button" data-quote="${i}" data-start="${q.sentence.start}" data-end="${q.sentence.end}">
<span class="who">${speakerLink(a, q)}</span> <span class="muted">${q.cue ? `${q.cue} · ` : ''}${q.type}</span>
${quoteBody(q, 220)}</li>`)}</ol>`;
}

function eventsPanel(a: Analysis): Html {
  if (!a.events.length) return html`<p class="muted">No events found.</p>`;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const who = (x: Analysis['events'][number]['actor']): Html => {
    if (!x) return html`<span class="muted">?</span>`;
    const ent = x.entity ? byId.get(x.entity) : undefined;
    const key = ent ? entityKey(ent) : actorKey(null, x.name);
    return key ? html`<a href="${actorHref(key)}">${x.name}</a>` : html`${x.name}`;
  };
  return html`<ol class="events">${a.events.map((e, i) => {
    const ac = e.actor?.country;
    const tc = e.target?.country;
    return html`<li class="prov event-item" tabindex="0" role="button" data-event="${i}" data-start="${e.sentence.start}" data-end="${e.sentence.end}">
${typeBadge(e.type)}${e.mode ? html` <span class="muted">${e.mode}</span>` : ''} ${who(e.actor)} → ${who(e.target)}
<div class="muted">“${e.trigger.text}” · ${e.status}${e.date ? ` · ${e.date.value}` : ''}${e.location ? ` · ${e.location.name}` : ''}</div>
${ac && tc && ac !== tc ? html`<a class="pair-link" href="${pairHref(ac, tc)}">${countryLabel(ac)} – ${countryLabel(tc)} over time</a>` : ''}</li>`;
  })}</ol>`;
}


export function registerArticlePage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/articles/:id', { schema: { hide: true } }, async (req, reply) => {
    const stored = await getArticle(ctx.db, (req.params as { id: string }).id);
    if (!stored) return reply.callNotFound();
    const a = stored.analysis;
    const conn = await articleConnections(ctx.db, stored.id).catch(() => null);
    const source = stored.canonicalUrl ?? (stored.uri && /^https?:/i.test(stored.uri) ? stored.uri : null);
    // (Without a headline, the label lists show it by: its lead's first sentence.)
    const heading = a.meta.title ?? leadLabel(a.text, a.paragraphs) ?? 'Untitled article';
    const body = html`<article class="article-view">
<header class="article-head">
<h1>${heading}</h1>${a.meta.title ? '' : html`<p class="muted">No headline was found; this is the first sentence of its lead.</p>`}
<p class="muted">${a.meta.publisher ?? 'unknown publisher'} · ${a.meta.published ?? 'undated'}${a.meta.authors.length ? ` · ${a.meta.authors.join(', ')}` : ''}${a.meta.dateline ? ` · ${a.meta.dateline.text}` : ''}</p>
<p class="links">${source ? html`<a href="${safeUrl(source)}" rel="noopener noreferrer nofollow">original</a> · ` : ''}<a href="/api/articles/${encodeURIComponent(stored.id)}">analysis JSON</a>
${conn?.storyId ? html` · <a href="/stories/${encodeURIComponent(conn.storyId)}">story</a>` : ''}
${conn?.duplicateOf ? html` · copy of <a href="${articleHref(conn.duplicateOf)}">an earlier article</a>` : ''}</p>
<p class="legend"><span class="ent">entity</span> <span class="quote">quote</span> <span class="trigger">event trigger</span> <span class="muted">Click a quote or an event in the lists beside the text (below it on a narrow screen) to see its sentence.</span></p>
</header>
<div class="article-layout">
<div class="article-text" id="article-text">${annotatedText(a, parseHighlight((req.query as { hl?: unknown }).hl))}</div>
<aside class="structure">
<section id="events"><h2>Events (${a.events.length})</h2>${eventsPanel(a)}</section>
<section id="quotes"><h2>Quotes (${a.quotes.length})</h2>${quotesPanel(a)}</section>
<section id="entities"><h2>Entities (${a.entities.length})</h2>${entitiesPanel(a)}</section>
</aside>
</div>
</article>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: heading, scripts: ['article.js'], body }).value);
  });
}
