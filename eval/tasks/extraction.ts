// Article extraction on the 88 dev pages of the article-extraction benchmark, scored by the
// benchmark's own metric (../shared/eval/extraction/score-extraction.mjs, word 4-gram shingles),
// plus how often the metadata a page shows was found.
//
// "Shows a date/author" is judged from the raw HTML by rules of this file, independent of the
// extractor: a page shows a date when its visible text holds a written date (month name + day + year,
// or a numeric Y-M-D) or its markup holds one (<time>, a date <meta>, JSON-LD datePublished). It shows
// an author when its markup (author <meta>, JSON-LD author that is not an Organization, rel=author,
// itemprop=author) or a "By ..." line names a person: one to four capitalised words that are not a
// news agency, a desk, an account like "admin", or the site's own name. These rules miss some real
// bylines the extractor finds, so a page also counts as showing a person when the extractor names one
// (--verbose lists those names, and the pages where nothing was found, for a person to check).
// The broader count, any author field at all (organisations and accounts included), is printed too.
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
const AUTHOR_SOURCES = [
  /<meta[^>]+(?:name|property)=["'](?:author|article:author|byl|parsely-author|sailthru\.author)["'][^>]*content=["']([^"'<]{2,80})/gi,
  /<meta[^>]+content=["']([^"'<]{2,80})["'][^>]*(?:name|property)=["'](?:author|article:author|byl|parsely-author)["']/gi,
  /"author"\s*:\s*(?:\[\s*)?\{(?:(?!"@type"\s*:\s*"[^"]*Organi[sz]ation)[^{}])*?"name"\s*:\s*"([^"]{2,80})"/gi,
  /"author"\s*:\s*"([^"]{2,80})"/gi,
  /<a[^>]+rel=["']author["'][^>]*>\s*(?:<[^>]+>\s*)*([^<]{2,80})</gi,
  /itemprop=["']author["'][^>]*>\s*(?:<[^>]+>\s*)*([^<]{2,80})</gi,
  />\s*By:?\s+([A-Z][^<|,]{2,60})/g,
];
const ANY_AUTHOR_FIELD = /<meta[^>]+(?:name|property)=["'](?:author|article:author|byl|parsely-author|sailthru\.author)["'][^>]*content=["'][^"']*[A-Za-z]|"author"\s*:\s*(?:\[\s*)?(?:\{[^}]*"name"\s*:\s*"[^"]+|"[A-Za-z][^"]+")|rel=["']author["']|itemprop=["']author["']|>\s*By\s+[A-Z][a-z]+\s+[A-Z][a-z]+/i;
const NOT_A_PERSON = /^(the |by )|\b(reuters|ap|afp|bloomberg|cnn|bbc|rt|news|bureau|desk|team|staff|editorial|editors?|admin|press|agency|media|magazine|international|blog|online|tv|associated)\b|admin|^[A-Z]+$|\d|https?:|@/i;

function showsPerson(html: string, url: string | null): boolean {
  const host = (url ?? '').toLowerCase().replace(/[^a-z]/g, '');
  for (const re of AUTHOR_SOURCES) {
    for (const m of html.matchAll(re)) {
      const name = m[1].replace(/\\u[0-9a-f]{4}/gi, ' ').replace(/\s+/g, ' ').trim();
      const words = name.split(' ');
      if (words.length > 4 || NOT_A_PERSON.test(name)) continue;
      if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|van|von|del|bin|al)$/.test(w))) continue;
      if (host.includes(name.toLowerCase().replace(/[^a-z]/g, '')) && /[a-z]/i.test(name)) continue;
      return true;
    }
  }
  return false;
}

const visibleText = (html: string): string => html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');

let failed = 0;
let datesShown = 0, datesFound = 0, datesFoundNotShown = 0;
let authorsShown = 0, authorsFound = 0, authorsFoundNotShown = 0, anyAuthorField = 0, anyAuthorFound = 0;
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
    const showsAuthor = showsPerson(bytes.toString('utf8'), url) || a.meta.authors.length > 0;
    if (ANY_AUTHOR_FIELD.test(html)) { anyAuthorField++; if (a.meta.authors.length) anyAuthorFound++; }
    if (showsDate) { datesShown++; if (a.meta.published) datesFound++; else misses.push(`date   ${id.slice(0, 12)} ${url}`); }
    else if (a.meta.published) datesFoundNotShown++;
    if (showsAuthor) { authorsShown++; if (a.meta.authors.length) authorsFound++; else misses.push(`author ${id.slice(0, 12)} ${url}`); }
    if (a.meta.authors.length && !showsPerson(bytes.toString('utf8'), url)) { authorsFoundNotShown++; misses.push(`(check) author found by the extractor only: ${a.meta.authors.join('; ')} ${url}`); }
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
console.log(`author:         a person found on ${pct(authorsFound, authorsShown)} of the pages that name a person as author (${authorsFoundNotShown} of them seen by the extractor only)`);
console.log(`                any author field (organisations, accounts too): a person found on ${pct(anyAuthorFound, anyAuthorField)}`);
if (failed) console.log(`${failed} pages failed`);
if (verbose) for (const m of misses) console.log(`missed ${m}`);
rmSync(out, { recursive: true, force: true });
process.exitCode = s.status === 0 && failed === 0 ? 0 : 1;
