import type { Command } from 'commander';
import { readSource } from '../ingest/source.ts';
import { extract } from '../extract/index.ts';
import type { Article } from '../model/article.ts';
import { parseMaxBytes } from './analyze.ts';

interface ExtractFlags { json?: boolean; maxMb?: string }

/** Plain reading form: the metadata that was found, then the text. Terminal control characters are removed. */
export function formatArticle(a: Article): string {
  const safe = (s: string): string => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  const m = a.meta;
  const lines: string[] = [];
  const put = (label: string, value: string | null | undefined): void => {
    if (value) lines.push(`${label.padEnd(10)} ${safe(value)}`);
  };
  put('title', m.title);
  put('publisher', m.publisher);
  put('published', m.published);
  put('modified', m.modified);
  put('authors', m.authors.join(', '));
  put('dateline', m.dateline ? `${m.dateline.text}${m.dateline.country ? ` (${m.dateline.country})` : ''}` : null);
  put('section', m.section);
  put('language', m.language);
  put('url', m.canonicalUrl);
  put('image', m.image);
  lines.push(`${'text'.padEnd(10)} ${a.paragraphs.length} blocks, ${a.text.length} characters`, '');
  return `${lines.join('\n')}\n${safe(a.text).replace(/\r/g, '')}\n`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the article from a web page (file, URL or - for stdin): body text, structure, metadata')
    .argument('<input>', 'a .html/.html.gz file, an http(s) URL, or - for stdin')
    .option('--json', 'print the Article part of the contract (id, source, meta, text, paragraphs)')
    .option('--max-mb <n>', 'refuse inputs larger than this many megabytes', '50')
    .action(async (input: string, flags: ExtractFlags) => {
      const raw = await readSource(input, { maxBytes: parseMaxBytes(flags.maxMb) });
      const article = await extract(raw);
      if (flags.json) process.stdout.write(`${JSON.stringify(article)}\n`);
      else process.stdout.write(formatArticle(article));
    });
}
