// The plain-text alternative: sentences carry [n] markers and the numbered sources follow at the
// end, so the text stays readable in any client and every sentence still points to its source.
import type { Briefing, EventItem, Sourced } from '../model.ts';
import { eventLabel, filterLabel, periodLabel, sentenceLink, signed, sourceLabel, storyMeta, type RenderOptions } from './common.ts';
import { moreAfter, statsLine } from './common.ts';

/** Control characters (other than newline and tab) never reach a terminal or a mail body. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

function wrap(s: string, width: number, indent: string, first = indent): string {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = first;
  let empty = true;
  for (const w of words) {
    if (!empty && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = indent + w;
    } else {
      cur += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  lines.push(cur);
  return lines.join('\n');
}

export function renderText(b: Briefing, o: RenderOptions): string {
  const refs: string[] = [];
  const index = new Map<string, number>();
  const note = (s: Sourced): string => {
    const url = sentenceLink(o.baseUrl, s.source);
    let n = index.get(url);
    if (n === undefined) {
      refs.push(`[${refs.length + 1}] ${clean(sourceLabel(s.source))}: ${url}`);
      n = refs.length;
      index.set(url, n);
    }
    return `[${n}]`;
  };
  const sent = (s: Sourced): string => `${clean(s.text)} ${note(s)}`;
  const ev = (e: EventItem, withDate: boolean): string => wrap(`${withDate && e.date ? `${e.when ?? e.date} ` : ''}(${clean(eventLabel(e))}) ${sent(e.sentence)}`, 76, '    ', '  - ');

  const title = `${clean(b.title).toUpperCase()} — ${periodLabel(b)}`;
  const out: string[] = [title, '='.repeat(Math.min(76, title.length)), `${statsLine(b)}`, ''];
  const filter = filterLabel(b);
  if (filter) out.push(`Filtered for ${clean(filter)}`, '');
  const nothing = filter ? 'Nothing this period matched your filters.' : 'Nothing to report for this period.';

  out.push('TOP STORIES', '-----------', '');
  if (!b.stories.length) out.push(nothing, '');
  b.stories.forEach((s, i) => {
    out.push(wrap(`${i + 1}. ${s.headline ? `${clean(s.headline.text)} ${note(s.headline)}` : `Story ${i + 1}`}`, 76, '   ', ''));
    out.push(`   ${storyMeta(s)}${s.publishers.length ? ` — ${clean(s.publishers.join(', '))}` : ''}`);
    for (const x of s.summary) out.push(wrap(sent(x), 76, '     ', '   * '));
    if (s.quote) out.push(wrap(`${s.quote.direct ? `“${clean(s.quote.text)}”` : clean(s.quote.text)}${s.quote.named ? '' : ` — ${clean(s.quote.speaker)}`} ${note(s.quote.sentence)}`, 76, '     ', '   > '));
    if (s.actors.length) out.push(wrap(`Actors: ${s.actors.map((a) => clean(a.name)).join(', ')}`, 76, '     ', '   '));
    out.push('');
  });

  out.push('RELATIONS THAT MOVED', '--------------------', '');
  if (!b.relations.length) out.push('No country pair moved markedly against the previous weeks.', '');
  for (const r of b.relations) {
    const base = r.baseline === null ? 'no events in the previous weeks' : `${signed(r.baseline)} before`;
    out.push(`${r.aName} – ${r.bName}: ${r.shift > 0 ? 'up' : 'down'} ${signed(r.shift)} (${signed(r.score)} this period over ${r.events} event${r.events === 1 ? '' : 's'}; ${base})`);
    for (const e of r.behind) out.push(ev(e, false));
    out.push('');
  }

  out.push('WHAT IS COMING', '--------------', '');
  if (!b.coming.length) out.push('No planned or threatened events dated after this period.');
  for (const e of b.coming) out.push(ev(e, true));
  out.push('');

  out.push('WATCHLIST HITS', '--------------', '');
  if (!b.watch.length) out.push('No watchlist matched this period.');
  b.watch.forEach((h, i) => {
    out.push(wrap(`${clean(h.watchlist)} (${clean(h.reason)}): ${sent(h.sentence)}`, 76, '    ', '  - '));
    const more = moreAfter(b, i);
    if (more) out.push(`  ${clean(more)}`);
  });
  out.push('', 'SOURCES', '-------', ...refs, '');
  out.push(`Every sentence is quoted from the source its [n] marker points to. Severity 0-10; relation scores -10 (conflict) to +10 (cooperation), against the ${b.baselineWeeks} previous weeks.`);
  if (o.webUrl) out.push(`Read on the web: ${o.webUrl}`);
  if (o.unsubscribeUrl) out.push(`Unsubscribe: ${o.unsubscribeUrl}`);
  return `${out.join('\n')}\n`;
}
