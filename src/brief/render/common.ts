// What every renderer shares: links to the sources, labels, dates. Nothing here formats markup.
import type { Briefing, EventItem, SourceRef } from '../model.ts';

export interface RenderOptions {
  /** Public address of the web app; links to articles and sentences start with it. */
  baseUrl: string;
  /** Per-recipient one-click unsubscribe page (mail only). */
  unsubscribeUrl?: string | null;
  /** Where this issue can be read on the web. */
  webUrl?: string | null;
}

/**
 * The article page with the sentence highlighted: the web app reads `hl=start-end` (character
 * offsets into the article text) and scrolls to `#hl`.
 */
export function sentenceLink(baseUrl: string, s: SourceRef): string {
  const base = `${baseUrl}/articles/${encodeURIComponent(s.articleId)}`;
  return s.end > s.start ? `${base}?hl=${s.start}-${s.end}#hl` : base;
}

export function issueLink(baseUrl: string, issueId: string): string {
  return `${baseUrl}/briefings/${encodeURIComponent(issueId)}`;
}

/** "Washington Times, 11 Sep 2023" */
export function sourceLabel(s: SourceRef): string {
  const who = s.publisher ?? hostOf(s.url) ?? 'article';
  return s.published ? `${who}, ${shortDate(s.published)}` : who;
}

function hostOf(u: string | null): string | null {
  if (!u) return null;
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function shortDate(day: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(day);
  if (!m) return day;
  return m[3] ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : `${MONTHS_LONG[Number(m[2]) - 1]} ${m[1]}`;
}

/** "11–17 September 2023", "28 August – 3 September 2023" */
export function periodLabel(b: Briefing): string {
  const [y1, m1, d1] = b.period.since.split('-').map(Number);
  const [y2, m2, d2] = b.period.until.split('-').map(Number);
  const week = /W(\d+)$/.exec(b.period.id);
  const prefix = week ? `Week ${Number(week[1])}, ` : '';
  if (y1 === y2 && m1 === m2) return `${prefix}${d1}–${d2} ${MONTHS_LONG[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${prefix}${d1} ${MONTHS_LONG[m1 - 1]} – ${d2} ${MONTHS_LONG[m2 - 1]} ${y2}`;
  return `${prefix}${d1} ${MONTHS_LONG[m1 - 1]} ${y1} – ${d2} ${MONTHS_LONG[m2 - 1]} ${y2}`;
}

const TYPE_LABEL: Record<string, string> = {
  AGREE: 'agreement', CONSULT: 'consultation', SUPPORT: 'support', CONCEDE: 'concession', COOPERATE: 'cooperation',
  AID: 'aid', RETREAT: 'retreat', REQUEST: 'request', ACCUSE: 'accusation', REJECT: 'rejection', THREATEN: 'threat',
  PROTEST: 'protest', SANCTION: 'sanction', MOBILIZE: 'mobilisation', COERCE: 'coercion', ASSAULT: 'assault',
};

/**
 * PLOVER codes an intent to cooperate as AGREE ("Ryan and Trump will meet" is CAMEO 036): its label
 * says what is intended, not "agreement".
 */
const INTENT_LABEL: Record<string, string> = { '031': 'cooperation', '032': 'support', '033': 'aid', '035': 'concession', '036': 'meeting' };

/** "threat · Kim Jong-un → United States · planned"; "meeting · Netherlands ↔ China · planned" when both sides do it. */
export function eventLabel(e: EventItem): string {
  const intent = e.type === 'AGREE' && e.cameo ? INTENT_LABEL[e.cameo] : undefined;
  const parts = [intent ?? TYPE_LABEL[e.type] ?? e.type.toLowerCase()];
  // With no actor named, the arrow still says the one named is the side acted on ("→ David Petraeus").
  const who = e.actor ? [e.actor, e.target].filter(Boolean).join(e.mutual ? ' ↔ ' : ' → ') : e.target ? `→ ${e.target}` : '';
  if (who) parts.push(who);
  if (e.status !== 'actual') parts.push(e.status);
  return parts.join(' · ');
}

export function signed(x: number): string {
  return `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;
}

export function filterLabel(b: Briefing): string | null {
  const f = b.filters;
  if (!f) return null;
  const parts: string[] = [];
  if (f.countries?.length) parts.push(`countries ${f.countries.join(', ')}`);
  if (f.actors?.length) parts.push(`actors ${f.actors.join(', ')}`);
  if (f.eventTypes?.length) parts.push(`event types ${f.eventTypes.join(', ')}`);
  return parts.length ? parts.join('; ') : null;
}

export function storyMeta(s: { articles: number; publishers: string[]; growth: number; previous: number; severity: number }): string {
  const bits = [`${s.articles} article${s.articles === 1 ? '' : 's'}`];
  if (s.publishers.length) bits.push(`${s.publishers.length} outlet${s.publishers.length === 1 ? '' : 's'}`);
  if (s.previous === 0) bits.push('new this period');
  else if (s.growth >= 1.5) bits.push(`×${s.growth.toFixed(1)} vs previous weeks`);
  if (s.severity >= 5) bits.push(`severity ${s.severity.toFixed(1)}`);
  return bits.join(' · ');
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "5 articles from 3 outlets · 4 stories · 10 events" */
export function statsLine(b: Briefing): string {
  const s = b.stats;
  return `${plural(s.articles, 'article', 'articles')} from ${plural(s.publishers, 'outlet', 'outlets')} · ${plural(s.stories, 'story', 'stories')} · ${plural(s.events, 'event', 'events')}`;
}

/** After the last listed hit of a watchlist that hit more stories: "Violence hit 14 stories in all". */
export function moreAfter(b: Briefing, i: number): string | null {
  const h = b.watch[i];
  if (b.watch[i + 1]?.watchlist === h.watchlist) return null;
  const n = b.watchMore?.[h.watchlist];
  return n ? `${h.watchlist} hit ${n} stories in all` : null;
}
