// Extraction throughput on the 88 dev pages of the article-extraction benchmark, in one process:
// sitrep's HTML extractor beside Mozilla Readability on linkedom, measured in the same run.
// Both start from the page bytes and decode them the same way; pages/s and MB/s (of HTML), and the
// process's peak memory after each (sitrep runs first, so its figure is not Readability's).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { SHARED, requireShared } from '../../eval/shared.ts';
import { decodeHtml, extractHtml } from '../../src/extract/html/index.ts';
import type { RawDocument } from '../../src/model/article.ts';

requireShared('extraction');
const dir = join(SHARED, 'corpus', 'article-extraction-benchmark-dev', 'html');
const pages: RawDocument[] = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => ({ uri: f, contentType: 'text/html', bytes: gunzipSync(readFileSync(join(dir, f))), fetchedAt: null }));
const mb = pages.reduce((n, p) => n + p.bytes.length, 0) / 1048576;
const minSeconds = Number(process.env.SITREP_BENCH_SECONDS ?? 5);

function run(name: string, one: (p: RawDocument) => unknown): void {
  for (const p of pages.slice(0, 10)) one(p);
  let n = 0;
  let rounds = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let elapsed = 0;
  do {
    for (const p of pages) { one(p); n++; }
    rounds++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (elapsed < minSeconds);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rss = process.resourceUsage().maxRSS / 1024;
  // Pages per CPU-second as well: on a machine shared with other work, wall-clock rates swing with the load.
  console.log(`${name.padEnd(22)} ${(n / elapsed).toFixed(1).padStart(7)} pages/s  ${((mb * rounds) / elapsed).toFixed(2).padStart(6)} MB/s  ${(n / cpuSeconds).toFixed(1).padStart(7)} pages/CPU-s  peak RSS ${rss.toFixed(0)} MB  (${n} pages in ${elapsed.toFixed(1)} s)`);
}

console.log(`${pages.length} pages, ${mb.toFixed(1)} MB of HTML`);
run('sitrep', (p) => extractHtml(p));
run('readability+linkedom', (p) => {
  const { document } = parseHTML(decodeHtml(p));
  return new Readability(document as unknown as Document).parse();
});
