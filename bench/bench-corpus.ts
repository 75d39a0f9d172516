// The ingest bench's articles: the 924 PolNeAR articles repeated with variations, as JSONL lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../eval/shared.ts';

interface Src { id: string; title: string; publisher: string; published: string; authors: string[]; text: string }

let cached: Src[] | null = null;

/** The PolNeAR articles the bench corpus is made from. */
export function benchSource(): Src[] {
  cached ??= readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8')
    .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Src);
  return cached;
}

/**
 * Copy r of an article: later copies drop a paragraph (rotating which) and carry an edition line,
 * so every copy has different text and is a new article to the store, as a rewrite would be.
 */
function variant(a: Src, r: number): string {
  if (r === 0) return a.text;
  const paras = a.text.split(/\n\n+/);
  if (paras.length > 3) paras.splice(1 + (r % (paras.length - 2)), 1);
  return `${paras.join('\n\n')}\n\nThis is edition ${r + 1} of the report.`;
}

/** Writes n bench articles as JSONL to file; returns the bytes of their texts. */
export function writeBenchCorpus(n: number, file: string): number {
  const source = benchSource();
  let out = '';
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = source[i % source.length];
    const r = Math.floor(i / source.length);
    const text = variant(a, r);
    bytes += Buffer.byteLength(text);
    out += `${JSON.stringify({ id: `${a.id}#${r}`, text, title: a.title, publisher: a.publisher, published: a.published, authors: a.authors })}\n`;
  }
  writeFileSync(file, out);
  return bytes;
}
