// Composing a briefing from the store, and the archive of issues (every briefing that was sent,
// frozen at its first send so a resumed delivery mails exactly what the first recipients got).
import type { Db } from '../store/db.ts';
import { composeBriefing } from './compose.ts';
import type { BriefConfig } from './config.ts';
import type { Briefing, Filters } from './model.ts';
import { loadArticles } from './source.ts';
import { issueLink } from './render/common.ts';
import { renderMarkdown } from './render/markdown.ts';
import { renderPage } from './render/html.ts';
import { renderText } from './render/text.ts';
import { listWatchlists } from './watchlists.ts';
import { addDays, daysBetween, type Period } from './week.ts';

export const BASELINE_WEEKS = 4;

export async function composeFromStore(db: Db, period: Period, title: string, filters: Filters | null = null): Promise<Briefing> {
  const len = daysBetween(period.since, period.until) + 1;
  const articles = await loadArticles(db, addDays(period.since, -len * BASELINE_WEEKS), period.until);
  const watchlists = (await listWatchlists(db)).map((w) => ({ name: w.name, spec: w.spec }));
  return composeBriefing({ period, title, articles, baselineWeeks: BASELINE_WEEKS, watchlists, filters });
}

export interface Issue {
  id: string;
  since: string;
  until: string;
  composedAt: string;
  data: Briefing;
  html: string;
  markdown: string;
  text: string;
  sendStartedAt: string | null;
  sendFinishedAt: string | null;
}

interface IssueRow {
  id: string;
  since: string;
  until: string;
  composed_at: string;
  data: string;
  html: string;
  markdown: string;
  text: string;
  send_started_at: string | null;
  send_finished_at: string | null;
}

function fromRow(r: IssueRow): Issue {
  return {
    id: r.id,
    since: r.since,
    until: r.until,
    composedAt: r.composed_at,
    data: JSON.parse(r.data) as Briefing,
    html: r.html,
    markdown: r.markdown,
    text: r.text,
    sendStartedAt: r.send_started_at,
    sendFinishedAt: r.send_finished_at,
  };
}

export async function getIssue(db: Db, id: string): Promise<Issue | null> {
  const r = await db.get<IssueRow>('SELECT * FROM brief_issues WHERE id = ?', [id]);
  return r ? fromRow(r) : null;
}

export interface IssueSummary {
  id: string;
  since: string;
  until: string;
  composedAt: string;
  sendFinishedAt: string | null;
  stories: number;
}

export async function listIssues(db: Db, limit = 100): Promise<IssueSummary[]> {
  const rows = await db.all<IssueRow>('SELECT * FROM brief_issues ORDER BY since DESC, id DESC LIMIT ?', [limit]);
  return rows.map((r) => {
    const i = fromRow(r);
    return { id: i.id, since: i.since, until: i.until, composedAt: i.composedAt, sendFinishedAt: i.sendFinishedAt, stories: i.data.stories.length };
  });
}

/** The archived issue of the period, composing and storing it first if it is not there yet. */
export async function ensureIssue(db: Db, period: Period, cfg: Pick<BriefConfig, 'baseUrl' | 'title'>, now = new Date()): Promise<Issue> {
  const found = await getIssue(db, period.id);
  if (found) return found;
  const data = await composeFromStore(db, period, cfg.title);
  const o = { baseUrl: cfg.baseUrl, webUrl: issueLink(cfg.baseUrl, period.id) };
  await db.run(
    `INSERT INTO brief_issues (id, since, until, composed_at, data, html, markdown, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [period.id, period.since, period.until, now.toISOString(), JSON.stringify(data), renderPage(data, o), renderMarkdown(data, o), renderText(data, o)],
  );
  return (await getIssue(db, period.id))!;
}
