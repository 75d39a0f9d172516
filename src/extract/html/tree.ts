// HTML -> a small element tree built in one htmlparser2 pass. Scripts are never run: their text is
// dropped (JSON-LD excepted, kept as data for the metadata step). The tree is shallow on purpose:
// nesting beyond MAX_DEPTH is flattened into the deepest element, so every later walk is bounded
// and a hostile page cannot blow the stack.
import { Parser } from 'htmlparser2';

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
export const MAX_ELEMENTS = 250_000;

/** Elements whose content is never article text. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'textarea', 'button', 'input', 'video', 'audio', 'map', 'head', 'link', 'meta', 'title', 'base']);

export function parseHtml(html: string): ParsedPage {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  const head: PageHead = { lang: null, title: null, metas: [], links: [], jsonLd: [] };
  // One entry per open tag as htmlparser2 reports it: the element, or null when flattened/dropped.
  const stack: Array<El | null> = [];
  let current = root;
  let depth = 0;
  let dropDepth = 0;
  let inTitle = false;
  let titleText = '';
  let inJsonLd = false;
  let jsonLdText = '';
  let elements = 0;

  const parser = new Parser({
    onopentag(name, attribs) {
      if (dropDepth > 0 || DROP.has(name)) {
        if (dropDepth === 0) {
          if (name === 'meta') head.metas.push(attribs);
          else if (name === 'link') head.links.push(attribs);
          else if (name === 'title' && head.title === null) { inTitle = true; titleText = ''; }
          else if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) { inJsonLd = true; jsonLdText = ''; }
        }
        // meta/link/base are void; head is a container whose children still count.
        if (name !== 'meta' && name !== 'link' && name !== 'base' && name !== 'head') dropDepth++;
        stack.push(null);
        return;
      }
      if (name === 'html' && attribs.lang && !head.lang) head.lang = attribs.lang;
      if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) { stack.push(null); return; }
      const el: El = { tag: name, attrs: attribs, children: [], parent: current };
      current.children.push(el);
      current = el;
      depth++;
      elements++;
      stack.push(el);
    },
    ontext(text) {
      if (inTitle) { titleText += text; return; }
      if (inJsonLd) { jsonLdText += text; return; }
      if (dropDepth > 0) return;
      const kids = current.children;
      const last = kids.length - 1;
      if (last >= 0 && typeof kids[last] === 'string') kids[last] += text;
      else kids.push(text);
    },
    onclosetag(name) {
      const el = stack.pop();
      if (el === undefined) return;
      if (el === null) {
        if (name === 'title' && inTitle) { inTitle = false; head.title = titleText; }
        if (name === 'script' && inJsonLd) { inJsonLd = false; head.jsonLd.push(jsonLdText); }
        if (name !== 'meta' && name !== 'link' && name !== 'base' && name !== 'head' && dropDepth > 0) dropDepth--;
        return;
      }
      current = el.parent ?? root;
      depth--;
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return { root, head, elements };
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
