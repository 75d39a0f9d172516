// HTML -> a small element tree, built from htmlparser2's tokenizer in one pass. Scripts are never
// run: their text is dropped (JSON-LD excepted, kept as data for the metadata step).
// The tree builder is ours rather than htmlparser2's Parser because that one keeps its open elements
// in an array it shifts at the front, which makes a 100k-deep page quadratic. Here the stack grows at
// the end, an end tag looks back a bounded distance, nesting beyond MAX_DEPTH is flattened into the
// deepest element and elements beyond MAX_ELEMENTS are not created: time and memory stay linear.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
export type Node = El | string;

/** What the page says about itself, collected while parsing. */
export interface PageHead {
  lang: string | null;
  title: string | null;
  metas: Array<Record<string, string>>;
  links: Array<Record<string, string>>;
  jsonLd: string[];
}

export interface ParsedPage { root: El; head: PageHead; elements: number }

export const MAX_DEPTH = 256;
/** Past this many elements, further tags are ignored and their text joins the enclosing element (memory bound). */
export const MAX_ELEMENTS = 100_000;
/** How far up the open elements an end tag looks for its start tag; stray end tags beyond are ignored. */
const END_TAG_REACH = 64;

/** Elements whose content is never article text. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'textarea', 'button', 'input', 'video', 'audio', 'map', 'head', 'title', 'base']);

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'image', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

// Start tags that close an open element, as browsers do ("<p>one<p>two", "<li>a<li>b").
const P = new Set(['p']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th', 'td'])], ['td', new Set(['th', 'td'])],
  ['li', new Set(['li'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['option', new Set(['option'])],
  ['a', new Set(['a'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ['h1', HEADING], ['h2', HEADING], ['h3', HEADING], ['h4', HEADING], ['h5', HEADING], ['h6', HEADING],
  ...['p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, Set<string>] => [t, P]),
]);

/** What may stand inside <head>; anything else closes it, as in a browser (pages that omit </head>). */
const HEAD_CONTENT = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template']);

interface Open { name: string; el: El | null; drop: boolean }

class TreeBuilder implements TokenizerCallbacks {
  readonly root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  readonly head: PageHead = { lang: null, title: null, metas: [], links: [], jsonLd: [] };
  elements = 0;
  private readonly html: string;
  private readonly stack: Open[] = [];
  private current: El = this.root;
  private depth = 0;
  private dropDepth = 0;
  private tagName = '';
  private attrs: Record<string, string> = {};
  private attrName = '';
  private attrValue = '';
  /** Where the text of <title> or a JSON-LD script goes while it is open. */
  private capture: { kind: 'title' | 'jsonld'; text: string } | null = null;

  constructor(html: string) {
    this.html = html;
  }

  private addText(text: string): void {
    if (this.capture) { this.capture.text += text; return; }
    if (this.dropDepth > 0) return;
    const kids = this.current.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] += text;
    else kids.push(text);
  }

  ontext(start: number, end: number): void { this.addText(this.html.slice(start, end)); }
  ontextentity(cp: number): void { this.addText(String.fromCodePoint(cp)); }
  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attrs = {};
  }
  onattribname(start: number, end: number): void {
    this.attrName = this.html.slice(start, end).toLowerCase();
    this.attrValue = '';
  }
  onattribdata(start: number, end: number): void { this.attrValue += this.html.slice(start, end); }
  onattribentity(cp: number): void { this.attrValue += String.fromCodePoint(cp); }
  onattribend(): void {
    if (!(this.attrName in this.attrs)) this.attrs[this.attrName] = this.attrValue;
  }
  onopentagend(): void { this.open(this.tagName, this.attrs); }
  // HTML ignores the self-closing slash except on void elements, which close anyway.
  onselfclosingtag(): void { this.open(this.tagName, this.attrs); }
  onclosetag(start: number, end: number): void { this.closeByName(this.html.slice(start, end).toLowerCase()); }
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}

  private open(name: string, attrs: Record<string, string>): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.name === 'head' && !HEAD_CONTENT.has(name)) this.pop();
    const closes = IMPLIED_CLOSE.get(name);
    if (closes) while (this.stack.length && closes.has(this.stack[this.stack.length - 1].name)) this.pop();
    if (name === 'meta' || name === 'link') {
      if (this.dropDepth === 0 || this.stack.some((o) => o.name === 'head')) (name === 'meta' ? this.head.metas : this.head.links).push(attrs);
      return;
    }
    if (name === 'html' && attrs.lang && !this.head.lang) this.head.lang = attrs.lang;
    const isVoid = VOID.has(name);
    if (this.dropDepth > 0 || DROP.has(name)) {
      if (name === 'title' && this.head.title === null && !this.capture && !this.stack.some((o) => o.name === 'svg')) this.capture = { kind: 'title', text: '' };
      else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '') && !this.capture) this.capture = { kind: 'jsonld', text: '' };
      if (isVoid) return;
      // <head> is dropped as text, but what is inside it (meta, title, JSON-LD) is still read above.
      this.stack.push({ name, el: null, drop: true });
      this.dropDepth++;
      return;
    }
    if (this.depth >= MAX_DEPTH || this.elements >= MAX_ELEMENTS) {
      if (name === 'br') this.addText('\n');
      if (!isVoid) this.stack.push({ name, el: null, drop: false });
      return;
    }
    const el: El = { tag: name, attrs, children: [], parent: this.current };
    this.current.children.push(el);
    this.elements++;
    if (isVoid) return;
    this.stack.push({ name, el, drop: false });
    this.current = el;
    this.depth++;
  }

  private pop(): void {
    const o = this.stack.pop();
    if (!o) return;
    if (o.drop) {
      this.dropDepth--;
      if (this.capture && (o.name === 'title' || o.name === 'script')) {
        if (this.capture.kind === 'title') this.head.title = this.capture.text;
        else this.head.jsonLd.push(this.capture.text);
        this.capture = null;
      }
    } else if (o.el) {
      this.current = o.el.parent ?? this.root;
      this.depth--;
    }
  }

  private closeByName(name: string): void {
    if (name === 'br') { this.open('br', {}); return; }
    if (VOID.has(name)) return;
    const floor = Math.max(0, this.stack.length - END_TAG_REACH);
    for (let i = this.stack.length - 1; i >= floor; i--) {
      if (this.stack[i].name === name) {
        while (this.stack.length > i) this.pop();
        return;
      }
    }
  }

  finish(): void {
    while (this.stack.length) this.pop();
  }
}

export function parseHtml(html: string): ParsedPage {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  builder.finish();
  return { root: builder.root, head: builder.head, elements: builder.elements };
}

/** All text under a node, as it would read (no layout). */
export function textOf(node: Node): string {
  if (typeof node === 'string') return node;
  const parts: string[] = [];
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(node);
  return parts.join('');
}

/** Depth-first visit of every element (the tree depth is bounded by MAX_DEPTH). */
export function eachElement(el: El, visit: (e: El) => void): void {
  for (const c of el.children) {
    if (typeof c !== 'string') {
      visit(c);
      eachElement(c, visit);
    }
  }
}
