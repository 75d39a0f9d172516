// Pieces several pages share: links to articles, actors and pairs, event badges, bar charts drawn as
// SVG on the server, and search snippets with their hits marked.
import { escapeHtml, html, raw, type Html } from '../html.ts';
import { HIT_END, HIT_START } from '../search.ts';
import { COOPERATION, type Count, type EventRow } from '../queries.ts';
import { countryName } from '../map.ts';
import { displayText } from '../../model/quote-text.ts';

/**
 * A quote as a page shows it. Only a direct quote is the speaker's own words, so only it goes in
 * quotation marks (the browser puts them round <q>); reported speech is the writer's wording and
 * reads only in its sentence, with the part reported marked: "Netanyahu's office did not respond to
 * a request for comment", not “a request for comment”. Without the sentence (the article page shows
 * the cue beside it), the reported words alone, out of quotation marks.
 */
export function quoteBody(q: { type: string; text: string; start: number; end: number }, max: number, sentence?: { start: number; text: string }): Html {
  const full = displayText(q);
  if (q.type === 'direct') return html`<q>${clip(full, max)}</q>`;
  const a = sentence ? q.start - sentence.start : -1, b = sentence ? q.end - sentence.start : -1;
  if (!sentence || a < 0 || b > sentence.text.length || a >= b) return html`<span class="reported">${clip(full, max)}</span>`;
  const before = sentence.text.slice(0, a), said = sentence.text.slice(a, b), after = sentence.text.slice(b);
  return html`<span class="reported">${before.length > max ? `…${before.slice(-max)}` : before}<mark class="said">${clip(said, max)}</mark>${clip(after, max)}</span>`;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}

/** An article opened with one stretch lit and scrolled to (a quote's or an event's sentence), as briefings link it. */
export function litHref(articleId: string, span: { start: number; end: number }): string {
  return span.end > span.start ? `${articleHref(articleId)}?hl=${span.start}-${span.end}#hl` : articleHref(articleId);
}

export function actorHref(key: string): string {
  return `/actors/${encodeURIComponent(key)}`;
}

export function pairHref(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `/pairs/${encodeURIComponent(x)}/${encodeURIComponent(y)}`;
}

export function countryLabel(code: string | null | undefined): string {
  if (!code) return '';
  return /^[A-Z]{3}$/.test(code) ? `${countryName(code)}` : code;
}

const COOP = new Set(COOPERATION);

export function eventClass(type: string): string {
  return COOP.has(type) ? 'coop' : 'conflict';
}

export function typeBadge(type: string): Html {
  return html`<span class="badge ${eventClass(type)}">${type}</span>`;
}

export function actorLink(a: { key: string | null; name: string | null; country: string | null } | null): Html {
  if (!a) return html`<span class="muted">unknown</span>`;
  const label = a.name ?? countryLabel(a.country) ?? a.key ?? '?';
  return a.key ? html`<a href="${actorHref(a.key)}">${label}</a>` : html`${label}`;
}

/** One event as a line: who did what to whom, when, with the sentence it was read from. */
export function eventLine(e: EventRow, withArticle = true): Html {
  const pair = e.actor?.country && e.target?.country && e.actor.country !== e.target.country
    ? html` <a class="pair-link" href="${pairHref(e.actor.country, e.target.country)}">${countryLabel(e.actor.country)} – ${countryLabel(e.target.country)}</a>` : '';
  return html`<li class="event ${eventClass(e.type)}">
<div class="event-head">${typeBadge(e.type)}${e.mode ? html` <span class="muted">${e.mode}</span>` : ''} ${actorLink(e.actor)} → ${actorLink(e.target)}
<span class="muted">${e.date ? `${e.date} · ` : ''}${e.status}</span>${pair}</div>
<blockquote class="sentence">${markTrigger(e.sentence.text, e.trigger.start - e.sentence.start, e.trigger.end - e.sentence.start)}</blockquote>
${withArticle ? html`<div class="source"><a href="${litHref(e.articleId, e.sentence)}">${e.article.headline ?? 'untitled'}</a> <span class="muted">${e.article.publisher ?? ''} ${e.article.published ?? ''}</span></div>` : ''}
</li>`;
}

function markTrigger(sentence: string, s: number, e: number): Html {
  if (s < 0 || e > sentence.length || s >= e) return html`${sentence}`;
  return html`${sentence.slice(0, s)}<mark class="trigger">${sentence.slice(s, e)}</mark>${sentence.slice(e)}`;
}

/** Escapes a snippet, then turns the hit markers into <mark>, keeping tags balanced whatever the markers say. */
export function markedSnippet(s: string): Html {
  let out = '';
  let open = false;
  for (const part of s.split(/([\uE000\uE001])/)) {
    if (part === HIT_START) { if (!open) { out += '<mark>'; open = true; } } else if (part === HIT_END) { if (open) { out += '</mark>'; open = false; } } else out += escapeHtml(part);
  }
  if (open) out += '</mark>';
  return raw(out);
}

/** Horizontal bars as SVG (sizes are attributes, so no inline style is needed under the CSP). */
export function barChart(rows: Array<Count & { href?: string; cls?: string; label?: string }>, opts: { width?: number; label?: string } = {}): Html {
  if (!rows.length) return html`<p class="muted">Nothing to count.</p>`;
  const width = opts.width ?? 420;
  const rowH = 20;
  const labelW = 130;
  const max = Math.max(...rows.map((r) => r.count));
  const barMax = width - labelW - 50;
  return html`<svg class="bars" viewBox="0 0 ${width} ${rows.length * rowH + 4}" role="img" aria-label="${opts.label ?? 'bar chart'}">
${rows.map((r, i) => {
    const w = max ? Math.max(1, Math.round((r.count / max) * barMax)) : 0;
    const y = i * rowH + 2;
    const body = html`<text class="bar-label" x="${labelW - 6}" y="${y + 14}">${r.label ?? r.key}</text><rect class="bar ${r.cls ?? ''}" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}"></rect><text class="bar-value" x="${labelW + w + 4}" y="${y + 14}">${r.count}</text>`;
    return r.href ? html`<a href="${r.href}"><title>${r.label ?? r.key}: ${r.count}</title>${body}</a>` : html`<g><title>${r.label ?? r.key}: ${r.count}</title>${body}</g>`;
  })}
</svg>`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface WeekRow { start: string; events: number; cooperation: number; conflict: number; score: number | null }

/** A timeline chart's numbers as a table: what a screen reader or keyboard reads instead of the canvas. */
export function weeksTable(rows: WeekRow[]): Html {
  const busy = rows.filter((r) => r.events > 0);
  if (!busy.length) return html``;
  return html`<details class="chart-table"><summary>The ${plural(busy.length, 'week')} with events as a table</summary><div class="table-scroll"><table class="list">
<thead><tr><th>Week of</th><th>Events</th><th>Cooperative</th><th>Conflictual</th><th>Mean Goldstein</th></tr></thead><tbody>
${busy.map((r) => html`<tr><td>${r.start}</td><td>${r.events}</td><td>${r.cooperation}</td><td>${r.conflict}</td><td>${r.score ?? ''}</td></tr>`)}
</tbody></table></div></details>`;
}

/** Entity types as a reader says them (the codes stay in URLs and the API). */
export const TYPE_NAMES: Record<string, string> = {
  PERSON: 'person', ORG: 'organisation', GPE: 'country or city', NORP: 'nationality or group', LOC: 'location', FAC: 'facility', EVENT: 'named event',
  DESCRIBED: 'described, not named',
};

export function typeLabel(type: string | null | undefined): string {
  return type ? TYPE_NAMES[type] ?? type : '';
}

/** CAMEO sector codes the knowledge base assigns. */
const SECTOR_NAMES: Record<string, string> = {
  GOV: 'government', MIL: 'military', REB: 'rebels', OPP: 'opposition', PTY: 'political party', COP: 'police', JUD: 'judiciary',
  SPY: 'intelligence', IGO: 'international organisation', NGO: 'non-governmental organisation', MED: 'media', JRN: 'journalists',
  EDU: 'education', BUS: 'business', CRM: 'criminals', CVL: 'civilians', REL: 'religious', LAB: 'labour', AGR: 'agriculture',
  ELI: 'elites', LEG: 'legislature', HLH: 'health', REF: 'refugees', MOD: 'moderates', RAD: 'radicals', UAF: 'armed group',
  PRM: 'paramilitary', SOC: 'social group', INS: 'insurgents', SEP: 'separatists', ENV: 'environment', HRI: 'human rights',
};

/** A sector by name, its code in the tooltip: "government", not "GOV". */
export function sectorLabel(code: string | null | undefined): Html {
  if (!code) return html``;
  const name = SECTOR_NAMES[code];
  return name ? html`<abbr title="CAMEO sector ${code}">${name}</abbr>` : html`${code}`;
}
