// Article metadata, each field from the most reliable source the page offers and then the next:
// JSON-LD, then <meta> tags, then marked-up page elements (<time>, rel=author, byline classes),
// then the URL and the visible text.
import type { Meta } from '../../model/analysis.ts';
import { emptyMeta } from '../../model/article.ts';
import { isPersonName, parseByline, tidyName } from '../byline.ts';
import type { Block } from './content.ts';
import { dateInText, dateInUrl, toIsoDate } from './dates.ts';
import { textOf, type El, type ParsedPage } from './tree.ts';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage|ItemPage)$/;

function parseJsonLd(text: string): JsonObject[] {
  const cleaned = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '').trim().replace(/;\s*$/, '');
  let data: Json;
  try {
    data = JSON.parse(cleaned) as Json;
  } catch {
    // Raw newlines inside strings are the commonest breakage.
    try {
      data = JSON.parse(cleaned.replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return [];
    }
  }
  const out: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  visit(data, 0);
  return out;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v.name ?? v['@value'] ?? v.url ?? v['@id']);
  return null;
}

/** Author names in JSON-LD: strings, Person objects, arrays of either; organisations are not authors. */
function names(v: Json | undefined): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'object') {
    if (typesOf(v).some((t) => /Organization|Organisation|Corporation|NewsMedia|WebSite|Brand/i.test(t))) return [];
    const n = v.name;
    if (typeof n === 'string') return [n];
    if (Array.isArray(n)) return names(n);
    const g = v.givenName, f = v.familyName;
    if (typeof g === 'string' && typeof f === 'string') return [`${g} ${f}`];
  }
  return [];
}

/**
 * Series from JSON-LD isPartOf. Most pages use isPartOf for the website or a paywall product, so only
 * objects typed as a series count.
 */
function seriesOf(v: Json | undefined, depth = 0): string[] {
  if (!v || typeof v !== 'object' || depth > 2) return [];
  if (Array.isArray(v)) return v.flatMap((x) => seriesOf(x, depth + 1));
  if (!typesOf(v).some((t) => /^(CreativeWorkSeries|Series|PodcastSeries|BlogSeries)$/.test(t))) return [];
  const name = str(v.name ?? null);
  return name ? [name] : [];
}

function imageOf(v: Json | undefined): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return imageOf(v[0]);
  if (typeof v === 'object') return str(v.url ?? v.contentUrl ?? v['@id']);
  return null;
}

/** meta name/property/itemprop (lower-cased) -> first non-empty content. */
function metaMap(page: ParsedPage): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of page.head.metas) {
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
    const content = (a.content ?? a.datetime)?.trim();
    if (key && content && !m.has(key)) m.set(key, content);
  }
  return m;
}

function first(m: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = m.get(k);
    if (v) return v;
  }
  return null;
}

function firstDate(values: Array<string | null | undefined>): string | null {
  for (const v of values) {
    const d = toIsoDate(v);
    if (d) return d;
  }
  return null;
}

const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'date_published',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'pub_date', 'published_time', 'published-date', 'publication_date', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
  'cxenseparse:recs:publishtime', 'article.published', 'originalpublicationdate', 'date', 'display-date', 'displaydate',
  'og:published_time', 'article_date_original', 'eomportal-lastupdate', 'citation_publication_date', 'citation_date', 'timestamp'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'date_modified',
  'last-modified', 'lastmod', 'dcterms.modified', 'dc.date.modified', 'article.updated', 'sailthru.lastmodified'];
const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator',
  'dcterms.creator', 'citation_author', 'twitter:creator:name', 'cxenseparse:author', 'article.author', 'authors'];

/** Page elements that carry metadata by their markup, collected in one walk (bounded counts). */
interface Marked { times: Array<{ value: string; published: boolean; modified: boolean }>; authors: string[]; bylines: string[]; dates: string[] }

const DATE_CLASS = /(^|[\s_-])(date|time|timestamp|published|publish|pubdate|posted|posted-on|entry-date|post-date|article-date|dateline|meta|byline|story-date|updated)([\s_-]|$)/i;
const AUTHOR_CLASS = /(^|[\s_-])(author|authors|byline|by-line|byline-name|author-name|contributor|writer|reporter|posted-by|entry-author|story-byline|article-author)([\s_-]|$)|author|byline/i;

function collectMarked(root: El): Marked {
  const out: Marked = { times: [], authors: [], bylines: [], dates: [] };
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      const a = c.attrs;
      const cls = `${a.class ?? ''} ${a.id ?? ''}`;
      if (c.tag === 'time' && out.times.length < 20) {
        const value = a.datetime ?? textOf(c);
        const hint = `${cls} ${a.itemprop ?? ''} ${'pubdate' in a ? 'pubdate' : ''}`.toLowerCase();
        out.times.push({ value, published: /publish|pubdate|created|posted/.test(hint), modified: /modif|update/.test(hint) });
      }
      const ip = a.itemprop ?? '';
      if (/^(datePublished|dateCreated)$/.test(ip) && out.times.length < 20) {
        out.times.push({ value: a.content ?? a.datetime ?? textOf(c), published: true, modified: false });
      }
      if (ip === 'dateModified' && out.times.length < 20) out.times.push({ value: a.content ?? a.datetime ?? textOf(c), published: false, modified: true });
      if ((ip === 'author' || ip === 'creator' || a.rel === 'author' || /\bauthor\b/.test(a.rel ?? '')) && out.authors.length < 20) {
        const nameEl = findItemprop(c, 'name');
        out.authors.push(nameEl ? (nameEl.attrs.content ?? textOf(nameEl)) : (a.content ?? textOf(c)));
      } else if (cls.length > 1 && AUTHOR_CLASS.test(cls) && out.bylines.length < 20) {
        const t = textOf(c);
        if (t.length < 300) out.bylines.push(t);
      }
      if (cls.length > 1 && DATE_CLASS.test(cls) && out.dates.length < 30) {
        const t = a.datetime ?? a.content ?? textOf(c);
        if (t.length < 200) out.dates.push(t);
      }
      walk(c);
    }
  };
  walk(root);
  return out;
}

function findItemprop(el: El, prop: string): El | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.attrs.itemprop === prop) return c;
    const f = findItemprop(c, prop);
    if (f) return f;
  }
  return null;
}

/** Names that are organisations or desks, not people ("News Nation Bureau", "The Water Coolest"). */
const ORGANISATION = /^the\s|\b(reuters|ap|afp|upi|dpa|efe|ansa|kyodo|yonhap|xinhua|tass|pti|ians|aap|bloomberg|cnn|bbc|international|news|bureau|desk|team|staff|media|press|agency|network|magazine|newspaper|times|journal|online|tv|radio|editors?|editorial|service|wire|group|inc|ltd|llc|company|corp|department|ministry|ministries|office|daily|weekly|report|blog)\b/i;
/** Labels some sites put before the name: "Text: ...", "Текст: ...", "Autor: ...". */
const NAME_LABEL = /^(?:text|texto|texte|текст|автор|author|authors|autor|auteur|reporter|von|por|par|di|door|av|af)\s*:?\s+/i;

const TRAILING_DAY = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published)\b.*$/i;

function isAuthorName(name: string): boolean {
  return isPersonName(name) && !ORGANISATION.test(name);
}

/** "By Jane Doe", "Jane Doe", "Jane Doe and John Roe", "Jane Doe, Reuters" -> names. */
export function authorNames(raw: string): string[] {
  const line = raw.replace(/\s+/g, ' ').trim().replace(NAME_LABEL, '');
  if (!line || line.length > 200 || /^https?:/i.test(line)) return [];
  const byline = parseByline(line).map((n) => n.replace(TRAILING_DAY, '')).filter(isAuthorName);
  if (byline.length) return byline;
  const cleaned = line.replace(/^(?:posted|written|words|story|text|report(?:ed)?)?\s*by[:\s]+/i, '').replace(/\s*[|•·].*$/, '');
  const parts = cleaned.split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)\s*/i).map((p) => tidyName(p.replace(TRAILING_DAY, '')));
  return parts.filter(isAuthorName);
}

/**
 * A one-word name ("Regan") is believed only from markup that says it names the author, and only when
 * it is not the site's own name or a generic account ("admin").
 */
function singleName(raw: string, site: string | null, host: string | null): string[] {
  const name = raw.replace(/\s+/g, ' ').trim().replace(NAME_LABEL, '').replace(/^by[:\s]+/i, '');
  if (!/^\p{Lu}\p{Ll}{2,20}$/u.test(name) || ORGANISATION.test(name) || /^(admin|administrator|editor|staff|guest|anonymous|unknown|user|webmaster|redaktion|redacción|rédaction)$/i.test(name)) return [];
  const key = name.toLowerCase();
  if ((host && host.replace(/[^a-z]/g, '').includes(key)) || (site && site.toLowerCase().replace(/\s+/g, '').includes(key))) return [];
  return [name];
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of list) {
    const k = n.toLowerCase();
    if (!seen.has(k)) { seen.add(k); out.push(n); }
  }
  return out;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

const NAMED_ENTITY: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Pages that escape twice leave "&#8216;" in their titles after one decoding. */
function decodeLeftoverEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITY[name.toLowerCase()] ?? m;
    const cp = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

function clean(s: string | null): string | null {
  if (!s) return null;
  const t = decodeLeftoverEntities(s).replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Drops a " | Site Name" / " - Site Name" tail from a <title>. */
function tidyTitle(title: string | null, site: string | null): string | null {
  const t = clean(title);
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length > 1) {
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (site && parts.some((p) => p.toLowerCase() === site.toLowerCase())) return parts.filter((p) => p.toLowerCase() !== site.toLowerCase()).join(' - ');
    if (longest.length >= 15) return parts[0].length >= 15 ? parts[0] : longest;
  }
  return t;
}

export interface HtmlMeta extends Meta {
  modified: string | null;
  canonicalUrl: string | null;
  section: string | null;
  image: string | null;
}

export function readMetadata(page: ParsedPage, uri: string | null): HtmlMeta {
  const objects = page.head.jsonLd.flatMap(parseJsonLd);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage' && t !== 'ItemPage'))
    ?? objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const ld: JsonObject = article ?? {};
  const org = objects.find((o) => typesOf(o).some((t) => /^(NewsMediaOrganization|Organization|WebSite)$/.test(t)));
  const mm = metaMap(page);
  const linkRel = (rel: string): string | null => page.head.links.find((l) => (l.rel ?? '').toLowerCase().split(/\s+/).includes(rel))?.href ?? null;

  const baseUrl = uri && /^https?:/i.test(uri) ? uri : null;
  const canonicalUrl = absolute(linkRel('canonical') ?? first(mm, ['og:url', 'twitter:url']) ?? str(ld.url) ?? str(ld.mainEntityOfPage), baseUrl) ?? baseUrl;
  const url = canonicalUrl ?? baseUrl;

  const site = clean(str((ld.publisher as Json) ?? null) ?? first(mm, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'])?.replace(/^@/, '') ?? str(org?.name ?? null));
  const publisher = site && !/^https?:/i.test(site) ? site : hostOf(url);

  const title = clean(str(ld.headline) ?? first(mm, ['og:title', 'twitter:title', 'headline', 'dc.title', 'sailthru.title', 'parsely-title']))
    ?? tidyTitle(page.head.title, publisher);

  const marked = collectMarked(page.root);
  const published = firstDate([str(ld.datePublished), str(ld.dateCreated), ...PUBLISHED_META.map((k) => mm.get(k)),
    ...marked.times.filter((t) => t.published).map((t) => t.value), ...marked.times.filter((t) => !t.modified).map((t) => t.value),
    str(ld.dateModified)])
    ?? dateInUrl(url) ?? dateInUrl(uri)
    ?? firstTextDate(marked.dates);
  const modified = firstDate([str(ld.dateModified), ...MODIFIED_META.map((k) => mm.get(k)), ...marked.times.filter((t) => t.modified).map((t) => t.value)]);

  const ldAuthors = names(ld.author).concat(names(ld.creator));
  const metaAuthors = AUTHOR_META.map((k) => mm.get(k)).filter((v): v is string => !!v);
  const host = hostOf(url);
  const authorCandidates: string[][] = [
    ldAuthors.flatMap(authorNames),
    metaAuthors.flatMap(authorNames),
    marked.authors.flatMap(authorNames),
    marked.bylines.flatMap(authorNames),
    ldAuthors.concat(marked.authors, metaAuthors).flatMap((n) => singleName(n, site, host)).slice(0, 1),
  ];
  const authors = dedupe(authorCandidates.find((c) => c.length) ?? []);

  const section = clean(str(ld.articleSection) ?? first(mm, ['article:section', 'section', 'parsely-section', 'sailthru.tags', 'category']));
  const image = absolute(imageOf(ld.image) ?? first(mm, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnail']), url);
  const lang = page.head.lang ?? first(mm, ['content-language', 'og:locale', 'dc.language', 'language']) ?? str(ld.inLanguage);
  const language = lang ? lang.trim().toLowerCase().replace(/_/g, '-').split('-')[0].slice(0, 3) || null : null;

  return {
    ...emptyMeta(),
    title,
    publisher,
    published,
    modified,
    authors,
    language: language && /^[a-z]{2,3}$/.test(language) ? language : null,
    canonicalUrl: canonicalUrl ?? null,
    section,
    image,
    series: dedupe(seriesOf(ld.isPartOf).map((n) => n.replace(/\s+/g, ' ').trim())),
  };
}

/** Last resorts, from the body text itself: a date or a "By ..." line near its start or end. */
export function fillFromBlocks(meta: HtmlMeta, blocks: Block[], bylines: string[]): void {
  if (!meta.published) {
    meta.published = firstTextDate(blocks.slice(0, 2).map((b) => b.text.slice(0, 200)).concat(blocks.slice(-2).map((b) => b.text.slice(0, 300))));
  }
  if (!meta.authors.length) {
    meta.authors = dedupe(bylines.flatMap(parseByline));
  }
}

function firstTextDate(texts: string[]): string | null {
  for (const t of texts) {
    const d = dateInText(t);
    if (d) return d;
  }
  return null;
}
