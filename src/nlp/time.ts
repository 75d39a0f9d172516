// Dates in running text, resolved against the article's date with chrono-node.
// "Tuesday" in an article of Monday 2023-09-11 is 2023-09-05 when it tells of the past and 2023-09-12 when
// it tells of what will be (weekdayByTense; chrono alone takes the nearest such day), "in July" is 2023-07,
// "in February 2019" is 2019-02, and "two months later" counts from the date the text gave before it.
import * as chrono from 'chrono-node';
import type { EventDate } from '../model/analysis.ts';

export type Precision = EventDate['precision'];

export interface DateMention extends EventDate {
  /** Character offsets of the expression (without a leading "on"/"in") in the text given. */
  start: number;
  end: number;
  /** Counted from an earlier date in the text ("two months later") rather than from the article's date. */
  relative: boolean;
  /** A year before a noun ("the 2012 attacks"): it dates that noun, not the sentence. */
  modifier?: boolean;
}

interface Ymd { y: number; m: number | null; d: number | null }

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDate(v: Ymd): { value: string; precision: Precision } {
  if (v.m === null) return { value: String(v.y), precision: 'year' };
  if (v.d === null) return { value: `${v.y}-${pad(v.m)}`, precision: 'month' };
  return { value: `${v.y}-${pad(v.m)}-${pad(v.d)}`, precision: 'day' };
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD..." (the anchor or a resolved value). */
export function parseDateValue(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

function refInstant(v: Ymd): Date {
  // Noon UTC keeps the calendar day stable whatever the machine's time zone is.
  return new Date(Date.UTC(v.y, (v.m ?? 1) - 1, v.d ?? 1, 12));
}

/** Expressions counted from the previous date in the text, not from the article's date. */
const FOLLOWS_PREVIOUS = /\b(later|earlier|afterwards?|before that|after that|the (?:next|following|previous) (?:day|week|month|year))\b/i;
/** chrono needs a number it reads: "two months later" -> "2 months later". */
export const NUMBER_WORDS: Record<string, string> = {
  a: '1', an: '1', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12',
};
const SPAN_AGO_LATER = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+(later|earlier|after|before)\b/gi;
/** What a number counts ("a poll of 2047 registered voters", "by 2025 people"): not a year. */
const COUNTED = 'people|persons|voters|registered|likely|adults|respondents|residents|members|students|workers|employees|jobs|votes|delegates|troops|soldiers|families|households|children|users|signatures|copies|units|homes|cases|deaths|acres|miles|dollars|tons|barrels|americans|participants|patients|refugees|migrants|immigrants|prisoners|civilians';
const BARE_YEAR = new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|of|[Dd]uring|[Ff]rom)\\s+((?:1[89]|20)\\d\\d)\\b(?!\\s*[-–]\\s*\\d)(?!,\\d)(?!\\s+(?:${COUNTED})\\b)`, 'g');
/**
 * What SPAN_AGO_LATER and BARE_YEAR cannot match without. Both try a match at every position of every
 * sentence read (alternations behind a word boundary); these scan for a literal tail or a year's digits,
 * which most sentences lack, and cost a fraction of that.
 */
const SPAN_CUE = /(?:day|week|month|year)s?\s+(?:later|earlier|after|before)\b/i;
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
/** A year before what it dates: "the 2012 attacks", "a 2011 U.S. drone strike", "Obama's 2008 campaign" (not "the 2047 voters"). */
const YEAR_MODIFIER = new RegExp(`(?:\\b(?:[Tt]he|a|an|its|his|her|their|our|this|that)|['’]s)\\s+((?:1[89]|20)\\d\\d)\\s+(?!(?:${COUNTED}|times|of|to|or|and)\\b)(?=[A-Za-z])`, 'g');
/** A stretch of time with no anchor ("in 30 years", "for 75 years"): how long, not when. */
const BARE_DURATION = /^(?:(?:for|over|within|in|after|about|nearly|almost|some|more than|less than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|few)\s+(?:years?|decades?|centuries)$/i;
/** A deadline counted from now ("within 48 hours", "within a week"): by when, not when anything happened. */
const DEADLINE = /^within\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|few)\s+(?:hours?|days?|weeks?|months?)$/i;
const DATE_WORD = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(today|yesterday|tomorrow|tonight|week|weekend|month|year|ago|later|earlier|noon|midnight|morning|evening|afternoon|night)\b/i;
/**
 * What chrono needs to read a date it can name the day, month or year of: a month or weekday (or their
 * abbreviations, "Sept.", "sat"; "weekend"), a casual day word, a time unit (abbreviated only after a number or "this/last/next": "5h",
 * "last m"), "end of the month", or digits joined as a date ("9/12", "2016-09-12", "2016 9 12").
 * Sentences with none of these (a number alone: "52 percent", "$1.5 million") give chrono nothing that
 * findDates keeps, so chrono is not run on them. Patterns from chrono-node's English parsers.
 */
const CHRONO_CUE = new RegExp([
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?![a-z])',
  '\\b(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekends?|weekdays?)(?![a-z])',
  '\\b(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|morning|afternoon|evening|night|midnight|midday|noon)(?![a-z])',
  '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)(?![a-z])',
  '(?:\\d\\s*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|several|the|couple|of|half|this|last|past|next|after)\\s+)(?:s|secs?|m|mins?|h|hrs?|d|w|mo|mon|mos|qtr|y|yrs?)(?![a-z])',
  '\\bend\\s+of\\s+(?:the\\s+)?month',
  '\\d[/.\\-]\\d|\\d{4}\\s\\d{1,2}[-./\\s]\\d',
].join('|'), 'i');
/** Month names in lower case, January first. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * What each of chrono's casual English parsers cannot match without (a word or digit its pattern
 * requires, case-insensitive; a superset of what the pattern takes, e.g. "mon" for Monday also in "month"). chrono runs
 * every parser's regex over the whole text, ~2-3 µs each, and most sentences hold the cue of only a
 * few: the others are left out of the run (see parseDates), which gives the same results, since a parser
 * whose pattern finds nothing adds nothing and the refiners see only results. A parser not named here
 * (a chrono upgrade) always runs. test/nlp/time.test.ts checks the cues against chrono's own dictionaries.
 */
const DIGIT = /\d/;
/** Every key of chrono's MONTH_DICTIONARY starts with one of these. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
export const CHRONO_PARSER_CUES: Record<string, RegExp> = {
  ISOFormatParser: DIGIT,
  ENYearMonthDayParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  // WEEKDAY_DICTIONARY's keys, "weekend" and "weekday".
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENEndOfCurrentMonthParser: /of\s+(?:the\s+)?month/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};

type Parser = chrono.Chrono['parsers'][number];
const casualParsers: Parser[] = chrono.casual.parsers;
const casualRefiners = chrono.casual.refiners;
/** Each distinct cue, and the parsers (by index into casualParsers) that need it; -1: none, always run. */
const cueOf: number[] = [];
const cues: RegExp[] = [];
for (const p of casualParsers) {
  const cue = CHRONO_PARSER_CUES[p.constructor.name];
  if (!cue) { cueOf.push(-1); continue; }
  let k = cues.indexOf(cue);
  if (k < 0) k = cues.push(cue) - 1;
  cueOf.push(k);
}
/** chrono with only the parsers whose cues are present, by the bit set of present cues. */
const chronoByCues = new Map<number, chrono.Chrono>();

/** chrono.parse (the casual English parser), running only the parsers whose cue the text holds. */
export function parseDates(text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
  let mask = 0;
  for (let k = 0; k < cues.length; k++) if (cues[k].test(text)) mask |= 1 << k;
  let c = chronoByCues.get(mask);
  if (!c) {
    c = new chrono.Chrono({ parsers: casualParsers.filter((_p, i) => cueOf[i] < 0 || (mask & (1 << cueOf[i])) !== 0), refiners: casualRefiners });
    chronoByCues.set(mask, c);
  }
  return c.parse(text, ref);
}

/** Whether chrono knew (or was told, for weekdays) the day of a parsed component. */
function knownYmd(c: chrono.ParsedComponents, text: string): Ymd {
  const day = c.isCertain('day') || c.isCertain('weekday') || /\b(today|yesterday|tomorrow|tonight|week|weekend)\b/i.test(text);
  const month = day || c.isCertain('month');
  return { y: c.get('year') ?? 0, m: month ? c.get('month') ?? null : null, d: day ? c.get('day') ?? null : null };
}

function coarser(a: Ymd, p: Precision): Ymd {
  if (p === 'year') return { y: a.y, m: null, d: null };
  if (p === 'month') return { y: a.y, m: a.m, d: null };
  return a;
}

export function addUnits(base: Ymd, n: number, unit: string): Ymd {
  const dt = refInstant(base);
  if (unit === 'day') dt.setUTCDate(dt.getUTCDate() + n);
  else if (unit === 'week') dt.setUTCDate(dt.getUTCDate() + 7 * n);
  else if (unit === 'month') dt.setUTCMonth(dt.getUTCMonth() + n);
  else dt.setUTCFullYear(dt.getUTCFullYear() + n);
  const out = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  // The result is no more precise than what it counts from, nor than its unit.
  const unitPrecision: Precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
  const baseP = base.m === null ? 'year' : base.d === null ? 'month' : 'day';
  const p = PRECISION_RANK[unitPrecision] < PRECISION_RANK[baseP] ? unitPrecision : baseP;
  return coarser(out, p);
}

/**
 * Collects the dates of one text, no two overlapping (the first reading of a stretch wins), with offsets
 * shifted into the caller's text. A class rather than a closure: findDates runs for every sentence
 * with an event, and tsx names every closure it creates at run time (a defineProperty per call).
 */
class Found {
  readonly out: DateMention[] = [];
  /** Start and end of every span taken, flat. */
  private readonly taken: number[] = [];
  constructor(private readonly text: string, private readonly offset: number) {}

  add(start: number, end: number, v: Ymd, relative: boolean, modifier = false): void {
    const taken = this.taken;
    for (let i = 0; i < taken.length; i += 2) if (start < taken[i + 1] && end > taken[i]) return;
    taken.push(start, end);
    const f = formatDate(v);
    const d: DateMention = { value: f.value, precision: f.precision, text: this.text.slice(start, end), start: start + this.offset, end: end + this.offset, relative };
    if (modifier) d.modifier = true;
    this.out.push(d);
  }
}

/** The instant chrono reads relative dates from: the article's date, else a fixed one (only dated years are kept then). */
function chronoRef(anchor: Ymd | null): Date {
  return anchor ? refInstant(anchor) : new Date(Date.UTC(2000, 0, 1, 12));
}

/** What a clause says will happen: "will meet on …", "is due to vote on …", "talks scheduled for …". */
const FUTURE_WORDS = String.raw`will|wo?n['’]t|shall|would|['’]ll|(?:plans?|planning|intends?|aims?|set|going|is|are)\s+to`;
/** A verb in the past: "struck …", "fired …", "said …" (a participle too, "were killed on …"); not "need", "speed". */
const PAST_WORDS = '[a-z]{2,}[a-df-z]ed|said|told|was|were|had|did|made|met|held|hit|shot|struck|fought|flew|fled|fell|led|took|gave|sent|went|came|began|spoke|broke|brought|sought|saw|won|lost|rose|drove|wrote|threw|stood|kept|paid|ran|sold|stole|swore|thought|tore|caught|bought|built|dealt|felt|found|heard|laid|meant|overran|sank|shook|slew|stuck|swept|withdrew|oversaw';
/** Before the weekday, words that name a time to come count too ("at next week's summit on …", "scheduled for …"). */
const TENSE_BEFORE = new RegExp(String.raw`(?<![\w'’])(?:(${FUTURE_WORDS}|next|upcoming|scheduled|slated|planned|expected|due)|(${PAST_WORDS}))(?![\w'’])`, 'gi');
const TENSE_AFTER = new RegExp(String.raw`(?<![\w'’])(?:(${FUTURE_WORDS})|(${PAST_WORDS}))(?![\w'’])`, 'i');
/** Where a sentence's clauses part for good (not at a list's "and" or comma). */
const STRONG_BREAK = /[;:.!?“”"(—–]|\s-{1,2}\s|\b(?:that|but|when|while|as|after|before|because|who|which)\b/;
/** Where the clause a weekday is in ends: a strong break, a comma or a list's "and". */
const CLAUSE_BREAK = new RegExp(`${STRONG_BREAK.source}|,|\\band\\b`);
/** A clause the weekday opens: nothing before it but "on", "late", "early" ("On Saturday, Russian forces shelled …"). */
const OPENING = /^\s*(?:(?:on|late|early|by|until|since|from|last|this)\s+)*$/i;

/**
 * A weekday alone ("on Saturday") is, to chrono, the nearest such day; in news it is the last one when its
 * clause tells of the past ("fired on Saturday", in an article of Friday, is six days back) and the next one
 * when it tells of the future ("will meet on Tuesday"). The tense is the verb's nearest before the weekday
 * in its clause ("said on Saturday that they will meet on Tuesday" has a date of each kind), or the first
 * verb after it when the weekday opens the clause; with neither ("his address Sunday"), the nearest day.
 */
function weekdayByTense(v: Ymd, anchor: Ymd, before: string, after: string): Ymd {
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  let future: boolean | null = null;
  for (const m of clause.matchAll(TENSE_BEFORE)) future = m[1] !== undefined;
  if (future === null && OPENING.test(clause)) {
    const m = TENSE_AFTER.exec(after.replace(/^[\s,]+/, '').split(CLAUSE_BREAK)[0]);
    if (m) future = m[1] !== undefined;
  } else if (future === null && !/\w+ing\b/.test(clause)) {
    // "Niger's military junta on Sunday ordered …": the verb right after the weekday.
    const m = TENSE_AFTER.exec(after.replace(/^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:\w+ly\s+)?/i, ' ').split(/\s+/).slice(0, 2).join(' '));
    if (m && m.index <= 1) future = m[1] !== undefined;
    // "China sent 71 warplanes and nine navy ships toward Taiwan on Monday": the verb before a list's "and".
    if (future === null) for (const w of (before.split(STRONG_BREAK).pop() ?? '').matchAll(TENSE_BEFORE)) future = w[1] !== undefined;
  }
  if (future === null) return v;
  const days = (refInstant(v).getTime() - refInstant(anchor).getTime()) / 86_400_000;
  const shift = future && days < 0 ? 7 : !future && days > 0 ? -7 : 0;
  return shift ? addUnits(v, shift, 'day') : v;
}

/**
 * Finds and resolves the dates in a piece of text (usually one sentence).
 * `anchor` is the article's date (YYYY-MM-DD) or null: without it only dates that name their year resolve.
 * `previous` is the last date resolved before this text, for "two months later"; `offset` shifts spans.
 */
export function findDates(text: string, anchor: string | null, previous: EventDate | null = null, offset = 0): DateMention[] {
  const anchorYmd = parseDateValue(anchor);
  const prevYmd = previous ? parseDateValue(previous.value) : null;
  const found = new Found(text, offset);

  // "two months later": counted from the previous date (or from the article's date when there is none).
  SPAN_AGO_LATER.lastIndex = 0;
  for (let m = SPAN_CUE.test(text) ? SPAN_AGO_LATER.exec(text) : null; m; m = SPAN_AGO_LATER.exec(text)) {
    const base = prevYmd ?? anchorYmd;
    if (!base) continue;
    const n = Number(NUMBER_WORDS[m[1].toLowerCase()] ?? m[1]);
    const sign = /later|after/i.test(m[3]) ? 1 : -1;
    found.add(m.index, m.index + m[0].length, addUnits(base, sign * n, m[2].toLowerCase()), prevYmd !== null);
  }

  // chrono is the costly part; most sentences hold no date word at all.
  const parsed = DATE_WORD.test(text) && CHRONO_CUE.test(text) ? parseDates(text, { instant: chronoRef(anchorYmd), timezone: 0 }) : [];
  for (const r of parsed) {
    let start = r.index;
    let t = r.text;
    // Keep the words that name the date: "on Saturday" -> "Saturday", "July," -> "July".
    const lead = /^(on|in|at|by|since|from|during|until)\s+/i.exec(t);
    if (lead) { start += lead[0].length; t = t.slice(lead[0].length); }
    t = t.replace(/[\s,.;:]+$/, '');
    if (!t || /^(may|march)$/i.test(t) && text[start] !== t[0].toUpperCase()) continue; // the verb "may", the verb "march"
    if (/^\d{1,2}$/.test(t) || /^(now|present|sec|second)$/i.test(t)) continue;
    // ("the 9/11 attacks", "since 9/11": the day of 2001 it names, which dates the noun it modifies, not the story's clock.)
    if (t === '9/11') { found.add(start, start + t.length, { y: 2001, m: 9, d: 11 }, false, true); continue; }
    if (BARE_DURATION.test(t) || DEADLINE.test(t)) continue;
    if (FOLLOWS_PREVIOUS.test(t) && !prevYmd && !anchorYmd) continue;
    const c = r.start;
    const yearKnown = c.isCertain('year');
    // "in July" of which year? Not without the article's date; nor "next week", which chrono counts from its fixed instant.
    if (!anchorYmd && (!yearKnown || !/\d{4}/.test(t))) continue;
    let v = knownYmd(c, t);
    if (v.m === null && v.d === null && !yearKnown) continue;
    // chrono reads "last November" in September as the coming November; news means the one before.
    const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
    if (anchorYmd && /\blast\s+$/.test(before) && MONTHS.includes(t.toLowerCase())) {
      const candidate = v.m !== null && v.m >= (anchorYmd.m ?? 12) ? anchorYmd.y - 1 : anchorYmd.y;
      v = { ...v, y: candidate };
    }
    // A month named without its year in a past-tense report is the last one, not the next ("was revealed in March").
    if (anchorYmd && !yearKnown && v.m !== null && !/\b(will|next|upcoming|scheduled|plans?|planned|expected|due|coming)\b/i.test(text)
      && (v.y > anchorYmd.y || (v.y === anchorYmd.y && v.m > (anchorYmd.m ?? 12) + (v.d === null ? 0 : 0)))
      && !(c.isCertain('weekday') || /\b(today|tomorrow|tonight)\b/i.test(t))) {
      v = { ...v, y: v.y - 1 };
    }
    if (anchorYmd && v.d !== null && c.isCertain('weekday') && !c.isCertain('day') && !/^(last|next|this|coming|past)\b/i.test(t)) {
      v = weekdayByTense(v, anchorYmd, text.slice(Math.max(0, start - 90), start), text.slice(start + t.length, start + t.length + 90));
    }
    found.add(start, start + t.length, v, false);
  }

  BARE_YEAR.lastIndex = 0;
  for (let m = YEAR_DIGITS.test(text) ? BARE_YEAR.exec(text) : null; m; m = BARE_YEAR.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    found.add(at, at + 4, { y: Number(m[1]), m: null, d: null }, false);
  }
  YEAR_MODIFIER.lastIndex = 0;
  for (let m = YEAR_DIGITS.test(text) ? YEAR_MODIFIER.exec(text) : null; m; m = YEAR_MODIFIER.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]);
    found.add(at, at + 4, { y: Number(m[1]), m: null, d: null }, false, true);
  }
  return found.out.sort((a, b) => a.start - b.start);
}

/** SPAN_AGO_LATER without the global flag, for testing a text (its only use of the previous date). */
const SPAN_AGO_LATER_ANY = new RegExp(SPAN_AGO_LATER.source, 'i');

/**
 * DateTracker's dates for the sentences noted in text order, each found only when first read (the
 * events stage notes every sentence with a trigger, and a third of them build no event that reads a
 * date). The dates are DateTracker.sentence's over the same sentences: with the article's date known,
 * the date before a sentence matters only to its "two months later" (SPAN_AGO_LATER), and then it is
 * the last date of the latest noted sentence before it that has one, found by walking back. Without
 * the article's date every sentence is read at once, in order, as DateTracker does.
 */
export class SentenceDates {
  private readonly texts: string[] = [];
  private readonly offsets: number[] = [];
  private readonly found: Array<DateMention[] | null> = [];
  private readonly tracker: DateTracker | null;
  constructor(private readonly anchor: string | null) {
    this.tracker = anchor === null ? new DateTracker(null) : null;
  }

  /** Notes the next sentence (text order); returns its number for of(). */
  note(text: string, offset: number): number {
    this.texts.push(text);
    this.offsets.push(offset);
    this.found.push(this.tracker ? this.tracker.sentence(text, offset) : null);
    return this.found.length - 1;
  }

  /** The dates of noted sentence i, with offsets in the document. */
  of(i: number): DateMention[] {
    const hit = this.found[i];
    if (hit) return hit;
    const text = this.texts[i];
    const dates = findDates(text, this.anchor, SPAN_AGO_LATER_ANY.test(text) ? this.lastBefore(i) : null, this.offsets[i]);
    this.found[i] = dates;
    return dates;
  }

  /** DateTracker's previous date at sentence i: the last date of the latest sentence before it with one. */
  private lastBefore(i: number): EventDate | null {
    for (let j = i - 1; j >= 0; j--) {
      // A year before a noun ("the 1967 war") dates that noun, not the story's clock.
      const dates = this.of(j).filter((d) => !d.modifier);
      if (dates.length) {
        const d = dates[dates.length - 1];
        return { value: d.value, precision: d.precision, text: d.text };
      }
    }
    return null;
  }
}

/**
 * Walks a document's sentences in order so that relative dates follow the one before them.
 * Call `sentence(...)` for every sentence in text order.
 */
export class DateTracker {
  private last: EventDate | null = null;
  constructor(private readonly anchor: string | null) {}

  sentence(text: string, offset: number): DateMention[] {
    const found = findDates(text, this.anchor, this.last, offset);
    // Only dates that are not the article's own "today" move the narrative clock.
    for (const d of found) if (!d.modifier) this.last = { value: d.value, precision: d.precision, text: d.text };
    return found;
  }
}
