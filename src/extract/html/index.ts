// HTML page -> Article: decode, parse once, find the body, read the metadata.
import type { Article, RawDocument } from '../../model/article.ts';
import type { Paragraph } from '../../model/analysis.ts';
import { InputError } from '../../model/errors.ts';
import { articleId } from '../../model/id.ts';
import { decodeText } from '../decode.ts';
import { findDateline } from '../dateline.ts';
import { declaredCharset, sniffCharset } from './charset.ts';
import { findContent, readBlocks, type Block } from './content.ts';
import { fillFromBlocks, readMetadata } from './metadata.ts';
import { parseHtml } from './tree.ts';
import { trimTail } from './tail.ts';

/** Page bytes -> string: BOM, declared charset, UTF-8, else a charset sniffed from the bytes. */
export function decodeHtml(raw: RawDocument): string {
  const declared = declaredCharset(raw.bytes, raw.charset ?? null);
  const decoded = decodeText(raw.bytes, declared, raw.uri);
  // decodeText falls back to windows-1252 when undeclared bytes are not UTF-8; CJK pages need a closer look.
  if (declared === null && decoded.encoding === 'windows-1252') {
    const sniffed = sniffCharset(raw.bytes, true);
    if (sniffed !== 'windows-1252') return decodeText(raw.bytes, sniffed, raw.uri).text;
  }
  return decoded.text;
}

/** Blocks -> text joined by blank lines, with each block's span. */
export function assemble(blocks: Block[]): { text: string; paragraphs: Paragraph[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length, kind: b.kind });
    text += b.text;
  }
  return { text, paragraphs };
}

/** Bytes that decode to control characters and replacement marks are not a web page. */
function looksBinary(html: string): boolean {
  const n = Math.min(html.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = html.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad > n * 0.05;
}

export function extractHtmlString(html: string, raw: RawDocument): Article {
  if (looksBinary(html)) throw new InputError(`${raw.uri ?? 'input'}: binary data, not an HTML page`);
  const page = parseHtml(html);
  const { nodes, measure } = findContent(page.root);
  const meta = readMetadata(page, raw.uri);
  let { blocks, bylines } = readBlocks(nodes, measure, meta.title);
  // Nothing scored (text straight in <body>, a bare fragment, one short paragraph): read the whole
  // page, furniture still left out, before giving up.
  if (!blocks.length) ({ blocks, bylines } = readBlocks([page.root], measure, meta.title));
  fillFromBlocks(meta, blocks, bylines);
  const tail = trimTail(blocks, meta.authors);
  blocks = tail.blocks;
  for (const s of tail.series) if (!meta.series.includes(s)) meta.series.push(s);
  const { text, paragraphs } = assemble(blocks);
  if (!text) throw new InputError(`${raw.uri ?? 'input'}: no article text found in the HTML page`);
  const first = paragraphs.find((p) => p.kind === 'paragraph');
  const dl = first ? findDateline(text.slice(first.start, first.end)) : null;
  if (dl) meta.dateline = dl.dateline;
  const hints = raw.hints ?? {};
  return {
    id: articleId(meta.canonicalUrl ?? (raw.uri && /^https?:/i.test(raw.uri) ? raw.uri : null), text),
    source: { uri: raw.uri, contentType: 'text/html', fetchedAt: raw.fetchedAt },
    meta: {
      ...meta,
      title: hints.title ?? meta.title,
      publisher: hints.publisher ?? meta.publisher,
      published: hints.published ?? meta.published,
      authors: hints.authors?.length ? hints.authors : meta.authors,
    },
    text,
    paragraphs,
  };
}

export function extractHtml(raw: RawDocument): Article {
  return extractHtmlString(decodeHtml(raw), raw);
}
