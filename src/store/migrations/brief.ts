// Tables of the briefing product: subscribers, the archive of issues, the delivery log that makes
// sending idempotent, watchlists and the alerts they raised, and the scheduler's runs.
// Timestamps are ISO-8601 UTC text; JSON values are TEXT holding JSON.
import type { Migration } from '../migrate.ts';

const tables = `
CREATE TABLE brief_subscribers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  filters TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  confirm_sent_at TEXT,
  confirmed_at TEXT,
  unsubscribed_at TEXT
);
CREATE INDEX brief_subscribers_status ON brief_subscribers (status);

CREATE TABLE brief_issues (
  id TEXT PRIMARY KEY,
  since TEXT NOT NULL,
  until TEXT NOT NULL,
  composed_at TEXT NOT NULL,
  data TEXT NOT NULL,
  html TEXT NOT NULL,
  markdown TEXT NOT NULL,
  text TEXT NOT NULL,
  send_started_at TEXT,
  send_finished_at TEXT
);
CREATE INDEX brief_issues_since ON brief_issues (since);

CREATE TABLE brief_deliveries (
  issue_id TEXT NOT NULL REFERENCES brief_issues (id) ON DELETE CASCADE,
  subscriber_id TEXT NOT NULL REFERENCES brief_subscribers (id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  state TEXT NOT NULL,
  message_id TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT,
  claimed_at TEXT,
  sent_at TEXT,
  error TEXT,
  PRIMARY KEY (issue_id, subscriber_id)
);
CREATE INDEX brief_deliveries_state ON brief_deliveries (issue_id, state);

CREATE TABLE brief_watchlists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  spec TEXT NOT NULL,
  email TEXT,
  webhook_url TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE brief_alerts (
  watchlist_id TEXT NOT NULL REFERENCES brief_watchlists (id) ON DELETE CASCADE,
  story_key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  email_state TEXT NOT NULL,
  email_attempts INTEGER NOT NULL DEFAULT 0,
  email_error TEXT,
  webhook_state TEXT NOT NULL,
  webhook_attempts INTEGER NOT NULL DEFAULT 0,
  webhook_error TEXT,
  PRIMARY KEY (watchlist_id, story_key)
);
CREATE INDEX brief_alerts_article ON brief_alerts (article_id);

CREATE TABLE brief_schedule_runs (
  scheduled_for TEXT PRIMARY KEY,
  issue_id TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  error TEXT
);
`;

// Small named values the module keeps between runs (the alert scanner's position in the articles).
const state = `
CREATE TABLE brief_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

export const briefMigrations: Migration[] = [
  { id: '0300_brief_tables', up: tables },
  { id: '0301_brief_state', up: state },
];
