// `sitrep ingest PATH|URL|FEED ...`: store articles with their analysis, once each.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { InputError } from '../model/errors.ts';
import { expandInputs } from '../ingest/items.ts';
import { Ingester, type IngestSummary } from '../ingest/run.ts';
import { Fetcher } from '../ingest/fetcher.ts';
import { corpusHook } from '../ingest/corpus-hook.ts';
import { parseMaxBytes, parsePublished } from './analyze.ts';
import { enqueue, startBoss } from '../ingest/queue.ts';
import { withDb, withDbOptions, requirePostgres, type DbFlags } from './db-options.ts';
import { reasonFor } from './text.ts';
import { parseWholeNumberIf, plainNumber } from './flags.ts';

interface IngestFlags extends DbFlags {
  threads?: string; force?: boolean; published?: string; maxMb?: string; allowPrivate?: boolean;
  json?: boolean; quiet?: boolean; delay?: string; enqueue?: boolean;
}

export function parseThreads(v: string | undefined): number | undefined {
  return parseWholeNumberIf('threads', v, 0, 64);
}

export function fetcherFromFlags(flags: { allowPrivate?: boolean; delay?: string; maxMb?: string }): Fetcher {
  let delayMs: number | undefined;
  if (flags.delay !== undefined) {
    const s = plainNumber(flags.delay);
    if (!Number.isFinite(s) || s < 0) throw new InputError(`--delay: expected seconds (a number >= 0), got "${flags.delay}"`);
    delayMs = s * 1000;
  }
  return new Fetcher({ allowPrivate: flags.allowPrivate || undefined, delayMs, maxBytes: parseMaxBytes(flags.maxMb) });
}

export function registerIngest(program: Command): void {
  withDbOptions(program
    .command('ingest')
    .description('store articles and their analysis: files, directories (txt, html, html.gz, jsonl, warc), URLs, feeds')
    .argument('<inputs...>', 'files, directories, http(s) page or feed URLs')
    .option('--threads <n>', 'analysis worker threads (default: cores - 1; 0 = none)')
    .option('--force', 're-analyse articles already stored with the same text')
    .option('--published <YYYY-MM-DD>', 'date that relative expressions resolve against, for every input')
    .option('--max-mb <n>', 'refuse documents larger than this many megabytes', '50')
    .option('--allow-private', 'allow fetching from loopback and private addresses (also SITREP_ALLOW_PRIVATE=1)')
    .option('--delay <seconds>', 'pause between two requests to one host', '1')
    .option('--enqueue', 'PostgreSQL store: queue the inputs for `sitrep worker` processes instead of processing them here')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar'))
    .action(async (inputs: string[], flags: IngestFlags) => {
      const published = parsePublished(flags.published);
      const maxBytes = parseMaxBytes(flags.maxMb);
      const threads = parseThreads(flags.threads);
      if (flags.enqueue) return enqueueInputs(inputs, flags, { maxBytes, published });
      const fetcher = fetcherFromFlags(flags);
      const summary = await withDb(flags, async (db) => {
        const bar = !flags.quiet && process.stderr.isTTY ? progressBar() : null;
        const ingester = new Ingester({ db, fetcher, threads, force: flags.force, after: await corpusHook(), onProgress: bar?.update });
        try {
          return await ingester.run(expandInputs(inputs, { maxBytes, published }));
        } finally {
          bar?.stop();
          await ingester.close();
          await fetcher.close();
        }
      });
      if (flags.json) process.stdout.write(`${JSON.stringify(summaryJson(summary))}\n`);
      else process.stdout.write(formatSummary(summary));
      if (summary.failed > 0) process.exitCode = 1;
    });
}

async function enqueueInputs(inputs: string[], flags: IngestFlags, o: { maxBytes?: number; published: string | null }): Promise<void> {
  const url = requirePostgres(flags, 'ingest --enqueue');
  // Opening the store first runs its migrations, so workers find the tables.
  await withDb(flags, async () => undefined);
  const boss = await startBoss(url);
  try {
    const { queued, rest } = await enqueue(boss, expandInputs(inputs, o));
    const failed = rest.filter((i) => i.kind === 'failed');
    const skipped = rest.length - failed.length;
    if (flags.json) process.stdout.write(`${JSON.stringify({ queued, failed: failed.length, skipped, failures: failed.map((f) => ({ input: f.label, reason: f.kind === 'failed' ? f.reason : '' })) })}\n`);
    else {
      process.stdout.write(`queued ${queued} jobs for \`sitrep worker\`${failed.length ? `, ${failed.length} failed` : ''}${skipped ? `, ${skipped} skipped (not articles)` : ''}\n`);
      for (const f of failed.slice(0, 20)) if (f.kind === 'failed') process.stdout.write(`  failed: ${f.label}: ${reasonFor(f.label, f.reason)}\n`);
    }
    if (failed.length) process.exitCode = 1;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

function progressBar(): { update: (s: IngestSummary) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar({
    format: 'ingest [{bar}] {value}/{total} | {new} new, {updated} updated, {duplicate} duplicate, {failed} failed | {rate}/s',
    stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 200,
  }, cliProgress.Presets.shades_classic);
  const start = Date.now();
  bar.start(0, 0, { new: 0, updated: 0, duplicate: 0, failed: 0, rate: '0' });
  let last = 0;
  return {
    update: (s) => {
      const now = Date.now();
      if (now - last < 100 && s.done < s.seen) return;
      last = now;
      bar.setTotal(s.seen);
      bar.update(s.done, { new: s.new, updated: s.updated, duplicate: s.duplicate, failed: s.failed, rate: (s.done / Math.max(0.001, (now - start) / 1000)).toFixed(0) });
    },
    stop: () => bar.stop(),
  };
}

export function summaryJson(s: IngestSummary): Record<string, unknown> {
  return {
    new: s.new, updated: s.updated, duplicate: s.duplicate, failed: s.failed, skipped: s.skipped,
    failures: s.failures.map((f) => ({ input: f.input, reason: reasonFor(f.input, f.reason) })),
  };
}

export function formatSummary(s: IngestSummary, shown = 20): string {
  const lines = [`ingested: ${s.new} new, ${s.updated} updated, ${s.duplicate} duplicate, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped (not articles)` : ''}`];
  for (const f of s.failures.slice(0, shown)) lines.push(`  failed: ${f.input}: ${reasonFor(f.input, f.reason)}`);
  if (s.failed > shown) lines.push(`  ... and ${s.failed - shown} more failures`);
  return `${lines.join('\n')}\n`;
}
