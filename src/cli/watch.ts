// `sitrep watch`: poll the feeds when they are due, ingest what is new, until stopped.
import type { Command } from 'commander';
import { dueFeeds, listFeeds } from '../store/feeds.ts';
import { Ingester } from '../ingest/run.ts';
import { pollFeed } from '../ingest/poll.ts';
import { corpusHook } from '../ingest/corpus-hook.ts';
import { startBriefSchedule } from '../brief/schedule.ts';
import { withDb, withDbOptions, type DbFlags } from './db-options.ts';
import { fetcherFromFlags, parseThreads } from './ingest.ts';
import { reasonFor } from './text.ts';

interface WatchFlags extends DbFlags { once?: boolean; threads?: string; allowPrivate?: boolean; delay?: string; maxMb?: string; quiet?: boolean }

export function registerWatch(program: Command): void {
  withDbOptions(program
    .command('watch')
    .description('poll the feeds (see `sitrep feeds`) on their schedules and ingest new articles; Ctrl-C stops')
    .option('--once', 'poll the feeds that are due now, then exit')
    .option('--threads <n>', 'analysis worker threads (default: cores - 1)')
    .option('--allow-private', 'allow fetching from loopback and private addresses')
    .option('--delay <seconds>', 'pause between two requests to one host', '1')
    .option('--max-mb <n>', 'refuse documents larger than this many megabytes', '50')
    .option('-q, --quiet', 'print only errors'))
    .action(async (flags: WatchFlags) => {
      const threads = parseThreads(flags.threads);
      const fetcher = fetcherFromFlags(flags);
      await withDb(flags, async (db) => {
        if (!(await listFeeds(db)).length) {
          process.stdout.write('no feeds to watch: add one with `sitrep feeds add URL`\n');
          return;
        }
        const ingester = new Ingester({ db, fetcher, threads, after: await corpusHook() });
        const brief = flags.once ? null : startBriefSchedule(db, { dataDir: flags.dataDir });
        let stop = false;
        let feedErrors = 0;
        let wakeUp: (() => void) | null = null;
        const onSignal = () => {
          stop = true;
          wakeUp?.();
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
          while (!stop) {
            for (const feed of await dueFeeds(db)) {
              if (stop) break;
              const r = await pollFeed(db, feed, fetcher, ingester);
              const when = new Date().toISOString().slice(0, 19).replace('T', ' ');
              if (r.error) {
                feedErrors++;
                process.stderr.write(`${when} ${feed.url}: ${reasonFor(feed.url, r.error)} (retry in ${Math.round((Date.parse(r.feed.nextPoll) - Date.now()) / 60000)} min)\n`);
              } else if (!flags.quiet) {
                process.stdout.write(`${when} ${feed.url}: ${r.notModified ? 'not modified' : `${r.items} items, ${r.new} new${r.failed ? `, ${r.failed} failed` : ''}`}; next in ${Math.round(r.feed.intervalS / 60)} min\n`);
              }
            }
            // A one-off run is a batch job: a feed that could not be read fails it (the lines above name each).
            if (flags.once) {
              if (feedErrors) process.exitCode = 1;
              break;
            }
            const next = (await listFeeds(db)).reduce((min, f) => Math.min(min, Date.parse(f.nextPoll)), Infinity);
            const wait = Math.max(1000, Math.min(60_000, next - Date.now()));
            await new Promise<void>((r) => {
              wakeUp = r;
              setTimeout(r, wait);
            });
          }
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          await brief?.stop();
          await ingester.close();
          await fetcher.close();
        }
      });
    });
}
