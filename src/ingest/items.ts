// Ingest inputs -> a stream of items: files and directories (txt, html, html.gz, JSONL in the
// contract's batch form, WARC), URLs (pages or feeds, fetched later by the runner).
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { BatchLine, batchLineProblem } from '../model/batch.ts';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import type { RawDocument } from '../model/article.ts';
import { oneLine } from '../model/errors.ts';
import { isUrl, readSource } from './source.ts';
import type { Work } from './work.ts';

export type Item =
  | { kind: 'work'; work: Work }
  | { kind: 'url'; label: string; url: string; hints?: RawDocument['hints']; feedId?: number | null; itemKey?: string }
  | { kind: 'failed'; label: string; reason: string }
  | { kind: 'skipped'; label: string; reason: string };

export interface ItemOptions {
  maxBytes?: number;
  /** The user's --published: the anchor for relative dates in every item. */
  published?: string | null;
}

const PAGE = /\.(txt|text|html?|xhtml)(\.gz)?$/i;
const JSONL = /\.(jsonl|ndjson)(\.gz)?$/i;
const WARC = /\.warc(\.gz)?$/i;

export type FileKind = 'page' | 'jsonl' | 'warc' | null;

export function fileKind(path: string): FileKind {
  if (JSONL.test(path)) return 'jsonl';
  if (WARC.test(path)) return 'warc';
  if (PAGE.test(path)) return 'page';
  return null;
}

export async function* expandInputs(inputs: string[], o: ItemOptions = {}): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (isUrl(input)) {
      yield { kind: 'url', label: input, url: input };
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      yield { kind: 'failed', label: input, reason: 'no such file or directory' };
      continue;
    }
    if (st.isDirectory()) {
      const files = walk(input);
      // A wrong path more often than an empty inbox: say so rather than report nothing done.
      if (!files.length) yield { kind: 'failed', label: input, reason: 'no files in this directory' };
      for (const file of files) {
        const kind = fileKind(file);
        if (kind) yield* fileItems(file, kind, o);
        else yield { kind: 'skipped', label: file, reason: 'not a .txt, .html, .html.gz, .jsonl or .warc file' };
      }
    } else {
      // A file named on the command line is read whatever its name; its content decides.
      yield* fileItems(input, fileKind(input) ?? 'page', o);
    }
  }
}

/** Files under a directory, depth first in name order, hidden ones left out. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function* fileItems(path: string, kind: Exclude<FileKind, null>, o: ItemOptions): AsyncGenerator<Item> {
  if (kind === 'jsonl') return yield* jsonlItems(path, o);
  if (kind === 'warc') return yield* warcItems(path, o);
  try {
    const raw = await readSource(path, { maxBytes: o.maxBytes });
    yield { kind: 'work', work: { label: path, matchUri: true, input: { kind: 'raw', raw, published: o.published ?? null } } };
  } catch (e) {
    yield { kind: 'failed', label: path, reason: stripLabel(path, oneLine(e)) };
  }
}

function stripLabel(label: string, msg: string): string {
  return msg.startsWith(`${label}: `) ? msg.slice(label.length + 2) : msg;
}


/** The contract's batch form: one {id, text|html, url?, published?, title?, publisher?, authors?} per line. */
export function jsonlItem(line: string, label: string, o: ItemOptions): Item {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { kind: 'failed', label, reason: 'not valid JSON' };
  }
  const r = BatchLine.safeParse(parsed);
  if (!r.success) return { kind: 'failed', label, reason: batchLineProblem(r.error) };
  const l = r.data;
  const published = o.published ?? null;
  if (typeof l.text === 'string') {
    if (!l.text.trim()) return { kind: 'failed', label, reason: 'empty "text"' };
    return {
      kind: 'work',
      work: {
        label, sourceId: l.id,
        input: {
          kind: 'text', text: l.text, url: l.url ?? null, uri: l.url ?? label, published,
          meta: { published: l.published ?? null, title: l.title ?? null, publisher: l.publisher ?? null, authors: l.authors ?? [] },
        },
      },
    };
  }
  if (typeof l.html === 'string') {
    const raw: RawDocument = {
      uri: l.url ?? label, contentType: 'text/html', charset: 'utf-8', bytes: Buffer.from(l.html, 'utf8'), fetchedAt: null,
      hints: { published: l.published ?? undefined, title: l.title ?? undefined, publisher: l.publisher ?? undefined, authors: l.authors },
    };
    return { kind: 'work', work: { label, sourceId: l.id, input: { kind: 'raw', raw, published } } };
  }
  return { kind: 'failed', label, reason: 'line has neither "text" nor "html"' };
}

async function* jsonlItems(path: string, o: ItemOptions): AsyncGenerator<Item> {
  const stream = createReadStream(path);
  const input = /\.gz$/i.test(path) ? stream.pipe(createGunzip()) : stream;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      yield jsonlItem(line, `${path}:${n}`, o);
    }
  } catch (e) {
    yield { kind: 'failed', label: n ? `${path}:${n}` : path, reason: `cannot read ${n ? 'further' : 'it'} (${oneLine(e)})` };
  }
}

/** Response and resource records holding HTML or text; requests, metadata and the rest are passed over. */
async function* warcItems(path: string, o: ItemOptions): AsyncGenerator<Item> {
  let n = 0;
  try {
    const parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
      n++;
      if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
        yield { kind: 'failed', label: `${path}#${n}`, reason: n === 1 ? 'not a WARC file (it does not start with a WARC/1.x record header)' : 'damaged WARC file (a record does not start with a WARC/1.x header)' };
        return;
      }
      const type = record.warcType;
      // Every WARC record names its type; a header without one is a file cut right after "WARC/1.x".
      if (!type) return yield { kind: 'failed', label: `${path}#${n}`, reason: 'damaged WARC file (a record header without a WARC-Type)' };
      const uri = record.warcTargetURI ?? `${path}#${n}`;
      const status = record.httpHeaders?.statusCode;
      const ctype = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
      const wanted = (type === 'response' || type === 'resource') && !(type === 'response' && status !== undefined && Number(status) !== 200)
        && /html|text\/plain|xml/i.test(ctype);
      if (!wanted) {
        // Read past it here: warcio skips a record by looping until its length is read, forever
        // when the file ends inside the record.
        for await (const _ of record.reader) { /* discarded */ }
        if (truncated(record)) return yield { kind: 'failed', label: `${path}#${n}`, reason: 'damaged WARC file (it ends inside a record)' };
        continue;
      }
      const bytes = await record.readFully(true);
      if (truncated(record)) return yield { kind: 'failed', label: `${path}#${n}`, reason: `damaged WARC file (it ends inside the record of ${uri})` };
      if (o.maxBytes && bytes.length > o.maxBytes) {
        yield { kind: 'failed', label: uri, reason: 'record over the size limit' };
        continue;
      }
      const date = record.warcDate ?? null;
      const raw: RawDocument = {
        uri, contentType: ctype.split(';')[0].trim().toLowerCase(), charset: /charset="?([^;"\s]+)/i.exec(ctype)?.[1] ?? null,
        bytes, fetchedAt: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : null,
      };
      yield { kind: 'work', work: { label: uri, sourceId: record.warcHeader('WARC-Record-ID') ?? null, input: { kind: 'raw', raw, published: o.published ?? null } } };
    }
  } catch (e) {
    return yield { kind: 'failed', label: `${path}#${n}`, reason: `damaged WARC file (${oneLine(e)})` };
  }
  if (!n) yield { kind: 'failed', label: path, reason: 'no WARC records in it (empty, or cut inside the first header)' };
}

/** True when the file ended before the record's Content-Length was read (warcio's limit reader still expects bytes). */
function truncated(record: WARCRecord): boolean {
  const limit = (record as unknown as { _reader?: { limit?: unknown } })._reader?.limit;
  return typeof limit === 'number' && limit > 0;
}
