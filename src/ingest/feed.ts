// RSS, Atom, RDF and JSON Feed documents -> the items an ingest fetches (feedsmith parses them).
import { parseFeed } from 'feedsmith';
import { InputError } from '../model/errors.ts';

export interface FeedItem {
  /** Stable identity within the feed: guid/id, else the link. */
  key: string;
  url: string;
  title: string | null;
  /** ISO-8601 when the feed gives a date it can be read from. */
  published: string | null;
  authors: string[];
}

export interface ParsedFeed { format: string; title: string | null; items: FeedItem[] }

/** True when the response looks like a feed rather than a page. */
export function looksLikeFeed(contentType: string, bytes: Uint8Array): boolean {
  if (/(rss|atom|rdf|feed\+json)/i.test(contentType)) return true;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/xml/i.test(contentType) || head.startsWith('<?xml')) return /<(rss|feed|rdf:RDF)[\s>]/.test(head);
  if (/json/i.test(contentType) || head.startsWith('{')) return /jsonfeed\.org\/version/.test(head);
  return false;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const textOf = (v: unknown): string | null => str(v) ?? (v && typeof v === 'object' ? str((v as Obj).value) : null);

function isoDate(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((a) => (typeof a === 'string' ? a : str((a as Obj)?.name))).filter((a): a is string => !!a);
}

export function parseFeedItems(text: string, base: string): ParsedFeed {
  let parsed: { format: string; feed: Obj };
  try {
    parsed = parseFeed(text) as unknown as { format: string; feed: Obj };
  } catch (e) {
    throw new InputError(`${base}: not a feed this tool can read (${(e as Error).message})`);
  }
  const { format, feed } = parsed;
  const raw = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Obj[];
  const items: FeedItem[] = [];
  for (const it of raw) {
    let link: string | null = null;
    if (format === 'atom') {
      const links = (it.links ?? []) as Obj[];
      const alt = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      link = str(alt?.href);
    } else if (format === 'json') {
      link = str(it.url) ?? str(it.external_url);
    } else {
      link = str(it.link) ?? (it.guid && (it.guid as Obj).isPermaLink !== false ? str((it.guid as Obj).value) : null);
    }
    if (!link) continue;
    let url: string;
    try {
      url = new URL(link, base).toString();
    } catch {
      continue;
    }
    if (!/^https?:/i.test(url)) continue;
    const guid = format === 'atom' || format === 'json' ? str(it.id) : str((it.guid as Obj | undefined)?.value);
    const dc = (it.dc ?? {}) as Obj;
    const published = format === 'atom' ? isoDate(it.published) ?? isoDate(it.updated)
      : format === 'json' ? isoDate(it.date_published) ?? isoDate(it.date_modified)
        : isoDate(it.pubDate) ?? isoDate(dc.date) ?? isoDate((dc.dates as unknown[] | undefined)?.[0]);
    const authors = format === 'atom' || format === 'json' ? names(it.authors)
      : [...names(dc.creators), ...(str(dc.creator) ? [str(dc.creator)!] : []), ...(str(it.author) ? [str(it.author)!] : [])];
    items.push({ key: guid ?? url, url, title: textOf(it.title), published, authors });
  }
  return { format, title: textOf(feed.title), items };
}
