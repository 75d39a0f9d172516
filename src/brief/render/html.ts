// The briefing as HTML: one body shared by the web page and the mail (which inlines the CSS).
// Every string that came from an article goes through esc(); every URL through href().
import type { Briefing, EventItem, Sourced, StoryItem } from '../model.ts';
import { eventLabel, filterLabel, periodLabel, sentenceLink, signed, sourceLabel, storyMeta, type RenderOptions } from './common.ts';
import { moreAfter, statsLine } from './common.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Only http(s) URLs reach an href; anything else (javascript:, data:) becomes "#". */
export function href(u: string | null | undefined): string {
  if (!u) return '#';
  try {
    const p = new URL(u);
    return p.protocol === 'http:' || p.protocol === 'https:' ? esc(p.href) : '#';
  } catch {
    return '#';
  }
}

export const CSS = `
body { margin: 0; padding: 0; background: #eef0f3; color: #1c2330; font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.5; }
.wrap { width: 100%; background: #eef0f3; padding: 16px 0; }
.sheet { max-width: 680px; margin: 0 auto; background: #ffffff; border-radius: 6px; border: 1px solid #d9dde4; }
.masthead { background: #14213d; color: #ffffff; padding: 20px 24px; border-radius: 6px 6px 0 0; }
.masthead h1 { margin: 0; font-size: 26px; letter-spacing: 0.5px; color: #ffffff; }
.masthead .period { margin: 4px 0 0 0; color: #c9d3e6; font-size: 15px; }
.stats { padding: 10px 24px; background: #f6f7f9; color: #4a5568; font-size: 13px; border-bottom: 1px solid #e3e6eb; }
.filters { padding: 8px 24px; background: #fff8e1; color: #6b5300; font-size: 13px; }
.section { padding: 8px 24px 16px 24px; }
.section h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 1.5px; color: #b3261e; border-bottom: 2px solid #b3261e; padding-bottom: 4px; margin: 16px 0 8px 0; }
.story { padding: 10px 0 14px 0; border-bottom: 1px solid #e3e6eb; }
.story:last-child { border-bottom: 0; }
.story h3 { font-size: 19px; line-height: 1.3; margin: 0 0 2px 0; }
.story h3 a { color: #14213d; text-decoration: none; }
.meta { color: #6b7280; font-size: 13px; margin: 0 0 6px 0; }
.sev { color: #b3261e; font-weight: bold; }
.summary { margin: 6px 0; padding-left: 18px; }
.summary li { margin: 0 0 6px 0; }
a.src { color: #2b59c3; font-size: 12px; text-decoration: none; white-space: nowrap; }
blockquote { margin: 8px 0; padding: 6px 12px; border-left: 3px solid #14213d; background: #f6f7f9; font-style: italic; }
blockquote .who { display: block; font-style: normal; font-size: 13px; color: #4a5568; margin-top: 4px; }
.actors { font-size: 13px; color: #4a5568; margin: 6px 0 0 0; }
.actor { display: inline-block; background: #eef2f9; border: 1px solid #d5ddec; border-radius: 10px; padding: 0 8px; margin: 2px 4px 2px 0; color: #14213d; }
.rel { padding: 8px 0; border-bottom: 1px solid #e3e6eb; }
.rel:last-child { border-bottom: 0; }
.pair { font-weight: bold; color: #14213d; }
.up { color: #1b7f3b; font-weight: bold; }
.down { color: #b3261e; font-weight: bold; }
.events { margin: 4px 0 0 0; padding-left: 18px; font-size: 15px; }
.events li { margin: 0 0 4px 0; }
.label { display: inline-block; font-size: 12px; color: #4a5568; background: #f1f2f4; border-radius: 3px; padding: 0 5px; margin-right: 4px; font-style: normal; }
.date { font-weight: bold; color: #14213d; white-space: nowrap; }
.empty { color: #6b7280; font-style: italic; }
.footer { padding: 16px 24px 20px 24px; font-size: 12px; color: #6b7280; border-top: 1px solid #e3e6eb; }
.footer a { color: #2b59c3; }
@media only screen and (max-width: 620px) {
  .wrap { padding: 0 !important; }
  .sheet { border-radius: 0 !important; border-left: 0 !important; border-right: 0 !important; }
  .masthead, .section, .stats, .filters, .footer { padding-left: 14px !important; padding-right: 14px !important; }
  .story h3 { font-size: 17px !important; }
}
`;

function srcLink(o: RenderOptions, s: Sourced): string {
  return `<a class="src" href="${href(sentenceLink(o.baseUrl, s.source))}">[${esc(sourceLabel(s.source))}]</a>`;
}

function sentence(o: RenderOptions, s: Sourced): string {
  return `${esc(s.text)} ${srcLink(o, s)}`;
}

function story(o: RenderOptions, s: StoryItem): string {
  const title = s.headline
    ? `<h3><a href="${href(sentenceLink(o.baseUrl, s.headline.source))}">${esc(s.headline.text)}</a></h3>`
    : '';
  const meta = esc(storyMeta(s)).replace(/(severity [\d.]+)/, '<span class="sev">$1</span>');
  const outlets = s.publishers.length ? ` — ${esc(s.publishers.join(', '))}` : '';
  const summary = s.summary.length ? `<ul class="summary">${s.summary.map((x) => `<li>${sentence(o, x)}</li>`).join('')}</ul>` : '';
  const quote = s.quote
    ? `<blockquote>${s.quote.direct ? `“${esc(s.quote.text)}”` : esc(s.quote.text)}<span class="who">${s.quote.named ? '' : `— ${esc(s.quote.speaker)} `}${srcLink(o, s.quote.sentence)}</span></blockquote>`
    : '';
  const actors = s.actors.length ? `<p class="actors">${s.actors.map((a) => `<span class="actor">${esc(a.name)}</span>`).join('')}</p>` : '';
  return `<div class="story">${title}<p class="meta">${meta}${outlets}</p>${summary}${quote}${actors}</div>`;
}

function eventLine(o: RenderOptions, e: EventItem, withDate: boolean): string {
  const date = withDate && e.date ? `<span class="date">${esc(e.when ?? e.date)}</span> ` : '';
  return `<li>${date}<span class="label">${esc(eventLabel(e))}</span> ${sentence(o, e.sentence)}</li>`;
}

function section(title: string, body: string, emptyText: string, isEmpty: boolean): string {
  return `<div class="section"><h2>${esc(title)}</h2>${isEmpty ? `<p class="empty">${esc(emptyText)}</p>` : body}</div>`;
}

/** The content of a briefing, without <html>/<head>: the web app can place it in its own page. */
export function renderBody(b: Briefing, o: RenderOptions): string {
  const filter = filterLabel(b);
  const nothing = filter ? 'Nothing this period matched your filters.' : 'Nothing to report for this period.';
  const stories = section('Top stories', b.stories.map((s) => story(o, s)).join(''), nothing, !b.stories.length);
  const relations = section(
    'Relations that moved',
    b.relations
      .map((r) => {
        const cls = r.shift > 0 ? 'up' : 'down';
        const base = r.baseline === null ? 'no events in the previous weeks' : `${signed(r.baseline)} before`;
        return `<div class="rel"><span class="pair">${esc(r.aName)} – ${esc(r.bName)}</span> <span class="${cls}">${r.shift > 0 ? '▲' : '▼'} ${esc(signed(r.shift))}</span> <span class="meta">(${esc(signed(r.score))} this period over ${r.events} event${r.events === 1 ? '' : 's'}; ${esc(base)})</span><ul class="events">${r.behind.map((e) => eventLine(o, e, false)).join('')}</ul></div>`;
      })
      .join(''),
    'No country pair moved markedly against the previous weeks.',
    !b.relations.length,
  );
  const coming = section('What is coming', `<ul class="events">${b.coming.map((e) => eventLine(o, e, true)).join('')}</ul>`, 'No planned or threatened events dated after this period.', !b.coming.length);
  const watch = section(
    'Watchlist hits',
    `<ul class="events">${b.watch.map((h, i) => `<li><span class="label">${esc(h.watchlist)}</span> <span class="meta">${esc(h.reason)}</span><br>${sentence(o, h.sentence)}</li>${moreAfter(b, i) ? `<li class="meta">${esc(moreAfter(b, i)!)}</li>` : ''}`).join('')}</ul>`,
    'No watchlist matched this period.',
    !b.watch.length,
  );
  const stats = `${statsLine(b)}`;
  const links: string[] = [];
  if (o.webUrl) links.push(`<a href="${href(o.webUrl)}">Read on the web</a>`);
  if (o.unsubscribeUrl) links.push(`<a href="${href(o.unsubscribeUrl)}">Unsubscribe</a>`);
  return [
    `<div class="wrap"><div class="sheet">`,
    `<div class="masthead"><h1>${esc(b.title)}</h1><p class="period">${esc(periodLabel(b))}</p></div>`,
    `<div class="stats">${esc(stats)}</div>`,
    filter ? `<div class="filters">Filtered for ${esc(filter)}</div>` : '',
    stories,
    relations,
    coming,
    watch,
    `<div class="footer">Every sentence above is quoted from the article its bracketed link points to. Severity runs from 0 (no conflict) to 10; relation scores run from −10 (conflict) to +10 (cooperation), compared with the ${b.baselineWeeks} previous weeks.${links.length ? `<br><br>${links.join(' · ')}` : ''}</div>`,
    `</div></div>`,
  ].join('\n');
}

/** A standalone web page. */
export function renderPage(b: Briefing, o: RenderOptions): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${b.title} — ${periodLabel(b)}`)}</title>
<style>${CSS}</style></head>
<body>
${renderBody(b, o)}
</body></html>
`;
}
