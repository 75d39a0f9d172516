// Scraped plain-text pages -> Article: find the article between the page's header lines
// (publisher, date, title, byline) and its footer (contact, copyright, comment widgets),
// drop promos wherever they stand, and read the metadata those lines carry.
import type { Article, RawDocument } from '../model/article.ts';
import { emptyMeta } from '../model/article.ts';
import type { Meta, Paragraph, ParagraphKind } from '../model/analysis.ts';
import { articleId } from '../model/id.ts';
import { END_OF_ARTICLE, classifyBoilerplate, seriesNamesIn } from './text/rules.ts';
import { dateLine, looksLikeTitle, publisherFromCopyright } from './text/header.ts';
import { nameFromContact, namesFromCredits, parseByline } from './byline.ts';
import { findDateline } from './dateline.ts';

interface Block { text: string; kind: ParagraphKind }

/** Blank-line separated blocks; a page with no blank lines at all has one block per line. */
export function splitBlocks(input: string): string[] {
  const text = input.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const byBlank = text.split(/\n[ \t]*\n/);
  const parts = byBlank.length > 1 ? byBlank : text.split('\n');
  return parts.map((b) => b.trim()).filter(Boolean);
}

/** A body paragraph, as opposed to a header line: a sentence or two of running text. */
function isProse(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words >= 14 || (words >= 6 && /[.!?]["”’)]?$/.test(block));
}

/** A subheading inside the body: short, no sentence punctuation, not a dateline or a list. */
function isHeading(block: string): boolean {
  if (/^#{1,6}\s/.test(block)) return true;
  const words = block.split(/\s+/).length;
  return words <= 10 && block.length <= 90 && !block.includes('\n') && /^[\p{Lu}\d"“‘]/u.test(block) && !/[.!?,;:"”’]$/.test(block);
}

function blockKind(block: string): ParagraphKind {
  const lines = block.split('\n');
  if (lines.every((l) => /^\s*([-*•]|\d+[.)])\s+/.test(l)) && lines.length > 1) return 'list';
  if (lines.every((l) => /^\s*>/.test(l))) return 'quote';
  if (isHeading(block)) return 'heading';
  return 'paragraph';
}

/** Markdown-ish markers a scrape may carry are not part of the words. */
function cleanBlock(block: string, kind: ParagraphKind): string {
  if (kind === 'heading') return block.replace(/^#{1,6}\s+/, '').replace(/\s*#+$/, '');
  if (kind === 'quote') return block.replace(/^\s*>\s?/gm, '');
  return block.replace(/[ \t]*\n[ \t]*/g, kind === 'list' ? '\n' : ' ');
}

export function extractPlainText(input: string, raw: RawDocument): Article {
  const blocks = splitBlocks(input);
  const meta: Meta = { ...emptyMeta(), ...stripHints(raw.hints) };
  const authors: string[] = [...meta.authors];
  const addAuthors = (names: string[]) => {
    for (const n of names) if (!authors.some((a) => a.toLowerCase() === n.toLowerCase())) authors.push(n);
  };

  // Header: everything before the first paragraph of prose that is not boilerplate.
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const boiler = classifyBoilerplate(b);
    if (boiler === 'series-note') meta.series.push(...seriesNamesIn(b).filter((s) => !meta.series.includes(s)));
    if (boiler) continue;
    const byline = parseByline(b);
    if (byline.length) { addAuthors(byline); continue; }
    const dl = dateLine(b);
    if (dl) {
      if (dl.label === 'modified') meta.modified ??= dl.date;
      else meta.published ??= dl.date;
      if (dl.publisher) meta.publisher ??= dl.publisher;
      continue;
    }
    if (isProse(b) && !looksLikeTitle(b)) break;
    if (!meta.title && looksLikeTitle(b)) { meta.title = b.replace(/^#{1,6}\s+/, ''); continue; }
    // A lone short line above the article (a section label, a publisher's name) says nothing we keep.
    if (!meta.publisher && b.split(/\s+/).length <= 5 && /^[\p{Lu}]/u.test(b) && !/[.!?]$/.test(b)) meta.publisher = b;
  }

  // Body, until the page's end-of-article furniture.
  const body: Block[] = [];
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const boiler = classifyBoilerplate(b);
    if (boiler) {
      if (boiler === 'series-note') meta.series.push(...seriesNamesIn(b).filter((s) => !meta.series.includes(s)));
      if (boiler === 'contact') addAuthors(nameFromContact(b));
      if (boiler === 'credits') addAuthors(namesFromCredits(b));
      if (boiler === 'copyright') meta.publisher ??= publisherFromCopyright(b);
      if (END_OF_ARTICLE.has(boiler)) break;
      continue;
    }
    // A byline can also follow the title inside the body's first lines.
    if (body.length === 0) {
      const byline = parseByline(b);
      if (byline.length) { addAuthors(byline); continue; }
    }
    const kind = blockKind(b);
    body.push({ text: cleanBlock(b, kind), kind });
  }
  // After an end marker, only credits and contacts can still name authors.
  for (; i < blocks.length; i++) {
    const boiler = classifyBoilerplate(blocks[i]);
    if (boiler === 'contact') addAuthors(nameFromContact(blocks[i]));
    if (boiler === 'credits') addAuthors(namesFromCredits(blocks[i]));
    if (boiler === 'copyright') meta.publisher ??= publisherFromCopyright(blocks[i]);
  }
  // A trailing heading with nothing under it is page furniture ("More on this story").
  while (body.length && body[body.length - 1].kind === 'heading') body.pop();

  const first = body.find((b) => b.kind === 'paragraph');
  if (first) {
    const found = findDateline(first.text);
    if (found) {
      meta.dateline = found.dateline;
      if (found.agency) meta.publisher ??= found.agency;
    }
  }
  meta.authors = authors;

  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of body) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length, kind: b.kind });
    text += b.text;
  }
  return {
    id: articleId(meta.canonicalUrl ?? raw.uri, text),
    source: { uri: raw.uri, contentType: raw.contentType, fetchedAt: raw.fetchedAt },
    meta,
    text,
    paragraphs,
  };
}

function stripHints(hints: RawDocument['hints']): Partial<Meta> {
  if (!hints) return {};
  const { id: _id, ...rest } = hints;
  return rest;
}
