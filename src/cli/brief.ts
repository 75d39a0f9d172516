// sitrep brief: compose the briefing of a week (or a date range) from the store, print or send it.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../model/errors.ts';
import { openStore } from './db-options.ts';
import { plainNumber } from './flags.ts';
import { configFor } from './config.ts';
import { sendIssue } from '../brief/deliver.ts';
import { composeFromStore, getIssue, listIssues } from '../brief/issues.ts';
import { createMailer } from '../brief/mailer.ts';
import { FORMATS, render, type Format } from '../brief/render/index.ts';
import { issueLink } from '../brief/render/common.ts';
import { lastCompleteWeek, rangePeriod, weekPeriod, type Period } from '../brief/week.ts';
import { isWeek } from '../corpus/weeks.ts';

interface BriefFlags {
  week?: string;
  since?: string;
  until?: string;
  format: string;
  out?: string;
  send?: boolean;
  db?: string;
  dataDir?: string;
  reclaimAfter?: string;
  list?: boolean;
}

export function periodFromFlags(f: { week?: string; since?: string; until?: string }, now = new Date()): Period {
  if (f.week && (f.since || f.until)) throw new InputError('give either --week or --since/--until, not both');
  if (f.week) return weekPeriod(f.week);
  if (f.since || f.until) {
    if (!f.since || !f.until) throw new InputError('--since and --until go together');
    return rangePeriod(f.since, f.until);
  }
  return lastCompleteWeek(now);
}

export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('the weekly briefing: top stories, relations that moved, what is coming, watchlist hits')
    .option('--week <YYYY-Www>', 'ISO week, e.g. 2023-W37 (default: the last complete week)')
    .option('--since <YYYY-MM-DD>', 'first day of a custom period')
    .option('--until <YYYY-MM-DD>', 'last day of a custom period (inclusive)')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--send', 'archive the issue and mail it to every confirmed subscriber (resumes an interrupted send)')
    .option('--list', 'list the archived issues (every issue that was sent) and their delivery counts')
    .option('--reclaim-after <seconds>', 'with --send: take over deliveries a crashed run left in flight after this long', '120')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: SITREP_DB or <data dir>/sitrep.db)')
    .option('--data-dir <dir>', 'data directory (default: SITREP_DATA_DIR or ~/.sitrep)')
    .action(async (flags: BriefFlags) => {
      if (flags.list) {
        const db = await openStore(flags, { existing: true });
        try {
          for (const i of await listIssues(db)) {
            const c = await db.all<{ state: string; n: number }>('SELECT state, COUNT(*) AS n FROM brief_deliveries WHERE issue_id = ? GROUP BY state ORDER BY state', [i.id]);
            const counts = c.map((x) => `${Number(x.n)} ${x.state}`).join(', ') || 'no deliveries';
            process.stdout.write(`${i.id}\t${i.since}..${i.until}\t${i.stories} stories\t${i.sendFinishedAt ? `sent ${i.sendFinishedAt.slice(0, 16).replace('T', ' ')}` : 'unfinished'}\t${counts}\n`);
          }
        } finally {
          await db.close();
        }
        return;
      }
      const format = flags.format as Format;
      if (!FORMATS.includes(format)) throw new InputError(`--format: expected one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      const period = periodFromFlags(flags);
      const cfg = configFor(flags.dataDir);
      const lease = plainNumber(flags.reclaimAfter ?? '120');
      if (!Number.isFinite(lease) || lease < 0) throw new InputError(`--reclaim-after: expected seconds, got "${flags.reclaimAfter}"`);
      const db = await openStore(flags, { existing: true });
      try {
        if (flags.send) {
          const mailer = createMailer(cfg.smtpUrl);
          try {
            const r = await sendIssue(db, cfg, mailer, period, { leaseSeconds: lease });
            process.stdout.write(
              `${r.issueId}: ${r.sent} sent now, ${r.alreadySent} sent before, ${r.failed} failed, ${r.pending} still pending (of ${r.enrolled} subscribers)\n`,
            );
            if (r.pending) {
              process.stderr.write(`sitrep: ${r.pending} deliveries are unfinished (server unavailable, or in flight in a run that stopped); run the same command again to finish them\n`);
              process.exitCode = 1;
            }
          } finally {
            mailer.close();
          }
          return;
        }
        const b = await composeFromStore(db, period, cfg.title);
        // The site shows an archived issue (sent, or composed by the server's schedule) and previews any
        // ISO week; a custom period not archived has no page to link to.
        const onSite = isWeek(period.id) || (await getIssue(db, period.id)) !== null;
        const out = render(b, format, { baseUrl: cfg.baseUrl, webUrl: onSite ? issueLink(cfg.baseUrl, period.id) : null });
        if (flags.out) {
          try {
            writeFileSync(flags.out, out);
          } catch (e) {
            throw new InputError(`--out ${flags.out}: ${(e as Error).message}`, 1);
          }
        } else process.stdout.write(out);
      } finally {
        await db.close();
      }
    });
}
