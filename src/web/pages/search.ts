// The search page: words and filters in, ranked articles with highlighted hits out, and facets
// (publisher, country, event type, actor) that narrow the search by one click.
import type { FastifyInstance } from 'fastify';
import { html, type Html } from '../html.ts';
import { page, pager } from '../layout.ts';
import { search } from '../search.ts';
import { actorNames } from '../queries.ts';
import { lenientFilter } from '../params.ts';
import { articleHref, countryLabel, markedSnippet, plural } from './common.ts';
import type { WebContext } from '../api.ts';

const KEYS = ['q', 'since', 'until', 'publisher', 'country', 'actor', 'eventType', 'status'] as const;
type Key = (typeof KEYS)[number];
const CHIP_LABEL: Record<Key, string> = { q: 'words', since: 'from', until: 'to', publisher: 'publisher', country: 'country', actor: 'actor', eventType: 'event type', status: 'status' };

export function registerSearchPage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/search', { schema: { hide: true } }, async (req, reply) => {
    const raw = req.query as Record<string, unknown>;
    const f = lenientFilter(raw);
    const state: Partial<Record<Key, string>> = {
      q: typeof raw.q === 'string' ? raw.q.slice(0, 500) : undefined,
      publisher: typeof raw.publisher === 'string' && raw.publisher ? raw.publisher.slice(0, 200) : undefined,
      since: f.since, until: f.until, country: f.country, actor: f.actor, eventType: f.eventType, status: f.status,
    };
    const offset = f.offset ?? 0;
    const s = {
      q: state.q, since: f.since, until: f.until, publisher: state.publisher, country: f.country, actor: f.actor,
      eventTypes: f.eventType?.split(','), statuses: f.status?.split(','), limit: 20, offset,
    };
    const r = await ctx.cache.get(`search:${JSON.stringify(s)}`, () => search(ctx.db, s));
    const params = new URLSearchParams();
    for (const k of KEYS) if (state[k]) params.set(k, state[k]!);
    const withParam = (k: Key, v: string | null): string => {
      const p = new URLSearchParams(params);
      if (v === null) p.delete(k); else p.set(k, v);
      p.delete('offset');
      const str = p.toString();
      return `/search${str ? `?${str}` : ''}`;
    };
    const facet = (title: string, k: Key, items: Array<{ key: string; count: number; name?: string }>, label: (x: { key: string; name?: string }) => string): Html =>
      items.length ? html`<section class="facet" data-facet="${k}"><h3>${title}</h3><ul>${items.map((i) => html`<li${state[k] === i.key ? html` class="active"` : ''}><a href="${withParam(k, state[k] === i.key ? null : i.key)}">${label(i)}</a> <span class="count">${i.count}</span></li>`)}</ul></section>` : html``;
    // Chips name what they filter on: "actor: Russia", not the key "country:RUS".
    const actorName = state.actor ? (await actorNames(ctx.db, [state.actor])).get(state.actor) ?? state.actor.replace(/^name:/, '') : '';
    const chipValue = (k: Key): string => (k === 'country' ? countryLabel(state.country) : k === 'actor' ? actorName : k === 'eventType' || k === 'status' ? state[k]!.replace(/,/g, ', ') : state[k]!);
    const chips = KEYS.filter((k) => k !== 'q' && state[k]).map((k) => html`<a class="chip" href="${withParam(k, null)}" title="remove this filter" aria-label="remove the filter ${CHIP_LABEL[k]}: ${chipValue(k)}">${CHIP_LABEL[k]}: ${chipValue(k)} <span aria-hidden="true">✕</span></a>`);
    const body = html`<h1>Search</h1>
<form class="search-form" action="/search" method="get" role="search">
<input type="search" name="q" value="${state.q ?? ''}" placeholder="words or &quot;a phrase&quot;" aria-label="Search words" autofocus>
${KEYS.filter((k) => k !== 'q' && state[k] && k !== 'since' && k !== 'until').map((k) => html`<input type="hidden" name="${k}" value="${state[k]}">`)}
<label>from <input type="date" name="since" value="${state.since ?? ''}"></label>
<label>to <input type="date" name="until" value="${state.until ?? ''}"></label>
<button>Search</button></form>
${chips.length ? html`<p class="chips">${chips}</p>` : ''}
<div class="search-layout">
<aside class="facets" aria-label="narrow the search">
${r.facetBasis !== undefined && r.facetBasis < r.total && r.items.length ? html`<p class="muted facet-basis">Counted over the best ${r.facetBasis} of the ${r.total} matches.</p>` : ''}
${facet('Publisher', 'publisher', r.facets?.publisher ?? [], (x) => x.key)}
${facet('Country', 'country', r.facets?.country ?? [], (x) => countryLabel(x.key))}
${facet('Event type', 'eventType', r.facets?.eventType ?? [], (x) => x.key)}
${facet('Actor', 'actor', r.facets?.actor ?? [], (x) => x.name ?? x.key)}
</aside>
<section class="results">
<p class="muted" id="result-count">${plural(r.total, 'article')}${state.q ? html` matching “${state.q}”` : ''}</p>
${r.total === 0 ? html`<p class="empty">No article matches${state.q ? html` “${state.q}”` : ''}${chips.length ? ' with these filters' : ''}. ${chips.length ? 'Remove a filter above, or try' : 'Try'} fewer or other words; a phrase in quotation marks must appear as written.</p>` : ''}
<ol class="hits">${r.items.map((h) => html`<li class="hit"><a class="hit-title" href="${articleHref(h.id)}">${h.titleMarked ? markedSnippet(h.titleMarked) : h.headline ?? 'untitled'}</a>
<div class="muted">${[h.publisher, h.published ?? 'undated', plural(h.eventCount, 'event'), plural(h.quoteCount, 'quote')].filter(Boolean).join(' · ')}</div>
<p class="snippet">${markedSnippet(h.snippet)}</p></li>`)}</ol>
${pager('/search', params, offset, 20, r.total)}
</section></div>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: state.q ? `Search: ${state.q}` : 'Search', section: 'search', body }).value);
  });
}
