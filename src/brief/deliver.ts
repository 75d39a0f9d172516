// Sends an issue to every confirmed subscriber, exactly once each, surviving crashes.
//
// The delivery log (brief_deliveries, one row per issue and subscriber) is the ledger:
//   pending --claim--> sending --SMTP accepted--> sent
//                              \--5xx reply-----> failed
//   pending --unsubscribed before its turn--> skipped
// A row is claimed (a conditional UPDATE, so two senders never take the same row) before the SMTP
// dialogue starts and marked sent as soon as the server accepts the message. A run that dies
// leaves at most its one in-flight row in `sending`; a later run takes such rows back once their
// claim is older than the lease, so nobody is skipped. Only a crash in the instant between the
// server's "250 OK" and the mark can mail one person twice (RFC 1047's window, unavoidable over
// SMTP); the resent copy keeps the same Message-ID, which mail systems use to drop duplicates.
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { composeBriefing } from './compose.ts';
import type { BriefConfig } from './config.ts';
import { BASELINE_WEEKS, ensureIssue, type Issue } from './issues.ts';
import { unsubscribeUrl } from './links.ts';
import { DEFAULT_RETRY, fromDomain, isPermanent, RateLimiter, withRetry, type Mailer, type Message, type RetryOptions } from './mailer.ts';
import type { Briefing, Filters } from './model.ts';
import { issueLink, periodLabel } from './render/common.ts';
import { renderEmailHtml } from './render/email.ts';
import { renderText } from './render/text.ts';
import { loadArticles } from './source.ts';
import { listWatchlists } from './watchlists.ts';
import { addDays, daysBetween, type Period } from './week.ts';

export interface SendOptions {
  retry?: RetryOptions;
  /** Seconds after which another run may take over a row claimed by a run that died. */
  leaseSeconds?: number;
  /** Called after each accepted mail (progress, tests). */
  onSent?: (email: string) => void;
}

export interface SendReport {
  issueId: string;
  enrolled: number;
  sent: number;
  alreadySent: number;
  failed: number;
  pending: number;
}

export function messageIdFor(issueId: string, subscriberId: string, from: string): string {
  return `<${issueId.replace(/[^A-Za-z0-9]+/g, '-')}.${subscriberId}@${fromDomain(from)}>`;
}

interface DeliveryRow {
  subscriber_id: string;
  email: string;
  state: string;
  message_id: string;
  attempts: number;
  filters: string;
}

/** Briefings per distinct filter set; subscribers without filters get the archived issue. */
class Editions {
  private articles: Awaited<ReturnType<typeof loadArticles>> | null = null;
  private readonly cache = new Map<string, Briefing>();
  constructor(private readonly db: Db, private readonly issue: Issue) {}
  async for(filters: Filters): Promise<Briefing> {
    if (!filters.countries?.length && !filters.actors?.length && !filters.eventTypes?.length) return this.issue.data;
    const key = JSON.stringify(filters);
    let b = this.cache.get(key);
    if (!b) {
      const p: Period = this.issue.data.period;
      const len = daysBetween(p.since, p.until) + 1;
      this.articles ??= await loadArticles(this.db, addDays(p.since, -len * BASELINE_WEEKS), p.until);
      const watchlists = (await listWatchlists(this.db)).map((w) => ({ name: w.name, spec: w.spec }));
      b = composeBriefing({ period: p, title: this.issue.data.title, articles: this.articles, baselineWeeks: BASELINE_WEEKS, watchlists, filters });
      this.cache.set(key, b);
    }
    return b;
  }
}

export function briefingMessage(cfg: Pick<BriefConfig, 'baseUrl' | 'secret' | 'from'>, b: Briefing, issueId: string, to: { id: string; email: string }, messageId: string): Message {
  const unsub = unsubscribeUrl(cfg, to.id, to.email);
  const o = { baseUrl: cfg.baseUrl, unsubscribeUrl: unsub, webUrl: issueLink(cfg.baseUrl, issueId) };
  return {
    from: cfg.from,
    to: to.email,
    subject: `${b.title} — ${periodLabel(b)}`,
    messageId,
    text: renderText(b, o),
    html: renderEmailHtml(b, o),
    headers: {
      // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to this URL.
      'List-Unsubscribe': `<${unsub}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${b.title} <briefing.${fromDomain(cfg.from)}>`,
      'Auto-Submitted': 'auto-generated',
      Precedence: 'bulk',
    },
  };
}

export async function sendIssue(db: Db, cfg: BriefConfig, mailer: Mailer, period: Period, opts: SendOptions = {}, now = () => new Date()): Promise<SendReport> {
  const retry = opts.retry ?? DEFAULT_RETRY;
  const lease = opts.leaseSeconds ?? 120;
  const worker = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const issue = await ensureIssue(db, period, cfg, now());
  await db.run('UPDATE brief_issues SET send_started_at = ? WHERE id = ? AND send_started_at IS NULL', [now().toISOString(), issue.id]);

  // Enrol every confirmed subscriber; rows that exist (an earlier, interrupted run) stay as they are.
  const confirmed = await db.all<{ id: string; email: string }>(`SELECT id, email FROM brief_subscribers WHERE status = 'confirmed' ORDER BY id`);
  for (const s of confirmed) {
    await db.run(
      `INSERT INTO brief_deliveries (issue_id, subscriber_id, email, state, message_id) VALUES (?, ?, ?, 'pending', ?) ON CONFLICT (issue_id, subscriber_id) DO NOTHING`,
      [issue.id, s.id, s.email, messageIdFor(issue.id, s.id, cfg.from)],
    );
  }

  const report: SendReport = { issueId: issue.id, enrolled: 0, sent: 0, alreadySent: 0, failed: 0, pending: 0 };
  const editions = new Editions(db, issue);
  const limiter = new RateLimiter(cfg.perSecond);
  for (;;) {
    const stale = new Date(now().getTime() - lease * 1000).toISOString();
    const next = await db.get<DeliveryRow>(
      `SELECT d.subscriber_id, d.email, d.state, d.message_id, d.attempts, s.filters FROM brief_deliveries d JOIN brief_subscribers s ON s.id = d.subscriber_id
       WHERE d.issue_id = ? AND s.status = 'confirmed' AND (d.state = 'pending' OR (d.state = 'sending' AND d.claimed_at < ?)) AND (d.claimed_by IS NULL OR d.claimed_by <> ?)
       ORDER BY d.subscriber_id LIMIT 1`,
      [issue.id, stale, worker],
    );
    if (!next) break;
    const claimed = await db.run(
      `UPDATE brief_deliveries SET state = 'sending', claimed_by = ?, claimed_at = ?, attempts = attempts + 1
       WHERE issue_id = ? AND subscriber_id = ? AND (state = 'pending' OR (state = 'sending' AND claimed_at < ?))`,
      [worker, now().toISOString(), issue.id, next.subscriber_id, stale],
    );
    if (claimed.changes !== 1) continue;
    const b = await editions.for(JSON.parse(next.filters) as Filters);
    const msg = briefingMessage(cfg, b, issue.id, { id: next.subscriber_id, email: next.email }, next.message_id);
    try {
      await withRetry(
        async () => {
          await limiter.wait();
          return mailer.send(msg);
        },
        retry,
        isPermanent,
        // Keep the claim fresh while retrying so that no other run takes the row over.
        async (attempt, e) => {
          await db.run('UPDATE brief_deliveries SET claimed_at = ?, attempts = attempts + 1, error = ? WHERE issue_id = ? AND subscriber_id = ?', [
            now().toISOString(), String((e as Error).message).slice(0, 500), issue.id, next.subscriber_id,
          ]);
        },
      );
      await db.run(`UPDATE brief_deliveries SET state = 'sent', sent_at = ?, error = NULL WHERE issue_id = ? AND subscriber_id = ?`, [now().toISOString(), issue.id, next.subscriber_id]);
      report.sent++;
      opts.onSent?.(next.email);
    } catch (e) {
      const state = isPermanent(e) ? 'failed' : 'pending';
      // A transient failure that outlived its retries goes back to pending for the next run.
      await db.run(`UPDATE brief_deliveries SET state = ?, claimed_by = ?, error = ? WHERE issue_id = ? AND subscriber_id = ?`, [
        state, state === 'pending' ? worker : null, String((e as Error).message).slice(0, 500), issue.id, next.subscriber_id,
      ]);
    }
  }

  // Enrolled, then unsubscribed before their turn: never sent, and not holding the issue open.
  await db.run(
    `UPDATE brief_deliveries SET state = 'skipped' WHERE issue_id = ? AND state = 'pending' AND subscriber_id IN (SELECT id FROM brief_subscribers WHERE status <> 'confirmed')`,
    [issue.id],
  );
  const counts = await db.all<{ state: string; n: number }>('SELECT state, COUNT(*) AS n FROM brief_deliveries WHERE issue_id = ? GROUP BY state', [issue.id]);
  for (const c of counts) {
    const n = Number(c.n);
    report.enrolled += n;
    if (c.state === 'failed') report.failed = n;
    if (c.state === 'pending' || c.state === 'sending') report.pending += n;
    if (c.state === 'sent') report.alreadySent = n - report.sent;
  }
  if (report.pending === 0) {
    await db.run('UPDATE brief_issues SET send_finished_at = ? WHERE id = ? AND send_finished_at IS NULL', [now().toISOString(), issue.id]);
  }
  return report;
}
