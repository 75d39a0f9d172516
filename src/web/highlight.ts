// The article text with its analysis laid over it: entity mentions, quotes and event triggers become
// spans, every piece carries its offset (data-o) so the page can light up any sentence by range.
// Spans may overlap (a mention inside a quote), so the text is cut at every boundary and each piece
// gets the classes of whatever covers it. Every piece of text is escaped.
import type { Analysis } from '../model/analysis.ts';
import { html, raw, type Html } from './html.ts';

interface Layer { start: number; end: number; cls: string; attrs: Array<[string, string]> }

export interface Span { start: number; end: number }

/** `hl=START-END` as the briefing links it (a sentence's character offsets); null when malformed. */
export function parseHighlight(v: unknown): Span | null {
  const m = typeof v === 'string' ? /^(\d{1,9})-(\d{1,9})$/.exec(v) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

function layers(a: Analysis, lit?: Span): Layer[] {
  const out: Layer[] = [];
  const n = a.text.length;
  const ok = (s: number, e: number): boolean => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= n && s < e;
  for (const ent of a.entities) {
    for (const m of ent.mentions) {
      if (ok(m.start, m.end)) out.push({ start: m.start, end: m.end, cls: `ent ent-${ent.type.toLowerCase()}`, attrs: [['data-entity', ent.id]] });
    }
  }
  a.quotes.forEach((q, i) => {
    if (ok(q.start, q.end)) out.push({ start: q.start, end: q.end, cls: `quote quote-${q.type}`, attrs: [['data-quote', String(i)]] });
  });
  a.events.forEach((e, i) => {
    if (ok(e.trigger.start, e.trigger.end)) out.push({ start: e.trigger.start, end: e.trigger.end, cls: `trigger`, attrs: [['data-event', String(i)]] });
  });
  if (lit && ok(lit.start, lit.end)) out.push({ start: lit.start, end: lit.end, cls: 'lit', attrs: [] });
  return out;
}

function blocks(a: Analysis): Array<{ start: number; end: number; kind: string }> {
  const n = a.text.length;
  const given = a.paragraphs.filter((p) => p.start >= 0 && p.end <= n && p.start < p.end).sort((x, y) => x.start - y.start);
  if (given.length) return given;
  const out: Array<{ start: number; end: number; kind: string }> = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  return out;
}

/** `lit`: a range shown lit when the page opens (a briefing's link to a sentence); its first piece is #hl. */
export function annotatedText(a: Analysis, lit?: Span | null): Html {
  const ls = layers(a, lit ?? undefined);
  let anchored = false;
  const bounds = new Set<number>();
  for (const l of ls) { bounds.add(l.start); bounds.add(l.end); }
  const out: Html[] = [];
  let last = 0;
  for (const b of blocks(a)) {
    if (b.start < last) continue; // overlapping paragraphs: keep the first
    last = b.end;
    const cuts = [b.start, ...[...bounds].filter((x) => x > b.start && x < b.end), b.end].sort((x, y) => x - y);
    const pieces: Html[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const s = cuts[i];
      const e = cuts[i + 1];
      if (s === e) continue;
      const over = ls.filter((l) => l.start <= s && l.end >= e);
      const text = a.text.slice(s, e);
      if (!over.length) { pieces.push(html`<span data-o="${s}">${text}</span>`); continue; }
      const cls = [...new Set(over.flatMap((l) => l.cls.split(' ')))].join(' ');
      const attrs = new Map<string, string>();
      for (const l of over) for (const [k, v] of l.attrs) attrs.set(k, attrs.has(k) ? `${attrs.get(k)} ${v}` : v);
      if (!anchored && cls.split(' ').includes('lit')) { attrs.set('id', 'hl'); anchored = true; }
      pieces.push(html`<span data-o="${s}" class="${cls}"${[...attrs].map(([k, v]) => html` ${k}="${v}"`)}>${text}</span>`);
    }
    const tag = b.kind === 'heading' ? 'h3' : b.kind === 'quote' ? 'blockquote' : b.kind === 'list' ? 'div' : 'p';
    // `tag` comes from the fixed list above, never from the article.
    out.push(html`<${raw(tag)} class="para para-${b.kind}">${pieces}</${raw(tag)}>`);
  }
  return html`${out}`;
}
