// The weekly briefing on a clock (croner): by default Wednesdays 07:00 in the configured time zone,
// covering the seven days before that morning. Catch-up: on start and every 15 minutes the latest
// due issue is (re)run if it has not finished, so downtime over the hour, a crash mid-send or an
// SMTP outage only delay it. Sending is idempotent (the delivery log), so `sitrep watch` and
// `sitrep serve` may both run this schedule against one store.
import { Cron } from 'croner';
import type { Db } from '../store/db.ts';
import { InputError, oneLine } from '../model/errors.ts';
import { deliverAlerts, scanNewArticles } from './alerts.ts';
import { loadConfig, type BriefConfig } from './config.ts';
import { sendIssue, type SendReport } from './deliver.ts';
import { ensureIssue } from './issues.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { addDays, type Period } from './week.ts';

export interface ScheduleOptions {
  /** Where brief.json and the secret live, when no config is given. */
  dataDir?: string;
  config?: BriefConfig;
  mailer?: Mailer | null;
  log?: (msg: string) => void;
  /** Cron pattern of the catch-up and alert retry tick (default every 15 minutes). */
  maintenance?: string;
  /** Cron pattern of the scan for new articles that hit a watchlist (default every minute). */
  alerts?: string;
  now?: () => Date;
}

export interface BriefSchedule {
  /** The next scheduled briefing. */
  next(): Date | null;
  /** Runs the latest due issue if it has not finished (what start and the maintenance tick do). */
  catchUp(): Promise<SendReport | null>;
  /** Stops the clocks and waits for a run in progress. */
  stop(): Promise<void>;
}

/** The calendar day of `at` in `timeZone`, YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => p.find((x) => x.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The issue a run at `at` sends: the seven days up to the day before. */
export function scheduledPeriod(at: Date, timeZone: string): Period {
  const day = localDay(at, timeZone);
  const since = addDays(day, -7);
  const until = addDays(day, -1);
  return { id: `${since}..${until}`, since, until };
}

const OFF: BriefSchedule = { next: () => null, catchUp: async () => null, stop: async () => undefined };

/**
 * Starts the weekly briefing clock on this store (what `sitrep serve` and `sitrep watch` call).
 * SITREP_BRIEF_SCHEDULE=off (or "schedule": "off" in brief.json) turns it off.
 */
export function startBriefSchedule(db: Db, opts: ScheduleOptions = {}): BriefSchedule {
  const cfg = opts.config ?? loadConfig({ dataDir: opts.dataDir });
  if (cfg.schedule === 'off') return OFF;
  const log = opts.log ?? ((m: string) => process.stderr.write(`sitrep brief: ${m}\n`));
  const now = opts.now ?? (() => new Date());
  const mailer = opts.mailer !== undefined ? opts.mailer : cfg.smtpUrl ? createMailer(cfg.smtpUrl) : null;
  let pattern: Cron;
  try {
    pattern = new Cron(cfg.schedule, { timezone: cfg.timeZone, paused: true });
  } catch (e) {
    throw new InputError(`brief schedule "${cfg.schedule}": ${oneLine(e)} (a cron pattern such as "0 7 * * 3", or "off")`);
  }
  let running: Promise<SendReport | null> | null = null;

  async function runFor(at: Date): Promise<SendReport | null> {
    const period = scheduledPeriod(at, cfg.timeZone);
    const key = at.toISOString();
    await db.run('INSERT INTO brief_schedule_runs (scheduled_for, issue_id, started_at) VALUES (?, ?, ?) ON CONFLICT (scheduled_for) DO NOTHING', [key, period.id, now().toISOString()]);
    const row = await db.get<{ finished_at: string | null }>('SELECT finished_at FROM brief_schedule_runs WHERE scheduled_for = ?', [key]);
    if (row?.finished_at) return null;
    try {
      if (!mailer) {
        await ensureIssue(db, period, cfg, now());
        await db.run('UPDATE brief_schedule_runs SET finished_at = ?, error = ? WHERE scheduled_for = ?', [now().toISOString(), 'mail not set up: archived only', key]);
        log(`${period.id}: archived; mail is not set up (SITREP_SMTP_URL), nothing sent`);
        return null;
      }
      const r = await sendIssue(db, cfg, mailer, period, {}, now);
      if (r.pending === 0) await db.run('UPDATE brief_schedule_runs SET finished_at = ?, error = NULL WHERE scheduled_for = ?', [now().toISOString(), key]);
      else await db.run('UPDATE brief_schedule_runs SET error = ? WHERE scheduled_for = ?', [`${r.pending} deliveries pending`, key]);
      log(`${period.id}: ${r.sent} sent, ${r.failed} failed, ${r.pending} pending`);
      return r;
    } catch (e) {
      await db.run('UPDATE brief_schedule_runs SET error = ? WHERE scheduled_for = ?', [oneLine(e).slice(0, 500), key]).catch(() => undefined);
      log(`${period.id}: ${oneLine(e)}`);
      return null;
    }
  }

  /** One run at a time per process; overlapping ticks wait for it. */
  function exclusive(fn: () => Promise<SendReport | null>): Promise<SendReport | null> {
    const prev = running ?? Promise.resolve(null);
    const next = prev.catch(() => null).then(fn);
    running = next;
    return next;
  }

  /** New articles against the watchlists, then every alert not yet delivered (earlier failures too). */
  async function alertTick(): Promise<void> {
    try {
      const found = await scanNewArticles(db);
      if (found.length) log(`${found.length} new watchlist alert${found.length === 1 ? '' : 's'}`);
      await deliverAlerts(db, cfg, { mailer });
    } catch (e) {
      log(`alerts: ${oneLine(e)}`);
    }
  }

  const catchUp = (): Promise<SendReport | null> =>
    exclusive(async () => {
      const due = pattern.previousRuns(1, now())[0];
      const out = due ? await runFor(due) : null;
      await alertTick();
      return out;
    });

  // The weekly tick runs the catch-up, which picks the run that just fell due by its exact time.
  const weekly = new Cron(cfg.schedule, { timezone: cfg.timeZone, protect: true, unref: true, catch: (e) => log(oneLine(e)) }, () => {
    void catchUp();
  });
  const tick = new Cron(opts.maintenance ?? '*/15 * * * *', { protect: true, unref: true, catch: (e) => log(oneLine(e)) }, () => {
    void catchUp();
  });
  // Alerts should not wait for the quarter hour: new articles are matched every minute.
  const alerts = new Cron(opts.alerts ?? '* * * * *', { protect: true, unref: true, catch: (e) => log(oneLine(e)) }, () => {
    void exclusive(async () => {
      await alertTick();
      return null;
    });
  });
  void catchUp();

  return {
    next: () => weekly.nextRun(),
    catchUp,
    async stop() {
      weekly.stop();
      tick.stop();
      alerts.stop();
      pattern.stop();
      await (running ?? Promise.resolve(null)).catch(() => null);
      if (opts.mailer === undefined) mailer?.close();
    },
  };
}
