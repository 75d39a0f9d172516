// `sitrep worker`: pull ingest jobs (fetch, extract, analyse, store) from the PostgreSQL job queue.
// Run as many as you like, on as many machines as you like, against one database.
import type { Command } from 'commander';
import { parseWholeNumberIf } from './flags.ts';
import { startWorker } from '../ingest/queue.ts';
import { corpusHook } from '../ingest/corpus-hook.ts';
import { withDb, withDbOptions, requirePostgres, type DbFlags } from './db-options.ts';
import { fetcherFromFlags, parseThreads, formatSummary } from './ingest.ts';

interface WorkerFlags extends DbFlags {
  threads?: string; batch?: string; feeds?: boolean; allowPrivate?: boolean; delay?: string; maxMb?: string;
  exitWhenIdle?: boolean; quiet?: boolean;
}

export function registerWorker(program: Command): void {
  withDbOptions(program
    .command('worker')
    .description('process queued ingest jobs and poll feeds, from a PostgreSQL store (run any number)')
    .option('--threads <n>', 'analysis worker threads (default: cores - 1)')
    .option('--batch <n>', 'jobs in hand at most (default: analysis capacity + fetches + a commit group)')
    .option('--no-feeds', 'do not poll feeds (leave that to other workers)')
    .option('--allow-private', 'allow fetching from loopback and private addresses')
    .option('--delay <seconds>', 'pause between two requests to one host', '1')
    .option('--max-mb <n>', 'refuse documents larger than this many megabytes', '50')
    .option('--exit-when-idle', 'exit once the queue is empty (batch runs, benchmarks)')
    .option('-q, --quiet', 'print only failures'))
    .action(async (flags: WorkerFlags) => {
      const url = requirePostgres(flags, 'sitrep worker');
      const threads = parseThreads(flags.threads);
      const batchSize = parseWholeNumberIf('batch', flags.batch, 1, 1000);
      const fetcher = fetcherFromFlags(flags);
      const summary = await withDb(flags, async (db) => {
        const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(0, 19).replace('T', ' ')} ${line}\n`);
        const w = await startWorker({ db, url, fetcher, threads, batchSize, feeds: flags.feeds, after: await corpusHook(), log });
        if (!flags.quiet) log(`worker started (pid ${process.pid}) on ${db.location}`);
        let stopping: (() => void) | null = null;
        const stopped = new Promise<void>((r) => (stopping = r));
        const onSignal = () => stopping?.();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
          await (flags.exitWhenIdle ? Promise.race([w.idle(), stopped]) : stopped);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          await w.stop();
          await fetcher.close();
          if (!flags.quiet) {
            const cpu = process.cpuUsage();
            const s = w.stats;
            log(`worker stopped: ${s.completed} jobs done, ${s.failed} given back, in ${s.fetches} fetches (${s.emptyFetches} empty); `
              + `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
          }
        }
        return w.ingester.summary;
      });
      if (!flags.quiet) process.stdout.write(formatSummary(summary));
    });
}
