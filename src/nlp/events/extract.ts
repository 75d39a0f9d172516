// Events sentence by sentence: lexicon triggers over wink's tokens, frames ("threatened to ...",
// "agreed to ...") folded around the event they govern, then actor/target, status, date, place.
import type { Event, EventActor, EventStatus, PloverType } from '../../model/analysis.ts';
import { retagToken, withTokens, type Doc, type Sentence, type Token } from '../doc.ts';
import { addUnits, formatDate, MONTHS, NUMBER_WORDS, parseDateValue, SentenceDates, type DateMention } from '../time.ts';
import { WATERS, countriesIn, countryByCode, findCountry, findPlace, matchCountry } from '../../kb/geo.ts';
import { kbByName, kbBySurname } from '../../kb/store.ts';
import { NOT_NAMES } from '../entities/words.ts';
import { isGivenName } from '../entities/gender.ts';
import { datelineOf } from '../dateline.ts';
import { defaultLexicon, type Lexicon, type Trigger } from './lexicon.ts';
import { CHANNEL_PLATFORMS } from '../quotes/lexicon.ts';
import { ActorResolver, BODY_WORDS, STATE_HEADS, chunkSentence, chunkText, copyActor, membersOf, quoteAt, sectorOfWord, toEventActor, type Actor, type Chunk } from './actors.ts';

interface Match {
  trigger: Trigger;
  /** Head token (the verb, the noun's last word, the adjective, the modal). */
  head: number;
  /** Token span of the trigger words, [first, last). */
  first: number;
  last: number;
  /** The event this frame governs, and the frame governing this one. */
  inner: Match | null;
  outer: Match | null;
  /** The entry's object was found before the verb only ("the curfew imposed in Sudan"). */
  objBehind: boolean;
  /** Where the words the entry's `when` needed end (a character offset): "fired [tear gas]". */
  whenEnd?: number;
  /** The act this frame governs is one stopped ("agreed to stop attacks"). */
  stopped: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'remain', 'remains', 'remained', 'get', 'got']);
const SPEECH = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'confirmed', 'announced', 'added', 'stated', 'quoted', 'claimed', 'noted', 'wrote', 'according']);
const PP_PREPS = new Set(['in', 'on', 'at', 'of', 'from', 'by', 'with', 'to', 'for', 'against', 'into', 'near', 'outside', 'inside', 'between', 'under', 'over', 'during', 'through', 'across', 'about', 'toward', 'towards', 'along', 'among', 'within', 'without', 'despite', 'amid', 'like', 'around', 'than', 'unlike', 'beyond']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"']);
const REL = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Relative words that are nothing else ("that" also opens what is said or done). */
const WH_RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Subject pronouns that name someone in the article (an "I" or "we" is a quote's speaker, resolved elsewhere). */
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she', 'they', 'it']);
const LOC_PREPS = new Set(['in', 'at', 'near', 'outside', 'into', 'inside', 'across', 'throughout']);
/** Kinds of place a name follows with "of" ("the city of Dnipro"). */
const PLACE_KINDS_WORDS = '(city|town|village|port|capital|province|region|district|island)';
const CLAUSE_VERBS = /^(believe[sd]?|think|thinks|thought|say|says|said|saying|expect(s|ed)?|fear(s|ed)?|hope[sd]?|suspect(s|ed)?|know|knows|knew|claim(s|ed)?|insist(s|ed)?|warn(s|ed)?|argue[sd]?|suggest(s|ed)?|predict(s|ed)?|assume[sd]?|conclude[sd]?|announce[sd]?|confirm(s|ed)?|report(s|ed)?|add(s|ed)?|feel|feels|felt)$/i;
const DOMESTIC = new Set<PloverType>(['PROTEST', 'COERCE', 'CONCEDE']);
/** Who harms people where they are, at home: police, rebels, gangs, militias, the opposition's crowds. */
const HOME_FORCE = /^(COP|REB|UAF|CRM|OPP|CVL)$/;
/** A state's own bodies: its government, forces, legislature, courts and spies. */
const STATE_SECTOR = /^(GOV|MIL|LEG|JUD|SPY)$/;
/** Acts the place they happen in takes no side of: talks, deals and support (a visit aside). */
const HOST_NO_SIDE = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT']);
/** Acts done in words, whose place is a side only where it is the place of what they are about. */
const SPOKEN = new Set<PloverType>(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);
/** Times besides days, months and years that "by" may name a deadline with: "by Ramadan", "by midnight". */
const DEADLINE_TIMES = /^(ramadan|christmas|easter|eid|passover|hanukkah|diwali|thanksgiving|tomorrow|midnight|noon|spring|summer|autumn|fall|winter|deadline|\d{4})$/;
const TIME_WORD = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend|morning|evening|night|time)s?$/i;
/** Whether a word can name when something is due: "by Friday", "by March", "by 2027", "by Ramadan". */
function deadline(w: string): boolean {
  return TIME_WORD.test(w) || MONTHS.includes(w) || DEADLINE_TIMES.test(w);
}
const QUANTITY = /^(thousands|hundreds|dozens|millions|tens|scores|group|groups|third|half|quarter|members|some|many|most|all|majority|number|handful|band|crowd|crowds)$/i;
// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const UPPER_FIRST = /^\p{Lu}/u;
/** "U.S.", "U.K.": a country's initials, used before a noun as a demonym is. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,3}$/u;
const LETTER_FIRST = /^\p{L}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

interface SentenceCtx {
  s: Sentence;
  index: number;
  low: string[];
  chunks: Chunk[];
  // Plain arrays, not typed ones: a sentence's typed array is mostly too long for V8's on-heap
  // storage, and allocating a separate backing store three times per sentence cost ~1% of analysis.
  chunkAt: number[];
  /** Marked only in a sentence with a trigger (markClauses): only its own events read them. */
  background: number[];
  relative: number[];
  /** The sentence's dates: read through datesOf, found when first read. Null until then. */
  dates: DateMention[] | null;
  /** Where they are found (a sentence with a trigger), and the sentence's number there. */
  clock: SentenceDates | null;
  dateIdx: number;
  /** Whether the sentence is a headline in title case: read through titled, worked out when first read. */
  titleCase: boolean | null;
  tokens: Token[];
  doc: Doc;
}

/** Whether the sentence is a headline in title case (inTitleCase), worked out once: several rules of a sentence ask. */
function titled(ctx: SentenceCtx): boolean {
  ctx.titleCase ??= inTitleCase(ctx.doc, ctx.s);
  return ctx.titleCase;
}

/** Whether the sentence ends without a full stop or a closing mark, as a headline does ("Hamas rejects truce proposal"). */
function unstopped(ctx: SentenceCtx): boolean {
  return !/^[.?!"”]$/.test(ctx.low[ctx.low.length - 1] ?? '');
}

/** A sentence's dates (see SentenceDates), found when first read; none in a sentence without a trigger. */
function datesOf(ctx: SentenceCtx): DateMention[] {
  if (ctx.dates === null) ctx.dates = ctx.clock ? ctx.clock.of(ctx.dateIdx) : [];
  return ctx.dates;
}

/** The token at or after a character offset, inside the sentence, or -1. */
function tokenAt(ctx: SentenceCtx, c: number): number {
  for (let i = ctx.s.first; i < ctx.s.last; i++) if (ctx.tokens[i].end > c) return i;
  return -1;
}

export function extractEvents(original: Doc, lex: Lexicon = defaultLexicon()): Event[] {
  const tokens = headlineVerbs(original, lex);
  const doc = tokens === original.tokens ? original : withTokens(original, tokens);
  const events: Event[] = [];
  const actors = new ActorResolver(doc);
  const clock = new SentenceDates(doc.anchorDate);
  let prevCtx: SentenceCtx | null = null;
  let carry: Event['date'] = null;
  const people = new Set(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const ctx = prepareSentence(doc, s, si, actors);
    const matches = findMatches(doc, ctx, lex);
    if (matches.length) {
      markClauses(doc, ctx, lex);
      // Dates are read only where an event may need one (chrono is the costliest step); the narrative
      // clock for "two months later" therefore runs over the dates of event sentences. They are found
      // when an event first reads them (datesOf): a third of these sentences build no event that does.
      ctx.clock = clock;
      ctx.dateIdx = clock.note(doc.text.slice(s.start, s.end), s.start);
    }
    linkFrames(doc, ctx, matches);
    const samePara = prevCtx !== null && prevCtx.s.paragraph === s.paragraph;
    const out: Event[] = [];
    for (const m of matches) {
      if (m.outer) continue;
      const ev = buildEvent(doc, ctx, m, lex, actors, samePara ? prevCtx : null, matches, out, samePara ? carry : null, events);
      if (ev) out.push(...ev);
    }
    const kept = dedupe(out, people);
    events.push(...kept);
    actors.noteDyads(kept);
    // The date a told event happened on carries into the next sentence of the paragraph ("In July, X visited. He met ...").
    carry = kept.find((e) => e.date && e.status === 'actual')?.date ?? null;
    prevCtx = ctx;
  }
  return events;
}

/** A determiner or a possessive ("the", "its"), which opens an object. */
function objectOpener(t: Token): boolean {
  return t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE.has(t.text.toLowerCase()));
}

/**
 * Whether a trigger reads a word after a modal as its verb: one that wants that modal before it, or one
 * that wants an object and has it right after the determiner ("would close its airspace"). "would halt
 * the bombings" keeps its noun reading, and its bombings.
 */
function modalVerb(tr: Trigger, modal: string, tokens: Doc['tokens'], det: number): boolean {
  if (tr.kind !== 'verb') return false;
  if (tr.pre?.has(modal)) return true;
  const obj = tokens[det + 1];
  return !!tr.objForms && !!obj && obj.sentence === tokens[det].sentence && tr.objForms.has(obj.text.toLowerCase());
}

/** Weapons named before a deed's noun ("missile and drone attack"). */
const WEAPON_WORDS = new Set(['missile', 'missiles', 'drone', 'drones', 'rocket', 'rockets', 'artillery', 'air', 'naval', 'ground', 'cyber', 'chemical', 'mortar', 'ballistic', 'bomb', 'bombing', 'sea', 'land']);
/** "a massive Russian missile and drone attack": the phrase before "and"/"or" whose last word is a weapon, before the phrase at `first`. */
function weaponsJoinedBefore(ctx: SentenceCtx, first: number): Chunk | null {
  const k = first - ctx.s.first;
  if (k < 2 || !/^(and|or|,)$/.test(ctx.low[k - 1]) || !WEAPON_WORDS.has(ctx.low[k - 2])) return null;
  const ci = ctx.chunkAt[k - 2];
  if (ci < 0) return null;
  const c = ctx.chunks[ci];
  return c.last === first - 1 && c.first < first - 2 ? { first: c.first, last: first - 2 } : null;
}

/** "Kyiv has been the target of …", "were frequent targets of …": the subject is called the target (not "the targets of the investigation"). */
function targetBeing(ctx: SentenceCtx, at: number): boolean {
  if (!/^targets?$/.test(ctx.low[at - ctx.s.first])) return false;
  for (let j = at - 1; j >= ctx.s.first && j >= at - 4; j--) if (BE.has(ctx.low[j - ctx.s.first]) || /^(become|became)$/.test(ctx.low[j - ctx.s.first])) return true;
  return false;
}

/** Participles that tell how often or how hard a deed was done ("repeated", "renewed", "targeted" attacks). */
const DEED_PARTICIPLES = new Set(['repeated', 'renewed', 'sustained', 'coordinated', 'concerted', 'continued', 'increased', 'intensified', 'escalated', 'targeted', 'unprovoked', 'combined']);
/**
 * "the target of repeated drone attacks": such a participle after a preposition or a determiner, just before
 * the phrase that starts at `first`, modifies the noun there (the tagger reads it as a verb and leaves it out).
 */
function deedParticipleBefore(ctx: SentenceCtx, first: number): boolean {
  return first - 2 >= ctx.s.first && DEED_PARTICIPLES.has(ctx.low[first - 1 - ctx.s.first]) && /^(ADP|DET)$/.test(ctx.tokens[first - 2].pos);
}

/**
 * "was a target of influence campaigns", "the victims of the attack", "faced repeated attacks": the index
 * of "target" or of the verb when the noun at m is what someone suffered, else -1.
 */
function targetOfDeed(ctx: SentenceCtx, m: Match, lex: Lexicon): number {
  const ci = ctx.chunkAt[m.first - ctx.s.first];
  let first = ci >= 0 ? Math.min(ctx.chunks[ci].first, m.first) : m.first;
  if (deedParticipleBefore(ctx, first)) first--;
  const k = first - ctx.s.first;
  if (k >= 1 && lex.sufferingForms.has(ctx.low[k - 1])) return first - 1;
  return k >= 2 && ctx.low[k - 1] === 'of' && /^(target|targets|victim|victims)$/.test(ctx.low[k - 2]) ? first - 2 : -1;
}

/** Plural forces and crowds that open a headline as the subject of the verb after them ("Turkish police fire tear gas …"). */
const FORCES_THAT_ACT = new Set(['police', 'troops', 'forces', 'soldiers', 'rebels', 'militants', 'protesters', 'protestors', 'demonstrators', 'gunmen', 'warplanes', 'planes', 'jets', 'hackers', 'workers', 'authorities', 'dozens', 'hundreds', 'thousands']);
/**
 * "Turkish police fire tear gas …", "Troops seize …": a base form the tagger read as a noun after a plural
 * force that opens the sentence (past its people's or country's adjectives), before its object.
 */
function forceOpensBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i], next = tokens[i + 1];
  if (!FORCES_THAT_ACT.has(tokens[i - 1].text.toLowerCase()) || !/^[a-z]+$/.test(t.text) || /s$/.test(t.text)) return false;
  // (A preposition after it only for a verb that takes one: "Dozens march in …", not "Police station in …".)
  if (!next || next.sentence !== t.sentence || !(/^(DET|NUM|ADJ|NOUN|VERB)$/.test(next.pos) || (next.pos === 'ADP' && INTRANSITIVE_ACTS.has(t.text)))) return false;
  for (let j = i - 2; j >= 0 && tokens[j].sentence === t.sentence; j--) if (!/^(ADJ|PROPN)$/.test(tokens[j].pos)) return false;
  return true;
}

/** Base forms of acts done without an object, that a preposition may follow in a headline. */
const INTRANSITIVE_ACTS = new Set(['march', 'rally', 'protest', 'riot', 'clash', 'fire', 'retreat', 'withdraw']);

/** Bodies of several members, beside a state's and an office's heads (actors.ts), that plan as one. */
const COLLECTIVE_BODIES = new Set(['coalition', 'alliance', 'bloc', 'union']);
/** Frames' -s forms the tagger reads as plural nouns after a name or a body ("The EU plans to …", "the administration plans to …"). */
const FRAME_S_FORMS = new Set(['plans', 'vows', 'pledges', 'threatens', 'promises', 'agrees', 'refuses', 'seeks', 'wants', 'intends', 'aims', 'hopes', 'moves', 'offers', 'proposes']);

/** A body's head word ("the administration", "the junta", "the alliance"). */
function bodyHead(w: string): boolean {
  return STATE_HEADS.has(w) || BODY_WORDS.has(w) || COLLECTIVE_BODIES.has(w);
}

/** Modals after which a verb's base form stands ("will", "would", "to"). */
const MODAL_BEFORE = /^(will|would|shall|should|could|can|may|might|must|to|'ll|’ll)$/i;

/**
 * Verbs the tagger read as something else. In a title-case headline (every word of four letters or
 * more capitalised) it reads every word as a name: "India Arrests 20 in Regional Crackdown". There a
 * capitalised verb form of an event trigger (-s, -ed, -en or an irregular past) after another word is
 * read as that verb. The token array is copied only when a token changes; unchanged tokens are shared.
 */
function headlineVerbs(doc: Doc, lex: Lexicon): Doc['tokens'] {
  let out: Doc['tokens'] | null = null;
  const verbForm = (w: string) => !!lex.byForm.get(w)?.some((tr) => tr.kind === 'verb');
  // "Rebels abducted 13 students": a trigger's past form the tagger called a noun, between a subject and
  // an object, is the verb (otherwise the subject's phrase runs on through it).
  for (let i = 1; i + 1 < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !(/^[a-z]+ed$/.test(t.text) || lex.irregularPast.has(t.text)) || !verbForm(t.text)) continue;
    const prev = doc.tokens[i - 1];
    // ("forces shot down an Israeli drone": a particle may come between.)
    const next = /^(down|up|off|out)$/.test(doc.tokens[i + 1].text) && doc.tokens[i + 2] ? doc.tokens[i + 2] : doc.tokens[i + 1];
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    // ("the police had shot unarmed protesters": after "had" the past form is the verb whatever follows.)
    const perfect = HAVE.has(prev.text.toLowerCase()) && /^(NUM|DET|PROPN|PRON|ADJ|NOUN)$/.test(next.pos);
    if (!perfect && (!/^(PROPN|NOUN|PRON)$/.test(prev.pos) || !/^(NUM|DET|PROPN|PRON)$/.test(next.pos))) continue;
    (out ??= doc.tokens.slice())[i] = retagToken(t, 'VERB');
  }
  // ("Israel would exact the price from Iran", "would “exact the price”", "Pakistan would close its airspace": a
  // trigger's base form the tagger called an adjective, after a modal and before its object.)
  for (let i = 2; i + 2 < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/^[a-z]+$/.test(t.text) || !objectOpener(doc.tokens[i + 1])) continue;
    const before = /^["“]$/.test(doc.tokens[i - 1].text) ? doc.tokens[i - 2] : doc.tokens[i - 1];
    if (!MODAL_BEFORE.test(before.text) || !lex.byForm.get(t.text)?.some((tr) => modalVerb(tr, before.text.toLowerCase(), doc.tokens, i + 1))) continue;
    (out ??= doc.tokens.slice())[i] = retagToken(t, 'VERB');
  }
  for (let i = 1; i + 1 < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'NOUN' && verbForm(t.text) && forceOpensBefore(doc, i)) (out ??= doc.tokens.slice())[i] = retagToken(t, 'VERB');
    // ("The EU plans to impose sanctions": a frame's -s form the tagger called a noun, after a name and before "to".)
    else if (t.pos === 'NOUN' && FRAME_S_FORMS.has(t.text) && (doc.tokens[i - 1].pos === 'PROPN' || bodyHead(doc.tokens[i - 1].text)) && doc.tokens[i + 1].text === 'to' && doc.tokens[i - 1].sentence === t.sentence) (out ??= doc.tokens.slice())[i] = retagToken(t, 'VERB');
  }
  // ("Russia, North Korea sign defense pact", "Putin and Kim Jong-un sign pact": in a headline with no verb, a
  // trigger's base form the tagger called a noun, right after a name and before its object, is the verb.)
  for (const s of doc.sentences) {
    let verb = false;
    for (let i = s.first; i < s.last && !verb; i++) verb = doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX';
    if (verb) continue;
    for (let i = s.first + 1; i + 1 < s.last; i++) {
      const t = doc.tokens[i];
      // ("Houthis Attack Ship in Red Sea": too short a headline to be read as title case, and its verb a name.)
      const form = t.pos === 'NOUN' && /^[a-z]+$/.test(t.text) ? t.text : t.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t.text) ? t.text.toLowerCase() : '';
      if (!form || !verbForm(form) || !/^(NOUN|ADJ|DET|NUM|PROPN)$/.test(doc.tokens[i + 1].pos)) continue;
      const prev = doc.tokens[i - 1];
      if (!mentionWhere(doc, (x) => x.end === prev.end)) continue;
      (out ??= doc.tokens.slice())[i] = retagToken(t, 'VERB');
      break;
    }
  }
  for (const s of doc.sentences) {
    if (!inTitleCase(doc, s)) continue;
    for (let i = s.first + 1; i < s.last; i++) {
      const t = doc.tokens[i];
      if ((t.pos !== 'PROPN' && t.pos !== 'NOUN') || !CAPITALISED_WORD.test(t.text)) continue;
      const w = t.text.toLowerCase();
      if (!/(s|ed|en)$/.test(w) && !lex.irregularPast.has(w) && !pluralSubjectBefore(doc, i)) continue;
      if (!verbForm(w)) continue;
      (out ??= doc.tokens.slice())[i] = retagToken(t, 'VERB');
    }
  }
  return out ?? doc.tokens;
}

/**
 * "France and Germany Sign Trade Agreement", "Transportation Workers Join Nationwide Strike": in a title-case
 * headline, a verb's base form stands after a subject of two names joined by "and", or after a plural
 * common noun (not "United States", which a name covers).
 */
function pluralSubjectBefore(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (i >= 2 && /^(and|&)$/i.test(doc.tokens[i - 2].text) && prev.pos === 'PROPN') return true;
  const named = mentionWhere(doc, (x) => x.start <= prev.start && x.end >= prev.end);
  // ("Russia and North Korea Sign …": the second name may be of several words.)
  if (named && named.end === prev.end) {
    let j = i - 1;
    while (j > 0 && doc.tokens[j - 1].start >= named.start) j--;
    if (j >= 1 && /^(and|&)$/i.test(doc.tokens[j - 1].text)) return true;
  }
  if (!/^[A-Z][a-z]+[^s]s$/.test(prev.text)) return false;
  // ("Houthis Attack Ship …": a group's name is plural too; a state's, "United States", is one.)
  return !named || (named.entity.type !== 'GPE' && named.entity.type !== 'LOC');
}

/**
 * "planning Occupy Wall Street-style protests", "One group, Occupy DNC Convention,", "said Sue
 * Seedorff-Keninger": a capitalised verb inside a sentence, before a capitalised word, is part of a
 * name. Not a shouted headline ("TWO DEAD, 16 INJURED"), nor a title-case headline's.
 */
function nameNotVerb(doc: Doc, ctx: SentenceCtx, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!isCapitalisedWord(t.text) || t.text === t.text.toUpperCase() || !next || next.sentence !== t.sentence || !isCapitalisedWord(next.text)) return false;
  // After a comma or a lower-case verb, noun or adjective ("planning Occupy", "said Sue", "group, Occupy");
  // a headline in mixed case puts its verbs after capitals or auxiliaries ("Police Threaten", "will Begin", "to Detain").
  const prev = doc.tokens[i - 1];
  if (prev.text !== ',' && !(/^\p{Ll}/u.test(prev.text) && /^(VERB|NOUN|ADJ|ADV)$/.test(prev.pos))) return false;
  return !titled(ctx);
}

const TITLE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'amid', 'after', 'than', 'that', 'upon', 'about', 'during', 'against', 'before', 'under', 'while', 'without', 'within', 'through', 'toward', 'towards']);

/**
 * A headline in title case: three or more words of four letters or more after the first, all
 * capitalised but the prepositions and conjunctions many styles leave in lower case ("with", "from").
 */
function inTitleCase(doc: Doc, s: Sentence): boolean {
  let words = 0;
  for (let i = s.first + 1; i < s.last; i++) {
    const t = doc.tokens[i].text;
    if (t.length < 4 || !LETTER_FIRST.test(t) || TITLE_LOWER.has(t)) continue;
    if (!UPPER_FIRST.test(t)) return false;
    words++;
  }
  return words >= 3;
}

function prepareSentence(doc: Doc, s: Sentence, index: number, actors: ActorResolver): SentenceCtx {
  const low: string[] = [];
  for (let i = s.first; i < s.last; i++) {
    const w = actors.lower[i];
    low.push(w.includes('’') ? w.replace(/’/g, "'") : w);
  }
  const chunks = chunkSentence(doc.tokens, actors.lower, s.first, s.last);
  const chunkAt = filled(s.last - s.first, -1);
  chunks.forEach((c, ci) => { for (let i = c.first; i < c.last; i++) chunkAt[i - s.first] = ci; });
  const ctx: SentenceCtx = { s, index, low, chunks, chunkAt, background: [], relative: [], dates: null, clock: null, dateIdx: -1, titleCase: null, tokens: doc.tokens, doc };
  takeTurns(doc, ctx, actors, (c) => turnOf(doc, ctx, c, actors));
  return ctx;
}

/** Modals that open a main clause's verb group after a relative clause ("Those who attacked us will pay"). */
const MAIN_MODALS = new Set(['will', 'would', 'must', 'shall', 'should', 'can', 'could', 'may', 'might']);
/** What a relative clause's object ends in before the main clause's modal: a noun, a name or a pronoun. */
const RELATIVE_OBJECT_END = /^(NOUN|PROPN|PRON)$/;

/** Marks the clauses of a sentence with a trigger whose events only set the scene or describe a noun. */
function markClauses(doc: Doc, ctx: SentenceCtx, lex: Lexicon): void {
  const { s, low } = ctx;
  // Background clauses ("after a coup toppled the government,") hold events that only set the scene.
  const background = filled(s.last - s.first, 0);
  let on = 0;
  for (let i = s.first; i < s.last; i++) {
    const k = i - s.first;
    const t = doc.tokens[i];
    if (t.text === ',' || t.text === ';') on = 0;
    if (!on) on = opensBackground(lex, low, k, t);
    background[k] = on;
  }
  // Relative clauses ("a resolution that aims to ...", "Sharon, who has vowed ...") and -ing modifiers
  // ("inspectors probing sites") describe their noun; the sentence's news is elsewhere.
  const relative = filled(s.last - s.first, 0);
  let rel = false;
  // The clause a relative pronoun opened, and its verbs so far (an -ing modifier's clause is no such one).
  let byPronoun = false;
  let verbs = 0;
  let verb = '';
  for (let i = s.first; i < s.last; i++) {
    const k = i - s.first;
    const t = doc.tokens[i];
    if (t.text === ',' || t.text === ';' || CLAUSE_BREAK.has(t.text)) rel = false;
    // ("closed the border crossing and suspended the treaty": an -ing modifier's clause ends at a finite verb joined by "and".)
    if (rel && !byPronoun && t.pos === 'VERB' && !low[k].endsWith('ing') && (low[k - 1] === 'and' || low[k - 1] === 'or')) rel = false;
    // ("Those who attacked us will pay a heavy price": a modal right after the relative's one verb and its object is the
    // main clause's; "organizations that have endorsed him say they believe superdelegates should choose" goes on.)
    if (rel && byPronoun && verbs === 1 && t.pos === 'AUX' && MAIN_MODALS.has(low[k]) && !SPEECH.has(verb) && !CLAUSE_VERBS.test(verb) && RELATIVE_OBJECT_END.test(doc.tokens[i - 1].pos) && !SUBJECT_PRONOUNS.has(low[k - 1])) rel = false;
    // ("rejected Russian claims that Ukraine had shelled the plant": a claim's "that" gives what it says, no relative clause.)
    if (REL.has(low[k]) && t.pos === 'PRON' && k > 0 && !(low[k] === 'that' && CLAIM_NOUNS.test(low[k - 1]))) { rel = true; byPronoun = true; verbs = 0; }
    if (t.pos === 'VERB' && low[k].endsWith('ing') && k > 0 && (doc.tokens[i - 1].pos === 'NOUN' || doc.tokens[i - 1].pos === 'PROPN')) { rel = true; byPronoun = false; }
    else if (rel && t.pos === 'VERB') { verbs++; verb = low[k]; }
    if (rel) relative[k] = 1;
  }
  ctx.background = background;
  ctx.relative = relative;
}

/**
 * Every phrase takes its turn in text order, so that pronouns can look back at what came before them.
 * A turn is settled at once only when the phrase may recall or remember a name, or the place phrase
 * after it that its turn reads (withPlaceCountry) depends on what the resolver remembers; the others
 * when first needed.
 */
function takeTurns(doc: Doc, ctx: SentenceCtx, actors: ActorResolver, settle: (c: Chunk) => Actor | null): void {
  for (const c of ctx.chunks) {
    const next = nextWordPos(doc, c.last, ctx.s.last);
    const subject = next !== null && (next.pos === 'VERB' || next.pos === 'AUX') && !isInPP(doc, c, ctx.s.first);
    const place = placeAfter(ctx, c);
    actors.take(c, subject, settle, actors.mayRemember(c) || (place !== null && actors.dependsOnMemory(place)));
  }
}

/** What a phrase names at its turn: "King Hassan of Morocco" keeps the country the phrase after him gives, for "he" later. */
function turnOf(doc: Doc, ctx: SentenceCtx, c: Chunk, actors: ActorResolver): Actor | null {
  const a = actors.resolveAlone(c, ctx.index);
  return a ? withPlaceCountry(doc, ctx, c, a, actors, true) : null;
}

/** An array of n copies of v (packed, so reads stay on V8's fast path). */
function filled(n: number, v: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(v);
  return out;
}

/** How far after a verb its entry's `when` words may reach (its patterns allow 120 characters before the words, which may run on 40 more). */
const WHEN_REACH = 160;

/** "hours after", "shortly after": what came so close before the news is news of the same day, not the scene. */
const JUST_BEFORE = new Set(['hours', 'minutes', 'moments', 'shortly', 'soon']);

/** The days counted just before word k ("a day", "two days"), up to three (a deed longer before sets the scene), or 0. */
function daysBefore(low: string[], k: number): number {
  if (k < 2 || (low[k - 1] !== 'day' && low[k - 1] !== 'days')) return 0;
  const n = Number(NUMBER_WORDS[low[k - 2]] ?? 0);
  return n <= 3 && (n === 1) === (low[k - 1] === 'day') ? n : 0;
}

/**
 * Whether a background opener ("after", "following the") starts at word k of the sentence: 1, or 2 for
 * one just before the news ("hours after", "shortly after", "a day after"), whose deed may be news of
 * the same day or the days just before.
 */
function opensBackground(lex: Lexicon, low: string[], k: number, t: Token): number {
  const cands = lex.backgroundByFirst.get(low[k]);
  if (!cands) return 0;
  for (const words of cands) {
    if (words.length === 1 ? t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB' : startsWith(low, k, words)) {
      return k > 0 && (JUST_BEFORE.has(low[k - 1]) || daysBefore(low, k) > 0) && (low[k] === 'after' || low[k] === 'following') ? 2 : 1;
    }
  }
  return 0;
}

/**
 * The date of a deed told in a clause opened "a day after" (word k is the deed's): the day of the news the
 * sentence told before the clause, less those days, or null when it gives no day. Hours after, the same date.
 */
function dateBeforeNews(ctx: SentenceCtx, k: number, date: DateMention | null): Event['date'] {
  let j = k;
  while (j > 0 && ctx.background[j - 1] === 2) j--;
  const days = daysBefore(ctx.low, j);
  if (!days) return date;
  // (chrono reads "a day after" itself as a date, a day after the article's.)
  const phraseStart = ctx.tokens[ctx.s.first + j - 2].start;
  const news = datesOf(ctx).filter((d) => d.end <= phraseStart && !d.modifier).pop();
  const day = news?.precision === 'day' ? parseDateValue(news.value) : null;
  if (!news || !day) return null;
  return { ...formatDate(addUnits(day, -days, 'day')), text: `${ctx.low.slice(j - 2, j + 1).join(' ')} ${news.text}` };
}

function startsWith(low: string[], k: number, words: string[]): boolean {
  for (let j = 0; j < words.length; j++) if (low[k + j] !== words[j]) return false;
  return true;
}

function nextWordPos(doc: Doc, from: number, end: number): Token | null {
  for (let i = from; i < end && i < from + 4; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'ADV' || t.pos === 'PART' || t.text === ',') continue;
    return t;
  }
  return null;
}

/** Only auxiliaries, adverbs and particles between token `from` and token `at`. */
function adjacentBefore(doc: Doc, from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const pos = doc.tokens[k].pos;
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return false;
  }
  return true;
}

function isInPP(doc: Doc, c: Chunk, sentFirst: number): boolean {
  if (c.first <= sentFirst) return false;
  // ("Greece, like most other members, plans …": a degree word may stand between the preposition and its phrase.)
  let q = c.first - 1;
  while (q > sentFirst && doc.tokens[q].pos === 'ADV' && /^(most|many|some|all|several|other|almost|nearly)$/i.test(doc.tokens[q].text)) q--;
  const p = doc.tokens[q];
  if (!((p.pos === 'ADP' || p.pos === 'SCONJ') && PP_PREPS.has(p.text.toLowerCase()))) return false;
  // "further than Mr. Obama" compares him; "more than 400 protesters" counts them.
  return p.text.toLowerCase() !== 'than' || doc.tokens[c.first].pos !== 'NUM';
}

// ------------------------------------------------------------------ triggers

function findMatches(doc: Doc, ctx: SentenceCtx, lex: Lexicon): Match[] {
  const { s, low } = ctx;
  const found: Match[] = [];
  for (let i = s.first; i < s.last; i++) {
    const k = i - s.first;
    const cands = lex.byForm.get(low[k]);
    if (!cands) continue;
    const t = doc.tokens[i];
    let best: Match | null = null;
    // The best entry whose words around it do not rule its sense out ("A Russian strike on a hospital": not the
    // labour strike a word before it would make it, but the attack "on" names); failing all, the best one.
    let bestOther: Match | null = null;
    for (const tr of cands) {
      const m = tryMatch(doc, ctx, tr, i, lex);
      if (!m) continue;
      const better = (x: Match | null) => !x || rank(m) > rank(x) || (rank(m) === rank(x) && tr.order < x.trigger.order);
      if (cands.length > 1 && otherSense(doc, ctx, m)) { if (better(bestOther)) bestOther = m; }
      else if (better(best)) best = m;
    }
    best ??= bestOther;
    if (best && t) found.push(best);
  }
  if (!found.length) return found; // most sentences: no trigger, nothing to sort
  // One trigger per word: a multi-word noun takes its words from single-word triggers.
  found.sort((a, b) => (b.last - b.first) - (a.last - a.first));
  const taken = new Set<number>();
  const out: Match[] = [];
  for (const m of found) {
    let free = true;
    for (let i = m.first; i < m.last; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = m.first; i < m.last; i++) taken.add(i);
    out.push(m);
  }
  const told = out.filter((v) => v.whenEnd !== undefined);
  const kept = told.length ? out.filter((m) => m.trigger.kind !== 'noun' || !told.some((v) => v.trigger.type === m.trigger.type && ownAct(doc, v, m))) : out;
  return kept.sort((a, b) => a.head - b.head);
}

/**
 * "Police fired tear gas at protesters", "fired water cannon and tear gas at crowds": a noun in the words
 * a verb's entry needed, or listed with them, is the verb's own act: one event, not two.
 */
function ownAct(doc: Doc, verb: Match, noun: Match): boolean {
  const at = doc.tokens[noun.first].start;
  const end = verb.whenEnd ?? 0;
  if (at <= doc.tokens[verb.head].start) return false;
  return at < end || /^\s*(?:,|,?\s*and|,?\s*or)\s+(?:\S+\s+){0,2}$/.test(doc.text.slice(end, at));
}

/** Words of a subject that names sides together ("Putin and Kim", "the two leaders"), for an act only between them. */
const SIDES_TOGETHER = new Set(['and', 'both', 'two', 'leaders', 'sides']);

/** A longer trigger ("hunger strike") beats a shorter one, a constrained entry ("resume ... relations") a bare one ("resume"); then the lexicon's order. */
function rank(x: Match): number {
  return (x.last - x.first) * 4 + (x.trigger.objForms || x.trigger.prep || x.trigger.pre || x.trigger.when ? 1 : 0);
}

// Not "that": "the raid that killed bin Laden" is a relative clause.
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);

/** Nouns an -ing word before them names a kind of ("negotiating team", "fighting force"). */
const KIND_OF_ING = new Set(['team', 'teams', 'delegation', 'delegations', 'skills', 'position', 'positions', 'stance', 'strategy', 'partner', 'partners', 'power', 'committee', 'force', 'forces', 'unit', 'units', 'season', 'style', 'group', 'groups', 'firm', 'firms', 'effort', 'efforts', 'campaign', 'campaigns']);

function makeMatch(trigger: Trigger, first: number, last: number, head: number, objBehind = false): Match {
  return { trigger, head, first, last, inner: null, outer: null, objBehind, stopped: false };
}

const AUTHORITY_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'IGO', 'SPY']);
/** A government, a court, a legislature, the police or the military, or a country named as such. */
function authority(a: Actor): boolean {
  return AUTHORITY_SECTORS.has(a.sector ?? '') || (a.kind === 'country' && !!a.country && a.name === countryName(a.country));
}

/** Whether the word at token i is a noun that names a hostile deed ("attack", "shooting", "sanctions"). */
function hostileNounAt(ctx: SentenceCtx, lex: Lexicon, i: number): boolean {
  return hostileNoun(lex, ctx.low[i - ctx.s.first]);
}

/** Whether a word (lower case) is a noun of a hostile deed: "attacks", "raids", "strike". */
function hostileNoun(lex: Lexicon, w: string): boolean {
  return !!lex.byForm.get(w)?.some((tr) => tr.kind === 'noun' && HOSTILE.has(tr.type));
}

/** A deed of force named by a noun or a gerund at i: "attack", "bombing", "shooting". */
function deedHeadAt(ctx: SentenceCtx, lex: Lexicon, i: number): boolean {
  const w = ctx.low[i - ctx.s.first];
  return hostileNounAt(ctx, lex, i) || (/ing$/.test(w) && !!lex.byForm.get(w)?.some((tr) => tr.kind === 'verb' && HOSTILE.has(tr.type)));
}

/** "the Orlando attack on Sunday", "last week's Paris attacks": the name before the noun at i modifies it inside a noun phrase. */
function nameModifies(doc: Doc, ctx: SentenceCtx, i: number): boolean {
  let j = i - 1;
  while (j > ctx.s.first && doc.tokens[j - 1].pos === 'PROPN') j--;
  if (j <= ctx.s.first || doc.tokens[i - 1].pos !== 'PROPN') return false;
  const before = doc.tokens[j - 1];
  return before.pos === 'DET' || /^['’]s?$/.test(before.text);
}

const HAVE = new Set(['has', 'have', 'had', "'ve", '’ve']);

/** Whether the word before token i is a people's adjective ("Ukrainian attacks", "Israeli strikes"): the noun is a noun. */
function peopleWordBefore(doc: Doc, i: number): boolean {
  const end = doc.tokens[i - 1]?.end;
  return mentionWhere(doc, (x) => x.end === end)?.entity.type === 'NORP';
}

/** The first entity mention (with its entity) that `ok` accepts; a scan, for the rare words that ask. */
function mentionWhere(doc: Doc, ok: (m: { start: number; end: number }) => boolean): { entity: Doc['entities'][number]; start: number; end: number } | null {
  for (const e of doc.entities) for (const m of e.mentions) if (ok(m)) return { entity: e, start: m.start, end: m.end };
  return null;
}

/**
 * Whether sentence index k comes right after a noun phrase set off by commas after the subject's noun ("A U.S.
 * destroyer, the USS Carney, shot"): a verb's place, whatever the tagger made of the word.
 */
function afterApposition(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  if (k < 4 || ctx.low[k - 1] !== ',') return false;
  let j = k - 2;
  while (j > 0 && /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(doc.tokens[ctx.s.first + j].pos) && ctx.low[j] !== ',') j--;
  if (j === k - 2 || ctx.low[j] !== ',' || j < 1) return false;
  return /^(NOUN|PROPN)$/.test(doc.tokens[ctx.s.first + j - 1].pos) && doc.tokens.slice(ctx.s.first + j + 1, ctx.s.first + k - 1).some((t) => t.pos === 'PROPN');
}

/** A word in title case: a capital, then small letters ("Hope", not "HOPE" or "US"). */
const TITLE_WORD = /^[A-Z][a-z]/;
/**
 * A sentence of running text, not a headline in title case however it writes its small words ("Peru Makes
 * Concessions to the EU"): more words of four letters or more in small letters than in capitals.
 */
function runningText(doc: Doc, s: Sentence): boolean {
  let small = 0, caps = 0;
  for (let j = s.first; j < s.last; j++) {
    const w = doc.tokens[j].text;
    if (w.length < 4) continue;
    if (/^[a-z]/.test(w)) small++;
    else if (TITLE_WORD.test(w)) caps++;
  }
  return small > caps;
}

/** Words after which a participle describes a state: "considered occupied territory". */
const CONSIDERED = /^(considered|deemed|regarded|declared)$/;
/** Verbs of stopping, which take a gerund: "stopped attacking", "quit shelling". */
const STOPPING_GERUND = /^(stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|quit|quits|quitting|halt|halts|halted|halting)$/;
/** Verbs of going on or starting, which take a gerund: "kept attacking", "resumed shelling" (not "stopped attacking"). */
const GOING_ON = /^(keep|keeps|kept|keeping|continue|continues|continued|continuing|resume|resumes|resumed|resuming|start|starts|started|starting|begin|begins|began|begun)$/;

/**
 * "Friday's Munich mall shooting", "the church shooting": an -ing word after a noun that a determiner or a
 * possessive opens is the phrase's head, a noun (wink tags it a verb), with no object after it (not "their
 * security forces shooting protesters", "the army shooting at protesters").
 */
function compoundGerund(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  const at = (j: number) => doc.tokens[ctx.s.first + j];
  if (k < 2 || at(k - 1).pos !== 'NOUN') return false;
  return headOfPhrase(doc, ctx, k);
}
/** "the DNC hack", "the OPM breach": a bare verb form after a singular name is no present tense; it heads the phrase. */
function bareCompound(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  const prev = doc.tokens[ctx.s.first + k - 1];
  if (k < 2 || !/^(NOUN|PROPN)$/.test(prev?.pos ?? '') || /s$/i.test(prev.text) || /(s|ed|ing)$/.test(ctx.low[k])) return false;
  return headOfPhrase(doc, ctx, k);
}
/** Whether the word at k ends a phrase a determiner or a possessive opens, with no object after it. */
function headOfPhrase(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  const at = (j: number) => doc.tokens[ctx.s.first + j];
  if (/^(DET|PRON|NUM|PROPN|NOUN|ADJ)$/.test(at(k + 1)?.pos ?? '') || /^(at|on|against|with|into)$/.test(ctx.low[k + 1] ?? '')) return false;
  let j = k - 1;
  while (j > 0 && /^(NOUN|PROPN|ADJ)$/.test(at(j).pos) && k - j < 5) j--;
  return at(j).pos === 'DET' || /^['’]s?$/.test(ctx.low[j]) || POSSESSIVE.has(ctx.low[j]);
}

/** Nouns of a deed that may come ("the possibility of sanctions", "the threat of strikes"). */
const POSSIBILITY = /^(possibility|potential|prospect|prospects|threat|risk|likelihood|spectre|specter)$/;

function tryMatch(doc: Doc, ctx: SentenceCtx, tr: Trigger, i: number, lex: Lexicon): Match | null {
  const { s, low } = ctx;
  const k = i - s.first;
  const t = doc.tokens[i];
  // "around Africa's Cape of Good Hope,", "Operation Desert Storm": a word in title case that ends a run of them
  // inside a sentence is the last word of a name, whatever its tag. (A run that goes on in capitals is a
  // headline run into the text, "Donald Trump Calls Out Ted Cruz For …"; one in block capitals, a shouted one.)
  if (k > 0 && TITLE_WORD.test(t.text) && TITLE_WORD.test(doc.tokens[i - 1].text) && !TITLE_WORD.test(doc.tokens[i + 1]?.text ?? '')
    && !/^(Summit|Talks|Visit)$/.test(t.text) && runningText(doc, s)) return null;
  if (tr.kind === 'verb') {
    const participle = /(ed|en|wn)$/.test(low[k]);
    const gerund = /ing$/.test(low[k]);
    // "is promising to bomb": wink reads a gerund before "to" as an adjective ("a promising start").
    // ("kept attacking ships": wink reads a gerund after a verb of going on as an adjective, "attacking ships".)
    const okPos = t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && (participle || (gerund && (low[k + 1] === 'to' || (k > 0 && GOING_ON.test(low[k - 1])))))) || (t.pos === 'NOUN' && participle)
      || (t.pos === 'NOUN' && k > 0 && (low[k - 1] === 'to' || ['will', 'would', 'could', 'may', 'might', 'must', 'should', 'not', 'they', 'we'].includes(low[k - 1])))
      // ("he would welcome Cruz", "he'd welcome Bloomberg's entry": read as an adjective after a modal.)
      || (t.pos === 'ADJ' && k > 0 && /^(will|would|could|may|might|must|should|'d|’d|'ll|’ll)$/.test(low[k - 1]))
      // "it had shot down two jets": an irregular participle after "have" is read as a noun.
      || (t.pos === 'NOUN' && k > 0 && (HAVE.has(low[k - 1]) || (k > 1 && doc.tokens[i - 1].pos === 'ADV' && HAVE.has(low[k - 2]))))
      // "A U.S. destroyer, the USS Carney, shot down a drone": a past form after a name set off as an aside.
      || (t.pos === 'NOUN' && !/s$/.test(low[k]) && afterApposition(doc, ctx, k))
      // "vowed to “bomb the hell” out of ISIS": the words quoted after "to" open with their verb.
      || (t.pos === 'NOUN' && k > 1 && /^['‘“"]$/.test(low[k - 1]) && low[k - 2] === 'to')
      // ("Russian court sentences U.S. journalist to 16 years": a headline's verb after its subject's common noun, before a name.)
      // ("Chinese hackers breach U.S. Treasury": a plural subject's verb has no -s.)
      || (t.pos === 'NOUN' && k > 0 && doc.tokens[i - 1].pos === 'NOUN' && /s$/.test(low[k]) !== /s$/.test(low[k - 1]) && /^(DET|NUM|PROPN)$/.test(doc.tokens[i + 1]?.pos ?? '')
        && unstopped(ctx) && !verbIn(doc, s.first, i))
      // ("Hamas rejects latest truce proposal, demands full withdrawal": a headline's second verb after its comma.)
      || (t.pos === 'NOUN' && k > 1 && low[k - 1] === ',' && /s$/.test(low[k]) && /^(DET|ADJ|NOUN|PROPN)$/.test(doc.tokens[i + 1]?.pos ?? '') && unstopped(ctx) && verbIn(doc, s.first, i - 1))
      // wink tags a headline's verb as a noun after a name ("Kenya arrests 20", "Japan sign trade agreement").
      // ("his murder weapon": after a possessive, a noun before a noun names a kind.)
      || (t.pos === 'NOUN' && k > 0 && (doc.tokens[i - 1].pos === 'PROPN' || (doc.tokens[i - 1].pos === 'PRON' && !(POSSESSIVE.has(low[k - 1]) && doc.tokens[i + 1]?.pos === 'NOUN'))) && !isCapitalisedWord(t.text)
        && (k + 1 >= low.length || /^(DET|NUM|ADJ|NOUN|PROPN|ADP|PRON|PART)$/.test(doc.tokens[i + 1].pos) || /^(suspected|alleged|accused|wanted|convicted)$/.test(low[k + 1])) && !nameModifies(doc, ctx, i) && !peopleWordBefore(doc, i));
    if (!okPos) return null;
    // ("the backlog of earlier orders had not been cleared", "tired of promises": a verb's -s form after "of" names
    // things; but "raises the possibility of bans" tells the bans it threatens.)
    if (!participle && !gerund && /s$/.test(low[k]) && k > 1) {
      const of = low[k - 1] === 'of' ? k - 1 : low[k - 2] === 'of' && /^(ADV|ADJ)$/.test(doc.tokens[i - 1].pos) ? k - 2 : -1;
      if (of > 0 && !POSSIBILITY.test(low[of - 1])) return null;
    }
    // ("U.N. aid chief Tom Fletcher": a bare noun before a title, read as a verb after a name, only modifies it;
    // "Putin sacks general" has the verb's ending.)
    if (t.pos === 'NOUN' && !/(s|ed)$/.test(low[k]) && beforeTitle(doc, i)) return null;
    // ("captured two wounded North Korean soldiers": a past form between a count and its noun describes them.)
    if (/ed$/.test(low[k]) && k > 0 && doc.tokens[i - 1].pos === 'NUM' && /^(NOUN|PROPN|ADJ)$/.test(doc.tokens[i + 1]?.pos ?? '')) return null;
    if (k > 0 && nameNotVerb(doc, ctx, i)) return null;
    if (tr.lower && t.text !== low[k]) return null;
    if (gerund && k > 0 && doc.tokens[i - 1].pos === 'DET' && !tr.objForms) return null;
    // ("the DNC hack": a word the lexicon also has as a noun, wink's verb there is that noun's to match.)
    if (!gerund && lex.byForm.get(low[k])?.some((x) => x.kind === 'noun') && bareCompound(doc, ctx, k)) return null;
    // "stop killing black people", "ceased shelling the city": an act ended (or asked to end), not done.
    // (A frame's "to stop attacking", "called on Trump to stop attacking Machado", is the frame's to tell.)
    if (gerund && k > 0 && STOPPING_GERUND.test(low[k - 1]) && low[k - 2] !== 'to') return null;
    // ("the government's negotiating team", "his fighting skills": an -ing word naming a kind of team.)
    if (/ing$/.test(low[k]) && KIND_OF_ING.has(low[k + 1] ?? '') && k > 0 && (POSSESSIVE.has(low[k - 1]) || /^['’]s?$/.test(low[k - 1]) || doc.tokens[i - 1].pos === 'DET')) return null;
    // "the wounded", "the banned movement", "his alleged part", "an incredible tortured relationship", "her
    // five proposed bills": a participle used as a noun or adjective.
    if (participle) {
      // ("are considered occupied territory": a state the words describe, not a deed.)
      if (k > 0 && CONSIDERED.test(low[k - 1])) return null;
      // ("and “wounded American families”": a participle opening words in marks before its noun describes them.)
      // (Not after its subject: Rubio “apologized numerous times.”)
      if (k > 0 && /^[“"‘']$/.test(low[k - 1]) && /^(ADJ|NOUN|PROPN)$/.test(doc.tokens[i + 1]?.pos ?? '') && !/^(NOUN|PROPN|PRON)$/.test(doc.tokens[i - 2]?.pos ?? '')) return null;
      let j = k - 1;
      while (j >= 0 && /^(ADV|ADJ|NUM)$/.test(doc.tokens[s.first + j].pos)) j--;
      if (j >= 0 && (doc.tokens[s.first + j].pos === 'DET' || POSSESSIVE.has(low[j]) || DEMONSTRATIVES.has(low[j]))) return null;
      // "access to $100 billion in frozen overseas funds": after a preposition, before its noun ("for
      // alleged coup plotters" still alleges).
      if (j === k - 1 && j >= 0 && doc.tokens[s.first + j].pos === 'ADP' && k + 1 < low.length && /^(ADJ|NOUN)$/.test(doc.tokens[i + 1].pos)
        && !/^(alleged|accused|suspected|convicted)$/.test(low[k])) return null;
    }
    // "Israeli-occupied", "rebel-held", "shell-shocked": half of an adjective, not an act told here
    // ("test-fired a missile" is the verb, tried out).
    if (k > 0 && low[k - 1] === '-' && doc.tokens[i - 1].end === t.start && !(k > 1 && low[k - 2] === 'test' && t.pos === 'VERB')) return null;
    if (!tr.silent && doc.text[t.end] === '-' && /^\p{Ll}/u.test(doc.text[t.end + 1] ?? '')) return null;
    if (tr.tagged && t.pos !== 'VERB') return null;
    if (tr.progressive && !(gerund && hasBefore(low, k, 2, BE))) return null;
    const when = tr.when ? tr.when.exec(doc.text.slice(t.end, Math.min(s.end, t.end + WHEN_REACH))) : null;
    if (tr.when && !when) return null;
    let last = i + 1;
    if (tr.prep) {
      // (After an object the entry needs, further: "fired two anti-ship ballistic missiles at a tanker"; before a
      // frame's act, a word joined by a hyphen counts once: "warned the 32-member alliance against deploying".)
      let reach = tr.objForms ? 9 : 4;
      if (tr.ctl) for (let j = k + 1; j < k + 1 + reach && j < low.length; j++) if (low[j] === '-' && doc.tokens[s.first + j].start === doc.tokens[s.first + j - 1].end) reach += 2;
      // ("agreed in principle on Saturday to provide aid": a day between is no word of the frame.)
      for (let j = k + 1; j < k + reach && j + 1 < low.length; j++) if (low[j] === 'on' && dayAfterOn(low[j + 1])) { reach += 2; break; }
      const p = findAhead(low, k + 1, reach, (w) => w === tr.prep);
      if (p < 0) return null;
      // ("was launched from near Pyongyang at about 7:30 a.m.": "at" a time is when, not whom.)
      if (tr.prep === 'at' && AT_TIME.test(low.slice(p + 1, p + 4).join(' '))) return null;
      // ("agreed on Saturday to deepen security cooperation": "on" a day is when; the entry with "to" reads the rest.)
      if (tr.prep === 'on' && dayAfterOn(low[p + 1] ?? '')) return null;
      // ("prepared a short statement to read" prepares for nothing: "to" right after, past adverbs only.)
      if (((tr.lemma === 'call' && (tr.prep === 'on' || tr.prep === 'upon' || tr.prep === 'for')) || (tr.lemma === 'prepare' && tr.prep === 'to')) && !onlyAdverbsBetween(doc, ctx, k + 1, p)) return null;
      // "is prepared to send troops" is ready to, the adjective; "prepared to attack" readies forces.
      if (tr.lemma === 'prepare' && k > 0 && BE.has(low[k - 1]) && !low[k].endsWith('ing')) return null;
      if (p === k + 1) last = s.first + p + 1;
    }
    // "fired two ballistic missiles into the sea", "a barrage of cruise missiles toward the Yellow Sea": a show of
    // force (the entry without a preposition), not an attack.
    if (tr.type === 'ASSAULT' && (tr.prep === 'into' || tr.prep === 'toward' || tr.prep === 'towards' || (tr.lemma === 'fire' && tr.when)) && INTO_THE_SEA.test(doc.text.slice(t.end, s.end))) return null;
    let objBehind = false;
    if (tr.objForms) {
      const isObj = (w: string) => tr.objForms?.has(w) ?? false;
      let ahead = objectAhead(doc, ctx, k + 1, k + 9, isObj);
      // "give high-dollar speeches": half of a hyphenated modifier is not the object; look on.
      while (ahead >= 0 && modifierAt(ctx, ahead)) ahead = objectAhead(doc, ctx, ahead + 1, k + 9, isObj);
      // "committed to sending troops": the object of another verb, after "to", is not this verb's.
      if (ahead >= 0 && infinitiveBetween(doc, ctx, k + 1, ahead)) ahead = -1;
      // Passive and reduced relatives put the object first: "sanctions imposed by", "restrictions were eased".
      // ("the plane was shot down": an irregular past form after a form of "be" too.)
      const passive = participle || (low[k] !== tr.lemma && !/(s|ing)$/.test(low[k]) && hasBefore(low, k, 2, BE));
      // ("Hamas fighters captured the town": with no "be" before it and an object after it, the verb is active.)
      const active = !hasBefore(low, k, 2, BE) && /^(DET|PROPN|NUM|NOUN|ADJ|PRON)$/.test(doc.tokens[i + 1]?.pos ?? '') && !TIME_WORD.test(low[k + 1] ?? '') && !/^(last|next|this|earlier|later|early|late|overnight)$/.test(low[k + 1] ?? '');
      const behind = passive && !active ? findBehind(low, k - 1, 4, isObj) : -1;
      if (ahead < 0 && behind < 0) return null;
      objBehind = ahead < 0;
    }
    if (tr.pre && !hasBefore(low, k, 2, tr.pre)) return null;
    if (tr.between && !hasBefore(low, k, 8, SIDES_TOGETHER)) return null;
    if (tr.objActor && !armedObject(doc, tr.prep && last > i + 1 ? last : i + 1)) return null;
    const m = makeMatch(tr, i, last, i, objBehind);
    if (when) m.whenEnd = t.end + when.index + when[0].length;
    return m;
  }
  if (tr.kind === 'noun') {
    if (tr.lower && t.text !== low[k]) return null;
    const n = tr.words.length;
    if (n > 1) {
      for (let j = 1; j < n; j++) {
        const w = low[k + j];
        if (w === undefined) return null;
        const want = tr.words[j];
        if (j === n - 1 ? !(w === want || w === `${want}s` || w === `${want}es`) : w !== want) return null;
      }
    }
    const headIdx = i + n - 1;
    const h = doc.tokens[headIdx];
    if (!h) return null;
    const nounish = n > 1 || h.pos === 'NOUN' || h.pos === 'PROPN' || (h.pos === 'VERB' && /ing$/.test(low[headIdx - s.first]) && k > 0 && /^(DET|ADJ|ADP|NOUN|PRON|PART)$/.test(doc.tokens[i - 1].pos))
      || (h.pos === 'ADJ' && n === 1) || (h.pos === 'VERB' && n === 1 && k > 0 && (/^(DET|ADJ|PRON)$/.test(doc.tokens[i - 1].pos) || bareCompound(doc, ctx, k)))
      // (wink reads "talks" after "open to" as a verb.)
      || (h.pos === 'VERB' && n === 1 && k > 1 && low[k - 1] === 'to' && /^(open|ready|return|returned|returning)$/.test(low[k - 2]) && /s$/.test(low[k]));
    if (!nounish) return null;
    // "Eastern Economic Forum", "the Russian Far East": a capitalised noun inside a name is part of the name.
    // (Not in a title-case headline, where every word is capitalised, unless the entity layer read a name there:
    // "Russia Launches Massive Attack on Ukraine".)
    // ("Trump Addresses Munich Attack": a deed a verb before it answers is its topic, as in running text.)
    if (n === 1 && h.pos === 'PROPN' && isCapitalisedWord(h.text) && k > 0 && doc.tokens[i - 1].pos === 'PROPN' && !/^(Summit|Talks|Visit)$/.test(h.text)
      && !(titled(ctx) && !mentionWhere(doc, (x) => x.start <= h.start && x.end >= h.end) && !low.slice(0, k).some((w) => DEED_AS_TOPIC.test(w)))) return null;
    // "Amnesty International said …": where the test above cannot look back, at a sentence's start, a capitalised
    // noun the entity layer read inside a longer name of a body or a person is part of that name.
    if (n === 1 && k === 0 && isCapitalisedWord(h.text) && !titled(ctx)) {
      const name = mentionWhere(doc, (x) => x.start <= h.start && x.end >= h.end && x.end - x.start > h.end - h.start);
      if (name && /^(ORG|PERSON|FAC)$/.test(name.entity.type)) return null;
    }
    // ("carried out a “massive strike” on facilities": marks around the words are none of them.)
    const marked = (MARKS.has(low[k - 1] ?? '') || MARKS.has(low[k - 2] ?? '') || MARKS.has(low[k - 3] ?? '')) ? 1 : 0;
    const closed = MARKS.has(low[k + n] ?? '') ? 1 : 0;
    if (tr.pre && !hasBefore(low, k, 3 + marked, tr.pre)) return null;
    if (tr.prep && low[k + n + closed] !== tr.prep) return null;
    if (tr.when && !tr.when.test(doc.text.slice(closed ? doc.tokens[headIdx + 1].end : h.end, Math.min(s.end, h.end + 100)))) return null;
    // "riot police", "aid workers", "attack helicopters": the word only modifies the noun after it; so it
    // does before a title ("U.N. aid chief Tom Fletcher", "the sanctions coordinator").
    const nextTok = doc.tokens[i + 1];
    if (n === 1 && nextTok?.pos === 'NOUN' && nextTok.sentence === t.sentence && sectorOfWord(nextTok.text)) return null;
    if (n === 1 && beforeTitle(doc, headIdx)) return null;
    return makeMatch(tr, i, i + n, headIdx);
  }
  if (tr.kind === 'adj') {
    // "is willing to", "was ready to": a state of mind about an act that follows.
    if (low[k + 1] !== 'to') return null;
    if (!hasBefore(low, k, 3, BE)) return null;
    return makeMatch(tr, i, i + 1, i);
  }
  // modal obligation: "Sudan must return the helicopter"
  if (t.pos !== 'AUX' && t.pos !== 'VERB') return null;
  return makeMatch(tr, i, i + 1, i);
}

/** Titles a field of work opens ("aid chief", "sanctions coordinator", "the trade envoy"). */
const FIELD_TITLE = /^(chief|coordinator|negotiator|czar|tsar|envoy|director|administrator|commissioner|minister|secretary|adviser|advisor|spokes(?:man|woman|person))s?$/;

/** Whether the word at i stands right before a title of the same sentence that it only names the field of. */
function beforeTitle(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return !!next && next.sentence === doc.tokens[i].sentence && next.start === doc.tokens[i].end + 1 && FIELD_TITLE.test(next.text);
}

function isCapitalisedWord(s: string): boolean {
  return UPPER_FIRST.test(s);
}

/** "to disperse", "to break up": what force against a crowd is used for. */
const DISPERSE = /^(disperse|scatter|clear|quell|repel|break)$/;
/** Words that count a crowd before its people ("tens of thousands of"). */
const CROWD_COUNT = /^(tens|hundreds|thousands|dozens|scores|of|several|some|about|around|nearly|more|than|at|least|\d[\d,]*)$/;

/** "used tear gas to disperse (some of) the protesters": the crowd the force is used on, named after its purpose. */
function dispersed(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Chunk | null {
  // (Far enough for "fired tear gas and rubber bullets on Sunday to disperse".)
  for (let j = m.last; j < ctx.s.last - 1 && j < m.last + 12; j++) {
    if (ctx.low[j - ctx.s.first] !== 'to' || !DISPERSE.test(ctx.low[j + 1 - ctx.s.first])) continue;
    let k = j + 2;
    if (ctx.low[k - ctx.s.first] === 'up') k++;
    // ("tens of thousands of protesters": the people, past their count.)
    while (k < ctx.s.last - 1 && CROWD_COUNT.test(ctx.low[k - ctx.s.first])) k++;
    const ci = ctx.chunkAt[k - ctx.s.first];
    if (ci >= 0 && ctx.chunks[ci].first === k && actors.resolve(ctx.chunks[ci], ctx.index)) return ctx.chunks[ci];
    return objectChunk(doc, ctx, k, [], actors, true);
  }
  return null;
}

/** "fired tear gas and live rounds at protesters": whom what was fired was aimed at, past a longer list of what. */
function firedAt(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Chunk | null {
  for (let j = m.last; j < ctx.s.last - 1 && j < m.last + 10; j++) {
    const w = ctx.low[j - ctx.s.first];
    if (w === ',' || w === ';' || w === 'to') return null;
    if (!/^(at|on|against|toward|towards)$/.test(w)) continue;
    const ci = ctx.chunkAt[j + 1 - ctx.s.first];
    return ci >= 0 && ctx.chunks[ci].first === j + 1 && actors.resolve(ctx.chunks[ci], ctx.index) ? ctx.chunks[ci] : null;
  }
  return null;
}

/** What "fight until … was defeated" ends with. */
const DEFEATED = /^(defeated|destroyed|eliminated|crushed|vanquished|annihilated|dismantled|wiped|fell|falls|collapsed|collapses|surrenders|surrendered)$/;
/** "vowed to fight until the RSF was defeated", "until Hamas is destroyed": the one to be defeated is who is fought. */
function foughtUntilDefeated(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Chunk | null {
  for (let j = m.last; j < ctx.s.last - 2 && j < m.last + 10; j++) {
    if (ctx.low[j - ctx.s.first] !== 'until') continue;
    const ci = ctx.chunkAt[j + 1 - ctx.s.first];
    if (ci < 0) return null;
    const c = ctx.chunks[ci];
    let k = c.last;
    while (k < ctx.s.last && k < c.last + 3 && /^(is|was|were|are|be|been|has|have|had)$/.test(ctx.low[k - ctx.s.first])) k++;
    return k < ctx.s.last && DEFEATED.test(ctx.low[k - ctx.s.first]) && actors.resolve(c, ctx.index) ? c : null;
  }
  return null;
}

/** Verbs that answer a deed named as their object: its doer is the side they act on. */
const ANSWERS_DEED = /^(repel|repuls|push|thwart|foil|condemn|denounc|deplor|avenge|retaliat)/;
/**
 * "repelled an attack by Hezbollah fighters", "condemned the attack by Russian forces on Kharkiv": whoever did the
 * deed a response names is whom the response is aimed at (not the place the deed struck).
 */
function doerOfDeedAnswered(doc: Doc, ctx: SentenceCtx, m: Match, lex: Lexicon, actors: ActorResolver): Chunk | null {
  if (!ANSWERS_DEED.test(doc.tokens[m.first].text.toLowerCase())) return null;
  for (let j = m.last; j < ctx.s.last - 2 && j < m.last + 6; j++) {
    const w = ctx.low[j - ctx.s.first];
    if (w === ',' || CLAUSE_BREAK.has(w)) return null;
    if (ctx.low[j + 1 - ctx.s.first] !== 'by' || !hostileNounAt(ctx, lex, j)) continue;
    const c = objectChunk(doc, ctx, j + 1, ['by'], actors, false);
    return c && actors.resolve(c, ctx.index) ? c : null;
  }
  return null;
}

/** Participles that tell who holds a place ("positions held by ethnic Armenian forces"). */
const HELD = /^(held|controlled|occupied|run|manned|used)$/;
/** "shelling positions held by ethnic Armenian forces": whoever holds what is struck is struck. */
function holderStruck(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Chunk | null {
  for (let j = m.last; j < ctx.s.last - 2 && j < m.last + 6; j++) {
    const w = ctx.low[j - ctx.s.first];
    if (w === ',' || CLAUSE_BREAK.has(w)) return null;
    if (HELD.test(w) && ctx.low[j + 1 - ctx.s.first] === 'by') return objectChunk(doc, ctx, j + 1, ['by'], actors, false);
  }
  return null;
}

/** Whether "to" and a verb come between two sentence indexes: another verb's infinitive. */
function infinitiveBetween(doc: Doc, ctx: SentenceCtx, from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) if (ctx.low[j] === 'to' && doc.tokens[ctx.s.first + j + 1].pos === 'VERB') return true;
  return false;
}

/** Whether the word at sentence index j is half of a hyphenated modifier ("high-dollar speeches"), not the object. */
function modifierAt(ctx: SentenceCtx, j: number): boolean {
  return ctx.low[j - 1] === '-' || ctx.low[j + 1] === '-';
}

/** Whether the trigger at token i, inside a noun phrase, is a verb all the same: tagged a verb or adjective, or followed by a name. */
function verbInPhrase(doc: Doc, i: number): boolean {
  return /^(VERB|ADJ)$/.test(doc.tokens[i].pos) || doc.tokens[i + 1]?.pos === 'PROPN';
}

/**
 * The sentence index of a verb's object word in [from, to), within its clause; a short scare quote
 * is no clause break ("warned of an “overwhelming response”").
 */
function objectAhead(doc: Doc, ctx: SentenceCtx, from: number, to: number, ok: (w: string) => boolean): number {
  const low = ctx.low;
  let close = -1;
  for (let j = from; j < low.length && j < to; j++) {
    const w = low[j];
    if (j === close) continue;
    if (CLAUSE_BREAK.has(w) || w === ',' || w === '.') {
      close = scareQuoteEnd(doc, ctx, ctx.s.first + j) - ctx.s.first;
      if (close < 0) return -1;
      continue;
    }
    // ("released the DNC emails just before the Democratic National Convention": a word inside a longer name is none.)
    if (ok(w) && !(!titled(ctx) && doc.tokens[ctx.s.first + j].pos === 'PROPN' && isCapitalisedWord(doc.tokens[ctx.s.first + j].text) && isCapitalisedWord(doc.tokens[ctx.s.first + j + 1]?.text ?? ''))) return j;
    // ("launched an investigation into the missile attacks": past a noun, a phrase of its own preposition is not the
    // verb's object; "a barrage of missiles", "provided the rebels with weapons" still are.)
    if (j > from && doc.tokens[ctx.s.first + j].pos === 'ADP' && w !== 'of' && w !== 'with' && doc.tokens[ctx.s.first + j - 1].pos === 'NOUN') return -1;
    // ("A poll released this week found 66 percent of women voters": the object stops at the next clause's verb;
    // "struck what the military said were rocket launchers" names it.)
    if (j > from && doc.tokens[ctx.s.first + j].pos === 'VERB' && !/(ing|ed)$/.test(w) && !SPEECH.has(w)) return -1;
  }
  return -1;
}

function findAhead(low: string[], from: number, n: number, ok: (w: string) => boolean): number {
  for (let j = from; j < low.length && j < from + n; j++) {
    if (ok(low[j])) return j;
  }
  return -1;
}

/**
 * "called Wednesday for", "called again on": only adverbs and days between a verb and its preposition.
 * "called Machado on Friday", "a group called Citizens for Trump" put an object there: another sense.
 */
function onlyAdverbsBetween(doc: Doc, ctx: SentenceCtx, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.tokens[ctx.s.first + j].pos !== 'ADV' && !TIME_WORD.test(ctx.low[j])) return false;
  return true;
}

function findBehind(low: string[], from: number, n: number, ok: (w: string) => boolean): number {
  for (let j = from; j >= 0 && j > from - n; j--) {
    if (CLAUSE_BREAK.has(low[j]) || low[j] === ',') return -1;
    if (ok(low[j])) return j;
  }
  return -1;
}

/** Quotation marks, as the tokenizer leaves them. */
const MARKS = new Set(['“', '”', '"', '‘', '’']);
function hasBefore(low: string[], k: number, n: number, set: Set<string>): boolean {
  for (let j = k - 1; j >= 0 && j >= k - n; j--) if (set.has(low[j])) return true;
  return false;
}

// ------------------------------------------------------------------ frames

/** A comma or clause word between two offsets of the sentence. */
function clauseBreakBetween(doc: Doc, ctx: SentenceCtx, from: number, to: number): boolean {
  for (let j = ctx.s.first; j < ctx.s.last; j++) {
    const t = doc.tokens[j];
    if (t.start < from) continue;
    if (t.start >= to) break;
    const w = ctx.low[j - ctx.s.first];
    if (w === ',' || w === ';' || CLAUSE_BREAK.has(w)) return true;
  }
  return false;
}

/** "last week's Paris attack", "the Orlando shooting": a town just before a deed is where it happened, not who did it ("Moscow's attack" is). */
function townBefore(doc: Doc, a: Actor | null, at: number): boolean {
  return !!a && a.kind === 'country' && !!a.country && a.name !== countryName(a.country) && !/^['’]s?$/.test(doc.tokens[at - 1].text);
}
const NOUN_PREPS = new Set(['to', 'over', 'after', 'about', 'on']);
/** Nouns of time whose "of" dates something by a deed ("the night of the attacks", "the aftermath of the war"). */
const TIME_OF = /^(night|day|eve|morning|evening|afternoon|anniversary|aftermath|wake|weeks?|months?|years?|days?|hours?|time|height|start|end)$/i;
const CAUSE_PREPS = new Set(['for', 'over', 'after', 'about', 'since', 'during', 'despite', 'following', 'amid']);
/** Deeds that a preposition of cause names as an occasion ("condolences for the attack", "outrage over the killings"). */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE']);

/** Verbs whose object is a deed answered, not done: "respond to the attacks", "prevent an attack". */
const DEED_AS_TOPIC = /^(respond|react|cover|repl(y|ie)|answer|comment|discuss|address|prevent|investigat|condemn|denounc|mourn|avenge|retaliat|deter|distract|downplay|exploit|politiciz|capitaliz)/;

/** Nouns that stop an act named after them ("an end to", "a halt to", "a pause in", "a cessation of"). */
const STOPPING_NOUNS = new Set(['end', 'halt', 'pause', 'cessation', 'stop', 'suspension', 'freeze', 'moratorium']);

/** Verbs that stop an act. */
const STOPPING = new Set(['stop', 'halt', 'end', 'cease', 'suspend', 'pause', 'curb', 'refrain', 'desist', 'abstain', 'stopping', 'halting', 'ending', 'ceasing', 'refraining']);

/** Ties each frame ("threatened to", "agreed to", "demanded that", "must") to the event it governs. */
function linkFrames(doc: Doc, ctx: SentenceCtx, matches: Match[]): void {
  const { s, low } = ctx;
  for (const m of matches) {
    if (!m.trigger.ctl) continue;
    const from = m.last - s.first;
    let cause = false;
    let object = false;
    let verb = false;
    let about = false;
    let stopped = false;
    for (let j = from; j < low.length && j < from + 12; j++) {
      if (CLAUSE_BREAK.has(low[j]) && low[j] !== '“' && low[j] !== '"') break;
      if (low[j] === ',' && !(m.trigger.kind === 'verb' && j === from)) break;
      if (low[j] === 'rule' && low[j + 1] === 'out') break;
      // ("rejected claims that Russian troops had executed prisoners": what a claim says is no act of the frame's.)
      if (CLAIM_NOUNS.test(low[j]) && low[j + 1] === 'that') break;
      // ("wants to show that sanctions have failed": "that" right after a verb of its own opens another clause; "wants
      // to make sure that sanctions are imposed" still wants them.)
      if (verb && low[j] === 'that' && doc.tokens[s.first + j - 1].pos === 'VERB') break;
      // ("wants the rebels to leave the towns that they captured": a relative clause past the frame's act tells of its object.)
      if (verb && (low[j] === 'that' || low[j] === 'which') && /^(NOUN|PROPN)$/.test(doc.tokens[s.first + j - 1].pos)) break;
      // "offered condolences for the attack": after the frame's own object, an act named after "for" or
      // "over" is the occasion, not the offer ("pressed for airstrikes" asks for them).
      if (object && CAUSE_PREPS.has(low[j])) cause = true;
      const pos = doc.tokens[s.first + j].pos;
      if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') object = true;
      const inner = matches.find((x) => x.first === s.first + j && x !== m && !x.outer);
      if (!inner) {
        // ("agreed to stop attacks on energy facilities", "called on Trump to stop attacking Machado": the act is stopped.)
        // (So is one a noun names: "called for an end to the fighting", "a pause in fighting", "a cessation of hostilities".)
        if ((pos === 'VERB' && STOPPING.has(low[j])) || (pos === 'NOUN' && STOPPING_NOUNS.has(low[j]) && /^(to|in|of|on)$/.test(low[j + 1] ?? '') && !(low[j + 1] === 'to' && doc.tokens[s.first + j + 2]?.pos === 'VERB'))) stopped = true;
        // "people Republicans have tried to talk to … have refused": past a verb, an auxiliary opens another clause.
        if (pos === 'VERB' && j > from) verb = true;
        if (pos === 'VERB' && DEED_AS_TOPIC.test(low[j])) about = true;
        if (pos === 'AUX' && verb) break;
        continue;
      }
      // "urged Russian peacekeepers deployed in the region to intervene": a participle after the frame's
      // object describes it, as a relative clause would; what is urged comes after.
      if (inner.trigger.kind === 'verb' && object && /ed$/.test(low[j]) && /^(NOUN|PROPN)$/.test(doc.tokens[s.first + j - 1].pos) && infinitiveAhead(doc, ctx, j + 1)) {
        if (ctx.relative.length) ctx.relative[j] = 1;
        continue;
      }
      if (cause && inner.trigger.kind === 'noun' && HOSTILE.has(inner.trigger.type)) break;
      // "would order a review … and warned against hackers": a past tense after "and" is the subject's next
      // deed, not what the frame is about ("agreed to send troops and provide aid" goes on in the base form).
      if (inner.trigger.kind === 'verb' && /^(and|but)$/.test(low[j - 1] ?? '') && /ed$/.test(low[j])) break;
      // "planned to respond to Trump's attacks", "trying to prevent the next attack": the deed is what
      // another verb answers, not what was planned ("planned to launch attacks" hands it on).
      if (about && inner.trigger.kind === 'noun' && HOSTILE.has(inner.trigger.type)) break;
      // "sought to appeal to younger voters": a frame around another sense of a word frames no act.
      if (otherSense(doc, ctx, inner)) break;
      if (inner.trigger.ctl && inner.trigger.kind === 'modal') break;
      inner.outer = m;
      m.inner = inner;
      m.stopped = stopped;
      break;
    }
  }
}

/** Words that hedge a count or follow it ("more than 200", "at least 74 others", "dozens of people"). */
const COUNT_WORDS = new Set(['more', 'than', 'at', 'least', 'about', 'nearly', 'almost', 'some', 'over', 'around', 'roughly', 'others', 'other', 'people', 'of']);

/** Whether the words before token `at` are "and" and a count ("and 74", "and more than 200 others"). */
function countAfterAnd(doc: Doc, ctx: SentenceCtx, at: number): boolean {
  let counted = false;
  for (let i = at - 1; i > ctx.s.first && i >= at - 6; i--) {
    const w = ctx.low[i - ctx.s.first];
    if (w === 'and') return counted;
    if (doc.tokens[i].pos === 'NUM' || /^(dozens|hundreds|scores)$/.test(w)) counted = true;
    else if (!COUNT_WORDS.has(w)) return false;
  }
  return false;
}

/** Whether a "to" and a verb follow sentence word `k` within a few words and the clause ("… in the region to intervene"). */
function infinitiveAhead(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  let end = k;
  while (end < ctx.low.length && end < k + 9 && ctx.low[end] !== ',' && !CLAUSE_BREAK.has(ctx.low[end])) end++;
  return infinitiveBetween(doc, ctx, k, end);
}

/** The innermost event of a chain of frames ("agreed to continue to send arms" -> send arms). */
function innermost(m: Match): Match {
  let x = m;
  while (x.inner) x = x.inner;
  return x;
}

type TypeClass = 'coop' | 'conf' | 'none';
function classOf(t: PloverType, lex: Lexicon): TypeClass {
  return lex.conflict.has(t) ? 'conf' : lex.cooperative.has(t) ? 'coop' : 'none';
}

interface Coded { type: PloverType; mode: string | null; cameo: string; contexts: string[] }

/** What a frame and the event inside it add up to, by the frame's two-way table. */
function codeFrame(m: Match, lex: Lexicon): Coded {
  const tr = m.trigger;
  if (!m.inner) return { type: tr.type, mode: tr.mode, cameo: tr.cameo, contexts: tr.contexts };
  const inner = codeFrame(m.inner, lex);
  const ctl = tr.ctl;
  if (!ctl) return { type: tr.type, mode: tr.mode, cameo: tr.cameo, contexts: tr.contexts };
  const cls = classOf(inner.type, lex);
  const contexts = [...new Set([...tr.contexts, ...inner.contexts])];
  // ("agreed to stop attacks" agrees, "threatened to stop aid" threatens: stopping an act turns its side; the frame
  // codes itself.)
  if (m.stopped && cls !== 'none') {
    const turned = cls === 'conf' ? ctl[0] : ctl[1];
    const type = turned === '=' ? tr.type : turned;
    // (The lexicon's check lets only THREATEN and AGREE lack a frame code: "threatened to stop aid" threatens, 130.)
    return { type, mode: null, cameo: type === tr.type ? tr.cameo : lex.frameCameo[type] ?? (type === 'AGREE' ? '030' : '130'), contexts };
  }
  const pick = cls === 'conf' ? ctl[1] : ctl[0];
  if (pick === '=') return { ...inner, contexts };
  // ("were preparing to charge him with communicating a threat": getting ready for a deed done in words or law is no
  // show of force; forces are readied for force, "prepared to attack".)
  if (pick === 'MOBILIZE' && tr.lemma === 'prepare' && inner.type !== 'ASSAULT' && inner.type !== 'COERCE') return { ...inner, contexts };
  // (A show of force planned, promised or prepared stays one, as PLOVER codes "prepared to resume shelling";
  // vowing or threatening it is a threat.)
  if (pick === 'THREATEN' && inner.type === 'MOBILIZE' && !THREAT_FRAMES.has(tr.lemma)) return { ...inner, contexts };
  // ("The European Union agreed to extend its sanctions against Russia", "agreed on a new package of sanctions":
  // sanctions agreed on are imposed, no threat; a vote on them may go either way.)
  if (pick === 'THREATEN' && inner.type === 'SANCTION' && DECIDING_FRAMES.has(tr.lemma) && (m.inner.trigger.kind === 'verb' || tr.lemma !== 'vote')) return { ...inner, contexts };
  if (pick === 'THREATEN') return asThreat(inner, lex, contexts);
  // "agreed to lift the curfew", "promised to ease restrictions": a concession given in words is
  // PLOVER's CONCEDE, not an AGREE; being willing or ready to concede is still only an intent, and a
  // promise of reform ("promised to democratize Serbia", CAMEO 034) an AGREE.
  // (Not "promised to lead the fight against amnesty": the concession must be what is promised.)
  const given = m.inner.trigger.kind === 'verb' || m.inner.first === m.last;
  if (pick === 'AGREE' && inner.type === 'CONCEDE' && given && CONCEDING_FRAMES.has(tr.lemma) && !inner.cameo.startsWith('083')) return { ...inner, contexts };
  if (pick === 'AGREE' && pick !== inner.type) return { type: 'AGREE', mode: null, cameo: lex.intent[inner.type] ?? tr.cameo, contexts };
  if (pick === inner.type) return { ...inner, contexts };
  if (pick === tr.type) return { type: pick, mode: tr.mode, cameo: tr.cameo, contexts };
  // Neither the frame's own type nor the event's: the inner code would contradict the type.
  return { type: pick, mode: null, cameo: lex.frameCameo[pick], contexts };
}

const ANONYMITY = /^\s+(?:that\s+)?(?:(?:his|her|their|its)\s+names?\s+(?:be\s+withheld|not\s+be\s+(?:used|published|given|disclosed|named|printed))|anonymity\b|to\s+(?:remain|stay)\s+anonymous|not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+identified\s+only)/i;
const AT_TIME = /^((about|around|roughly|approximately)\s+)?(\d{1,2}[:.]\d\d\b|\d{1,2}\s+(a\.?m\.?|p\.?m\.?|o['’]clock)|dawn\b|dusk\b|noon\b|midnight\b|night\b|daybreak\b|sunrise\b|sunset\b|first light\b)/;
const INTO_THE_SEA = /^\s+(\S+\s+){0,6}?(into|toward|towards)\s+(the\s+)?(\S+\s+)?(sea|ocean|waters?|space|orbit)\b/i;
const CONCEDING_FRAMES = new Set(['agree', 'promise', 'pledge', 'vow', 'swear', 'commit', 'commitment']);

const THREAT_FRAMES = new Set(['threaten', 'vow', 'swear']);
const DECIDING_FRAMES = new Set(['agree', 'decide', 'approve', 'vote']);

function asThreat(inner: Coded, lex: Lexicon, contexts: string[]): Coded {
  if (inner.type === 'THREATEN') return { ...inner, contexts };
  const t = lex.threat[inner.type];
  const mode = lex.threatModes[inner.cameo] ?? t?.[1] ?? null;
  return { type: 'THREATEN', mode, cameo: t?.[0] ?? '130', contexts };
}

// ------------------------------------------------------------------ status

interface StatusCue { status: EventStatus | 'assertive'; conditional: boolean }

/** Words that end the clause a coordinated verb's first verb is looked for in. */
const CLAUSE_STOP = new Set([';', ':', 'that', 'which', 'who', 'said', 'says']);

/**
 * "would close its airspace and suspend all trade": a verb's base form after "and"/"or" shares the modal
 * verb group of the verb it is joined to. Word k is the verb's in its sentence.
 */
function sharedGroupCue(doc: Doc, ctx: SentenceCtx, k: number, lemma: string, lex: Lexicon): EventStatus | 'assertive' | null {
  if (ctx.low[k] !== lemma || (ctx.low[k - 1] !== 'and' && ctx.low[k - 1] !== 'or')) return null;
  for (let j = k - 2; j >= 0 && j >= k - 14; j--) {
    const w = ctx.low[j];
    if (CLAUSE_STOP.has(w)) return null;
    if (doc.tokens[ctx.s.first + j].pos !== 'VERB') continue;
    // (Only a modal's: "don't see the truth and refuse to look" is no refusal denied, the base form being the present's too.)
    const group = verbGroup(doc, ctx, ctx.s.first + j);
    // ("agreed on Thursday to extend the ceasefire and meet again next month": both are what was agreed.)
    if (ctx.low[j - 1] === 'to' && PROMISED_TO.test(promiserBefore(ctx, j - 1))) return 'planned';
    return group.split(' ').some((w) => MODAL_BEFORE.test(w)) ? cueIn(group, lex) : null;
  }
  return null;
}

const DAY_WORD = /^(today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Whether a word after "on" makes it a date: a weekday or a month ("on Saturday", "on March 3", "on Jan. 5"). */
function dayAfterOn(w: string): boolean {
  return DAY_WORD.test(w) || MONTHS.includes(w) || MONTH_ABBREVIATION.test(w);
}
const MONTH_ABBREVIATION = /^(jan|feb|aug|sept?|oct|nov|dec)\.?$/;

/** Verbs whose infinitive is a deed to come ("agreed to meet", "vowed to respond", "plans to visit"). */
const PROMISED_TO = /^(agree|agrees|agreed|decide|decides|decided|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|plan|plans|planned|intend|intends|intended|aim|aims|aimed|prepare|prepares|prepared|offer|offers|offered|seek|seeks|sought)$/;

/** The word before the infinitive's "to" at `to`, past a day it is told of ("agreed on Thursday to extend"). */
function promiserBefore(ctx: SentenceCtx, to: number): string {
  let j = to - 1;
  if (j >= 1 && DAY_WORD.test(ctx.low[j]) && ctx.low[j - 1] === 'on') j -= 2;
  return ctx.low[j] ?? '';
}

/** The words of the verb group before a token: "will not hesitate to", "could", "did not". */
function verbGroup(doc: Doc, ctx: SentenceCtx, i: number): string {
  const words: string[] = [];
  for (let j = i - 1; j >= ctx.s.first && j >= i - 7; j--) {
    const t = doc.tokens[j];
    const w = ctx.low[j - ctx.s.first];
    // ("would not “negotiate under pressure”": a quotation opening on the verb leaves its group outside.)
    if (j === i - 1 && (w === '“' || w === '"')) continue;
    // ("would “resolutely” respond": nor do marks around an adverb in it.)
    if (/^[“”"]$/.test(w) && (doc.tokens[j + 1]?.pos === 'ADV' || doc.tokens[j - 1]?.pos === 'ADV')) continue;
    // ("failed on Thursday to agree", "will on Monday vote": nor does the day it is told of.)
    if (DAY_WORD.test(w) && words.length > 0) {
      if (ctx.low[j - 1 - ctx.s.first] === 'on') j--;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || w === 'to' || w === 'not' || w === 'never'
      || (t.pos === 'VERB' && /^(hesitate|going|plan|plans|planned|planning|expected|set|due|scheduled|intend|intends|fail|failed|likely|able)$/.test(w))
      || (t.pos === 'ADJ' && /^(likely|unlikely|able|set|due|expected|possible)$/.test(w))
      // ("Russia needs to withdraw", "the need to scrap the agreement": a deed needed is not done.)
      || (/^needs?$/.test(w) && ctx.low[j + 1 - ctx.s.first] === 'to')
      // "plans for traveling to Florida": the noun's plan is the act's.
      || (w === 'for' && /^plans?$/.test(ctx.low[j - 1 - ctx.s.first] ?? '') && j === i - 1) || (/^plans?$/.test(w) && ctx.low[j + 1 - ctx.s.first] === 'for')) {
      words.unshift(w);
      continue;
    }
    break;
  }
  return ` ${words.join(' ')} `;
}

/** "yet", "so far", "still", "as of now" in the trigger's clause: a negation that says not yet rather than no. */
function pendingAfter(ctx: SentenceCtx, m: Match): boolean {
  const from = Math.max(0, m.first - ctx.s.first - 3);
  for (let k = from; k < ctx.low.length && k < m.last - ctx.s.first + 8; k++) {
    const w = ctx.low[k];
    if (k >= m.last - ctx.s.first && (w === ',' || w === ';' || w === '.')) return false;
    if (w === 'yet' || (w === 'far' && ctx.low[k - 1] === 'so') || (w === 'now' && ctx.low[k - 1] === 'of' && ctx.low[k - 2] === 'as')) return true;
  }
  return false;
}

function holdsCue(group: string, padded: string[]): boolean {
  for (const c of padded) if (group.includes(c)) return true;
  return false;
}

function cueIn(group: string, lex: Lexicon): EventStatus | 'assertive' | null {
  if (holdsCue(group, lex.cues.assertive)) return 'assertive';
  if (holdsCue(group, lex.cues.negated)) return 'negated';
  if (holdsCue(group, lex.cues.hypothetical)) return 'hypothetical';
  if (holdsCue(group, lex.cues.planned)) return 'planned';
  return null;
}

const HABITUAL = new Set(['usually', 'regularly', 'routinely', 'typically', 'frequently', 'habitually', 'normally', 'customarily']);

/** A habitual adverb next to the verb or just after its object, inside the clause. */
function habitual(ctx: SentenceCtx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2 && !/^[,;:]$/.test(ctx.low[j]); j--) if (HABITUAL.has(ctx.low[j])) return true;
  for (let j = k + 1; j < ctx.low.length && j <= k + 3 && !/^[,;:.]$/.test(ctx.low[j]); j++) if (HABITUAL.has(ctx.low[j])) return true;
  return false;
}

/** What a supposed deed would bring: "would be a disaster", "could jeopardize the treaty". */
const CONSEQUENCE = /^(be|jeopardi[sz]e|threaten|trigger|cause|lead|mean|spark|provoke|derail|risk|undermine|endanger|result|prove|create|kill|destroy|devastate|escalate|invite|draw|plunge|unleash|invoke|prompt|constitute|amount|spell|force|require|violate)$/;
/** Modal verbs, which say a deed is supposed or to come. */
const MODALS = /^(would|could|might|may|will|'d)$/;

/**
 * "a full-scale assault on Rafah could jeopardize the treaty", "An attack on Taiwan would be a disaster": a deed
 * named as the subject of a modal is supposed, not told (or planned, with "will").
 */
function modalAfterSubject(doc: Doc, ctx: SentenceCtx, c: Chunk): EventStatus | null {
  const a = c.first - ctx.s.first;
  if (a > 0 && !/^(that|,|;|:|—|but|and|because|if|while)$/.test(ctx.low[a - 1])) return null;
  let j = c.last - ctx.s.first;
  // Past the deed's own phrase: "on Rafah", "against the city of Rafah", "on Philippine vessels anywhere in the South China Sea".
  while (j < ctx.low.length && j < c.last - ctx.s.first + 10 && /^(ADP|DET|PROPN|NOUN|ADJ|NUM|ADV)$/.test(doc.tokens[ctx.s.first + j].pos) && !MODALS.test(ctx.low[j])) j++;
  const w = ctx.low[j] ?? '';
  if (w === 'will') return 'planned';
  // ("Trump's misinformation may be strategic", "A Justice Department investigation could drag on": one that is
  // under way; a deed supposed is one of a kind, and what it would bring is told.)
  if (!/^(would|could|might|may|'d)$/.test(w) || !/^(a|an|any)$/.test(ctx.low[a])) return null;
  return CONSEQUENCE.test(ctx.low[j + 1] ?? '') ? 'hypothetical' : null;
}

/** The "to" of an infinitive the words before sentence index k are in, at most `reach` words back within the clause; -1 when none. */
function toBefore(ctx: SentenceCtx, k: number, reach: number): number {
  let j = k - 1;
  while (j > 0 && j >= k - reach && ctx.low[j] !== 'to' && !/^[,;:.]$/.test(ctx.low[j])) j--;
  return ctx.low[j] === 'to' ? j : -1;
}

/** Whether the deed at sentence index k is done in an infinitive of an ability ("the ability of its forces to seize", "the capacity to launch strikes"). */
function abilityBefore(ctx: SentenceCtx, k: number): boolean {
  // ("… to seize control of key areas and blockade ports": a second infinitive shares the first one's "to";
  // "ran on his ability to jolt the recovery and accused Obama" goes on in the past, a clause of its own.)
  const j = toBefore(ctx, k, 11);
  if (j < 0 || (j < k - 1 && /ed$/.test(ctx.low[k]))) return false;
  for (let q = j - 1; q >= 0 && q >= j - 5; q--) if (/^(ability|capability|capabilities|capacity|readiness|means)$/.test(ctx.low[q])) return true;
  return false;
}

/** Words before "to" that put what follows in the future or in doubt ("expected to", "expect China to", "likely to"). */
const FORESEEN = /^(expect|expects|expected|expecting|likely|unlikely|poised|plans|planned|planning|intends|intended)$/;
/** A deed named in an infinitive's words ("to respond with military drills"), or a verb's infinitive, that something before the "to" foresees. */
function expectedBefore(ctx: SentenceCtx, k: number, verb = false): EventStatus | null {
  const j = verb ? (ctx.low[k - 1] === 'to' ? k - 1 : -1) : toBefore(ctx, k, 6);
  if (j <= 0 || (j === k - 1 && !verb)) return null;
  for (let q = j - 1; q >= 0 && q >= j - 4; q--) {
    if (/^[,;:.]$/.test(ctx.low[q])) return null;
    // (Others' expectation is a guess, "Analysts expect China to respond"; "is expected to" is the plan as known.)
    // ("he expects to visit China" is his own plan.)
    if (FORESEEN.test(ctx.low[q])) return /^(expect|expects|expecting|likely|unlikely)$/.test(ctx.low[q]) && !(verb && q === j - 1 && /^expect/.test(ctx.low[q])) ? 'hypothetical' : 'planned';
  }
  return null;
}

/** Deals and plans whose "to" names what they are for ("a deal to normalize relations"). */
const DEAL_NOUNS = /^(deal|agreement|accord|pact|plan|plans|proposal|initiative)$/;
/** "close to a deal", "near an agreement", "hopes for a deal": a deal at sentence index k not yet made. */
function dealNear(ctx: SentenceCtx, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(a|an|the|new|possible|final|landmark|historic)$/.test(ctx.low[j])) j--;
  return j >= 1 && /^(to|toward|towards|for)$/.test(ctx.low[j]) && /^(close|closer|near|nearer|hopes|hope|push|pushing|working|work|works|seeking|seek|seeks)$/.test(ctx.low[j - 1]);
}

/** Verbs of getting a deed ready, which name it as their object ("preparing new sanctions", "readying an offensive"). */
const PREPARING = /^(prepar(e|es|ed|ing)|draft(s|ed|ing)?|read(ies|ied|ying)|finali[sz](e|es|ed|ing))$/;

/** "his forces were ready for a ceasefire", "open to talks": a deed one stands ready for, at sentence index k, is yet to come. */
function standsReadyFor(ctx: SentenceCtx, k: number): boolean {
  return k >= 2 && /^(for|to)$/.test(ctx.low[k - 1]) && /^(ready|prepared|open|willing|eager|poised)$/.test(ctx.low[k - 2]);
}

/**
 * "Russia to deploy troops to Belarus", "Kenya Government to Detain Journalists if …": a headline's subject and
 * "to" before its verb, with no verb of its own, tells what will be done (word k is the verb's in its sentence).
 */
function headlineInfinitive(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  if (k < 2 || ctx.low[k - 1] !== 'to' || !/^(NOUN|PROPN)$/.test(doc.tokens[ctx.s.first + k - 2].pos) || PURPOSE_NOUNS.has(ctx.low[k - 2])) return false;
  let j = k - 2;
  while (j > 0 && /^(DET|PROPN|NOUN|ADJ|NUM|PART)$/.test(doc.tokens[ctx.s.first + j - 1].pos) && ctx.low[j - 1] !== ':') j--;
  if (j > 0 && ctx.low[j - 1] !== ':') return false;
  for (let q = k + 1; q < ctx.low.length && ctx.low[q] !== ','; q++) {
    const t = doc.tokens[ctx.s.first + q];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/^(to|and|or)$/.test(ctx.low[q - 1]) && /(s|ed)$/.test(ctx.low[q]))) return false;
  }
  return true;
}

/** Where the phrase of the noun at m starts, sentence-relative. */
function nounPhraseStart(ctx: SentenceCtx, m: Match): number {
  const ci = ctx.chunkAt[m.first - ctx.s.first];
  return (ci >= 0 ? ctx.chunks[ci].first : m.first) - ctx.s.first;
}
/** Participles of backing: "backed by", "supported by". */
const BACKING = /^(backed|supported|aided|assisted|helped|covered|protected|escorted|reinforced)$/;
/** A deed noun that is the agent of a backing: "forces backed by U.S. airstrikes", "supported by artillery fire". */
function backingAgent(ctx: SentenceCtx, m: Match): boolean {
  const k = nounPhraseStart(ctx, m);
  return ctx.low[k - 1] === 'by' && BACKING.test(ctx.low[k - 2] ?? '');
}
/** Whether the attack noun at m follows "with" after an attacking verb of its clause: that verb's means. */
function meansOfAttackTold(doc: Doc, ctx: SentenceCtx, m: Match, all: Match[]): boolean {
  const k = nounPhraseStart(ctx, m);
  if (ctx.low[k - 1] !== 'with') return false;
  return all.some((x) => x !== m && x.trigger.kind === 'verb' && x.trigger.type === 'ASSAULT' && x.last <= m.first && !clauseBreakBetween(doc, ctx, doc.tokens[x.last - 1].end, doc.tokens[m.first].start));
}
/** A meeting named as where another one happens: "on the sidelines of the G20 summit", "on the margins of the talks". */
function onSidelinesOf(ctx: SentenceCtx, m: Match): boolean {
  const k = nounPhraseStart(ctx, m);
  return ctx.low[k - 1] === 'of' && /^(sidelines?|margins?|fringes?)$/.test(ctx.low[k - 2] ?? '');
}
/** Nouns of military exercises. */
const DRILLS = /^(drill|exercise|maneuver|manoeuvre|war game|wargame)s?$/;
/** Acts that punish or blame someone for a deed. */
const PUNISHING = new Set<PloverType>(['ACCUSE', 'SANCTION', 'COERCE']);
/** Frames that decide a deed without doing it ("chose to invade" did it). */
const RESOLVING = new Set(['decide', 'resolve']);
/** Deeds a decision only sets in motion. */
const DONE_LATER = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'RETREAT', 'AID']);
/** Whether "not to" or "never to" stands among tokens [from, to): "decided (after a long inquiry) not to recommend charges". */
function notToBefore(ctx: SentenceCtx, from: number, to: number): boolean {
  for (let j = Math.max(from, to - 8); j + 1 < to; j++) if (/^(not|never)$/.test(ctx.low[j - ctx.s.first]) && ctx.low[j + 1 - ctx.s.first] === 'to') return true;
  return false;
}
/** Frames whose subject decides its own deed: "decided not to attack", "agreed not to deploy". */
const OWN_DECISION = /^(decide|agree|choose|opt|elect|promise|pledge|vow|plan|resolve|commit)$/;

/** Verbs of a stance toward deeds of a kind: "will not tolerate any attacks", "does not want any war". */
const STANCE_VERBS = /\b(tolerate|accept|allow|permit|condone|want|seek|support|welcome|rule out|countenance)\b/;
/** Nouns a deed after "for" is only imagined by: "a rehearsal for invasion", "a pretext for war". */
const FOR_SOME_DEED = /^(rehearsals?|pretexts?|excuses?|justifications?|blueprints?|recipes?|scenarios?|templates?|models?)$/;
/** …and ones it is got ready by: "preparations for an offensive", "plans for a visit". */
const FOR_DEED_TO_COME = /^(preparations?|plans?|arrangements?)$/;
/** A noun phrase's verb putting it on the calendar: "… is scheduled for Wednesday", "are set to begin". */
const SCHEDULED_AFTER = /^[^,;.]{0,60}?\s((is|are)\s+(now\s+|tentatively\s+)?((scheduled|set|slated|planned)\s+(for|to|on|in|next|this)|due\s+(for|on|in|next|this)|to\s+be\s+held)|(will|would|(is|are)\s+to)\s+(take\s+place|be\s+held|resume|begin|start|open|go\s+ahead|convene))\b/i;

function statusOf(doc: Doc, ctx: SentenceCtx, m: Match, lex: Lexicon): StatusCue {
  const k = m.first - ctx.s.first;
  let cue: EventStatus | 'assertive' | null = null;
  if (m.trigger.kind === 'noun') {
    // Words inside the phrase: "a potential deal", "the planned visit", "no talks".
    const ci = ctx.chunkAt[k];
    if (ci >= 0) {
      const c = ctx.chunks[ci];
      const pre = ` ${ctx.low.slice(c.first - ctx.s.first, k).join(' ')} `;
      cue = cueIn(pre, lex);
      // A light verb hands its status to its noun: "will make a visit", "attended neither summit".
      if (!cue) {
        let j = c.first - 1;
        let between = '';
        while (j >= ctx.s.first && /^(neither|no|not|either)$/.test(ctx.low[j - ctx.s.first])) { between = ` ${ctx.low[j - ctx.s.first]}${between}`; j--; }
        // ("had never carried out cyberattacks", "did not carry out the attack": the verb's particle.)
        if (j > ctx.s.first && /^(out|up|off)$/.test(ctx.low[j - ctx.s.first]) && lex.lightForms.has(ctx.low[j - 1 - ctx.s.first])) j--;
        if (j >= ctx.s.first && (lex.lightForms.has(ctx.low[j - ctx.s.first]) || /^attend/.test(ctx.low[j - ctx.s.first]))) {
          cue = cueIn(`${between} `, lex) ?? cueIn(verbGroup(doc, ctx, j), lex);
        }
        // ("agreed to deepen cooperation and keep up regular visits", "would close its airspace and impose a blockade":
        // the noun's verb, joined to another, shares that one's group.)
        if (!cue && !between) {
          const v = c.first - (/^(out|up|off)$/.test(ctx.low[c.first - 1 - ctx.s.first] ?? '') ? 2 : 1);
          if (v >= ctx.s.first && doc.tokens[v].pos === 'VERB') cue = sharedGroupCue(doc, ctx, v - ctx.s.first, ctx.low[v - ctx.s.first], lex);
        }
      }
      // ("barred Israel from carrying out strikes": kept from happening, as "from waiving sanctions" is.)
      const g = cue ? -1 : lightGerundBefore(ctx, c.first, lex);
      if (g > 1 && ctx.low[g - 1] === 'from' && keptFrom(ctx, g - 1)) cue = 'negated';
      // "the risk is a clash", "officials fear a war", "to avert a strike": a deed feared or averted has not happened.
      if (!cue && fearedBefore(ctx, c.first - ctx.s.first)) cue = 'hypothetical';
      // ("called the drills a rehearsal for invasion", "a pretext for war"; "preparations for an offensive" are for one to come.)
      if (!cue && ctx.low[c.first - 1 - ctx.s.first] === 'for') cue = FOR_SOME_DEED.test(ctx.low[c.first - 2 - ctx.s.first] ?? '') ? 'hypothetical' : FOR_DEED_TO_COME.test(ctx.low[c.first - 2 - ctx.s.first] ?? '') ? 'planned' : null;
      cue ??= advocatedBefore(ctx, c.first - ctx.s.first);
      // "would respond to any attack on its territory": any deed of a kind is none in particular.
      // ("has not carried out any attacks": unless the verb before it is denied.)
      // ("would “not tolerate” any further drills": a stance toward any deed of a kind is none done or undone.)
      if (!cue && ctx.low[c.first - ctx.s.first] === 'any') cue = negatedBetween(ctx.low, Math.max(0, c.first - ctx.s.first - 4), c.first - ctx.s.first) && !STANCE_VERBS.test(ctx.low.slice(Math.max(0, c.first - ctx.s.first - 3), c.first - ctx.s.first).join(' ')) ? 'negated' : 'hypothetical';
      cue ??= modalAfterSubject(doc, ctx, c);
      if (!cue && abilityBefore(ctx, k)) cue = 'hypothetical';
      if (!cue && standsReadyFor(ctx, c.first - ctx.s.first)) cue = 'planned';
      // ("The EU is preparing new sanctions", "Russia is readying an offensive": a deed being got ready is to come.)
      if (!cue && PREPARING.test(ctx.low[c.first - 1 - ctx.s.first] ?? '')) cue = 'planned';
      // "China is expected to respond with military drills", "Analysts expect China to respond with sanctions".
      if (!cue) cue = expectedBefore(ctx, c.first - ctx.s.first);
      // ("The summit between Biden and Xi is scheduled for Wednesday", "… will take place", "talks … will resume":
      // a meeting on the calendar is to come.)
      if (!cue && SCHEDULED_AFTER.test(doc.text.slice(doc.tokens[c.last - 1].end, ctx.s.end))) cue = 'planned';
    } else if (standsReadyFor(ctx, k)) {
      // ("open to talks": a noun the tagger read as a verb stands in no phrase.)
      cue = 'planned';
    }
  } else if (m.trigger.kind === 'adj') {
    cue = cueIn(verbGroup(doc, ctx, m.first - 1 >= ctx.s.first && BE.has(ctx.low[k - 1]) ? m.first - 1 : m.first), lex);
    if (cue === null) {
      const g = ` ${ctx.low.slice(Math.max(0, k - 3), k).join(' ')} `;
      cue = cueIn(g, lex);
    }
  } else {
    // ("would keep attacking ships": the verb of going on carries the gerund's auxiliaries.)
    const head = k > 0 && /ing$/.test(ctx.low[k]) && GOING_ON.test(ctx.low[k - 1]) ? m.first - 1 : m.first;
    cue = cueIn(verbGroup(doc, ctx, head), lex) ?? sharedGroupCue(doc, ctx, k, m.trigger.lemma, lex);
    // (wink reads "torture" in "his support for torture" as a verb.)
    cue ??= advocatedBefore(ctx, k);
    // "prohibit the president from waiving sanctions", "blocked the government from deporting them": kept from happening.
    if (!cue && ctx.low[k - 1] === 'from' && keptFrom(ctx, k - 1)) cue = 'negated';
    // "Hungary delayed ratifying Sweden's bid": put off, not done.
    if (!cue && /ing$/.test(ctx.low[k]) && /^(delay|delays|delayed|delaying|postpone|postpones|postponed|postponing)$/.test(ctx.low[k - 1] ?? '')) cue = 'negated';
    // "ISIS murders gays regularly", "people are usually murdered by someone they know": a habit told, not a deed.
    if (!cue && habitual(ctx, k)) cue = 'hypothetical';
    // ("drills testing the ability of its forces to seize control of key areas and blockade ports": what they could do.)
    if (!cue && abilityBefore(ctx, k)) cue = 'hypothetical';
    if (!cue && headlineInfinitive(doc, ctx, k)) cue = 'planned';
    // ("Analysts expect China to attack Taiwan", "Kinshasa expected the rebels to withdraw": a deed foreseen.)
    cue ??= expectedBefore(ctx, k, true);
    // (wink reads "talks" after "open to" as a verb.)
    if (!cue && standsReadyFor(ctx, k)) cue = 'planned';
    // ("a deal to normalize relations", "a plan to withdraw troops": what a deal or a plan is for is still to come,
    // and only may come when the deal is not yet made: "were close to a deal to normalize".)
    if (!cue && ctx.low[k - 1] === 'to' && DEAL_NOUNS.test(ctx.low[k - 2] ?? '')) cue = dealNear(ctx, k - 2) ? 'hypothetical' : 'planned';
  }
  // "if it is attacked", "whether Mr. Kim would participate": the clause is a supposition.
  let conditional = false;
  let comma = false;
  for (let j = k - 1; j >= 0; j--) {
    const w = ctx.low[j];
    if (w === ';') break;
    if (w === ',') comma = true;
    // ("If Seoul continues its drills, our army will respond with military action": what the main clause after an
    // opening condition says will come is promised, or threatened, on it.)
    if (w === 'if' && comma && (j === 0 || MARKS.has(ctx.low[j - 1])) && (cue === 'planned' || cue === 'assertive')) break;
    if (w === 'if' || w === 'whether') {
      // "whether or not Israel's willing to": the idiom's "not" negates nothing.
      if (cue !== 'negated' || w === 'if' || (w === 'whether' && ctx.low[j + 1] === 'or' && ctx.low[j + 2] === 'not' && !negatedBetween(ctx.low, j + 3, k))) cue = 'hypothetical';
      break;
    }
  }
  for (let j = k + 1; j < ctx.low.length; j++) {
    if (lex.status.conditional.includes(ctx.low[j])) { conditional = true; break; }
  }
  // ("Did the Clinton Foundation refuse to turn over relevant documents?": asked, not told.)
  if (!cue && yesNoQuestion(doc, ctx)) cue = 'hypothetical';
  return { status: cue ?? 'actual', conditional };
}

/** Auxiliaries a yes-no question opens with. */
const QUESTION_OPENERS = /^(did|does|do|will|would|is|are|was|were|has|have|had|can|could|should|shall|may|might|must)$/;

/** Whether the sentence is a yes-no question: it opens with an auxiliary (past a quotation mark) and ends in "?". */
function yesNoQuestion(doc: Doc, ctx: SentenceCtx): boolean {
  if (!/\?["”’']?\s*$/.test(doc.text.slice(Math.max(ctx.s.start, ctx.s.end - 3), ctx.s.end))) return false;
  const first = MARKS.has(ctx.low[0]) ? 1 : 0;
  return QUESTION_OPENERS.test(ctx.low[first] ?? '') && doc.tokens[ctx.s.first + first].pos === 'AUX';
}

/** Whether the words before token k (sentence-relative) are a noun phrase of anyone at all: "every last person", "anyone", "those". */
function genericAgentBefore(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  const prev = doc.tokens[ctx.s.first + k - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PRON')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = ctx.low[j];
    if (/^(every|any|anyone|anybody|everyone|everybody|those|whoever)$/.test(w)) return true;
    const t = doc.tokens[ctx.s.first + j];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'ADP') return false;
  }
  return false;
}

const ADVOCATED = /^(support|backing|opposition|objection|objections|views|stance|position|appetite|case|argument|arguments|advocacy|endorsement|reluctance|unwillingness|hesitance|hesitancy|reticence) (for|to|on|against)$/;
const PROPOSED = /^((calls?|push|demands?|proposals?|plans?|promises?|pledges?|vows?|threats?) (for|to)|intentions? (of|to)|intent (on|to))$/;
/**
 * A deed argued for or against, or wished for, is a position, not a deed done ("his support for torture", "their
 * opposition to strikes", "his deep reluctance to send troops"); one called for or proposed is planned ("his proposal to ban Muslims",
 * "calls to boycott his films"; a "conference call to defend" it is no call for it).
 */
function advocatedBefore(ctx: SentenceCtx, k: number): EventStatus | null {
  if (k < 2) return null;
  // b: the noun before "to"/"for"/"of", past the mark a quotation closes on (Tehran had “no intention” of continuing).
  const b = k >= 3 && /^["”’]$/.test(ctx.low[k - 2]) ? k - 3 : k - 2;
  const two = `${ctx.low[b]} ${ctx.low[k - 1]}`;
  if (ADVOCATED.test(two)) return 'hypothetical';
  // ("no decision had been made on strikes inside Venezuela", "a decision on sanctions": a deed still to be decided.)
  if (ctx.low[k - 1] === 'on') {
    let j = k - 2;
    while (j > 0 && j >= k - 6 && DECIDING.test(ctx.low[j])) j--;
    if (ctx.low[j] === 'decision' || ctx.low[j] === 'decisions') return 'hypothetical';
  }
  // "I'd like to punch him in the face": a wish.
  if ((two === 'like to' || two === 'love to') && /^(would|'d|’d)$/.test(ctx.low[b - 1] ?? '')) return 'hypothetical';
  if (!PROPOSED.test(two)) return null;
  // "I have no plans to endorse a candidate", "there were no immediate plans to move U.S. forces", "had no
  // intention of continuing".
  if (/^(no|not|never|without)$/.test(ctx.low[b - 1] ?? '') || (ctx.low[b - 2] === 'no' && /^(immediate|current|further|new|concrete|firm|specific|present|such)$/.test(ctx.low[b - 1] ?? ''))) return 'negated';
  return /^(conference|phone|telephone|video|roll|curtain|wake-up|close)$/.test(ctx.low[b - 1] ?? '') ? null : 'planned';
}
/** Verbs that keep someone from a deed: "bars/prevented/blocked X from doing". */
const KEEPING_FROM = /^(bar|bars|barred|barring|ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|prevent|prevents|prevented|preventing|block|blocks|blocked|blocking|stop|stops|stopped|stopping|keep|keeps|kept|keeping|forbid|forbids|forbade|forbidden|preclude|precludes|precluded|restrain|restrains|restrained|deter|deters|deterred|discourage|discourages|discouraged)$/;
/** Whether the "from" at sentence-relative index f follows such a verb and its object within a few words. */
function keptFrom(ctx: SentenceCtx, f: number): boolean {
  for (let j = f - 1; j >= 0 && j >= f - 6; j--) {
    const w = ctx.low[j];
    if (w === ',' || w === ';' || w === ':') return false;
    if (KEEPING_FROM.test(w)) return true;
  }
  return false;
}
/**
 * "blocked the administration from deploying troops", "barred Israel from carrying out strikes": the one kept from
 * the deed whose gerund is at sentence index `at` (the phrase right before "from"), or null.
 */
function keptOne(ctx: SentenceCtx, at: number): Chunk | null {
  const f = at - 1;
  if (f < 2 || ctx.low[f] !== 'from' || !keptFrom(ctx, f)) return null;
  const ci = ctx.chunkAt[f - 1];
  const c = ci >= 0 ? ctx.chunks[ci] : null;
  return c && c.last === ctx.s.first + f ? c : null;
}

/** The sentence index of the light gerund that hands over the deed noun phrase opening at `first` ("carrying out strikes"), or -1. */
function lightGerundBefore(ctx: SentenceCtx, first: number, lex: Lexicon): number {
  let j = first - ctx.s.first - 1;
  if (j > 0 && /^(out|up)$/.test(ctx.low[j])) j--;
  return j > 0 && /ing$/.test(ctx.low[j]) && lex.lightForms.has(ctx.low[j]) ? j : -1;
}

/** Words that make the deed after them a danger, not a deed: "the risk of war", "fear a clash", "avert a strike". */
const FEARED = /^(risk|risks|danger|dangers|fear|fears|feared|fearing|prospect|prospects|possibility|spectre|specter|avoid|avoiding|avert|averting|prevent|preventing|forestall)$/;
function fearedBefore(ctx: SentenceCtx, k: number): boolean {
  let floor = k - 5;
  for (let j = k - 1; j >= 0 && j >= floor; j--) {
    const w = ctx.low[j];
    // "The bigger risk, he said, is a clash": an aside of saying is stepped over.
    if (w === ',' && SPEECH.has(ctx.low[j - 1] ?? '')) {
      const open = ctx.low.lastIndexOf(',', j - 1);
      if (open >= 0 && j - open <= 4) { floor -= j - open + 1; j = open; continue; }
    }
    if (w === ',' || w === ';' || w === ':') return false;
    if (FEARED.test(w)) return true;
  }
  return false;
}

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
function negatedBetween(low: string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (NEGATION.has(low[j])) return true;
  return false;
}

// ------------------------------------------------------------------ arguments

interface Args { actor: Actor | null; target: Actor | null; actorFromContext: boolean; targetFromContext: boolean }

// The irregular participles the endings miss ("was found guilty", "was hit by a missile"): a few only, not the
// lexicon's irregularPast, whose "sent" and "met" made jobs "sent to Mexico" and an objective "met" into passives.
const PAST_FORM = /(ed|en|wn|ld|lt|ut|ot|ght)$|^(found|hit|struck)$/;
const ALLEGED_PARTICIPLE = /^(charged|convicted|accused|suspected|indicted|sentenced)$/;
/** A past participle, which the tagger sometimes calls an adjective ("chained"). */
const participle = (t: Token, low: string) => (t.pos === 'VERB' || t.pos === 'ADJ') && PAST_FORM.test(low);

/**
 * "was caught by police and deported": a participle coordinated right after a passive one with its
 * agent shares that agent. The index of that "by" (sentence-relative), or -1.
 */
function sharedAgentBy(doc: Doc, ctx: SentenceCtx, k: number): number {
  if (k < 4 || !/^(and|or)$/.test(ctx.low[k - 1]) || !PAST_FORM.test(ctx.low[k])) return -1;
  for (let q = k - 3; q >= 1 && q >= k - 8; q--) {
    const w = ctx.low[q];
    if (w === ',' || w === ';' || CLAUSE_BREAK.has(w)) return -1;
    if (w !== 'by' || !participle(doc.tokens[ctx.s.first + q - 1], ctx.low[q - 1])) continue;
    // The first participle is passive: a form of "be" just before it.
    for (let b = q - 2; b >= 0 && b >= q - 4; b--) if (BE.has(ctx.low[b]) || ctx.low[b] === 'been') return q;
    return -1;
  }
  return -1;
}

/** The verb itself, not a word required before it ("sexually abused"): its sentence-relative index. */
function verbIndex(ctx: SentenceCtx, m: Match): number {
  return (PAST_FORM.test(ctx.low[m.head - ctx.s.first]) ? m.head : m.last - 1) - ctx.s.first;
}

function isPassive(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const k = verbIndex(ctx, m);
  const w = ctx.low[k];
  if (m.trigger.kind !== 'verb' || !PAST_FORM.test(w)) return false;
  // "is opposed to the deal", "is committed to its defense", "is prepared to send troops": a stance the
  // subject holds, not one done to it.
  if ((w === 'opposed' || w === 'committed' || w === 'prepared') && ctx.low[k + 1] === 'to') return false;
  // "Priest Burned to Death", "stabbed to death": with no object between, the subject is the victim.
  if (ctx.low[k + 1] === 'alive' || (ctx.low[k + 1] === 'to' && ctx.low[k + 2] === 'death')) return true;
  // ("would close the strait if attacked", "will respond when provoked": a condition's participle, its subject left out.)
  if (k > 0 && /^(if|when|unless)$/.test(ctx.low[k - 1]) && /ed$/.test(w)) return true;
  if (sharedAgentBy(doc, ctx, k) >= 0) return true;
  let floor = k - 4;
  for (let j = k - 1; j >= 0 && j >= floor; j--) {
    const t = doc.tokens[ctx.s.first + j];
    if (BE.has(ctx.low[j]) || ctx.low[j] === 'been') return true;
    // "are beaten, chained, attacked or abused": a participle coordinated with a passive one is passive too.
    if (/^(,|and|or)$/.test(ctx.low[j]) && j > 0 && participle(doc.tokens[ctx.s.first + j - 1], ctx.low[j - 1])) { floor = j - 5; continue; }
    if (participle(t, ctx.low[j]) && j + 1 < k && /^(,|and|or)$/.test(ctx.low[j + 1])) continue;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'AUX') break;
  }
  // ("27 people had been detained and 14 police officers injured": a clause after "and" that leaves out the passive's "had been".)
  // (With no object after it: "Three soldiers were killed and Russia attacked Kyiv" is active.)
  const gi = k > 0 && /ed$/.test(w) && !/^(DET|PROPN|NOUN|PRON|NUM|ADJ)$/.test(doc.tokens[ctx.s.first + k + 1]?.pos ?? '') ? ctx.chunkAt[k - 1] : -1;
  if (gi >= 0 && ctx.chunks[gi].last === ctx.s.first + k) {
    const a = ctx.chunks[gi].first - ctx.s.first - 1;
    if (a > 1 && ctx.low[a] === 'and' && participle(doc.tokens[ctx.s.first + a - 1], ctx.low[a - 1]) && (BE.has(ctx.low[a - 2]) || ctx.low[a - 2] === 'been')) return true;
  }
  // Reduced relative: "sanctions imposed by the U.S.", "a camp attacked by militiamen".
  const next = ctx.low[k + 1];
  // "seven Iranian-American men charged with or convicted of violating sanctions": a reduced relative.
  if (ALLEGED_PARTICIPLE.test(w) && /^(of|with|for|or)$/.test(next ?? '')) {
    // Back over the participles it is coordinated with ("charged with or convicted of") to the noun.
    let j = k - 1;
    for (;;) {
      while (j > 0 && /^(or|and|with|of|,)$/.test(ctx.low[j])) j--;
      if (j > 0 && ALLEGED_PARTICIPLE.test(ctx.low[j])) { j--; continue; }
      break;
    }
    if (j >= 0 && /^(NOUN|PROPN)$/.test(doc.tokens[ctx.s.first + j].pos)) return true;
  }
  // A headline leaves out "is": "FDIC Accused Of Covering Up China Hacking", "Senator Charged With Fraud".
  if (m.objBehind && headlineSubject(doc, ctx, k)) return true;
  if (k > 0 && /ed$/.test(w) && /^(of|with|by|over|for|in)$/.test(next ?? '') && /^(PROPN|NOUN)$/.test(doc.tokens[ctx.s.first + k - 1].pos) && titled(ctx)) return true;
  const prev = doc.tokens[m.head - 1];
  const agent = doc.tokens[m.head + 2];
  const byAgent = next === 'by' && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !TIME_WORD.test(prev.text)
    && agent !== undefined && agent.sentence === prev.sentence && /^(DET|PROPN|NOUN|ADJ)$/.test(agent.pos);
  return byAgent || (next === 'by' && appositiveParticiple(doc, ctx, k)) || reducedRelative(doc, ctx, m) !== null || setOffParticiple(doc, ctx, k);
}

/**
 * "Captain Khan, killed 12 years ago, was a hero": a participle set off by commas between a noun and the main
 * clause's verb, with no object of its own, is done to that noun.
 */
function setOffParticiple(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  if (ctx.low[k - 1] !== ',' || !appositiveParticiple(doc, ctx, k) || /^(DET|PRON|PROPN|NOUN)$/.test(doc.tokens[ctx.s.first + k + 1]?.pos ?? '')) return false;
  // (The noun is the subject, with no finite verb before it: "I called all my lenders, asked for extensions, made
  // payments" lists deeds; "His call to deport … people, denounced as impossible, has support" does not.)
  for (let j = 0; j < k - 1; j++) if (doc.tokens[ctx.s.first + j].pos === 'VERB' && ctx.low[j - 1] !== 'to' && !ctx.low[j].endsWith('ing')) return false;
  for (let j = k + 1; j < ctx.low.length && j <= k + 8; j++) {
    if (ctx.low[j] === ',') return /^(AUX|VERB)$/.test(doc.tokens[ctx.s.first + j + 1]?.pos ?? '');
    if (CLAUSE_BREAK.has(ctx.low[j]) || doc.tokens[ctx.s.first + j].pos === 'VERB') return false;
  }
  return false;
}

/**
 * "Curfew lifted in Hanoi following agreement", "Administrative restrictions lifted on organization": a
 * headline that opens with the participle's object and has no verb of its own after it ("Restrictions
 * imposed last year were lifted" does: there the participle only describes).
 */
function headlineSubject(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  if (k === 0) return false;
  for (let j = 0; j < k; j++) {
    const t = doc.tokens[ctx.s.first + j];
    if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && !/^(-|['’]s)$/.test(t.text)) return false;
  }
  for (let j = k + 1; j < ctx.low.length; j++) {
    const t = doc.tokens[ctx.s.first + j];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(ctx.low[j]))) return false;
  }
  return true;
}

/**
 * "Assad, opposed by the U.S., held on": the phrase a participle set off by a comma is done to, which
 * is the one right before the comma ("as it was sailing through the Senate, supported by …" names
 * none: "the Senate" is in a prepositional phrase). Undefined when no comma comes before it.
 */
function apposedTo(doc: Doc, ctx: SentenceCtx, m: Match): Chunk | null | undefined {
  const j = m.first - 1 - ctx.s.first;
  if (j < 1 || ctx.low[j] !== ',') return undefined;
  const ci = ctx.chunkAt[j - 1];
  const c = ci >= 0 ? ctx.chunks[ci] : null;
  return c && c.last === m.first - 1 && !isInPP(doc, c, ctx.s.first) ? c : null;
}

/**
 * "foreign policy decisions opposed by Israel": a participle right after a noun, with its agent, is
 * done to that noun, whoever the sentence is about. The noun's phrase, or undefined when the
 * participle does not follow a noun or has no "by" after it.
 */
function nounBeforeAgent(doc: Doc, ctx: SentenceCtx, m: Match): Chunk | undefined {
  const j = m.first - 1 - ctx.s.first;
  if (j < 0 || ctx.low[m.last - ctx.s.first] !== 'by' || !/^(NOUN|PROPN)$/.test(doc.tokens[m.first - 1].pos)) return undefined;
  const ci = ctx.chunkAt[j];
  return ci >= 0 && ctx.chunks[ci].last === m.first ? ctx.chunks[ci] : undefined;
}

/**
 * "Assad, aided by the Russians and opposed by the U.S., held on": a participle with its agent set off
 * by a comma after a noun or name, or coordinated with one that is, is done to that noun.
 */
function appositiveParticiple(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  if (!/ed$/.test(ctx.low[k])) return false;
  const before = ctx.low[k - 1];
  if (before === ',') return k >= 2 && /^(NOUN|PROPN)$/.test(doc.tokens[ctx.s.first + k - 2].pos);
  if (before !== 'and' && before !== 'or') return false;
  for (let q = k - 3; q >= 1 && q >= k - 9; q--) {
    if (ctx.low[q] === ',' || ctx.low[q] === ';') return false;
    if (ctx.low[q + 1] === 'by' && participle(doc.tokens[ctx.s.first + q], ctx.low[q])) return appositiveParticiple(doc, ctx, q);
  }
  return false;
}

/**
 * The phrase a participle trigger follows directly when that phrase cannot be the sentence's subject
 * (it follows a preposition or a verb) and ends in a noun or name; `ending` is the participle's.
 */
function phraseBeforeParticiple(doc: Doc, ctx: SentenceCtx, m: Match, ending: RegExp): Chunk | null {
  const { s } = ctx;
  if (m.trigger.kind !== 'verb' || m.first - 1 <= s.first || !ending.test(ctx.low[m.first - s.first])) return null;
  const ci = ctx.chunkAt[m.first - 1 - s.first];
  if (ci < 0) return null;
  const c = ctx.chunks[ci];
  const head = doc.tokens[c.last - 1];
  if (c.last !== m.first || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || c.first - 1 < s.first) return null;
  const before = doc.tokens[c.first - 1];
  // "Thousands of protesters rallied outside …": after a count that opens the sentence, a verb that takes no
  // object is the sentence's own ("Dozens of captives released in Lyon" is still a headline's passive).
  if (ctx.low[c.first - 1 - s.first] === 'of' && INTRANSITIVE.has(m.trigger.lemma) && countOpens(doc, ctx, c.first - 2)) return null;
  return before.pos === 'ADP' || before.pos === 'VERB' ? c : null;
}

const INTRANSITIVE = new Set(['rally', 'march', 'protest', 'demonstrate', 'riot', 'clash', 'flee', 'gather']);

/** Whether token i is a count ("Thousands", "Dozens", "200") with nothing before it in the sentence but a determiner or a word of degree. */
function countOpens(doc: Doc, ctx: SentenceCtx, i: number): boolean {
  if (i < ctx.s.first) return false;
  const t = doc.tokens[i];
  if (t.pos !== 'NUM' && !QUANTITY.test(t.text)) return false;
  for (let j = ctx.s.first; j < i; j++) if (!/^(DET|ADV|ADJ|NUM)$/.test(doc.tokens[j].pos) && !/^(of|tens)$/i.test(doc.tokens[j].text)) return false;
  return true;
}

/**
 * "the parents of two Americans killed in the 2012 attacks": a past participle after such a phrase,
 * before a place or time, tells what was done to that phrase. Returns the phrase.
 */
function reducedRelative(doc: Doc, ctx: SentenceCtx, m: Match): Chunk | null {
  // ("sanctioned a dozen Chinese companies accused of helping Russia": those accused, not the sanctioner.)
  const k = verbIndex(ctx, m);
  const alleged = ALLEGED_PARTICIPLE.test(ctx.low[k]) && /^(of|with)$/.test(ctx.low[k + 1] ?? '');
  if (!alleged && !/^(in|during|at|near|outside|inside|since|last|earlier|when|while|on)$/.test(ctx.low[m.last - ctx.s.first] ?? '')) return null;
  return phraseBeforeParticiple(doc, ctx, m, /ed$/);
}

/** Texts that say things: "a resolution calling for a ceasefire". */
const DOCUMENT_HEADS = /^(statements?|resolutions?|declarations?|letters?|communiqu[eé]s?|motions?|drafts?|texts?)$/;

/** People named by a common noun: who may do what a participle after them says. */
const PEOPLE_HEADS = /^(person|people|man|men|woman|women|group|groups|anyone|anybody|those|individuals?|gunm[ae]n|militants?|fighters?|protesters?|demonstrators?|rioters?|attackers?|assailants?|suspects?|hackers?|soldiers?|troops|forces|officials?|officers?|police|countries|nations|states|governments?)$/;

/**
 * "a message to every last person threatening the peace", "police arrested a man threatening the
 * mayor": a present participle right after a phrase naming people (the object of a verb or
 * preposition) is that phrase's deed, not the sentence subject's.
 */
function activeRelative(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver, all: Match[]): Chunk | null {
  const c = phraseBeforeParticiple(doc, ctx, m, /ing$/);
  if (!c) return null;
  const { s } = ctx;
  // A participle takes an object ("killing unarmed people"); "the police shooting in Chicago" is a noun.
  const next = m.last < s.last ? doc.tokens[m.last] : null;
  if (!next || !/^(DET|PROPN|PRON|NOUN|NUM|ADJ)$/.test(next.pos)) return null;
  if (PEOPLE_HEADS.test(ctx.low[c.last - 1 - s.first])) return c;
  // "China blocked a U.N. statement condemning the launch": a refused text's words are not the refuser's
  // ("issued a statement condemning" still condemns for the one issuing it).
  if (DOCUMENT_HEADS.test(ctx.low[c.last - 1 - s.first]) && all.some((x) => x.head === c.first - 1 && x.trigger.type === 'REJECT')) return c;
  // "Obama endorsing Clinton"; not "the Orlando shooting victims", where the name is a modifier.
  return doc.tokens[c.last - 1].pos === 'PROPN' && doc.tokens[c.first].pos !== 'DET' && !!actors.resolve(c, ctx.index) ? c : null;
}

const PURPOSE_NOUNS = new Set(['proposal', 'proposals', 'plan', 'plans', 'call', 'calls', 'push', 'bid', 'effort', 'efforts', 'attempt', 'attempts', 'promise', 'promises', 'pledge', 'vow', 'threat', 'threats', 'decision', 'move', 'order', 'demand', 'demands', 'campaign', 'drive', 'offer', 'refusal', 'willingness', 'intention', 'determination']);

/**
 * "Clinton bashed Trump's proposal to ban Muslims": the deed after a noun of purpose is its owner's
 * (Trump), or no one named when the noun has no owner ("the proposal to ban Muslims"). Undefined when
 * no such noun stands right before the deed's "to".
 */
function purposeOwner(doc: Doc, ctx: SentenceCtx, at: number): Chunk | null | undefined {
  const k = at - 1 - ctx.s.first;
  if (k < 1 || ctx.low[k] !== 'to') return undefined;
  const ci = ctx.chunkAt[k - 1];
  if (ci < 0) return undefined;
  const c = ctx.chunks[ci];
  if (c.last !== at - 1 || !PURPOSE_NOUNS.has(ctx.low[c.last - 1 - ctx.s.first])) return undefined;
  for (let j = c.last - 2; j > c.first; j--) if (/^['’]s?$/.test(doc.tokens[j].text) && doc.tokens[j].pos === 'PART') return { first: c.first, last: j + 1 };
  // "his plan to deport" is left to the usual search, and so is "Pastor Brown of the church plans to
  // continue", where with no determiner the noun may be the verb.
  if (doc.tokens[c.first].pos !== 'DET') return undefined;
  // ("regretted the U.S. decision to expel its ambassador": a name right before the noun owns it.)
  let n = c.first + 1;
  while (n < c.last - 1 && doc.tokens[n].pos === 'PROPN') n++;
  if (n === c.last - 1 && n > c.first + 1) return { first: c.first + 1, last: n };
  // "Khan mounted a campaign to condemn Trump", "held a conference call to defend", "has no plans to send":
  // whoever launches or has it; "bashed the proposal to ban Muslims": no one named.
  const before = c.first - 1 - ctx.s.first;
  return before >= 0 && LAUNCH_VERBS.test(ctx.low[before]) ? undefined : null;
}
const LAUNCH_VERBS = /^(make|makes|made|making|mount|mounts|mounted|mounting|launch|launches|launched|launching|lead|leads|led|leading|start|starts|started|begin|begins|began|begun|hold|holds|held|announce|announces|announced|unveil|unveils|unveiled|renew|renews|renewed|redouble|redoubled|step|stepped|join|joined|continue|continued|intensify|intensified|issue|issued|took|take|takes|has|have|had|having)$/;

/**
 * "Christie, who has campaigned for Trump since he suspended his own campaign, blasted Clinton": a
 * relative clause set off by commas right before the verb belongs to the subject before it. The token
 * before that clause's opening comma, or undefined when the verb follows no such clause.
 */
function relativeClauseBefore(ctx: SentenceCtx, at: number): number | undefined {
  const k = at - 1 - ctx.s.first;
  if (k < 2 || ctx.low[k] !== ',') return undefined;
  // "Donald Trump, while being interviewed on Fox and Friends, called …", "Obama, speaking in Hanoi, lifted …":
  // an adverbial or participial clause between the subject and its verb.
  for (let q = k - 1; q >= 1 && q >= k - 20; q--) {
    if (ctx.low[q] !== ',') continue;
    const opener = ctx.tokens[ctx.s.first + q + 1];
    // ("The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, claimed …": a name or a description set off.)
    if (SUBORDINATE_OPENER.test(ctx.low[q + 1]) || (opener.pos === 'VERB' && /ing$/.test(ctx.low[q + 1]) && ctx.low[q + 1] !== 'including')
      || /^(known|called|dubbed|named|based|led|backed|founded|formed)$/.test(ctx.low[q + 1])) return ctx.s.first + q - 1;
    break;
  }
  for (let q = k - 1; q >= 1 && q >= k - 30; q--) {
    const w = ctx.low[q];
    if (w === ';' || w === ':' || w === '.') return undefined;
    // (wink tags "which" a determiner before a verb it reads as a noun: "Israel, which views Iran as …,".)
    // ("Egypt, whose Suez Canal revenue has fallen by nearly half, urged": the owner is the subject.)
    if ((w === 'who' || w === 'which' || w === 'whose') && ctx.low[q - 1] === ',' && (ctx.tokens[ctx.s.first + q].pos === 'PRON' || w !== 'who')) return ctx.s.first + q - 2;
  }
  return undefined;
}

const SUBORDINATE_OPENER = /^(while|when|after|before|though|although|despite|since|once|until)$/;
/** A body or people its owner acts through ("whose party", "whose government", "whose leaders"). */
const OWNED_BODY = /^(party|organi[sz]ation|group|government|administration|company|firm|campaign|army|military|forces|troops|leaders|leadership|ministry|agency|movement|office|officials|fighters|militia|regime|allies|supporters|staff|team|committee|union|coalition)$/;

/** Whether token j is a hyphen inside a word ("state-sponsored", which wink splits in three), not a dash. */
function hyphenAt(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return !!t && t.text === '-' && j > 0 && doc.tokens[j - 1].end === t.start && doc.tokens[j + 1]?.start === t.end;
}
/** A dash as a word: the edge of an aside. */
const DASH_WORD = /^(?:-|–|—|--)$/;
/** Acts done in words that such a coordinated verb may be ("…, but accused the army of bombing civilians"). */
const ACT_IN_WORDS = /^(accus|urg|warn|call|den|condemn|critici[sz]|blam|demand|reject|dismiss|threaten|vow|pledg|ask|appeal)/;
const WARNED = new Set(['warned', 'warns', 'warning', 'threatened', 'threatens', 'vowed', 'vows']);
const CROWDS = /\b(protesters|protestors|demonstrators|crowds?|mobs?|rioters|supporters|students|activists|youths)$/i;

const BLOCKING = /^(block|blocks|blocked|blocking|veto|vetoes|vetoed|vetoing|stall|stalls|stalled|stalling|thwart|thwarted|derail|derailed)$/;
/** Whether a verb of blocking governs the noun at m, past its determiners and modifiers ("blocked a new EU aid package"). */
function blockedBefore(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  for (let j = m.first - 1; j >= ctx.s.first && j >= m.first - 9; j--) {
    const w = ctx.low[j - ctx.s.first];
    if (BLOCKING.test(w)) return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(doc.tokens[j].pos) || w === ',') return false;
  }
  return false;
}

/** Whether a warning or a threat opens the clause of match m ("Russia warned it would deploy missiles"). */
function warningBefore(ctx: SentenceCtx, m: Match): boolean {
  for (let j = m.first - 1; j >= ctx.s.first && j >= m.first - 10; j--) {
    const w = ctx.low[j - ctx.s.first];
    if (WARNED.has(w)) return true;
    if (w === ',' || w === ';' || w === '.') return false;
  }
  return false;
}
/**
 * "Turkey warned that protesters would be arrested": who warned, when the clause the threatened deed is
 * told in in the passive follows the warning ("that" or none between); their phrase, else null.
 */
function warnerOf(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Chunk | null {
  const { s } = ctx;
  let j = m.first - 1;
  // Back over the passive's subject and auxiliaries to the clause's start.
  while (j > s.first && j > m.first - 10 && !WARNED.has(ctx.low[j - s.first]) && !/^[,;.]$/.test(ctx.low[j - s.first])) j--;
  if (j <= s.first || !WARNED.has(ctx.low[j - s.first]) || doc.tokens[j].pos !== 'VERB') return null;
  const next = ctx.low[j + 1 - s.first];
  if (next !== 'that' && doc.tokens[j + 1]?.pos !== 'DET' && doc.tokens[j + 1]?.pos !== 'NOUN' && doc.tokens[j + 1]?.pos !== 'PROPN') return null;
  return subjectChunk(doc, ctx, j, actors);
}

/**
 * "Dagalo said his forces were ready for a ceasefire but accused the army of bombing civilians": an act in
 * words joined by "and"/"but" after a reported clause is the sayer's, not the reported clause's subject's.
 * The index of the verb of saying, or -1.
 */
function sayerOfCoordinated(doc: Doc, ctx: SentenceCtx, at: number): number {
  const { s } = ctx;
  const k = conjunctionBefore(doc, ctx, at);
  const verb = ctx.low[at - s.first];
  // (Any deed after ", and": "New Zealand said … had hacked its network in 2021, and summoned China's ambassador".)
  const afterComma = k > s.first && ctx.low[k - 1 - s.first] === ',';
  if (k < 0 || !(ACT_IN_WORDS.test(verb) || afterComma) || !/(ed|s)$/.test(verb) || doc.tokens[at].pos !== 'VERB') return -1;
  let finite = false;
  for (let j = k - 1; j > s.first; j--) {
    const w = ctx.low[j - s.first];
    // (Not across a dash, nor to a sayer inside quoted words or outside the ones the act is in: "- ''I love Oreos,''
    // he said, … - and vowed", "Klein said Clinton was “part of the effort to discredit these women and threaten …”";
    // but "said that the program had “no credible justification” and urged Tehran" urges after the marks close.)
    if (w === ';' || w === '.' || (DASH_WORD.test(w) && !hyphenAt(doc, j))) return -1;
    if (SPEECH.has(w) && doc.tokens[j].pos === 'VERB') return finite && quoteAt(doc, doc.tokens[j].start, true) === quoteAt(doc, doc.tokens[at].start, true) ? j : -1;
    // ("…, a day after JD Vance visited a base on the island and accused Copenhagen of neglecting it": joined to a verb
    // of a clause of its own, opened by "after", "when" …, and done by that clause's subject.)
    if (finite && !afterComma && CLAUSE_CONJUNCTIONS.has(w)) return -1;
    if (doc.tokens[j].pos === 'VERB' || doc.tokens[j].pos === 'AUX') finite = true;
  }
  return -1;
}

/**
 * "India on Wednesday blamed a militant group for an attack … that killed five soldiers, and suspended a treaty": a
 * verb after ", and" shares the subject of the sentence's first finite verb, not the phrase before the comma.
 * Returns that verb's index, or -1 (when a phrase stands between "and" and the verb, it is that clause's subject).
 */
function mainVerbJoinedBefore(doc: Doc, ctx: SentenceCtx, at: number): number {
  const { s } = ctx;
  // (Or the deed a verb there takes: ", and announced sanctions on a front company".)
  let v = at;
  if (doc.tokens[at].pos !== 'VERB') {
    v = at - 1;
    while (v > s.first && /^(DET|ADJ|NUM)$/.test(doc.tokens[v].pos)) v--;
    if (v <= s.first || doc.tokens[v].pos !== 'VERB') return -1;
  }
  // (Not a gerund in a list: "positions against Citizens United, in support of a surtax, and backing a crackdown".)
  const k = conjunctionBefore(doc, ctx, v);
  if (k < 0 || ctx.low[k - 1 - s.first] !== ',' || /ing$/.test(ctx.low[v - s.first])) return -1;
  // (After the dateline: "NEW DELHI (Reuters) — India … blamed …, and suspended a treaty".)
  const filed = datelineOf(doc).end;
  for (let j = s.first + 1; j < k - 1; j++) {
    const w = ctx.low[j - s.first];
    if (doc.tokens[j].start < filed) continue;
    if (w === ';' || w === ':' || (DASH_WORD.test(w) && !hyphenAt(doc, j))) return -1;
    if (doc.tokens[j].pos !== 'VERB' || /ing$/.test(w) || ctx.relative[j - s.first] || SPEECH.has(w) || hyphenAt(doc, j - 1)) continue;
    return j;
  }
  return -1;
}

/**
 * ", killing at least 20 people and torching dozens of homes": the participle set off by a comma that the one
 * at `at` is joined to by "and", whose doer it shares (not the people just killed), or -1.
 */
function participleJoinedBefore(doc: Doc, ctx: SentenceCtx, at: number): number {
  const { s } = ctx;
  const k = at - s.first;
  if (!/ing$/.test(ctx.low[k]) || ctx.low[k - 1] !== 'and') return -1;
  for (let j = k - 2; j >= 1 && j >= k - 14; j--) {
    const w = ctx.low[j];
    if (w === ';' || w === ':' || /^[“”"]$/.test(w)) return -1;
    const t = doc.tokens[s.first + j];
    if (t.pos === 'VERB' || t.pos === 'AUX') return /ing$/.test(w) && ctx.low[j - 1] === ',' ? s.first + j : -1;
  }
  return -1;
}

/**
 * "Speaking to reporters on a trip to India, Starmer said …", "While declining to go into specifics, Tamargo
 * insisted …": in a phrase that opens the sentence with a participle, up to its comma, the doer is the subject
 * after the comma.
 */
function openingParticipleSubject(doc: Doc, ctx: SentenceCtx, at: number): Chunk | null {
  const { s } = ctx;
  const k = at - s.first;
  const opens = (doc.tokens[s.first].pos === 'VERB' && /^[a-z]+ing$/.test(ctx.low[0]) && ctx.low[0] !== 'according')
    || (/^(after|before|while|on|upon|when)$/.test(ctx.low[0]) && /^[a-z]+ing$/.test(ctx.low[1] ?? ''));
  if (!opens || k < 1) return null;
  // (A noun's doer is the opener's only where the noun is the scene the opener is in: "on a trip to India",
  // "Emerging from a meeting with Obama"; not "Claiming the criticism of Lauer is designed to …".)
  if (doc.tokens[at].pos !== 'VERB') {
    let f = k;
    while (f > 0 && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(doc.tokens[s.first + f - 1].pos) && !/^[,;]$/.test(ctx.low[f - 1])) f--;
    if (!/^(on|during|from|after|at|in|to)$/.test(ctx.low[f - 1] ?? '')) return null;
  }
  for (let j = 1; j < k; j++) if (ctx.low[j] === ',' || /^[“”"]$/.test(ctx.low[j])) return null;
  let comma = -1;
  for (let j = k + 1; j < ctx.low.length && comma < 0; j++) {
    const w = ctx.low[j];
    if (w === ';' || w === ':' || /^[“”"]$/.test(w)) return null;
    if (w === ',') comma = j;
  }
  if (comma < 0) return null;
  const ci = ctx.chunkAt[comma + 1];
  const c = ci >= 0 ? ctx.chunks[ci] : null;
  if (!c || c.first !== s.first + comma + 1 || c.last >= s.last) return null;
  return /^(VERB|AUX)$/.test(doc.tokens[c.last].pos) ? c : null;
}

/** Things written or shown that say what their issuer does ("a statement calling on", "ads supporting Rubio"). */
const WRITTEN_THING = /^(statements?|letters?|papers|articles?|ads?|adverts?|advertisements?|commercials?|posts?|videos?|reports?|resolutions?|bills?|laws?|measures?|petitions?|lawsuits?|suits?|complaints?|motions?|op-eds?|memos?|messages?|tweets?|television|tv|media|radio|ground|tower|speech|remarks|comments?|campaign|filings?)$/;

/** -ing words that name a deed as a noun after whom or where it touched ("the Van Dyke shooting in Chicago"). */
const DEED_NOUN_ING = /^(shooting|shootings|bombing|bombings|killing|killings|stabbing|beating|hanging|kidnapping|hijacking|shelling|uprising|meeting|hearing|briefing|sentencing|funding)$/;

/** Words that open a clause as well as a prepositional phrase. */
const CLAUSE_CONJUNCTIONS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'once', 'when']);

/** The phrase acting as subject of the trigger: the nearest phrase to its left that is not inside a prepositional phrase or an object. */
function subjectChunk(doc: Doc, ctx: SentenceCtx, at: number, actors: ActorResolver, participles = true): Chunk | null {
  const { s } = ctx;
  const purpose = purposeOwner(doc, ctx, at);
  if (purpose !== undefined) return purpose;
  const said = sayerOfCoordinated(doc, ctx, at);
  if (said >= 0) return subjectChunk(doc, ctx, said, actors, participles);
  const main = mainVerbJoinedBefore(doc, ctx, at);
  if (main >= 0) {
    const c = subjectChunk(doc, ctx, main, actors, participles);
    if (c && actors.resolve(c, ctx.index)) return c;
  }
  const partner = participleJoinedBefore(doc, ctx, at);
  if (partner >= 0) return subjectChunk(doc, ctx, partner, actors, participles);
  const leading = openingParticipleSubject(doc, ctx, at);
  if (leading) return leading;
  // ("had targeted logistics companies supplying aid to Ukraine": an -ing word right after a noun says what
  // that noun does, not what the sentence's subject does.)
  const ki = at - s.first;
  // (Not a statement or a letter "calling on" anyone, which its issuer wrote; nor "the Orlando shooting", a noun.)
  if (ki > 0 && ctx.relative[ki] && doc.tokens[at].pos === 'VERB' && /ing$/.test(ctx.low[ki]) && /^(NOUN|PROPN)$/.test(doc.tokens[at - 1].pos)
    && /^(DET|NOUN|PROPN|ADP|PRON|NUM|ADJ|PART)$/.test(doc.tokens[at + 1]?.pos ?? '') && !WRITTEN_THING.test(ctx.low[ki - 1]) && !DEED_NOUN_ING.test(ctx.low[ki])) {
    const ci = ctx.chunkAt[ki - 1];
    const c = ci >= 0 ? ctx.chunks[ci] : null;
    if (c && c.last === at && actors.resolve(c, ctx.index)) return c;
  }
  // "They are going to people, showing videos of Donald Trump …, in order to recruit more jihadists":
  // the purpose is the clause subject's, not that of the last name before it.
  const k = at - s.first;
  if (k >= 3 && ctx.low[k - 1] === 'to' && ((ctx.low[k - 2] === 'order' && ctx.low[k - 3] === 'in') || (ctx.low[k - 2] === 'as' && ctx.low[k - 3] === 'so'))) {
    return clauseSubject(doc, ctx, at - 2, actors);
  }
  // "He has injected drama into talks with Japan, Canada and Mexico, publicly threatening them": a
  // participle set off by a comma is done by the clause's subject, not by the phrase before the comma.
  const after = participles && participleAfterComma(doc, ctx, at);
  // ("Hundreds of pagers used by members of Hezbollah exploded …, killing 12": what explodes does not kill as
  // anyone's agent, and whose device it was is no actor.)
  if (after && exploded(doc, ctx, at)) return null;
  const opener = after ? clauseSubject(doc, ctx, at, actors) : null;
  if (opener) return opener;
  let j = relativeClauseBefore(ctx, at) ?? at - 1;
  // ("Sen. Kirsten Gillibrand (D-N.Y.) backed the plan": a bracketed party and state after a name is no subject.)
  if (doc.tokens[j]?.text === ')') {
    let o = j - 1;
    while (o > s.first && o > j - 10 && doc.tokens[o].text !== '(') o--;
    if (doc.tokens[o].text === '(') j = o - 1;
  }
  let sawVerb = false;
  // ("Police said the gunmen emerged from a forest and opened fire": a plain noun opening the reported clause
  // is the subject of the verbs joined to its own; the walk stops there rather than reach the sayer.)
  let reportedSubject: Chunk | null = null;
  const joined = doc.tokens[at].pos === 'VERB' && conjunctionBefore(doc, ctx, at) >= 0;
  while (j >= s.first) {
    const t = doc.tokens[j];
    const w = ctx.low[j - s.first];
    if (w === ';') return null;
    if (reportedSubject && joined && t.pos === 'VERB' && SPEECH.has(w)) return reportedSubject;
    if (REL.has(w) && t.pos === 'PRON') {
      // "Sharon, who has vowed": the subject is what the relative pronoun stands for ("Rep. Joe Wilson, a
      // Republican who has long pushed …, welcomed": the name its description is set beside).
      let p = j - 1;
      while (p >= s.first && doc.tokens[p].text === ',') p--;
      let ci = p >= s.first ? ctx.chunkAt[p - s.first] : -1;
      // ("an RNC committeewoman from Nevada who openly supports Trump": "who" is a person, not the place or the state
      // a phrase after a preposition names; the phrase before it is. A board, a party's members may be "who".)
      if (ci >= 0 && w === 'who' && isInPP(doc, ctx.chunks[ci], s.first)) {
        const there = actors.resolve(ctx.chunks[ci], ctx.index);
        const q = ctx.chunks[ci].first - 2;
        const outer = q >= s.first ? ctx.chunkAt[q - s.first] : -1;
        if (outer >= 0 && there?.kind === 'country' && there.end >= doc.tokens[ctx.chunks[ci].last - 1].end) {
          // ("said Norm Coleman, the former senator from Minnesota who is supporting Mr. Rubio": the person the
          // description is set beside, when a comma sets it off.)
          const c0 = ctx.chunks[outer];
          const n = c0.first - 2 >= s.first && ctx.low[c0.first - 1 - s.first] === ',' ? ctx.chunkAt[c0.first - 2 - s.first] : -1;
          const name = n >= 0 ? ctx.chunks[n] : null;
          if (name && name.last === c0.first - 1 && doc.tokens[name.last - 1].pos === 'PROPN' && actors.resolve(name, ctx.index)?.kind === 'person') return name;
          ci = outer;
        }
      }
      return ci >= 0 ? namedBefore(doc, ctx, ctx.chunks[ci], actors) ?? ctx.chunks[ci] : null;
    }
    const ci = ctx.chunkAt[j - s.first];
    // ("said Sahra Wagenknecht, whose party opposes arms deliveries", "Iran, whose leaders have called for …": what
    // the owner's party, body or leaders do, its owner does; not "whose son Tamir was killed".)
    if (ci >= 0 && ctx.low[ctx.chunks[ci].first - s.first] === 'whose' && OWNED_BODY.test(ctx.low[ctx.chunks[ci].last - 1 - s.first])
      && ctx.chunks[ci].first - 2 >= s.first && ctx.low[ctx.chunks[ci].first - 1 - s.first] === ',') {
      const oi = ctx.chunkAt[ctx.chunks[ci].first - 2 - s.first];
      if (oi >= 0 && actors.resolve(ctx.chunks[oi], ctx.index)) return ctx.chunks[oi];
    }
    if (ci >= 0) {
      // "Qatar mediated talks between …", "Clinton blasts Trump": a verb the tagger read inside a noun
      // phrase ends the subject ("Paris attacks test Clinton's strategy" stays whole).
      const c = ctx.chunks[ci].last > at + 1 && verbInPhrase(doc, at) ? { first: ctx.chunks[ci].first, last: at } : ctx.chunks[ci];
      const before = c.first > s.first ? doc.tokens[c.first - 1] : null;
      let inPP = isInPP(doc, c, s.first) || placeQualifier(doc, ctx, c, actors);
      // "fewer gallons than Congress had demanded", "than Mr. Trump's vows": after "than", the phrase right before the deed is its subject.
      if (inPP && before?.text.toLowerCase() === 'than' && adjacentBefore(doc, c.last, at)) inPP = false;
      // "Thousands of Nigerians", "A group of Chechen refugees": the group after "of" is the subject.
      if (inPP && before?.text.toLowerCase() === 'of' && c.first - 2 >= s.first) {
        const q = doc.tokens[c.first - 2];
        if (q.pos === 'NUM' || QUANTITY.test(q.text)) inPP = false;
      }
      const nextTok = nextWordPos(doc, c.last, s.last);
      // ("a day after gunmen killed 26 people": a conjunction's clause has its subject right before its verb.)
      if (inPP && before !== null && CLAUSE_CONJUNCTIONS.has(before.text.toLowerCase()) && nextTok !== null && (nextTok === doc.tokens[at] || nextTok.pos === 'AUX')) inPP = false;
      // "believe Iran could send": a verb of saying or thinking takes a clause whose subject this is.
      const startsClause = nextTok !== null && (nextTok.pos === 'AUX' || nextTok.pos === 'VERB') && before !== null && CLAUSE_VERBS.test(before.text);
      // ("targets only militants": an adverb may stand between a verb and its object; so may the marks of a quoted
      // verb, "“firmly opposes” the U.S. arms sale".)
      let v = c.first - 1;
      if (v > s.first + 1 && MARKS.has(ctx.low[v - s.first]) && doc.tokens[v - 1].pos === 'VERB' && (doc.tokens[v - 2].pos === 'ADV' || MARKS.has(ctx.low[v - 2 - s.first]) && /^(PROPN|NOUN|PRON)$/.test(doc.tokens[v - 3]?.pos ?? ''))) v--;
      while (v > s.first && doc.tokens[v].pos === 'ADV' && /^(only|also|even|just|mainly|mostly|largely|primarily|chiefly|solely|exclusively)$/.test(ctx.low[v - s.first])) v--;
      // ("had shot down two Indian jets and captured …": a phrasal verb's particle, and its verb read as a noun after "had".)
      if (v > s.first && /^(down|up|out|off|back)$/.test(ctx.low[v - s.first])) v--;
      // ("inspected a new nuclear submarine": an adjective the tagger read as an adverb, after the phrase's article.)
      if (v > s.first + 1 && doc.tokens[v].pos === 'ADV' && doc.tokens[v - 1].pos === 'DET') v -= 2;
      const verbBefore = v >= s.first ? doc.tokens[v] : null;
      const verbish = verbBefore !== null && (verbBefore.pos === 'VERB' || (verbBefore.pos === 'NOUN' && v - 1 >= s.first && HAVE.has(ctx.low[v - 1 - s.first])));
      const objectOfVerb = verbish && !SPEECH.has(verbBefore.text.toLowerCase()) && v > s.first && !startsClause;
      const timeLike = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend|morning|evening|night|time)s?$/i.test(doc.tokens[c.last - 1].text);
      // ("Washington last month imposed sanctions": the tagger's one phrase holds the subject and a time after it.)
      if (timeLike && !inPP && !objectOfVerb && c.last - c.first >= 3 && /^(last|this|next|earlier|late|early)$/.test(ctx.low[c.last - 2 - s.first]) && adjacentBefore(doc, c.last, at)) {
        const named = { first: c.first, last: c.last - 2 };
        if (actors.resolve(named, ctx.index)) return named;
      }
      // ("Imamoglu, Erdogan's main rival, denies": the name an apposition describes, not the owner inside it.)
      const apposed = !inPP && !objectOfVerb && !timeLike && c.last <= at ? namedBefore(doc, ctx, c, actors) : null;
      if (apposed) return apposed;
      if (!inPP && !objectOfVerb && !timeLike && actors.resolve(c, ctx.index)) return c;
      if (!inPP && !objectOfVerb && !timeLike && !sawVerb && doc.tokens[c.last - 1].pos !== 'NUM') {
        // A plain noun subject ("The forum") that names no actor: stop rather than reach past it.
        const next = nextWordPos(doc, c.last, s.last);
        // (Not a plan an infinitive follows, "has no plans to send", nor a predicate's adjective, "is unlikely to
        // invade": the deed is the subject's; "it's easy to criticize" has none.)
        const planTo = ctx.low[c.last - s.first] === 'to' && (PURPOSE_NOUNS.has(ctx.low[c.last - 1 - s.first])
          || (c.last - c.first === 1 && doc.tokens[c.first].pos === 'ADJ' && BE.has(ctx.low[c.first - 1 - s.first] ?? '') && !/^(it|this|that)$/.test(ctx.low[c.first - 2 - s.first] ?? '')));
        if (next && (next.pos === 'VERB' || next.pos === 'AUX') && c.last <= at && !planTo) return c;
        // ("an attack on a state-owned aerospace company near Ankara killed five people": a deed with its
        // phrases is the subject; whoever the sentence named before did not do it.)
        if (DEED_SUBJECT.test(ctx.low[c.last - 1 - s.first]) && c.last <= at && !verbBetween(doc, c.last, at) && opensClause(ctx, c.first)) return c;
      }
      if (!inPP && !objectOfVerb && !timeLike && sawVerb && opensClause(ctx, c.first) && doc.tokens[c.last - 1].pos === 'NOUN') {
        const next = nextWordPos(doc, c.last, s.last);
        reportedSubject = next && (next.pos === 'VERB' || next.pos === 'AUX') ? c : null;
      }
      j = c.first - 1;
      continue;
    }
    if (t.pos === 'VERB' && !SPEECH.has(w)) sawVerb = true;
    j--;
  }
  return null;
}

/** The "and"/"but" right before the word at `at` (adverbs between), or -1: "… and then opened fire". */
function conjunctionBefore(doc: Doc, ctx: SentenceCtx, at: number): number {
  let k = at - 1;
  while (k > ctx.s.first && doc.tokens[k].pos === 'ADV') k--;
  return k > ctx.s.first && /^(and|but)$/.test(ctx.low[k - ctx.s.first]) ? k : -1;
}

/** Nouns of a deed that can be the subject of its toll ("an attack … killed five people"). */
const DEED_SUBJECT = /^(attacks?|strikes?|air ?strikes?|bombings?|blasts?|explosions?|shelling|raids?|ambush(es)?|shootings?)$/;

/**
 * Whether a verb, an auxiliary or a conjunction stands in [from, to), not counting half of a hyphenated word
 * ("state-owned"): the phrase before `from` is then no subject of the word at `to`.
 */
function verbBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if ((t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ') && doc.tokens[k - 1]?.text !== '-') return true;
  }
  return false;
}

/** Whether a noun phrase starting at `from` is followed by a finite verb: the subject of a clause ("after the United States vetoed it"). */
function finiteVerbAfterPhrase(doc: Doc, ctx: SentenceCtx, from: number): boolean {
  let k = from;
  while (k < ctx.s.last && k < from + 6 && /^(DET|ADJ|PROPN|NOUN|NUM)$/.test(doc.tokens[k].pos)) k++;
  if (k === from || k >= ctx.s.last) return false;
  const t = doc.tokens[k];
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(ctx.low[k - ctx.s.first]));
}

/** Words after which a clause, and its subject, begins ("hours after an attack … killed"), besides a verb of saying ("said an explosion … killed"). */
const CLAUSE_OPENERS = new Set([',', ':', 'after', 'before', 'when', 'since', 'until', 'because', 'while', 'although', 'though', 'if', 'that']);
/** Whether the phrase starting at token `first` opens its clause: the sentence's first words, or after CLAUSE_OPENERS or SPEECH. */
function opensClause(ctx: SentenceCtx, first: number): boolean {
  const before = ctx.low[first - 1 - ctx.s.first];
  return first === ctx.s.first || CLAUSE_OPENERS.has(before) || SPEECH.has(before);
}

/**
 * Whether the verb at `at` is a present participle set off by a comma (perhaps after an adverb) that
 * takes an object: not a progressive ("is, in fact, appealing"), nor a noun ("the shooting of …").
 */
function participleAfterComma(doc: Doc, ctx: SentenceCtx, at: number): boolean {
  const { s } = ctx;
  if (doc.tokens[at]?.pos !== 'VERB' || !/ing$/.test(ctx.low[at - s.first])) return false;
  const next = at + 1 < s.last ? ctx.low[at + 1 - s.first] : '';
  if (!next || next === 'of' || /^[,.;:!?]$/.test(next)) return false;
  let k = at - 1;
  if (k > s.first && doc.tokens[k].pos === 'ADV' && /ly$/.test(ctx.low[k - s.first])) k--;
  if (k <= s.first || ctx.low[k - s.first] !== ',') return false;
  // A parenthesis closed by this comma after an auxiliary: "Trump is, in fact, appealing to …".
  for (let p = k - 1; p > s.first && p > k - 6; p--) {
    if (ctx.low[p - s.first] === ',') return doc.tokens[p - 1].pos !== 'AUX';
  }
  return true;
}

/** Whether the clause before the participle at `at` tells that something exploded ("a bomb exploded in a market, killing"). */
function exploded(doc: Doc, ctx: SentenceCtx, at: number): boolean {
  for (let j = at - 2; j > ctx.s.first; j--) {
    const t = doc.tokens[j];
    const w = ctx.low[j - ctx.s.first];
    if (t.pos === 'VERB' && !/ing$/.test(w) && /^(exploded|explodes|detonated|blew|went)$/.test(w)) return w === 'blew' || w === 'went' ? /^(up|off)$/.test(ctx.low[j + 1 - ctx.s.first] ?? '') : true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(w) && !/(ed|en)$/.test(w))) return false;
  }
  return false;
}

/**
 * The subject of the clause a participle set off by a comma belongs to: the subject of the nearest
 * finite verb before it (not one inside a quotation); null when there is none or it names no actor.
 */
function clauseSubject(doc: Doc, ctx: SentenceCtx, at: number, actors: ActorResolver): Chunk | null {
  const { s } = ctx;
  for (let j = at - 2; j > s.first; j--) {
    const t = doc.tokens[j];
    const w = ctx.low[j - s.first];
    if (/^[“”"]$/.test(w) || w === ';') return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (/ing$/.test(w) || SPEECH.has(w)) continue;
    // A participle inside a phrase ("those killed in the massacre") is no clause's verb; one after its auxiliary is,
    // and so is one after a noun that takes an object ("militants ambushed an army convoy …, killing").
    const takesObject = doc.tokens[j - 1].pos === 'NOUN' && /^(DET|NUM)$/.test(doc.tokens[j + 1]?.pos ?? '');
    if (t.pos === 'VERB' && /(ed|en)$/.test(w) && doc.tokens[j - 1].pos !== 'AUX' && doc.tokens[j - 1].pos !== 'PRON' && doc.tokens[j - 1].pos !== 'PROPN' && !takesObject) continue;
    let v = j;
    while (v - 1 > s.first && doc.tokens[v - 1].pos === 'AUX') v--;
    // A relative clause's verb ("leaders who have supported unity since the 1950s, pushing for …") leaves it open whose deed it is.
    if (ctx.relative[v - s.first]) return null;
    const c = subjectChunk(doc, ctx, v, actors, false);
    // "The fact that the Nusra Front was not a party …, allowing …": the subject of a "that" clause is not the
    // main clause's; nor is that of a comparison ("more leeway than Cleveland is, allowing …").
    if (c && c.first > s.first && /^(that|than)$/.test(ctx.low[c.first - 1 - s.first])) return null;
    return c && actors.resolve(c, ctx.index) ? c : null;
  }
  return null;
}

/** "in Benghazi, Libya,": the state or country after a place in a prepositional phrase is in it too. */
function placeQualifier(doc: Doc, ctx: SentenceCtx, c: Chunk, actors: ActorResolver): boolean {
  const { s } = ctx;
  if (c.first - 2 < s.first || doc.tokens[c.first - 1].text !== ',' || c.last - c.first > 2 || doc.tokens[c.last - 1].pos !== 'PROPN') return false;
  // It closes with its own comma ("in Benghazi, Libya, have filed"); "to Eritrea, Ethiopia continues" starts the clause.
  if (c.last >= s.last || !/^[,;:)—–-]$/.test(doc.tokens[c.last].text)) return false;
  const ci = ctx.chunkAt[c.first - 2 - s.first];
  if (ci < 0) return false;
  const place = ctx.chunks[ci];
  if (place.last !== c.first - 1 || doc.tokens[place.last - 1].pos !== 'PROPN' || !isInPP(doc, place, s.first)) return false;
  return actors.resolve(c, ctx.index)?.kind === 'country' && actors.resolve(place, ctx.index)?.kind === 'country';
}

/**
 * "Bush, Florida's former governor, attacked …": the description between commas stands beside the
 * name before it, which is the subject.
 */
function namedBefore(doc: Doc, ctx: SentenceCtx, c: Chunk, actors: ActorResolver): Chunk | null {
  const { s } = ctx;
  const head = doc.tokens[c.last - 1];
  // (wink may tag the head an adjective: "Erdogan's main rival"; "Rep. Joe Wilson, a Republican, welcomed":
  // a party's or a people's word after "a" describes too.)
  const described = /^an?$/.test(ctx.low[c.first - s.first]) && head.pos === 'PROPN';
  if (!described && ((head.pos !== 'NOUN' && head.pos !== 'ADJ') || !/^\p{Ll}/u.test(head.text))) return null;
  // ("Imamoglu, the mayor of Istanbul, denied", "Imamoglu, Erdogan's main rival, denies": the phrase set off by
  // commas may hold a place after it or an owner before it; "…, a Republican who has long pushed for tougher
  // measures, welcomed": a relative clause after its head.)
  const open = appositionEdge(doc, ctx, c.first - 1, -1);
  const edge = appositionEdge(doc, ctx, c.last, 1);
  const close = edge >= 0 ? edge : relativeClauseEnd(ctx, c.last);
  if (open < 0 || close < 0 || open - 1 < s.first) return null;
  const ci = ctx.chunkAt[open - 1 - s.first];
  if (ci < 0) return null;
  const name = ctx.chunks[ci];
  if (name.last !== open || doc.tokens[name.last - 1].pos !== 'PROPN' || isInPP(doc, name, s.first)) return null;
  return actors.resolve(name, ctx.index) ? name : null;
}

/** The comma that closes a relative clause opening at token `from` ("who has long pushed for tougher measures,"), or -1. */
function relativeClauseEnd(ctx: SentenceCtx, from: number): number {
  if (from >= ctx.s.last || !/^(who|whose)$/.test(ctx.low[from - ctx.s.first])) return -1;
  for (let j = from + 1; j < ctx.s.last && j <= from + 14; j++) if (ctx.low[j - ctx.s.first] === ',') return j;
  return -1;
}

/** Words an apposition's noun phrase may hold around its head: a possessive's owner before, a place's phrase after. */
const APPOSITION_POS = /^(DET|ADJ|NOUN|PROPN|PART|ADP|NUM)$/;

/**
 * The comma that opens (dir -1, from token `from` back) or closes (dir 1, from `from` on) an apposition around a
 * phrase, over at most six words of a noun phrase, or -1.
 */
function appositionEdge(doc: Doc, ctx: SentenceCtx, from: number, dir: -1 | 1): number {
  for (let j = from, n = 0; j >= ctx.s.first && j < ctx.s.last && n <= 6; j += dir, n++) {
    const t = doc.tokens[j];
    if (t.text === ',') return j;
    if (!APPOSITION_POS.test(t.pos) && !/^['’]s?$/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * Whether a clause with its own subject and verb opens at token i: a phrase (or phrases joined by "and", "U.S. and
 * Britain") and a finite verb or an auxiliary right after it.
 */
function clauseOpensAt(doc: Doc, ctx: SentenceCtx, i: number): boolean {
  const ci = i < ctx.s.last ? ctx.chunkAt[i - ctx.s.first] : -1;
  if (ci < 0 || ctx.chunks[ci].first !== i) return false;
  let after = ctx.chunks[ci].last;
  while (after + 1 < ctx.s.last && ctx.low[after - ctx.s.first] === 'and') {
    const next = ctx.chunkAt[after + 1 - ctx.s.first];
    if (next < 0 || ctx.chunks[next].first !== after + 1) break;
    after = ctx.chunks[next].last;
  }
  return after < ctx.s.last && (doc.tokens[after].pos === 'AUX' || (doc.tokens[after].pos === 'VERB' && !/ing$/.test(ctx.low[after - ctx.s.first])));
}
/** Words that join two clauses of their own. */
const CLAUSE_JOINERS = /^(and|but)$/;
/**
 * Joiners that keep a context side in its own clause: besides "and" and "but", a clause told beside the deed ("as",
 * "while", "whereas") names another side's deed, though often the place of this one, which is why places keep to
 * CLAUSE_JOINERS ("punched … as officers were leading him out of a rally in Fayetteville"). (Not "after" or
 * "because": what a deed answers names its other side.)
 */
const SIDE_CLAUSE_JOINERS = /^(and|but|as|while|whereas)$/;
/** Whether a joining word between tokens [from, to) opens such a clause. */
function newClauseBetween(doc: Doc, ctx: SentenceCtx, from: number, to: number, joiners = CLAUSE_JOINERS): boolean {
  for (let j = from; j < to; j++) if (joiners.test(ctx.low[j - ctx.s.first]) && clauseOpensAt(doc, ctx, j + 1)) return true;
  return false;
}
/** Whether a phrase is in a preposition's phrase after a verb of its clause ("host talks in Beijing"), not "Leaders of France". */
function placeOfClauseBefore(doc: Doc, ctx: SentenceCtx, c: Chunk): boolean {
  if (!isInPP(doc, c, ctx.s.first)) return false;
  for (let j = c.first - 2; j >= ctx.s.first; j--) if (doc.tokens[j].pos === 'VERB' && !/ing$/.test(ctx.low[j - ctx.s.first])) return true;
  return false;
}
/** Whether a phrase stands right after a finite verb as its object ("attacked Kharkiv"), not after "including" or "said". */
function objectOfFiniteVerb(doc: Doc, ctx: SentenceCtx, c: Chunk): boolean {
  const v = c.first - 1;
  // (Not a name's word the tagger read as a verb: "contenders Ted Cruz and John Kasich".)
  // (Nor the subject of words said or thought: "said US and British forces must ensure security".)
  return v > ctx.s.first && doc.tokens[v].pos === 'VERB' && !/ing$/.test(ctx.low[v - ctx.s.first])
    && !SPEECH.has(ctx.low[v - ctx.s.first]) && !CLAUSE_VERBS.test(doc.tokens[v].text)
    && !mentionWhere(doc, (x) => x.start <= doc.tokens[v].start && x.end >= doc.tokens[v].end);
}
/** Extends a phrase to the phrases coordinated with it: "Jordan and Britain", "Congo and Costa Rica". */
function coordinated(doc: Doc, ctx: SentenceCtx, c: Chunk, actors: ActorResolver, dir: -1 | 1): Chunk[] {
  const out = [c];
  // "… attacked the committee and she accused …": a subject pronoun after "and" opens a clause of its own.
  if (dir === -1 && c.last - c.first === 1 && SUBJECT_PRONOUNS.has(ctx.low[c.first - ctx.s.first])) return out;
  let cur = c;
  let joined = false;
  for (let n = 0; n < 4; n++) {
    const sep = dir === 1 ? cur.last : cur.first - 1;
    if (sep < ctx.s.first || sep >= ctx.s.last) break;
    const w = ctx.low[sep - ctx.s.first];
    if (w !== 'and' && w !== ',' && w !== 'or') break;
    let k = dir === 1 ? sep + 1 : sep - 1;
    if (w === ',' && k >= ctx.s.first && k < ctx.s.last && ctx.low[k - ctx.s.first] === 'and') k += dir;
    else if (w === ',' && dir === -1 && joined) {
      // Leftwards the list's "and" is already behind: "Britain, France and Germany" from Germany.
    } else if (w === ',') {
      // A comma joins a list ("Romania, Poland and Hungary") only when an "and" follows the next phrase.
      const ci2 = k >= ctx.s.first && k < ctx.s.last ? ctx.chunkAt[k - ctx.s.first] : -1;
      const endTok = ci2 >= 0 ? (dir === 1 ? ctx.chunks[ci2].last : ctx.chunks[ci2].first - 1) : -1;
      const closer = endTok >= ctx.s.first && endTok < ctx.s.last ? ctx.low[endTok - ctx.s.first] : '';
      // (A headline joins two names with a comma alone: "India, China Agree to Disengage Troops".)
      const headlinePair = dir === -1 && n === 0 && ci2 >= 0 && ctx.chunks[ci2].first === ctx.s.first && (titled(ctx) || unstopped(ctx));
      if (closer !== 'and' && closer !== ',' && closer !== 'or' && !headlinePair) break;
    }
    if (k < ctx.s.first || k >= ctx.s.last) break;
    const ci = ctx.chunkAt[k - ctx.s.first];
    if (ci < 0) break;
    const next = ctx.chunks[ci];
    if (!actors.resolve(next, ctx.index)) break;
    if (w === ',' && dir === -1 && joined && isInPP(doc, next, ctx.s.first)) break;
    // ("Russia attacked Kharkiv and Ukraine struck Belgorod": the object of a verb before is no part of the subject
    // of the next clause's verb; "including Trump and Cruz" lists on.)
    // ("Xi will host talks in Beijing and Putin will travel to Delhi": nor a place of the clause before.)
    if (dir === -1 && w === 'and' && n === 0 && (objectOfFiniteVerb(doc, ctx, next) || placeOfClauseBefore(doc, ctx, next)) && c.last < ctx.s.last && /^(VERB|AUX)$/.test(doc.tokens[c.last].pos)) break;
    // ("evacuated staff from Goma, and the United Nations said …": a phrase after ", and" with a verb of its own opens a clause.)
    if (dir === 1 && w === ',' && next.last < ctx.s.last && /^(VERB|AUX)$/.test(doc.tokens[next.last].pos)) break;
    out.push(next);
    if (w !== ',') joined = true;
    cur = next;
  }
  return dir === 1 ? out : out.reverse();
}

/** Places a deed named after them struck: "the Kosovo monastery attack", "the U.S. embassy bombing". */
const STRUCK_PLACES = /^(monastery|church|mosque|synagogue|temple|school|hospital|embassy|consulate|mall|nightclub|club|base|camp|market|bridge|port|airport|station|office|headquarters|parliament|village|hotel|stadium|checkpoint|convoy|pipeline|refinery)$/;
/** Participles that qualify a noun before it: "suspected spies", "alleged militants". */
const ATTRIBUTIVE_PARTICIPLES = /^(suspected|alleged|purported|presumed|self-styled|masked)$/;
/** The first phrase after the trigger that names an actor: the direct object or one in a preposition the entry allows. */
function objectChunk(doc: Doc, ctx: SentenceCtx, from: number, preps: string[], actors: ActorResolver, allowDirect: boolean, notSide?: (c: Chunk) => boolean): Chunk | null {
  const { s } = ctx;
  let seen = 0;
  let scareEnd = -1;
  let otherPP: Chunk | null = null;
  for (let j = from; j < s.last && j < from + 14; j++) {
    const w = ctx.low[j - s.first];
    if (j === scareEnd) continue;
    // "the so-called “rebels”": tokenized "so - called", no verb of a clause, and its marks are scare quotes.
    if (w === 'so' && ctx.low[j + 1 - s.first] === '-' && ctx.low[j + 2 - s.first] === 'called') {
      j += 2;
      scareEnd = scareQuoteEnd(doc, ctx, j + 1);
      if (scareEnd > j) j++;
      continue;
    }
    if (CLAUSE_BREAK.has(w) || w === ';') return null;
    // ("closing the border crossing, a day after gunmen killed …": a background clause set off by a comma holds
    // none of the deed's phrases; "sued after Ohio eliminated …" may name its side in one.)
    if (w === ',' && backgroundAfterComma(ctx, j - s.first) && !ctx.background[from - 1 - s.first]) return null;
    // ("executed prisoners, an accusation Moscow denied": what the clause is called, and who answers it, set off after it.)
    if (w === ',' && seen > 0 && CLAUSE_CALLED.test(doc.text.slice(doc.tokens[j].start, doc.tokens[j].start + 60))) return null;
    // ("condemned the launch, calling it a threat to peace": what is named there is the thing just named.)
    if (w === ',' && seen > 0 && /^(calling|describing|labell?ing|terming|branding|dubbing)$/.test(ctx.low[j + 1 - s.first] ?? '')) return null;
    // ("arrested two suspected Russian spies": a participle the tagger read as a verb, inside the phrase.)
    if (seen > 0 && doc.tokens[j].pos === 'VERB' && !/ing$/.test(w) && !(ATTRIBUTIVE_PARTICIPLES.test(w) && /^(PROPN|NOUN|ADJ)$/.test(doc.tokens[j + 1]?.pos ?? ''))) return null;
    if ((doc.tokens[j].pos === 'SCONJ' && w !== 'that') || /^(until|unless|because|while|although|though|whereas)$/.test(w)) return null;
    // ("called for a ceasefire after Russia vetoed it": past the object, a clause of when has a subject of its own;
    // "sued after Ohio eliminated …" may name its side there, and "after talks" is no clause.)
    if (seen > 0 && /^(after|before|since|once)$/.test(w) && finiteVerbAfterPhrase(doc, ctx, j + 1)) return null;
    if ((REL.has(w) && doc.tokens[j].pos === 'PRON') || (w === ',' && SPEECH.has(ctx.low[j + 1 - s.first] ?? ''))) return null;
    // ("rejected claims that Russian troops …": who a claim names is not whom its rejection is aimed at.)
    if (w === 'that' && j > from && CLAIM_NOUNS.test(ctx.low[j - 1 - s.first])) return null;
    if (w === ',' && j + 1 < s.last && isSpeechTail(ctx, j + 1)) return null;
    // "hacked into the committee's computers and she accused …": a new clause, with its own subject.
    if ((w === 'and' || w === 'but') && j + 1 < s.last && (THIRD_PERSON_SUBJECTS.has(ctx.low[j + 1 - s.first]) || clauseOpensAt(doc, ctx, j + 1))) return null;
    const ci = ctx.chunkAt[j - s.first];
    if (ci < 0) continue;
    // "Clinton blasts Trump", "Qatar mediated talks": the rest of a phrase the trigger is inside (a verb
    // the tagger read as a noun or adjective) is its direct object.
    const c = ctx.chunks[ci].first < from && verbInPhrase(doc, from - 1) ? { first: from, last: ctx.chunks[ci].last } : ctx.chunks[ci];
    const before = c.first > s.first ? ctx.low[c.first - 1 - s.first] : '';
    const inPP = isInPP(doc, c, s.first);
    // (A noun's "of" comes before any verb but its own infinitive's: "the hack of the DNC", "an invitation to attend a
    // meeting of Palestinian factions", not "the hacks so as not to endanger the approval of Gruenberg".)
    // ("a wall between the United States and Mexico": a phrase joined to one after another preposition is inside it too.)
    const joined: boolean = !!otherPP && otherPP.last + 1 === c.first && (before === 'and' || before === 'or');
    otherPP = (c.first > s.first && doc.tokens[c.first - 1].pos === 'ADP' && !preps.includes(before)) || joined ? c : null;
    const ok = joined ? false : inPP ? preps.includes(before) && !(before === 'of' && !allowDirect && ctx.low[from - s.first] !== 'to' && verbIn(doc, from, c.first)) : allowDirect && !notSide?.(c);
    // "offered its troops to Lebanon": what the actor owns is not whom it acts on.
    const possessed = !inPP && POSSESSIVE.has(ctx.low[c.first - s.first]) && !ownCountry(doc, c);
    // "struck what New Delhi called a militant training camp", "struck what the military said were rocket
    // launchers": who names the object is not it.
    const namedBy = before === 'what' ? ctx.low[c.last - s.first] ?? '' : '';
    if (/^(called|calls|call|described|describes|termed|terms|dubbed|labeled|labelled)$/.test(namedBy)) { j = c.last; continue; }
    if (/^(said|says|claimed|claims)$/.test(namedBy) && /^(was|were|is|are)$/.test(ctx.low[c.last + 1 - s.first] ?? '')) { j = c.last + 1; continue; }
    // ("captured the eastern Congolese city of Goma": the place the kind of place names, as the direct object.)
    if (ok && !inPP && PLACE_KINDS.test(ctx.low[c.last - 1 - s.first]) && ctx.low[c.last - s.first] === 'of' && c.last + 1 < s.last) {
      const ni = ctx.chunkAt[c.last + 1 - s.first];
      if (ni >= 0 && ctx.chunks[ni].first === c.last + 1 && actors.resolve(ctx.chunks[ni], ctx.index)) return ctx.chunks[ni];
    }
    if (ok && !possessed && actors.resolve(c, ctx.index)) return c;
    // ("massed along the border with Guyana": the country on the other side of the border the phrase names.)
    const across = ok && /^(border|borders|frontier|boundary)$/.test(ctx.low[c.last - 1 - s.first]) && ctx.low[c.last - s.first] === 'with';
    // "welcomes the entry of Turkey as a key player in the war on ISIS": the direct object's own "of"
    // names the side; later phrases hang off other nouns.
    // ("fired tear gas at thousands of protesters": a number's "of" names whom the phrase counts.)
    const counted = ok && /^(thousands|hundreds|dozens|millions|tens|scores|handful)$/.test(ctx.low[c.last - 1 - s.first]) && ctx.low[c.last - s.first] === 'of';
    const owned = allowDirect && seen === 0 && !inPP && ctx.low[c.last - s.first] === 'of';
    if (across || owned || counted) {
      const oi = c.last + 1 < s.last ? ctx.chunkAt[c.last + 1 - s.first] : -1;
      // ("sent the first batch of F-16 jets to Kyiv": what a batch holds is the thing sent, no side.)
      // ("lifted most of its sanctions on Syria": part of what a possessive owns is the thing acted on, no side.)
      // ("launched one of its largest missile attacks on Ukraine": a number of them too.)
      const partOfOwn = oi >= 0 && (QUANTITY.test(ctx.low[c.last - 1 - s.first]) || doc.tokens[c.last - 1].pos === 'NUM') && POSSESSIVE.has(ctx.low[ctx.chunks[oi].first - s.first]);
      if (oi >= 0 && !partOfOwn && actors.resolve(ctx.chunks[oi], ctx.index) && !notSide?.(ctx.chunks[oi])) return ctx.chunks[oi];
    }
    seen++;
    // Stop at the agent of a passive and at the next clause's verb.
    j = c.last - 1;
    const after = c.last < s.last ? doc.tokens[c.last] : null;
    if (after && after.pos === 'VERB' && !/ing$/.test(after.text) && !inPP && !allowDirect) return null;
  }
  return null;
}

/** Whether a background clause opens within three words after the comma at word k ("…, a day after", "…, after"). */
function backgroundAfterComma(ctx: SentenceCtx, k: number): boolean {
  for (let q = k + 1; q <= k + 3 && q < ctx.background.length; q++) if (ctx.background[q]) return true;
  return false;
}

/**
 * "giving weapons to the so-called “rebels”": marks opening at `j` around a few words of a name or
 * noun, which may be scare quotes. Returns the closing mark's index, or -1.
 */
function scareQuoteEnd(doc: Doc, ctx: SentenceCtx, j: number): number {
  const w = ctx.low[j - ctx.s.first];
  if (w !== '“' && w !== '"') return -1;
  for (let k = j + 1; k < ctx.s.last && k <= j + 4; k++) {
    const x = ctx.low[k - ctx.s.first];
    if (x === '”' || x === '"') return k > j + 1 ? k : -1;
    // American style closes a sentence's last words inside the marks: "warned of “resolute countermeasures.”"
    const next = k + 1 < ctx.s.last ? ctx.low[k + 1 - ctx.s.first] : '';
    if ((x === '.' || x === ',') && (next === '”' || next === '"')) return k > j + 1 ? k + 1 : -1;
    if (!/^(NOUN|PROPN|ADJ)$/.test(doc.tokens[k].pos)) return -1;
  }
  return -1;
}

/**
 * "their support for what would be a new war", "his support of waterboarding": support (the noun,
 * which the tagger may read as a verb after "their") for a thing no actor stands for is a position,
 * with no side to borrow from elsewhere in the sentence.
 */
function supportOfThing(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): boolean {
  const k = m.last - ctx.s.first;
  const before = m.first - 1 - ctx.s.first;
  if (before < 0 || !(POSSESSIVE.has(ctx.low[before]) || doc.tokens[m.first - 1].pos === 'DET' || /^['’]s?$/.test(ctx.low[before]))) return false;
  if (k + 1 >= ctx.low.length || (ctx.low[k] !== 'for' && ctx.low[k] !== 'of')) return false;
  const ci = ctx.chunkAt[k + 1];
  if (ci < 0) return true;
  return !actors.resolve(ctx.chunks[ci], ctx.index);
}

/** People one may call one's own and still act on ("our allies", "its neighbours"). */
const OWN_PEOPLE = /^(allies|ally|partners|partner|friends|friend|neighbors|neighbours|neighbor|neighbour|citizens|people|veterans|families)$/;

/** "to support our allies": the deed names whom it is done to, a group no actor stands for; nobody else in the sentence is. */
function ownPeopleObject(ctx: SentenceCtx, m: Match): boolean {
  const k = m.last - ctx.s.first;
  const ci = k < ctx.low.length ? ctx.chunkAt[k] : -1;
  if (ci < 0 || !POSSESSIVE.has(ctx.low[k])) return false;
  return OWN_PEOPLE.test(ctx.low[ctx.chunks[ci].last - 1 - ctx.s.first]);
}

/** Whether a phrase names a country of its own ("his Greek counterpart"), not only through its pronoun. */
function ownCountry(doc: Doc, c: Chunk): boolean {
  if (c.last - c.first < 2) return false;
  return countriesIn(doc.text.slice(doc.tokens[c.first + 1].start, doc.tokens[c.last - 1].end)).length > 0;
}

/** Whether a phrase names who reports rather than who acts: "told Foreign Policy", ", Itar-Tass news agency said". */
function isAttribution(ctx: SentenceCtx, c: Chunk): boolean {
  const before = c.first > ctx.s.first ? ctx.low[c.first - 1 - ctx.s.first] : '';
  const after = c.last < ctx.s.last ? ctx.low[c.last - ctx.s.first] : '';
  return SPEECH.has(before) || SPEECH.has(after) || before === 'according' || (before === 'to' && ctx.low[c.first - 2 - ctx.s.first] === 'according') || isSpeechTail(ctx, c.first)
    // ("according to an internal memo seen by Reuters": who saw the papers tells where the news came from.)
    || (before === 'by' && /^(seen|obtained|reviewed|viewed|read)$/.test(ctx.low[c.first - 2 - ctx.s.first] ?? ''))
    || (after === ',' && speechAfterAside(ctx, c.last - ctx.s.first))
    // ("In an interview with Reuters, a senior Iranian official said …": whom the words were given to.)
    || ((before === 'with' || before === 'to') && /^(interview|interviews|remarks|comments|statement|speaking|talking)$/.test(ctx.low[c.first - 2 - ctx.s.first] ?? ''));
}

/** "Yonhap news agency, citing unidentified government sources, reported": a verb of saying after an aside set off by commas at sentence index j. */
function speechAfterAside(ctx: SentenceCtx, j: number): boolean {
  for (let k = j + 1; k < ctx.low.length && k <= j + 12; k++) {
    const w = ctx.low[k];
    if (w === ';' || w === ':' || /^[“”"]$/.test(w)) return false;
    if (w === ',') return SPEECH.has(ctx.low[k + 1] ?? '');
  }
  return false;
}

/** Participles that open an aside naming a deed's doer: ", claimed by", ", carried out by". */
const DOER_ASIDE = /^(claimed|carried|staged|launched|conducted|mounted|orchestrated|perpetrated|committed|ordered|planned|executed)$/;

/** Whether the words from k on are an attribution tail: ", a Jordanian official confirmed." */
function isSpeechTail(ctx: SentenceCtx, k: number): boolean {
  for (let j = k - ctx.s.first; j < ctx.low.length && j < k - ctx.s.first + 10; j++) {
    if (SPEECH.has(ctx.low[j])) return true;
    if (ctx.low[j] === ',' || ctx.low[j] === '.') return false;
  }
  return false;
}

function agentChunk(doc: Doc, ctx: SentenceCtx, from: number, actors: ActorResolver, preps = ['by'], nounVerbs: ReadonlySet<string> | null = null): Chunk | null {
  const { s } = ctx;
  for (let j = from; j < s.last && j < from + 8; j++) {
    const w = ctx.low[j - s.first];
    // ("The attack, claimed by the Islamic State group, killed 20": an aside right after the noun that names its doer.)
    if (w === ',' && j === from && DOER_ASIDE.test(ctx.low[j + 1 - s.first] ?? '')) continue;
    if (w === ',' || CLAUSE_BREAK.has(w)) return null;
    // "the attack on the compound was portrayed by the White House": after a clause's own verb, "by" is
    // that verb's, unless the verb is the noun's ("a lawsuit has been filed by"); a participle right
    // after the noun still names its agent ("a clash caused by", "a meeting led by").
    if (nounVerbs && doc.tokens[j].pos === 'AUX') {
      let v = j + 1;
      while (v < s.last && (doc.tokens[v].pos === 'AUX' || doc.tokens[v].pos === 'ADV')) v++;
      if (v < s.last && doc.tokens[v].pos === 'VERB' && !nounVerbs.has(ctx.low[v - s.first])) return null;
    }
    if (preps.includes(w) && j + 1 < s.last) {
      let k = j + 1;
      const ci = ctx.chunkAt[k - s.first];
      // ("if the hostages are not released by Ramadan": by when, not by whom.)
      if (ci >= 0 && !deadline(ctx.low[ctx.chunks[ci].last - 1 - s.first]) && actors.resolve(ctx.chunks[ci], ctx.index)) return ctx.chunks[ci];
      k++;
    }
  }
  return null;
}

/**
 * "A hacking group linked to Russia's foreign intelligence service broke into …": a body no one names, by
 * the state it is tied to, named just before the verb at `at` ("linked/tied/allied to" a state or its agency).
 */
function linkedTo(doc: Doc, ctx: SentenceCtx, at: number, actors: ActorResolver): Actor[] {
  const k = at - 1 - ctx.s.first;
  const yi = k >= 0 ? ctx.chunkAt[k] : -1;
  if (yi < 0) return [];
  const y = ctx.chunks[yi];
  const p = y.first - ctx.s.first;
  if (!/^(to|with)$/.test(ctx.low[p - 1] ?? '') || !/^(linked|tied|allied|affiliated|connected)$/.test(ctx.low[p - 2] ?? '')) return [];
  const xi = p >= 3 ? ctx.chunkAt[p - 3] : -1;
  const a = actors.resolve(y, ctx.index);
  if (xi < 0 || !a?.country || a.kind === 'person') return [];
  const x = ctx.chunks[xi];
  return [{ entity: null, name: doc.text.slice(doc.tokens[x.first].start, doc.tokens[y.last - 1].end), country: a.country, sector: a.sector, kind: 'group', plural: false, start: doc.tokens[x.first].start, end: doc.tokens[y.last - 1].end, members: undefined }];
}

/** Heads of a phrase naming strikes by whose they are ("Israeli strikes", "a Russian drone attack"). */
const STRIKE_HEADS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'shelling', 'bombardment', 'bombing', 'bombings', 'raid', 'raids', 'barrage', 'fire', 'gunfire', 'offensive', 'assault']);

/**
 * "nine people were killed in Israeli strikes": who struck, named by the strikes after "in" (not "killed in
 * Gaza"); by a people's word or "U.S.", since a place's name there is where ("in the 2012 Benghazi attack").
 */
function strikesIn(doc: Doc, ctx: SentenceCtx, from: number, actors: ActorResolver): Chunk | null {
  const c = agentChunk(doc, ctx, from, actors, ['in']);
  if (!c || !STRIKE_HEADS.has(ctx.low[c.last - 1 - ctx.s.first])) return null;
  const a = actors.resolve(c, ctx.index);
  return a && (a.kind !== 'country' || /^U\.?S\.?$/.test(a.name) || a.name === 'United States') ? c : null;
}

/** Whether a verb stands among tokens [from, to). */
function verbIn(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.tokens[j].pos === 'VERB') return true;
  return false;
}

/** The phrase after "in", "of" or "from" just after a phrase, or null. */
function placeAfter(ctx: SentenceCtx, c: Chunk): Chunk | null {
  const p = c.last < ctx.s.last ? ctx.low[c.last - ctx.s.first] : '';
  if (p !== 'in' && p !== 'of' && p !== 'from') return null;
  const ci = c.last + 1 < ctx.s.last ? ctx.chunkAt[c.last + 1 - ctx.s.first] : -1;
  return ci < 0 ? null : ctx.chunks[ci];
}

/**
 * A country named after a group: "Rebels in the Ivory Coast", "King Hassan of Morocco". At the group's
 * turn the place phrase's own turn is still to come: `atTurn` reads what it names by itself.
 */
function withPlaceCountry(doc: Doc, ctx: SentenceCtx, c: Chunk, a: Actor, actors: ActorResolver, atTurn = false): Actor {
  if (a.country) return a;
  const pc = placeAfter(ctx, c);
  if (!pc) return a;
  const place = atTurn ? actors.resolveAlone(pc, ctx.index) : actors.resolve(pc, ctx.index);
  if (place?.country && place.kind !== 'person') return copyActor(a, { country: place.country });
  // "the government of Sindh province": a region the gazetteer knows.
  const names = doc.tokens.slice(pc.first, pc.last).filter((t) => t.pos === 'PROPN').map((t) => t.text);
  const found = names.length ? findPlace(names.join(' ')) : null;
  return found?.country ? copyActor(a, { country: found.country }) : a;
}

function resolveChunk(doc: Doc, ctx: SentenceCtx, c: Chunk | null, actors: ActorResolver): Actor | null {
  if (!c) return null;
  const a = actors.resolve(c, ctx.index);
  if (a && !a.country && !a.entity) {
    // ("Iran, whose foreign minister visited Moscow": the phrase "whose" opens belongs to the name before it.)
    const owner = ownerBeforeWhose(ctx, c, actors);
    if (owner?.country) return copyActor(a, { country: owner.country });
  }
  return a ? withPlaceCountry(doc, ctx, c, a, actors) : null;
}

/** The actor named before ", whose" right before phrase c, or null. */
function ownerBeforeWhose(ctx: SentenceCtx, c: Chunk, actors: ActorResolver): Actor | null {
  // (The tagger may open the phrase with "whose" itself.)
  const k = c.first - ctx.s.first + (ctx.low[c.first - ctx.s.first] === 'whose' ? 1 : 0);
  if (k < 3 || ctx.low[k - 1] !== 'whose' || ctx.low[k - 2] !== ',') return null;
  const ci = ctx.chunkAt[k - 3];
  return ci >= 0 ? actors.resolve(ctx.chunks[ci], ctx.index) : null;
}

/**
 * "the Russian and Syrian defense ministries", "U.S. and South Korean forces": the last phrase's head
 * nouns ("defense ministries", "forces") also belong to the bare country words before it. Returns the
 * head's first token, or -1 when the last phrase is not a country word and a common-noun head.
 */
function sharedHead(doc: Doc, c: Chunk): number {
  let k = afterDeterminers(doc, c);
  const modifier = k;
  while (k < c.last && UPPER_FIRST.test(doc.tokens[k].text) && (doc.tokens[k].pos === 'PROPN' || doc.tokens[k].pos === 'ADJ')) k++;
  if (k === modifier || k === c.last || !findCountry(doc.text.slice(doc.tokens[modifier].start, doc.tokens[k - 1].end))) return -1;
  for (let j = k; j < c.last; j++) {
    const t = doc.tokens[j];
    if (UPPER_FIRST.test(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return -1;
  }
  return doc.tokens[c.last - 1].pos === 'NOUN' ? k : -1;
}

/** The first token of a phrase after its determiners ("the Russian" -> "Russian"). */
function afterDeterminers(doc: Doc, c: Chunk): number {
  let k = c.first;
  while (k < c.last && doc.tokens[k].pos === 'DET') k++;
  return k;
}

/** A phrase that is only a demonym or a dotted country abbreviation ("the Russian", "U.S."): a modifier waiting for its head. */
function bareCountryWord(doc: Doc, c: Chunk): boolean {
  const k = afterDeterminers(doc, c);
  if (k === c.last) return false;
  const text = doc.text.slice(doc.tokens[k].start, doc.tokens[c.last - 1].end);
  const m = matchCountry(text);
  return !!m && (m.via === 'demonym' || DOTTED_ABBREVIATION.test(text));
}

/**
 * "the U.S. and British raids", "American, British and Australian strikes": bare country words joined before a
 * deed's phrase share its noun, so each is a doer beside the phrase's own.
 */
function countryWordsJoinedBefore(doc: Doc, ctx: SentenceCtx, c: Chunk, actors: ActorResolver): Actor[] {
  const out: Actor[] = [];
  let k = c.first - 1;
  while (k - 1 > ctx.s.first && (ctx.low[k - ctx.s.first] === 'and' || ctx.low[k - ctx.s.first] === ',')) {
    const ci = ctx.chunkAt[k - 1 - ctx.s.first];
    const x = ci >= 0 ? ctx.chunks[ci] : null;
    if (!x || x.last !== k || !bareCountryWord(doc, x)) break;
    const a = resolveChunk(doc, ctx, x, actors);
    if (!a?.country) break;
    out.push(...membersOf(demonymAsState(doc, x, a)));
    k = x.first - 1;
  }
  return out;
}

function groupActors(doc: Doc, ctx: SentenceCtx, c: Chunk | null, actors: ActorResolver, dir: -1 | 1): Actor[] {
  if (!c) return [];
  const chunks = coordinated(doc, ctx, c, actors, dir);
  const last = chunks[chunks.length - 1];
  const head = chunks.length > 1 ? sharedHead(doc, last) : -1;
  const list: Actor[] = [];
  for (const x of chunks) {
    let a = resolveChunk(doc, ctx, x, actors);
    if (!a) continue;
    if (head >= 0 && x !== last && a.country && bareCountryWord(doc, x)) {
      const words = ctx.low.slice(head - ctx.s.first, last.last - ctx.s.first);
      const k = afterDeterminers(doc, x);
      const name = `${doc.text.slice(doc.tokens[k].start, doc.tokens[x.last - 1].end)} ${doc.text.slice(doc.tokens[head].start, doc.tokens[last.last - 1].end)}`;
      a = copyActor(a, { entity: null, name, sector: actors.headSector(words) ?? a.sector, kind: 'group', plural: true, members: undefined });
    }
    // "the U.S. and its allies": the pronoun belongs to the phrase it is coordinated with.
    const owned = list.length > 0 && doc.tokens[x.first].pos === 'PRON';
    list.push(owned ? copyActor(a, { country: list[0].country, entity: null, members: undefined }) : a);
  }
  const flat: Actor[] = [];
  for (const a of list) flat.push(...membersOf(a));
  // "the U.S. and its allies": keep the members we can place when some are unplaceable ("Putin and Kim": a family
  // name the knowledge base knows is a person's, whether or not we know which one).
  const placed = flat.filter((a) => a.country || a.sector === 'IGO' || a.entity || (a.kind === 'person' && !a.name.includes(' ') && kbBySurname(a.name).length > 0));
  return placed.length ? placed : flat;
}

/**
 * "reiterated his support for Mr. Trump", "expressed admiration for Mr. Clinton": whom support is for, the phrase
 * right after "for" when "for" follows the support at once (not "support for a path to citizenship for …").
 */
function supportedFor(ctx: SentenceCtx, m: Match, tr: Match['trigger']): Chunk | null {
  const next = m.last - ctx.s.first;
  const at = tr.objForms?.has(ctx.low[next]) ? next + 1 : next;
  if (ctx.low[at] !== 'for' || at + 1 >= ctx.low.length) return null;
  const ci = ctx.chunkAt[at + 1];
  return ci >= 0 ? ctx.chunks[ci] : null;
}

/**
 * "sent Ukraine more artillery shells", "gave Kyiv tanks": a name right after a verb of giving, before the
 * thing given in the same phrase, is who receives it (not a people's word, "sent North Korean troops", nor
 * an owner, "close France's borders").
 */
function recipientBeforeThing(doc: Doc, ctx: SentenceCtx, m: Match, given: (w: string) => boolean, actors: ActorResolver): Chunk | null {
  const ci = m.last < ctx.s.last ? ctx.chunkAt[m.last - ctx.s.first] : -1;
  if (ci < 0 || ctx.chunks[ci].first !== m.last) return null;
  const c = ctx.chunks[ci];
  let k = c.first;
  // (Not a weapon's own name: "transfer Patriot missiles to Kyiv".)
  while (k < c.last && doc.tokens[k].pos === 'PROPN' && !given(ctx.low[k - ctx.s.first])) k++;
  if (k === c.first || k === c.last || doc.tokens[k].pos === 'PART') return null;
  let thing = false;
  for (let j = k; j < c.last; j++) if (given(ctx.low[j - ctx.s.first])) thing = true;
  const name = { first: c.first, last: k };
  return thing && !bareCountryWord(doc, name) && actors.resolve(name, ctx.index) ? name : null;
}

function argumentsOf(doc: Doc, ctx: SentenceCtx, m: Match, lex: Lexicon, actors: ActorResolver, all: Match[]): { actors: Actor[]; targets: Actor[]; pair?: boolean; allies?: boolean } {
  const tr = m.trigger;
  const core = innermost(m);
  const passive = isPassive(doc, ctx, m);
  let actorList: Actor[] = [];
  let targetList: Actor[] = [];
  if (tr.kind === 'modal') {
    // "Russia said that Sudan must return the helicopter": Sudan is asked, Russia asks.
    const subj = subjectChunk(doc, ctx, m.first, actors);
    targetList = groupActors(doc, ctx, subj, actors, -1);
    if (subj) {
      const leftmost = coordinated(doc, ctx, subj, actors, -1)[0];
      const speaker = subjectChunk(doc, ctx, leftmost.first, actors);
      actorList = groupActors(doc, ctx, speaker, actors, -1);
      if (!actorList.length && subj.last < ctx.s.last) {
        // "issued a reminder to Iraq that it must": the frame before names the one asking.
        actorList = [];
      }
    }
    return { actors: actorList, targets: targetList };
  }
  // "talks between Israel and Hamas", "the phone call between Trump and Zelenskyy", "Fighting between Israel and
  // Hezbollah": the pair named are the sides, each to the other, whoever the sentence's subject is ("Volker was
  // not on the phone call between …").
  const fightBetween = tr.kind === 'noun' ? betweenAfterFight(ctx, m) : -1;
  // (Not a go-between's own act: "Egypt and Qatar are mediating between Israel and Hamas" has them as its targets.)
  const goBetween = tr.cameo === '045';
  if (fightBetween >= 0 || (!goBetween && ctx.low[m.last - ctx.s.first] === 'between' && (tr.kind === 'noun' || (m.inner === null && /ing$/.test(ctx.low[m.last - 1 - ctx.s.first]))))) {
    const pair = groupActors(doc, ctx, objectChunk(doc, ctx, fightBetween >= 0 ? fightBetween : m.last, ['between'], actors, false), actors, 1);
    if (pair.length > 1) return { actors: pair, targets: [], pair: true };
  }
  if (tr.kind === 'noun') {
    // ("the U.S. and British raids": states that share a deed's noun did it together, not to each other.)
    let joinedDoers: Actor[] = [];
    const ci = ctx.chunkAt[m.first - ctx.s.first];
    let c = ci >= 0 ? ctx.chunks[ci] : null;
    // (A head wink tagged a verb is outside the chunk of the words before it: "the DNC hack".)
    const pi = !c && m.first > ctx.s.first ? ctx.chunkAt[m.first - 1 - ctx.s.first] : -1;
    if (pi >= 0 && ctx.chunks[pi].last === m.first && bareCompound(doc, ctx, m.first - ctx.s.first)) c = { first: ctx.chunks[pi].first, last: m.last };
    // Inside the phrase before the noun: "Russia's invasion", "the Chinese delegation", "U.S. sanctions".
    if (c && c.first < m.first) {
      // ("its general mobilization": a rank's word standing as an adjective names no officer.)
      const overall = doc.tokens[m.first - 1].pos === 'ADJ' && ctx.low[m.first - 1 - ctx.s.first] === 'general';
      const pre: Chunk = { first: c.first, last: overall && m.first - 1 > c.first ? m.first - 1 : m.first };
      const a = thankedFor(doc, ctx, pre, actors) ?? actors.resolve(pre, ctx.index);
      // "the Group of 20 summit", "the BRICS summit": the forum a meeting belongs to does not attend it.
      const forum = tr.type === 'CONSULT' && a?.sector === 'IGO';
      // A person counts too when the phrase is theirs ("Reyes's attacks"), whatever country is known.
      const owner = a?.kind === 'person' && /^['’]s?$/.test(doc.tokens[m.first - 1].text);
      // "the Clinton investigation", "the Russia probe": who is investigated; "the FBI investigation": who investigates.
      const investigated = tr.mode === 'investigate' && !!a && !/^(COP|JUD|LEG|SPY|GOV|IGO|MED)$/.test(a.sector ?? '') && !owner;
      const town = !!a && townBefore(doc, a, m.first);
      // "the DNC hack", "the OPM breach": who was broken into; "the Russian hack", "Russia's hack": who broke in.
      const brokenInto = tr.mode === 'cyber' && !!a && !owner && !/^['’]s?$/.test(doc.tokens[m.first - 1].text) && !countriesIn(doc.tokens[m.first - 1].text).some((f) => f.demonym);
      // ("the Kosovo monastery attack", "the Russian embassy bombing": whose place was struck, not who struck it; a town
      // is where, "the Orlando nightclub attack".)
      const placeStruck = !!a && HOSTILE.has(tr.type) && !owner && !town && STRUCK_PLACES.test(ctx.low[m.first - 1 - ctx.s.first]);
      if (a && (investigated || brokenInto || placeStruck)) targetList = membersOf(a);
      else if (a && (a.country || a.sector === 'IGO' || owner) && !forum && !town) {
        actorList = membersOf(demonymAsState(doc, pre, a));
        joinedDoers = bareCountryWord(doc, pre) ? countryWordsJoinedBefore(doc, ctx, c, actors) : [];
        actorList.push(...joinedDoers);
      }
    }
    // ("a massive Russian missile and drone attack": the weapons coordinated before the noun's phrase are its own words.)
    const joined = c && !actorList.length && HOSTILE.has(tr.type) ? weaponsJoinedBefore(ctx, c.first) : null;
    if (joined) {
      const a = actors.resolve(joined, ctx.index);
      if (a?.country && !townBefore(doc, a, joined.last)) actorList = membersOf(demonymAsState(doc, joined, a));
    }
    // ("barred Israel from carrying out strikes": the one kept from the deed would have done it.)
    const light = !actorList.length && c ? lightGerundBefore(ctx, c.first, lex) : -1;
    const keptDoer = light > 0 ? keptOne(ctx, light) : null;
    if (keptDoer) actorList = groupActors(doc, ctx, keptDoer, actors, -1);
    // ("accused Hezbollah of carrying out the attack": the accused carried it out.)
    if (!actorList.length) {
      const accused = accusedOf(doc, ctx, m, actors);
      if (accused) actorList = groupActors(doc, ctx, accused, actors, -1);
    }
    if (!actorList.length && tr.aprep.length) {
      const ag = agentChunk(doc, ctx, m.last, actors, tr.aprep, lex.handingForms);
      actorList = groupActors(doc, ctx, ag, actors, 1);
    }
    if (!actorList.length) {
      const ag = agentChunk(doc, ctx, m.last, actors, ['by'], lex.handingForms);
      actorList = groupActors(doc, ctx, ag, actors, 1);
    }
    if (!targetList.length) {
      const tgt = objectChunk(doc, ctx, m.last, tr.tprep.length ? tr.tprep : ['of', 'to', 'against', 'on', 'with'], actors, false);
      targetList = groupActors(doc, ctx, tgt, actors, 1);
    }
    // ("The administration has been unresponsive to the committee's requests": a deed a name owns is that name's, not the subject's.)
    // (A time is no owner: "claim credit for last month's attacks".)
    const namedOwner = !!c && m.first - 2 >= c.first && /^['’]s?$/.test(doc.tokens[m.first - 1].text) && !TIME_WORD.test(doc.tokens[m.first - 2].text);
    if (!actorList.length && !namedOwner) {
      const at = c ? c.first : m.first;
      const found = subjectChunk(doc, ctx, at, actors);
      // The subject does the deed only through a verb that hands it over ("launched an attack",
      // "made threats"); "prosecutors investigating the attack" and "Obama addressed the attack" do not.
      // "Both economies are under sanctions from the U.S.", "was put under investigation": the subject bears them.
      const under = c && c.first > ctx.s.first && ctx.low[c.first - 1 - ctx.s.first] === 'under';
      if (under && targetList.length === 0) targetList = groupActors(doc, ctx, found, actors, -1);
      // ("Putin has not ruled out the use of nuclear weapons": what one rules out or not is one's own deed.)
      else if (found && (handsOver(doc, lex, found, at, HOSTILE.has(tr.type), tr.pre) || ruledOut(ctx, m.first) !== null) && !(found.last === at && townBefore(doc, actors.resolve(found, ctx.index), at))) actorList = groupActors(doc, ctx, found, actors, -1);
    } else if (!targetList.length && c && c.first > ctx.s.first && ctx.low[c.first - 1 - ctx.s.first] === 'under') {
      targetList = groupActors(doc, ctx, subjectChunk(doc, ctx, c.first, actors), actors, -1);
    }
    return { actors: actorList, targets: targetList, allies: joinedDoers.length > 0 };
  }
  // "Kyiv accused Moscow of shelling a hospital": the accused is who shelled, not the accuser.
  const accused = accusedOf(doc, ctx, m, actors);
  let apposed = passive ? apposedTo(doc, ctx, m) : undefined;
  if (passive && apposed === undefined && !tr.swap) apposed = nounBeforeAgent(doc, ctx, m);
  // ("Friday's Munich mall shooting": the phrase before a gerund that heads it is no subject.)
  const headsPhrase = m.inner === null && HOSTILE.has(tr.type) && /ing$/.test(ctx.low[m.first - ctx.s.first]) && compoundGerund(doc, ctx, m.first - ctx.s.first);
  const wielder = passive ? undefined : usedToDo(ctx, m);
  const kept = tr.kind === 'verb' && /ing$/.test(ctx.low[m.first - ctx.s.first]) ? keptOne(ctx, m.first - ctx.s.first) : null;
  const subj = accused ?? kept ?? (wielder !== undefined ? wielder : apposed !== undefined ? apposed : (passive ? reducedRelative(doc, ctx, m) : activeRelative(doc, ctx, m, actors, all)) ?? (headsPhrase ? null : subjectChunk(doc, ctx, m.first, actors)));
  if (passive) {
    const shared = sharedAgentBy(doc, ctx, verbIndex(ctx, m));
    const ag = agentChunk(doc, ctx, m.last, actors) ?? (shared >= 0 ? agentChunk(doc, ctx, ctx.s.first + shared, actors) : null)
      ?? (core.trigger.type === 'ASSAULT' ? strikesIn(doc, ctx, m.last, actors) : null);
    actorList = groupActors(doc, ctx, ag, actors, 1);
    // "Sanctions were imposed on Russia", "Curfew lifted in Hanoi": the thing the verb names is no side.
    const named = subj && tr.objForms?.has(ctx.low[subj.last - 1 - ctx.s.first]);
    targetList = groupActors(doc, ctx, subj, actors, -1);
    if (named && !targetList.some((a) => a.country || a.sector)) targetList = [];
    // ("Troops had been ordered to intensify operations": a force moved is its mover's own, no side; with no
    // agent named it stands for the side that moved it.)
    const moved = core.trigger.type === 'MOBILIZE' || (core.trigger.type === 'RETREAT' && core.trigger.mode !== 'release');
    if (moved && subj && (named || FORCE_HEADS.test(ctx.low[subj.last - 1 - ctx.s.first]))) {
      if (!actorList.length) actorList = targetList;
      targetList = [];
    }
    if (!targetList.length) {
      // Reduced relative: "sanctions imposed by the U.S. on Russia" -> the prepositional target.
      const tgt = objectChunk(doc, ctx, m.last, core.trigger.tprep.length ? core.trigger.tprep : ['on', 'against', 'to'], actors, false);
      targetList = groupActors(doc, ctx, tgt, actors, 1);
    }
  } else {
    // (A body tied to a state just before the verb acts, whoever the sentence's subject is: "Microsoft said a group linked to …".)
    const linked = linkedTo(doc, ctx, m.first, actors);
    actorList = linked.length ? linked : groupActors(doc, ctx, subj, actors, -1);
    // "The Orlando nightclub shooting killed 49 people": a deed that does the deed is no side; its town is where.
    // (wink tags such a gerund a verb, and the phrase before it is the chunk.)
    const deed = subj && subj.last < m.first && /ing$/.test(ctx.low[subj.last - ctx.s.first]) ? subj.last : (subj?.last ?? 0) - 1;
    if (subj && !linked.length && deedHeadAt(ctx, lex, deed)) actorList = actorList.filter((a) => !townBefore(doc, a, deed));
    const preps = tr.tprep.length ? tr.tprep : tr.ctl ? ['with', 'to', 'against', 'on', 'of', 'from'] : ['with', 'to', 'against', 'on'];
    // "sent troops to the border", "fired missiles at Tel Aviv": when the side acted on comes after a
    // preposition, the object the trigger names is what is sent or fired, not a side.
    // A force moved is the mover's own ("deployed 5,000 troops to Syria"), and so is one pulled back
    // ("agreed to disengage troops along the border"): only a preposition names a side.
    // So is what a frame's act sends ("agreed to send Leopard tanks to Ukraine"). People released whose
    // country is named are a side ("released five American prisoners" concedes to the United States).
    const sent = [tr, core.trigger].filter((x) => x.objForms && x.tprep.length);
    const thing = sent.length || core.trigger.type === 'MOBILIZE' || core.trigger.type === 'RETREAT' ? (c: Chunk) => {
      const head = ctx.low[c.last - 1 - ctx.s.first];
      const words = ctx.low.slice(c.first - ctx.s.first, c.last - ctx.s.first);
      return sent.some((x) => words.some((w) => x.objForms!.has(w)) && !(x.mode === 'release' && actors.resolve(c, ctx.index)?.country))
        || ((core.trigger.type === 'MOBILIZE' || core.trigger.type === 'RETREAT') && FORCE_NOUNS.has(head));
    } : undefined;
    const obj = (sent.some((x) => x.type === 'AID') && tr.kind === 'verb' && !tr.swap ? recipientBeforeThing(doc, ctx, m, (w) => sent.some((x) => x.objForms!.has(w)), actors) : null)
      ?? objectChunk(doc, ctx, m.last, preps, actors, tr.kind === 'verb' && !headsPhrase, thing);
    targetList = groupActors(doc, ctx, doerOfDeedAnswered(doc, ctx, m, lex, actors) ?? obj, actors, 1);
    if (!targetList.length && m.trigger.type === 'SUPPORT') targetList = groupActors(doc, ctx, supportedFor(ctx, m, tr), actors, 1);
    // ("shot down three drones fired by the Houthis": what is fended off is its launcher's.)
    if (!targetList.length && core.trigger.type === 'ASSAULT' && FENDING_OFF.test(doc.text.slice(doc.tokens[m.first].start, doc.tokens[m.last - 1].end))) {
      targetList = groupActors(doc, ctx, agentChunk(doc, ctx, m.last, actors), actors, 1);
    }
    if (!targetList.length && tr.mode === 'crowd-control') targetList = groupActors(doc, ctx, dispersed(doc, ctx, m, actors) ?? firedAt(doc, ctx, m, actors), actors, 1);
    if (!targetList.length && (core.trigger.type === 'ASSAULT' || tr.type === 'THREATEN')) targetList = groupActors(doc, ctx, foughtUntilDefeated(doc, ctx, m, actors), actors, 1);
    if (!targetList.length && core.trigger.type === 'ASSAULT') targetList = groupActors(doc, ctx, holderStruck(doc, ctx, m, actors), actors, 1);
    // "condemned the Orlando attack": the town is where the deed named was done, not who is condemned.
    if (obj && hostileNounAt(ctx, lex, obj.last - 1)) targetList = targetList.filter((a) => !townBefore(doc, a, obj.last - 1));
    // (Not the objects of an act the frame stops: "agreed to stop attacks on civilians" agrees with no civilians.)
    if (!targetList.length && core !== m && !m.stopped) {
      const cp = core.trigger.tprep.length ? [...core.trigger.tprep, 'of'] : ['with', 'to', 'against', 'on', 'from', 'of'];
      const o2 = objectChunk(doc, ctx, core.last, cp, actors, core.trigger.kind === 'verb', thing);
      // ("Israel and Hamas agreed to a truce to allow the release of hostages": sides acting together have none in
      // the purpose their deed serves.)
      const purpose = actorList.length > 1 && ctx.low[core.last - ctx.s.first] === 'to' && doc.tokens[core.last + 1]?.pos === 'VERB';
      targetList = purpose ? [] : groupActors(doc, ctx, o2, actors, 1);
    }
  }
  // "X hosted Y": Y is the visitor, unless Y is an event rather than someone ("hosting the forum").
  // ("“Those who attacked our country will pay a heavy price,” Erdogan said": the speaker threatens the subject.)
  if (tr.undergone) {
    const speaker = actors.speakerOfWordsAt(doc.tokens[m.head].start, ctx.index);
    return { actors: speaker ? [speaker] : [], targets: actorList };
  }
  if (tr.swap) {
    const guest = targetList.filter((t) => t.kind !== 'org' && t.country !== actorList[0]?.country && !equipmentOnly(t));
    // ("detected 32 Chinese military aircraft around the island": a people's word names whose forces were seen.)
    const seen = !guest.length && core.trigger.type === 'MOBILIZE' ? forcesSeen(doc, ctx, m, actorList[0]) : null;
    // (Forces seen are sent at the watcher's state, not at the ministry that counted them: "Taiwan's Defense
    // Ministry said it had detected 45 Chinese aircraft" is China's show of force at Taiwan.)
    const watched = core.trigger.type === 'MOBILIZE' ? actorList.map(watcherState) : actorList;
    if (seen) return { actors: [seen], targets: watched };
    // ("Taiwan received its first Abrams tanks": whoever receives is the side given to, the giver unnamed.)
    if (tr.lemma === 'receive') return { actors: guest, targets: actorList };
    return guest.length ? { actors: guest, targets: watched } : { actors: actorList, targets: [] };
  }
  return { actors: actorList, targets: targetList };
}

const ACCUSING = /^(accus|blam|charg|suspect|condemn|criticiz|criticis|fault|convict|denounc|indict|sanction|punish|prais|thank|credit|commend)/;
const ALLEGING = /^(accus|blam|charg|suspect|indict|fault)/;

/**
 * The verb that frames a deed told as "of/for V-ing", and whom it names: "accused Moscow of shelling"
 * (accused, Moscow), "was accused of shelling" (accused, none), "thanked Poland for sending".
 */
function framingOf(ctx: SentenceCtx, m: Match): { verb: number; named: Chunk | null } | null {
  let k = m.first - ctx.s.first;
  // ("accused Pakistan of carrying out airstrikes", "of staging a drone attack": the deed a light verb carries.)
  if (m.trigger.kind === 'noun') {
    let j = k - 1;
    while (j > 1 && j >= k - 5 && !LIGHT_DEED.test(ctx.low[j]) && !/^(of|for|[,;:.])$/.test(ctx.low[j])) j--;
    if (!LIGHT_DEED.test(ctx.low[j] ?? '')) return null;
    k = j;
  } else if (m.trigger.kind !== 'verb' || !/ing$/.test(ctx.low[k])) return null;
  if (k < 2) return null;
  // ("accused the United States of “playing with fire” by approving an arms sale": the means of the deed charged.)
  if (ctx.low[k - 1] === 'by') {
    let j = k - 2;
    while (j > 1 && j > k - 12 && !/^(of|for|[,;:.])$/.test(ctx.low[j])) j--;
    if (!/^(of|for)$/.test(ctx.low[j]) || !/ing$/.test(ctx.low[j + 1] === '“' || ctx.low[j + 1] === '"' ? ctx.low[j + 2] ?? '' : ctx.low[j + 1])) return null;
    k = j + 1;
  }
  if (!/^(of|for)$/.test(ctx.low[k - 1])) return null;
  // (Past the day between: "accused Pakistan on Friday of carrying out airstrikes".)
  const q = k > 4 && TIME_WORD.test(ctx.low[k - 2]) && ctx.low[k - 3] === 'on' ? k - 4 : k - 2;
  const ci = ctx.chunkAt[q];
  let named = ci >= 0 ? ctx.chunks[ci] : null;
  // ("accused militias backed by Iran of attacking the base": past the participle's phrase that describes the accused.)
  const p = named ? named.first - ctx.s.first : -1;
  if (p > 2 && ctx.low[p - 1] === 'by' && /ed$/.test(ctx.low[p - 2])) {
    const before = ctx.chunkAt[p - 3];
    if (before >= 0 && ctx.chunks[before].last === ctx.s.first + p - 2) named = ctx.chunks[before];
  }
  const verb = named ? named.first - 1 - ctx.s.first : q;
  return verb >= 0 ? { verb, named } : null;
}

/** Words that may open what is ruled out before its trigger: "a nuclear strike", "using nuclear weapons", "any new sanctions". */
const RULED_OUT_OPENERS = /^(a|an|the|any|further|new|more|military|nuclear|ground|direct|using|use|of)$/;

/**
 * "ruled out sending troops" has it not happen; "would not rule out supplying weapons", "refused to rule out"
 * leaves it possible. The status a "rule out" right before the deed at token `at` gives, or null.
 */
function ruledOut(ctx: SentenceCtx, at: number): EventStatus | null {
  let k = at - ctx.s.first;
  // (Past the deed's own opening words: "did not rule out a nuclear strike", "has not ruled out using nuclear weapons".)
  for (let n = 0; n < 3 && k > 2 && ctx.low[k - 1] !== 'out' && RULED_OUT_OPENERS.test(ctx.low[k - 1]); n++) k--;
  if (k < 2 || ctx.low[k - 1] !== 'out' || !/^(rule|rules|ruled|ruling)$/.test(ctx.low[k - 2])) return null;
  const before = ctx.low.slice(Math.max(0, k - 6), k - 2).join(' ');
  return /\b(not|n't|never|refused to|refuses to|declined to|declines to|won't|wouldn't|cannot|can't)\b/.test(before) ? 'hypothetical' : 'negated';
}

/**
 * "the United States “was not aware of, nor involved in” the attack", "played no role in the bombing": a deed
 * named after its subject's denied part in it is negated (the subject did not do it).
 */
function notInvolved(ctx: SentenceCtx, m: Match): EventStatus | null {
  const k = m.first - ctx.s.first;
  if (m.trigger.kind !== 'noun' || k < 3) return null;
  const before = ctx.low.slice(Math.max(0, k - 8), k).join(' ');
  return /\b(not|nor|never|no)\b(?:\s+\S+){0,4}?\s+(?:involved|involvement|part|role|hand)\s+in\s+(?:\S+\s+){0,3}$/.test(`${before} `) ? 'negated' : null;
}

/**
 * Whether the subject just before sentence token `at` is no one ("Neither side", "Nobody", "No one", "Neither country"),
 * or a phrase of none right before its verb's auxiliaries ("no Pakistani military facilities had been targeted").
 */
function noOneBefore(doc: Doc, ctx: SentenceCtx, at: number): boolean {
  const k = at - ctx.s.first;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = ctx.low[j];
    if (w === 'neither' || w === 'nobody' || (w === 'no' && ctx.low[j + 1] === 'one')) return true;
    if (w === ',' || CLAUSE_BREAK.has(w)) return false;
  }
  let j = k - 1;
  while (j >= 0 && /^(AUX|ADV|PART)$/.test(doc.tokens[ctx.s.first + j].pos)) j--;
  const ci = j >= 0 ? ctx.chunkAt[j] : -1;
  return ci >= 0 && ctx.chunks[ci].last === ctx.s.first + j + 1 && /^(no|none)$/.test(ctx.low[ctx.chunks[ci].first - ctx.s.first]);
}

/** "in the attack", "during the strikes": a deed of force named in the few words after sentence token `at`. */
function strikeNamedAfter(ctx: SentenceCtx, at: number): boolean {
  const k = at - ctx.s.first;
  if (!/^(in|during|by)$/.test(ctx.low[k] ?? '')) return false;
  for (let j = k + 1; j < ctx.low.length && j <= k + 4; j++) if (STRIKE_HEADS.has(ctx.low[j])) return true;
  return false;
}

/** Whether the deed at sentence token `at` is what someone denies: "Rwanda denied sending troops", "denied that it had armed the militia". */
function deniedBefore(ctx: SentenceCtx, at: number, lex: Lexicon): boolean {
  for (let k = at - 1 - ctx.s.first; k >= 0 && k >= at - 6 - ctx.s.first; k--) {
    const w = ctx.low[k];
    if (/^(denied|denies|deny|denying)$/.test(w)) return true;
    // ("denied carrying out cyberattacks", "denied launching the attack": a verb that hands the deed over, denied with it.)
    if (/ing$/.test(w) && lex.lightForms.has(w)) continue;
    // ("denied sending troops and blamed Congo", "denied his party the victory and jailed him": the blaming and
    // the jailing are no deeds denied.)
    if (w === ',' || w === 'and' || w === 'but' || CLAUSE_BREAK.has(w) || ctx.tokens[ctx.s.first + k].pos === 'VERB') return false;
  }
  return false;
}

/** Nouns of a claim whose content a "that" clause gives: "claims that", "accusations that". */
const CLAIM_NOUNS = /^(claims?|reports?|accusations?|allegations?|suggestions?|assertions?|charges|rumou?rs?|speculation)$/;
/** Whether the deed at sentence token `at` is in a claim's "that" clause ("dismissed accusations that its forces had shelled the plant"). */
function claimedBefore(ctx: SentenceCtx, at: number): boolean {
  for (let k = at - 1 - ctx.s.first; k > 0 && k >= at - 9 - ctx.s.first; k--) {
    if (ctx.low[k] === 'that') return CLAIM_NOUNS.test(ctx.low[k - 1]);
    if (ctx.low[k] === ',' || CLAUSE_BREAK.has(ctx.low[k])) return false;
  }
  return false;
}

/** Words between a decision and what it is on: "no decision had been made on strikes". */
const DECIDING = /^(has|have|had|been|be|was|were|is|are|made|taken|reached|expected|due|yet|final)$/;
/** Verbs that carry a deed named by a noun: "of carrying out airstrikes", "of staging an attack". */
const LIGHT_DEED = /^(carrying|conducting|staging|mounting|orchestrating|plotting|planning|committing|perpetrating|masterminding|ordering|executing|launching)$/;
/** Adverbs that tell a deed as heard, not seen: "reportedly moved troops". */
const HEARSAY = /\b(reportedly|allegedly|purportedly|supposedly)\b/;
/** Nouns of grounds for believing something: "no evidence that", "no sign that". */
const GROUNDS = /^(evidence|indications?|signs?|proof|information|intelligence)$/;
/** Whether the deed at sentence token `at` is what no grounds are said to show: "no indication that Iran was involved". */
function unfoundedBefore(ctx: SentenceCtx, at: number): boolean {
  for (let k = at - 1 - ctx.s.first; k > 1 && k >= at - 12 - ctx.s.first; k--) {
    const w = ctx.low[k];
    if (w === ',' || w === ';' || CLAUSE_BREAK.has(w)) return false;
    // ("no evidence", "have not found any evidence")
    // (Grounds of a clause, not "no sign of either side shifting its position in the meeting".)
    // ("did not provide specific evidence that China was behind the hack": grounds denied a few words before.)
    if (GROUNDS.test(w)) {
      if (/^(of|for|about|on|in)$/.test(ctx.low[k + 1] ?? '')) return false;
      if (ctx.low[k - 1] === 'no' || (ctx.low[k - 1] === 'any' && [k - 2, k - 3].some((j) => /^(not|n't|never)$/.test(ctx.low[j] ?? '')))) return true;
      return ctx.low[k + 1] === 'that' && [k - 1, k - 2, k - 3, k - 4].some((j) => /^(not|n't|never|without)$/.test(ctx.low[j] ?? ''));
    }
  }
  return false;
}

/** "accused Moscow of shelling", "was accused of shelling": the deed is alleged. */
function isAlleged(ctx: SentenceCtx, m: Match): boolean {
  const f = framingOf(ctx, m);
  return !!f && ALLEGING.test(ctx.low[f.verb]);
}

/** The one accused (or praised) of the deed: "accused Moscow of shelling", "blamed Hamas for firing". */
function accusedOf(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Chunk | null {
  const f = framingOf(ctx, m);
  if (!f || doc.tokens[ctx.s.first + f.verb].pos !== 'VERB' || !ACCUSING.test(ctx.low[f.verb])) return null;
  // ("three Chinese companies accused of supplying drone parts": the accused named before the participle.)
  const before = !f.named && /ed$/.test(ctx.low[f.verb]) && f.verb > 0 ? ctx.chunkAt[f.verb - 1] : -1;
  const named = f.named ?? (before >= 0 && ctx.chunks[before].last === ctx.s.first + f.verb ? ctx.chunks[before] : null);
  // ("executed a man convicted of killing a member of the security forces": one named by no actor did it, not the sentence's subject.)
  return named && (actors.resolve(named, ctx.index) || (!f.named && /ed$/.test(ctx.low[f.verb]))) ? named : null;
}

const OBJECT_PRONOUNS = /^(it|them|him|me|us|you|himself|herself|itself|themselves|ourselves|myself|nothing|something|everything|anything)$/i;

const PUT = /^(put|puts|putting|place|places|placed|placing)$/i;
/** Whether the "on" at k follows a verb of putting forces, after the subject (token `from`), within five words. */
function putOn(doc: Doc, from: number, k: number): boolean {
  if (doc.tokens[k].text.toLowerCase() !== 'on' || !FORCE_NOUNS.has(doc.tokens[k - 1].text.toLowerCase())) return false;
  for (let j = k - 2; j >= from && j >= k - 5; j--) if (PUT.test(doc.tokens[j].text)) return true;
  return false;
}

/** An object of up to three words and the preposition after it: " strong concern over". */
const OBJECT_THEN_ABOUT = /^\s+((?:[\p{L}-]+\s+){1,3}?)(?:over|about|at|with|regarding|following)(?=\s)/u;
/** "the attack", "the overnight strikes", "this week's bombing": a deed named as one the reader already knows of. */
const KNOWN_DEED = /^\s+(?:the|this|these|that|those|[\p{L}]+['’]s?)\s+(?:(?:latest|overnight|deadly|recent|weekend|massive|missile|drone|rocket|air)\s+)?(?:attacks?|strikes?|air ?strikes?|bombings?|shelling|assaults?|raids?|massacre|killings?|shootings?)\b/u;
/** "condemned what he called a “flagrant aggression”": an attack named by the responder's own word for it. */
const CALLED_DEED = /^\s+what\s+\S+\s+(?:called|calls|described\s+as|termed)\s+(?:an?\s+|the\s+)?["“]?(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|aggression|assault|massacre|bombing|raid)\b/iu;
/** "welcomed the move", "denounced the sanctions", "condemn this irrational provocation", "rejected the order": an act named as one the reader already knows of. */
const KNOWN_MOVE = /^\s+(?:the|this|that|these|those)\s+(?:[\p{L}.-]+\s+)?(?:move|decision|step|measures?|sanctions|designations|announcement|provocations?|escalation|incursion|drills|exercises|order|demands?|request|ultimatum|proposal|offer|expulsion|launch|launches|tests?|deployment)\b/iu;
/** Moves named by their kind ("condemned the launch") and the events of that kind. */
const MOVE_KINDS: [RegExp, (e: Event) => boolean][] = [
  [/^\s+\S+\s+(?:[\p{L}.-]+\s+)?(?:launch|launches|tests?)\b/iu, (e) => (e.type === 'MOBILIZE' && e.mode === 'weapons') || (e.type === 'ASSAULT' && e.mode === 'aerial')],
  [/^\s+\S+\s+(?:[\p{L}.-]+\s+)?(?:sanctions|designations|expulsion)\b/iu, (e) => e.type === 'SANCTION'],
  [/^\s+\S+\s+(?:[\p{L}.-]+\s+)?(?:drills|exercises|deployment)\b/iu, (e) => e.type === 'MOBILIZE'],
];
/** ", a move Beijing denounced as …": the act of the clause before, named in apposition before whoever answers it. */
const MOVE_BEFORE = /,\s+(?:a|the|in\s+a)\s+(?:(?:rare|new|bold|major)\s+)?(?:move|decision|step)\s+$/i;

/** "rejected these accusations", "denied the allegations", "dismissed Moscow's claims": a charge the reader already knows of. */
const KNOWN_CHARGE = /^\s+(?:the|this|these|that|those|such|[\p{L}]+['’]s?)\s+(?:[\p{L}-]+\s+)?(?:accusations?|allegations?|charges?|claims?|assertions?)\b/u;

/** Whether an event is told as done (or as someone's report of it). */
const told = (e: Event): boolean => e.status === 'actual' || e.status === 'reported';
/**
 * The doer of the act a response answers when it names it as one told of before: "condemned the attack" (the
 * last assault the article told), "welcomed the move", ", a move Beijing denounced" (the last act told),
 * "rejected these accusations" (the last accusation told) — the actor of that act when it is not the
 * responder's own state, or null.
 */
function doerOfDeedNamed(doc: Doc, ctx: SentenceCtx, m: Match, earlier: Event[], sofar: Event[], responder: Actor | undefined): Actor | null {
  let after = doc.text.slice(doc.tokens[m.last - 1].end, ctx.s.end);
  // ("expressed concern over the drills", "voiced outrage at the attack": the deed after the feeling the entry names.)
  const felt = m.trigger.objForms ? OBJECT_THEN_ABOUT.exec(after) : null;
  if (felt && felt[1].toLowerCase().split(/\s+/).some((w) => m.trigger.objForms!.has(w))) after = after.slice(felt[0].length);
  const deed = KNOWN_DEED.test(after) || CALLED_DEED.test(after);
  // (A move is answered across states: "two Democrats are backing the measure" answers no state's act.)
  const move = !deed && !!responder?.country && (KNOWN_MOVE.test(after) || (responder.start ? MOVE_BEFORE.test(doc.text.slice(ctx.s.start, responder.start)) : false));
  const charge = !deed && !move && KNOWN_CHARGE.test(after);
  if (!deed && !move && !charge) return null;
  // ("Israeli airstrikes killed 30 … Hamas fired rockets at Tel Aviv … Guterres condemned the strikes": the attack
  // of the kind named, before the last attack told.)
  const kind = deed ? deedKind(after) : null;
  if (kind) {
    let found: EventActor | null = null;
    for (let i = earlier.length + sofar.length - 1; i >= 0; i--) {
      const e = i >= earlier.length ? sofar[i - earlier.length] : earlier[i];
      if (e.type !== 'ASSAULT' || !told(e) || !e.actor?.country || e.actor.country === responder?.country || deedKind(e.trigger.text) !== kind) continue;
      if (found && found.country !== e.actor.country) break;
      // (The same side named outright earlier beats "its aircraft".)
      found = !found || /^(its|their|his|her)\s/i.test(found.name) ? e.actor : found;
    }
    if (found) return inheritedActor(found);
  }
  // ("North Korea fired a missile …, as Pyongyang protests joint drills by the United States and South Korea. …
  // Kishida condemned the launch": a move named by its kind is the last one of that kind, not the last move.)
  const fits = move ? MOVE_KINDS.find(([word]) => word.test(after))?.[1] : undefined;
  if (fits) {
    for (let i = earlier.length + sofar.length - 1; i >= 0; i--) {
      const e = i >= earlier.length ? sofar[i - earlier.length] : earlier[i];
      if (fits(e) && told(e) && e.actor?.country && e.actor.country !== responder?.country) return inheritedActor(e.actor);
    }
  }
  for (let i = earlier.length + sofar.length - 1; i >= 0; i--) {
    const e = i >= earlier.length ? sofar[i - earlier.length] : earlier[i];
    // ("Zelenskiy welcomed the decision" after the EU approved sanctions, Hungary threatened a veto and China
    // objected: a move is an act, a bloc's too, not words said about one.)
    if (move && !VERBAL.has(e.type) && e.actor?.sector === 'IGO' && !e.actor.country) return inheritedActor(e.actor);
    // (A charge is answered by whoever it was made against, never by whoever made it; its maker may be of no
    // country: "Human rights groups have accused Malian troops …. The junta denies the accusations.")
    if (charge && e.type === 'ACCUSE' && e.actor) {
      if (e.actor.country ? e.actor.country === responder?.country : e.actor.name === responder?.name) continue;
      return inheritedActor(e.actor);
    }
    // (A deed answered was done: not one threatened if something happens, "our army will respond with military action".)
    if (!e.actor?.country || (deed && (e.type !== 'ASSAULT' || !told(e) || FENDING_OFF.test(e.trigger.text))) || charge || (move && VERBAL.has(e.type))) continue;
    // (A state's move: its government's or forces', or the state's by name; an attack answered at home is rebels'
    // or militants' of the same country, "Prime Minister Sharif condemned the bombing".)
    const state = e.actor.sector ? STATE_SECTOR.test(e.actor.sector) : e.actor.name === countryName(e.actor.country);
    if (move && !state) continue;
    if (e.actor.country === responder?.country && (move || state)) continue;
    return inheritedActor(e.actor);
  }
  return null;
}

/** The side of the last attack told (not one fending another off), other than the responder's. */
function lastAttacker(earlier: Event[], sofar: Event[], responder: Actor | undefined, since = 0): Actor | null {
  for (let i = earlier.length + sofar.length - 1; i >= 0; i--) {
    const e = i >= earlier.length ? sofar[i - earlier.length] : earlier[i];
    if (e.sentence.start < since) return null;
    if (e.type === 'ASSAULT' && e.actor?.country && !FENDING_OFF.test(e.trigger.text) && e.actor.country !== responder?.country) return inheritedActor(e.actor);
  }
  return null;
}

/** The kind of attack a phrase names: "the strikes", "struck", "the airstrikes" are strikes; "the bombing", "bombed" bombs. */
function deedKind(words: string): string | null {
  const m = /\b(?:air ?)?(strik|struck|bomb|shell|raid|rocket|missile|drone)/i.exec(words);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return w === 'struck' ? 'strik' : w;
}

/** Nouns that name a charge made ("a claim", "an accusation"). */
const CHARGE_NOUNS = 'claims?|charges?|accusations?|allegations?|assertions?';
/** ", an accusation Moscow denied", ", a move Beijing condemned": the clause before, named in apposition. */
const CLAUSE_CALLED = new RegExp(`^,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:${CHARGE_NOUNS}|move|step|decision)\\b`, 'iu');
/** ", a claim Moscow rejected", ", an accusation Beijing denies": a charge set off before the one who rejects it. */
const CLAIM_BEFORE = new RegExp(`,\\s+(?:a|an|the)\\s+(?:${CHARGE_NOUNS})\\s+$`, 'i');
/**
 * "Ukraine said Russia had used chemical weapons, a claim Moscow rejected": whoever made the claim (the subject of
 * the sentence's verb of saying) is the side a rejection set off after it answers.
 */
function claimantRejected(doc: Doc, ctx: SentenceCtx, responder: Actor | undefined, actors: ActorResolver): Actor | null {
  if (!responder?.start || !CLAIM_BEFORE.test(doc.text.slice(ctx.s.start, responder.start))) return null;
  for (let j = ctx.s.first + 1; j < ctx.s.last && doc.tokens[j].end <= responder.start; j++) {
    if (!SPEECH.has(ctx.low[j - ctx.s.first]) && !/^(accused|alleged|charged)$/.test(ctx.low[j - ctx.s.first])) continue;
    const subj = subjectChunk(doc, ctx, j, actors);
    const a = subj ? actors.resolve(subj, ctx.index) : null;
    return a && a.country !== responder.country ? a : null;
  }
  return null;
}

/**
 * In a title-case headline every word is capitalised, so "Fires Ballistic Missile", "Accepts Ceasefire Proposal" read
 * as names: a side the entity layer did not name, of no country and no sector, is one only when the knowledge base
 * knows a word of it as a surname ("Putin and Kim Sign …"), a given name comes before its last word ("Glenn Beck
 * Blasts …"), or it is a plural kind of people ("Urges Allies").
 */
function capitalisedWordsOnly(a: Actor): boolean {
  if (a.entity !== null || a.country || a.sector || a.members) return false;
  const words = a.name.split(/\s+/);
  // ("Bolton and Gorka Slam Neocons", "Urges Allies", "Hundreds Rally …": a plural names people of a kind.)
  if (/[^s]s$/.test(words[words.length - 1])) return false;
  // ("Glenn Beck Blasts Drudge", "Conservative Icon Morton Blackwell Endorses …": a given name before the last word
  // makes a person; alone it may be a word, "Unity", "Star".)
  return !words.some((w, i) => kbBySurname(w).length > 0 || (i < words.length - 1 && isGivenName(w)));
}

/** Words of work and pay that make a strike a walkout. */
const LABOUR = /\b(workers?|unions?|employees|staff|teachers|nurses|doctors|miners|drivers|dockers|pilots|walkouts?|pay|wages?|pensions?|labou?r|general strike|hunger strike|picket\w*|industrial action)\b/i;

/** How far back, in characters, an attack named again may have been told: a few paragraphs. */
const RECENT_CHARS = 1500;
/** "in that attack", "in the strikes", "in Tuesday's bombing": an attack told before, named again right after a passive deed. */
const ATTACK_NAMED_AGAIN = /^\s+(in|during|by)\s+(the|that|this|those|these|[A-Z][a-z]+day['’]s)\s+([a-z]+\s+)?(attacks?|strikes?|air\s?strikes?|bombings?|raids?|shelling|assault|barrage)\b/;
/** Force used to fend off an attack ("shot down 87 of the missiles", "intercepted", "repelled"): no attack to condemn. */
const FENDING_OFF = /^((shot|shoot|shoots|shooting) down|downed|intercept|repel|repuls|(pushed|push|pushes|pushing) back|thwart|foil)/i;

/** Acts in words, which answer moves rather than being ones. */
const VERBAL: ReadonlySet<string> = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'REQUEST', 'SUPPORT']);

/** A side taken over from the event a phrase hangs on ("condolences for the attack"): it has no place in this sentence. */
function inheritedActor(a: EventActor): Actor {
  return { entity: a.entity, name: a.name, country: a.country, sector: a.sector, kind: 'group', plural: false, start: 0, end: 0, members: undefined };
}

/** Whether the last verb between a subject and the noun phrase at `at` hands the subject the deed (or there is none). */
function handsOver(doc: Doc, lex: Lexicon, subj: Chunk, at: number, hostile: boolean, own: ReadonlySet<string> | null = null): boolean {
  // ("spread to Darfur and Kordofan and that aid convoys were blocked": a phrase joined to the noun's by "and" is its fellow, not its doer.)
  const between = doc.tokens.slice(subj.last, at);
  if (between.some((t) => t.pos === 'CCONJ') && between.every((t) => t.pos === 'CCONJ' || /^(that|,)$/i.test(t.text))) return false;
  for (let k = at - 1; k >= subj.last; k--) {
    const t = doc.tokens[k];
    // "I call it the trip that …": an object pronoun between is the verb's object, and the deed is no one's here.
    if (t.pos === 'PRON' && OBJECT_PRONOUNS.test(t.text)) return false;
    // "claimed responsibility for the attack": the deed is the claimer's.
    if (t.text.toLowerCase() === 'for' && k - 2 >= subj.last && /^(responsibility|credit)$/i.test(doc.tokens[k - 1].text)) {
      return /^(claim|take|took|accept|admit|assume)/i.test(doc.tokens[k - 2].text) || lex.handingForms.has(doc.tokens[k - 2].text.toLowerCase());
    }
    // "remained open to negotiations", "is ready for talks": the subject is the one willing.
    if (/^(to|for)$/i.test(t.text) && k === at - 1 && /^(open|ready|prepared)$/i.test(doc.tokens[k - 1]?.text ?? '')) return true;
    // "offered condolences for the attack": the deed after "for" is the occasion, not what was handed.
    if (hostile && t.pos === 'ADP' && CAUSE_PREPS.has(t.text.toLowerCase())) return false;
    // "was never given due to the Orlando massacre", "because of the attacks": the same, in two words.
    if (hostile && /^(to|of)$/i.test(t.text) && /^(due|owing|thanks|because)$/i.test(doc.tokens[k - 1]?.text ?? '')) return false;
    // "Mr. Obama's reaction to the attacks": a deed after a noun's preposition is no deed of the phrase before.
    // ("placed its nuclear forces on high alert": after "put"/"place", "on" gives the state the object is put in.)
    if (t.pos === 'ADP' && NOUN_PREPS.has(t.text.toLowerCase()) && doc.tokens[k - 1]?.pos === 'NOUN' && !putOn(doc, subj.last, k)) return false;
    // "Secretary Clinton, on the night of the attacks in Benghazi, …": a deed that dates something is no one's here;
    // "Survivors of the bombing", "critics of the strikes": nor one that names people it touched.
    // ("ended three days of military drills", "after weeks of protests" is the deed's own length: it goes on.)
    if (t.text.toLowerCase() === 'of' && TIME_OF.test(doc.tokens[k - 1]?.text ?? '') && /^(NUM|ADJ|VERB)$/.test(doc.tokens[k - 2]?.pos ?? '') && /s$/i.test(doc.tokens[k - 1].text)) continue;
    if (t.text.toLowerCase() === 'of' && (TIME_OF.test(doc.tokens[k - 1]?.text ?? '') || TOUCHED_BY.test(doc.tokens[k - 1]?.text ?? ''))) return false;
    if (t.pos !== 'VERB') continue;
    // "Trump called the assault that killed five officers …": who names a deed told before did not do it
    // ("called a strike for Monday" calls one).
    if (hostile && NAMING.test(t.text) && k === at - 1 && /^(the|this|that|these|those)$/i.test(doc.tokens[at].text)) return false;
    // "condemned North Korea's claim to have conducted the test": an infinitive after a noun is that noun's owner's.
    if (lex.handingForms.has(t.text.toLowerCase()) && infinitiveOfNoun(doc, k, subj.last)) return false;
    // "responded with attacks" is attacking; "responded to the attack" is not.
    // ("responded with its own live-fire drills")
    if (/^(respond|retaliat|react|answer)/i.test(t.text)) {
      let w = at - 1;
      while (w > k && /^(its|their|his|her|our|own)$/i.test(doc.tokens[w].text)) w--;
      if (doc.tokens[w]?.text.toLowerCase() === 'with') return true;
    }
    // ("Hamas said the idea amounted to “ethnic cleansing”": the verb's subject is in the reported clause, not the sayer.)
    if (lex.handingForms.has(t.text.toLowerCase()) && doc.tokens.slice(subj.last, k).some((x) => x.pos === 'VERB' && SPEECH.has(x.text.toLowerCase()))) return false;
    // ("Syria used chemical weapons": a verb the noun's entry names before it is part of the deed, when active;
    // "donors were granted access" were given it.)
    return lex.handingForms.has(t.text.toLowerCase()) || (!!own?.has(t.text.toLowerCase()) && !BE.has(doc.tokens[k - 1]?.text.toLowerCase() ?? ''));
  }
  return true;
}

/** People named by a deed that touched them: "survivors of the bombing", "critics of the strikes". */
const TOUCHED_BY = /^(victims?|survivors?|families|relatives|witness(es)?|critics|opponents|orphans|widows)$/i;

/** Things used to do a deed: "the gun used to kill". */
const INSTRUMENTS = /^(guns?|rifles?|pistols?|firearms?|weapons?|knife|knives|machetes?|axes?|bombs?|explosives?|trucks?|cars?|vehicles?|devices?|drones?|missiles?|rockets?|tunnels?|chemicals?|gas|planes?|aircraft|jets?|ammunition|malware|software|tools?|money|funds)$/i;

/**
 * "the gun used by George Zimmerman to kill Trayvon Martin", "the gun he allegedly used to kill nine people": who
 * wields the thing used does the deed (none named: "Auction of gun used to kill Trayvon"), not the sentence's
 * subject. Undefined when the deed is no such infinitive.
 */
function usedToDo(ctx: SentenceCtx, m: Match): Chunk | null | undefined {
  const k = m.first - ctx.s.first;
  if (ctx.low[k - 1] !== 'to') return undefined;
  const chunkAt = (j: number) => (j >= 0 && ctx.chunkAt[j] >= 0 ? ctx.chunks[ctx.chunkAt[j]] : null);
  if (ctx.low[k - 2] === 'used') {
    let b = k - 3;
    while (b >= 0 && ctx.tokens[ctx.s.first + b].pos === 'ADV') b--;
    const before = ctx.tokens[ctx.s.first + b];
    if (before?.pos === 'PRON') return chunkAt(b);
    // ("their leaders used to support …": a habit, the subject's.)
    return before?.pos === 'NOUN' && INSTRUMENTS.test(before.text) ? null : undefined;
  }
  // "used by X to …": the phrase after "by" ends just before "to".
  const agent = chunkAt(k - 2);
  if (!agent || agent.last !== m.first - 1) return undefined;
  const a = agent.first - ctx.s.first;
  return ctx.low[a - 1] === 'by' && ctx.low[a - 2] === 'used' ? agent : undefined;
}

/** Verbs that name a thing, not do it. */
const NAMING = /^(call|calls|called|calling|describe|describes|described|describing|term|termed|terms|label(l?ed)?|labels|dub|dubbed|dubs)$/i;
/** Whether the verb at k is an infinitive ("to conduct", "to have conducted") right after a noun a name owns ("North Korea's claim"). */
function infinitiveOfNoun(doc: Doc, k: number, from: number): boolean {
  let q = k - 1;
  if (q > from && /^(have|be)$/i.test(doc.tokens[q].text)) q--;
  if (!(q - 2 > from && /^to$/i.test(doc.tokens[q].text) && doc.tokens[q - 1].pos === 'NOUN')) return false;
  let o = q - 2;
  while (o > from && /^(ADJ|NOUN)$/.test(doc.tokens[o].pos)) o--;
  return /^['’]s?$/.test(doc.tokens[o].text);
}

/** A deed a warning deters, with what it "would" bring: "that any attack on X would be met with force". */
const DETERRED = /^ (that )?(any|an|a)( \S+)?( \S+)? (attack|attacks|strike|strikes|aggression|assault|invasion|incursion|move) (on|against|upon) [^,;]*? (would|will) /;
/** Whether the words after a warning tell a deed it deters ("warned that an armed attack on … would invoke …"). */
function deterred(ctx: SentenceCtx, m: Match): boolean {
  const from = m.last - ctx.s.first;
  return DETERRED.test(` ${ctx.low.slice(from, from + 16).join(' ')} `);
}

/**
 * "all nine people killed were foreign nationals", "the three soldiers killed in the attack were buried": a
 * participle right after its noun, the sentence's verb still to come, describes the dead of a deed told
 * before; it does not tell one.
 */
function participleBeforeVerb(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const k = m.first - ctx.s.first;
  if (k < 1 || !/(ed|en|wn)$/.test(ctx.low[k]) || !/^(NOUN|PROPN)$/.test(doc.tokens[m.first - 1].pos) || m.last >= ctx.s.last) return false;
  // (An object after it makes it the verb, "attacked a federal judge whose parents were …"; an agent tells who did it, "backed by Ankara".)
  if (!/^(ADP|AUX)$/.test(doc.tokens[m.last].pos) || ctx.low[m.last - ctx.s.first] === 'by') return false;
  for (let j = m.last; j < ctx.s.last && j < m.last + 8; j++) {
    const pos = doc.tokens[j].pos;
    if (pos === 'AUX') return /^(was|were|is|are|had|have|has|included|include)$/.test(ctx.low[j - ctx.s.first]);
    if (!/^(ADP|DET|NOUN|PROPN|ADJ|NUM|PART)$/.test(pos) || ctx.low[j - ctx.s.first] === ',') return false;
  }
  return false;
}

/** Texts put to a vote. */
const RESOLUTIONS = /^(resolutions?|motions?|bills?|drafts?)$/;

/** Whether the noun at m is what a resolution or a bill is "on" or "for" ("a U.N. resolution on a ceasefire in Gaza"). */
function topicOfResolution(ctx: SentenceCtx, m: Match): boolean {
  const ci = ctx.chunkAt[m.first - ctx.s.first];
  const first = ci >= 0 ? ctx.chunks[ci].first : m.first;
  return /^(on|for)$/.test(ctx.low[first - 1 - ctx.s.first] ?? '') && RESOLUTIONS.test(ctx.low[first - 2 - ctx.s.first] ?? '');
}

/** Pronouns that stand for an object. */
const OBJECT_PRONOUN = /^(it|them)$/i;

/** "a charge Moscow denied", "the claims the ministry rejected": the verb's object, then a name or a phrase as its subject. */
function objectRelative(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const objForms = m.trigger.objForms;
  if (!objForms) return false;
  for (let j = m.first - 2; j >= ctx.s.first && j >= m.first - 5; j--) {
    if (!objForms.has(ctx.low[j - ctx.s.first])) continue;
    // (The subject opens a phrase of its own: "a national poll released" is one phrase, a participle after it.)
    if (doc.tokens[j].pos !== 'NOUN' || !/^(PROPN|DET)$/.test(doc.tokens[j + 1].pos)) return false;
    for (let k = j + 1; k < m.first; k++) if (!/^(PROPN|DET|NOUN|ADJ)$/.test(doc.tokens[k].pos)) return false;
    return doc.tokens[m.first - 1].pos === 'PROPN' || doc.tokens[m.first - 1].pos === 'NOUN';
  }
  return false;
}

// ------------------------------------------------------------------ events

function buildEvent(doc: Doc, ctx: SentenceCtx, m: Match, lex: Lexicon, actors: ActorResolver, prev: SentenceCtx | null, all: Match[], sofar: Event[], carry: Event['date'] = null, earlier: Event[] = []): Event[] | null {
  const tr = m.trigger;
  // "began trying to win": a chain of silent frames with no event at its end tells none.
  if (tr.silent && innermost(m).trigger.silent) return null;
  // "Trump University was started in 2004 to offer courses": a silent frame in the passive frames a purpose, not its act.
  if (tr.silent && isPassive(doc, ctx, m)) return null;
  // "threatening to assault and murder a congresswoman": a hostile verb joined to a framed one shares its
  // frame, which tells the threat already ("to support and recognize the genocide" recognizes, though).
  if (tr.kind === 'verb' && HOSTILE.has(tr.type) && !m.outer && m.first - ctx.s.first >= 2 && /^(and|or)$/.test(ctx.low[m.first - ctx.s.first - 1])
    && all.some((x) => x.last === m.first - 1 && x.outer !== null)) return null;
  // ("The Kremlin did not comment on the strikes" after missiles were fired: the strikes told before, no walkout.)
  if (tr.mode === 'strike' && tr.kind === 'noun' && (earlier.some((e) => e.type === 'ASSAULT') || sofar.some((e) => e.type === 'ASSAULT')) && !LABOUR.test(doc.text.slice(ctx.s.start, ctx.s.end))) return null;
  // "declined to say", "refused to comment".
  if (tr.ctl && !m.inner) {
    const after = ctx.low.indexOf('to', m.last - ctx.s.first - (ctx.low[m.last - 1 - ctx.s.first] === 'to' ? 1 : 0));
    // ("refused to rule out sending troops": what is not ruled out is the deed's, which it leaves possible.)
    if (after >= 0 && after <= m.last - ctx.s.first + 1 && (lex.speechActs.has(ctx.low[after + 1] ?? '') || ctx.low[after + 1] === 'rule')) return null;
  }
  if (tr.kind === 'modal' && !m.inner) return null;
  // ("a schoolteacher who asked that her name be withheld", "a diplomat who requested anonymity": a source's terms, no request.)
  if (tr.type === 'REQUEST' && ANONYMITY.test(doc.text.slice(doc.tokens[m.last - 1].end, Math.min(ctx.s.end, doc.tokens[m.last - 1].end + 60)))) return null;
  // ("We need Patriots, not promises": a word set against another names what is not wanted, no deed refused.)
  // (A bare word there, the tagger's verb too: "not promises,".)
  if (m.first - ctx.s.first >= 2 && ctx.low[m.first - ctx.s.first - 1] === 'not' && ctx.low[m.first - ctx.s.first - 2] === ','
    && !m.inner && (m.last >= ctx.s.last || /^[,.;:!?”"]$/.test(ctx.low[m.last - ctx.s.first]))) return null;
  // "Asked whether the campaign should apologise": a modal in a question asks nothing of anyone.
  if (tr.kind === 'modal' && inQuestion(ctx.low, m.first - ctx.s.first)) return null;
  // "one should visit this museum", "no president should ever want to be", "it should be obvious": an obligation on no one in particular asks nothing of anyone.
  if (tr.kind === 'modal' && genericModalSubject(doc, ctx, m.first - ctx.s.first)) return null;
  const k = m.first - ctx.s.first;
  // Purpose clauses ("... to demand an end to the reform") serve an event already told.
  const toBefore = (k > 0 && ctx.low[k - 1] === 'to') || (k > 1 && ctx.low[k - 2] === 'to' && /^(be|have)$/.test(ctx.low[k - 1]));
  // ("Clinton bashed Trump's proposal to ban Muslims": the ban is Trump's, told for its own sake.)
  if (!m.outer && toBefore && tr.kind === 'verb' && all.some((x) => x.head < m.head && x !== m && !x.trigger.silent) && !purposeOwner(doc, ctx, m.first)) return null;
  // ("hours after the militant group fired mortar rounds at an Israeli position": a deed told by its
  // verb, done by one side to another, is news; "hours after 14 people were killed", "shortly after the
  // attack" recall what was told before.)
  const lately = ctx.background[k] === 2 && tr.kind === 'verb' && !m.outer && !isPassive(doc, ctx, m);
  if (ctx.background[k] && !lately) return null;
  // A verb in a relative clause tells an event only when the sentence tells no other (but "dispersed
  // demonstrators protesting election results" tells the protest too).
  if (ctx.relative[k] && tr.kind !== 'noun' && tr.type !== 'PROTEST' && !m.outer && all.some((x) => x !== m && !x.outer && !ctx.relative[x.first - ctx.s.first])) return null;
  // "the curfew imposed in Sudan": a participle describing a thing, unless an agent follows ("imposed by the U.S.").
  // ("an allegation Kyiv denied": the object before its own subject, in a relative clause without "that", is no participle.)
  if (m.objBehind && !isPassive(doc, ctx, m) && ctx.low[m.last - ctx.s.first] !== 'by' && !objectRelative(doc, ctx, m)) return null;
  if (tr.kind === 'verb' && !m.inner && !m.outer && participleBeforeVerb(doc, ctx, m)) return null;
  if (tr.kind === 'noun' && !m.outer && !nounStands(doc, ctx, m, lex, actors, all)) return null;
  // ("struck Kharkiv with missile strikes", "targeted a base with a barrage of rockets": the means of an attack just told.)
  if (tr.kind === 'noun' && tr.type === 'ASSAULT' && !m.outer && meansOfAttackTold(doc, ctx, m, all)) return null;
  // ("is scheduled to meet Xi on the sidelines of the APEC summit": the meeting is the occasion, not the meeting told.)
  if (tr.kind === 'noun' && tr.type === 'CONSULT' && !m.outer && onSidelinesOf(ctx, m)) return null;
  // "every last person threatening the peace", "anyone attacking our troops": a kind of person, not a deed.
  if (tr.kind === 'verb' && /ing$/.test(ctx.low[k]) && genericAgentBefore(doc, ctx, k)) return null;

  let coded = codeFrame(m, lex);
  // "agreed to allow Reyes to use the voter file": a letting that concedes nothing is agreed, not conceded.
  if (coded.type === 'CONCEDE' && CONCEDING_FRAMES.has(tr.lemma) && m.inner && notTheAct(doc, ctx, innermost(m))) coded = { type: 'AGREE', mode: null, cameo: lex.intent.CONCEDE ?? tr.cameo, contexts: coded.contexts };
  // The act as framed, before a future makes it a threat: "will fight for you" is still no fight.
  const framed = coded.type;
  const st = statusOf(doc, ctx, m, lex);
  let status: EventStatus = st.status === 'assertive' ? 'planned' : st.status;
  if (tr.status && status !== 'negated' && status !== 'hypothetical') status = tr.status === 'actual' ? status : tr.status;
  // (A deed in words or law got ready for is still to come: "preparing to charge him"; readied forces are the deed.)
  if (tr.lemma === 'prepare' && m.inner && status === 'actual' && framed !== 'MOBILIZE' && framed !== 'AGREE') status = 'planned';
  // ("Hungary blocked a new EU aid package for Ukraine", "vetoed the resolution's sanctions": an act named as
  // what someone stopped did not happen.)
  if ((tr.kind === 'noun' || doc.tokens[m.head].pos === 'NOUN') && !m.inner && blockedBefore(doc, ctx, m)) status = 'negated';
  // What PLOVER codes by the act's modality: future cooperation is AGREE, future conflict THREATEN.
  const explicitFrame = m.inner !== null && tr.ctl !== null && !tr.silent;
  if (status === 'planned' && st.conditional) {
    coded = asThreat(coded, lex, coded.contexts);
  } else if (status === 'planned' && !explicitFrame) {
    const cls = classOf(coded.type, lex);
    if (cls === 'coop' && coded.type !== 'AGREE') coded = { type: 'AGREE', mode: null, cameo: lex.intent[coded.type] ?? '030', contexts: coded.contexts };
    // (A show of force to come stays one, planned, as PLOVER codes "prepared to resume shelling": "NATO will hold its
    // largest exercise", "will send 3,000 troops to Poland" threaten no one; "warned it would deploy" has its frame.)
    else if (cls === 'conf' && coded.type !== 'THREATEN' && coded.type !== 'REJECT' && coded.type !== 'ACCUSE' && (coded.type !== 'MOBILIZE' || warningBefore(ctx, m))) coded = asThreat(coded, lex, coded.contexts);
  }
  // ("Russia decided not to attack Kyiv", "agreed not to deploy": one's own deed a frame rules out is not done.)
  // ("decided after a lengthy investigation not to recommend charges": the "not to" may stand before the deed's own verb.)
  const declined = m.inner !== null && notToBefore(ctx, m.first + 1, innermost(m).first);
  if (m.inner && status !== 'hypothetical' && OWN_DECISION.test(tr.lemma) && declined) status = 'negated';
  // ("Israel decided to strike Iran", "decided to expel the ambassador": a deed decided on is still to come.)
  // (Not words that do what they decide: "decided to endorse Ted Cruz" endorses him.)
  if (status === 'actual' && m.inner && RESOLVING.has(tr.lemma) && DONE_LATER.has(coded.type) && !declined) status = 'planned';
  // ("has not yet decided whether to approve Sweden's bid": what is still to be decided may come or not.)
  if (status === 'negated' && m.inner && ctx.low[m.last - ctx.s.first] === 'whether') status = 'hypothetical';
  // "hasn't committed to any specifics so far", "has not yet agreed": an agreement still pending is not refused.
  if (status === 'negated' && lex.negatedAs[coded.type] && !pendingAfter(ctx, m)) {
    coded = { type: lex.negatedAs[coded.type], mode: null, cameo: '120', contexts: coded.contexts };
    status = 'actual';
  }
  if (coded.type === 'THREATEN' && (status === 'planned' || st.status === 'assertive' || (!explicitFrame && status === 'actual'))) status = 'threatened';
  // ("pledged to send 1,000 troops", "prepared to resume shelling": the show of force a frame promises is to come.)
  if (coded.type === 'MOBILIZE' && explicitFrame && tr.type !== 'MOBILIZE' && status === 'actual') status = 'planned';

  const args = argumentsOf(doc, ctx, m, lex, actors, all);
  // "Putin and Kim discussed arms deals": an act only between sides named together as its subject, each the
  // other's side; what follows it is its topic ("Trump discussed his plan with Mexico" takes the entry with "with").
  const between = innermost(m).trigger.between;
  if (between && args.actors.length < 2) return null;
  const headline = titled(ctx);
  // ("Russia vetoes U.N. resolution on Ukraine ceasefire": the truce or the talks a text put to a vote is about are no
  // deed of anyone's; "passed a resolution for sanctions on Iran" still imposes them.)
  if (tr.kind === 'noun' && /^(RETREAT|AGREE|CONSULT|CONCEDE)$/.test(tr.type) && topicOfResolution(ctx, m)) return null;
  const { pair, allies } = args;
  const actorList0 = headline ? args.actors.filter((a) => !capitalisedWordsOnly(a)) : args.actors;
  const targetList0 = between ? [] : headline ? args.targets.filter((a) => !capitalisedWordsOnly(a)) : args.targets;
  // "the program allowed citizens to ...", "allowing the group to continue": permission no one gives.
  // …and allowing is a concession when an authority allows: "Merkel's decision to allow 1 million refugees into
  // Germany", not "a decision that allowed terrorist activity to multiply", "allowing his skills to shine through".
  if (tr.lemma === 'allow' && !actorList0.some(authority)) return null;
  let actorList = actorList0;
  // ("Turkey warned that protesters would be arrested": an authority warning of an arrest or a penalty, no
  // one named as imposing it, threatens it itself; not of violence: "Ukraine warned that civilians would be killed".)
  const penalty = framed === 'COERCE' || framed === 'SANCTION' || (framed === 'ACCUSE' && coded.contexts.includes('legal'));
  if ((coded.type === 'THREATEN' || (coded.type === 'ACCUSE' && status === 'planned')) && penalty && !actorList.length && isPassive(doc, ctx, innermost(m))) {
    const warner = groupActors(doc, ctx, warnerOf(doc, ctx, innermost(m), actors), actors, -1);
    if (warner.length && warner.every(authority)) actorList = warner;
  }
  // ("Protesters stormed the parliament building in Nairobi": a crowd storming a place riots; soldiers storming it attack.)
  if (coded.type === 'ASSAULT' && tr.lemma === 'storm' && (actorList.length ? actorList.every((a) => CROWDS.test(a.name)) : m.first > ctx.s.first && CROWDS.test(ctx.low[m.first - 1 - ctx.s.first]))) coded = { type: 'PROTEST', mode: 'riot', cameo: '145', contexts: coded.contexts };
  // ("RSF fighters stormed the camp, looted homes": an armed force's looting takes property by force, no protest.)
  if (coded.type === 'PROTEST' && coded.mode === 'vandalize' && actorList.some((a) => /^(MIL|REB|PRM|UAF)$/.test(a.sector ?? ''))) coded = { type: 'COERCE', mode: 'seize', cameo: '1711', contexts: coded.contexts };
  // ("Russia and China held naval drills": states exercising together cooperate; their show of force is aimed at neither.)
  // ("… near Japan" is a show of force toward Japan.)
  const drillers = new Set(actorList.map((a) => a.country).filter(Boolean));
  if (coded.type === 'MOBILIZE' && innermost(m).trigger.kind === 'noun' && DRILLS.test(innermost(m).trigger.lemma) && drillers.size > 1 && targetList0.every((t) => drillers.has(t.country))) coded = { type: 'COOPERATE', mode: null, cameo: '062', contexts: coded.contexts };
  // ("the Netherlands pledged F-16 fighter jets": weapons handed over, of no country named, are what is given, not a side.)
  let targetList = targetList0.some(equipmentOnly) ? targetList0.filter((a) => !equipmentOnly(a)) : targetList0;
  // ("We will strike back," Iran's foreign minister said: a state's or an armed group's retaliation; "will strike back
  // at his critics" answers in words.)
  if (tr.lemma === 'strike' && tr.prep === 'back') {
    const aimed = /^(at|against|on)$/.test(ctx.low[m.last - ctx.s.first] ?? '');
    // ("his critics" resolve to his own side.)
    const others = targetList.filter((t) => !actorList.some((a) => a.name === t.name));
    if (!actorList.some(stateOrArmed) || (aimed && !others.length) || !others.every(stateOrArmed)) return null;
  }
  // ("Greenland was a target of influence campaigns": the subject suffers the deed the noun names; whoever
  // the noun's own words name does it: "the target of a Russian missile attack".)
  const sufferedAt = tr.kind === 'noun' ? targetOfDeed(ctx, m, lex) : -1;
  if (sufferedAt >= 0 && actorList.length && actorList.every((a) => a.end <= doc.tokens[sufferedAt].start)) {
    if (!targetList.length) targetList = actorList;
    actorList = [];
  } else if (sufferedAt >= 0 && !targetList.length && (lex.sufferingForms.has(ctx.low[sufferedAt - ctx.s.first]) || targetBeing(ctx, sufferedAt))) {
    targetList = groupActors(doc, ctx, subjectChunk(doc, ctx, sufferedAt, actors), actors, -1);
  }
  // "An Israeli drone strike on Beirut killed a senior Hezbollah commander": what the deed named as the subject
  // did is that deed's outcome, one event: the killed are its side when it names none but the place it struck.
  if (tr.kind === 'verb' && !m.inner && coded.type === 'ASSAULT' && sofar.length) {
    // ("three people were killed and 74 wounded", "…, and more than 200 wounded": the toll of one attack,
    // the wounded counted after the dead.)
    if (countAfterAnd(doc, ctx, m.first) && sofar.some((e) => e.type === 'ASSAULT' && e.sentence.start === ctx.s.start)) return null;
    const found = deedAsSubject(doc, ctx, m, actors, sofar);
    if (found) {
      const { deed, named } = found;
      const hit = targetList[0];
      // (The killed, a body or people, are the side rather than the place a deed named as subject struck: "a strike on
      // Beirut killed a commander"; "Israel struck Gaza, killing 22 people" keeps Gaza.)
      // (…and of the struck place's country when nothing else names theirs: "killed 30 people across the Gaza Strip".)
      // (A town is a place though the article elsewhere makes it speak for its government: "Beirut would file a complaint".)
      if (hit && (!deed.target || (named && (!deed.target.sector || townNamed(doc, deed.target)) && !!hit.sector))) {
        const country = deed.target?.country ?? deed.location?.country;
        deed.target = toEventActor(!hit.country && !hit.entity && country ? copyActor(hit, { country }) : hit);
      }
      // ("… killed a senior commander on Tuesday": the verb's time is the deed's.)
      if (!deed.date) {
        const d = dateFor(ctx, m, all);
        if (d) deed.date = { value: d.value, precision: d.precision, text: d.text };
      }
      return null;
    }
  }
  // "took control of Wad Madani", "of the airport": a place taken; not "taking control of spending growth".
  const taking = innermost(m);
  if (taking.trigger.lemma === 'take' && taking.trigger.cameo === '192' && !targetList.length && !TERRITORY_TAKEN.test(doc.text.slice(doc.tokens[taking.last - 1].end, ctx.s.end))) return null;
  let inherited = false;
  let blamed = false;
  // A noun in a phrase hanging off another event shares its sides: "meet with Putin on a potential arms deal".
  if (tr.kind === 'noun' && sofar.length && (!actorList.length || !targetList.length)) {
    const ci = ctx.chunkAt[k];
    const c = ci >= 0 ? ctx.chunks[ci] : null;
    const p = c && c.first > ctx.s.first ? ctx.low[c.first - 1 - ctx.s.first] : '';
    const host = sofar[sofar.length - 1];
    // …within its clause ("X expressed condolences, while Obama offered his for the attack" is not X's),
    // and an attack named as the occasion of a friendly act ("condolences for the attack") is not its host's.
    const sameClause = host.sentence.start === ctx.s.start && !clauseBreakBetween(doc, ctx, host.trigger.end, doc.tokens[m.first].start);
    const occasion = HOSTILE.has(coded.type) && !HOSTILE.has(host.type) && p !== 'on' && p !== 'of';
    // ("Police arrested him for the attack", "sanctioned Russia over the invasion": the deed punished or blamed is the
    // one punished's, as its punisher says.)
    // ("accused Russia of the attack on the hospital": the deed one is accused of, too.)
    const accusedOf = p === 'of' && host.type === 'ACCUSE' && /^accus/i.test(host.trigger.text);
    const punished = HOSTILE.has(coded.type) && (p === 'for' || p === 'over' || accusedOf) && PUNISHING.has(host.type) && (host.type !== 'COERCE' || host.cameo === '173' || host.cameo === '174');
    if (punished && sameClause) {
      // (A town is no one punished: "convicted three men for the Paris attacks".)
      // (Only one named between the two: a side the punishment took from context is no one's word here.)
      // ("blamed the RSF for the attack": named by an alias of the entity counts too.)
      const from = host.trigger.end, to = doc.tokens[m.first].start;
      const named = !!host.target && (doc.text.slice(from, to).includes(host.target.name)
        || (!!host.target.entity && !!doc.entities.find((e) => e.id === host.target!.entity)?.mentions.some((x) => x.start >= from && x.end <= to)));
      if (host.target && named && !actorList.length && !townNamed(doc, host.target)) { actorList = [inheritedActor(host.target)]; inherited = true; }
      if (status === 'actual') status = 'reported';
      blamed = true;
    } else if (['on', 'for', 'about', 'over', 'of'].includes(p) && sameClause && !occasion) {
      if (host.actor && !actorList.length) { actorList = [inheritedActor(host.actor)]; inherited = true; }
      if (host.target && !targetList.length) { targetList = [inheritedActor(host.target)]; inherited = true; }
      if (host.type === coded.type && inherited) return null;
    }
  }
  // ("Pakistan said two children were killed in that attack": the dead of an attack told before are its doer's.)
  if (!actorList.length && coded.type === 'ASSAULT' && tr.kind === 'verb' && isPassive(doc, ctx, m) && ATTACK_NAMED_AGAIN.test(doc.text.slice(doc.tokens[m.last - 1].end, ctx.s.end))) {
    const doer = lastAttacker(earlier, sofar, undefined, ctx.s.start - RECENT_CHARS);
    if (doer) { actorList = [doer]; inherited = true; }
  }
  let targetFromContext = false;
  // (Whether that side is the doer of a deed the words answer: "expressed concern over the drills".)
  let answeredDeed = false;
  let sideless = false;
  // (A government and its rebels are two sides too: "Colombia's government and the ELN rebels signed a ceasefire".)
  const compound = new Set(actorList.map((a) => a.country ?? a.name)).size > 1 || (actorList.length === 2 && civilWarSides(actorList[0], actorList[1]));
  let location = locationFor(doc, ctx, m, actors, all);
  // "deployed a carrier to the eastern Mediterranean", "sent warships to the South China Sea": waters no
  // country holds are where the act goes, not a side, whatever country a word in their name is. (Not a
  // continent: "a security threat to Europe".)
  const waters = targetList.findIndex(openWaters);
  if (waters >= 0) {
    const place = findPlace(targetList[waters].name)!;
    location ??= { name: place.name, country: null, lat: place.lat, lon: place.lon };
    targetList = targetList.filter((_, i) => i !== waters);
  }
  // (Nor a doer: "Iran warned that it would close the Strait of Hormuz if attacked".)
  if (actorList.some(openWaters)) actorList = actorList.filter((a) => !openWaters(a));
  // ("the missile was launched from near Pyongyang", "rockets were fired from Lebanon at northern Israel": where a
  // launch came from tells whose it was when no one is named, and is no target.)
  const origin = !actorList.length && (tr.lemma === 'launch' || tr.lemma === 'fire') && tr.kind === 'verb' && (coded.type === 'ASSAULT' || coded.type === 'MOBILIZE') ? launchOrigin(doc, ctx, m) : null;
  if (origin) {
    actorList = [origin];
    targetList = targetList.filter((t) => t.country !== origin.country);
  }
  if (framed === 'ASSAULT' && (coded.type === 'ASSAULT' || coded.type === 'THREATEN') && verbalAttack(doc, ctx, m, actorList, targetList, location)) {
    coded = { type: 'ACCUSE', mode: 'disapprove', cameo: '111', contexts: coded.contexts };
    if (status === 'threatened') status = 'planned';
  }
  // "Japan protested after a Chinese ship entered its waters": a government protests by complaint, not in the street.
  if (coded.type === 'PROTEST' && tr.lemma === 'protest' && tr.kind === 'verb' && actorList.length > 0 && actorList.every((a) => a.kind === 'country' || a.sector === 'GOV')) {
    coded = { type: 'ACCUSE', mode: 'disapprove', cameo: '114', contexts: coded.contexts };
  }
  // "His campaign protested that Clinton aides were being disingenuous": a complaint in words.
  else if (coded.type === 'PROTEST' && tr.lemma === 'protest' && tr.kind === 'verb' && ctx.low[m.last - ctx.s.first] === 'that') {
    coded = { type: 'ACCUSE', mode: 'disapprove', cameo: '111', contexts: coded.contexts };
  }
  if ((coded.type === 'ASSAULT' || framed === 'ASSAULT') && contestOnly(doc, ctx, m, actorList, targetList, location)) return null;
  // ("vowed to keep fighting the spending cuts": a threat framed around a force that is only a figure of speech.)
  const forceWithin = (t: string) => t === 'ASSAULT' || t === 'COERCE';
  if ((forceWithin(coded.type) || (coded.type === 'THREATEN' && (forceWithin(framed) || forceWithin(innermost(m).trigger.type)))) && figurative(doc, ctx, innermost(m))) return null;
  if (tr.kind === 'noun' && tr.lemma === 'demand' && !m.inner && notADemand(doc, ctx, m)) return null;
  if (tr.kind === 'noun' && namedAgain(doc, ctx, m)) return null;
  // ("began as a protest candidate": the act a light verb hands on may be the other sense.)
  if (anotherSense(doc, ctx, m) || notTheAct(doc, ctx, m) || (m.inner !== null && anotherSense(doc, ctx, innermost(m)))) return null;
  // "When Trump held rallies all over the southwest": one person's rally is a campaign's, not a protest.
  // "rebel groups … defeated the Derg and marched into Addis Ababa": armed forces on the march are no protest.
  if (coded.type === 'PROTEST' && tr.kind === 'verb' && (tr.lemma === 'rally' || tr.lemma === 'march') && actorList.some((a) => a.sector === 'MIL' || a.sector === 'REB')) return null;
  if (coded.type === 'PROTEST' && (tr.lemma === 'rally' || tr.lemma === 'march') && actorList.length === 1 && actorList[0].kind === 'person' && !actorList[0].plural && actorList[0].entity !== null) return null;
  // "The military government ... in Haiti", "a journalist killed in Beirut": a group named by its role is where it acts.
  if (location?.country) {
    const here = location;
    // …but one who comes to talk, give, agree or pull out is often a visitor: "Secretary of State X met … in Beijing".
    if (!VISITING_TYPES.has(coded.type)) actorList = actorList.map((a) => placedIn(a, here));
    targetList = targetList.map((a) => placedIn(a, here));
  }
  // ("NEW DELHI (AP) — … the gunmen … opened fire on tourists at a meadow", "TBILISI — riot police fired water
  // cannon at thousands of protesters": people harmed with no place of theirs named are of the state the
  // story is about; not where that state's own forces or government act, which may be abroad: "ISTANBUL —
  // … the Turkish strikes had killed 12 civilians" in Syria.)
  const byOwnState = (a: Actor | undefined) => !!a?.country && a.country === ctx.doc.home && !HOME_FORCE.test(a.sector ?? '');
  if (!location?.country && ctx.doc.home && (coded.type === 'ASSAULT' || coded.type === 'COERCE') && !byOwnState(actorList[0])) {
    const state = ctx.doc.home;
    targetList = targetList.map((a) => (!a.country && !a.entity && a.kind === 'group' && (a.sector === 'CVL' || a.sector === null) ? copyActor(a, { country: state }) : a));
  }
  // ("Russian police detained dozens of protesters", "Nicaragua's government ordered the newspaper La Prensa to
  // suspend publication": a state's arrests, bans and concessions are at home, on its own people and bodies,
  // unless the words give them another country.)
  const home = actorList[0]?.country;
  if (home && DOMESTIC.has(coded.type) && coded.type !== 'PROTEST' && coded.mode !== 'seize' && coded.mode !== 'cyber' && (actorList[0].kind === 'country' || STATE_SECTOR.test(actorList[0].sector ?? '') || actorList[0].sector === 'COP')) {
    // (Not a person named without a country: "Russia detained the journalist Evan Gershkovich", an American.)
    // (Nor an international body: "ordered the arrest of the ICC prosecutor".)
    targetList = targetList.map((a) => (!a.country && a.kind !== 'country' && !(a.kind === 'person' && a.entity) && !a.members && a.sector !== 'IGO' ? copyActor(a, { country: home }) : a));
  }
  // "Saudis insist they're fighting terror", "how he would form a coalition to fight the militant
  // group": a fight with its own object that names no actor is aimed at that, not at someone nearby.
  // ("Iran seized an oil tanker": so is a seizure of a thing, not of land; the actor's own country is no side of it.)
  const seized = coded.type === 'COERCE' && coded.mode === 'seize' ? phraseAfter(ctx, m) : null;
  const seizedThing = seized !== null && !LAND_OBJECT.test(ctx.low[seized.last - 1 - ctx.s.first]);
  const ownFoe = ((coded.type === 'ASSAULT' || seizedThing) && tr.kind === 'verb' && hasOwnObject(ctx, m, false))
    || ownPeopleObject(ctx, m) || (coded.type === 'SUPPORT' && supportOfThing(doc, ctx, m, actors));
  // "Armed men kidnapped a priest in Nigeria": violence done to someone unnamed in a foreign place is done
  // to that country, as GDELT codes it (a bystander named elsewhere in the sentence is not).
  const foreignPlace = !targetList.length && !compound && ownFoe && coded.type === 'ASSAULT' && location?.country !== actorList[0]?.country ? placeActor(location) : null;
  if (foreignPlace) {
    targetList = [foreignPlace];
    targetFromContext = true;
  }
  // (An entry whose subject is acted on names its target there or nowhere: "Those who attacked our country will pay".)
  // (Nor does a force moved in the passive: "Police were ordered to patrol the streets".)
  if (!targetList.length && !compound && !ownFoe && !tr.undergone && !(coded.type === 'MOBILIZE' && isPassive(doc, ctx, m))) {
    // "lifted a state of emergency in West Darfur": a government acting at home acts on its own country.
    const home = location?.country && actorList[0]?.country === location.country && DOMESTIC.has(coded.type) ? placeActor(location) : null;
    // Talks held somewhere are not talks with the host ("in Paris, the United States led negotiations");
    // a visit is, and so are acts done to a place.
    // So are agreements reached there ("agreed to a ceasefire in Jeddah" is no deal with Saudi Arabia) and
    // signed there or praise given there ("signed a peace deal in Pretoria").
    // Words are not said to the place they are said in either ("In Washington, the White House condemned the attack"),
    // though the place of what they are about is a side ("threatened to resume attacks in Israel", "pressed for a truce
    // in Syria"), and so is the state of those who rise against it there ("Rebels in the Ivory Coast dismissed an appeal").
    const spokenThere = SPOKEN.has(coded.type) && !placeNamedAfter(doc, ctx, m, location) && !(location?.country && location.country === actorList[0]?.country && actorList[0].sector === 'REB');
    // (Nor is the host of what is boycotted: "Iran boycotted the talks in Vienna".)
    const hostIsSide = (!HOST_NO_SIDE.has(coded.type) || coded.mode === 'visit') && !spokenThere && coded.mode !== 'boycott';
    // The other party from context is one other than the actor: with no actor, the nearest name is
    // mostly a bystander ("any walkouts were called off" -> Trump). The event stands, sideless.
    // (Anyone named in the sentence will do here, in a clause of its own too: "Drone strikes increase as Peru conflict intensifies".)
    if (!actorList.length && contextTarget(doc, ctx, prev, actorList, actors, m, false, CLAUSE_JOINERS)) sideless = true;
    // Fighters recruited with no side named ("to recruit more radical jihadists") are raised against no one
    // the context can tell: the nearest name is a bystander ("showing videos of Donald Trump").
    // Nor is a weapon tested ("North Korea fired two ballistic missiles into the sea") aimed at anyone named before.
    const recruits = coded.type === 'MOBILIZE' && ((coded.mode === 'militia' && tr.kind === 'verb') || coded.mode === 'weapons');
    // ("urged member states to boost defence production, warning that Russia …": whom a request names, when that is no
    // actor, is no one the context can tell.)
    // ("A court convicted three men for the Paris attacks": nor whom a punishment names.)
    const askedUnnamed = (coded.type === 'REQUEST' || ((coded.type === 'ACCUSE' || coded.type === 'SANCTION' || coded.cameo === '173') && !tr.objForms)) && tr.kind === 'verb' && unresolvedObject(ctx, m, actors);
    // ("“We reject terrorism in all its forms,” Asif said", "condemned violence": an evil at large is no party's.)
    const evilAtLarge = (coded.type === 'REJECT' || coded.type === 'ACCUSE') && tr.kind === 'verb' && evilAfter(ctx, m.last);
    // ("Somali forces backed by U.S. airstrikes": strikes that back someone are on their side, not aimed at them.)
    // (Nor is the one who blames a deed its side: "The U.S. blamed Iran for the attack".)
    const onTheirSide = tr.kind === 'noun' && (backingAgent(ctx, m) || blamed);
    const found = actorList.length && !recruits && !askedUnnamed && !evilAtLarge && !onTheirSide ? contextTarget(doc, ctx, prev, actorList, actors, m, true) : null;
    // ("Israel, which views Iran as a threat, welcomed the vote": what the actor's own aside names is no side of the deed.)
    const aside = !!found && found.start > actorList[0].end && found.end <= doc.tokens[m.first].start && /^,\s+(?:which|who)\b/i.test(doc.text.slice(actorList[0].end, actorList[0].end + 12));
    const near = aside ? null : found;
    const nearIsHost = !!near && !!location && near.name === location.name && near.country === location.country;
    // "carried out the massacre in San Bernardino": an attack is on the place it is told to happen in
    // before anyone named elsewhere in the sentence ("moved to the United States from Pakistan").
    const struck = coded.type === 'ASSAULT' && location?.country && location.country !== near?.country ? placeActor(location) : null;
    // ("In Washington, the White House condemned the attack", "Officials in Kyiv welcomed the move": the act told
    // of before, and whoever did it.)
    // ("Most of the rockets were intercepted by the Iron Dome system": what is shot down is the last attacker's.)
    const fendsOff = coded.type === 'ASSAULT' && m.trigger.kind === 'verb' && FENDING_OFF.test(doc.text.slice(doc.tokens[m.first].start, doc.tokens[m.last - 1].end));
    const answered = coded.type === 'ACCUSE' || coded.type === 'SUPPORT' || coded.type === 'REJECT' ? doerOfDeedNamed(doc, ctx, m, earlier, sofar, actorList[0])
      : fendsOff ? lastAttacker(earlier, sofar, actorList[0]) : null;
    const claimant = coded.type === 'REJECT' ? claimantRejected(doc, ctx, actorList[0], actors) : null;
    // ("Ukraine's SBU detained a man suspected of spying for Russia": someone unnamed held by a state is held at home,
    // not by whoever else the sentence names.)
    const heldAtHome = coded.cameo === '173' && tr.kind === 'verb' && !!actorList[0]?.country && hasOwnObject(ctx, m, false);
    // ("blamed “fascist mobs” directed by Belgrade": whoever directs those blamed is blamed, when they name no one.)
    const behind = coded.type === 'ACCUSE' && tr.kind === 'verb' ? agentBehindObject(doc, ctx, m, actors) : null;
    let fill = behind ?? home ?? struck ?? claimant ?? answered ?? (heldAtHome ? null : (hostIsSide || !nearIsHost ? near : null)) ?? (hostIsSide ? placeActor(location) : null);
    answeredDeed = !!answered && fill === answered;
    // Protest, repression and concessions are mostly domestic: the actor's own country is the other side.
    // (Not an intrusion: "broke into the email accounts" is no repression at home.)
    // (A state's boycott is of others' talks or events, not of itself: "Iran boycotted the talks in Vienna".)
    const stateBoycott = coded.mode === 'boycott' && (actorList[0]?.kind === 'country' || actorList[0]?.sector === 'GOV');
    // (Nor is a person's apology or concession one to their state: "the ABC News anchor … apologized".)
    const privateConcession = coded.type === 'CONCEDE' && actorList[0]?.kind !== 'country' && !STATE_SECTOR.test(actorList[0]?.sector ?? '') && actorList[0]?.sector !== 'COP';
    // (Nor a state's, named as the state, which faces outward: "Israel had failed to allow in the agreed number of aid
    // trucks", "Serbia would not allow anyone to humiliate our people"; its government's or police's stays at home.)
    const outwardConcession = coded.type === 'CONCEDE' && actorList[0]?.kind === 'country' && !actorList[0].sector;
    if (!fill && actorList[0]?.country && DOMESTIC.has(coded.type) && coded.mode !== 'cyber' && !stateBoycott && !privateConcession && !outwardConcession) {
      fill = { entity: null, name: countryName(actorList[0].country), country: actorList[0].country, sector: coded.type === 'PROTEST' ? 'GOV' : 'CVL', kind: 'country', plural: false, start: 0, end: 0, members: undefined };
    }
    if (fill) { targetList = [fill]; targetFromContext = true; }
  } else if (!targetList.length && compound && (coded.type === 'ACCUSE' || coded.type === 'SUPPORT' || coded.type === 'REJECT')) {
    // ("Saudi Arabia, Jordan and the United Arab Emirates condemned the strikes": several states answer the act
    // told before as one does.)
    const answered = doerOfDeedNamed(doc, ctx, m, earlier, sofar, actorList[0]);
    if (answered && !actorList.some((a) => a.country === answered.country)) { targetList = [answered]; targetFromContext = true; }
  }
  if (!actorList.length && !targetList.length && (tr.weak || tr.kind === 'noun') && !sideless) return null;
  // (A place named in the clause is its target: "two days after Iran launched missile and drone strikes inside Pakistan".)
  if (lately && (!actorList.length || !targetList.length || (targetFromContext && !placeNamedAfter(doc, ctx, m, location, true)))) return null;
  // "Japan expressed concern to China about the drills": one state's word to another, both named in the sentence.
  if (innermost(m).trigger.needsTarget && (!targetList.length || (targetFromContext && !answeredDeed) || inherited || !stateSide(actorList[0]) || !(stateSide(targetList[0]) || targetList[0].country))) return null;
  // "Israel struck Iran", "Israeli jets hit Hezbollah": force between states and armed forces, named on both
  // sides (a frame's too: "Trump tried to hit Iowa" is no attack tried).
  if (innermost(m).trigger.objActor && !(armed(actorList[0]) && armed(targetList[0]) && !targetFromContext && !inherited)) return null;
  // "it threatens the extensive work", "the pressure is only growing, threatening further losses": with no
  // one threatening and no one threatened, "threaten" is a risk, not a threat.
  if (!actorList.length && !targetList.length && tr.lemma === 'threaten' && !m.inner) return null;
  // ("The Revolutionary Guard warned that any attack on Iran's nuclear sites would be met with …": a state's
  // force does not threaten its own state; what it names is the deed it warns of, done to it.)
  // ("Ramaphosa spoke with Kagame and warned that any attack on South African troops would be …": nor its own
  // troops; the one warned is whom the sentence's first verb was aimed at.)
  // ("warned that an armed attack on Philippine public vessels would invoke U.S. commitments": whoever the deed a
  // warning deters is done to is protected by it, not threatened.)
  if (coded.type === 'THREATEN' && targetList.length === 1 && (((targetList[0].kind === 'country' || targetList[0].sector === 'MIL') && targetList[0].country === actorList[0]?.country && stateSide(actorList[0])) || deterred(ctx, m))) {
    const warned = ctx.low[m.first - 1 - ctx.s.first] === 'and' && m.first - 2 >= ctx.s.first ? ctx.chunkAt[m.first - 2 - ctx.s.first] : -1;
    const hearer = warned >= 0 ? actors.resolve(ctx.chunks[warned], ctx.index) : null;
    targetList = hearer && hearer.country && hearer.country !== actorList[0]?.country ? [hearer] : [];
  }
  // "Carter discussed how he ...": one side cannot be both.
  // ("Berlin has so far refused to send them": nor a state, by its capital's name and its own; "Moscow banned the
  // protests" acts at home, as the context tells.)
  if (actorList.length === 1 && targetList.length === 1 && ((actorList[0].start > 0 && actorList[0].start === targetList[0].start)
    || (actorList[0].entity !== null && actorList[0].entity === targetList[0].entity)
    || (actorList[0].kind === 'country' && targetList[0].kind === 'country' && !!actorList[0].country && actorList[0].country === targetList[0].country
      && targetList[0].name === countryName(targetList[0].country) && !targetFromContext))) targetList = [];

  // Inside a direct quote an act told as done is only reported; planned or threatened acts keep their
  // status, and every event inside a quote keeps the link to it for provenance.
  // (Not the sayer's own act joined to the saying: "said that … “no credible justification” and urged Tehran".)
  const quoteIdx = quoteAt(doc, doc.tokens[m.head].start);
  if (quoteIdx !== null && status === 'actual' && sayerOfCoordinated(doc, ctx, m.first) < 0) status = 'reported';
  // An act someone is accused of is their accuser's claim, not a fact the article states.
  // ("Serbia reportedly moved troops to the border": told as heard.)
  if (status === 'actual' && (isAlleged(ctx, m) || deniedBefore(ctx, m.first, lex) || claimedBefore(ctx, m.first) || HEARSAY.test(ctx.low.slice(Math.max(0, m.first - ctx.s.first - 3), m.first - ctx.s.first).join(' ')))) status = 'reported';
  // ("said it had no indication that Iran was directly involved in the attack": what nothing shows is not told as done.)
  if ((status === 'actual' || status === 'reported') && unfoundedBefore(ctx, m.first)) status = 'hypothetical';
  const ruled = status === 'actual' || status === 'reported' ? ruledOut(ctx, m.first) ?? notInvolved(ctx, m) : null;
  if (ruled) status = ruled;
  // ("Neither side wants a real clash", "Nobody wants a war": a wish no one holds; "nobody has been arrested",
  // "no one was hurt": a deed done to no one.)
  // (But "no one was killed in the attack" still tells of the attack.)
  if (((m.inner && status === 'hypothetical') || ((status === 'actual' || status === 'reported') && !strikeNamedAfter(ctx, m.last))) && noOneBefore(doc, ctx, m.first)) status = 'negated';
  const trigTok = [doc.tokens[m.first], doc.tokens[m.last - 1]];
  const trigger = { start: trigTok[0].start, end: trigTok[1].end, text: doc.text.slice(trigTok[0].start, trigTok[1].end) };
  let date: Event['date'] = lately ? dateBeforeNews(ctx, k, dateFor(ctx, m, all)) : dateFor(ctx, m, all);
  let carried = false;
  if (!date && carry && !datesOf(ctx).length && status === 'actual') {
    // Only when the story goes on about the same one: "He met Mr. Kim" after "In July, Shoigu visited".
    const subj = subjectChunk(doc, ctx, m.first, actors);
    if (subj && doc.tokens[subj.first].pos === 'PRON' && /^(he|she|they|it)$/i.test(doc.tokens[subj.first].text)) { date = carry; carried = true; }
  }
  // ("Russia launched a missile attack on Kyiv": a blow or a seizure aimed at a place named in the sentence happens
  // there when no other place is named; a map of the week's attacks would miss it otherwise.)
  if (!location && !targetFromContext && !inherited && targetList.length === 1 && targetList[0].kind === 'country' && targetList[0].end > 0
    && (coded.type === 'ASSAULT' || (coded.type === 'COERCE' && coded.mode === 'seize'))) {
    const t = targetList[0];
    const place = findPlace(doc.text.slice(t.start, t.end), t.country);
    if (place && place.country === t.country) location = { name: place.kind === 'country' ? place.name : doc.text.slice(t.start, t.end), country: place.country, lat: place.lat, lon: place.lon };
  }
  let mode = coded.mode;
  if (coded.type === 'CONSULT' && location?.country) {
    const tc = targetList[0]?.country;
    const ac = actorList[0]?.country;
    if (tc && ac && location.country !== tc && location.country !== ac && (mode === null || mode === 'visit')) mode = 'third-party';
    else if (tc && location.country === tc && mode === null) mode = 'visit';
  }
  let confidence = 0.45 + (actorList.length ? 0.2 : 0) + (targetList.length ? (targetFromContext ? 0.05 : 0.15) : 0)
    + (tr.kind === 'verb' || tr.kind === 'adj' ? 0.1 : 0) - (tr.weak ? 0.15 : 0) - (inherited ? 0.05 : 0) - (carried ? 0.05 : 0);
  confidence = Math.round(Math.min(0.95, Math.max(0.1, confidence)) * 100) / 100;

  const base = {
    type: coded.type,
    mode,
    contexts: coded.contexts,
    cameo: coded.cameo,
    goldstein: lex.goldstein[coded.cameo] ?? null,
    location,
    date: date ? { value: date.value, precision: date.precision, text: date.text } : null,
    status,
    quote: quoteIdx,
    trigger,
    sentence: { start: ctx.s.start, end: ctx.s.end },
    confidence,
  };
  // One event per member of a compound side; a compound with no other side acts on itself, member to
  // member ("Russia and Ukraine clashed"), unless the act is done to something the sentence names that
  // is no actor: "Russia and Iran attacked rebel positions" is no attack on each other, "O'Malley and
  // Clinton called for action" no request of each other. Joint acts stay mutual with an object of
  // their own ("signed a deal", "held talks").
  const out: Event[] = [];
  // ("condemned the U.S. and British raids", "Israeli strikes killed nine people", "to guard … against Ukrainian drone
  // attacks": a state's deed named as a side is that state.)
  actorList = actorList.map((a) => stateOfDeed(a, lex));
  targetList = targetList.map((a) => stateOfDeed(a, lex));
  const A = actorList.length ? actorList : [null];
  // The agents of a passive did it to its subject, not to each other ("the bill, supported by the
  // liberal media, Rupert Murdoch, Fox News").
  // ("France and Germany called for a ceasefire": a deed named as a frame's object is its own object too.)
  // (Forces moved together are moved against neither: "Britain and France sent warships to the Red Sea".)
  const namedDeed = m.inner !== null && innermost(m).trigger.kind === 'noun';
  // (Go-betweens named together mediate for others, not with each other: "talks mediated by Qatar and Turkey".)
  // ("the three European powers remained open to talks": ready to talk with someone else, not among themselves.)
  const readyFor = standsReadyFor(ctx, innermost(m).first - ctx.s.first) && !pair;
  const mutual = actorList.length > 1 && !allies && !readyFor && innermost(m).trigger.cameo !== '045' && (!!pair || JOINT_TYPES.has(coded.type) || coded.cameo === SIGN_AGREEMENT || tr.lemma === 'sign' || innermost(m).trigger.joint
    || (!namedDeed && !hasOwnObject(ctx, innermost(m), classOf(coded.type, lex) === 'conf') && !isPassive(doc, ctx, m) && coded.type !== 'MOBILIZE'));
  // ("Pakistan and Afghanistan exchanged fire, killing four soldiers": who the fight killed are not its sides.)
  const casualties = mutual && targetList.length > 0 && targetList.every((t) => afterParticipleClause(doc, ctx, m, t.start));
  const T = targetList.length && !casualties ? targetList : [null];
  for (const a of A.slice(0, 4)) {
    for (const t of T.slice(0, 4)) {
      // (Nor is any of the subjects joined before an object pronoun: "Russia and China opposed it".)
      let target = t && OBJECT_PRONOUN.test(doc.text.slice(t.start, t.end)) && actorList.some((x) => x.name === t.name) ? null : t;
      // (Nor where a video of it was posted: "Hegseth posted a video of the strike on social media".)
      if (target && !target.country && CHANNEL_PLATFORMS.includes(target.name.toLowerCase().replace(/^the\s+/, '')) && PUBLISHED.test(doc.text.slice(doc.tokens[ctx.s.first].start, doc.tokens[m.first].start))) target = null;
      // (Nor one of the sides by another name: "India and Pakistan traded accusations …, with New Delhi blaming".)
      if (target && mutual && target.kind === 'country' && actorList.some((x) => x.kind === 'country' && x.country === target!.country)) target = null;
      // (The two named after "between" are each other's side, whatever their countries: "a meeting between Obama and Sanders";
      // so are two named together whose countries are not known who talk or sign: "Putin and Kim Sign Mutual Defense Pact".)
      // (So are a state's forces and an armed group of the same country: "Sudan's army and the Rapid Support Forces".)
      if (!target && a && mutual) target = actorList.find((x) => x !== a && (x.country !== a.country || ((!!pair || (!a.country && TALKS_TOGETHER(coded) && !innermost(m).trigger.between)) && x.name !== a.name) || civilWarSides(a, x))) ?? null;
      // A side that is the actor again ("they" for the same people) is no target.
      if (a && target && a.country === target.country && a.name === target.name && a.sector === target.sector) target = null;
      // (Nor, of two states acted on together, the actor's own: "'We will hunt them down,' Modi said" of both sides, India and Pakistan.)
      if (a?.country && target?.kind === 'country' && !target.entity && target.country === a.country && T.some((o) => o?.country && o.country !== a.country)) continue;
      out.push(eventWith(base, a && target ? armsOfTeller(doc, a, target, base.trigger.start) : a, a && target ? ownBody(base.type, a, target) : target));
    }
  }
  return innermost(m).trigger.between ? out.filter((e) => e.target) : out;
}

/** A verb of putting words or pictures out ("posted a video of the strike"). */
const PUBLISHED = /\b(?:post(?:ed|s)?|shar(?:ed|es)|publish(?:ed|es)|upload(?:ed|s)|broadcast|air(?:ed|s)|tweet(?:ed|s))\b/i;

/** Land a seizure takes, which is some country's: "seized territory in eastern Ukraine". */
const LAND_OBJECT = /^(territory|territories|land|lands|city|cities|town|towns|village|villages|region|regions|area|areas|ground|province|district|island|islands|airport|port|border|crossing)$/;

/** The phrase right after a match (its object, whether or not it names an actor), or null. */
function phraseAfter(ctx: SentenceCtx, m: Match): Chunk | null {
  const k = m.last - ctx.s.first;
  return k < ctx.low.length && ctx.chunkAt[k] >= 0 ? ctx.chunks[ctx.chunkAt[k]] : null;
}

/** Acts two sides do together, whatever they do it to; signing an agreement is one too (CAMEO 057, coded SUPPORT). */
const JOINT_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const SIGN_AGREEMENT = '057';
/** Acts two sides named together do with each other, countries known or not (talks, a signed deal). */
const TALKS_TOGETHER = (coded: { type: PloverType; cameo: string | null }): boolean => coded.type === 'CONSULT' || coded.cameo === SIGN_AGREEMENT;


/** Waters no country holds ("the South China Sea", whatever country a word of its name is): a place, never a side. */
function openWaters(a: Actor): boolean {
  if (a.sector || a.kind === 'person' || !WATERS.test(a.name)) return false;
  const place = findPlace(a.name);
  return place?.kind === 'region' && !place.country;
}

const ARMED_GROUP = /^(REB|PRM|UAF)$/;
/** A state or an armed group. */
function stateOrArmed(a: Actor): boolean {
  return stateSide(a) || ARMED_GROUP.test(a.sector ?? '');
}
/** A state's side and an armed group against it ("the army and the Rapid Support Forces"), either way round. */
function civilWarSides(a: Actor, b: Actor): boolean {
  return (stateSide(a) && ARMED_GROUP.test(b.sector ?? '')) || (ARMED_GROUP.test(a.sector ?? '') && stateSide(b));
}

/** Whether the text at `start` is in a participle clause set off by a comma after the match (", killing four soldiers"). */
function afterParticipleClause(doc: Doc, ctx: SentenceCtx, m: Match, start: number): boolean {
  for (let j = m.last; j + 1 < ctx.s.last && doc.tokens[j + 1].start <= start; j++) {
    // (Whatever the tagger made of the participle: "…, wounding three civilians" reads as a noun phrase.)
    if (ctx.low[j - ctx.s.first] === ',' && /^[a-z]+ing$/.test(ctx.low[j + 1 - ctx.s.first])) return true;
  }
  return false;
}

/** Nouns of a fight between two sides, and the words that may stand between one and its "between". */
const FIGHT_NOUN = /^(clash|clashes|fighting|skirmish|skirmishes|battle|battles|hostilities|firefight|firefights|gunfight|gunfights)$/;
const BEFORE_BETWEEN = /^(broke|break|breaks|out|erupted|erupt|erupts|flared|flare|flares|up|again|overnight|along|on|at|near|across|the|a|border|frontier|line|lines|front|of|contact|disputed|de|facto|heavy)$/;

/**
 * "Clashes broke out between Armenian and Azerbaijani forces", "clashes on the border between Kyrgyzstan
 * and Tajikistan": the token index of the "between" a fight's sides follow, a few words after the noun,
 * or -1. (Right after the noun the general rule above takes it.)
 */
function betweenAfterFight(ctx: SentenceCtx, m: Match): number {
  const k0 = m.last - ctx.s.first;
  if (!FIGHT_NOUN.test(ctx.low[k0 - 1] ?? '') || ctx.low[k0] === 'between') return -1;
  for (let k = k0; k < ctx.low.length && k < k0 + 7; k++) {
    if (ctx.low[k] === 'between') return ctx.s.first + k;
    if (!BEFORE_BETWEEN.test(ctx.low[k])) return -1;
  }
  return -1;
}

/** What is fired or traded in a fight, which belongs to it rather than being acted on. */
const FIRED = /^(fire|gunfire|shots?|artillery|blows|salvos?|volleys?|missiles?|rockets?|drones?|shells?|rounds?|torpedo(es)?|projectiles?|mortars?|warheads?)$/;

/** A phrase right after the trigger that is its object, not "each other". */
function hasOwnObject(ctx: SentenceCtx, m: Match, conflict: boolean): boolean {
  const c = phraseAfter(ctx, m);
  if (!c) return false;
  // "exchanged fire": the word a fight requires is part of it, not an object acted on ("backed the plan" has one);
  // so is what two sides swap ("exchanged prisoners": each releases them to the other).
  // (Not what is struck: "The U.S. and Britain hit rebel sites" is no attack on each other.)
  const word = ctx.low[c.last - 1 - ctx.s.first];
  if (((conflict && FIRED.test(word)) || /^(exchange|swap|trade)$/.test(m.trigger.lemma)) && m.trigger.objForms?.has(word)) return false;
  return !/^(each|one)$/.test(ctx.low[m.last - ctx.s.first]);
}

/** Weapons and craft a phrase ends in: with no owner ("F-16 fighter jets had struck …"), or a state's ("five Indian jets"). */
const ARMS_NAMED = /\b(?:jets?|warplanes?|aircraft|planes?|drones?|missiles?|rockets?|shells|artillery|warships?|gunboats?|helicopters?|bombers?|tanks?)$/i;

/**
 * "A spokesperson for the Thai military said F-16 fighter jets had struck two Cambodian military targets":
 * arms no one is named owning, striking another state, are those of the state whose official tells it.
 * (Not when they strike the teller's own: "Israel's military said rockets struck Tel Aviv".)
 */
function armsOfTeller(doc: Doc, a: Actor, target: Actor, at: number): Actor {
  if (a.country || a.entity || !ARMS_NAMED.test(a.name) || !target.country) return a;
  const q = doc.quotes.find((x) => x.start <= at && at < x.end && x.speaker?.entity);
  const teller = q ? doc.entities.find((e) => e.id === q.speaker!.entity) : undefined;
  if (!teller?.country || teller.country === target.country || !teller.sector || !/^(GOV|MIL)$/.test(teller.sector)) return a;
  return copyActor(a, { country: teller.country, sector: 'MIL' });
}

/** What a state's officials do with their own forces: order, meet, praise, supply them. */
const OWN_ORDERS: ReadonlySet<PloverType> = new Set(['REQUEST', 'MOBILIZE', 'CONSULT', 'SUPPORT', 'AID', 'AGREE']);

/** A state's own forces or government named bare ("the military", "the army", "the police"), and the sector each is. */
const BARE_STATE_BODY: ReadonlyArray<[RegExp, string]> = [
  [/^(?:the\s+)?(?:military|army|armed forces|navy|air force|troops|forces|security forces)$/i, 'MIL'],
  [/^(?:the\s+)?police$/i, 'COP'],
];

/**
 * "Defense Minister Israel Katz ordered the military to respond": a state official's order goes to that
 * state's own forces. (Not a blow: "Russian forces attacked the army" struck someone else's.)
 */
function ownBody(type: PloverType, a: Actor, target: Actor): Actor {
  if (!OWN_ORDERS.has(type) || target.country || target.entity || !a.country || !a.sector || !/^(GOV|MIL)$/.test(a.sector)) return target;
  const body = BARE_STATE_BODY.find(([re]) => re.test(target.name));
  return body ? copyActor(target, { country: a.country, sector: body[1] }) : target;
}

/** An event of `base` between two sides, field by field in the contract's order: a spread over `base` cost more than the rest of building it. */
function eventWith(base: Omit<Event, 'actor' | 'target'>, actor: Actor | null, target: Actor | null): Event {
  return {
    type: base.type, mode: base.mode, contexts: base.contexts, cameo: base.cameo, goldstein: base.goldstein, location: base.location,
    date: base.date, status: base.status, quote: base.quote, trigger: base.trigger, sentence: base.sentence, confidence: base.confidence,
    actor: actor ? toEventActor(actor) : null,
    target: target ? toEventActor(target) : null,
  };
}

/** The state whose forces the object after a sighting names ("two Russian warships"), when not the watcher's own. */
function forcesSeen(doc: Doc, ctx: SentenceCtx, m: Match, watcher: Actor | undefined): Actor | null {
  const c = phraseAfter(ctx, m);
  if (!c) return null;
  const hit = countriesIn(doc.text.slice(doc.tokens[c.first].start, doc.tokens[c.last - 1].end)).find((f) => f.demonym);
  if (!hit || hit.iso3 === watcher?.country) return null;
  return { entity: null, name: countryName(hit.iso3), country: hit.iso3, sector: 'MIL', kind: 'country', plural: false, start: 0, end: 0, members: undefined };
}

/** A state's body or official that watched forces, as the state they were sent at. */
function watcherState(a: Actor): Actor {
  if (!a.country || a.kind === 'country' || a.members) return a;
  return copyActor(a, { entity: null, name: countryName(a.country), sector: a.sector === 'MIL' ? 'MIL' : 'GOV', kind: 'country', plural: false });
}

/** The country of the event's place as a side of it, or null. */
const VIOLENCE = /\b(bombs?|bombings?|bombers?|guns?|gunm[ae]n|gunfire|shot|shots|shooting|shelling|troops|soldiers|militants?|militias?|rebels?|insurgents?|fighters|forces|army|armed|military|missiles?|rockets?|air ?strikes?|drones?|killed|killing|kills|wounded|injured|dead|deaths?|terror|terrorists?|knife|stabbed|stabbing|artillery|attackers?|assailants?|weapons?|explosives?|raid|raids|police|war|warplanes?|jets|tanks|hostages?|horrific|deadly|bloody|victims?|massacre|truck|arson|centers?|mosques?|churches|synagogues?|embassy|base|prisons?|jails?|barracks|checkpoints?|convoys?|outposts?|villages?)\b/i;
/** Kinds of clash that are fights ("ethnic clashes", "border clashes"), and a toll of lives. */
const FIGHTING_CLASH = /^(ethnic|sectarian|tribal|communal|intercommunal|interethnic|religious|border|armed|deadly|violent|fierce|heavy|bloody|fatal|street)$/;
const CLASHING_CROWDS = /^\s+(between|with)\s+(\S+\s+){0,3}?(herders|farmers|troops|soldiers|forces|militants|fighters|rebels|insurgents|militias|militiamen|gangs|tribes|clans|communities|villagers|settlers|protesters|demonstrators|rioters|police|riot police|security forces|guards|factions)\b/i;
const LIVES_CLAIMED = /\b(claim(ed|ing|s)?|cost|left)\s+(\S+\s+){0,4}?lives\b/i;
const TALK_WORDS = /\b(ads?|advertisements?|speech|speeches|tweets?|tweeted|twitter|remarks|comments|rhetoric|debates?|interview|statement|record|policies|positions?|campaign|op-ed|column|criticism|press conference|rally|radio|television|tv|online|website|email|letter)\b/i;

/**
 * "Trump attacked Clinton over her emails", "the ad attacks Rubio's record", "his attacks on a former
 * Miss Universe": an attack in words, which CAMEO codes as criticism (111), not violence (190). A
 * person attacking anyone, talk all round, or an attack followed by what was said, with no sign of
 * arms; an attack by or on a state, a force or an armed group stays an assault. The attack may sit
 * inside a frame ("started attacking Latinos").
 */
function verbalAttack(doc: Doc, ctx: SentenceCtx, m: Match, actorList: Actor[], targetList: Actor[], location: Event['location']): boolean {
  const at = innermost(m);
  if (!/^(attack|clash|assault|fire|counteroffensive|offensive)/i.test(doc.tokens[at.first].text)) return false;
  // Before the words of force: "attacks on Senator Kerry's military reputation" harmed no one (wink
  // tags "her attacks" a verb, so the word's own kind is not asked).
  if (ATTACKED_REPUTATION.test(doc.text.slice(doc.tokens[at.last - 1].end, Math.min(ctx.s.end, doc.tokens[at.last - 1].end + 120)))) return true;
  const after = doc.text.slice(doc.tokens[at.last - 1].end, ctx.s.end);
  // The shape of a reproach beats a word of arms elsewhere in the sentence ("attacked Clinton for her
  // support of military action"), though not an armed side or a killing.
  if (!armedSide(actorList, targetList) && !KILLING.test(doc.text.slice(ctx.s.start, ctx.s.end)) && reproachShape(doc, ctx, at, after)) return true;
  if (forceLikely(doc, ctx, m, actorList, targetList, location)) return false;
  // "Trump's clash with Megyn Kelly", "a made-for-media clash": in the news a clash without arms is a quarrel,
  // unless its kind or its toll says it was a fight ("ethnic clashes … claimed 11 lives").
  // ("clashes between herders and farmers", "clashed with police": bodies of people come to blows.)
  if (/^clash/i.test(doc.tokens[at.first].text)) return !FIGHTING_CLASH.test(ctx.low[at.first - ctx.s.first - 1] ?? '') && !LIVES_CLAIMED.test(doc.text.slice(ctx.s.start, ctx.s.end)) && !CLASHING_CROWDS.test(after);
  const person = actorList.length > 0 && actorList.every((x) => x.kind === 'person');
  const k = at.first - ctx.s.first;
  const before = ctx.low[k - 1] ?? '';
  // An attack noun is a person's only when the words say so: "his attacks", "personal attacks".
  if (person && (at.trigger.kind !== 'noun' || VERBAL_NOUN_OPENER.test(before))) return true;
  // "partisan attacks", "insults and attacks", "attacks from his rivals", "came under attack" (a person): words, whoever spoke them.
  if (SPOKEN_ATTACK_OPENER.test(before) || ((before === 'and' || before === 'or') && VERBAL_NOUNS.has(ctx.low[k - 2] ?? ''))) return true;
  if (attackedByPeople(doc, ctx, at) || personUnderAttack(doc, ctx, k)) return true;
  // "you attacked Hillary Clinton", "he attacked Rubio": a person named only by a pronoun attacking a
  // person, with no sign of arms (those were ruled out above), attacks in words.
  if (!actorList.length && at.trigger.kind === 'verb' && /^(you|he|she|i|we)$/.test(before) && targetList.length > 0 && targetList.every((x) => x.kind === 'person')) return true;
  // "he continued his assault on Mr. Bush": an unknown actor's campaign against a person.
  if (!actorList.length && VERBAL_NOUN_OPENER.test(before) && targetList.length > 0 && targetList.every((x) => x.kind === 'person')) return true;
  // "attacked other candidates for accepting his donations": blamed for something done.
  const forWhat = FOR_WHAT_ANYWHERE.test(after);
  const people = (xs: Actor[]) => xs.length > 0 && xs.every((x) => x.kind === 'person');
  return (people(actorList) && people(targetList)) || forWhat || TALK_WORDS.test(doc.text.slice(ctx.s.start, ctx.s.end));
}

/**
 * What reads as a reproach, not a blow: "attacked Clinton for her support of …" (blamed for something
 * done, said right after who was attacked), "attacked Trump, saying he …" (the attack is what was
 * said), "pressing his attack that Clinton is not qualified" (an attack that says something), "went on
 * the attack" (a campaign's idiom), "spending $6 million attacking Clinton" (money spent on advertising),
 * "ads that promote Cruz and attack Rubio" (said by a medium), "attacked in the media" (where words go).
 */
function reproachShape(doc: Doc, ctx: SentenceCtx, at: Match, after: string): boolean {
  if (at.trigger.kind === 'verb' && FOR_WHAT_SOON.test(after)) return true;
  if (/^[^.;]*?,\s+(saying|calling (him|her|them|it))\b/i.test(after)) return true;
  // "the wave of attacks about his checkered business history": what an attack is about is what it says.
  if (at.trigger.kind === 'noun' && /^\s+about\s/i.test(after)) return true;
  const k = at.first - ctx.s.first;
  if (at.trigger.kind === 'noun' && /^\s+that\s/.test(after) && VERBAL_NOUN_OPENER.test(ctx.low[k - 1] ?? '')) return true;
  if (ctx.low[k - 1] === 'the' && ctx.low[k - 2] === 'on' && /^(went|go|goes|going|gone|was|were|is|are|been)$/.test(ctx.low[k - 3] ?? '')) return true;
  if (at.trigger.kind === 'verb' && IN_THE_MEDIA.test(after)) return true;
  const before = doc.text.slice(ctx.s.start, doc.tokens[at.first].start);
  return MEDIUM_THAT.test(before) || (/^(attacking|attack)$/.test(ctx.low[k]) && SPENT_ON.test(before));
}
/** What someone is attacked for: "for her support of …", "for not …", "for accepting". */
const FOR_WHAT = 'his|her|their|its|not|being|[a-z]+ing';
const FOR_WHAT_ANYWHERE = new RegExp(`^[^.;]*?\\bfor (${FOR_WHAT})\\b`, 'i');
/** The same within four words of the verb, or "for how/what/why": "attacked Clinton for her support", "for how they ran it". */
const FOR_WHAT_SOON = new RegExp(`^\\s+(\\S+\\s+){1,4}?for (how|what|why|${FOR_WHAT})\\b`, 'i');
/** Killing and wounding named in the sentence: an attack there is one of force whatever its shape. */
const KILLING = /\b(killed|killing|kills|dead|deaths?|wounded|injured|bomb(s|ing|ings|ed)?|shot|shooting|gun(s|fire|men|man)?|explosives?|stabbed|stabbing|massacre|hostages?|militants?|troops|soldiers)\b/i;
/** "spending $6 million attacking", "spent heavily on ads attacking": money spent on a campaign's words. */
const SPENT_ON = /\b(spen[dt]|spending|spends|poured|pouring)\b([^.;]|\.\d)*$/i;
/** "ads that promote Cruz and attack Rubio": the attack's subject is a medium. */
const MEDIUM_THAT = /\b(ads?|adverts?|advertisements?|commercials?|spots|mailers?|videos?|tweets?|posts?|editorials?|columns?|op-eds?|flyers?|billboards?|speech|speeches)\s+(that|which)\s+([^.;,]*\s+)?$/i;
/** "attacked in the media", "attacked on Twitter", "attacked by Mr. Khan at the Democratic Convention": where words, not blows, land. */
const IN_THE_MEDIA = /^\s+(by\s+[^,;.]{1,40}?\s+)?(in the (media|press|tabloids)|on (twitter|facebook|social media|television|tv|cable|talk radio|the air)|online|at the ((democratic|republican|national|party)\s+)*(convention|debate|press conference|news conference|hearing|town hall))\b/i;
const VERBAL_NOUN_OPENER = /^('s|’s|his|her|their|personal|verbal|political|partisan|populist|damaging|rhetorical|sharp|harsh|scathing|blistering|latest|repeated|relentless|vicious|nasty|xenophobic|racist|sexist|misogynist(ic)?|bigoted|negative|false|baseless|unfounded|scurrilous|smear)$/;
/** "attacks on Senator Kerry's military reputation": what is attacked is a name, not a body. */
const ATTACKED_REPUTATION = /^\s+on\s+(\S+\s+){0,5}?(reputation|record|character|credibility|integrity|patriotism|honesty|policies|policy|plan|plans|proposals?|comments|remarks|views|stance|campaign|candidacy|nomination|judgment|judgement|temperament|fitness|competence|qualifications|credentials|biography|background|agenda|ideas|values|ties|dealings|tenure|leadership|motives|heritage|family|wife|husband|religion|faith|scandals?|e-?mails?|health|finances|taxes|tax returns|business(es)?|foundation|speeches|wealth|past|marriage)\b/i;
/** Words before an attack noun that make it one in words whoever made it: "partisan attacks", "incoming attacks" (in a debate). */
const SPOKEN_ATTACK_OPENER = /^(personal|verbal|political|partisan|rhetorical|negative|baseless|unfounded|scurrilous|smear|scathing|blistering|withering|stinging|incoming|ad-hominem|misogynist(ic)?|sexist|phony|phoney|cheap|false)$/;
/** "insults and attacks", "criticism and attacks". */
const VERBAL_NOUNS = new Set(['insults', 'criticism', 'criticisms', 'smears', 'jabs', 'barbs', 'taunts', 'name-calling', 'broadsides', 'slurs', 'rebukes', 'accusations', 'complaints', 'ads', 'lies', 'mockery', 'ridicule', 'invective']);
/** Who attacks, after "from" or "by", in a campaign's words: "the leading Republican candidate", "his rivals", "both liberal outside groups". */
const POLITICAL_ATTACKER = /^(the\s+|his\s+|her\s+|their\s+|both\s+)?(\S+\s+){0,3}?(candidates?|nominees?|rivals?|challengers?|opponents?|critics|campaigns?|democrats|republicans|senators?|governors?|pundits|conservatives|liberals|super pacs?|outside groups)\b/i;

/**
 * "recent attacks from presumptive Republican nominee Donald Trump", "attacks from his rivals": an
 * attack made by a person or a campaign, named right after "from" or "by" (force was ruled out before).
 */
function attackedByPeople(doc: Doc, ctx: SentenceCtx, at: Match): boolean {
  const end = doc.tokens[at.last - 1].end;
  const by = /^\s+(from|by)\s+/.exec(doc.text.slice(end, Math.min(ctx.s.end, end + 12)));
  if (!by) return false;
  const from = end + by[0].length;
  const phrase = doc.text.slice(from, Math.min(ctx.s.end, from + 80)).split(/[,;:.(]/)[0];
  if (POLITICAL_ATTACKER.test(phrase)) return true;
  const upto = from + Math.min(phrase.length, 48);
  return doc.entities.some((e) => e.type === 'PERSON' && e.mentions.some((x) => x.start >= from && x.start < upto));
}

/** Whether token i is part of a person's name. */
function personAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return doc.entities.some((e) => e.type === 'PERSON' && e.mentions.some((x) => x.start <= t.start && x.end >= t.end));
}

/** "when the billionaire came under attack", "Cosby is coming under attack": a person named just before, and no force about. */
function personUnderAttack(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  if (ctx.low[k - 1] !== 'under' || !/^(came|come|comes|coming)$/.test(ctx.low[k - 2] ?? '')) return false;
  let j = k - 3;
  while (j >= 0 && /^(is|was|has|had|have|been|are|were|already|also|again|quickly|soon)$/.test(ctx.low[j])) j--;
  if (j < 0) return false;
  return /^(billionaire|candidate|nominee|senator|governor|president|congressman|congresswoman|lawmaker|mogul|businessman|businesswoman|comedian|actor|actress|star)$/.test(ctx.low[j])
    || personAt(doc, ctx.s.first + j);
}

/**
 * "a tumultuous delegate battle", "fighting for working families", "his legal battle with Nunberg": a
 * contest, which PLOVER does not code, unless something in the sentence says arms are used.
 */
function contestOnly(doc: Doc, ctx: SentenceCtx, m: Match, actorList: Actor[], targetList: Actor[], location: Event['location']): boolean {
  if (!/^(battl|fight|fought)/i.test(doc.tokens[innermost(m).first].text)) return false;
  // "he had fought in Vietnam": fighting in a country is war.
  if (location?.country && location.name === countryName(location.country)) return false;
  return !forceLikely(doc, ctx, m, actorList, targetList, location);
}

/**
 * Violent verbs and the words that make them figurative when they follow closely ("executed the plan",
 * "seized on"), with the parts of speech read past on the way there.
 */
const PAST_WORDS = new Set(['DET', 'ADJ', 'ADV', 'PRON']);
const FIGURATIVE: Array<{ verb: RegExp; next: RegExp; past: Set<string> }> = [
  { verb: /^execut/i, next: /^(it|flawlessly|perfectly|well|poorly|brilliantly|successfully|effectively|plans?|strategy|strategies|campaigns?|orders?|deals?|trades?|contracts?|plays?|moves?|maneuvers?|vision|agreements?|programs?|policy|policies|ideas?|mission|warrants?|transactions?|shots?|pass|turn)$/i, past: PAST_WORDS },
  { verb: /^occup/i, next: /^(white|house|office|offices|seats?|posts?|positions?|roles?|space|spot|place|top|centre|center|stage|mind|minds|time|attention|chair)$/i, past: PAST_WORDS },
  // "seized it on Monday" is an act: past determiners and adjectives only.
  { verb: /^seiz/i, next: /^(on|upon|opportunity|opportunities|moment|initiative|momentum|chance|advantage|spotlight|mantle|narrative)$/, past: new Set(['DET', 'ADJ']) },
  { verb: /^attack/i, next: /^(ads?|lines?|dogs?|mode)$/i, past: PAST_WORDS },
  // "avoided shooting itself in the foot", "shot himself": no one else is harmed; "shooting video", "shooting radar waves into the ground".
  { verb: /^(shoot|shot)/i, next: /^(videos?|film|films|footage|photos?|pictures?|scenes?|movies?|commercials?|ads?|radar|waves|hoops|baskets|pool|itself|himself|herself|themselves|themself|yourself|yourselves|ourselves|myself|oneself)$/i, past: PAST_WORDS },
  // "a deal that kills jobs", "to kill the two-tiered system", "veterans killing themselves": no one is attacked.
  // "the mortal wound in Clemson's momentum", "wounded his pride": what is hurt is no body; "wound up" is winding.
  { verb: /^wound/i, next: /^(up|down|momentum|campaign|candidacy|chances?|credibility|reputation|pride|ego|image|brand|economy|hopes?|prospects?|standing|feelings)$/i, past: new Set(['ADP', 'DET', 'ADJ', 'PRON', 'PROPN', 'PART']) },
  { verb: /^kill/i, next: /^(jobs?|deals?|bills?|legislation|plans?|proposals?|system|measures?|amendments?|ideas?|momentum|chances?|growth|competition|itself|himself|herself|themselves|themself|yourself|yourselves|ourselves|myself|oneself)$/i, past: PAST_WORDS },
];

/** Measures, rulings and ills that are fought in words, in court or at the polls, not with force. */
const MEASURES = /^(cuts?|tax|taxes|bills?|laws?|legislation|polic(y|ies)|plans?|reforms?|proposals?|measures?|austerity|corruption|poverty|inflation|hunger|crime|disease|cancer|(wild)?fires?|charges?|rulings?|decisions?|orders?|deportations?|evictions?|rules?|regulations?|mandates?|tariffs?|sanctions?|climate|change|closures?|privatization|privatisation)$/;
/** "vowed to keep fighting the government's spending cuts", "fight the new tax": the object fought is a measure or an ill. */
function foughtMeasure(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  let k = m.last;
  let head = -1;
  while (k < ctx.s.last && k < m.last + 7 && /^(DET|ADJ|NOUN|PROPN|PART|NUM|PRON)$/.test(doc.tokens[k].pos)) {
    if (doc.tokens[k].pos === 'NOUN') head = k;
    k++;
  }
  return head >= 0 && head === k - 1 && MEASURES.test(ctx.low[head - ctx.s.first]);
}

/**
 * "flawlessly executed it", "intent on deciding who will occupy the White House", "seized on the
 * remark": the verb names no act of force. Reads up to three words after the trigger.
 */
function figurative(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const word = doc.tokens[m.first].text;
  if (/^(fight|fought)/i.test(word)) return foughtMeasure(doc, ctx, m);
  const rule = FIGURATIVE.find((r) => r.verb.test(word));
  if (!rule) return false;
  const end = Math.min(ctx.s.last, m.last + 4);
  for (let k = m.last; k < end; k++) {
    if (rule.next.test(ctx.low[k - ctx.s.first])) return true;
    if (!rule.past.has(doc.tokens[k].pos)) return false;
  }
  return false;
}

/**
 * The noun "demand" in its other senses: a market's ("demand from China cooled", "energy demand"),
 * a burden's ("the demands of the presidency"), "on demand", or a name ("Demand Progress"). A demand
 * someone makes has a determiner or an owner ("the DOJ's demand", "a demand for specifics").
 */
function notADemand(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const t = doc.tokens[m.first];
  if ((/^D/.test(t.text) && m.first > ctx.s.first) || doc.text[t.start - 1] === '-' || doc.text[t.end] === '-') return true;
  const prev = m.first > ctx.s.first ? doc.tokens[m.first - 1] : null;
  const pw = prev ? prev.text.toLowerCase() : '';
  if (pw === 'on' || pw === 'supply' || MARKET_WORDS.has(pw)) return true;
  // A bare singular "demand": the mass noun of markets.
  if (t.text.toLowerCase() === 'demand' && (!prev || !(prev.pos === 'DET' || prev.pos === 'PRON' || prev.pos === 'PART' || prev.pos === 'NUM' || prev.pos === 'ADJ'))) return true;
  // "the demands of the presidency", "of being a father": what a task asks of whoever does it.
  const k = m.last - ctx.s.first;
  if (ctx.low[k] === 'of') {
    if (ctx.low[k + 1] === 'being') return true;
    const ci = ctx.chunkAt[k + 1] ?? -1;
    if (ci >= 0 && TASKS.has(ctx.low[ctx.chunks[ci].last - 1 - ctx.s.first])) return true;
  }
  return false;
}
const TASKS = new Set(['presidency', 'office', 'job', 'jobs', 'role', 'position', 'post', 'campaign', 'life', 'work', 'schedule', 'earnings', 'season', 'career', 'profession', 'duty', 'duties', 'leadership', 'parenthood', 'trail', 'road']);
const MARKET_WORDS = new Set(['consumer', 'global', 'domestic', 'weak', 'weaker', 'strong', 'stronger', 'rising', 'falling', 'growing', 'slowing', 'sluggish', 'pent-up', 'energy', 'oil', 'coal', 'gas', 'power', 'electricity', 'housing', 'export', 'import', 'travel', 'seasonal', 'customer', 'market', 'labor', 'labour', 'aggregate']);

/** Nouns after a deed that make it their modifier: "shooting victims", "attack survivors". */
const DEED_AS_MODIFIER = /^(victims?|survivors?|suspects?|statistics|tally|memorial|anniversary|trial)$/i;

/**
 * The senses of trigger words that tell no event, in ordinary news: the lexicon's patterns first, then
 * the ones that need the sentence's structure.
 */
function anotherSense(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  if (otherSense(doc, ctx, m)) return true;
  const tr = m.trigger;
  const k = m.first - ctx.s.first;
  const next = ctx.low[m.last - ctx.s.first] ?? '';
  // "shooting victims", "Charleston Church Shooting Survivors": a deed named as a modifier tells of people it
  // touched, elsewhere and earlier.
  if (DEED_AS_MODIFIER.test(next) && HOSTILE.has(tr.type) && (tr.kind === 'noun' || /ing$/.test(ctx.low[m.last - 1 - ctx.s.first]))) return true;
  switch (tr.lemma) {
    // (With an act inside, "asked whether the deals required …" and "Asked to describe the device" are still questions.)
    // ("Hannity asked Trump if he would deport …", "Asked in Iowa recently whether he would support …": a question word
    // between the verb and the act inside.)
    case 'ask': return tr.kind === 'verb' && (!m.inner ? aQuestion(doc, ctx, m) : (QUESTION_WORDS.has(next) && next !== 'questions') || (next === 'to' && ANSWERING.has(ctx.low[m.last - ctx.s.first + 1] ?? ''))
      || ctx.low.slice(m.last - ctx.s.first, m.inner.first - ctx.s.first).some((w) => WHETHER.has(w)));
    // ("declined to comment", "declined to say whether …", "declined to be identified": no comment, not a refusal of
    // anyone's; "revenue declined to $281 million", "declined by 5 percent": a fall.)
    case 'decline': {
      const k = m.first - ctx.s.first;
      const done = ctx.low[k + 1] === 'to' ? ctx.low[k + 2] ?? '' : '';
      const money = (w: string | undefined) => /^(\$|€|£|\d)/.test(w ?? '');
      return (tr.kind === 'verb' && (NO_COMMENT.has(done) || (done === 'be' && /^(identified|named|quoted|interviewed)$/.test(ctx.low[k + 3] ?? ''))))
        || money(done) || ((ctx.low[k + 1] === 'by' || ctx.low[k + 1] === 'from') && money(ctx.low[k + 2]));
    }
    case 'rally': return tr.kind === 'noun' && !protestRally(doc, ctx, m);
    // "Trump's march to the nomination", "China's march westward", "would march behind Mr. Trump": an advance, not a protest march.
    case 'march': return MARCH_ON.has(next);
    // "a practice that clashes with their religious beliefs": things at odds, not people fighting.
    case 'clash': return CLASHES_WITH_IDEAS.test(doc.text.slice(doc.tokens[m.last - 1].end, ctx.s.end));
    // "a protest movement has materialized", "protest organizers say": the word names who or what, not a protest.
    case 'protest': return tr.kind === 'noun' && m.last - m.first === 1 && PROTEST_MODIFIES.has(next);
    // "intended to spend his time in California", "have decided that they can't be bothered": an
    // intention, a decision or a plan is an event only through the act it is about…
    case 'intend': case 'decide': case 'plan': return !m.inner || innermost(m).trigger.silent || (tr.lemma === 'intend' && isPassive(doc, ctx, m));
    // "warned against the “fevered dreams” of a brokered convention": a warning asks something of someone
    // named ("warned China against provocative behavior") or against an act.
    case 'warn': return tr.prep === 'against' && !m.inner && ctx.low[k + 1] === 'against';
    // "willing to pay more", "ready to be president", "ready to move on": a readiness is an intent only to an
    // act, or to give way ("willing to sacrifice certain things", "ready to compromise").
    // ("prepared to make decisions" gives nothing: "make" gives way only with a deal, a concession or a sacrifice.)
    case 'willing': case 'ready': case 'prepared': {
      const verb = ctx.low[m.last - ctx.s.first + 1] ?? '';
      const givesWay = GIVING_WAY.has(verb) && (verb !== 'make' || MADE_CONCESSIONS.test(ctx.low.slice(m.last - ctx.s.first + 2, m.last - ctx.s.first + 5).join(' ')));
      return m.trigger.kind === 'adj' && (!m.inner || innermost(m).trigger.silent) && !givesWay;
    }
    // "the Fed prepared to raise rates": getting ready for something that is no event, not mobilising,
    // unless an act follows ("is prepared to take on the establishment" is the adjective: see tryMatch).
    case 'prepare': return !m.inner && tr.prep === 'to' && !armedBefore(ctx, k);
    // "Trump tweet that blasts Clinton": the noun the tagger read is a headline's verb before a name.
    case 'blast': return tr.kind === 'noun' && /s$/.test(ctx.low[k]) && doc.tokens[m.last]?.pos === 'PROPN' && !TIME_WORD.test(next);
    // "pledged delegates": the primaries' bound delegates, not a pledge.
    case 'pledge': return /^delegates?$/.test(next);
    // "conceded that many more tunnels might exist": granting a point, not a concession to anyone.
    case 'concede': return tr.kind === 'verb' && next === 'that';
    // "recognized that the government had lost", "recognize the danger", "were recognized for their work":
    // seeing or honouring; recognition is of a polity ("recognize Kosovo", "the Armenian genocide").
    // "recognized that the government had lost", "recognize the danger", "were recognized for their work":
    // seeing or honouring, and a frame around it ("we must recognize it") asks for no act; recognition is
    // of a polity ("recognize Kosovo", "the Armenian genocide").
    case 'recognize': case 'recognise': return !recognizesPolity(doc, ctx, m);
    default: return false;
  }
}

/**
 * "…, the third such clash this year", "such attacks are rare": "such" names again a kind of act told
 * before (or any act of it), not a new one.
 */
function namedAgain(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  let j = m.first - 1;
  while (j > ctx.s.first && j >= m.first - 3 && doc.tokens[j].pos === 'ADJ' && ctx.low[j - ctx.s.first] !== 'such') j--;
  return j >= ctx.s.first && ctx.low[j - ctx.s.first] === 'such';
}

/**
 * Words that tell their act only with the right object, checked on the trigger itself: framed by another
 * act ("agreed to allow Trump to use the voter file", "refusing to allow hearings"), the frame still stands.
 */
function notTheAct(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  switch (m.trigger.lemma) {
    // "allowing his natural skills to shine through", "allows Republicans to dodge Trump", "were permitted to
    // build homes": letting, not a concession; one lets people in or out, aid or inspectors through
    // ("allow 1 million refugees into Germany").
    case 'allow': case 'permit': return !allowsPassage(ctx, m);
    // "offered a window into", "offers something to admire", "offered himself as a candidate": words, views and
    // chances; an offer gives a deal, help or a concession, or offers to act.
    case 'offer': return m.trigger.kind === 'verb' && !m.inner && !offersDeal(ctx, m);
    default: return false;
  }
}

const PASSAGE_WORDS = new Set(['enter', 'entry', 'return', 'leave', 'travel', 'visit', 'visits', 'cross', 'crossings', 'land', 'dock', 'fly', 'flights', 'pass', 'passage',
  'stay', 'remain', 'settle', 'immigrate', 'into', 'access', 'aid', 'inspectors', 'inspections', 'monitors', 'observers', 'journalists', 'refugees', 'migrants',
  'immigrants', 'imports', 'exports', 'ships', 'troops', 'protest', 'protests', 'assemble', 'rally', 'march', 'elections', 'participate', 'run', 'supplies', 'food',
  'water', 'medicine', 'medical', 'humanitarian', 'workers', 'movement', 'convoys', 'reach', 'operate', 'opposition']);
/** Whether what "allow" lets happen is passage or access: people in or out, aid, inspectors, protests, a candidacy (in the next words). */
function allowsPassage(ctx: SentenceCtx, m: Match): boolean {
  return heldAhead(ctx, m, 12, PASSAGE_WORDS, /^[.;:!?]$/);
}

/** Whether one of `words` follows the trigger within `span` words, before a word that `stop` matches. */
function heldAhead(ctx: SentenceCtx, m: Match, span: number, words: ReadonlySet<string>, stop: RegExp): boolean {
  const from = m.last - ctx.s.first;
  for (let j = from; j < ctx.low.length && j < from + span; j++) {
    if (words.has(ctx.low[j])) return true;
    if (stop.test(ctx.low[j])) return false;
  }
  return false;
}

const POLITY_NOUNS = /^(governments?|independence|sovereignty|state|statehood|genocide|annexation|regime|legitimacy|elections?|capital|republic|junta|authority|authorities|borders?|territory|territories)$/;
/** Whether the noun phrase right after "recognize" names a polity or a political status: a name, or "the … government". */
function recognizesPolity(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  for (let i = m.last; i < ctx.s.last && i < m.last + 6; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'PROPN' || POLITY_NOUNS.test(ctx.low[i - ctx.s.first])) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PART') return false;
  }
  return false;
}

const MADE_CONCESSIONS = /\b(deals?|concessions?|compromises?|sacrifices?|peace|agreements?|accommodations?)\b/;
const GIVING_WAY = new Set(['sacrifice', 'compromise', 'concede', 'yield', 'negotiate', 'talk', 'cooperate', 'accept', 'give', 'make', 'meet', 'help', 'sign', 'listen', 'work', 'deal', 'bend']);

/** An armed subject just before the word at k ("the army prepared to move"): getting ready is mobilising. */
function armedBefore(ctx: SentenceCtx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) if (ARMED_SUBJECTS.has(ctx.low[j])) return true;
  return false;
}
const FORCE_NOUNS = new Set(['troops', 'army', 'armies', 'military', 'navy', 'fleet', 'soldiers', 'forces', 'force', 'warships', 'ships', 'jets', 'missiles', 'units', 'battalions', 'brigades', 'divisions', 'reservists', 'marines', 'tanks', 'aircraft', 'bombers', 'fighters', 'personnel', 'reinforcements', 'peacekeepers', 'sailors', 'paratroopers', 'artillery', 'police', 'policemen', 'officers', 'guardsmen', 'gendarmes', 'patrols']);
const ARMED_SUBJECTS = new Set(['army', 'armies', 'troops', 'forces', 'military', 'militaries', 'navy', 'soldiers', 'militants', 'rebels', 'fighters', 'militia', 'militias', 'marines', 'battalion', 'brigade', 'division', 'units', 'guard', 'insurgents', 'jihadists']);

/** The lexicon's patterns for the words around a trigger that make it another sense ("commit a gaffe"). */
function otherSense(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const { unless, unlessBefore } = m.trigger;
  if (!unless && !unlessBefore) return false;
  const start = doc.tokens[m.first].start;
  const end = doc.tokens[m.last - 1].end;
  return (unless !== null && unless.test(doc.text.slice(end, Math.min(ctx.s.end, end + 100))))
    || (unlessBefore !== null && unlessBefore.test(doc.text.slice(Math.max(ctx.s.start, start - 40), start)));
}

/**
 * "Clinton was asked about securing the border", "Asked whether the campaign should ...", "asked by
 * host Bill Maher, ...": a question put to someone, not a request. A request asks for something or
 * someone to do something ("asks X for aid", "asked Comey to turn over the file", "asked that ...").
 */
function aQuestion(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const { low } = ctx;
  for (let j = m.last - ctx.s.first; j < low.length && j < m.last - ctx.s.first + 12; j++) {
    const w = low[j];
    // ("when asked for his position", "asked Admiral Harris just that question": asked for an answer.)
    if (w === 'for' && ANSWER_NOUNS.test(low.slice(j + 1, j + 3).join(' '))) return true;
    if (w === 'that' && QUESTION_WORDS.has(low[j + 1] ?? '')) return true;
    if (w === 'for' || w === 'that') return false;
    // ("Asked to describe the device", with no deed inside: asked for an answer; "asked the candidates to discuss" is asked to.)
    if (w === 'to' && j === m.last - ctx.s.first && ANSWERING.has(low[j + 1] ?? '')) return true;
    if (w === 'to' && doc.tokens[ctx.s.first + j + 1]?.pos !== 'DET') return false;
    if (QUESTION_WORDS.has(w) || w === '?' || CLAUSE_BREAK.has(w)) return true;
    if (w === ',' || w === '.') break;
  }
  // "“Who pays?” Trump asked.", "questions asked of the candidates" (but "asked of her rival" is a request).
  const next = low[m.last - ctx.s.first];
  if (next === '.' || next === undefined || (next === 'of' && hasBefore(low, m.first - ctx.s.first, 5, QUESTION_WORDS))) return true;
  // "“Mr. Trump, you said …” Boyle asked Trump.", "Zero Hedge asked, “Wait, …?”": asked in quoted words.
  if (/[“”"?]/.test(doc.text.slice(ctx.s.start, ctx.s.end))) return true;
  // ("… bellicose?” ¶ Trump asked, looking far from displeased.", "Sanders asked rhetorically": the question told just
  // before, or one no answer is wanted to.)
  if (/\?["”’']?\s*$/.test(doc.text.slice(Math.max(0, ctx.s.start - 4), ctx.s.start)) || next === 'rhetorically') return true;
  // Nothing asked for: a passive "was asked" is a question put to its subject.
  return isPassive(doc, ctx, m) || ctx.low[m.first - ctx.s.first] === 'asked' && m.first === ctx.s.first;
}
/** The subject before a modal is no one in particular: "one", an empty "it", "I" (a writer's "I should say"), or a phrase opened by "a", "no", "any", "every", "each". */
function genericModalSubject(doc: Doc, ctx: SentenceCtx, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && doc.tokens[ctx.s.first + j].pos === 'ADV') j--;
  if (j < 0) return false;
  const w = ctx.low[j];
  if (w === 'one' || w === 'i') return true;
  // "it should be obvious that": an empty "it" (but "it should be allowed to expire" is the program).
  if (w === 'it') return ctx.low[k + 1] === 'be' && doc.tokens[ctx.s.first + k + 2]?.pos === 'ADJ';
  // The phrase's first word: back over the noun phrase to a verb, punctuation or a conjunction.
  let a = j;
  while (a > 0 && /^(NOUN|PROPN|ADJ|NUM|DET|PRON)$/.test(doc.tokens[ctx.s.first + a - 1].pos) && !/^(that|which|who)$/.test(ctx.low[a - 1])) a--;
  return /^(a|an|no|any|every|each)$/.test(ctx.low[a]);
}

/** "whether ... should", "asked if ... must" (an "if" of condition is no question: "if he doesn't, he should resign"). */
function inQuestion(low: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (low[j] === 'whether') return true;
    if (low[j] === 'if') return j > 0 && ASKING.has(low[j - 1]);
  }
  return false;
}
const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'know', 'knows', 'knew', 'unclear', 'clear', 'see', 'decide']);
/**
 * What "offer" gives is a deal, help or a concession ("offered states billions of dollars", "offered
 * asylum", "offered a ceasefire"); most things offered in the news are words, views or chances ("offered
 * a window into", "offers something to admire", "offered himself as a candidate").
 */
function offersDeal(ctx: SentenceCtx, m: Match): boolean {
  // "offered to cover the cost", "is offering to help": an offer to act.
  return ctx.low[m.last - ctx.s.first] === 'to' || heldAhead(ctx, m, 6, OFFERED_DEALS, /^([,.;:!?]|to|that|for)$/);
}
const OFFERED_DEALS = new Set(['$', 'aid', 'assistance', 'help', 'money', 'dollars', 'billions', 'millions', 'loans', 'loan', 'funds', 'funding', 'investment', 'investments',
  'deal', 'agreement', 'concessions', 'concession', 'compromise', 'ceasefire', 'cease-fire', 'truce', 'talks', 'negotiations', 'asylum', 'refuge', 'protection', 'amnesty',
  'pardon', 'pardons', 'immunity', 'reward', 'bounty', 'troops', 'weapons', 'arms', 'guarantees', 'incentives', 'cooperation', 'mediation', 'resignation', 'olive',
  'apology', 'compensation', 'settlement', 'plea', 'ransom', 'exchange', 'swap', 'security', 'support']);
/** "Asked to describe the device", "asked to respond": asked for an answer. */
const ANSWERING = new Set(['describe', 'respond', 'comment', 'explain', 'elaborate', 'clarify', 'discuss', 'address', 'answer', 'reconcile', 'say', 'weigh', 'assess', 'confirm', 'name', 'rate', 'predict', 'characterize', 'characterise', 'defend', 'justify']);
/** What one declines to do when one gives no comment: "declined to comment", "declined to say whether". */
const NO_COMMENT = new Set([...ANSWERING, 'detail', 'speculate', 'state', 'specify', 'disclose', 'identify', 'reveal', 'criticize', 'criticise']);
const QUESTION_WORDS = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'whom', 'which', 'questions', 'question']);
/** What one is asked for when asked a question: "asked for comment", "when asked for his position". */
const ANSWER_NOUNS = /^((his|her|their|its|a|an|the)\s+)?(comments?|positions?|opinions?|views?|reactions?|responses?|thoughts|assessment|explanation|answer)\b/;
/** The words that open an asked question before the act it asks about ("asked Trump if he would deport"). */
const WHETHER = new Set(['whether', 'if', 'why', 'how']);
/**
 * A rally is a protest when it is said to be one ("a rally against the war", "an anti-Trump rally") or
 * when the sentence tells of protest and the rally is no one's; most rallies in the news are a
 * candidate's ("a Trump rally", "his maiden rally", "a campaign rally"), and a protest at one ("stops
 * protester at Hillary Clinton rally", "had protested Trump at a Phoenix rally") is coded from its own words.
 */
function protestRally(doc: Doc, ctx: SentenceCtx, m: Match): boolean {
  const k = m.first - ctx.s.first;
  const next = ctx.low[m.last - ctx.s.first] ?? '';
  if (next === 'against' || next === 'protesting' || (next === 'to' && /^(protest|oppose|demand|denounce|condemn)$/.test(ctx.low[m.last - ctx.s.first + 1] ?? ''))) return true;
  let j = k - 1;
  for (; j >= 0; j--) {
    const w = ctx.low[j];
    if (/^(protest|anti|opposition)$/.test(w) || w.startsWith('anti-')) return true;
    if (w === '-') continue;
    if (POSSESSIVE.has(w) || w === "'s" || w === '’s' || CANDIDATE_RALLY.has(w) || doc.tokens[ctx.s.first + j].pos === 'PROPN') return false;
    if (!/^(ADJ|NOUN|NUM|ADV)$/.test(doc.tokens[ctx.s.first + j].pos)) break;
  }
  if (j >= 0 && doc.tokens[ctx.s.first + j].pos === 'DET') j--;
  if (j >= 0 && RALLY_SETTING.has(ctx.low[j])) return false;
  // "When Trump held rallies all over the southwest": a person who holds rallies campaigns.
  if (j > 0 && /^(held|hold|holds|holding|hosted|hosts|hosting|headlined)$/.test(ctx.low[j]) && personAt(doc, ctx.s.first + j - 1)) return false;
  return PROTEST_WORDS.test(doc.text.slice(ctx.s.start, ctx.s.end));
}
const CANDIDATE_RALLY = new Set(['campaign', 'election', 'electoral', 'political', 'victory', 'pep', 'primary', 'presidential', 'reelection', 're-election', 'endorsement', 'gop', 'republican', 'democratic', 'fundraising']);
/** "at a rally", "during the rally": the rally is where something else happened. */
const RALLY_SETTING = new Set(['at', 'during', 'before', 'after', 'from', 'outside', 'inside', 'following', 'ahead']);
const PROTEST_WORDS = /\b(protest\w*|demonstrat\w*|against|opposition|oppos\w+|marche[sd]|marching|strik(e|es|ers|ing)|boycott\w*|riot\w*|tear gas|dispers\w+|activists?|outrage\w*|anger\w*|angry|condemn\w*)\b/i;
/** Words after "protest" that it only modifies ("protest movement"), "clash"'s objects that are ideas, and "march"'s that are goals. */
const PROTEST_MODIFIES = new Set(['movement', 'movements', 'tactics', 'group', 'groups', 'organizer', 'organizers', 'organiser', 'organisers', 'leader', 'leaders', 'voice', 'voices', 'vote', 'votes', 'candidate', 'candidates', 'candidacy', 'song', 'songs', 'sign', 'signs', 'suggestions', 'site', 'sites', 'zone', 'zones', 'area', 'areas', 'permit', 'permits', 'route', 'camp', 'camps']);
const CLASHES_WITH_IDEAS = /^\s+with\s+(\S+\s+){0,3}?(beliefs?|values|principles|views|interests|laws?|rules|policy|policies|schedules?|traditions?|faith|conscience|teachings?|image|brand|message)\b/i;
const MARCH_ON = new Set(['to', 'toward', 'towards', 'westward', 'eastward', 'northward', 'southward', 'forward', 'onward', 'behind', 'ahead']);

/** Words of arms or harm in the sentence, a state or armed group on either side, or a battle somewhere. */
function forceLikely(doc: Doc, ctx: SentenceCtx, m: Match, actorList: Actor[], targetList: Actor[], location: Event['location']): boolean {
  // "another horrific attack, this time in Nice", "the battle for Mosul": an act of force somewhere
  // ("a star anchor at Fox News" names a workplace, which has no point on a map).
  if (m.trigger.kind === 'noun' && location && location.lat !== null) return true;
  if (VIOLENCE.test(doc.text.slice(ctx.s.start, ctx.s.end))) return true;
  return armedSide(actorList, targetList);
}

/**
 * Whether the event's place is named after its trigger, in the words of what it is about ("threatened attacks in
 * Israel"); with `near`, in the same stretch of the clause ("launched strikes inside Pakistan", not "…, while the
 * G-20 held a summit in China").
 */
function placeNamedAfter(doc: Doc, ctx: SentenceCtx, m: Match, location: Event['location'], near = false): boolean {
  if (!location?.country) return false;
  const from = doc.tokens[m.last - 1].end;
  // (Past the words the entry needed: "launched missile and drone strikes inside Pakistan".)
  const to = near ? Math.min(ctx.s.end, Math.max(from, m.whenEnd ?? 0) + 40) : ctx.s.end;
  return doc.entities.some((e) => (e.type === 'GPE' || e.type === 'LOC') && e.country === location.country
    && e.mentions.some((x) => x.start >= from && x.start < to && (!near || !/[,;]|\b(while|as|when|where)\b/.test(doc.text.slice(from, x.start)))));
}

/** A state itself on either side ("Russia", not "Iowa" or "New Hampshire", which name their country too), or a force. */
function armedSide(actorList: Actor[], targetList: Actor[]): boolean {
  const armed = (xs: Actor[]) => xs.some((x) => (x.kind === 'country' && x.country !== null && x.name === countryName(x.country))
    || (x.sector !== null && /^(MIL|REB|INS|SPY|COP|UAF)$/.test(x.sector)));
  return armed(actorList) || armed(targetList);
}

/** The place a launch was made from, named right after the verb ("from near Pyongyang", "from Lebanon"), as its state. */
function launchOrigin(doc: Doc, ctx: SentenceCtx, m: Match): Actor | null {
  const after = doc.text.slice(doc.tokens[m.last - 1].end, Math.min(ctx.s.end, doc.tokens[m.last - 1].end + 80));
  const from = /^\s+(?:[\w.:-]+\s+){0,4}?from\s+(?:near\s+|outside\s+)?(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u.exec(after);
  const place = from ? findPlace(from[1]) : null;
  return place?.country ? placeActor({ name: place.kind === 'country' ? place.name : countryName(place.country), country: place.country, lat: place.lat, lon: place.lon }) : null;
}

function placeActor(location: Event['location']): Actor | null {
  return location?.country
    ? { entity: null, name: location.name, country: location.country, sector: null, kind: 'country', plural: false, start: 0, end: 0, members: undefined } : null;
}

/** Types whose actor is often a visitor: one who comes to talk, give, agree or pull out is not placed where it happens. */
const VISITING_TYPES = new Set<string>(['CONSULT', 'AGREE', 'COOPERATE', 'AID', 'SUPPORT', 'REQUEST', 'RETREAT', 'MOBILIZE', 'CONCEDE']);

/** A group named by its role, without a country, acts where the event is. */
function placedIn(a: Actor, location: NonNullable<Event['location']>): Actor {
  // (Gunmen are of no country the place tells: armed men who kidnap in Nigeria may have come from anywhere.)
  return !a.country && !a.entity && a.sector && a.sector !== 'IGO' && a.sector !== 'NGO' && a.sector !== 'UAF' ? copyActor(a, { country: location.country }) : a;
}

/** Forms of "call", which with a complement after its object names and judges it. */
const NAMING_CALLS = new Set(['call', 'calls', 'called', 'calling']);

/** Whether the phrase at token `first` is what a named object is called: "called the strikes “extrajudicial executions”". */
function calledAs(doc: Doc, ctx: SentenceCtx, first: number): boolean {
  let j = first - 1 - ctx.s.first;
  // (A superlative's words the phrase left out may open the complement: "called the strikes “the most massive attack”".)
  for (let n = 0; n < 2 && j > 0 && /^(DET|ADV)$/.test(ctx.tokens[j + ctx.s.first].pos) && !MARKS.has(ctx.low[j]); n++) j--;
  while (j >= 0 && MARKS.has(ctx.low[j])) j--;
  const oi = j >= 0 ? ctx.chunkAt[j] : -1;
  if (oi < 0 || ctx.chunks[oi].last !== j + 1 + ctx.s.first) return false;
  // (An object with a noun of its own: "call a “special meeting”" convenes one.)
  if (!doc.tokens.slice(ctx.chunks[oi].first, ctx.chunks[oi].last).some((t) => /^(NOUN|PROPN|PRON)$/.test(t.pos))) return false;
  const o = ctx.chunks[oi].first - ctx.s.first;
  return o > 0 && /^(call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|brand|branded|branding|term|termed|dub|dubbed)$/.test(ctx.low[o - 1]);
}

/** Whether a complement follows an object ending at token `from`, past its "of" phrases ("the arrest of the mayor unacceptable"). */
function judgedAfter(ctx: SentenceCtx, from: number): boolean {
  let j = from;
  while (j + 1 < ctx.s.last && ctx.low[j - ctx.s.first] === 'of') {
    const n = ctx.tokens[j + 1].pos === 'DET' ? j + 2 : j + 1;
    const ci = n < ctx.s.last ? ctx.chunkAt[n - ctx.s.first] : -1;
    if (ci < 0) break;
    j = ctx.chunks[ci].last;
    // (The phrase may have taken the complement in: "the mayor unacceptable".)
    if (ctx.tokens[j - 1].pos === 'ADJ' && /^(NOUN|PROPN)$/.test(ctx.tokens[j - 2].pos)) return true;
  }
  // (…and so may one with no "of" phrase: "called the sanctions illegal".)
  if (j === from && j - 2 >= ctx.s.first && ctx.tokens[j - 1].pos === 'ADJ' && /^(NOUN|PROPN)$/.test(ctx.tokens[j - 2].pos)) return true;
  // (The complement may be quoted: "called the arrest “a serious setback.”")
  if (j + 1 < ctx.s.last && /^["“‘']$/.test(ctx.tokens[j].text)) j++;
  return j < ctx.s.last && /^(DET|ADJ)$/.test(ctx.tokens[j].pos);
}

/** "accused Russia" (and up to four more words) right before "of": what follows is the charge. */
const ACCUSED_OF = /(?<!\b(?:an?|the)\s)\baccus(?:e|es|ed|ing)\s+(?:\S+\s+){1,4}$/i;

/**
 * Whether a noun trigger reports an event of its own. Not when a verb trigger already governs it
 * ("lifted a state of emergency", "called off a strike"), nor when it is only the object of some
 * other verb or sets a scene in a prepositional phrase ("violating a ceasefire", "in the negotiations"),
 * unless the phrase names who acts ("boost Russia's invasion of Ukraine").
 */
function nounStands(doc: Doc, ctx: SentenceCtx, m: Match, lex: Lexicon, actors: ActorResolver, all: Match[]): boolean {
  const k = m.first - ctx.s.first;
  const ci = ctx.chunkAt[k];
  if (ci < 0) return true;
  const c = ctx.chunks[ci];
  const headWord = ctx.low[m.head - ctx.s.first];
  for (const x of all) {
    if (x === m || x.trigger.kind !== 'verb' || x.head >= m.first) continue;
    // (What was blocked is told as well, as not done: "Hungary blocked an EU aid package" is Hungary's refusal and aid not given.)
    if (BLOCKING.test(ctx.low[x.head - ctx.s.first])) continue;
    if (x.last === c.first || (x.last + 1 === c.first && /^(off|up|out|down)$/.test(ctx.low[x.last - ctx.s.first]))) return false;
    if (x.trigger.objForms?.has(headWord) && m.head - x.head <= 8) return false;
  }
  // "The summit may ...", "the meeting signifies ...": a known event named again as a subject is not news.
  let o = c.first;
  while (o > ctx.s.first && /^(ADV|NUM|ADJ)$/.test(doc.tokens[o].pos) && o > c.first - 3) o--;
  const opener = ctx.low[(doc.tokens[o].pos === 'DET' ? o : c.first) - ctx.s.first];
  const next = nextWordPos(doc, c.last, ctx.s.last);
  // (Unless an aside names its doer: "The attack, claimed by the Islamic State group, killed 20".)
  const doerAside = ctx.low[c.last - ctx.s.first] === ',' && DOER_ASIDE.test(ctx.low[c.last + 1 - ctx.s.first] ?? '') && ctx.low.slice(c.last + 2 - ctx.s.first, c.last + 4 - ctx.s.first).includes('by');
  if (/^(the|this|that|these|those)$/.test(opener) && next && (next.pos === 'AUX' || next.pos === 'VERB') && c.last === m.last && !doerAside) return false;
  // "it was both a terrorist attack and a hate crime", "I don't think this is an ISIS-condoned attack":
  // what a thing already told is called, not a new event.
  let p = c.first - 1;
  while (p > ctx.s.first && /^(both|either|neither|not|also|really|simply|just|clearly|still|never)$/.test(ctx.low[p - ctx.s.first])) p--;
  // ("It was an attack by Russia on Ukraine" names its sides, and stands.)
  const sided = m.last < ctx.s.last && /^(by|on|against|from|with)$/.test(ctx.low[m.last - ctx.s.first]);
  if (!sided && p - 1 >= ctx.s.first && /^(is|was|were|are|be|been|'s|’s)$/.test(ctx.low[p - ctx.s.first]) && /^(it|this|that)$/.test(ctx.low[p - 1 - ctx.s.first])) return false;
  let own = false;
  if (c.first < m.first) {
    const a = actors.resolve({ first: c.first, last: m.first }, ctx.index);
    own = !!(a && (a.country || a.sector === 'IGO'));
  }
  if (own) return true;
  const g = c.first > ctx.s.first ? doc.tokens[c.first - 1] : null;
  const gw = g ? g.text.toLowerCase() : '';
  // (", an allegation Kyiv denied": the clause before, named again; its own event is told there.)
  if (gw === ',' && CLAUSE_CALLED.test(doc.text.slice(g!.start, g!.start + 60))) return false;
  // "ways to get around Western sanctions": escaping them, as a verb before them would say ("evade").
  if (gw === 'around' && c.first - 2 >= ctx.s.first && /^(get|gets|got|getting|work|works|worked|working|go|going)$/.test(ctx.low[c.first - 2 - ctx.s.first])) return false;
  // (A verb the entry names before the noun is part of it after a subject or an auxiliary: "Syria used chemical
  // weapons", "have repeatedly used"; not "were granted access" nor "in preparation for renewed offensive".)
  const before2 = c.first - 2 >= ctx.s.first ? c.first - 2 : -1;
  const ownVerb = !!m.trigger.pre?.has(gw) && before2 >= 0 && !BE.has(ctx.low[before2 - ctx.s.first]) && /^(NOUN|PROPN|PRON|AUX|ADV)$/.test(doc.tokens[before2].pos);
  // ("Russia intensified attacks on Kharkiv", "expanded intelligence sharing": a deed stepped up is done again, not
  // named; by the subject, not as a modifier: "reports of escalating cyberattacks", "for renewed offensive".)
  const steppedUp = lex.steppingForms.has(gw) && /^(NOUN|PROPN|PRON|AUX|ADV|PART)$/.test(doc.tokens[c.first - 2]?.pos ?? '');
  if (g && g.pos === 'VERB' && !steppedUp && !deedParticipleBefore(ctx, c.first) && !lex.lightForms.has(gw) && !ownVerb && !/^attend/.test(gw) && !lex.sufferingForms.has(gw) && !PREPARING.test(gw) && !all.some((x) => x.head === c.first - 1)
    && ruledOut(ctx, m.first) === null) return false;
  // ("called the arrest a serious setback", "called the visit unacceptable": a deed named and judged, not called.)
  if (NAMING_CALLS.has(gw) && judgedAfter(ctx, c.last)) return false;
  // ("called the strikes “extrajudicial executions”": the caller's word for a thing named just before, no deed of its own.)
  if (m.trigger.type === 'ASSAULT' && calledAs(doc, ctx, c.first)) return false;
  // ("accused Russia of the attack on the hospital": a deed one is accused of stands, as the accuser tells it.)
  const accusedOf = gw === 'of' && ACCUSED_OF.test(doc.text.slice(ctx.s.start, g!.start));
  if (g && /^(in|at|during|of|within|around|into)$/.test(gw) && !accusedOf && all.some((x) => x !== m && !x.outer && x.head !== m.head)) {
    // "in protest of/against" is a protest all the same.
    if (!(m.trigger.type === 'PROTEST' && gw === 'in')) return false;
  }
  return true;
}

function countryName(iso3: string): string {
  return countryByCode(iso3)?.name ?? iso3;
}

/** Whether a noun phrase right after the trigger is its object and names no actor ("urged member states to …"). */
function unresolvedObject(ctx: SentenceCtx, m: Match, actors: ActorResolver): boolean {
  if (m.last >= ctx.s.last) return false;
  const ci = ctx.chunkAt[m.last - ctx.s.first];
  return ci >= 0 && ctx.chunks[ci].first === m.last && !actors.resolve(ctx.chunks[ci], ctx.index);
}

/** Evils condemned or rejected at large, with no one's name on them ("terrorism in all its forms"). */
const EVILS_AT_LARGE = new Set(['terrorism', 'violence', 'extremism', 'racism', 'hatred', 'hate', 'bigotry', 'antisemitism', 'anti-semitism', 'islamophobia', 'xenophobia', 'intolerance', 'discrimination', 'radicalism', 'fanaticism', 'cyberattacks', 'hacking', 'cybercrime', 'espionage']);

/** Whether an evil at large is what the verb ending before `k` takes ("terrorism", "the violence", "all forms of hatred"). */
function evilAfter(ctx: SentenceCtx, k: number): boolean {
  let j = k - ctx.s.first;
  if (/^(the|all|any|such)$/.test(ctx.low[j] ?? '')) j++;
  if (ctx.low[j] === 'forms' && ctx.low[j + 1] === 'of') j += 2;
  return EVILS_AT_LARGE.has(ctx.low[j] ?? '');
}

/** The agent of a participle right after the object of the verb at m ("mobs directed by Belgrade", "saboteurs sent by Moscow"), or null. */
function agentBehindObject(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Actor | null {
  let k = m.last;
  while (k < ctx.s.last && k < m.last + 6 && (/^(DET|ADJ|NOUN|NUM)$/.test(doc.tokens[k].pos) || MARKS.has(ctx.low[k - ctx.s.first]))) k++;
  if (k === m.last || k + 2 >= ctx.s.last || !/^(directed|sent|backed|funded|armed|sponsored|controlled|trained|organi[sz]ed|paid|hired|led)$/.test(ctx.low[k - ctx.s.first]) || ctx.low[k + 1 - ctx.s.first] !== 'by') return null;
  const ci = ctx.chunkAt[k + 2 - ctx.s.first];
  if (ci < 0 || ctx.chunks[ci].first !== k + 2) return null;
  const a = actors.resolve(ctx.chunks[ci], ctx.index);
  return a?.country ? a : null;
}

/** When the sentence names no target, the actor it most likely acts on: another actor nearby. */
function contextTarget(doc: Doc, ctx: SentenceCtx, prev: SentenceCtx | null, actorList: Actor[], actors: ActorResolver, m: Match, sameQuote: boolean, joiners = SIDE_CLAUSE_JOINERS): Actor | null {
  const own = new Set(actorList.map((a) => a.country).filter(Boolean));
  // "“… sacrifice certain things,” Trump told The Associated Press": a speaker's words take their
  // other side from quoted words, not from the frame: in the sentence, from any of its quotations ("“…
  // from North Korea to Russia …,” and the administration “will not hesitate to impose new
  // sanctions,”"); in the sentence before, from the same quotation only.
  const inQuote = quoteAt(doc, doc.tokens[m.head].start);
  const quote = sameQuote ? inQuote : null;
  // A deed told outside quotation marks is done to someone the narration names, not the quoted words
  // ("claimed the attack, saying the group “will continue to target Israeli … ships”" is no attack on Israel);
  // a threat or a charge made outside them is about those words.
  const quoted = quote !== null ? (ch: Chunk) => quoteAt(doc, doc.tokens[ch.first].start) !== null
    : inQuote === null && DEEDS.has(m.trigger.type) ? (ch: Chunk) => quoteAt(doc, doc.tokens[ch.first].start) === null : undefined;
  // (Told outside them, the sentence before gives a side from its narration, not from someone's quoted
  // words: "“The people of Arauca are paying the price,” said … . Venezuela … offered to keep hosting the talks.")
  const sameOne = quote !== null ? (ch: Chunk) => quoteAt(doc, doc.tokens[ch.first].start) === quote
    : inQuote === null ? (ch: Chunk) => quoteAt(doc, doc.tokens[ch.first].start) === null : undefined;
  return nearestOther(ctx, ctx, m.head, m, own, actorList, actors, joiners, quoted) ?? (prev ? nearestOther(prev, ctx, prev.s.last, m, own, actorList, actors, joiners, sameOne) : null);
}

const FORCES = /^\s+(forces|troops|soldiers|fighters|militants|rebels|militia|militias|army|navy|positions|targets|units)\b/i;
/** The heads of a force that is moved ("troops were deployed", "reinforcements were sent"). */
const FORCE_HEADS = /^(troops?|soldiers|forces|police|policemen|officers|reinforcements|reservists|warships?|jets|units|battalions?|brigades?|marines|paratroopers|guardsmen|peacekeepers)$/;
/**
 * Whether the verb's object, from token j on (past "the"), is a place or state the entities name, an
 * armed force, or a people's forces ("Iran", "Kyiv", "Hezbollah", "Russian positions"); not "a deal".
 */
function armedObject(doc: Doc, j: number): boolean {
  if (doc.tokens[j]?.text.toLowerCase() === 'the') j++;
  // ("struck the southern Lebanese town of Nabatieh", "the city of Kherson": a country's place is one.)
  if (BEARINGS.test(doc.tokens[j]?.text ?? '')) j++;
  if (PLACE_KINDS.test(doc.tokens[j]?.text ?? '') && doc.tokens[j + 1]?.text === 'of') j += 2;
  const at = doc.tokens[j]?.start;
  const m = at === undefined ? null : mentionWhere(doc, (x) => x.start === at);
  if (!m) return false;
  const e = m.entity;
  const after = doc.text.slice(m.end, m.end + 20);
  return e.type === 'GPE' || (e.type === 'ORG' && (e.sector === 'MIL' || e.sector === 'REB')) || (e.type === 'NORP' && (FORCES.test(after) || PLACE_AFTER.test(after)));
}
const BEARINGS = /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern)$/i;
/** A kind of place right after (PLACE_KINDS' words, "Lebanese town"). */
const PLACE_AFTER = new RegExp(`^\\s+${PLACE_KINDS_WORDS}\\b`);

/**
 * "An Israeli drone strike", "the deepest Israeli attack": a people's adjective before a deed names the state
 * that did it; the actor is named as the state, not "An Israeli".
 */
/** Words for the means of a strike, between a people's word and the deed: "a Russian missile attack". */
const MEANS_OF_FORCE = /^(missiles?|drones?|rockets?|artillery|air|naval|ground|tank|nuclear|ballistic|cruise|mortar|sea|land|cyber|suicide|car|truck|bomb|chemical|border|cross-border)$/i;

function demonymAsState(doc: Doc, pre: Chunk, a: Actor): Actor {
  if (!a.country || a.kind === 'country' || a.entity !== null) return a;
  // ("the recent apparent North Korean nuclear test", "a massive Russian missile attack": a people's word of two,
  // among words that describe and the means.)
  const named: string[] = [];
  for (let k = pre.first; k < pre.last; k++) {
    const t = doc.tokens[k];
    if (t.pos !== 'DET' && !(t.pos === 'ADJ' && !isCapitalisedWord(t.text)) && !MEANS_OF_FORCE.test(t.text)) named.push(t.text);
  }
  const words = named.join(' ');
  return named.length >= 1 && named.length <= 2 && countriesIn(words).some((f) => f.demonym && f.start === 0 && f.end === words.length) ? copyActor(a, { name: countryName(a.country), kind: 'country', plural: false }) : a;
}

/** Verbs that credit someone with a deed named after "for" ("thanked the Turkish leader for his mediation"). */
const CREDITING = /^(thank|thanks|thanked|thanking|praise|praises|praised|praising|commend|commends|commended|credit|credits|credited|congratulate|congratulates|congratulated|laud|lauded|hail|hailed)$/;
/** "thanked the Turkish leader for his mediation efforts": a possessive after "for" is the one thanked, not the thanker. */
function thankedFor(doc: Doc, ctx: SentenceCtx, pre: Chunk, actors: ActorResolver): Actor | null {
  const k = pre.first - ctx.s.first;
  if (pre.last - pre.first !== 1 || !POSSESSIVE.has(ctx.low[k]) || ctx.low[k - 1] !== 'for' || k < 3) return null;
  const oi = ctx.chunkAt[k - 2];
  const o = oi >= 0 ? ctx.chunks[oi] : null;
  if (!o || o.last !== pre.first - 1 || o.first - 1 < ctx.s.first || !CREDITING.test(ctx.low[o.first - 1 - ctx.s.first])) return null;
  const a = actors.resolve(o, ctx.index);
  return a && (a.kind === 'person') === /^(his|her)$/.test(ctx.low[k]) ? a : null;
}

/** Words of a side's phrase that say how many or what kind, not whose ("five", "fighter", "military"). */
const COUNT_OR_KIND = /^(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|more|fighter|military|naval|combat|attack|surveillance)$/i;
/**
 * A side named as a state's deed or its war machines ("British raids", "the U.S. strikes", "five Indian jets",
 * "Ukrainian drones"): that state.
 */
function stateOfDeed(a: Actor, lex: Lexicon): Actor {
  if (!a.country || a.kind === 'country' || a.entity !== null) return a;
  const words = a.name.split(' ');
  const head = words[words.length - 1];
  if (!hostileNoun(lex, head.toLowerCase()) && !ARMS_NAMED.test(head)) return a;
  const named = words.slice(0, -1).filter((w) => !/^(the|a|an)$/i.test(w) && !MEANS_OF_FORCE.test(w) && !COUNT_OR_KIND.test(w)).join(' ');
  return named && countriesIn(named).some((f) => f.start === 0 && f.end === named.length) ? copyActor(a, { name: countryName(a.country), kind: 'country', plural: false }) : a;
}

/** A side that is a place inside a country (a city, a region), not the country itself. */
function townNamed(doc: Doc, a: EventActor): boolean {
  const e = a.entity ? doc.entities.find((x) => x.id === a.entity) : undefined;
  return !!e && (e.type === 'GPE' || e.type === 'LOC') && !!a.country && a.name !== countryName(a.country);
}

/** The attack this sentence told as a noun inside the verb's subject ("An Israeli drone strike … killed"), or just before its participle ("…, killing"), if any. */
function deedAsSubject(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver, sofar: Event[]): { deed: Event; named: boolean } | null {
  // ("A suicide bomber struck a police convoy, killing at least 12 officers": the toll of the attack just told.)
  const k = m.first - ctx.s.first;
  if (k > 0 && ctx.low[k - 1] === ',' && /ing$/.test(ctx.low[k])) {
    for (let i = sofar.length - 1; i >= 0; i--) {
      const e = sofar[i];
      if (e.type === 'ASSAULT' && e.sentence.start === ctx.s.start && e.trigger.end <= doc.tokens[m.first].start) return { deed: e, named: false };
    }
  }
  const subj = subjectChunk(doc, ctx, m.first, actors);
  if (!subj) return null;
  const a = doc.tokens[subj.first].start, b = doc.tokens[subj.last - 1].end;
  const deed = sofar.find((e) => e.type === 'ASSAULT' && e.trigger.start >= a && e.trigger.end <= b && e.sentence.start === ctx.s.start);
  return deed ? { deed, named: true } : null;
}

/** The land "took control of" takes when no side is named there: a town, a base, a crossing. */
const TERRITORY_TAKEN = /^\s+(?:\S+\s+){0,4}?of\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:city|town|village|territory|region|province|district|airport|airbase|base|border|crossing|port|capital|area|hill|bridge|dam|highway|oilfield|refinery|plant|island|compound|checkpoint)s?\b/i;
/** Machines of war the sectors count as military ("jets", "tanks", "warships"), by a phrase's last word. */
const EQUIPMENT = /\b(?:jets?|tanks?|aircraft|warplanes?|helicopters?|gunships?|bulldozers?|warships?|destroyers?|frigates?|submarines?)$/i;
/** A phrase naming only weapons, with no country named: no one who acts or is acted on. */
function equipmentOnly(a: Actor): boolean {
  return !a.country && a.entity === null && EQUIPMENT.test(a.name);
}

/** A state, by its name or capital or one of its bodies, or an international body. */
function stateSide(a: Actor | undefined): boolean {
  return !!a && (a.kind === 'country' || (a.sector !== null && (STATE_SECTOR.test(a.sector) || a.sector === 'IGO')));
}

/** A state's weapons named as who struck ("Russian drones struck Kyiv"); not a side of their own otherwise ("fired missiles"). */
const STATE_WEAPONS = /\b(?:drones|missiles|rockets|shells)$/i;

/** A state (by its name or capital) or an armed force: who strikes and is struck in war. */
function armed(a: Actor | undefined): boolean {
  return !!a && (a.kind === 'country' || a.sector === 'MIL' || a.sector === 'REB' || a.sector === 'PRM' || (a.kind === 'group' && !!a.country && STATE_WEAPONS.test(a.name)));
}

const DEEDS = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'AID', 'RETREAT', 'COOPERATE', 'PROTEST']);

/** The actor of a country not on the acting side nearest to token `near` in sentence `c`. */
function nearestOther(c: SentenceCtx, ctx: SentenceCtx, near: number, m: Match, own: Set<string | null>, actorList: Actor[], actors: ActorResolver, joiners: RegExp, inReach?: (ch: Chunk) => boolean): Actor | null {
  let best: Actor | null = null;
  let dist = Infinity;
  for (const ch of c.chunks) {
    if (ch.first <= m.last && ch.last >= m.first && c === ctx) continue;
    if (isAttribution(c, ch) || birthPlace(c, ch) || (inReach && !inReach(ch)) || (c === ctx && ch.first >= m.last && laterSubject(c, ch))) continue;
    // (Nor where someone named is based: "said Michael Kugelman, a South Asia analyst based in Washington".)
    if (c.low[ch.first - 2 - c.s.first] === 'based' && /^(in|at|out)$/.test(c.low[ch.first - 1 - c.s.first] ?? '')) continue;
    // (Nor anything else of a clause with its own subject and verb: "… host talks in Beijing and Putin will travel to Delhi".)
    if (c === ctx && newClauseBetween(ctx.doc, ctx, Math.min(ch.last, m.last), Math.max(ch.first, m.first), joiners)) continue;
    // (Nor of a relative clause after the deed: "rejected a bid …, a setback for Lai, whose party had accused the
    // Kuomintang of being too close to Beijing".)
    if (c === ctx && ch.first >= m.last && relativeOpensBetween(ctx, m.last, ch.first)) continue;
    const a = actors.resolve(ch, c.index);
    if (!a?.country || own.has(a.country) || actorList.some((x) => x.name === a.name) || openWaters(a)) continue;
    const d = Math.abs(ch.first - near);
    if (d < dist) { dist = d; best = a; }
  }
  return best;
}

/** Whether ", who", ", whose" or ", which" opens a relative clause between tokens [from, to). */
function relativeOpensBetween(ctx: SentenceCtx, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (/^(who|whose|which)$/.test(ctx.low[j - ctx.s.first]) && ctx.low[j - 1 - ctx.s.first] === ',') return true;
  return false;
}

/** "Germany will deliver a Patriot system, while the Netherlands pledged jets": the subject of a clause of its own after the deed. */
function laterSubject(c: SentenceCtx, ch: Chunk): boolean {
  const before = c.low[ch.first - 1 - c.s.first] ?? '';
  const next = c.tokens[ch.last];
  return /^(while|whereas|but|and|although|though)$/.test(before) && !!next && ch.last < c.s.last && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Which comma-separated stretch of the sentence a token is in. */
function segOf(ctx: SentenceCtx, tokIdx: number): number {
  let seg = 0;
  // ("BAKU, Azerbaijan (AP) — … on Tuesday, shelling": the dateline's commas and dash set off no stretch of the sentence.)
  const filed = datelineOf(ctx.doc).end;
  for (let j = 0; j < tokIdx - ctx.s.first; j++) {
    // ("took the airport in Goma, eastern Congo's largest city, on Monday": a place's apposition sets off no stretch.)
    if (ctx.low[j] === ',' && j > 0 && ctx.tokens[ctx.s.first + j - 1].pos === 'PROPN') {
      const close = apposition(ctx, j);
      if (close > 0 && close < tokIdx - ctx.s.first) { j = close; continue; }
    }
    if ((ctx.low[j] === ',' || ctx.low[j] === ';' || ctx.low[j] === '—') && ctx.tokens[ctx.s.first + j].start >= filed) seg++;
  }
  return seg;
}

/** The sentence index of the comma closing a short verbless phrase opened by the comma at `j`, or -1. */
function apposition(ctx: SentenceCtx, j: number): number {
  for (let k = j + 1; k < ctx.low.length && k <= j + 7; k++) {
    if (ctx.low[k] === ',') return k > j + 1 ? k : -1;
    const pos = ctx.tokens[ctx.s.first + k].pos;
    if (pos === 'VERB' || pos === 'AUX' || ctx.low[k] === 'and' || ctx.low[k] === 'who' || ctx.low[k] === 'which') return -1;
  }
  return -1;
}

/**
 * The date an event happened: a date in its own stretch of the sentence; else one that opens the
 * sentence ("In July, ..."), or one just before a "when" clause holding it.
 */
function dateFor(ctx: SentenceCtx, m: Match, all: Match[]): DateMention | null {
  const every = datesOf(ctx);
  if (!every.length) return null;
  const own = modifierDate(ctx, m, every);
  if (own) return own;
  // ("its first nuclear test since 2017": when a span began, not when anything in it happened; "WASHINGTON, Oct. 4
  // (UPI) —": when the story was filed.)
  const filed = datelineOf(ctx.doc).end;
  const dates = (every.some((d) => d.modifier) ? every.filter((d) => !d.modifier) : every).filter((d) => d.start >= filed && ctx.low[tokenAt(ctx, d.start) - 1 - ctx.s.first] !== 'since');
  if (!dates.length) return null;
  const mySeg = segOf(ctx, m.first);
  let best: DateMention | null = null;
  let bestDist = Infinity;
  // Only another verb holds a date against this event: nouns hang off the verbs around them.
  const others = all.filter((x) => x !== m && !x.outer && x.trigger.kind === 'verb');
  for (const d of dates) {
    const dTok = tokenAt(ctx, d.start);
    if (dTok < 0) continue;
    if (segOf(ctx, dTok) !== mySeg) continue;
    // Another event between the date and this one keeps the date for itself.
    const lo = Math.min(dTok, m.head);
    const hi = Math.max(dTok, m.head);
    if (others.some((x) => x.head > lo && x.head < hi)) continue;
    const dist = Math.abs(dTok - m.head);
    if (dist < bestDist) { bestDist = dist; best = d; }
  }
  if (best) return best;
  const setOff = setOffDate(ctx, dates, mySeg, m, others);
  if (setOff) return setOff;
  const first = dates[0];
  const fTok = tokenAt(ctx, first.start);
  if (fTok >= 0 && segOf(ctx, fTok) === 0 && !all.some((x) => x.head < fTok && !x.outer) && fTok < m.head) return first;
  // "in February 2019, when he met ..."
  const when = ctx.low.indexOf('when');
  if (when >= 0 && when + ctx.s.first < m.head) {
    const before = dates.filter((d) => tokenAt(ctx, d.start) < when + ctx.s.first);
    if (before.length) return before[before.length - 1];
  }
  return null;
}

/**
 * A year or date before the event's noun dates it ("the 2012 attacks", "a 2011 U.S. drone strike", "the
 * Sept. 11, 2001, terrorist attacks"), and a verb whose deed happened in that dated thing ("killed in the
 * 2012 attacks"); a year before a noun dates nothing else in the sentence.
 */
function modifierDate(ctx: SentenceCtx, m: Match, dates: DateMention[]): DateMention | null {
  for (const d of dates) {
    // ("the 9/11 attacks" were in 2001; "the 9/11 lawsuit bill", "9/11 families" are about them.)
    if (d.text === '9/11' && m.trigger.type !== 'ASSAULT') continue;
    const dTok = tokenAt(ctx, d.start);
    if (dTok < 0) continue;
    let end = dTok;
    while (end + 1 < ctx.s.last && ctx.tokens[end + 1].start < d.end) end++;
    const byDeterminer = d.modifier || /^(the|a|an)$/.test(ctx.low[dTok - 1 - ctx.s.first] ?? '');
    if (m.trigger.kind === 'noun' && byDeterminer && dTok < m.first && onlyModifiersBetween(ctx, end + 1, m.first)) return d;
    // "killed in the 2012 attacks": the deed in the dated thing.
    if (m.trigger.kind === 'verb' && d.modifier && dTok >= m.last) {
      const k = m.last - ctx.s.first;
      if (/^(in|during)$/.test(ctx.low[k] ?? '') && /^(the|a|an)$/.test(ctx.low[k + 1] ?? '') && dTok === m.last + 2) return d;
    }
  }
  return null;
}

/** Only a few modifiers between a date and its noun: "2011 U.S. drone strike", "2001, terrorist attacks". */
function onlyModifiersBetween(ctx: SentenceCtx, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const w = ctx.low[i - ctx.s.first];
    if (!/^(ADJ|NOUN|PROPN)$/.test(ctx.tokens[i].pos) && w !== ',' && w !== '.') return false;
  }
  return true;
}

const STRETCH_END = /^(,|;|—)$/;

/**
 * "survived a shooting in Charleston, South Carolina, last year, made …": a date set off by commas on
 * its own after the event's stretch, with nothing but place names between, is the event's. Not when
 * another event follows it: "opposed defunding it, in 2009, as governor, he signed a bill" (a "when"
 * clause is the event's own: "They met again, in July 2008, when …").
 */
function setOffDate(ctx: SentenceCtx, dates: DateMention[], mySeg: number, m: Match, others: Match[]): DateMention | null {
  const low = (i: number) => ctx.low[i - ctx.s.first];
  for (const d of dates) {
    const a = tokenAt(ctx, d.start);
    if (a <= m.head || segOf(ctx, a) <= mySeg) continue;
    let before = a - 1;
    while (before > m.last && /^(in|on|the)$/.test(low(before))) before--;
    if (low(before) !== ',') continue;
    let after = a;
    while (after < ctx.s.last && ctx.tokens[after].start < d.end) after++;
    if (after < ctx.s.last && !STRETCH_END.test(low(after)) && low(after) !== '.') continue;
    if (after + 1 < ctx.s.last && low(after + 1) !== 'when' && others.some((x) => x.head > after)) continue;
    // Past the rest of the event's own stretch, only place names and punctuation.
    let j = m.last;
    while (j < before && !STRETCH_END.test(low(j))) j++;
    let places = true;
    for (; j < before && places; j++) places = ctx.tokens[j].pos === 'PROPN' || ctx.tokens[j].pos === 'PUNCT';
    if (places && !others.some((x) => x.head > m.head && x.head < a)) return d;
  }
  return null;
}

/** "born in Canada", "raised in Ohio": where someone comes from, no side or place of what they do. */
function birthPlace(ctx: SentenceCtx, c: Chunk): boolean {
  const k = c.first - ctx.s.first;
  return k >= 2 && ctx.low[k - 1] === 'in' && /^(born|raised)$/.test(ctx.low[k - 2]);
}

/** The part of a place a direction names: "northwestern Pakistan", "central Gaza". */
const REGION_OF = /^(?:(?:north|south)(?:east|west)?ern|eastern|western|central|northern|southern)\s+(?=\p{Lu})/u;
/** Words of when that may close a place's phrase: "in Rafah overnight". */
const WHEN_AFTER_PLACE = /^(overnight|today|yesterday|tonight|earlier|later|now)$/;

/** Words for a part of a country after its name: "the Kharkiv region", "Sirnak province". */
const REGION_WORDS = /^(region|province|oblast|governorate|district|prefecture)$/;
const PLACE_KINDS = new RegExp(`^${PLACE_KINDS_WORDS}$`);

/** Where it happened: the place in an "in/at/near" phrase after the trigger, or before it. */
function locationFor(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver, all: Match[]): Event['location'] {
  const cands: { c: Chunk; dist: number }[] = [];
  // ("“… is attacking our state,” Kurti told a news conference in Pristina": a quoted deed happens where its words put it, not where they were said.)
  const quote = quoteAt(doc, doc.tokens[m.head].start);
  for (const whole of ctx.chunks) {
    if (whole.first === ctx.s.first) continue;
    const p = ctx.low[whole.first - 1 - ctx.s.first];
    if (!LOC_PREPS.has(p)) continue;
    // ("killed 22 people in Rafah overnight": when, after where, in one phrase.)
    let last = whole.last;
    while (last - 1 > whole.first && WHEN_AFTER_PLACE.test(ctx.low[last - 1 - ctx.s.first])) last--;
    // ("the summit in Vilnius next week": right after the deed; further away a place with its own time is another scene's,
    // "emerged from Trump's convention in Cleveland last week".)
    if (last - 2 > whole.first && whole.first >= m.last && whole.first - m.last <= 2 && /^(next|last|this|coming|past|previous)$/.test(ctx.low[last - 2 - ctx.s.first]) && TIME_WORD.test(ctx.low[last - 1 - ctx.s.first])) last -= 2;
    let c = last === whole.last ? whole : { ...whole, last };
    // ("in the city of Dnipro", "near the town of Chasiv Yar": the name after the kind of place.)
    if (PLACE_KINDS.test(ctx.low[c.last - 1 - ctx.s.first]) && ctx.low[c.last - ctx.s.first] === 'of' && c.last + 1 < ctx.s.last) {
      const named = ctx.chunkAt[c.last + 1 - ctx.s.first];
      if (named >= 0 && ctx.chunks[named].first === c.last + 1) c = ctx.chunks[named];
    }
    // ("in Russia's southern Krasnodar region", "in the Kharkiv region": the name before the word for a region.)
    if (REGION_WORDS.test(ctx.low[c.last - 1 - ctx.s.first]) && c.last - 2 >= c.first && doc.tokens[c.last - 2].pos === 'PROPN') {
      let a = c.last - 2;
      while (a > c.first && doc.tokens[a - 1].pos === 'PROPN' && !/^['’]s?$/.test(doc.tokens[a].text)) a--;
      c = { ...c, first: a, last: c.last - 1 };
    }
    const head = doc.tokens[c.last - 1];
    if (head.pos !== 'PROPN') continue;
    if (isSpeechTail(ctx, c.first)) continue;
    // "attacked a federal judge whose parents were born in Mexico": where someone was born or raised,
    // or a place inside a relative clause after the deed, is no place of the deed.
    if (birthPlace(ctx, c)) continue;
    if (c.first >= m.last && hasBefore(ctx.low, c.first - ctx.s.first, c.first - m.last, WH_RELATIVES)) continue;
    if (quote !== null && quoteAt(doc, doc.tokens[c.first].start) !== quote) continue;
    if (c.last <= m.first && inAgentPhrase(doc, ctx, whole.first - 1)) continue;
    // ("Xi will host talks in Beijing and Putin will travel to Delhi": a place of another clause is that clause's.)
    if (newClauseBetween(doc, ctx, Math.min(c.last, m.last), Math.max(c.first, m.first))) continue;
    // ("closing the border crossing, a day after gunmen killed 26 people in Kashmir": the place of a deed the scene
    // tells is that deed's; "during a rally in Ohio" is the news's own.)
    if (!ctx.background[m.first - ctx.s.first] && sceneDeedBefore(ctx, all, c.first)) continue;
    // ("launched drills … a day after its president returned from a stopover in the United States": where a
    // happening a time apart from the deed was.)
    if (c.first >= m.last && happeningApartBetween(doc, ctx, m.last, c.first)) continue;
    const dist = c.first >= m.last ? c.first - m.last : (m.first - c.last) * 2 + 6;
    cands.push({ c, dist });
  }
  cands.sort((a, b) => a.dist - b.dist);
  for (const { c } of cands) {
    let a = c.first;
    while (a < c.last && doc.tokens[a].pos === 'DET') a++;
    if (a >= c.last) continue;
    const name = doc.text.slice(doc.tokens[a].start, doc.tokens[c.last - 1].end);
    // "in March" is a month, not the town in Cambridgeshire.
    if (NOT_NAMES.has(name)) continue;
    // ("an adviser at the Center for Strategic and International Studies": the first words of a longer name, not Center, Texas.)
    if (partOfLongerName(doc, doc.tokens[a].start, doc.tokens[c.last - 1].end)) continue;
    // "at the White House", "at NATO": a body the KB knows, not the town of that name in Tennessee or the
    // Philippines; its country, when it has one, is where, with no point on a map.
    const body = kbByName(name).find((e) => e.type === 'ORG');
    if (body) {
      if (!body.country) continue;
      return { name, country: body.country, lat: null, lon: null };
    }
    // ("in northwestern Pakistan", "in central Gaza": a part of a place, where the place is known.)
    const part = REGION_OF.exec(name);
    const place = placeAsPlaced(actors, doc.tokens[a].start, doc.tokens[c.last - 1].end, name, part ? name.slice(part[0].length) : null);
    if (place) return place.where;
  }
  return townOfDeed(doc, ctx, m, actors);
}

/**
 * The gazetteer's place for the mention [start, end), in the country the entity layer placed it in when it did
 * ("in St. Petersburg, Fla." is in Florida, not the best-known one); `whole` is that place when `name` is a part
 * of it ("northwestern Pakistan"). Null when the gazetteer knows neither.
 */
function placeAsPlaced(actors: ActorResolver, start: number, end: number, name: string, whole: string | null = null): { where: NonNullable<Event['location']>; kind: string } | null {
  const placed = actors.placeAt(start, end);
  const hint = placed?.country ?? null;
  const place = findPlace(name, hint) ?? (whole ? findPlace(whole, hint) : null);
  if (!place) return null;
  const { kind } = place;
  // (A town the entity layer could not place, "the central town of Moura" filed from Bamako, is not the gazetteer's.)
  if (placed && !placed.country && place.country) return { where: { name, country: null, lat: null, lon: null }, kind };
  if (hint && place.country !== hint) return { where: { name, country: hint, lat: null, lon: null }, kind };
  return { where: { name: kind === 'country' ? place.name : name, country: place.country, lat: place.lat, lon: place.lon }, kind };
}

/** Whether [start, end) lies inside a longer mention of a person or an organisation. */
function partOfLongerName(doc: Doc, start: number, end: number): boolean {
  return doc.entities.some((e) => (e.type === 'ORG' || e.type === 'PERSON')
    && e.mentions.some((x) => x.start <= start && x.end >= end && x.end - x.start > end - start));
}

/** Whether "a day after", "hours before", "weeks since" and a clause of its own stand in tokens [from, to). */
function happeningApartBetween(doc: Doc, ctx: SentenceCtx, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    if (/^(after|before|since)$/.test(ctx.low[j - ctx.s.first]) && /^(days?|hours?|weeks?|months?|years?|minutes|moments)$/.test(ctx.low[j - 1 - ctx.s.first]) && clauseOpensAt(doc, ctx, j + 1)) return true;
  }
  return false;
}

/** Whether token i is in a background clause whose own verb tells a deed before it ("after gunmen killed … in", not "during a rally in"). */
function sceneDeedBefore(ctx: SentenceCtx, all: Match[], i: number): boolean {
  let k = i - ctx.s.first;
  if (!ctx.background[k]) return false;
  while (k > 0 && ctx.background[k - 1]) k--;
  const from = ctx.s.first + k;
  return all.some((x) => x.trigger.kind === 'verb' && x.first >= from && x.first < i);
}

/**
 * "Gunmen backed by officials in Belgrade attacked a police patrol": a place inside a participle's "by"
 * phrase (the preposition at `prep`) qualifies whoever did the backing, not the deed.
 */
function inAgentPhrase(doc: Doc, ctx: SentenceCtx, prep: number): boolean {
  for (let j = prep - 1; j > ctx.s.first && j >= prep - 4; j--) {
    const w = ctx.low[j - ctx.s.first];
    if (w === ',' || doc.tokens[j].pos === 'AUX') return false;
    if (w === 'by') return doc.tokens[j - 1].pos === 'VERB' && /(ed|en)$/.test(ctx.low[j - 1 - ctx.s.first]);
  }
  return false;
}

/** "the Orlando attack", "last week's Paris attacks", "the San Bernardino shooting": a town named just before the deed is where it happened. */
function townOfDeed(doc: Doc, ctx: SentenceCtx, m: Match, actors: ActorResolver): Event['location'] {
  if (m.trigger.kind !== 'noun' || !HOSTILE.has(m.trigger.type)) return null;
  let b = m.first;
  if (b > ctx.s.first && /^['’]s?$/.test(doc.tokens[b - 1].text)) b--;
  let a = b;
  while (a > ctx.s.first && b - a < 3 && doc.tokens[a - 1].pos === 'PROPN' && isCapitalisedWord(doc.tokens[a - 1].text)) a--;
  // The name is a modifier inside a noun phrase ("the Orlando attack", "Sunday's Paris attacks"), not a subject.
  if (a === b || a === ctx.s.first || !/^(the|last|week['’]s|month['’]s|year['’]s|['’]s?)$/i.test(doc.tokens[a - 1].text)) return null;
  // "the Clinton investigation": a person's name, though a town has it too.
  if (actors.resolve({ first: a, last: b }, ctx.index)?.kind === 'person') return null;
  const name = doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
  const place = placeAsPlaced(actors, doc.tokens[a].start, doc.tokens[b - 1].end, name);
  return place && place.kind !== 'country' ? place.where : null;
}

function sideKey(a: Event['actor']): string {
  if (!a) return '';
  return a.country ? (ARMED_GROUP.test(a.sector ?? '') ? `${a.country}:${a.sector}` : a.country) : a.name;
}

function dedupe(events: Event[], people: ReadonlySet<string>): Event[] {
  // The events kept of each (type, sides, status, sentence). ("shot and killed" is one assault; "would close its
  // airspace and suspend all trade" two threats, told by their modes; "warned that any attack would be met with a
  // crushing response" one, the warning's having none.)
  const seen = new Map<string, Event[]>();
  const out: Event[] = [];
  for (const e of events) {
    // (A side is its country, and its sector when that sets an armed group apart from its state: the army and the RSF.)
    const key = `${e.type}|${sideKey(e.actor)}|${sideKey(e.target)}|${e.status}|${e.sentence.start}`;
    const kept = seen.get(key);
    // ("arrested 20 protesters … and the government banned rallies": two acts of force told by their modes too.)
    const modes = kept?.map((x) => x.mode);
    const moded = !!modes && (e.type === 'THREATEN' || e.type === 'COERCE') && e.mode !== null && !modes.includes(e.mode) && !modes.includes(null);
    // (And two people the entity layer tells apart, each with a verb of their own: "Biden met Xi and Blinken visited
    // Beijing"; one verb of "Obama and Clinton" stays one.)
    const who = e.actor?.entity && people.has(e.actor.entity) ? e.actor.entity : null;
    const apart = !!kept && who !== null && kept.every((x) => x.trigger.start !== e.trigger.start && !!x.actor?.entity && people.has(x.actor.entity) && x.actor.entity !== who);
    if (kept && !moded && !apart) continue;
    if (kept) kept.push(e); else seen.set(key, [e]);
    out.push(e);
  }
  // ("Putin met Xi in Beijing, their second meeting this year": a deed named again with no sides is the one told.)
  return out.filter((e) => e.actor || e.target || !out.some((x) => x !== e && x.type === e.type && x.status === e.status && (x.actor || x.target) && x.trigger.start < e.trigger.start));
}
