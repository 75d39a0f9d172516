// `sitrep feeds add|list|remove`: the feeds `sitrep watch` polls.
import type { Command } from 'commander';
import { InputError } from '../model/errors.ts';
import { plainNumber } from './flags.ts';
import { addFeed, listFeeds, removeFeed, MIN_INTERVAL_S, MAX_INTERVAL_S, type Feed } from '../store/feeds.ts';
import { withDb, withDbOptions, type DbFlags } from './db-options.ts';
import { reasonFor, terminalSafe } from './text.ts';

export function parseIntervalMinutes(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = plainNumber(v);
  if (!Number.isFinite(m) || m * 60 < MIN_INTERVAL_S || m * 60 > MAX_INTERVAL_S) {
    throw new InputError(`--interval: expected minutes from ${MIN_INTERVAL_S / 60} to ${MAX_INTERVAL_S / 60}, got "${v}"`);
  }
  return Math.round(m * 60);
}

function line(f: Feed): string {
  const state = f.failures ? `failing x${f.failures}: ${terminalSafe(reasonFor(f.url, f.lastError ?? ''))}` : f.lastPolled ? `polled ${f.lastPolled.slice(0, 16).replace('T', ' ')}` : 'not polled yet';
  return `${String(f.id).padStart(3)}  ${terminalSafe(f.url)}\n     ${f.title ? `${terminalSafe(f.title)} · ` : ''}every ${Math.round(f.intervalS / 60)} min · next ${f.nextPoll.slice(0, 16).replace('T', ' ')} · ${f.itemsTotal} articles · ${state}`;
}

export function registerFeeds(program: Command): void {
  const feeds = program.command('feeds').description('manage the RSS/Atom/JSON feeds that `sitrep watch` polls');
  withDbOptions(feeds.command('add')
    .description('add a feed (polled from now on by `sitrep watch`)')
    .argument('<url>', 'feed URL')
    .option('--interval <minutes>', 'first polling interval; it adapts to how often the feed publishes', '30'))
    .action(async (url: string, flags: DbFlags & { interval?: string }) => {
      const intervalS = parseIntervalMinutes(flags.interval);
      await withDb(flags, async (db) => {
        const { feed, added } = await addFeed(db, url, { intervalS });
        process.stdout.write(added ? `added feed ${feed.id}: ${feed.url}\n` : `feed ${feed.id} is already there: ${feed.url}\n`);
      });
    });
  withDbOptions(feeds.command('list')
    .description('list feeds with their schedule and state')
    .option('--json', 'print JSON'))
    .action(async (flags: DbFlags & { json?: boolean }) => {
      await withDb(flags, async (db) => {
        const all = await listFeeds(db);
        if (flags.json) process.stdout.write(`${JSON.stringify(all)}\n`);
        else process.stdout.write(all.length ? `${all.map(line).join('\n')}\n` : 'no feeds yet: add one with `sitrep feeds add URL`\n');
      }, { existing: flags.db !== undefined });
    });
  withDbOptions(feeds.command('remove')
    .description('stop polling a feed (its articles stay in the store)')
    .argument('<id-or-url>', 'feed id (from `sitrep feeds list`) or URL'))
    .action(async (which: string, flags: DbFlags) => {
      await withDb(flags, async (db) => {
        if (!(await removeFeed(db, which))) throw new InputError(`${which}: no such feed (see \`sitrep feeds list\`)`);
        process.stdout.write(`removed feed ${which}\n`);
      }, { existing: flags.db !== undefined });
    });
}
