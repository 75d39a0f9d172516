// Composes a briefing from the articles of a period and the weeks before it. A pure function of its
// input: the same store and period give the same briefing, byte for byte. Every sentence in the
// result is copied from an article and keeps the article id and offsets it came from.
import { createRequire } from 'node:module';
import { countryOfKey, normaliseName, sideKey } from '../store/keys.ts';
import { matchCountry } from '../kb/geo.ts';
import { speakerLabel, type Event } from '../model/analysis.ts';
import type { Actor, BriefArticle, Briefing, EventItem, Filters, KeyQuote, RelationItem, Sourced, SourceRef, StoryItem, WatchHit } from './model.ts';
import { matchArticle, type WatchSpec } from './match.ts';
import { eventScore, FACTUAL, FORTHCOMING, severity } from './scores.ts';
import { assignStories } from './stories.ts';
import { cleanLabel, labelWeight } from '../corpus/labels.ts';
import { contentWords, oneLine, sentencesOf, wordCount, type Span } from './text.ts';
import { classifyBoilerplate } from '../extract/text/rules.ts';
import { addDays, daysBetween, type Period } from './week.ts';
import { isoWeek, weekStart } from '../corpus/weeks.ts';
import { actingMentions } from '../extract/dateline.ts';
import { displayText } from '../model/quote-text.ts';
import { CUE_FORMS } from '../nlp/quotes/lexicon.ts';

export interface ComposeInput {
  period: Period;
  title: string;
  /** Articles of the period and of the `baselineWeeks` periods before it. */
  articles: BriefArticle[];
  baselineWeeks: number;
  watchlists: { name: string; spec: WatchSpec }[];
  filters?: Filters | null;
  limits?: Partial<Limits>;
}

interface Limits {
  stories: number;
  summary: number;
  actors: number;
  relations: number;
  behind: number;
  coming: number;
  /** hits listed per watchlist */
  watch: number;
}
const LIMITS: Limits = { stories: 6, summary: 3, actors: 6, relations: 5, behind: 3, coming: 8, watch: 5 };

// world-countries ships CommonJS whose typings do not survive NodeNext's default import.
const worldCountries = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string } }[];
const NAMES = new Map<string, string>(worldCountries.map((c) => [c.cca3, c.name.common]));
export function countryName(code: string): string {
  return NAMES.get(code) ?? code;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

function ref(a: BriefArticle, s: Span): SourceRef {
  return { articleId: a.id, title: a.title, publisher: a.publisher, published: a.published, url: a.url, start: s.start, end: s.end };
}
function sourced(a: BriefArticle, s: Span): Sourced {
  return { text: oneLine(a.text.slice(s.start, s.end)), source: ref(a, s) };
}

/**
 * The lead article's title as the corpus labels stories (no "The Latest:" or newsletter prefix, no
 * print subhead); without a title, its first full sentence (still the article's words).
 */
function headline(a: BriefArticle): Sourced | null {
  // "BYLINE: Amber Phillips": an archive's field label given as the title names no story.
  if (a.title && !classifyBoilerplate(a.title)) {
    const label = cleanLabel(a.title);
    const at = a.text.indexOf(label);
    const span = at >= 0 ? { start: at, end: at + label.length } : { start: 0, end: 0 };
    return { text: oneLine(label), source: ref(a, span) };
  }
  const first = sentencesOf(a).find((s) => wordCount(a.text.slice(s.start, s.end)) >= 6);
  return first ? sourced(a, first) : null;
}

// ---- stories ------------------------------------------------------------------------------

/**
 * What a converter leaves of the markup in a given text: a tag with a quoted attribute
 * ("<tweet id="6721…" author="@…">"), a closing or empty tag ("</tweet>", "<tweet/>").
 */
const MARKUP = /<[a-z][\w-]*\s+[\w-]+="|<\/[a-z][\w-]*>|<[a-z][\w-]*\/>/i;

/** A live blog's buttons run together with the next byline when a converter drops their breaks: "FlagShareLikeReplyPaige". */
const GLUED_WORDS = /\p{Ll}\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\p{Lu}/u;

function isBoilerplate(s: string): boolean {
  // Given texts (JSONL) keep their wire furniture: "(Additional reporting by …; Editing by …)" is no summary,
  // nor is the note a publisher sets under every story of a kind ("Editor’s note: Donald Trump regularly …").
  return /\b(click here|subscribe|sign up|newsletter|all rights reserved|follow us|read more|advertisement)\b/i.test(s)
    || /^\s*editor['’]s note\b/i.test(s)
    || MARKUP.test(s) || GLUED_WORDS.test(s) || classifyBoilerplate(s.trim()) !== null;
}

/**
 * "And the state … come from Vermont," Clinton said …": a sentence that begins inside a quotation
 * (its first mark closes one) reads as the writer's words torn from their speaker's.
 */
function opensInsideQuote(s: string): boolean {
  const curly = /[“”]/.exec(s);
  if (curly) return curly[0] === '”';
  const straight = s.indexOf('"');
  return straight > 0 && (s.split('"').length - 1) % 2 === 1 && /\S/.test(s[straight - 1]);
}

interface Candidate {
  article: BriefArticle;
  order: number;
  span: Span;
  words: Set<string>;
  score: number;
}

/** Words of an article already shown elsewhere in the story (its headline, its pull quote). */
interface Taken { articleId: string; start: number; end: number }

function summarise(articles: BriefArticle[], limit: number, taken: (Taken | null)[]): Sourced[] {
  // Words shared by many articles of the story (and by their titles) are what the story is about.
  const df = new Map<string, number>();
  for (const a of articles) {
    const seen = new Set([...contentWords(a.text), ...contentWords(a.title ?? '')]);
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of new Set(contentWords(a.title ?? ''))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const cands: Candidate[] = [];
  articles.forEach((a, order) => {
    const title = normaliseName(a.title ?? '');
    const sev = new Map<number, number>();
    for (const e of a.events) if (FACTUAL.has(e.status)) sev.set(e.sentence.start, Math.max(sev.get(e.sentence.start) ?? 0, severity(e)));
    sentencesOf(a).forEach((span, i) => {
      const text = a.text.slice(span.start, span.end);
      const n = wordCount(text);
      // A question ("Who had vetted the long and rambling speech …?") asks; a summary tells.
      // A sentence that opens in lower case was cut from the one before ("com video Thursday …").
      if (n < 8 || n > 60 || !/[.!]["'”’)]*$/.test(text.trim()) || /^\p{Ll}/u.test(text.trim()) || isBoilerplate(text) || opensInsideQuote(text)) return;
      if (title && normaliseName(text).startsWith(title)) return;
      if (taken.some((t) => t && t.articleId === a.id && t.start < span.end && span.start < t.end)) return;
      const words = new Set(contentWords(text));
      let s = 0;
      for (const w of words) s += Math.log(1 + (df.get(w) ?? 0));
      s /= Math.sqrt(n);
      s += i < 3 ? 0.6 - 0.2 * i : 0;
      s += 0.05 * (sev.get(span.start) ?? 0);
      cands.push({ article: a, order, span, words, score: s });
    });
  });
  cands.sort((x, y) => y.score - x.score || x.order - y.order || x.span.start - y.span.start);
  const chosen: Candidate[] = [];
  const perArticle = new Map<string, number>();
  // Several articles: at most two sentences from each, so the summary shows the story's breadth.
  const cap = articles.length === 1 ? limit : 2;
  for (const c of cands) {
    if (chosen.length >= limit) break;
    if ((perArticle.get(c.article.id) ?? 0) >= cap) continue;
    const redundant = chosen.some((o) => {
      let shared = 0;
      for (const w of c.words) if (o.words.has(w)) shared++;
      return shared / Math.max(1, Math.min(c.words.size, o.words.size)) > 0.5;
    });
    if (redundant) continue;
    chosen.push(c);
    perArticle.set(c.article.id, (perArticle.get(c.article.id) ?? 0) + 1);
  }
  chosen.sort((x, y) => x.order - y.order || x.span.start - y.span.start);
  return chosen.map((c) => sourced(c.article, c.span));
}

/** A newsletter digest or a live blog ("Monday's Morning Email: …", "The Latest: …"): most of its sentences are about other things. */
function isDigest(a: BriefArticle): boolean {
  return !!a.title && !a.title.trim().startsWith(cleanLabel(a.title));
}

const UNNAMED_SPEAKER = /^(he|she|they|it|i|we|you|another|one|others|some|both|each|this|that|many|most|several|few|all|none|everyone|everybody|someone|somebody|anyone|anybody|nobody|people)$/i;
/** Three words in capitals running: "PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX". */
const SHOUTED_RUN = /\b\p{Lu}[\p{Lu}\d'’-]+\s+\p{Lu}[\p{Lu}\d'’-]*\s+\p{Lu}[\p{Lu}\d'’-]+\b/u;
/** A speaker phrase that opens with a preposition is a misreading ("in a college football title game many"). */
const MISREAD_SPEAKER = /^(in|on|at|for|with|by|from|of|to|as)\s/;

/** Whether a quote's cue is one of saying ("said", "told", "pointed out", "according to", a transcript's colon). */
function saidBy(cue: string | null): boolean {
  if (!cue) return false;
  const first = cue.toLowerCase().split(/\s+/)[0];
  return first === ':' || first === 'according' || (CUE_FORMS.get(first)?.some((c) => c.kind === 'speech') ?? false);
}

/**
 * Whether the stretch [from, to) of an article names a quote's speaker where it attributes the quote:
 * the speaker's mention lies inside it and holds the last word of the speaker's name ("the White
 * House said" for White House; not "he said", which a reader cannot place).
 */
function namesSpeaker(text: string, name: string, m: Span | null | undefined, from: number, to: number): boolean {
  if (!m || m.start < from || m.end > to) return false;
  const last = name.trim().split(/\s+/).pop()!.toLowerCase();
  return text.slice(m.start, m.end).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).includes(last);
}

/** The story's pull quote, and the stretch of its article it takes (its sentence and the quotation). */
function keyQuote(articles: BriefArticle[], actorWeight: Map<string, number>): { q: KeyQuote; taken: Taken } | null {
  let best: { q: KeyQuote; score: number; order: number; start: number; taken: Taken } | null = null;
  articles.forEach((a, order) => {
    const digest = isDigest(a);
    const kbOf = new Map(a.entities.map((e) => [e.id, ownKey(e)]));
    const people = new Set(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
    for (const q of a.quotes) {
      // A digest quotes other outlets' items ("“Hello, it’s the Biebs.” — Vulture"): only a person it names speaks for it.
      if (digest && !(q.speaker?.entity && people.has(q.speaker.entity))) continue;
      // "— she": a pull quote needs someone a reader can name.
      if (!q.speaker?.name || UNNAMED_SPEAKER.test(q.speaker.name) || MISREAD_SPEAKER.test(q.speaker.name)) continue;
      const n = wordCount(q.text);
      // Too short to say anything, too long to pull out (a shouted headline inside, below, is a digest's item).
      if (n < 5 || n > 70) continue;
      const key = q.speaker.entity ? kbOf.get(q.speaker.entity) : `name:${normaliseName(q.speaker.name)}`;
      const head = q.text.trim();
      // Quoted words picked out of a sentence (accused the leadership of using “its power to prevent …”)
      // read only with their frame, like reported speech.
      const whole = q.type === 'direct' && !/^\p{Ll}/u.test(head);
      // Reported speech only when it was said ("said", "told", "according to"): "…, allowing his natural
      // skills to shine through" reports no one's words.
      if (!whole && !saidBy(q.cue)) continue;
      let score = whole ? 3 : q.type === 'indirect' ? 0 : 1;
      score += n >= 8 && n <= 50 ? 1 : n > 60 ? -1 : 0;
      // A quote that reads on its own (a capital, not "and ..." mid-thought) makes the better pull quote.
      score += /^[\p{Lu}\p{N}]/u.test(head) && !/^(And|But|Or|So|Then)\b/.test(head) ? 0.5 : 0;
      score += Math.log(1 + (key ? actorWeight.get(key) ?? 0 : 0));
      if (digest) score -= 3;
      const better = !best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && (order < best.order || (order === best.order && q.start < best.start)));
      if (!better) continue;
      // Reported speech reads only with its frame ("to play all his cards with Russia" says nothing alone): the whole sentence.
      // "The move may come as no surprise to some as Trump called for …": it reads from its speaker on.
      const m = q.speaker.mention;
      const cut = !whole && m && m.start > q.sentence.start && m.start < q.start && wordCount(a.text.slice(q.sentence.start, m.start)) > 3;
      const sentence = sourced(a, cut ? { start: m.start, end: q.sentence.end } : q.sentence);
      const text = whole ? oneLine(displayText(q)).replace(/[\s,;:]+$/, '') : `${cut ? '…' : ''}${sentence.text}`;
      if (SHOUTED_RUN.test(text)) continue;
      const taken = { articleId: a.id, start: Math.min(q.start, q.sentence.start), end: Math.max(q.end, q.sentence.end) };
      const named = !whole && namesSpeaker(a.text, q.speaker.name, m, cut ? m!.start : q.sentence.start, q.sentence.end);
      best = { q: { text, direct: whole, speaker: speakerLabel(q.speaker), named, sentence }, score, order, start: q.start, taken };
    }
  });
  return best;
}

type EntityKey = (e: BriefArticle['entities'][number]) => string;

/** Who is named: a pull quote weighs its speaker's own prominence ("a Unification Ministry official" is not South Korea). */
const ownKey: EntityKey = (e) => e.kb ?? `name:${normaliseName(e.name)}`;

/** As the store keys who acts: "Pyongyang" and "the Defense Ministry" are their state, beside its name. */
const actingKey: EntityKey = (e) => sideKey(e) ?? ownKey(e);

function actorsOf(articles: BriefArticle[], keyOf: EntityKey): Actor[] {
  const acc = new Map<string, Actor & { names: Map<string, number> }>();
  for (const a of articles) {
    const acting = actingMentions(a);
    for (const [i, e] of a.entities.entries()) {
      if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'GPE') continue;
      const n = acting[i].length;
      if (!n) continue;
      const key = keyOf(e);
      let x = acc.get(key);
      if (!x) acc.set(key, (x = { key, name: e.name, type: e.type, country: e.country, mentions: 0, names: new Map() }));
      x.mentions += n;
      x.names.set(e.name, (x.names.get(e.name) ?? 0) + n);
    }
  }
  // A state is named as a state, though a story may say "Seoul" more often than "South Korea".
  return [...acc.values()]
    .map(({ names, ...x }) => {
      const state = countryOfKey(x.key)?.name;
      return { ...x, type: state ? 'GPE' : x.type, name: state ?? [...names].sort((p, q) => q[1] - p[1] || byText(p[0], q[0]))[0][0] };
    })
    .sort((p, q) => q.mentions - p.mentions || byText(p.key, q.key));
}

// ---- filters --------------------------------------------------------------------------------

function wantsEvent(f: Filters, e: Event): boolean {
  if (f.eventTypes?.includes(e.type)) return true;
  const cs = [e.actor?.country, e.target?.country, e.location?.country];
  if (f.countries?.some((c) => cs.includes(c))) return true;
  return Boolean(f.actors?.some((w) => [e.actor?.name, e.target?.name].some((n) => n && ` ${normaliseName(n)} `.includes(` ${normaliseName(w)} `))));
}

function wantsArticle(f: Filters, a: BriefArticle): boolean {
  if (a.events.some((e) => FACTUAL.has(e.status) && wantsEvent(f, e))) return true;
  if (f.countries?.length && a.entities.some((e) => e.country && f.countries!.includes(e.country))) return true;
  if (f.actors?.length && a.entities.some((e) => f.actors!.some((w) => e.kb === w || ` ${normaliseName(e.name)} `.includes(` ${normaliseName(w)} `)))) return true;
  return false;
}

function hasFilters(f: Filters | null | undefined): f is Filters {
  return Boolean(f && (f.countries?.length || f.actors?.length || f.eventTypes?.length));
}

// ---- compose ----------------------------------------------------------------------------------

/** How far past the period "What is coming" looks. */
const COMING_DAYS = 366;

/** A state's own people and bodies named by a pronoun: "its forces" of Russia's ministry, "his government" of Spain's premier. */
const STATE_OWN = /^(?:its|his|her|their)\s+(?=\S)/i;
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/** "the Chinese side", "the Dutch and Chinese sides": diplomats' words for a state. */
const SIDE_OF = /^(?:the\s+)?(.+?)\s+sides?$/i;

/**
 * A side as a briefing names it: the text's words, but "Russia's forces" for "its forces", which read
 * alone name no one, and "China" for "the Chinese side".
 */
function sideName(side: Event['actor']): string | null {
  if (!side) return null;
  if (side.name && side.country && STATE_SECTORS.has(side.sector ?? '') && STATE_OWN.test(side.name)) return `${countryName(side.country)}'s ${side.name.replace(STATE_OWN, '')}`;
  const of = side.name && side.country ? SIDE_OF.exec(side.name) : null;
  if (of && matchCountry(of[1])?.iso3 === side.country) return countryName(side.country!);
  return side.name ?? side.country ?? null;
}

/** A date the text gives as a week ("next week", "later this week"): its day is only a week's. */
const WEEK_TEXT = /\b(?:next|this|coming|following)\s+week\b/i;

/** A month as a reader says it: "2025-07" is "July 2025". */
function monthOf(value: string): string {
  return new Date(`${value}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function eventItem(a: BriefArticle, e: Event): EventItem {
  const week = e.date && e.date.value.length === 10 && WEEK_TEXT.test(e.date.text) ? weekStart(isoWeek(e.date.value)) : null;
  return {
    type: e.type,
    cameo: e.cameo,
    status: e.status,
    date: e.date?.value ?? null,
    ...(week ? { when: `week of ${week}` } : e.date && /^\d{4}-\d{2}$/.test(e.date.value) ? { when: monthOf(e.date.value) } : {}),
    actor: sideName(e.actor),
    target: sideName(e.target),
    score: round(eventScore(e), 2),
    sentence: sourced(a, e.sentence),
  };
}

/** The same kind of deed at the same town: "ASSAULT|orlando". Only a town: a country sees many deeds. */
function placeKey(e: Event): string | null {
  return e.location?.name && e.location.lat !== null && severity(e) > 0 ? `${e.type}|${e.location.name.toLowerCase()}` : null;
}

/** When each kind of deed at each town was first told in these articles. */
function firstToldAt(articles: BriefArticle[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const a of articles) {
    for (const e of a.events) {
      const k = FACTUAL.has(e.status) ? placeKey(e) : null;
      if (!k) continue;
      const d = first.get(k);
      if (!d || a.published < d) first.set(k, a.published);
    }
  }
  return first;
}

/**
 * "the Orlando massacre", "the attacks in Paris" a month later: an undated deed named as a known one,
 * at a town where the same kind of deed was told a week or more before this article, is that deed
 * recalled, history like a dated one (it ranked a platform fight among the week's violence).
 */
function recalled(a: BriefArticle, e: Event, firstTold: Map<string, string>): boolean {
  const k = placeKey(e);
  const told = k ? firstTold.get(k) : undefined;
  if (!told || told > addDays(a.published, -7)) return false;
  return DEFINITE_BEFORE.test(a.text.slice(Math.max(e.sentence.start, e.trigger.start - 60), e.trigger.start));
}
/**
 * "radical Islam, which … wants to murder and has murdered gays": violence someone is quoted telling, with
 * no one doing it, no one suffering it and nowhere for it to happen, is a claim about the world, not a
 * happening the week can place; it ranked a platform fight above the Nice truck attack.
 */
function unplaced(e: Event): boolean {
  return e.type === 'ASSAULT' && e.status === 'reported' && !e.actor && !e.target && !e.location;
}
const DEFINITE_BEFORE = /(^|\s)(the|last (week|month|year)['’]s|\p{Lu}[\p{L}.-]*['’]s)\s+([^\s.,;]+\s+){0,4}$/iu;

export function composeBriefing(input: ComposeInput): Briefing {
  const L: Limits = { ...LIMITS, ...input.limits };
  const { period } = input;
  const len = daysBetween(period.since, period.until) + 1;
  const historyStart = addDays(period.since, -len * input.baselineWeeks);
  const articles = [...input.articles]
    .filter((a) => a.published >= historyStart && a.published <= period.until)
    .sort((p, q) => byText(p.published, q.published) || byText(p.id, q.id));
  const inWindow = (a: BriefArticle): boolean => a.published >= period.since && a.published <= period.until;
  // "accused of killing nine people in June 2015" in this week's article is history, not this week's
  // violence: an event dated wholly before the week (with a week's grace) adds no severity and moves no relation.
  const cutoff = addDays(period.since, -7);
  const firstTold = firstToldAt(articles);
  const history = (a: BriefArticle, e: Event): boolean => (e.date?.value ? e.date.value < cutoff.slice(0, e.date.value.length) : recalled(a, e, firstTold));
  const window = articles.filter(inWindow);
  const filters = hasFilters(input.filters) ? input.filters : null;

  const storyOf = assignStories(articles);
  const groups = new Map<string, { cur: BriefArticle[]; hist: number }>();
  for (const a of articles) {
    const id = storyOf.get(a.id)!;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { cur: [], hist: 0 }));
    if (inWindow(a)) g.cur.push(a);
    else g.hist++;
  }

  const stories: StoryItem[] = [];
  for (const [id, g] of groups) {
    if (!g.cur.length) continue;
    if (filters && !g.cur.some((a) => wantsArticle(filters, a))) continue;
    const publishers = [...new Set(g.cur.map((a) => a.publisher).filter((p): p is string => Boolean(p)))].sort(byText);
    const growth = (g.cur.length + 1) / (g.hist / Math.max(1, input.baselineWeeks) + 1);
    const sevs: number[] = [];
    let conflict = 0;
    let crossBorder = 0;
    for (const a of g.cur) {
      for (const e of a.events) {
        if (!FACTUAL.has(e.status) || history(a, e) || unplaced(e)) continue;
        const s = severity(e);
        sevs.push(s);
        if (s > 0) conflict++;
        // A threat briefing is about states and forces abroad: conflict between two countries counts again.
        if (s > 0 && e.actor?.country && e.target?.country && e.actor.country !== e.target.country) crossBorder++;
      }
    }
    sevs.sort((p, q) => q - p);
    const maxSev = sevs[0] ?? 0;
    // Ranked by the three worst events, not the one: a single "killed" in a campaign story is common,
    // and by itself it put such stories level with a war. Weighed 0.3, not 0.2, since stories group
    // a week's coverage more fully (corpus/stories.ts, 2026-12-02): at 0.2 three articles on a
    // perjury referral outranked the Nice truck attack.
    const worst3 = sevs.slice(0, 3).reduce((n, x) => n + x, 0) / 3;
    const score = Math.log(1 + g.cur.length) + 0.5 * Math.log(1 + publishers.length) + 0.5 * Math.log(growth) + 0.3 * worst3
      + 0.05 * Math.min(20, conflict) + 0.1 * Math.min(10, crossBorder);
    stories.push({
      id,
      headline: null,
      score: round(score),
      articles: g.cur.length,
      publishers,
      growth: round(growth, 2),
      previous: round(g.hist / Math.max(1, input.baselineWeeks), 2),
      severity: round(maxSev, 1),
      summary: [],
      quote: null,
      actors: [],
      sources: [],
    });
  }
  stories.sort((p, q) => q.score - p.score || byText(p.id, q.id));
  const top = stories.slice(0, L.stories);
  for (const s of top) {
    const cur = groups.get(s.id)!.cur;
    // (A town or a region is where the story happens: "Bihar", where Modi spoke, is no actor of it.)
    const all = actorsOf(cur, actingKey).filter((x) => x.type !== 'GPE' || countryOfKey(x.key));
    // The lead article is the one whose title shares most words with the story's other titles, and
    // says what happened: a digest ("Monday's Morning Email: …") or a teaser leads only if nothing else can.
    const titleWords = cur.map((a) => new Set(contentWords(a.title ?? '')));
    const weight = (a: BriefArticle) => (a.title ? labelWeight(cleanLabel(a.title)) * (isDigest(a) ? 0.5 : 1) : 0.2);
    // (The corpus layer's choice comes first: it weighs every headline, and every lead, against the story's centre.)
    const lead = cur.find((a) => a.storyLead) ?? cur
      .map((a, i) => ({ a, i, c: (1 + titleWords.reduce((n, ws, j) => (j === i ? n : n + [...titleWords[i]].filter((w) => ws.has(w)).length), 0)) * weight(a) }))
      .sort((p, q) => q.c - p.c || p.i - q.i)[0].a;
    const ordered = [lead, ...cur.filter((a) => a !== lead)];
    s.headline = headline(lead);
    // The pull quote first: a summary sentence that repeats it (or holds it) would show it twice.
    const quote = keyQuote(ordered, new Map(actorsOf(cur, ownKey).map((x) => [x.key, x.mentions])));
    s.quote = quote?.q ?? null;
    const head = s.headline && { articleId: s.headline.source.articleId, start: s.headline.source.start, end: s.headline.source.end };
    s.summary = summarise(ordered, L.summary, [head, quote?.taken ?? null]);
    s.actors = all.slice(0, L.actors);
    s.sources = ordered.map((a) => ref(a, { start: 0, end: 0 }));
  }

  // ---- relations that moved ----
  interface Dyad { a: string; b: string; cur: { a: BriefArticle; e: Event; s: number }[]; hist: number[] }
  const dyads = new Map<string, Dyad>();
  for (const a of articles) {
    for (const e of a.events) {
      const x = e.actor?.country;
      const y = e.target?.country;
      if (!x || !y || x === y || !FACTUAL.has(e.status) || e.status === 'planned') continue;
      // A reading of page furniture run into a sentence is no evidence of a relation.
      if (isBoilerplate(a.text.slice(e.sentence.start, e.sentence.end))) continue;
      const [p, q] = x < y ? [x, y] : [y, x];
      const key = `${p}-${q}`;
      let d = dyads.get(key);
      if (!d) dyads.set(key, (d = { a: p, b: q, cur: [], hist: [] }));
      if (inWindow(a) && !history(a, e)) d.cur.push({ a, e, s: eventScore(e) });
      else if (!inWindow(a)) d.hist.push(eventScore(e));
    }
  }
  const relations: RelationItem[] = [];
  for (const d of dyads.values()) {
    // One sentence is one reading, and a misread one would stand alone: a move needs two sentences.
    if (new Set(d.cur.map((x) => `${x.a.id}:${x.e.sentence.start}`)).size < 2) continue;
    if (filters && !(filters.countries?.some((c) => c === d.a || c === d.b) || d.cur.some((x) => wantsEvent(filters, x.e)))) continue;
    const score = d.cur.reduce((n, x) => n + x.s, 0) / d.cur.length;
    const baseline = d.hist.length ? d.hist.reduce((n, s) => n + s, 0) / d.hist.length : null;
    const shift = score - (baseline ?? 0);
    if (Math.abs(shift) < 1) continue;
    const seen = new Set<string>();
    const behind = [...d.cur]
      .sort((p, q) => Math.abs(q.s - (baseline ?? 0)) - Math.abs(p.s - (baseline ?? 0)) || byText(p.a.id, q.a.id) || p.e.sentence.start - q.e.sentence.start)
      .filter((x) => {
        const k = `${x.a.id}:${x.e.sentence.start}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .slice(0, L.behind)
      .map((x) => eventItem(x.a, x.e));
    relations.push({ a: d.a, b: d.b, aName: countryName(d.a), bName: countryName(d.b), score: round(score, 2), baseline: baseline === null ? null : round(baseline, 2), shift: round(shift, 2), events: d.cur.length, behind });
  }
  relations.sort((p, q) => Math.abs(q.shift) * Math.sqrt(q.events) - Math.abs(p.shift) * Math.sqrt(p.events) || byText(`${p.a}-${p.b}`, `${q.a}-${q.b}`));

  // ---- what is coming ----
  const coming: EventItem[] = [];
  const seenComing = new Set<string>();
  for (const a of articles) {
    for (const e of a.events) {
      if (!FORTHCOMING.has(e.status) || !e.date || e.date.value <= period.until) continue;
      // "to cure the disease by 2025": a goal years away is no coming event for a weekly brief.
      if (e.date.value.slice(0, 10) > addDays(period.until, COMING_DAYS)) continue;
      if (filters && !wantsEvent(filters, e)) continue;
      const item = eventItem(a, e);
      const k = `${item.type}|${item.actor}|${item.target}|${item.date}|${item.sentence.text}`;
      if (seenComing.has(k)) continue;
      seenComing.add(k);
      // A deed both sides do is stored once each way; the other way round is the same line.
      const mirror = coming.find((c) => c.type === item.type && c.date === item.date && c.actor === item.target && c.target === item.actor && c.sentence.text === item.sentence.text);
      if (mirror) {
        if (item.actor !== item.target) mirror.mutual = true;
        continue;
      }
      coming.push(item);
    }
  }
  // (A week goes by its Monday, before the days in it; a month, "2023-10", before its days too.)
  const startOf = (c: EventItem): string => (c.when?.startsWith('week of ') ? c.when.slice('week of '.length) : c.date ?? '');
  coming.sort((p, q) => byText(startOf(p), startOf(q)) || byText(p.type, q.type) || byText(p.sentence.source.articleId, q.sentence.source.articleId) || p.sentence.source.start - q.sentence.source.start);

  // ---- watchlist hits: once per watchlist and story ----
  const watch: WatchHit[] = [];
  const watchMore: Record<string, number> = {};
  for (const w of [...input.watchlists].sort((p, q) => byText(p.name, q.name))) {
    const done = new Set<string>();
    for (const a of window) {
      const storyId = storyOf.get(a.id)!;
      if (done.has(storyId)) continue;
      const t = matchArticle(w.spec, a);
      if (!t) continue;
      done.add(storyId);
      if (done.size <= L.watch) watch.push({ watchlist: w.name, reason: t.reason, storyId, sentence: sourced(a, t.sentence) });
    }
    if (done.size > L.watch) watchMore[w.name] = done.size;
  }

  return {
    title: input.title,
    period,
    baselineWeeks: input.baselineWeeks,
    stats: {
      articles: window.length,
      publishers: new Set(window.map((a) => a.publisher).filter(Boolean)).size,
      events: window.reduce((n, a) => n + a.events.length, 0),
      stories: stories.length,
    },
    filters,
    stories: top,
    relations: relations.slice(0, L.relations),
    coming: coming.slice(0, L.coming),
    watch,
    watchMore,
  };
}
