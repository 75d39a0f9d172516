// Scraped plain-text pages -> Article: find the article between the page's header lines
// (publisher, date, title, byline) and its footer (contact, copyright, comment widgets),
// drop promos wherever they stand, and read the metadata those lines carry.
import type { Article, RawDocument } from '../model/article.ts';
import { emptyMeta } from '../model/article.ts';
import type { Meta, Paragraph, ParagraphKind } from '../model/analysis.ts';
import { articleId } from '../model/id.ts';
import { END_OF_ARTICLE, classifyBoilerplate, seriesNamesIn } from './text/rules.ts';
import { dateLine, looksLikeTitle, publisherFromCopyright } from './text/header.ts';
import { nameFromContact, namesFromCredits, parseByline, parseNameWithRole } from './byline.ts';
import { findDateline, readDateline } from './dateline.ts';

interface Block { text: string; kind: ParagraphKind }

/** Blank-line separated blocks; a page with no blank lines at all has one block per line. */
export function splitBlocks(input: string): string[] {
  const text = input.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const byBlank = text.split(/\n[ \t]*\n/);
  const parts = byBlank.length > 1 ? byBlank : text.split('\n');
  return parts.map((b) => b.trim()).filter(Boolean);
}

const REPORTING_FROM = /^reporting from\b/i;
const HEADER_SCAN = 12;

function isHeaderLine(block: string): boolean {
  return parseByline(block).length > 0 || dateLine(block) !== null || parseNameWithRole(block).length > 0 || REPORTING_FROM.test(block);
}

/** Index of the last byline/date line among the first blocks, stopping at the report's dateline. */
function findLastHeaderLine(blocks: string[]): number {
  let last = -1;
  for (let k = 0; k < Math.min(blocks.length, HEADER_SCAN); k++) {
    if (isProse(blocks[k]) && findDateline(blocks[k])) break;
    if (isHeaderLine(blocks[k])) last = k;
  }
  return last;
}

const PUBLICATION = /^(the )?[\p{L} ]{0,30}\b(times|news|post|herald|journal|tribune|daily|gazette|telegraph|chronicle|ledger|observer|guardian|express|standard|mail|star|sun|independent|monitor|today|weekly|press|wire|review)$/iu;

/** A publication's name: a few capitalised words, no sentence. */
function isMasthead(block: string): boolean {
  const words = block.split(/\s+/);
  return words.length <= 5 && block.length <= 50 && /^\p{Lu}/u.test(block) && !/[.!?,:;]$/.test(block) && !/\d/.test(block);
}

/** A sentence of three words or more, with its full stop. */
const SENTENCE = /^\S+(?:\s+\S+){2,}[.!?]["”’)]?$/;

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

  // Header: the page's lines above the article. It runs at least to the last byline or date line
  // among the first blocks (a standfirst may stand between title and byline), then to the first prose.
  const lastHeaderLine = findLastHeaderLine(blocks);
  const headlines: string[] = [];
  // The first block the header could not place: where the body starts if no prose follows (a
  // short note such as "Putin met Kim." is still the article).
  let unplaced = -1;
  let lastHeadline = -1;
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const boiler = classifyBoilerplate(b);
    if (boiler === 'series-note') meta.series.push(...seriesNamesIn(b).filter((s) => !meta.series.includes(s)));
    if (boiler) continue;
    const byline = parseByline(b);
    const dl = dateLine(b);
    if (dl) {
      if (dl.published) meta.published ??= dl.published;
      if (dl.modified) meta.modified ??= dl.modified;
      if (dl.publisher && !byline.length) meta.publisher ??= dl.publisher;
    }
    const named = byline.length ? byline : parseNameWithRole(b);
    if (named.length) addAuthors(named);
    if (dl || named.length || REPORTING_FROM.test(b)) continue;
    if (i > lastHeaderLine && isProse(b) && !looksLikeTitle(b)) break;
    if (looksLikeTitle(b) || isMasthead(b)) { headlines.push(b.replace(/^#{1,6}\s+/, '')); lastHeadline = i; }
    else if (unplaced < 0) unplaced = i;
  }
  // A short sentence the header could not place, with no headline after it, opens the body: "Obama
  // said the plan failed." before a longer paragraph is the article's first paragraph, not furniture.
  if (unplaced >= 0 && (i === blocks.length || (unplaced > lastHeaderLine && lastHeadline < unplaced && SENTENCE.test(blocks[unplaced])))) i = unplaced;
  // Nothing but lines that could head a page: the last, if it reads as running text, is the article
  // ('When someone shouted, "Cruz," Beck joked, "Amen, brother!"' alone in a file is no headline).
  else if (i === blocks.length && lastHeadline >= 0 && isProse(blocks[lastHeadline]) && headlines[headlines.length - 1] === blocks[lastHeadline].replace(/^#{1,6}\s+/, '')) {
    headlines.pop();
    i = lastHeadline;
  }
  // Above the article: perhaps the publication's name, then the headline, then a standfirst.
  if ((headlines.length >= 2 && isMasthead(headlines[0])) || (headlines.length === 1 && PUBLICATION.test(headlines[0]))) {
    meta.publisher ??= headlines.shift()!;
  }
  meta.title ??= headlines.find(looksLikeTitle) ?? null;

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
    // A short byline can also stand below the article ("By Kim Min-ji (minji@...)").
    const byline = b.length <= 120 ? parseByline(b) : [];
    if (byline.length) { addAuthors(byline); continue; }
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
  if (first) readDateline(meta, first.text);
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
