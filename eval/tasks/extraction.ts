// Article extraction on the 88 dev pages of the article-extraction benchmark, scored by the
// benchmark's own metric (../shared/eval/extraction/score-extraction.mjs, word 4-gram shingles),
// plus how often the metadata a page shows was found.
//
// "Shows a date/author" is judged from the raw HTML, independently of the extractor: a page shows a
// date when its visible text holds a written date (month name + day + year, or a numeric Y-M-D) or its
// markup holds a date (<time>, a date <meta>, JSON-LD datePublished); it shows an author when its
// markup names one (author <meta>/JSON-LD/rel=author/itemprop=author) or its text has a "By Firstname
// Lastname" byline. Pages where the two disagree are listed so a person can check them.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHARED, requireShared } from '../shared.ts';
import { extractHtml } from '../../src/extract/html/index.ts';

requireShared('extraction');
const corpus = join(SHARED, 'corpus', 'article-extraction-benchmark-dev');
const gt = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const out = mkdtempSync(join(tmpdir(), 'sitrep-extraction-'));
const verbose = process.argv.includes('--verbose');

const DATE_IN_TEXT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b/i;
const DATE_MARKUP = /<time\b|datePublished|published_time|name=["'](?:date|pubdate|publishdate|dc\.date)/i;
const AUTHOR_MARKUP = /<meta[^>]+(?:name|property)=["'](?:author|article:author|byl|parsely-author|sailthru\.author)["'][^>]*content=["'][^"']*[A-Za-z]|"author"\s*:\s*(?:\[\s*)?(?:\{[^}]*"name"\s*:\s*"[^"]+|"[A-Za-z][^"]+")|rel=["']author["']|itemprop=["']author["']/i;
const BYLINE_IN_TEXT = />\s*By\s+[A-Z][a-z]+\s+[A-Z][a-z]+/;

const visibleText = (html: string): string => html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');

let failed = 0;
let datesShown = 0, datesFound = 0, datesFoundNotShown = 0;
let authorsShown = 0, authorsFound = 0, authorsFoundNotShown = 0;
const misses: string[] = [];
for (const file of readdirSync(join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).sort()) {
  const id = file.replace(/\.html\.gz$/, '');
  const bytes = gunzipSync(readFileSync(join(corpus, 'html', file)));
  const url = gt[id]?.url ?? null;
  let body = '';
  try {
    const a = extractHtml({ uri: url, contentType: 'text/html', bytes, fetchedAt: null });
    body = a.text;
    const html = bytes.toString('latin1');
    const showsDate = DATE_MARKUP.test(html) || DATE_IN_TEXT.test(visibleText(html));
    const showsAuthor = AUTHOR_MARKUP.test(html) || BYLINE_IN_TEXT.test(html);
    if (showsDate) { datesShown++; if (a.meta.published) datesFound++; else misses.push(`date   ${id.slice(0, 12)} ${url}`); }
    else if (a.meta.published) datesFoundNotShown++;
    if (showsAuthor) { authorsShown++; if (a.meta.authors.length) authorsFound++; else misses.push(`author ${id.slice(0, 12)} ${url}`); }
    else if (a.meta.authors.length) authorsFoundNotShown++;
    if (verbose) console.log(`${id.slice(0, 12)} ${a.meta.published ?? '-'} ${a.meta.authors.join('; ') || '-'} | ${a.meta.title ?? ''}`);
  } catch (e) {
    failed++;
    console.log(`${id}: ${(e as Error).message}`);
  }
  writeFileSync(join(out, `${id}.json`), JSON.stringify({ articleBody: body }));
}

const perPage = process.env.SITREP_PER_PAGE;
const args = [join(SHARED, 'eval', 'extraction', 'score-extraction.mjs'), out, '--n-bootstrap', '200', ...(perPage ? ['--per-page', perPage] : [])];
const s = spawnSync(process.execPath, args, { encoding: 'utf8' });
process.stdout.write(s.stdout.replace(new RegExp(out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split('/').pop() ?? '', 'g'), 'sitrep'));
process.stderr.write(s.stderr);
const pct = (a: number, b: number): string => `${a}/${b} = ${(b ? (100 * a) / b : 0).toFixed(1)}%`;
console.log(`published date: found on ${pct(datesFound, datesShown)} of the pages that show one (also found on ${datesFoundNotShown} judged not to)`);
console.log(`author:         found on ${pct(authorsFound, authorsShown)} of the pages that show one (also found on ${authorsFoundNotShown} judged not to)`);
if (failed) console.log(`${failed} pages failed`);
if (verbose) for (const m of misses) console.log(`missed ${m}`);
rmSync(out, { recursive: true, force: true });
process.exitCode = s.status === 0 && failed === 0 ? 0 : 1;
