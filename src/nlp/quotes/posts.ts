// Embedded social-media posts: a block quotation signed "— Arvind Kejriwal (@ArvindKejriwal)
// November 1, 2019" (Twitter's embed, which the extractor keeps as quote paragraphs) is the
// signer's own words, a direct quotation on Twitter, whatever pronouns it uses ("I urge all …").
import type { Quote } from '../../model/analysis.ts';
import type { Doc } from '../doc.ts';
import { firstWhere } from '../bisect.ts';
import { SpeakerResolver } from './speaker.ts';

/** "— Name (@handle) Month D, YYYY" closing an embedded post; the date may be missing. */
const SIGNATURE = /(?:^|\n|\s)[—–]\s*([^\n()—–]{2,80}?)\s*\(@\w{1,30}\)[^\n]*$/;
/** A post's trailing picture or link ("pic.twitter.com/…", "https://t.co/…") is no part of its words. */
const TRAILING_LINKS = /(?:\s+(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/;
/** Quote paragraphs above a signature that may still be the same post (a post is a few lines). */
const MAX_LINES = 6;

/**
 * The article's quotes with each signed post in quote paragraphs as one direct quotation of its
 * signer; quotes found inside a post's words (its first-person reports) give way to it.
 */
export function withSignedPosts(doc: Doc, quotes: Quote[], inQuote: (offset: number) => boolean): Quote[] {
  const { text } = doc;
  const paragraphs = doc.article.paragraphs;
  const posts: Quote[] = [];
  let resolver: SpeakerResolver | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== 'quote') continue;
    const m = SIGNATURE.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const signed = p.start + m.index + (m[0].length - m[0].trimStart().length);
    // The post: the signature paragraph's words before the signature, and the quote paragraphs above it.
    let first = i;
    while (first > 0 && i - first < MAX_LINES && paragraphs[first - 1].kind === 'quote' && !SIGNATURE.test(text.slice(paragraphs[first - 1].start, paragraphs[first - 1].end))) first--;
    const start = first < i ? paragraphs[first].start : p.start;
    const words = text.slice(start, signed).replace(TRAILING_LINKS, '').trimEnd();
    if (!/\p{L}/u.test(words)) continue;
    const end = start + words.length;
    const nameStart = text.indexOf(m[1], signed);
    const span = { start: nameStart, end: nameStart + m[1].length };
    const tokens = doc.tokens.slice(firstWhere(0, doc.tokens.length, (k) => doc.tokens[k].start >= span.start), firstWhere(0, doc.tokens.length, (k) => doc.tokens[k].start >= span.end));
    resolver ??= new SpeakerResolver(doc, inQuote);
    const speaker = tokens.length ? resolver.resolve(span, tokens) : { entity: null, name: m[1], mention: span };
    posts.push({ text: words, start, end, type: 'direct', speaker, cue: null, channel: 'Twitter', sentence: { start, end } });
  }
  if (!posts.length) return quotes;
  const kept = quotes.filter((q) => !posts.some((p) => q.start < p.end && p.start < q.end));
  return [...kept, ...posts].sort((a, b) => a.start - b.start);
}
