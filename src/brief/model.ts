// What a briefing is, as data: composition produces it, the renderers only format it.
// Every piece of article text in it carries the article id and the character span it came from.
import type { Entity, Event, Paragraph, Quote } from '../model/analysis.ts';
import type { Period } from './week.ts';

/** An article as the briefing reads it from the store (the contract's analysis plus its text). */
export interface BriefArticle {
  id: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  published: string;
  url: string | null;
  text: string;
  paragraphs: Paragraph[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  /** Story the corpus layer put it in, when known. */
  storyId?: string | null;
  /** Whether the corpus layer labels its story with this article (its headline, or its lead without one). */
  storyLead?: boolean;
}

/** Where a piece of text comes from: the article and the span of `text` in it. */
export interface SourceRef {
  articleId: string;
  title: string | null;
  publisher: string | null;
  published: string;
  url: string | null;
  start: number;
  end: number;
}

/** A sentence quoted from an article, never written by us. */
export interface Sourced {
  text: string;
  source: SourceRef;
}

export interface Actor {
  key: string;
  name: string;
  type: string;
  country: string | null;
  mentions: number;
}

export interface KeyQuote {
  text: string;
  /** Direct quotes are the speaker's words and get quotation marks; others are reported speech. */
  direct: boolean;
  speaker: string;
  /** The text shown names its speaker ("…, the White House said."): no "— White House" after it. */
  named: boolean;
  /** The sentence holding the quote, with its source. */
  sentence: Sourced;
}

export interface StoryItem {
  id: string;
  /** The lead article's title, linked to that article. */
  headline: Sourced | null;
  score: number;
  articles: number;
  publishers: string[];
  /** Articles this period over the average of the previous weeks (+1 smoothed). */
  growth: number;
  /** Average articles per period over the previous weeks (0: the story is new). */
  previous: number;
  /** 0..10: how violent the worst conflict event of the story is. */
  severity: number;
  summary: Sourced[];
  quote: KeyQuote | null;
  actors: Actor[];
  sources: SourceRef[];
}

export interface EventItem {
  type: string;
  /** CAMEO code, which tells an intent apart from the deed ("036": intends to meet, coded AGREE). */
  cameo?: string | null;
  status: string;
  date: string | null;
  /**
   * When the text names a week or a month, not a day, shown instead of the date: "week of 2025-06-16"
   * ("expected to travel next week"), "July 2025" ("meet again next month").
   */
  when?: string;
  actor: string | null;
  target: string | null;
  /** Each side did it to the other ("the Dutch and Chinese sides are expected to meet"): told once. */
  mutual?: boolean;
  /** Cooperation (+10) to conflict (-10). */
  score: number;
  sentence: Sourced;
}

export interface RelationItem {
  /** ISO alpha-3 codes, a < b. */
  a: string;
  b: string;
  aName: string;
  bName: string;
  /** Mean cooperation–conflict score this period, and over the previous weeks (null: no events then). */
  score: number;
  baseline: number | null;
  shift: number;
  events: number;
  behind: EventItem[];
}

export interface WatchHit {
  watchlist: string;
  reason: string;
  storyId: string;
  sentence: Sourced;
}

export interface Filters {
  countries?: string[];
  actors?: string[];
  eventTypes?: string[];
}

export interface Briefing {
  title: string;
  period: Period;
  /** Weeks of history the growth and relation baselines looked at. */
  baselineWeeks: number;
  stats: { articles: number; publishers: number; events: number; stories: number };
  filters: Filters | null;
  stories: StoryItem[];
  relations: RelationItem[];
  coming: EventItem[];
  /** The first hits of each watchlist (one per story). */
  watch: WatchHit[];
  /** Stories each watchlist hit in all, when more than are listed. */
  watchMore: Record<string, number>;
}
