// Alerts between briefings: each newly stored article is matched against the watchlists; a hit
// raises one alert per watchlist and story (the first article of a story to hit is the one
// reported), sent by mail and/or webhook with the sentence that triggered it.
// Sending follows the delivery log's rule: claim (state 'sending'), send, mark 'sent'; failures
// that may pass go back to 'pending' and are retried by the next deliverAlerts().
import type { Db } from '../store/db.ts';
import type { BriefConfig } from './config.ts';
import { loadConfig } from './config.ts';
import { createMailer, DEFAULT_RETRY, isPermanent, withRetry, type Mailer, type RetryOptions } from './mailer.ts';
import { matchArticle } from './match.ts';
import { esc } from './render/html.ts';
import { sentenceLink, sourceLabel } from './render/common.ts';
import { loadArticle } from './source.ts';
import { oneLine } from './text.ts';
import { listWatchlists } from './watchlists.ts';
import { postWebhook, webhookKey } from './webhook.ts';

export interface AlertRecord {
  watchlistId: string;
  watchlist: string;
  storyKey: string;
  articleId: string;
  sentence: string;
  reason: string;
}

async function storyOf(db: Db, articleId: string): Promise<string | null> {
  try {
    const r = await db.get<{ story_id: string | null; duplicate_of: string | null }>('SELECT story_id, duplicate_of FROM corpus_docs WHERE article_id = ?', [articleId]);
    return r?.story_id ?? (r?.duplicate_of ? `article:${r.duplicate_of}` : null);
  } catch {
    return null; // corpus tables absent: each article is its own story
  }
}

/**
 * Matches one stored article against every watchlist and records the new alerts (at most one per
 * watchlist and story). Cheap and local: no mail or HTTP here, so the ingest can call it inline.
 */
export async function recordAlerts(db: Db, articleId: string, storyId?: string | null, now = new Date()): Promise<AlertRecord[]> {
  const a = await loadArticle(db, articleId);
  if (!a) return [];
  // A watchlist looks forward: articles stored before it existed do not raise alerts.
  const stored = await db.get<{ ingested_at: string }>('SELECT ingested_at FROM articles WHERE id = ?', [articleId]);
  const lists = (await listWatchlists(db)).filter((w) => !stored || w.createdAt <= stored.ingested_at);
  if (!lists.length) return [];
  const story = storyId ?? (await storyOf(db, articleId)) ?? `article:${articleId}`;
  const out: AlertRecord[] = [];
  for (const w of lists) {
    const t = matchArticle(w.spec, a);
    if (!t) continue;
    const sentence = oneLine(a.text.slice(t.sentence.start, t.sentence.end));
    const r = await db.run(
      `INSERT INTO brief_alerts (watchlist_id, story_key, article_id, sentence_start, sentence_end, sentence, reason, created_at, email_state, webhook_state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (watchlist_id, story_key) DO NOTHING`,
      [w.id, story, a.id, t.sentence.start, t.sentence.end, sentence, t.reason, now.toISOString(), w.email ? 'pending' : 'none', w.webhookUrl ? 'pending' : 'none'],
    );
    if (r.changes === 1) out.push({ watchlistId: w.id, watchlist: w.name, storyKey: story, articleId: a.id, sentence, reason: t.reason });
  }
  return out;
}

interface PendingRow {
  watchlist_id: string;
  story_key: string;
  article_id: string;
  sentence_start: number;
  sentence_end: number;
  sentence: string;
  reason: string;
  created_at: string;
  name: string;
  email: string | null;
  webhook_url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  canonical_url: string | null;
}

export interface AlertDeliveryOptions {
  mailer?: Mailer | null;
  retry?: RetryOptions;
  /** Claims older than this are taken over (a sender that died). */
  leaseSeconds?: number;
}

export interface AlertDeliveryReport {
  email: { sent: number; failed: number; pending: number };
  webhook: { sent: number; failed: number; pending: number };
}

function payload(cfg: Pick<BriefConfig, 'baseUrl'>, r: PendingRow) {
  const src = { articleId: r.article_id, title: r.title, publisher: r.publisher, published: r.published ?? '', url: r.canonical_url, start: Number(r.sentence_start), end: Number(r.sentence_end) };
  return {
    type: 'sitrep.alert',
    watchlist: { id: r.watchlist_id, name: r.name },
    story: r.story_key,
    reason: r.reason,
    sentence: { text: r.sentence, start: src.start, end: src.end, link: sentenceLink(cfg.baseUrl, src) },
    article: { id: r.article_id, title: r.title, publisher: r.publisher, published: r.published, url: r.canonical_url, link: sentenceLink(cfg.baseUrl, { ...src, start: 0, end: 0 }) },
    createdAt: r.created_at,
    source: sourceLabel(src),
  };
}

function alertMail(cfg: Pick<BriefConfig, 'from' | 'baseUrl'>, r: PendingRow) {
  const p = payload(cfg, r);
  const title = r.title ?? 'an article';
  return {
    from: cfg.from,
    to: r.email!,
    subject: `[sitrep alert] ${r.name}: ${oneLine(title).slice(0, 120)}`,
    messageId: `<alert-${r.watchlist_id}-${Buffer.from(r.story_key).toString('hex').slice(0, 40)}@sitrep>`,
    text: `Watchlist "${r.name}" matched (${r.reason}):\n\n  ${r.sentence}\n\n${p.source}\nSentence: ${p.sentence.link}\n${r.canonical_url ? `Original: ${r.canonical_url}\n` : ''}`,
    html: `<p>Watchlist <b>${esc(r.name)}</b> matched (${esc(r.reason)}):</p><blockquote>${esc(r.sentence)} <a href="${esc(p.sentence.link)}">[${esc(p.source)}]</a></blockquote>${r.title ? `<p>From <a href="${esc(p.article.link)}">${esc(r.title)}</a></p>` : ''}`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Sitrep-Watchlist': r.watchlist_id },
  };
}

/** Sends every pending alert (mail and webhook), each at most once. */
export async function deliverAlerts(db: Db, cfg: BriefConfig, opts: AlertDeliveryOptions = {}, now = () => new Date()): Promise<AlertDeliveryReport> {
  const retry = opts.retry ?? DEFAULT_RETRY;
  const lease = opts.leaseSeconds ?? 120;
  const report: AlertDeliveryReport = { email: { sent: 0, failed: 0, pending: 0 }, webhook: { sent: 0, failed: 0, pending: 0 } };
  for (const channel of ['email', 'webhook'] as const) {
    if (channel === 'email' && !opts.mailer) continue;
    const state = `${channel}_state`;
    const tried = new Set<string>();
    for (;;) {
      const stale = new Date(now().getTime() - lease * 1000).toISOString();
      const rows = await db.all<PendingRow & { claimed_at?: string }>(
        `SELECT al.*, w.name, w.email, w.webhook_url, a.title, a.publisher, a.published, a.canonical_url
         FROM brief_alerts al JOIN brief_watchlists w ON w.id = al.watchlist_id LEFT JOIN articles a ON a.id = al.article_id
         WHERE al.${state} = 'pending' OR (al.${state} LIKE 'sending:%' AND al.${state} < ?)
         ORDER BY al.created_at, al.watchlist_id, al.story_key LIMIT 1000`,
        [`sending:${stale}`],
      );
      const todo = rows.filter((r) => !tried.has(`${r.watchlist_id}\n${r.story_key}`));
      if (!todo.length) break;
      for (const r of todo) {
        const key = `${r.watchlist_id}\n${r.story_key}`;
        tried.add(key);
        // The claim carries its time, so a crashed sender's claim can be recognised as stale.
        const claim = `sending:${now().toISOString()}`;
        const got = await db.run(
          `UPDATE brief_alerts SET ${state} = ?, ${channel}_attempts = ${channel}_attempts + 1 WHERE watchlist_id = ? AND story_key = ? AND (${state} = 'pending' OR (${state} LIKE 'sending:%' AND ${state} < ?))`,
          [claim, r.watchlist_id, r.story_key, `sending:${stale}`],
        );
        if (got.changes !== 1) continue;
        let outcome: 'sent' | 'failed' | 'pending' = 'sent';
        let error: string | null = null;
        try {
          if (channel === 'email') {
            if (!r.email) throw new Error('watchlist has no email any more');
            await withRetry(() => opts.mailer!.send(alertMail(cfg, r)), retry, isPermanent);
          } else {
            if (!r.webhook_url) throw new Error('watchlist has no webhook any more');
            await postWebhook(r.webhook_url, webhookKey(cfg.secret, r.watchlist_id), `${r.watchlist_id}:${r.story_key}`, payload(cfg, r), retry);
          }
        } catch (e) {
          error = String((e as Error).message).slice(0, 500);
          const status = (e as { status?: number | null }).status;
          const perm = channel === 'email' ? isPermanent(e) : typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
          outcome = perm || /no (email|webhook) any more/.test(error) ? 'failed' : 'pending';
        }
        await db.run(`UPDATE brief_alerts SET ${state} = ?, ${channel}_error = ? WHERE watchlist_id = ? AND story_key = ?`, [outcome, error, r.watchlist_id, r.story_key]);
        report[channel][outcome]++;
      }
    }
  }
  return report;
}

/**
 * The ingest's call after an article is stored and connected to its story: records the alerts it
 * raises and sends them. Delivery problems never fail the ingest; they stay pending for the next run.
 */
export async function alertOnArticle(db: Db, articleId: string, opts: AlertDeliveryOptions & { storyId?: string | null; config?: BriefConfig } = {}): Promise<AlertRecord[]> {
  const records = await recordAlerts(db, articleId, opts.storyId);
  if (!records.length) return records;
  const cfg = opts.config ?? loadConfig();
  const own = opts.mailer === undefined && cfg.smtpUrl ? createMailer(cfg.smtpUrl) : null;
  try {
    await deliverAlerts(db, cfg, { ...opts, mailer: opts.mailer ?? own }).catch(() => undefined);
  } finally {
    own?.close();
  }
  return records;
}

const CURSOR = 'alerts.article_seq';

/**
 * Matches every article stored since the last scan (by the store's insertion order), so alerts
 * are raised even for articles whose ingest did not call alertOnArticle. Returns the new alerts.
 */
export async function scanNewArticles(db: Db, batch = 500): Promise<AlertRecord[]> {
  const out: AlertRecord[] = [];
  if (!(await db.get('SELECT id FROM brief_watchlists LIMIT 1'))) {
    // Nothing to match: move the cursor so that a new watchlist does not start with a backlog.
    const top = await db.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM articles');
    await setCursor(db, Number(top?.seq ?? 0));
    return out;
  }
  for (;;) {
    const row = await db.get<{ value: string }>('SELECT value FROM brief_state WHERE key = ?', [CURSOR]);
    const from = Number(row?.value ?? 0);
    const rows = await db.all<{ seq: number; id: string }>('SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq LIMIT ?', [from, batch]);
    if (!rows.length) return out;
    for (const r of rows) out.push(...(await recordAlerts(db, r.id)));
    await setCursor(db, Number(rows[rows.length - 1].seq));
  }
}

async function setCursor(db: Db, seq: number): Promise<void> {
  await db.run('INSERT INTO brief_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [CURSOR, String(seq)]);
}
