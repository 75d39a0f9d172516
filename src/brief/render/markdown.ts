// The briefing as Markdown. Article text is escaped so that no character in it becomes markup
// (emphasis, links, raw HTML) in any CommonMark renderer.
import type { Briefing, EventItem, Sourced } from '../model.ts';
import { eventLabel, filterLabel, periodLabel, sentenceLink, signed, sourceLabel, storyMeta, type RenderOptions } from './common.ts';
import { moreAfter, statsLine } from './common.ts';

export function mdEscape(s: string): string {
  // Text is always inline after our own prefix ("- ", "> ", "### 1. "), so block syntax (#, -, +,
  // 1.) cannot start; what remains are emphasis, code, links/images, tables, strike and raw HTML.
  return s
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    // CR is a line ending to CommonMark as much as LF: either would let article text start a block.
    .replace(/[\r\n]+/g, ' ');
}

/** Link targets: angle brackets allow any URL; < > and spaces inside are percent-encoded. */
function target(u: string): string {
  return `<${u.replace(/[<> ]/g, (c) => encodeURIComponent(c))}>`;
}

function src(o: RenderOptions, s: Sourced): string {
  return `[\\[${mdEscape(sourceLabel(s.source))}\\]](${target(sentenceLink(o.baseUrl, s.source))})`;
}

function line(o: RenderOptions, s: Sourced): string {
  return `${mdEscape(s.text)} ${src(o, s)}`;
}

function eventLine(o: RenderOptions, e: EventItem, withDate: boolean): string {
  return `- ${withDate && e.date ? `**${mdEscape(e.when ?? e.date)}** ` : ''}*${mdEscape(eventLabel(e))}*: ${line(o, e.sentence)}`;
}

export function renderMarkdown(b: Briefing, o: RenderOptions): string {
  const out: string[] = [`# ${mdEscape(b.title)}`, '', `**${mdEscape(periodLabel(b))}** · ${statsLine(b)}`, ''];
  const filter = filterLabel(b);
  if (filter) out.push(`*Filtered for ${mdEscape(filter)}*`, '');
  const nothing = filter ? '*Nothing this period matched your filters.*' : '*Nothing to report for this period.*';

  out.push('## Top stories', '');
  if (!b.stories.length) out.push(nothing, '');
  b.stories.forEach((s, i) => {
    const head = s.headline ? `[${mdEscape(s.headline.text)}](${target(sentenceLink(o.baseUrl, s.headline.source))})` : `Story ${i + 1}`;
    out.push(`### ${i + 1}. ${head}`, '', `*${mdEscape(storyMeta(s))}${s.publishers.length ? ` — ${mdEscape(s.publishers.join(', '))}` : ''}*`, '');
    for (const x of s.summary) out.push(`- ${line(o, x)}`);
    if (s.summary.length) out.push('');
    if (s.quote) out.push(`> ${s.quote.direct ? `“${mdEscape(s.quote.text)}”` : mdEscape(s.quote.text)}${s.quote.named ? '' : ` — ${mdEscape(s.quote.speaker)}`} ${src(o, s.quote.sentence)}`, '');
    if (s.actors.length) out.push(`Actors: ${s.actors.map((a) => mdEscape(a.name)).join(', ')}`, '');
  });

  out.push('## Relations that moved', '');
  if (!b.relations.length) out.push('*No country pair moved markedly against the previous weeks.*', '');
  for (const r of b.relations) {
    const base = r.baseline === null ? 'no events in the previous weeks' : `${signed(r.baseline)} before`;
    out.push(`**${mdEscape(r.aName)} – ${mdEscape(r.bName)}** ${r.shift > 0 ? '▲' : '▼'} ${signed(r.shift)} (${signed(r.score)} this period over ${r.events} event${r.events === 1 ? '' : 's'}; ${base})`, '');
    for (const e of r.behind) out.push(eventLine(o, e, false));
    out.push('');
  }

  out.push('## What is coming', '');
  if (!b.coming.length) out.push('*No planned or threatened events dated after this period.*');
  for (const e of b.coming) out.push(eventLine(o, e, true));
  out.push('');

  out.push('## Watchlist hits', '');
  if (!b.watch.length) out.push('*No watchlist matched this period.*');
  b.watch.forEach((h, i) => {
    out.push(`- **${mdEscape(h.watchlist)}** (${mdEscape(h.reason)}): ${line(o, h.sentence)}`);
    const more = moreAfter(b, i);
    if (more) out.push(`- *${mdEscape(more)}*`);
  });
  out.push('', '---', '', `Every sentence is quoted from the article its bracketed link points to. Severity 0–10; relation scores −10 (conflict) to +10 (cooperation), against the ${b.baselineWeeks} previous weeks.`);
  if (o.webUrl) out.push('', `[Read on the web](${target(o.webUrl)})`);
  if (o.unsubscribeUrl) out.push('', `[Unsubscribe](${target(o.unsubscribeUrl)})`);
  return `${out.join('\n')}\n`;
}
