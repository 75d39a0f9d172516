// What the ingest and extract stages hand on: bytes as they arrived, then a clean article.
import type { Meta, Paragraph, Source } from './analysis.ts';

/** A document as a source produced it, before any interpretation. */
export interface RawDocument {
  /** File path, URL, or a caller-chosen id (stdin, JSONL line). */
  uri: string | null;
  /** MIME type as declared or sniffed: text/plain, text/html, application/json ... */
  contentType: string;
  /** Charset named by the transport (HTTP header), if any. */
  charset?: string | null;
  bytes: Uint8Array;
  fetchedAt: string | null;
  /** Hints a source knows better than the page does (feed item date, JSONL `published`). */
  hints?: Partial<Pick<Meta, 'title' | 'publisher' | 'published' | 'authors'>> & { id?: string };
}

/** The article itself: body text without boilerplate, its structure and metadata. */
export interface Article {
  id: string;
  source: Source;
  meta: Meta;
  text: string;
  paragraphs: Paragraph[];
}

export function emptyMeta(): Meta {
  return { title: null, publisher: null, published: null, authors: [], dateline: null, series: [], language: null };
}
