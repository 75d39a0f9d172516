import type { Command } from 'commander';
import { readSource } from '../ingest/source.ts';
import { extract } from '../extract/index.ts';
import { analyzeArticle } from '../nlp/pipeline.ts';
import { InputError } from '../model/errors.ts';
import { parseDay, plainNumber } from './flags.ts';
import { analyzeJsonl } from './batch.ts';
import { formatAnalysis } from './format.ts';

interface AnalyzeFlags { json?: boolean; jsonl?: boolean; published?: string; maxMb?: string }

export function parsePublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  return parseDay('published', value);
}

export function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mb = plainNumber(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InputError(`--max-mb: expected a positive number, got "${value}"`);
  return Math.round(mb * 1048576);
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (file, URL or - for stdin): entities, quotes, events')
    .argument('<input>', 'a .txt/.html/.html.gz file, an http(s) URL, or - for stdin; a .jsonl file is read as --jsonl')
    .option('--json', 'print the analysis JSON of the contract')
    .option('--jsonl', 'batch: read JSON lines {id, text|html, url?, published?} and write one analysis per line')
    .option('--published <YYYY-MM-DD>', 'date that relative expressions ("Tuesday") resolve against')
    .option('--max-mb <n>', 'refuse inputs larger than this many megabytes', '50')
    .action(async (input: string, flags: AnalyzeFlags) => {
      const published = parsePublished(flags.published);
      const maxBytes = parseMaxBytes(flags.maxMb);
      // A file of JSON lines is a batch whether or not the flag says so: read as one article, its
      // analysis would be of the JSON's punctuation. A WARC archive holds many pages, which ingest reads.
      if (/\.warc(\.gz)?$/i.test(input)) throw new InputError(`${input}: a WARC archive holds many pages; read it with "sitrep ingest ${input}"`);
      if (flags.jsonl || /\.(jsonl|ndjson)$/i.test(input)) {
        await analyzeJsonl(input, { published, maxBytes });
        return;
      }
      const raw = await readSource(input, { maxBytes });
      const analysis = analyzeArticle(await extract(raw), { published });
      if (flags.json) process.stdout.write(`${JSON.stringify(analysis)}\n`);
      else process.stdout.write(formatAnalysis(analysis, { color: process.stdout.isTTY === true }));
    });
}
