// One unit of ingest work and the pure part of processing it (extract + analyse), which may run
// on a worker thread: everything here is structured-clonable data.
import type { Article, RawDocument } from '../model/article.ts';
import type { Analysis, Meta } from '../model/analysis.ts';
import { asError } from '../model/errors.ts';
import { articleFromText } from '../extract/given.ts';
import { analyzeArticle, analyzeArticles } from '../nlp/pipeline.ts';

export type AnalyzeInput =
  /** Bytes from a file, a URL, a WARC record or a JSONL `html` field: extraction decides the text. */
  | { kind: 'raw'; raw: RawDocument; published: string | null }
  /** A JSONL `text` field: analysed as given, so offsets into it stay valid. */
  | { kind: 'text'; text: string; url: string | null; uri: string; meta: Partial<Meta>; published: string | null };

export interface Work {
  /** What the user sees in messages: path, path:line, URL, WARC record URI. */
  label: string;
  input: AnalyzeInput;
  sourceId?: string | null;
  feedId?: number | null;
  /** The label is a file path that names the document: re-extraction updates its article. */
  matchUri?: boolean;
}

export async function analyzeInput(w: AnalyzeInput): Promise<Analysis> {
  return analyzeArticle(await articleOf(w), { published: w.published });
}

/** analyzeInput for several inputs at once, stage by stage (see analyzeArticles); a failed one gets its Error. */
export async function analyzeInputs(inputs: AnalyzeInput[]): Promise<Array<Analysis | Error>> {
  const articles = await Promise.all(inputs.map((w) => articleOf(w).catch(asError)));
  const ok = inputs.flatMap((w, i) => { const a = articles[i]; return a instanceof Error ? [] : [{ article: a, options: { published: w.published } }]; });
  const analysed = analyzeArticles(ok);
  let next = 0;
  return articles.map((a) => (a instanceof Error ? a : analysed[next++]));
}

/**
 * Extraction (HTML, plain-text pages, language detection) is loaded when a raw document first comes:
 * a worker that only analyses given texts (JSONL `text` lines) never needs it, and loading it costs
 * ~0.15 CPU-s at each worker's start.
 */
let extractor: Promise<typeof import('../extract/index.ts')> | null = null;

async function articleOf(w: AnalyzeInput): Promise<Article> {
  const article = w.kind === 'text'
    ? articleFromText(w.text, { ...w.meta, published: w.meta.published ?? w.published }, w.uri, w.url)
    : await (await (extractor ??= import('../extract/index.ts'))).extract(w.raw);
  if (!article.text.trim()) throw new Error('no article text found');
  return article;
}
