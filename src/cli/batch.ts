// `analyze --jsonl`: one JSON object in, one analysis (or one error object) out, per line.
import { createReadStream } from 'node:fs';
import { BatchLine, batchLineProblem } from '../model/batch.ts';
import { createInterface } from 'node:readline';
import { statSync } from 'node:fs';
import { articleFromText } from '../extract/given.ts';
import { extract } from '../extract/index.ts';
import { analyzeArticle } from '../nlp/pipeline.ts';
import { detectLanguage } from '../extract/language.ts';
import { InputError, oneLine } from '../model/errors.ts';
import type { Analysis, BatchError } from '../model/analysis.ts';


export async function analyzeLine(line: string, options: { published: string | null }): Promise<Analysis | BatchError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  const idGuess = typeof (parsed as { id?: unknown })?.id === 'string' ? (parsed as { id: string }).id : null;
  const r = BatchLine.safeParse(parsed);
  if (!r.success) return { id: idGuess, error: batchLineProblem(r.error) };
  const l = r.data;
  try {
    const published = options.published ?? l.published ?? null;
    let article;
    if (typeof l.text === 'string') {
      const language = await detectLanguage(l.text);
      article = articleFromText(l.text, { published, language, title: l.title ?? null, publisher: l.publisher ?? null, authors: l.authors ?? [] }, l.id, l.url ?? null);
    } else if (typeof l.html === 'string') {
      article = await extract({ uri: l.url ?? l.id, contentType: 'text/html', bytes: Buffer.from(l.html, 'utf8'), charset: 'utf-8', fetchedAt: null, hints: published ? { published } : undefined });
    } else {
      return { id: l.id, error: 'line has neither "text" nor "html"' };
    }
    return { ...analyzeArticle(article, { published }), id: l.id };
  } catch (e) {
    return { id: l.id, error: oneLine(e) };
  }
}

export async function analyzeJsonl(input: string, options: { published: string | null; maxBytes?: number }): Promise<void> {
  if (input !== '-') {
    try {
      if (statSync(input).isDirectory()) throw new InputError(`${input}: is a directory, not a JSONL file`);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`${input}: no such file`);
    }
  }
  const stream = input === '-' ? process.stdin : createReadStream(input, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const out = await analyzeLine(line, options);
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}
