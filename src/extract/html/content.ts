// The main content of a page: find the element that holds the article's paragraphs (Readability's
// paragraph scoring, with trafilatura's preference for explicit article-body markup), then read it
// back as blocks with their kinds, leaving out furniture and link lists on the way.
import type { ParagraphKind } from '../../model/analysis.ts';
import type { El, Node } from './tree.ts';
import { classWeight, isFurniture } from './boilerplate.ts';

export interface Block { text: string; kind: ParagraphKind }

/** Per-element counts, computed once bottom-up. */
interface Stats { text: number; link: number; commas: number; paras: number; furniture: boolean; holdsBody: boolean }

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'pre', 'figure', 'figcaption', 'header', 'footer',
  'nav', 'aside', 'dl', 'dt', 'dd', 'hr', 'form', 'address', 'center', 'details', 'summary', 'body', 'html', 'fieldset', 'hgroup']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

class Measure {
  readonly stats = new Map<El, Stats>();
  /** Elements whose class says furniture but which hold the page's text ("widget Blog" on Blogger). */
  readonly keep: Set<El>;

  constructor(keep: Set<El> = new Set()) {
    this.keep = keep;
  }

  of(el: El): Stats {
    let s = this.stats.get(el);
    if (s) return s;
    s = { text: 0, link: 0, commas: 0, paras: 0, furniture: false, holdsBody: isBodyMarkup(el) };
    for (const c of el.children) {
      if (typeof c !== 'string' && this.of(c).holdsBody) s.holdsBody = true;
    }
    // Furniture never holds the article: a "sidebar" class on the column that holds it is a layout name.
    s.furniture = !this.keep.has(el) && isFurniture(el) && !(s.holdsBody && !FURNITURE_BY_TAG.has(el.tag));
    for (const c of el.children) {
      if (typeof c === 'string') {
        s.text += visibleLength(c);
        s.commas += countCommas(c);
      } else {
        const cs = this.of(c);
        if (cs.furniture) continue;
        s.text += cs.text;
        s.commas += cs.commas;
        s.paras += cs.paras;
        s.link += c.tag === 'a' ? cs.text : cs.link;
      }
    }
    if (el.tag === 'p' && s.text >= 25) s.paras++;
    this.stats.set(el, s);
    return s;
  }
}

function visibleLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (isSpace) { if (!space) n++; space = true; } else { n++; space = false; }
  }
  return n;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}

/** Text that sits in el itself or in its inline children (<font>, <span>, <a>), not in child blocks. */
function hasDirectText(el: El, min: number, m: Measure): boolean {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') n += visibleLength(c);
    else if (!BLOCK_TAGS.has(c.tag)) n += m.of(c).text;
    if (n >= min) return true;
  }
  return false;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div': case 'article': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

/** Explicit article-body markup that templates use (schema.org, WordPress, common CMSs). */
const BODY_MARKUP = /(^|[\s_-])(article-?body|articlebody|article__body|article-content|articlecontent|story-?body|story-content|storycontent|entry-content|post-content|postcontent|post-body|postbody|article-text|articletext|story-text|body-text|bodytext|article__content|content__article-body|rich-text|richtext|td-post-content|field-name-body|article-main|main-content|c-entry-content|caas-body|zn-body__paragraph|paywall)([\s_-]|$)/i;

/** Picks the element(s) holding the article; several when the body is split into sibling sections. */
/** Measures the page; furniture-classed elements holding most of the paragraphs are kept as content. */
function measurePage(root: El): Measure {
  const m = new Measure();
  const total = m.of(root);
  const keep = new Set<El>();
  for (const [el, st] of m.stats) {
    if (!st.furniture || FURNITURE_BY_TAG.has(el.tag) || st.text < 500) continue;
    if (/comment|disqus|respond|repl/i.test(`${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`)) continue;
    // What is under el is not counted in the total (el is excluded), so this means "most of the page".
    if ((st.paras >= 3 && st.paras >= total.paras) || st.text >= total.text) {
      if (st.link / st.text < 0.3) keep.add(el);
    }
  }
  if (!keep.size) return m;
  const again = new Measure(keep);
  again.of(root);
  return again;
}

const FURNITURE_BY_TAG = new Set(['nav', 'aside', 'footer', 'figcaption']);

export function findContent(root: El): { nodes: El[]; measure: Measure } {
  const m = measurePage(root);
  const scores = new Map<El, number>();
  const initScore = (el: El): number => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagWeight(el.tag) + classWeight(el);
      scores.set(el, s);
    }
    return s;
  };

  // Score paragraphs into their ancestors, as Readability does.
  const visit = (el: El, furnitureAbove: boolean): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      const st = m.stats.get(c);
      if (!st) continue;
      const furniture = furnitureAbove || st.furniture;
      if (furniture) continue;
      const isPara = c.tag === 'p' || c.tag === 'pre' || ((c.tag === 'div' || c.tag === 'section' || c.tag === 'td' || c.tag === 'body' || c.tag === 'article' || c.tag === 'font' || c.tag === 'blockquote') && hasDirectText(c, 25, m));
      if (isPara && st.text >= 25) {
        const own = c.tag === 'p' || c.tag === 'pre' ? st.text : directTextLength(c, m);
        const score = 1 + st.commas + Math.min(Math.floor(own / 100), 3);
        // Text sitting right in <body> or a layout cell scores the element itself as well.
        if (c.tag !== 'p' && c.tag !== 'pre') scores.set(c, initScore(c) + score);
        let anc: El | null = c.parent;
        for (let level = 0; anc && level < 5 && anc.tag !== '#root'; level++, anc = anc.parent) {
          const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
          scores.set(anc, initScore(anc) + score / div);
        }
      }
      if (c.tag !== 'p') visit(c, furniture);
    }
  };
  visit(root, false);

  let top: El | null = null;
  let topScore = -Infinity;
  for (const [el, raw] of scores) {
    const st = m.stats.get(el);
    if (!st || st.text === 0) continue;
    const final = raw * (1 - st.link / st.text);
    scores.set(el, final);
    if (final > topScore) { topScore = final; top = el; }
  }

  // Explicit body markup wins when it holds most of what the scorer found.
  const marked = findMarkedBody(root, m);
  if (marked.length) {
    const markedText = marked.reduce((n, el) => n + (m.stats.get(el)?.text ?? 0), 0);
    const topText = top ? m.stats.get(top)?.text ?? 0 : 0;
    if (!top || markedText >= topText * 0.5 || marked.some((el) => top !== null && contains(el, top))) return { nodes: withLead(marked, m), measure: m };
  }
  if (!top) return { nodes: [], measure: m };

  // Readability: when the paragraphs are spread over siblings, their common parent is the article.
  let parent = top.parent;
  while (parent && parent.tag !== '#root' && parent.tag !== 'body') {
    const ps = scores.get(parent);
    if (ps === undefined) { parent = parent.parent; continue; }
    if (ps > topScore * 0.95 && (m.stats.get(parent)?.link ?? 0) / Math.max(1, m.stats.get(parent)?.text ?? 1) < 0.35) {
      top = parent;
      topScore = Math.max(topScore, ps);
    }
    parent = parent.parent;
  }

  const nodes: El[] = [];
  const host = top.parent;
  if (!host) return { nodes: [top], measure: m };
  const threshold = Math.max(10, topScore * 0.2);
  for (const sib of host.children) {
    if (typeof sib === 'string') continue;
    if (sib === top) { nodes.push(sib); continue; }
    const st = m.stats.get(sib);
    if (!st || st.furniture || st.text === 0) continue;
    const sc = scores.get(sib);
    const density = st.link / st.text;
    if (sc !== undefined && sc >= threshold && density < 0.3) nodes.push(sib);
    else if (sib.tag === 'p' && ((st.text > 80 && density < 0.25) || (st.text > 0 && density === 0 && /\.( |$)/.test(textSample(sib))))) nodes.push(sib);
  }
  return { nodes: withLead(nodes, m), measure: m };
}

const LEAD = /(^|[\s_-])(summary|lead|lede|intro|standfirst|article-summary|article__summary|article-lead|article__lead|story-lead)([\s_-]|$)/i;

/** The summary paragraph many templates put just before the body container belongs to the text. */
function withLead(nodes: El[], m: Measure): El[] {
  const first = nodes[0];
  const parent = first?.parent;
  if (!parent) return nodes;
  const at = parent.children.indexOf(first);
  for (let i = at - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const sib = parent.children[i];
    if (typeof sib === 'string') continue;
    seen++;
    const st = m.stats.get(sib);
    if (!st || st.text === 0) continue;
    if (LEAD.test(`${sib.attrs.class ?? ''} ${sib.attrs.id ?? ''}`) && !st.furniture && st.text >= 40 && st.link / st.text < 0.3) return [sib, ...nodes];
  }
  return nodes;
}

function directTextLength(el: El, m: Measure): number {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') n += visibleLength(c);
    else if (!BLOCK_TAGS.has(c.tag)) n += m.of(c).text;
  }
  return n;
}

function textSample(el: El): string {
  let s = '';
  for (const c of el.children) { if (typeof c === 'string') s += c; if (s.length > 300) break; }
  return s.trim();
}

function contains(outer: El, inner: El): boolean {
  for (let p: El | null = inner; p; p = p.parent) if (p === outer) return true;
  return false;
}

function isBodyMarkup(el: El): boolean {
  if (el.tag === 'article' || el.attrs.itemprop === 'articleBody') return true;
  const cls = el.attrs.class ?? el.attrs.id;
  return cls !== undefined && BODY_MARKUP.test(`${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`);
}

function findMarkedBody(root: El, m: Measure): El[] {
  const found: El[] = [];
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      const st = m.stats.get(c);
      if (!st || st.furniture) continue;
      const marked = c.attrs.itemprop === 'articleBody' || BODY_MARKUP.test(`${c.attrs.class ?? ''} ${c.attrs.id ?? ''}`);
      if (marked && st.text >= 200 && st.link / st.text < 0.5) { found.push(c); continue; }
      walk(c);
    }
  };
  walk(root);
  if (found.length <= 1) return found;
  // Several: keep those that look like parts of one body (same tag and class as the largest).
  let largest = found[0];
  for (const f of found) if ((m.stats.get(f)?.text ?? 0) > (m.stats.get(largest)?.text ?? 0)) largest = f;
  return found.filter((f) => f === largest || (f.tag === largest.tag && f.attrs.class === largest.attrs.class));
}

// ---------------------------------------------------------------------------------------------
// Reading the chosen elements back as blocks.

const JUNK_LINE = /^(advertisement|advertisements|advert|ad|don'?t miss|this slideshow requires javascript|like this story\? share it with a friend!?|sponsored|sponsored content|share|share this|share this article|share on \w+|tweet|email|print|comments?|read more|read more:?|continue reading|related|related articles|related stories|more on this|see also|click here|subscribe|sign up|loading\.*|image|photo|video|watch|listen|play|close|menu|skip to content|follow us|recommended|trending|top stories)\.?:?$/i;

interface Collector { blocks: Block[]; groups: number[]; buf: string[]; linkLen: number; kind: ParagraphKind; group: number; nextGroup: number; afterBr: boolean }

/** "Updated: 18 Nov 2019 9:38 pm", "10:48, Tue, Nov 19, 2019 | UPDATED: ...": page furniture, not text. */
const STAMP_LINE = /^(?:(?:last )?updated|posted|published|modified|first published)\b[^.]{0,80}$|^[\d:., ]{0,12}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? [^.]{0,60}\d{4}[^a-z]{0,20}(?:updated[^.]{0,60})?$/i;
/** Photo credits: "Jane Doe | Bloomberg | Getty Images", "(Photo: AP)". */
const CREDIT_LINE = /^(?:\(?(?:photo|image|picture|credit|source|foto)s?\s*(?:by|:)[^.]{0,80}\)?|[^.]{0,80}\b(?:getty images|shutterstock|afp via getty|ap photo|reuters\/|epa-efe)[^.]{0,40})$/i;
/** Calls to act that close many articles. */
const PROMO_LINE = /\b(subscribe|sign up|newsletter|follow us|follow (?:him|her|them) on|share (?:it|this)|get the latest|click here|download (?:the|our) app|your inbox|letters to the editor|listen (?:to|live)|follow [\p{L} ]{2,40} on (?:facebook|twitter|instagram|youtube)|^disclaimer\s*:)/iu;

const DATE_WORD = /^(?:\d{1,4}(?:st|nd|rd|th)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|a|p|m|utc|gmt|est|edt|pst|pdt|cet|cest|bst|ist|et|pt|at|de|às|um|le|der|den|el|del|of|on|updated|published|posted|[\p{L}]+-feira)$/iu;

/** "Nov. 19, 2019, 8:41 AM UTC", "11.14.2019 09:00 AM", "sexta-feira, 22 de outubro de 2010 às 20:13". */
function isDateOnly(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const words = text.toLowerCase().split(/[\s,.:/|•·-]+/).filter(Boolean);
  if (!words.length) return false;
  let dateish = 0;
  for (const w of words) if (DATE_WORD.test(w)) dateish++;
  return dateish / words.length >= 0.85 && /\b(?:19|20)\d\d\b|\d{1,2}:\d{2}/.test(text);
}

/** "By Jane Doe", "By Staff | Updated ...": a byline line, which is metadata, not text. */
const BYLINE_LINE = /^\W{0,3}(?:written |words |story |reported |posted )?by[:\s]+\S/i;

export interface BodyBlocks { blocks: Block[]; bylines: string[] }

export function readBlocks(nodes: El[], m: Measure, title: string | null = null): BodyBlocks {
  const blocks: Block[] = [];
  for (const n of nodes) readElement(n, m, blocks, 'paragraph');
  const titleKey = title ? normaliseForCompare(title) : null;
  const bylines: string[] = [];
  const kept = blocks.filter((b, i) => {
    if (JUNK_LINE.test(b.text) || STAMP_LINE.test(b.text) || CREDIT_LINE.test(b.text) || isDateOnly(b.text)) return false;
    if (b.text.length < 120 && (i < 4 || i >= blocks.length - 2) && BYLINE_LINE.test(b.text)) { bylines.push(b.text); return false; }
    // The headline is the title, not body text.
    if (b.kind === 'heading' && i < 3 && titleKey && sameTitle(normaliseForCompare(b.text), titleKey)) return false;
    if (b.text.length < 250 && i >= blocks.length - 4 && PROMO_LINE.test(b.text)) return false;
    return true;
  });
  // A heading that closes the article introduces nothing.
  while (kept.length && kept[kept.length - 1].kind === 'heading') kept.pop();
  return { blocks: kept, bylines };
}

/** The headline as the page shows it, give or take a site name or a trailing word. */
function sameTitle(heading: string, title: string): boolean {
  if (heading === title) return true;
  if (heading.length < 20 || title.length < 20) return false;
  return title.startsWith(heading) || heading.startsWith(title);
}

function normaliseForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function tidy(s: string): string {
  return s.replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
}

function kindOf(tag: string, inherited: ParagraphKind): ParagraphKind {
  if (HEADINGS.has(tag)) return 'heading';
  if (tag === 'blockquote') return 'quote';
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') return 'list';
  if (tag === 'table') return 'table';
  return inherited;
}

/** Should a container inside the article be dropped as a whole (Readability's conditional cleaning)? */
function dropContainer(el: El, st: Stats): boolean {
  if (st.furniture) return true;
  if (st.text === 0) return true;
  const density = st.link / st.text;
  if (el.tag === 'a') return false;
  if (el.tag === 'ul' || el.tag === 'ol') return density > 0.6;
  if (el.tag === 'p' || HEADINGS.has(el.tag)) return density > 0.8 && st.text < 200;
  if (el.tag === 'table') return density > 0.5;
  if (el.tag === 'div' || el.tag === 'section' || el.tag === 'header' || el.tag === 'figure' || el.tag === 'aside') {
    if (density > 0.5 && st.paras === 0) return true;
    if (density > 0.33 && st.text < 600 && st.paras <= 1) return true;
  }
  return false;
}

function readElement(root: El, m: Measure, out: Block[], kind: ParagraphKind): void {
  const c: Collector = { blocks: out, groups: [], buf: [], linkLen: 0, kind, group: 0, nextGroup: 1, afterBr: false };
  walk(root, m, c, kind);
  flush(c);
}

function flush(c: Collector): void {
  if (!c.buf.length) return;
  let text = tidy(c.buf.join(''));
  c.buf = [];
  if (c.kind === 'table') text = text.replace(/(\s*\|\s*)+$/, '');
  const linkLen = c.linkLen;
  c.linkLen = 0;
  if (!text) return;
  // A line that is mostly link text inside a run of paragraphs is a "read also" insert.
  // A single linked line inside the body is a citation or a source ("[ CNET ]", a URL) and stays;
  // several linked lines in one block are a list of other stories.
  if (linkLen / text.length > 0.7 && c.kind !== 'list' && (READ_ALSO.test(text) || text.includes('\n'))) return;
  // Lists and tables become one block each; their items arrive line by line.
  const n = c.blocks.length;
  if (c.group && n && c.groups[n - 1] === c.group) {
    c.blocks[n - 1].text += `\n${text}`;
    return;
  }
  c.blocks.push({ text, kind: c.kind });
  c.groups[n] = c.group;
}

/** Inserted links to other articles announce themselves. */
const READ_ALSO = /^(?:\W*(?:read|see|watch|listen|more|also|related|recommended|click|sign up|subscribe|follow|lees ook|lire aussi|leia também|lea también|lesen sie auch|baca juga))\b/i;

function walk(el: El, m: Measure, c: Collector, kind: ParagraphKind): void {
  for (const child of el.children) {
    if (typeof child === 'string') {
      c.buf.push(child);
      if (c.afterBr && child.trim()) c.afterBr = false;
      continue;
    }
    const tag = child.tag;
    if (tag === 'br') {
      // <br><br> is how older pages end a paragraph; one <br> is a line break inside it.
      if (c.afterBr && c.kind === 'paragraph') { flush(c); c.afterBr = false; } else { c.buf.push('\n'); c.afterBr = true; }
      continue;
    }
    c.afterBr = false;
    if (tag === 'img' || tag === 'picture' || tag === 'source' || tag === 'wbr' || tag === 'h1') continue;
    const st = m.stats.get(child) ?? m.of(child);
    const block = BLOCK_TAGS.has(tag);
    if (dropContainer(child, st)) {
      // A dropped block still separates the text on either side of it.
      if (block) flush(c);
      continue;
    }
    if (tag === 'a') c.linkLen += st.text;
    if (!block) {
      walk(child, m, c, kind);
      continue;
    }
    const cell = (tag === 'td' || tag === 'th') && kind === 'table';
    if (!cell) flush(c);
    const k = kindOf(tag, kind);
    const saved = { kind: c.kind, group: c.group };
    c.kind = k;
    if ((k === 'list' || k === 'table') && kind !== k) c.group = c.nextGroup++;
    if (k !== 'list' && k !== 'table') c.group = 0;
    walk(child, m, c, k);
    if (cell) c.buf.push(' | ');
    else flush(c);
    c.kind = saved.kind;
    c.group = saved.group;
  }
}
