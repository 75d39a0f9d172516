// The terminal view of an analysis: header, entities by type, quotes by speaker, dated events.
import pc from 'picocolors';
import { speakerLabel, type Analysis } from '../model/analysis.ts';
import { displayText } from '../model/quote-text.ts';
import { terminalSafe } from './text.ts';
import { leadLabel } from '../extract/lead-label.ts';

// Article text is untrusted: t() keeps terminal escapes in it from reaching the terminal.
const t = terminalSafe;

export function formatAnalysis(a: Analysis, opts: { color: boolean }): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  const m = a.meta;
  const section = (title: string) => out.push('', c.bold(c.cyan(title)));
  // (Without a headline, the label the lists show: its lead's first sentence, marked as such.)
  const label = m.title ?? leadLabel(a.text, a.paragraphs);
  out.push(c.bold(t(label ?? '(untitled)')) + (m.title || !label ? '' : c.dim('  (no headline: the lead\'s first sentence)')));
  const facts: Array<[string, string | null]> = [
    ['Publisher', m.publisher],
    ['Published', m.published],
    ['By', m.authors.length ? m.authors.join(', ') : null],
    ['Dateline', m.dateline ? `${m.dateline.text}${m.dateline.country ? ` (${m.dateline.country})` : ''}` : null],
    ['Series', m.series.length ? m.series.join(', ') : null],
    ['Language', m.language],
    ['Source', a.source.uri],
  ];
  for (const [k, v] of facts) if (v) out.push(`${c.dim(k.padEnd(10))} ${t(v)}`);
  out.push(c.dim(`${a.paragraphs.length} paragraphs, ${a.text.split(/\s+/).filter(Boolean).length} words`));

  section('Entities');
  if (!a.entities.length) out.push('  none found');
  const byType = new Map<string, Analysis['entities']>();
  for (const e of a.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  for (const [type, list] of [...byType].sort()) {
    out.push(`  ${c.yellow(type)}`);
    for (const e of [...list].sort((x, y) => y.mentions.length - x.mentions.length)) {
      const tags = [e.country, e.sector].filter(Boolean).join(' ');
      const roles = e.roles.length ? ` — ${e.roles.join('; ')}` : '';
      out.push(`    ${t(e.name)}${tags ? c.dim(` [${t(tags)}]`) : ''} ${c.dim(`×${e.mentions.length}`)}${t(roles)}`);
    }
  }

  section('Quotes');
  if (!a.quotes.length) out.push('  none found');
  const bySpeaker = new Map<string, Analysis['quotes']>();
  for (const q of a.quotes) {
    const who = q.speaker ? speakerLabel(q.speaker) : '(unattributed)';
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), q]);
  }
  for (const [who, qs] of bySpeaker) {
    out.push(`  ${c.green(t(who))}`);
    for (const q of qs) {
      // Only a direct quote is wrapped: reported speech is not the speaker's words, and a mixed one holds its own marks.
      const body = q.type === 'direct' ? `“${q.text}”` : displayText(q);
      const how = [q.cue, q.channel ? `(${q.channel})` : null].filter(Boolean).join(' ');
      out.push(`    ${t(body)}${how ? c.dim(` — ${t(how)}`) : ''}${q.type !== 'direct' ? c.dim(` [${q.type}]`) : ''}`);
    }
  }

  section('Events');
  if (!a.events.length) out.push('  none found');
  const events = [...a.events].sort((x, y) => (x.date?.value ?? '9999').localeCompare(y.date?.value ?? '9999') || x.trigger.start - y.trigger.start);
  for (const e of events) {
    const when = (e.date?.value ?? 'undated').padEnd(10);
    const who = e.actor?.name ?? '?';
    const whom = e.target ? ` → ${e.target.name}` : '';
    const where = e.location ? ` @ ${e.location.name}` : '';
    const status = e.status === 'actual' ? '' : c.magenta(` (${e.status})`);
    out.push(`  ${c.dim(t(when))} ${c.bold(e.type)}${e.mode ? `/${e.mode}` : ''} ${t(who)}${t(whom)}${t(where)}${status} ${c.dim(`“${t(e.trigger.text)}”`)}`);
  }
  return `${out.join('\n')}\n`;
}
