// The quotes component: every quotation in an article (direct, mixed and reported speech) with
// its speaker, cue and channel. Runs after the entity component so that speakers are entities.
import type { Paragraph, Quote, Speaker } from '../../model/analysis.ts';
import { retagToken, withTokens, type Component, type Doc, type Token } from '../doc.ts';
import { firstWhere } from '../bisect.ts';
import { kbBySurname } from '../../kb/store.ts';
import { TITLE_WORDS } from '../entities/words.ts';
import { findSegments, holdsWords, type Segment } from './marks.ts';
import { asideClosesAt, channelAtEnd, channelUser, frameIn, putsOut, hasWords, isDash, namingNotSpeech, objectGapRelative, pointsBack, predicateResumes, reportedIn, setOffBefore, skipLead, speakerBefore, subjectOf, trimTail, wordsAfterFrame, type Frame, type Reported } from './frames.ts';
import { afterCue, bareWords, channelBeforeCue, cueAt, hasVerb, HOW_IT_WENT, nounPhraseStartingAt, outletName, TIME_WORDS, toHearers, type Cue, type TokenSpan } from './phrases.ts';
import { CHANNEL_NOUN_SET, CUE_FORMS, CUE_MODIFIERS, EVIDENCE_NOUN_SET, MANNER_VERB_SET, PERSON_DESCRIPTION_SET, TITLE_SMALL, titleWord } from './lexicon.ts';
import { SpeakerResolver } from './speaker.ts';
import { withSignedPosts } from './posts.ts';
import { datelineOf } from '../dateline.ts';
import { CREDITS_BY } from '../../extract/text/rules.ts';
import { featuresOf, isPunct, MODEL, namesOf, relaxedIn, sameReport, scoreWith, splitsIn, type CandidateInfo } from './model.ts';

/** A quote found, before its speaker is resolved. */
export interface Found {
  start: number;
  end: number;
  type: Quote['type'];
  frame: Frame | null;
  /** For a quote with no attribution of its own: where to look for its speaker. */
  inherit: boolean;
  paragraph: number;
  /** First token of the unit the quote is in (to find "the next sentence"). */
  unitEnd: number;
  /** Who proposed it: the rules, or the relaxed generator (model.ts). */
  origin?: 'rule' | 'relaxed';
  /** The learned filter's probability (none for direct quotes, which the rules decide alone). */
  score?: number;
  /** The features behind it by name, when asked for (training). */
  feats?: string[];
  /** A quotation interrupted by its attribution: the quoted pieces, in order, inside [start, end). */
  parts?: Array<{ start: number; end: number }>;
  /** A report split out of another's span (splitsIn): that report, and where it ends when this one is kept. */
  split?: { parent: Found; end: number; known: boolean; said: boolean; that: boolean; channel: string | null };
}

/**
 * The candidate with every field, in one order (absent ones undefined). Candidates come from a dozen
 * rules and copies; each literal or spread variant is its own V8 hidden class, and the functions that
 * read candidates were compiled again each time an article brought one they had not met (see
 * retagToken in ../doc.ts).
 */
export function asFound(f: Found): Found {
  return {
    start: f.start, end: f.end, type: f.type, frame: f.frame, inherit: f.inherit, paragraph: f.paragraph, unitEnd: f.unitEnd,
    origin: f.origin, score: f.score, feats: f.feats, parts: f.parts, split: f.split,
  };
}

export interface Unit { first: number; last: number; paragraph: number }

export const quotesComponent: Component = {
  name: 'quotes',
  run(doc: Doc): void {
    doc.quotes = findQuotes(doc);
  },
};

/** Auxiliaries and common verbs that no surname spells: title-case headlines keep them as verbs ("Clinton Is In Trouble"). */
const HEADLINE_VERBS = /^(Is|Are|Was|Were|Be|Been|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Does|Do|Did|Gets|Got|Wins|Won|Takes|Took|Makes|Made|Goes|Went|Backs|Slams|Rips|Blasts|Hits|Knocks|Mocks|Defends|Attacks|Vows|Pledges|Wants|Plans|Says|Said|Tells|Told|Calls|Urges|Warns|Claims|Admits|Denies|Rejects|Endorses|Supports|Opposes)$/;

/**
 * wink tags some surnames as verbs or nouns ("Ann Ward", "Paul Grant"): a capitalised word right
 * after a proper noun is a proper noun too, unless it is a cue ("Trump Says" in a headline).
 */
function retag(doc: Doc): Token[] {
  const tokens = doc.tokens;
  // Pushed, not mapped: map() makes a holey array, and the functions that also read doc.tokens (a
  // packed one) would meet two array shapes (see retagToken).
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(retagged(tokens, tokens[i], i));
  // "Will urged", "which Will claims": an auxiliary the entity layer found to be a person's name is a name.
  // So is the end of a given name in two syllables ("Kim Yo-jong denounced", wink: "jong" a noun), and a
  // family name alone that spells a word ("“…,” said Weld, who added", wink: "Weld" a verb).
  let names: Set<number> | null = null;
  let alone: Set<number> | null = null;
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const aux = t.pos === 'AUX' && capitalised(t.text);
    const syllable = !aux && t.pos !== 'PROPN' && i >= 2 && out[i - 1].text === '-' && out[i - 1].start === out[i - 2].end && t.start === out[i - 1].end;
    const word = !aux && !syllable && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && capitalised(t.text);
    if (!aux && !syllable && !word) continue;
    if (word) {
      alone ??= new Set(doc.entities.flatMap((e) => (e.type === 'PERSON' ? e.mentions.filter((m) => !/\s/.test(m.text)).map((m) => m.start) : [])));
      if (alone.has(t.start) && t.end - t.start > 2) out[i] = retagToken(t, 'PROPN');
      continue;
    }
    names ??= new Set(doc.entities.flatMap((e) => (e.type === 'PERSON' ? e.mentions.map((m) => m.end) : [])));
    if (names.has(t.end)) out[i] = retagToken(t, 'PROPN');
  }
  return out;
}

const TITLE_CASE_SMALL = new Set(['to', 'for', 'of', 'a', 'an', 'the', 'and', 'or', 'but', 'in', 'on', 'at', 'with', 'by', 'after', 'as', 'over', 'from', 'into', 'vs', 'is', 'are']);
/**
 * "Mark Sung, a fellow at …", "Wen-ti Sung said": a capitalised verb form right after a name, in running
 * text (a small letter or a comma after it), is the name's last word. A Title Case headline's "Trump Says
 * He …" goes on in capitals.
 */
function surnameAfterName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1];
  if (!prev || !next || prev.sentence !== tokens[i].sentence || next.sentence !== tokens[i].sentence || /^(Says|Said)$/.test(tokens[i].text)) return false;
  // (Not a Title Case headline's small words: "Cruz Refuses to Disavow …", "Pence Calls for …".)
  if (!(next.text === ',' || (/^[a-z]/.test(next.text) && !TITLE_CASE_SMALL.has(next.text)))) return false;
  if (prev.pos === 'PROPN' && capitalised(prev.text)) return true;
  // ("Wen-ti": a given name in two syllables.)
  const dash = tokens[i - 2], first = tokens[i - 3];
  return !!dash && !!first && dash.text === '-' && dash.start === first.end && prev.start === dash.end && /^[a-z]/.test(prev.text) && capitalised(first.text);
}

/** "Ann", not "AP" or "a": a capital and a small letter (/^[A-Z][a-z]/ by char codes, called for every token). */
function capitalised(s: string): boolean {
  const a = s.charCodeAt(0), b = s.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

/**
 * "The job marks his return, a friend said", "Factors impact the cost of college, said …": wink
 * tags a present-tense verb between its subject and a determiner as a noun, and the reported clause
 * then has no verb. The subject's number must agree: "-s" after a singular noun, the base form after a
 * plural. People ("campaign officials the …") are nouns whatever follows, and so is a word before a
 * time ("murder charges the following year").
 */
function verbBeforeObject(tokens: Token[], i: number): boolean {
  const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !/^[a-z]{3,}$/.test(t.text)) return false;
  // ("Other former CIA officers chafed at such second-guessing and said …": a past tense needs no agreement.)
  if (/^[a-z]{2,}[^e]ed$/.test(t.text) && !NOUNS_IN_ED.has(t.text)) return OBJECT_DETERMINERS.has(next.text.toLowerCase()) || next.pos === 'ADP';
  if (!OBJECT_DETERMINERS.has(next.text.toLowerCase())) return false;
  const thirdPerson = /[^s]s$/.test(t.text);
  // (A singular in "-s" is no plural subject: "told Tass news agency the strikes …", "the crisis", "the census".)
  const plural = /[^siu]s$/.test(prev.text) && !SINGULARS_IN_S.has(prev.text.toLowerCase());
  if (thirdPerson ? /s$/.test(prev.text) : !plural) return false;
  return !PERSON_DESCRIPTION_SET.has(t.text) && !TIME_WORDS.has(t.text) && !timeAt(tokens[i + 2]) && !timeAt(tokens[i + 3]) && (CUE_FORMS.has(t.text) || !verbFollows(tokens, i));
}
/**
 * ("reported on disclosure forms a speaking fee was …": a verb after it in the same clause is the clause's,
 * unless the word is a cue, whose clause has a verb of its own: "some critics fear the plan will …".)
 */
function verbFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    const t = tokens[k];
    if (/^(,|;|:|that|which|who|whom|whose|if|whether|because|when|while|as)$/i.test(t.text) || t.pos === 'SCONJ') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.text) && tokens[k - 1].text.toLowerCase() !== 'to')) return true;
  }
  return false;
}
/** "… murder charges the following year": the determiner opens a time, not an object. */
const timeAt = (t: Token | undefined): boolean => !!t && (TIME_WORDS.has(t.text.toLowerCase()) || /^(days?|weeks|months|years|hours?|decades?)$/i.test(t.text));
const SINGULARS_IN_S = new Set(['news', 'series', 'species', 'politics', 'economics', 'physics', 'ethics', 'lens', 'means', 'headquarters', 'mathematics']);
const NOUNS_IN_ED = new Set(['hundred', 'hatred', 'kindred', 'sacred', 'naked', 'wicked', 'wretched', 'beloved', 'crooked', 'rugged']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that make "calls" a kind of call ("phone calls", "conference call"). */
const KINDS_OF_CALL = /^(phone|telephone|conference|video|roll|cold|robo|curtain|wake-up)$/i;

/**
 * retag's decision for one token: the token itself, or a copy with the corrected tag. Tags are
 * compared as strings rather than by regex: this runs for every token of the article.
 */
function retagged(tokens: Token[], t: Token, i: number): Token {
  const pos = t.pos;
  const nounOrAdj = pos === 'NOUN' || pos === 'ADJ';
  if (nounOrAdj && cueBetween(tokens, i)) return retagToken(t, 'VERB');
  if (pos === 'NOUN' && verbBeforeObject(tokens, i)) return retagToken(t, 'VERB');
  // "the president's phone calls with other leaders": a call named by its kind is a noun, never a cue.
  if (pos === 'VERB' && (t.text === 'calls' || t.text === 'call') && i > 0 && KINDS_OF_CALL.test(tokens[i - 1].text) && tokens[i - 1].sentence === t.sentence) return retagToken(t, 'NOUN');
  // ("Ian Read said company leaders …": "said" after a name is the verb, never "the said company".)
  if (pos === 'ADJ' && t.text === 'said' && i > 0 && capitalised(tokens[i - 1].text) && tokens[i - 1].pos !== 'DET' && tokens[i - 1].sentence === t.sentence) return retagToken(t, 'VERB');
  // "the South Korean military said": "military" tagged as an adjective with no noun after it is the noun.
  if (pos === 'ADJ' && t.text === 'military' && !/^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) return retagToken(t, 'NOUN');
  // "organizing director Kendall Fells", "managing editor", "acting chairman": a participle before a role names it.
  if (pos === 'VERB' && t.text.endsWith('ing') && tokens[i + 1]?.pos === 'NOUN' && PERSON_DESCRIPTION_SET.has(tokens[i + 1].text.toLowerCase()) && !CUE_FORMS.has(t.text.toLowerCase())) return retagToken(t, 'ADJ');
  // "Exit polling showed …": a document word the tagger read as a verb, before a cue.
  if (t.pos === 'VERB' && EVIDENCE_NOUN_SET.has(t.text.toLowerCase()) && /ing$/.test(t.text) && tokens[i + 1] && CUE_FORMS.has(tokens[i + 1].text.toLowerCase())) return retagToken(t, 'NOUN');
  // "…, mocking his speech": a cue participle after a comma, tagged as a noun.
  if (nounOrAdj && /^[a-z]+ing$/.test(t.text) && i > 0 && tokens[i - 1].text === ',' && CUE_FORMS.get(t.text)?.some((c) => c.form === 'ing' && !MANNER_VERB_SET.has(c.lemma))) return retagToken(t, 'VERB');
  // "Trump Slams Cruz Over Ads": in a title-case headline wink reads the verb as part of a name.
  if (t.pos === 'PROPN' && i > 0 && /^[A-Z][a-z]+(s|ed)$/.test(t.text) && tokens[i - 1].pos === 'PROPN' && tokens[i - 1].sentence === t.sentence) {
    const infos = CUE_FORMS.get(t.text.toLowerCase());
    const next = tokens[i + 1];
    // …but not the "States" of "United States Embassy".
    if (infos && infos.some((c) => c.form === 's' || c.form === 'past') && next && next.sentence === t.sentence && /^[A-Z]/.test(next.text)
      && !(t.text === 'States' && tokens[i - 1].text === 'United') && !nameInRunningText(tokens, i)) return retagToken(t, 'VERB');
  }
  if (!(pos === 'VERB' || nounOrAdj || pos === 'AUX' || pos === 'ADV') || !capitalised(t.text)) return t;
  if (pos === 'VERB' && surnameAfterName(tokens, i)) return retagToken(t, 'PROPN');
  // "…,” Lynch said.", "Jolly said": a capitalised word right before a speech verb is its subject
  // (an adverb only when it is not one that stands between a speaker and the cue: "Later said").
  // ("Ford itself said": past an intensifier.)
  const next = /^(itself|himself|herself|themselves)$/.test(tokens[i + 1]?.text ?? '') ? tokens[i + 2] : tokens[i + 1];
  // ("Cross called the election …": a surname the tagger read as a verb or a noun, before the past of a cue.)
  const cueNext = next && next.sentence === t.sentence && (/^(said|says|told|added|wrote|tweeted)$/.test(next.text)
    || ((pos === 'VERB' || pos === 'NOUN') && /^(called|warned|argued|noted|insisted|replied|explained|acknowledged)$/.test(next.text)));
  // ("When told Perez was in the Cabinet, Bush …": a subordinator opens a clause, it names no one.)
  if (cueNext && !CUE_FORMS.has(t.text.toLowerCase())
    && !(t.pos === 'ADV' && (CUE_MODIFIERS.has(t.text.toLowerCase()) || /^(When|Whenever|While|Where|Why|How|Once|If|Then|So|Thus|Hence)$/.test(t.text)))) return retagToken(t, 'PROPN');
  if (t.pos === 'ADV') return t;
  if (i === 0) return t;
  const prev = tokens[i - 1];
  if (prev.pos !== 'PROPN' || prev.sentence !== t.sentence || prev.end === t.start) return t;
  if (CUE_FORMS.has(t.text.toLowerCase()) || HEADLINE_VERBS.test(t.text)) return t;
  return retagToken(t, 'PROPN');
}

/**
 * Whether the capitalised words before token i follow a word of running text ("a group called Black
 * Votes Matter", "the Black Lives Matter movement"): then they and i are a name, not a title-case
 * headline's subject and verb ("Trump Slams Cruz", "Clinton and Sanders Spar Over …").
 */
function nameInRunningText(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k - 1].sentence === tokens[i].sentence && /^[A-Z]/.test(tokens[k - 1].text)) k--;
  const before = k > 0 && tokens[k - 1].sentence === tokens[i].sentence ? tokens[k - 1].text : '';
  const c = before.charCodeAt(0);
  return c >= 97 && c <= 122 && !HEADLINE_SMALL.has(before);
}

/** Verbs of position in the base form, after a plural subject ("voters support …"). */
const POSITION_BASE = /^(support|oppose|favor|favour|back|reject|prefer|endorse)$/;

/**
 * wink tags a cue verb after a plural subject as a noun ("polls show that …", "FEC reports show
 * it …", "two-thirds support cutting …"): a lower-case cue form between a subject-like word and
 * the start of a clause is the verb.
 */
function cueBetween(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // "Ohio state Rep. …", "Rust Belt states that …": the noun, never the verb.
  if (!CUE_FORMS.get(t.text)?.some((c) => !MANNER_VERB_SET.has(c.lemma)) || !/^[a-z]+$/.test(t.text) || i === 0 || i + 1 >= tokens.length) return false;
  const prev = tokens[i - 1], next = tokens[i + 1];
  // ("The document states that …", "the constitution states that …": a text's verb, but not "Rust Belt states that …".)
  if (t.text === 'state' || t.text === 'states') return t.text === 'states' && next.text === 'that' && prev.sentence === t.sentence && EVIDENCE_NOUN_SET.has(prev.text.toLowerCase()) && !/s$/.test(prev.text);
  if (prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  // "The candidate plans to return": a person word before a cue that takes "to".
  if (next.text === 'to' && /^(plans|wants|hopes|vows|promises|pledges|aims|seeks|expects|intends|refuses|declines|threatens)$/.test(t.text) && (prev.pos === 'PROPN' || PERSON_DESCRIPTION_SET.has(prev.text.toLowerCase()))) return true;
  // "Republicans plan to move …", "most voters want to …": the plural subject, the base form.
  if (next.text === 'to' && /^(plan|want|hope|vow|promise|pledge|aim|seek|expect|intend|refuse|decline|threaten)$/.test(t.text) && ((prev.pos === 'PROPN' || prev.pos === 'NOUN') && /s$/.test(prev.text) || /^(they|we|i|you|most|many|both|few|some|others)$/i.test(prev.text))) return true;
  // "polls show Democratic voters …", "records show, the jet …": a document word before "show" makes it the verb.
  if (/^(show|shows|showed|suggest|suggests|indicate|indicates)$/.test(t.text) && EVIDENCE_NOUN_SET.has(prev.text.toLowerCase()) && next.pos !== 'ADP') return true;
  const subject = (prev.pos === 'NOUN' && /s$/.test(prev.text)) || prev.pos === 'PROPN' || (prev.pos === 'NUM' && /^(say|support|oppose|want|think|believe|favor|expect)$/.test(t.text)) || /^(they|we|i|you|who|that|which|%|most|many|both|few|several|others|third|thirds|quarter|quarters|half|percent|majority|minority|plurality)$/i.test(prev.text);
  if (!subject) return false;
  // ("said in a Telegram post that …": the channel of a report; "misread a CNN report that …" is CNN's report.)
  if (prev.pos === 'PROPN' && /^(a|an)$/i.test(tokens[i - 2]?.text ?? '') && /^(in|on|via)$/i.test(tokens[i - 3]?.text ?? '')) return false;
  const w = next.text.toLowerCase();
  // ("Millennials support background checks": a plural holding a position on a thing.)
  if (/[^s]s$/.test(prev.text) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && POSITION_BASE.test(t.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')) return true;
  // "…, new fundraising reports show.": the cue closing a sentence after its subject.
  if (/^[.!?]$/.test(w) && /^(show|shows|showed|found|say|says|said|suggest|suggests|indicate|indicates)$/.test(t.text) && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return true;
  // ("…, the Daily Caller reports.", "…, Isaac Stanley-Becker writes.": after a name; not "according to news reports.")
  if (/^[.!?]$/.test(w) && /^(reports|writes|notes|adds|explains|argues|recalls|concludes|observes)$/.test(t.text) && prev.pos === 'PROPN') return true;
  return w === 'that' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NUM'
    // "Some economists question whether …": a question put after its subject.
    || ((w === 'whether' || w === 'if') && /^(question|questions|doubt|doubts|wonder|wonders|ask|asks)$/.test(t.text))
    // "voters support a ban": "a"/"the" after a noun-like cue only for verbs of position ("analysts doubt the sanctions will …").
    || (next.pos === 'DET' && ((w !== 'the' && w !== 'a') || (prev.pos !== 'NUM' && /^(support|supports|oppose|opposes|back|backs|favor|favors|want|wants|plan|plans|prefer|prefers|reject|rejects|endorse|endorses|view|views|doubt|doubts|dispute|disputes)$/.test(t.text))))
    || (next.pos === 'VERB' && /ing$/.test(w))
    // "the job that many economists say is the future": a verb of saying straight before "is".
    || (next.pos === 'AUX' && /^(say|think|believe|argue|claim|contend|insist)s?$/.test(t.text));
}

export function findQuotes(original: Doc): Quote[] {
  const c = candidatesOf(original);
  if (!c) return [];
  return withoutNestedUnsaid(withSignedPosts(c.doc, resolveAll(c.doc, selectFound(c.found), c.units, c.inQuote), c.inQuote));
}

/**
 * "Central Command said the missiles missed the vessel and no injuries were reported": a report with no
 * speaker inside another's words is part of what that speaker said, not a report of its own. ("Asked
 * whether …" keeps its question: the asker is the reporter, whom PolNeAR counts.)
 */
function withoutNestedUnsaid(quotes: Quote[]): Quote[] {
  const nested = (q: Quote) => q.type === 'indirect' && !q.speaker && q.cue !== 'asked'
    && quotes.some((o) => o !== q && !!o.speaker && o.start <= q.start && q.end <= o.end);
  const kept = quotes.filter((q) => !nested(q));
  return kept.length === quotes.length ? quotes : kept;
}

/**
 * The model's threshold; and "…, and demanded that Belgrade hand over the gunmen": a verb of saying
 * with "that" coordinated after another report is a report of its own, whatever the score.
 */
function keptByModel(f: Found): boolean {
  return (f.score ?? 0) >= (f.origin === 'relaxed' ? MODEL.threshold : MODEL.ruleThreshold) || (!!f.split?.said && f.split.that);
}

/** Keeps direct quotes and the candidates the model scores at or above its threshold. */
export function selectFound(found: Found[], keep: (f: Found) => boolean = keptByModel): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (f.score === undefined && !f.feats) { out.push(f); continue; }
    if (!keep(f)) continue;
    // A relaxed report that repeats one already kept is dropped.
    if (f.origin === 'relaxed' && out.some((o) => sameReport(o, f))) continue;
    out.push(f);
  }
  // A kept coordinated report ends the report it was split out of where it begins.
  for (const f of out) {
    if (!f.split) continue;
    const i = out.indexOf(f.split.parent);
    const p = i >= 0 ? out[i] : null;
    if (p && f.split.end > p.start && f.split.end < p.end) {
      out[i] = asFound({ ...p, end: f.split.end });
      if (f.split.channel && p.frame && !p.frame.channel) p.frame.channel = f.split.channel;
    }
  }
  return out.filter((f) => !quotedInReport(f, out));
}

/**
 * "the SVP “must be careful …”", kept as a report with its quoted words: the same words also found
 * as a quotation with no attribution of its own are not a second quote.
 */
function quotedInReport(f: Found, kept: Found[]): boolean {
  if (f.type !== 'direct' || f.frame) return false;
  const need = 0.8 * (f.end - f.start);
  // A report whose words are all one quotation is kept as a direct quote with its frame (reported()).
  return kept.some((o) => o !== f && (o.type !== 'direct' || o.frame) && Math.min(o.end, f.end) - Math.max(o.start, f.start) >= need);
}

export interface Candidates {
  doc: Doc;
  found: Found[];
  units: Unit[];
  inQuote: (offset: number) => boolean;
}

/** Every candidate quote of the article: the rules' ones, then the relaxed reports, with features. */
export function candidatesOf(original: Doc, names = false): Candidates | null {
  const doc = withTokens(original, retag(original));
  const { tokens, text } = doc;
  if (!tokens.length) return null;
  const segments = splitAtTurns(text, doc.article.paragraphs, findSegments(text, doc.article.paragraphs));
  const segOf = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < segments.length && segments[s].close <= t.start) s++;
    if (s < segments.length && t.start >= segments[s].open && t.end <= segments[s].close) segOf[i] = s;
  }
  // Segments are in text order and do not overlap: a binary search finds the one that may hold an offset.
  const inQuote = (offset: number): boolean => {
    let lo = 0, hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = segments[mid];
      if (offset < g.start) hi = mid - 1;
      else if (offset >= g.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const units = unitsOf(doc, segments);
  const entityAt = entityTypesOf(doc);
  const found: Found[] = [];
  let labelled = -1;
  const scan: UnitScan = { doc, tokens, text, segments, segOf, blocked: (i: number) => segOf[i] >= 0, taken: new Set(), entityAt, names };
  for (const u of units) {
    if (u.paragraph === labelled) continue;
    if (creditLine(text, tokens, u)) continue;
    const label = labelQuote(doc, u);
    if (label) {
      found.push(label);
      labelled = u.paragraph;
      // ("“PENCE: Well, …⏎⏎“WALLACE: Do you …⏎⏎“But the truth is …": a transcript quoted in run-on paragraphs is one
      // unit; each later paragraph is its own label's, or goes on with the one before.)
      for (const f of laterTurns(doc, u)) { found.push(f); labelled = f.paragraph; }
      continue;
    }
    found.push(...candidatesInUnit(scan, u));
    // ("Limbaugh added:" closing a paragraph, the next one his words set as a block, without marks.)
    const block = blockQuoteAfter(doc, units, u, segOf);
    if (block) {
      found.push(block);
      labelled = block.paragraph;
    }
  }
  return { doc, found, units, inQuote };
}

/** What finding the candidates of each unit of an article shares. */
interface UnitScan {
  doc: Doc;
  tokens: Token[];
  text: string;
  segments: Segment[];
  /** For each token, the quotation segment it is inside, or -1. */
  segOf: Int32Array;
  blocked: (i: number) => boolean;
  /** Cue tokens the unit's reports have used so far (cleared for each unit). */
  taken: Set<number>;
  entityAt: ReturnType<typeof entityTypesOf>;
  /** Give each candidate its feature names (for training) instead of its score. */
  names: boolean;
}

/**
 * The candidates of one unit: the rules' reports, the relaxed ones, those split out of either, scored.
 * (Steps of their own, not one body: V8 recompiles a whole function when a branch it has not run before
 * is taken, and new articles keep taking such branches; as one body each recompile cost ~150 CPU-ms.)
 */
function candidatesInUnit(scan: UnitScan, u: Unit): Found[] {
  const rules = rulesIn(scan, u);
  const { frameStarts, laterCues } = takeRuleCues(scan, u, rules);
  const relaxed = relaxedFound(scan, u, rules, frameStarts);
  const splits = splitFound(scan, u, rules, relaxed);
  const { taken } = scan;
  const all = splits ? [...rules, ...relaxed.filter((f) => !taken.has(f.frame!.cue.first)), ...splits] : [...rules, ...relaxed];
  scoreCandidates(scan, u, rules, all);
  cutAtLaterCues(scan, u, relaxed, laterCues);
  return all;
}

/** The rules' quotes and reports in a unit, less namings and relative clauses. */
function rulesIn(scan: UnitScan, u: Unit): Found[] {
  const { doc, tokens, segments, segOf } = scan;
  // "a chummy corporate culture called “The HP Way.”": a naming frames no quotation either (reportedIn
  // and relaxedIn drop their own namings, so that they hide no other report).
  const rules: Found[] = [];
  for (const f of quotesInUnit(doc, u, segments, segOf)) {
    if (f.frame && namingNotSpeech(tokens, f.frame.speaker, f.frame.cue, u.last)) continue;
    // ("the purchases Mr. Trump requested — larger purchases “than any time in our history” — into …": a relative
    // clause reports nothing; the words it quotes are still the speaker's.)
    if (f.frame && objectGapRelative(tokens, f.frame.speaker, f.frame.cue, f.start)) {
      for (const g of segments) if (g.start >= f.start && g.end <= f.end) rules.push(asFound({ start: g.start, end: g.end, type: 'direct', frame: f.frame, inherit: false, paragraph: u.paragraph, unitEnd: u.last }));
      continue;
    }
    rules.push(f);
  }
  return rules;
}

/** Marks the rules' cues as taken; where their frames start, and cues that share a subject named before them. */
function takeRuleCues(scan: UnitScan, u: Unit, rules: Found[]): { frameStarts: number[]; laterCues: number[] } {
  const { tokens, taken } = scan;
  taken.clear();
  const frameStarts: number[] = [];
  // Cues of the rules' reports that share a subject named before them ("… and called on", not "by asking").
  const laterCues: number[] = [];
  for (const f of rules) {
    if (!f.frame) continue;
    for (let k = f.frame.cue.first; k < f.frame.cue.last; k++) taken.add(k);
    // ("issued a statement saying …": the participle's report is the issuing one.)
    const by = f.frame.speaker ? channelUser(tokens, f.frame.cue.first, u.first) : -1;
    if (by >= 0) taken.add(by);
    // ("The average of polls taken over the past two weeks shows …": a participle describing the speaker reports nothing.)
    const sp = f.frame.speaker;
    if (sp && sp.last + 1 < f.frame.cue.first && tokens[sp.last].pos === 'VERB' && /(ed|en)$/.test(tokens[sp.last].text) && tokens[sp.last + 1].pos === 'ADP'
      && !tokens.slice(sp.last, f.frame.cue.first).some((t) => t.text === ',')) taken.add(sp.last);
    frameStarts.push(Math.min(f.frame.cue.first, sp?.first ?? f.frame.cue.first));
    if (!sp) continue;
    // ("a White House official who spoke anonymously …, said": a verb inside the speaker's phrase ends at the cue.)
    if (tokens.slice(sp.last, f.frame.cue.first).some((t) => /^(who|whose|which)$/i.test(t.text))) frameStarts.push(f.frame.cue.first);
    if (sp.last < f.frame.cue.first && coordinatedAt(tokens, f.frame.cue.first, u.first)) laterCues.push(f.frame.cue.first);
  }
  return { frameStarts, laterCues };
}

/** The relaxed generator's reports in a unit that are no rule's report. */
function relaxedFound(scan: UnitScan, u: Unit, rules: Found[], frameStarts: number[]): Found[] {
  const { tokens, text, segments, blocked, taken } = scan;
  const relaxed: Found[] = [];
  for (const r of relaxedIn(tokens, u.first, u.last, text, blocked, taken, frameStarts)) {
    const start = tokens[r.clause.first].start;
    const end = clauseEnd(text, segments, tokens[r.clause.last - 1].end);
    const f = asFound({ start, end, type: 'indirect', frame: r, inherit: false, paragraph: u.paragraph, unitEnd: u.last, origin: 'relaxed' });
    if (rules.some((o) => sameReport(o, f))) continue;
    relaxed.push(f);
  }
  return relaxed;
}

/**
 * Reports coordinated inside another report ("urged … and tried to make the case that …"); they
 * take the place of a relaxed candidate at the same cue (whose speaker is only a guess). `taken`
 * holds the rules' cue tokens, and the split ones as they are found.
 */
function splitFound(scan: UnitScan, u: Unit, rules: Found[], relaxed: Found[]): Found[] | null {
  const { tokens, text, segOf, taken } = scan;
  let splits: Found[] | null = null;
  for (let j = 0; j < rules.length + relaxed.length; j++) {
    const f = j < rules.length ? rules[j] : relaxed[j - rules.length];
    if (!f.frame || f.type === 'direct' || f.start < tokens[f.frame.cue.last - 1].end) continue;
    const t0 = tokenStartingFrom(tokens, u.first, u.last, f.start);
    const t1 = tokenStartingFrom(tokens, t0, u.last, f.end);
    for (const r of splitsIn(tokens, f.frame, t0, t1, text, segOf, taken)) {
      const start = tokens[r.clause.first].start;
      // ("condemned the attack in a statement, saying …": cut there, the report before ends in its channel.)
      let cut = Math.max(t0 + 1, trimTail(tokens, t0, r.cut));
      const found = f.frame.channel ? null : channelAtEnd(tokens, t0, cut, text);
      const show = found && found.at > t0 ? found : null;
      if (show) cut = show.at;
      const forms = CUE_FORMS.get(tokens[r.cue.first].text);
      const split = { parent: f, end: tokens[cut - 1].end, known: !!forms, said: !!forms?.some((c) => c.kind === 'speech'), that: /^that$/i.test(tokens[r.cue.last]?.text ?? ''), channel: show ? show.name : null };
      (splits ??= []).push(asFound({ start, end: f.end, type: 'indirect', frame: r, inherit: false, paragraph: u.paragraph, unitEnd: u.last, origin: 'relaxed', split }));
      taken.add(r.cue.first);
    }
  }
  return splits;
}

/** Each candidate's features, and its score (or feature names). */
function scoreCandidates(scan: UnitScan, u: Unit, rules: Found[], all: Found[]): void {
  const { tokens, text, segments, entityAt, names } = scan;
  for (const f of all) {
    f.origin ??= 'rule';
    if (f.type === 'direct') continue;
    const cue = f.frame?.cue.first ?? -1;
    const nested = cue >= 0 && rules.some((o) => o !== f && o.start <= tokens[cue].start && tokens[cue].start < o.end);
    const marks = overlapsSegment(segments, f.start, f.end);
    const t0 = firstWhere(u.first, u.last, (k) => tokens[k].end > f.start);
    const t1 = firstWhere(t0, u.last, (k) => tokens[k].start >= f.end);
    const others = rules.length - (f.origin === 'rule' ? 1 : 0);
    const splitOf = f.split?.parent.frame ? tokens[f.split.parent.frame.cue.first].text : undefined;
    const info: CandidateInfo = { origin: f.origin, type: f.type, frame: f.frame, start: f.start, end: f.end, u0: u.first, u1: u.last, paragraph: u.paragraph, nested, marks, t0, t1, others, splitOf, entityAt };
    if (names) f.feats = namesOf((emit) => featuresOf(tokens, text, info, emit));
    else f.score = scoreWith((emit) => featuresOf(tokens, text, info, emit));
    if (f.origin === 'relaxed' && marks) f.type = 'mixed';
  }
}

/**
 * "Saudi Arabia also expressed concern, and called on both sides …": a relaxed report ends where a rule's
 * cue that shares its subject begins. (Cut after scoring: the filter learned on the uncut candidates.)
 */
function cutAtLaterCues(scan: UnitScan, u: Unit, relaxed: Found[], laterCues: number[]): void {
  const { tokens } = scan;
  for (const f of relaxed) {
    const k = laterCues.find((c) => tokens[c].start > f.start && tokens[c].start < f.end);
    if (k === undefined) continue;
    let c = k;
    while (c > u.first && tokens[c - 1].start >= f.start && (isPunct(tokens[c - 1]) || /^(and|but)$/i.test(tokens[c - 1].text) || /^(ADV|AUX|PART)$/.test(tokens[c - 1].pos))) c--;
    if (c > u.first && tokens[c - 1].start >= f.start) f.end = tokens[c - 1].end;
  }
}

/**
 * "Limbaugh added:" as the last sentence of its paragraph, with nothing after the colon, and a next
 * paragraph without quotation marks: that paragraph is the speaker's words, set off as a block quote
 * (the marks are the page's indentation, lost in extraction). Only a frame of speech with a speaker.
 */
function blockQuoteAfter(doc: Doc, units: Unit[], u: Unit, segOf: Int32Array): Found | null {
  const { tokens, text } = doc;
  const colon = trimTail(tokens, u.first, u.last);
  if (colon >= u.last || tokens[colon].text !== ':' || colon + 1 < u.last) return null;
  // (Only a paragraph's last unit ends in a lone colon, so the search runs seldom.)
  const next = units[units.indexOf(u) + 1];
  if (!next || next.paragraph !== u.paragraph + 1) return null;
  const para = units.filter((x) => x.paragraph === next.paragraph);
  const first = para[0].first, last = para[para.length - 1].last;
  for (let k = first; k < last; k++) if (segOf[k] >= 0 || /^[“”"]$/.test(tokens[k].text)) return null;
  const frame = frameIn(tokens, u.first, colon, text, 'before');
  if (!frame?.speaker || frame.cue.kind !== 'speech') return null;
  const end = trimTail(tokens, first, last);
  if (end - first < 4) return null;
  return asFound({ start: tokens[first].start, end: tokens[end - 1].end, type: 'direct', frame, inherit: false, paragraph: next.paragraph, unitEnd: last });
}

/**
 * A transcript ("WALLACE: If I may, sir …" | "PENCE: Gennifer Flowers will not …"), each turn a paragraph
 * that opens a quotation mark and never closes it: by the news convention that is one quotation running
 * on, but every speaker label starts a quotation of its own, which labelQuote then attributes.
 */
function splitAtTurns(text: string, paragraphs: Paragraph[], segments: Segment[]): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 0; i < segments.length; i++) {
    const g = segments[i];
    if (g.closed) { out?.push(g); continue; }
    let open = g.open;
    const pieces: Segment[] = [];
    for (const p of paragraphs) {
      if (p.start <= open || p.start >= g.close) continue;
      if (!TURN_LABEL.test(text.slice(p.start, Math.min(p.end, p.start + 40)))) continue;
      let end = p.start;
      while (end > open && /\s/.test(text[end - 1])) end--;
      pieces.push({ open, close: end, start: open === g.open ? g.start : open + 1, end, closed: false });
      open = p.start + (text.slice(p.start, p.end).length - text.slice(p.start, p.end).trimStart().length);
    }
    if (!pieces.length) { out?.push(g); continue; }
    out ??= segments.slice(0, i);
    out.push(...[...pieces, { ...g, open, start: open + 1 }].filter((s) => holdsWords(text, s)));
  }
  return out ?? segments;
}
/** A speaker label opening a paragraph, in capitals, after the quotation mark that opens a turn. */
const TURN_LABEL = /^\s*["“]\s*[A-Z][A-Z.'’ -]{1,30}[A-Z.]:\s/;

// The last document's entity types (the candidates' features and the cue filter ask for one
// document's at a time). Not a WeakMap keyed by the Doc: in Node 20 an object used as a WeakMap key
// outlives V8's young-generation collections, so every article's Doc (tokens, sentences, entities)
// went to the old generation and the analysis thread's heap climbed to ~540 MB between full GCs
// (10,000-article ingest bench: ~370 MB without; peak RSS 1121 -> 942 MB, median of 3 pairs).
let lastDoc: Doc | null = null;
let lastTypes: ((i: number) => string | undefined) | null = null;
/** entityTypes, made once per document (the candidates' features and the cue filter share it). */
function entityTypesOf(doc: Doc): (i: number) => string | undefined {
  if (doc !== lastDoc || !lastTypes) { lastDoc = doc; lastTypes = entityTypes(doc); }
  return lastTypes;
}

/**
 * Tokens no cue starts at: words inside quotation marks (the quoted person's words), and a given
 * name inside a person's name ("his spokeswoman, Hope Hicks"). A verb in -s is a headline's verb
 * even where the entity layer ran a name into it ("Le Pen Backs Trump").
 */
function notCue(doc: Doc, segOf: Int32Array): (i: number) => boolean {
  const { tokens } = doc;
  const typeAt = entityTypesOf(doc);
  return (i) => segOf[i] >= 0 || (i > 0 && /^[A-Z][a-z]*[^s]$/.test(tokens[i].text) && tokens[i + 1]?.pos === 'PROPN' && typeAt(i) === 'PERSON' && typeAt(i + 1) === 'PERSON');
}

/** The type of the entity mentioned at a token (the entity layer's mentions), if any. */
function entityTypes(doc: Doc): (i: number) => string | undefined {
  const { tokens } = doc;
  let types: Array<string | undefined> | null = null;
  return (i) => {
    if (!types) {
      types = new Array<string | undefined>(tokens.length);
      for (const e of doc.entities ?? []) {
        for (const m of e.mentions) {
          for (let k = tokenEndingAfter(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) types[k] = e.type;
        }
      }
    }
    return types[i];
  };
}

/** A verb after "and", "but" or a comma (adverbs between): the next act of the subject before it. */
function coordinatedAt(tokens: Token[], k: number, floor: number): boolean {
  let p = k - 1;
  while (p > floor && tokens[p].pos === 'ADV') p--;
  return p > floor && /^(and|but|,)$/i.test(tokens[p].text);
}

/**
 * The first token in [from, to) that starts at or after `offset` (to when none). firstWhere with the
 * test written in: called per candidate, where a closure per call costs more than the search.
 */
function tokenStartingFrom(tokens: Token[], from: number, to: number, offset: number): number {
  let lo = from, hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
/** The first token that ends after `offset`: the token that holds or follows it. */
function tokenEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}


/** True when a quote segment (in text order, not overlapping) overlaps [start, end). */
function overlapsSegment(segments: Segment[], start: number, end: number): boolean {
  const i = firstWhere(0, segments.length, (k) => segments[k].end > start);
  return i < segments.length && segments[i].start < end;
}

/** Sentences joined where a quote runs from one into the next (and across paragraphs). */
function unitsOf(doc: Doc, segments: Segment[]): Unit[] {
  const { sentences, tokens } = doc;
  const sentenceAt = (offset: number): number => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const joinNext = new Uint8Array(sentences.length);
  // wink sometimes ends a sentence inside an abbreviation ("(R-S." | "C.) told …"): a sentence
  // that starts in lower case or with closing punctuation goes on from the one before.
  for (let k = 0; k + 1 < sentences.length; k++) {
    const next = tokens[sentences[k + 1].first];
    const prevLast = tokens[sentences[k].last - 1];
    const prevLetter = sentences[k].last - 2 >= sentences[k].first ? tokens[sentences[k].last - 2] : null;
    if (sentences[k + 1].paragraph !== sentences[k].paragraph) continue;
    // (Not a letter after a word in lower case: "he wrote on X." ends its sentence; see tokens.ts, endsOnInitial.)
    const beforeLetter = sentences[k].last - 3 >= sentences[k].first ? tokens[sentences[k].last - 3] : null;
    if (prevLast.text === '.' && prevLetter && /^[A-Z]$/.test(prevLetter.text) && prevLetter.end === prevLast.start && !/^[a-z]+$/.test(beforeLetter?.text ?? '')) { joinNext[k] = 1; continue; }
    if (/^[a-z)\],;]/.test(next.text) || /^[A-Z]\.$/.test(prevLast.text) || /^(Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|St|No|Jr|Sr|U\.S|Sept|Oct|Nov|Dec|Jan|Feb|Aug|Corp|Inc|Co)\.$/.test(prevLast.text)) joinNext[k] = 1;
  }
  for (const g of segments) {
    const a = sentenceAt(g.open);
    const b = sentenceAt(Math.max(g.open, g.close - 1));
    for (let k = a; k < b; k++) joinNext[k] = 1;
    if (b + 1 < sentences.length && framedAfterQuestion(doc, g, sentences[b], sentences[b + 1])) joinNext[b] = 1;
  }
  const units: Unit[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const first = sentences[k].first;
    let j = k;
    while (j < sentences.length - 1 && joinNext[j]) j++;
    units.push({ first, last: sentences[j].last, paragraph: sentences[k].paragraph });
    k = j;
  }
  // "VIENNA — The house … will be turned into a police station, the minister said": the dateline
  // opens the first sentence but is no part of the report.
  const dateline = datelineOf(doc);
  const u0 = dateline.end > dateline.start ? units.find((u) => u.first < u.last && tokens[u.first].start >= dateline.start && tokens[u.first].start < dateline.end) : undefined;
  if (u0) {
    while (u0.first < u0.last - 1 && tokens[u0.first].start < dateline.end) u0.first++;
  }
  return units;
}

/**
 * "“Who would have believed it?” Trump said, looking out on the crowd.": wink ends a sentence at a question
 * or an exclamation closing a quotation; the frame that opens the next sentence is still that quotation's.
 */
function framedAfterQuestion(doc: Doc, g: Segment, s: Doc['sentences'][number], next: Doc['sentences'][number]): boolean {
  const { tokens, text } = doc;
  if (!g.closed || next.paragraph !== s.paragraph || tokens[s.last - 1].end !== g.close || !/[?!]$/.test(text.slice(g.start, g.end))) return false;
  const frame = frameIn(tokens, next.first, next.last, text, 'after');
  if (!frame?.speaker || Math.min(frame.speaker.first, frame.cue.first) !== skipLead(tokens, next.first, next.last)) return false;
  // (Not a sentence of its own that opens with a subject and a verb and says what was said: "A campaign TV ad
  // accuses Trump of …"; "Trump asked reporters during a news conference", "…, she says as she walks in" go on.)
  const adjacent = frame.speaker.last === frame.cue.first || frame.cue.last === frame.speaker.first;
  const rest = afterCue(tokens, frame.cue, next.last, text).clause;
  const end = trimTail(tokens, rest, next.last);
  return adjacent && (rest >= end || tokens[rest - 1].text === ',' || /^(as|while|when|before|after)$/i.test(tokens[rest].text) || !hasVerb(tokens, rest, end));
}

interface Piece { first: number; last: number; seg: number } // seg -1: words outside quotes

/** A frame piece that closes an aside with a dash: "… she said - and charged that …". */
function dashAside(tokens: Token[], frame: Piece): boolean {
  for (let k = frame.first; k < frame.last; k++) if (isDash(tokens, k)) return asideClosesAt(tokens, k, frame.last);
  return false;
}

function piecesOf(u: Unit, segOf: Int32Array): Piece[] {
  const pieces: Piece[] = [];
  for (let i = u.first; i < u.last; i++) {
    const seg = segOf[i];
    const p = pieces[pieces.length - 1];
    if (p && p.seg === seg) p.last = i + 1;
    else pieces.push({ first: i, last: i + 1, seg });
  }
  return pieces;
}

/** Words opening with where or when ("on CNBC", "this month on CNBC", "later"), not with a thing said ("a viral blog"). */
function settingOnly(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.pos === 'ADP' || t.pos === 'ADV' || (t.pos === 'DET' && /^(month|week|year|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter)$/i.test(tokens[k + 1]?.text ?? ''));
}

/** "In New York," "On Monday," "Earlier," right before a quotation: where or when, not words of it. */
function settingBefore(tokens: Token[], a: number, last: number, quoteNext: boolean): boolean {
  if (!quoteNext || last - a < 2 || last - a > 6 || tokens[last - 1].text !== ',') return false;
  const first = tokens[a];
  return first.pos === 'ADP' || (last - a === 2 && first.pos === 'ADV');
}

function quotesInUnit(doc: Doc, u: Unit, segments: Segment[], segOf: Int32Array): Found[] {
  const out = quotesOfUnit(doc, u, segments, segOf);
  const asked = askedQuestion(doc, u);
  if (!asked) return out;
  // ("Asked whether Germany would offer guarantees, Merz said …": what the question supposes is no one's
  // report; "…, Trump, who has insulted women, …" inside it is the writer's.)
  const { tokens } = doc;
  const supposed = (f: Found) => f.type !== 'direct' && !!f.frame && tokens[f.frame.cue.first].start >= asked.start && tokens[f.frame.cue.first].end <= asked.end
    && !(f.frame.speaker && /^(who|which)$/i.test(tokens[f.frame.speaker.last - 1].text));
  const kept = out.filter((f) => !supposed(f));
  if (!kept.some((f) => f.start < asked.end && asked.start < f.end)) kept.unshift(asked);
  return kept;
}

/**
 * The unit's reported speech (reportedIn) as quotes. A plain function rather than a closure made per
 * unit: under tsx every named closure costs a __name call (Object.defineProperty) when it is made.
 */
function reportedQuotes(doc: Doc, u: Unit, segments: Segment[], segOf: Int32Array): Found[] {
  const { tokens, text } = doc;
  const base = { paragraph: u.paragraph, unitEnd: u.last };
  const out: Found[] = [];
  for (const r of reportedIn(tokens, u.first, u.last, text, notCue(doc, segOf))) {
    // A colon that opens a quotation ends the report: "… a new message: “It's about me.”"
    let last = r.clause.last;
    for (let k = r.clause.first + 1; k < last; k++) {
      if (tokens[k].text === ':' && k + 1 < last && segOf[k + 1] >= 0 && !partQuoted(tokens, r, segOf, k)) { last = k; break; }
    }
    // "-- which Tim Cook called ''total political crap'' -- one question …": a relative clause set off by
    // a dash ends at the next one.
    const from = r.speaker ? Math.min(r.cue.first, r.speaker.first) : r.cue.first;
    let rel = from - 1;
    while (rel > u.first && rel > from - 10 && !/^(which|who|whom)$/i.test(tokens[rel].text) && !isDash(tokens, rel)) rel--;
    const relative = r.clause.first > from && rel - 1 >= u.first && /^(which|who|whom)$/i.test(tokens[rel].text) && isDash(tokens, rel - 1);
    if (relative) {
      for (let k = r.clause.first + 1; k < last; k++) if (isDash(tokens, k)) { last = trimTail(tokens, r.clause.first, k); break; }
      // ("— which Hillary Clinton denounced Thursday —": the relative pronoun was what was said; nothing is left but when.)
      let said = false;
      for (let k = r.clause.first; k < last && !said; k++) said = tokens[k].pos !== 'PUNCT' && !TIME_WORDS.has(tokens[k].text.toLowerCase());
      if (!said) continue;
    }
    // "He said of Congress: “…”": what is left before the quotation is its topic, not a report.
    if (last < r.clause.last && tokens[r.clause.first].pos === 'ADP' && !hasVerb(tokens, r.clause.first, last)) continue;
    // "“We will respond,” he said, in a statement released by …": a clause that runs on both sides of
    // its own speaker and cue ("The plan, he said, is dead.") cannot take a quotation standing before
    // them: the frame attributes that quotation, and the report ends where the frame begins.
    const opens = r.speaker ? Math.min(r.cue.first, r.speaker.first) : -1;
    if (r.speaker && r.clause.first < opens && last > Math.max(r.cue.last, r.speaker.last)) {
      let q = r.clause.first;
      while (q < opens && segOf[q] < 0) q++;
      if (q < opens) last = Math.max(r.clause.first + 1, trimTail(tokens, r.clause.first, opens));
    }
    // "and added, “I …”": the opening mark is not among the words.
    let first = r.clause.first;
    // (''This is sad,'' in the old wire style: two straight single marks, two tokens.)
    while (first + 1 < last && /^[“"‘']$/.test(tokens[first].text) && segOf[first + 1] >= 0) first++;
    const start = tokens[first].start, end = tokens[Math.max(first + 1, last) - 1].end;
    const mixed = segments.some((g) => g.start < end && g.end > start);
    // A report whose words are all one quotation is that quotation, quoted directly.
    const quoted = mixed && segments.some((g) => g.start <= start && end <= g.end);
    const f = asFound({ start, end: clauseEnd(text, segments, end), type: quoted ? 'direct' : mixed ? 'mixed' : 'indirect', frame: r, inherit: false, ...base });
    const parts = aroundFrame(tokens, r, first, last, f.end);
    if (parts) f.parts = parts;
    out.push(f);
  }
  // ("Peskov said the operation would go on, according to Interfax": what the outlet carried is Peskov's
  // report, which names the outlet as its channel; the outlet reports nothing of its own.)
  // (Not a poll's findings, "according to a CNN poll, 73 percent said …", nor a report the sentence's subject
  // does not open: "Trump gave his blessing, according to documents reported by The Post".)
  return out.filter((f) => !(f.frame?.cue.kind === 'source' && tokens[f.frame.cue.first].start > f.start && outletSource(doc, f.frame.speaker)
    && out.some((o) => o !== f && o.frame?.speaker && o.frame.cue.kind === 'speech' && tokens[o.frame.speaker.first].start === f.start && o.end <= f.end)));
}

/** Whether a source phrase is a news outlet by name ("according to Interfax", "according to the Tass news agency"), not its poll or a paper it saw. */
function outletSource(doc: Doc, sp: TokenSpan | null): boolean {
  if (!sp || doc.tokens.slice(sp.first, sp.last).some((t) => /^(polls?|surveys?|study|studies|analysis|data)$/i.test(t.text))) return false;
  // (The outlet opens the phrase: "a notice seen by Reuters" is the notice's.)
  const start = doc.tokens[sp.first].start, opens = doc.tokens[Math.min(sp.first + 1, sp.last - 1)].start, end = doc.tokens[sp.last - 1].end;
  return doc.entities.some((e) => e.sector === 'JRN' && e.mentions.some((m) => m.start >= start && m.start <= opens && m.end <= end));
}

/**
 * Whether the colon at `k` stands inside a quotation that the report's own words lead into ("writing that
 * Moldovans had “made their choice clear: Europe …”"): it is the speaker's, and the report goes on.
 */
function partQuoted(tokens: Token[], r: Reported, segOf: Int32Array, k: number): boolean {
  const seg = segOf[k];
  if (seg < 0 || segOf[k + 1] !== seg) return false;
  let open = k;
  while (open > r.clause.first && segOf[open - 1] === seg) open--;
  // (Words from after a frame inside the clause: "In an essay …, he wrote, ''Entrenched …: namely …''" leads in nothing.)
  const closes = Math.max(r.cue.last, r.speaker?.last ?? 0);
  return hasWords(tokens, closes > r.clause.first && closes < open ? closes : r.clause.first, open);
}

/** Whether tokens [a, b) hold a word with content (a noun, name, pronoun, verb or number), not only function words. */
function hasContent(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^(NOUN|PROPN|PRON|VERB|NUM|ADJ)$/.test(tokens[k].pos)) return true;
  return false;
}

/**
 * "Apple has had a place in his heart since 1984, Benioff said, ever since he …": a report on both
 * sides of its own frame is said in two parts; the frame between them is no part of the words.
 */
function aroundFrame(tokens: Token[], r: Reported, first: number, last: number, end: number): Array<{ start: number; end: number }> | null {
  if (!r.speaker) return null;
  const opens = Math.min(r.cue.first, r.speaker.first);
  let closes = Math.max(r.cue.last, r.speaker.last);
  // ("…, Ukrainian officials said Saturday, damaging …": when it was said is part of the frame.)
  while (closes < last && closes < opens + 12 && TIME_WORDS.has(tokens[closes].text.toLowerCase())) closes++;
  // ("The plan, said Sunshine, who remains friendly with him, is dead": so is a description of an inverted speaker.)
  if (r.speaker.first > r.cue.first) closes = Math.max(closes, predicateResumes(tokens, closes, last));
  if (opens <= first || closes >= last || tokens[opens - 1].text !== ',' || tokens[closes]?.text !== ',') return null;
  const a = trimTail(tokens, first, opens);
  if (a <= first || closes + 1 >= last) return null;
  return [{ start: tokens[first].start, end: tokens[a - 1].end }, { start: tokens[closes + 1].start, end }];
}

function quotesOfUnit(doc: Doc, u: Unit, segments: Segment[], segOf: Int32Array): Found[] {
  const { tokens, text } = doc;
  const pieces = piecesOf(u, segOf);
  const hasSeg = pieces.some((p) => p.seg >= 0);
  const base = { paragraph: u.paragraph, unitEnd: u.last };
  if (!hasSeg) return reportedQuotes(doc, u, segments, segOf);

  // A frame standing on its own beside the quotes: after a quote, else before one.
  let frameAt = -1;
  let frame: Frame | null = null;
  /** The piece of a frame joined by "and" to the narrative before it (joinedFrame), or -1. */
  let joinedAt = -1;
  /** The frame stands before the quotation it frames ("The caller said, “…”"). */
  let framesNext = false;
  for (let k = 0; k < pieces.length && !frame; k++) {
    const p = pieces[k];
    if (p.seg >= 0 || !hasWords(tokens, p.first, p.last)) continue;
    // "… the term “three amigos” and added, “I …”": a coordinated cue between two quotations frames the next one only.
    const leadsOn = /^(and|but)$/i.test(tokens[p.first].text) && k + 1 < pieces.length && pieces[k + 1].seg >= 0;
    // ("with New Delhi blaming “cross-border terrorism” and Islamabad denying any role": a clause joined after
    // words in marks that nothing sets off goes on with the sentence; it frames nothing before it.)
    let w = p.first;
    while (w + 1 < p.last && /^(["”’']|'')$/.test(tokens[w].text)) w++;
    const joined = /^(and|but|or|while|whereas)$/i.test(tokens[w].text) && !setOffBefore(tokens, w);
    if (k > 0 && pieces[k - 1].seg >= 0 && !leadsOn && !joined) {
      frame = frameIn(tokens, p.first, p.last, text, 'after', k + 1 < pieces.length);
      // "the ad “wrongfully” implies support": words in marks inside a sentence, with no comma, question
      // or dash to set them off, are the subject of the verb after them, not a quotation it frames.
      const cueFirst = frame && (!frame.speaker || frame.cue.first < frame.speaker.first);
      if (cueFirst && pieces.slice(0, k - 1).some((q) => q.seg < 0 && hasWords(tokens, q.first, q.last)) && !setOffBefore(tokens, p.first)) frame = null;
      // ("As Akhil Amar, author of “America’s Unwritten Constitution,” put it, “…”": a title in marks closes
      // the appositive; the speaker stands before it.)
      // (Only a frame with nothing said after its cue: "…” – noted that the company …" reports what follows.)
      if (frame && !frame.speaker && k >= 2 && afterCue(tokens, frame.cue, p.last, text).clause >= trimTail(tokens, p.first, p.last)) {
        const sp = speakerBefore(tokens, frame.cue.first, u.first);
        if (sp && tokens[sp.last - 1].end <= segments[pieces[k - 1].seg].start) frame = { ...frame, speaker: sp };
      }
    }
    if (!frame && k + 1 < pieces.length && pieces[k + 1].seg >= 0) {
      frame = frameIn(tokens, p.first, p.last, text, 'before');
      if (!frame && leadsOn) {
        frame = joinedFrame(tokens, pieces, k);
        if (frame) joinedAt = k;
      }
      framesNext = frame !== null;
      // "he called the gunmen “…” but said Serbia “will never support” such attacks": after "and" or
      // "but" the subject is the earlier clause's, and the name after the cue begins what was said.
      // ("But, said Solovey, “…”" is set off: the name there is the speaker.)
      if (frame && leadsOn && frame.speaker && frame.speaker.first > frame.cue.first && tokens[p.last - 1].pos !== 'PUNCT') frame = null;
    }
    if (frame) frameAt = k;
  }
  if (frame) {
    // "“…,” she said, but “…,” said Kunin.": a later quotation with a frame of its own after it is that frame's.
    const own = new Map<number, Frame>();
    /** The pieces that are those frames. */
    const ownFrames = new Set<number>();
    for (let k = frameAt + 1; k + 1 < pieces.length; k++) {
      const next = pieces[k + 1];
      if (pieces[k].seg < 0 || next.seg >= 0 || !setOffBefore(tokens, next.first)) continue;
      // ("When someone shouted, “Cruz,” Beck joked, “Amen, brother!”": the quotation right after a frame before
      // it is that frame's, so a frame after it opens the next quotation ("…?” the senator smiled and replied,
      // “…”"); at the sentence's end ("The caller said, “I will find her,” the police said.") it reports the whole.)
      const opens = framesNext && k === frameAt + 1;
      const later = (opens && k + 2 < pieces.length && pieces[k + 2].seg >= 0 ? frameIn(tokens, next.first, next.last, text, 'before') : null)
        ?? frameIn(tokens, next.first, next.last, text, 'after', k + 2 < pieces.length);
      if (!later?.speaker) continue;
      if (opens) {
        if (k + 2 < pieces.length && pieces[k + 2].seg >= 0) own.set(k + 2, later);
      } else {
        own.set(k, later);
      }
      ownFrames.add(k + 1);
    }
    const out: Found[] = [];
    let content: Piece | null = null;
    let programme = false;
    // ("praised his brother's ''deep faith'' - ''faith that …,'' he said - and argued …": a frame closing an
    // aside set off by dashes attributes the quotation in the aside alone; the report before it has the rest.)
    const aside = frameAt > 0 && pieces[frameAt - 1].seg >= 0 && dashAside(tokens, pieces[frameAt]);
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      // (The narrative before a joined frame, "he asked about …, called Omar a “terrorist”", is the reports' below.)
      if (k === frameAt || ownFrames.has(k) || (aside && k < frameAt - 1) || k < joinedAt) { content = null; continue; }
      if (p.seg < 0) {
        const a = skipLead(tokens, p.first, p.last);
        const end = trimTail(tokens, a, p.last);
        // Words that end in a colon introduce the quote rather than belong to it, and so does a phrase of
        // place or time set off by a comma before it ("In New York, “…,” they said").
        const introduces = tokens[p.last - 1].text === ':' || settingBefore(tokens, a, p.last, k + 1 < pieces.length && pieces[k + 1].seg >= 0);
        content = hasWords(tokens, a, p.last) && !introduces ? { first: a, last: end, seg: -1 } : null;
        // "Obama said “it gets me mad” every time he …": words after the last quote belong to it.
        const prev = out[out.length - 1];
        // ("…, “That makes me smart,” when Clinton blasted him": a comma closing the quotation ends it.)
        if (content && k === pieces.length - 1 && prev && frameAt < k - 1 && !programme && !/^(and|but)$/i.test(tokens[p.first].text) && !setOffBefore(tokens, p.first)) {
          prev.end = tokens[end - 1].end;
          prev.type = 'mixed';
          content = null;
        }
        continue;
      }
      const g = segments[p.seg];
      // ("Wednesday on Fox News Channel's “Hannity,” Newt Gingrich said if …": a name in capitals in marks after a
      // preposition or a channel's possessive name, just before a frame whose words follow it ("On ABC’s “Good Morning
      // America” Tuesday, he said, “…”" too), is where it was said.)
      // ("… are big fans of ''Prison Break,'' Mr. Madden said." is his words, a title in them.)
      if (k === frameAt - 1 && k > 0 && pieces[k - 1].seg < 0 && namedPlace(tokens, pieces[k - 1].last, text.slice(g.start, g.end))
        && ((frameAt + 1 < pieces.length && pieces[frameAt + 1].seg >= 0) || hasWords(tokens, afterCue(tokens, frame.cue, pieces[frameAt].last, text).clause, pieces[frameAt].last))) { content = null; continue; }
      // "…,” the actor said on “DWTS.”", "… on ABC’s “This Week with George Stephanopoulos.”": a few words (a
      // title's, more) in marks after the frame's preposition or a channel's possessive name where it was said,
      // and what follows them ("… “State of the Union” Sunday.") is no more of the quotation.
      const where = tokens[pieces[frameAt].last - 1];
      const named = text.slice(g.start, g.end);
      const length = named.split(/\s+/).length;
      const channelOwns = /^['’]s$/.test(where.text) && tokens[pieces[frameAt].last - 2]?.pos === 'PROPN';
      // ("…,” Mr. McCaul told “Fox News Sunday.” “…”": a programme told, its name in Title Case.)
      const toldShow = /^(told|tells|telling)$/i.test(where.text) && length <= 6 && inTitleCase(named.replace(/[.,]$/, ''));
      if (k === frameAt + 1 && (where.pos === 'ADP' || channelOwns || toldShow) && (length <= 4 || (length <= 8 && inTitleCase(named)))) {
        content = null;
        programme = true;
        if (toldShow) frame.channel ??= named.replace(/[.,]$/, '');
        continue;
      }
      if (content) {
        out.push(asFound({ start: tokens[content.first].start, end: g.end, type: 'mixed', frame: own.get(k) ?? frame, inherit: false, ...base }));
        content = null;
      } else {
        out.push(asFound({ start: g.start, end: g.end, type: 'direct', frame: own.get(k) ?? frame, inherit: false, ...base }));
      }
    }
    // Reported speech elsewhere in the sentence ("…,” he said, adding that …; "X called Y “crazy” and said …").
    for (const r of reportedQuotes(doc, u, segments, segOf)) {
      if (r.frame && r.frame.cue.first >= pieces[frameAt].first && r.frame.cue.first < pieces[frameAt].last && r.start < tokens[pieces[frameAt].first].start) continue;
      // ("When someone shouted, “Cruz,” Beck joked, “Amen!”": a frame that opens the next quotation reports nothing before it.)
      const opening = r.frame ? pieces.findIndex((q, k) => ownFrames.has(k) && own.has(k + 1) && r.frame!.cue.first >= q.first && r.frame!.cue.first < q.last) : -1;
      if (opening >= 0 && r.start < tokens[pieces[opening].first].start) continue;
      // "“…,” Ms. Sherry said, sitting at her table", "…,” she said, with a smile": what the frame's own
      // cue said is the quotation; a participle or phrase after it tells how or where.
      if (r.frame && r.frame.cue.first === frame.cue.first && r.type === 'indirect' && mannerAfterCue(tokens, (r.frame as Reported).clause.first)) continue;
      // ("…,” Trump said this month on CNBC.": when and where the frame's cue said it, no words of their own.)
      if (r.frame && r.frame.cue.first === frame.cue.first && r.type === 'indirect' && !hasVerb(tokens, (r.frame as Reported).clause.first, (r.frame as Reported).clause.last)
        && settingOnly(tokens, (r.frame as Reported).clause.first)) continue;
      // "…,” Trump said to fired-up delegates …": whom the frame's cue spoke to, not more words.
      if (r.frame && r.frame.cue.first === frame.cue.first && r.type === 'indirect' && toHearers(tokens, (r.frame as Reported).clause.first, frame.cue)) continue;
      // "…,'' Mr. Trump told the MSNBC hosts of ''Morning Joe,'' adding that …": the frame's cue, with its
      // programme, reports nothing more; what follows is the next cue's.
      if (programme && r.frame && r.frame.cue.first === frame.cue.first) continue;
      const hit = out.filter((o) => o.start < r.end && r.start < o.end);
      // "A woman asked for a photo and Clinton said, “…”": the quotation's own frame stands inside the
      // report's clause, which ends before it; the quotation keeps its frame.
      // (A frame after its quotation: the report ends before the quotation, "was unserious - “…,” she said - and …".)
      const opens = aside ? pieces[frameAt - 1].first : frame.speaker?.first ?? frame.cue.first;
      if (r.frame && hit.length > 0 && r.frame.cue.first < opens && tokens[opens].start > r.start && tokens[opens].start < r.end) {
        let k = opens;
        while (k > u.first && tokens[k - 1].start >= r.start && (/^(and|but|then|so|,|;)$/i.test(tokens[k - 1].text) || isDash(tokens, k - 1) || tokens[k - 1].pos === 'ADV')) k--;
        if (k > u.first && tokens[k - 1].start >= r.start && hasWords(tokens, tokenEndingAfter(tokens, r.start), k)) {
          const end = tokens[k - 1].end;
          const cut = asFound({ ...r, end, type: segments.some((g) => g.start < end && g.end > r.start) ? 'mixed' : 'indirect' });
          // ("The spot concludes with footage of Trump saying …, “…”": "with" alone reports nothing.)
          if (!out.some((o) => o.start < cut.end && cut.start < o.end) && hasContent(tokens, tokenEndingAfter(tokens, r.start), k)) out.push(cut);
          continue;
        }
      }
      // "…,” he said, adding that the plan would stop “a slow decline” in time: the quoted words are a
      // part of the reported clause, which is the quote.
      const within = hit.length > 0 && hit.every((o) => o.type !== 'indirect' && o.start > r.start + 1 && o.end <= r.end + 2);
      // ("Mr. Cruz seemed to mock …, saying at one point, ''…''": a report no one is named making does
      // not take in a quotation its own frame attributes.)
      if (within && !r.frame?.speaker && frame.speaker) continue;
      // ("The caller said, “I will find her,” the police said.": a report that takes in the quotation's own
      // frame is the outer one; the quotation stays its speaker's words.)
      const outer = within && frame.speaker && framesNext && pieces[pieces.length - 1].seg < 0 && (r.frame?.cue.first ?? -1) >= pieces[pieces.length - 1].first
        && tokens[frame.cue.first].start >= r.start && tokens[frame.cue.first].end <= r.end;
      if (outer) out.push(asFound({ ...r, type: 'mixed' }));
      else if (within) {
        for (const o of hit) out.splice(out.indexOf(o), 1);
        out.push(asFound({ ...r, type: 'mixed' }));
      } else if (!hit.length) out.push(r);
      // "Kim said the drills were “a rehearsal for invasion,” KCNA reported.": a report nested in the words an
      // outlet's frame after them attributes is its speaker's own; the outlet that carried it is its channel.
      else if (r.frame?.speaker && frame.speaker && (frame.cue.lemma === 'report' || frame.cue.kind === 'source') && hit.every((o) => o.type === 'mixed' && o.frame === frame && o.start <= tokens[r.frame!.speaker!.first].start && r.end <= o.end + 2)) {
        for (const o of hit) out.splice(out.indexOf(o), 1);
        // ("…, according to a statement from his office": the document is the channel, not who issued it.)
        const outlet = frame.channel ?? outletName(text.slice(tokens[frame.speaker.first].start, tokens[frame.speaker.last - 1].end));
        out.push(asFound({ ...r, type: 'mixed', frame: { ...r.frame, channel: r.frame.channel ?? outlet } }));
      }
    }
    out.sort((a, b) => a.start - b.start);
    return joinInterrupted(tokens, out, pieces[frameAt]);
  }
  const wordsOutside = pieces.some((p) => p.seg < 0 && hasWords(tokens, p.first, p.last));
  if (!wordsOutside) {
    // "“DIVISIVE, STUPID AND WRONG”" on a line of its own: a subheading in capitals, whose words the
    // story quotes where it says who spoke them.
    const line = text.slice(tokens[u.first].start, tokens[u.last - 1].end);
    if (inCapitals(line)) return [];
    // ("'Coal Isn't the Villain.'", "'All Bets Are Off.'": a few words in Title Case in marks, a paragraph of their
    // own, head a section; the story quotes them where it says who spoke them.)
    const para = doc.article.paragraphs[u.paragraph];
    if (para && tokens[u.first].start - para.start <= 2 && para.end - tokens[u.last - 1].end <= 2 && line.split(/\s+/).length <= 8 && inTitleCase(line)) return [];
    return pieces.filter((p) => p.seg >= 0).map((p) => asFound({ start: segments[p.seg].start, end: segments[p.seg].end, type: 'direct', frame: null, inherit: true, ...base }));
  }
  const out = reportedQuotes(doc, u, segments, segOf);
  // Long quotations no reported clause took in (after "He had a message:") still count, spoken by
  // whoever spoke last; short ones are scare quotes and titles.
  for (const p of pieces) {
    if (p.seg < 0) continue;
    const g = segments[p.seg];
    if (out.some((f) => f.start <= g.start && f.end >= g.end)) continue;
    const words = text.slice(g.start, g.end).split(/\s+/).filter(Boolean).length;
    const prev = pieces[pieces.indexOf(p) - 1];
    const introduced = prev && prev.seg < 0 && /[:,]\s*$/.test(text.slice(tokens[prev.first].start, tokens[prev.last - 1].end));
    const colon = introduced && tokens[prev.last - 1].text.endsWith(':');
    // "his biography, ''Lost Tycoon: The Many Lives of Donald J. Trump,''": words in Title Case name a work.
    if (inTitleCase(text.slice(g.start, g.end))) continue;
    if ((colon && words >= 3) || (words >= 8 && (introduced || p === pieces[pieces.length - 1] || /[.?!]$/.test(text.slice(g.start, g.end))))) {
      const frame = colon ? introducingClause(tokens, prev.first, prev.last - 1) : null;
      out.push(asFound({ start: g.start, end: g.end, type: 'direct', frame, inherit: !frame, ...base }));
    }
  }
  return out;
}

/**
 * A wire story's credits say who reported and edited it, not what anyone said: "(Reporting by Jason
 * Lange; Additional reporting by Jim Finkle; Editing by Grant McCool.)", "Samantha Lachman contributed
 * reporting from Charleston.", "Associated Press writer Ken Thomas contributed to this report."
 */
const CONTRIBUTED = /\bcontributed (?:reporting(?: from [^.;]+)?|to this (?:report|story|article))\.?\)?$/i;
function creditLine(text: string, tokens: Token[], u: Unit): boolean {
  const words = text.slice(tokens[u.first].start, tokens[u.last - 1].end);
  return CREDITS_BY.test(words) || CONTRIBUTED.test(words);
}

/**
 * "During the call, he asked about …, called Omar a “terrorist” and said, “…”": a speech cue joined by "and"
 * between two quotations, with nothing else in its piece, is the frame of the next one, whose speaker is
 * the subject of the words the sentence opened with.
 */
function joinedFrame(tokens: Token[], pieces: Piece[], k: number): Frame | null {
  const p = pieces[k];
  if (k < 2 || pieces[0].seg >= 0 || !/^(and|but)$/i.test(tokens[p.first].text) || !/^[,:]$/.test(tokens[p.last - 1].text)) return null;
  const cue = cueAt(tokens, p.first + 1, p.last);
  if (!cue || cue.kind !== 'speech' || cue.last !== p.last - 1) return null;
  const opening = pieces[0];
  const subject = subjectOf(tokens, skipLead(tokens, opening.first, opening.last), opening.last);
  return subject ? { speaker: subject, cue, channel: null } : null;
}

/** Quoted words, a few and capitalised, after a preposition or a name's possessive that ends at `after`: a programme or a work. */
function namedPlace(tokens: Token[], after: number, quoted: string): boolean {
  const w = tokens[after - 1];
  if (!(w.pos === 'ADP' || (/^['’]s$/.test(w.text) && /^(PROPN|NUM)$/.test(tokens[after - 2]?.pos ?? '')))) return false;
  const words = quoted.replace(/[.,]$/, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every(titleWord);
}

/** The small words but the articles: a title-case headline may have them between its subject and what came before. */
const HEADLINE_SMALL = new Set([...TITLE_SMALL].filter((w) => w !== 'a' && w !== 'an' && w !== 'the'));

/** Whether quoted words read as a title: every word but the small ones capitalised, and some in lower case. */
function inTitleCase(words: string): boolean {
  const ws = words.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')).filter(Boolean);
  if (ws.length < 3) return false;
  let lower = 0;
  for (const w of ws) {
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) { if (/\p{Ll}/u.test(w)) lower++; continue; }
    if (!TITLE_SMALL.has(w.toLowerCase())) return false;
  }
  // "U-S-A! U-S-A!", "NO MORE WARS": shouting is no title.
  return lower > 0;
}

/** Words with no letter in lower case, two or more of them. */
function inCapitals(words: string): boolean {
  return !/\p{Ll}/u.test(words) && (words.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
}

/**
 * A clause set off by a comma that opens with a participle that is no cue of speech ("…, sitting",
 * "…, drawing applause") or with "with", "and", "as". Without the comma it is the cue's object
 * ("suggested looking at …").
 */
function mannerAfterCue(tokens: Token[], first: number): boolean {
  if (first === 0 || tokens[first - 1].text !== ',') return false;
  const t = tokens[first];
  if (/^(with|and|as|while|before|after)$/i.test(t.text)) return true;
  return t.pos === 'VERB' && /ing$/i.test(t.text) && !cueAt(tokens, first, first + 1);
}

/**
 * "Cruz continued: “…”", "Clinton has since apologized for what happened: “…”": a clause before the
 * colon that opens a quotation, with no cue of speech, is still its subject's introduction of it.
 */
function introducingClause(tokens: Token[], first: number, colon: number): Frame | null {
  // "Rep. Trey Gowdy (R-S.C.): “…”", "Former secretary of state Hillary Rodham Clinton: “…”": a
  // transcript's label, a name alone (its party and state in brackets) before the colon.
  let end = colon;
  // (The tokenizer may fuse the bracket with the colon: "(R-S.C.):".)
  const closes = tokens[colon].text === '):' ? colon + 1 : tokens[end - 1]?.text === ')' ? end : -1;
  if (closes > 0) {
    let o = closes - 2;
    while (o > first && o >= end - 8 && tokens[o].text !== '(') o--;
    if (tokens[o].text === '(') end = o;
  }
  // ("Stated Stone: “…”": a verb of saying before the name is the cue.)
  const said = CUE_FORMS.has(tokens[first].text.toLowerCase()) ? first : -1;
  const from = said >= 0 ? first + 1 : first;
  const label = end - from <= 10 && from < end ? nounPhraseStartingAt(tokens, from, end) : null;
  if (label && label.first === from && label.last === end && tokens[end - 1].pos === 'PROPN') {
    const cue = said >= 0 ? { first: said, last: said + 1, lemma: CUE_FORMS.get(tokens[said].text.toLowerCase())![0].lemma, kind: 'speech' as const } : { first: colon, last: colon + 1, lemma: ':', kind: 'speech' as const };
    return { speaker: label, cue, channel: null };
  }
  // "Pollsters agree - Carl Bialik: “…”": a heading, then the name of whom it quotes.
  for (let d = colon - 1; d > first && d >= colon - 7; d--) {
    if (!/^(-|—|–)$/.test(tokens[d].text)) continue;
    const sp = nounPhraseStartingAt(tokens, d + 1, colon);
    if (sp && sp.last === colon) return { speaker: sp, cue: { first: colon, last: colon + 1, lemma: ':', kind: 'speech' }, channel: null };
    break;
  }
  // "The timing doesn't surprise Republican pollster Daron Shaw: “…”": who a feeling is caused in
  // speaks for it.
  const felt = feelerBefore(tokens, first, colon);
  if (felt) return { speaker: felt, cue: { first: colon, last: colon + 1, lemma: ':', kind: 'speech' }, channel: null };
  // The clause nearest the colon: "His faith is important to him, and he said he often thinks of …:" is his.
  for (let k = colon - 1; k >= first; k--) {
    if (k > first && !CLAUSE_BREAK.test(tokens[k - 1].text)) continue;
    const sp = subjectOf(tokens, skipLead(tokens, k, colon), colon);
    if (!sp) continue;
    // "has since apologized", "was speaking": the finite verb, past its auxiliary, names what the subject did.
    let finite = -1, verb = -1, aux = -1;
    for (let i = sp.last; i < colon && finite < 0; i++) {
      const t = tokens[i];
      if (t.pos === 'VERB' && !/ing$/i.test(t.text)) finite = i;
      else if (t.pos === 'VERB' && verb < 0) verb = i;
      else if (t.pos === 'AUX' && aux < 0) aux = i;
    }
    const v = finite >= 0 ? finite : verb >= 0 ? verb : aux;
    if (v < 0) return null;
    return { speaker: sp, cue: { first: v, last: v + 1, lemma: tokens[v].text.toLowerCase(), kind: 'speech' }, channel: null };
  }
  return null;
}
const CLAUSE_BREAK = /^(,|;|and|but|—|–)$/i;

/** Verbs whose object feels what the subject causes ("surprises him", "worried analysts"). */
const FEELING_VERB = /^(surprise|shock|worry|concern|bother|trouble|alarm|puzzle|frustrate|impress|please|amuse|anger|upset|disappoint|encourage|reassure|faze|dismay|baffle|irk|annoy|delight|stun|startle|unsettle|rattle|interest|intrigue)(s|d|ed|es|ing)?$/i;

/** A person's name (with its title words) right before the colon as the object of a verb of feeling. */
function feelerBefore(tokens: Token[], first: number, colon: number): TokenSpan | null {
  let b = colon;
  while (b > first && tokens[b - 1].pos === 'PROPN') b--;
  if (colon - b < 2) return null;
  while (b > first && /^(NOUN|ADJ|PROPN)$/.test(tokens[b - 1].pos) && !FEELING_VERB.test(tokens[b - 1].text)) b--;
  return b > first && FEELING_VERB.test(tokens[b - 1].text) ? { first: b, last: colon } : null;
}

/**
 * "“Judge,” Brafman said, “I would like …”": one sentence quoted around its attribution is one
 * quotation. Only across a frame that ends in a comma: after "… he said." the next quote is a new
 * sentence, and news style (and our reference) keeps those apart.
 */
function joinInterrupted(tokens: Token[], out: Found[], frame: Piece): Found[] {
  const frameStart = tokens[frame.first].start;
  const frameEnd = tokens[frame.last - 1].end;
  if (tokens[frame.last - 1].text !== ',') return out;
  const j = out.findIndex((f) => f.start >= frameEnd);
  const i = j - 1;
  if (i < 0 || out[i].end > frameStart || out[i].type !== 'direct' || out[j].type !== 'direct' || out[i].frame !== out[j].frame) return out;
  const a = out[i], b = out[j];
  // "“…,” she said, adding, “…”": a second cue in the frame opens a second quotation, said after the first.
  for (let k = (a.frame?.cue.last ?? frame.first); k < frame.last; k++) {
    const again = /ing$/i.test(tokens[k].text) ? cueAt(tokens, k, frame.last) : null;
    if (again?.kind === 'speech' && a.frame) {
      return [...out.slice(0, j), asFound({ ...b, frame: { ...a.frame, cue: again } }), ...out.slice(j + 1)];
    }
  }
  const joined = asFound({ ...a, end: b.end, parts: [{ start: a.start, end: a.end }, { start: b.start, end: b.end }] });
  return [...out.slice(0, i), joined, ...out.slice(j + 1)];
}

/** Labels before a colon that are a headline's kicker or a page's furniture, not who speaks ("BUSTED: Emails Reveal …"). */
const NOT_SPEAKERS = /^(update|updated|note|editor|editors|editor['’]s note|editors['’] note|photo|photos|video|watch|read|related|source|sources|correction|corrections|clarification|clarifications|advertisement|disclosure|disclaimer|q|a|question|answer|bottom line|why|what|how|when|where|step|part|chapter|day|week|summary|background|context|analysis|opinion|transcript|full text|latest|the latest|breaking|breaking news|revealed|contributing|byline|email|paid notice|update|delegate update|live|live updates|exclusive|watch live|busted|bombshell|boom|wow|flashback|shock|shocking|alert|just in|developing|must see|must-see|must watch|must-watch|leaked|caught|exposed|explosive|epic|unreal|outrageous|finally)$/i;

/** Title-case prepositions after which a label names a topic, not the speaker ("Obama On Guns:", "Trump To Cruz:"). */
const TOPIC_PREPS = new Set(['On', 'About', 'Over', 'To', 'At', 'In', 'After', 'Against', 'Regarding', 'vs.', 'Vs.']);

/** Whether a lower-case word of saying stands in [a, b), whatever its tag. */
function cueWordIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CUE_FORMS.has(tokens[k].text)) return true;
  return false;
}

/** A quotation closing with a short frame after it at the paragraph's end: "…,” one user quipped." */
const FRAME_AFTER_CLOSE = /[,.?!]?[”"’]\s*,?\s+[^“”"‘’]{2,60}$/;

/**
 * "PENCE: Well, look …" (a transcript) or "Poll: Wealthy voters …" (a headline): a short name and a
 * colon opening the paragraph; the rest of the paragraph is what the named source says.
 */
function labelQuote(doc: Doc, u: Unit): Found | null {
  const { tokens, text } = doc;
  const para = doc.article.paragraphs[u.paragraph];
  if (!para) return null;
  let a = u.first;
  while (a < u.last && /^[“”"‘’']+$/.test(tokens[a].text)) a++;
  if (a >= u.last || tokens[a].start > para.start + 2) return null;
  let colon = -1;
  let lowerCase = 0;
  for (let k = a; k < u.last && k < a + 9; k++) {
    if (tokens[k].text === ':') { colon = k; break; }
    if (!/^[A-Z]/.test(tokens[k].text) && !/^[.’'-]$/.test(tokens[k].text)) lowerCase++;
  }
  if (colon <= a) return null;
  // "“South Dakota: if we were any higher, …,” one user quipped.": a colon inside a quotation that closes
  // before the paragraph ends is the quoted words', not a label's.
  if (a > u.first && /[“"‘]/.test(tokens[u.first].text) && FRAME_AFTER_CLOSE.test(text.slice(tokens[colon].end, para.end))) return null;
  // A long or lower-case label only when what follows is one quotation ("A lesson from Loretta Lynch: ‘…’").
  const quotedRest = /^\s*[“"‘']/.test(text.slice(tokens[colon].end, tokens[colon].end + 3)) && /[”"’']\s*$/.test(text.slice(para.start, para.end));
  // ("Clinton to Planned Parenthood: Trump will …", "Putin to the West: …": the headline's speaker, "to", and whom.)
  let toAt = -1;
  for (let k = a + 1; k < colon - 1 && lowerCase <= 2; k++) if (tokens[k].text === 'to' && /^[A-Z]/.test(tokens[k - 1].text)) { toAt = k; break; }
  // (The speaker one the entity layer named: not "A Curious Plan to Fight Climate Change:".)
  const typeAt = entityTypesOf(doc);
  let addressed = toAt > 0 && u.paragraph === 0;
  for (let k = a; k < colon && addressed; k++) {
    // (A person or a state speaks so: not "Limited Tools to Fight Terrorism:", whatever the entity layer makes of "Limited Tools".)
    if (k < toAt ? !/^(PERSON|GPE)$/.test(typeAt(k) ?? '') : k > toAt && !/^[A-Z]/.test(tokens[k].text) && tokens[k].text !== 'the') addressed = false;
  }
  if ((lowerCase > 0 || colon - a > 4) && !quotedRest && !addressed) return null;
  // "On Saturday, Mr. Trump said on Twitter: “…”" is a clause that introduces the quote, not a label.
  // "Smith affirms:" with the verb read as a noun is a clause too.
  if (lowerCase > 0 && !addressed && (hasVerb(tokens, a, colon) || cueWordIn(tokens, a, colon))) return null;
  let spFirst = a;
  if (lowerCase > 0 && !addressed) {
    // the name is the capitalised run just before the colon
    spFirst = colon - 1;
    while (spFirst > a && /^[A-Z]/.test(tokens[spFirst - 1].text)) spFirst--;
    if (!/^[A-Z]/.test(tokens[spFirst].text)) return null;
  }
  // "CNN President On Trump: ‘We Do Not Pay …’": a headline's label names its speaker and then its topic.
  let spLast = addressed ? toAt : colon;
  for (let k = spFirst + 1; k < spLast - 1; k++) if (TOPIC_PREPS.has(tokens[k].text)) { spLast = k; break; }
  const label = text.slice(tokens[spFirst].start, tokens[spLast - 1].end);
  if (NOT_SPEAKERS.test(label) || /\d/.test(label)) return null;
  // ("The Gap Goes On: It was under Mr. Ban's watch …", "The Ninth Circle: …": a run-in heading in capitals
  // opening with "the" names no one unless the entity layer read a name in it ("The Hill:").)
  if (/^the$/i.test(tokens[spFirst].text) && !addressed && !tokens.slice(spFirst, spLast).some((_, j) => typeAt(spFirst + j))) return null;
  let start = tokens[colon].end;
  while (start < para.end && /[\s“”"‘’']/.test(text[start])) start++;
  let end = para.end;
  while (end > start && /[\s“”"‘’'.]/.test(text[end - 1])) end--;
  if (end - start < 12) return null;
  // ("Portion Fix Containers: 1 Green, 1 Red, 1 tsp": a list of amounts, no one's words.)
  if (/\d/.test(text[start]) && !hasVerb(tokens, colon + 1, u.last)) return null;
  const cue: Cue = { first: colon, last: colon + 1, lemma: ':', kind: 'speech' };
  return asFound({ start, end, type: label === label.toUpperCase() || quotedRest ? 'direct' : 'indirect', frame: { speaker: { first: spFirst, last: spLast }, cue, channel: null }, inherit: false, paragraph: u.paragraph, unitEnd: u.last });
}

const FOLLOW_LINE = /^Follow\b.{1,60}\bon (?:Twitter|X|Facebook|Instagram)\b/;
/** The paragraphs after the first of a unit that opens with a transcript's label, each as labelQuote reads it or as words going on. */
function laterTurns(doc: Doc, u: Unit): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  let k = u.first;
  for (let p = u.paragraph + 1; ; p++) {
    const para = doc.article.paragraphs[p];
    if (!para || para.start >= tokens[u.last - 1].end) break;
    while (k < u.last && tokens[k].start < para.start) k++;
    if (k >= u.last) break;
    let last = k;
    while (last < u.last && tokens[last].start < para.end) last++;
    // (A run-on paragraph reopens the quotation; "Follow Pam Key on Twitter" after it is the writer's.)
    if (!/^\s*[“"‘]/.test(text.slice(para.start, para.start + 3))) break;
    const turn: Unit = { first: k, last, paragraph: p };
    const label = labelQuote(doc, turn);
    if (label) { out.push(label); continue; }
    let start = para.start, end = para.end;
    while (start < end && /[\s“”"‘’']/.test(text[start])) start++;
    while (end > start && /[\s“”"‘’']/.test(text[end - 1])) end--;
    // ("(CROSSTALK.)": a stage direction, no one's words; "Follow Pam Key on Twitter @pamkeyNEN.", the writer's;
    // "VIDEO: …", a label that names no speaker, goes on with no one.)
    if (/^[A-Z][A-Z .'’-]{1,30}:/.test(text.slice(start, end))) continue;
    if (end - start >= 12 && !/^\(.*\)\.?$/s.test(text.slice(start, end)) && !FOLLOW_LINE.test(text.slice(start, end)) && !creditLine(text, tokens, turn)) out.push(asFound({ start, end, type: 'direct', frame: null, inherit: true, paragraph: p, unitEnd: last }));
  }
  return out;
}

/**
 * "Asked whether he would run, Smith said …": the question is reported too, by an asker the text
 * does not name (speaker null); the answer is the sentence's own report.
 */
function askedQuestion(doc: Doc, u: Unit): Found | null {
  const { tokens } = doc;
  let a = skipLead(tokens, u.first, u.last);
  if (a < u.last && /^when$/i.test(tokens[a].text)) a++;
  if (a >= u.last || !/^asked$/i.test(tokens[a].text)) return null;
  let k = a + 1;
  if (k < u.last && /^by$/i.test(tokens[k].text)) {
    k++;
    while (k < u.last && tokens[k].text !== ',' && !/^(if|whether|about|what|why|how|when|to)$/i.test(tokens[k].text)) k++;
  }
  const first = k;
  while (k < u.last && tokens[k].text !== ',') k++;
  if (k >= u.last || k - first < 2) return null;
  // ("Asked whether he was concerned that Donald Trump, the presumptive nominee, who has called …, could
  // be …, Ban demurred.": the question runs to the comma before the main clause's subject and verb.)
  for (let c = k; c < u.last; c++) {
    if (tokens[c].text !== ',' || c + 1 >= u.last || /^(who|which|that|whose)$/i.test(tokens[c + 1].text)) continue;
    const np = nounPhraseStartingAt(tokens, c + 1, u.last);
    if (np && np.last < u.last && /^(VERB|AUX)$/.test(tokens[np.last].pos) && !/ing$/.test(tokens[np.last].text)) { k = c; break; }
  }
  const cue: Cue = { first: a, last: a + 1, lemma: 'ask', kind: 'speech' };
  return asFound({ start: tokens[first].start, end: tokens[k - 1].end, type: 'indirect', frame: { speaker: null, cue, channel: null }, inherit: false, paragraph: u.paragraph, unitEnd: u.last });
}

/** A clause that ends in a closing quote mark takes the mark's quoted words in full. */
function clauseEnd(text: string, segments: Segment[], end: number): number {
  for (const g of segments) if (g.start < end && g.end > end && g.close - end <= 2) return g.end;
  return end;
}

/** The last quotation's speaker, paragraph and channel, for the quotations after it. */
interface LastSaid { speaker: Speaker | null; paragraph: number; channel: string | null }

function resolveAll(doc: Doc, found: Found[], units: Unit[], inQuote: (o: number) => boolean): Quote[] {
  const { tokens, text, sentences } = doc;
  const resolver = new SpeakerResolver(doc, inQuote);
  const cache = new Map<string, Speaker>();
  const speakerOf = (sp: TokenSpan | null): Speaker | null => {
    if (!sp) return null;
    const key = `${sp.first}:${sp.last}`;
    let r = cache.get(key);
    if (!r) {
      const phrase = { start: tokens[sp.first].start, end: tokens[sp.last - 1].end };
      const span = resolver.nameRunOn(phrase) ?? phrase;
      let first = sp.first;
      while (tokens[first].start < span.start) first++;
      r = resolver.namedAsMembers(resolver.resolve(span, tokens.slice(first, sp.last)));
      let joint = resolver.jointWith(span, r);
      // ("Pakistan and Afghanistan's Taliban government agreed": the named phrase after its "and" speaks, with the names before it.)
      const and = !joint && / and /.test(r.name) ? tokens.slice(first, sp.last).findLastIndex((t) => t.text === 'and') : -1;
      if (and > 0 && first + and + 1 < sp.last && tokens[first + and + 1].pos === 'PROPN') {
        const right = { start: tokens[first + and + 1].start, end: span.end };
        const own = resolver.resolve(right, tokens.slice(first + and + 1, sp.last));
        const with_ = own.entity ? resolver.jointWith(right, own) : null;
        if (with_) { r = { ...own, mention: r.mention }; joint = with_; }
      }
      if (joint) r = { ...r, with: joint };
      if (r.with) resolver.noteJoint(span.start, r);
      cache.set(key, r);
    }
    return r;
  };
  const out: Quote[] = [];
  let last: LastSaid | null = null;
  // The sentence of the last attributed quotation: reports inside it ("“…,” said Gene Sperling, who has
  // offered advice to Mrs. Clinton.") are asides of its attribution, not who speaks next.
  let attributedUntil = -1;
  // The last speaker to say something in each kind of document ("statement", "letter"), for "the statement said".
  const issued = new Map<string, { speaker: Speaker; paragraph: number }>();
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  // The first quotation with a named speaker in each paragraph: a heading quotes the section below it.
  const firstFramed = new Map<number, Found>();
  for (const f of sorted) if (f.frame?.speaker && !firstFramed.has(f.paragraph)) firstFramed.set(f.paragraph, f);
  for (const f of sorted) {
    const sentence = sentenceSpan(sentences, f.start, f.end);
    let speaker: Speaker | null = null;
    let cue: string | null = null;
    let channel: string | null = null;
    if (f.frame) {
      speaker = speakerOf(f.frame.speaker);
      if (f.frame.speaker && f.frame.cue.kind === 'speech' && !/ing$/i.test(tokens[f.frame.cue.first].text)) resolver.spoke(tokens[f.frame.speaker.first].start);
      const rel = f.frame.speaker ? relativeAfter(tokens, f.frame.speaker.last, f.frame.cue.first) : -1;
      // "delegates who backed Paul": the speaker is the antecedent, named where the relative pronoun stands.
      if (speaker && rel >= 0) speaker = { ...speaker, mention: { start: tokens[rel].start, end: tokens[rel].end } };
      // "India struck what it described as terrorist infrastructure": "it" is whoever did what it named so.
      const namer = speaker && f.frame.speaker ? namerOf(tokens, f.frame.speaker, sentence.start) : null;
      const named = namer ? speakerOf(namer) : null;
      if (speaker && named?.entity && doc.entities.find((e) => e.id === named.entity)?.type !== 'PERSON') speaker = { ...named, mention: speaker.mention };
      // (A label's colon may share its token with a bracket: "(R-S.C.):".)
      cue = f.frame.cue.lemma === ':' ? ':' : text.slice(tokens[f.frame.cue.first].start, tokens[f.frame.cue.last - 1].end).toLowerCase();
      channel = mediumOf(doc, f.frame.channel) ?? leadingChannel(text, sentence.start, tokens[f.frame.cue.first].start) ?? channelBetween(tokens, text, f.frame)
        ?? (f.frame.cue.kind === 'speech' ? outletAccordingTo(doc, Math.max(f.end, tokens[f.frame.cue.last - 1].end), sentence.end) : null);
      // "Gil said in a statement that … . “…,” the statement said.": the statement speaks for whoever issued it.
      const paper = speaker && !speaker.entity ? THE_DOCUMENT.exec(speaker.name)?.[1].toLowerCase() : undefined;
      const issuer = paper ? issued.get(paper) : undefined;
      if (speaker && paper && issuer && f.paragraph - issuer.paragraph <= 3) {
        speaker = { ...issuer.speaker, mention: speaker.mention };
        channel ??= paper;
      } else if (speaker && paper && !issuer) {
        // ("President Obama released a statement …", "a separate statement issued by the Sanders campaign": whoever
        // the text says issued it; "The Trump campaign on Tuesday responded that … . “…,” the statement said": a
        // statement or release no one was said to issue is the words of whoever answered just before.)
        const at = f.frame.speaker!.first;
        const by = issuerOfDocument(doc, paper, firstWhere(0, at, (k) => tokens[k].start >= tokens[at].start - NEAR_DOCUMENT), at);
        // (`last` is set further down from what this branch decides, a circle TypeScript's narrowing cannot follow.)
        const prev = last as LastSaid | null;
        const answered = prev?.speaker?.entity && f.paragraph - prev.paragraph <= 1 ? prev.speaker : null;
        const from: Speaker | null = by ? speakerOf(by) : /^(statement|release)$/.test(paper) ? answered : null;
        if (from) {
          speaker = { ...from, mention: speaker.mention };
          channel ??= paper;
        }
      } else if (speaker && channel && !paper) {
        // ("The witness said …, according to the report": a report that quotes someone is not theirs.)
        const kind = channel.toLowerCase().split(' ').pop()!;
        const said = text.slice(sentence.start, sentence.end).toLowerCase();
        if (!/\baccording to\b/.test(said) || !said.includes(kind)) issued.set(kind, { speaker, paragraph: f.paragraph });
      }
      // ("Zelenskiy said on X that … . “…,” he wrote.": the same speaker going on in the same paragraph, in the same place.)
      if (!channel && speaker?.entity && last?.channel && last.paragraph === f.paragraph && last.speaker?.entity === speaker.entity && last.speaker.name === speaker.name && GOES_ON.test(cue)) channel = last.channel;
      // ("… the Korean Central News Agency said. Kim … was quoted as saying …", "… in a statement carried by KCNA.
      // Kim was quoted as saying …": quoted by the news outlet named last.)
      if (!channel && speaker && /\bquoted as\b/.test(cue)) channel = outletBefore(doc, f.start, f.paragraph);
    } else if (f.inherit) {
      const below = headingQuote(doc, f) ? firstFramed.get(f.paragraph + 1)?.frame ?? null : null;
      const next = below ?? nextSentenceFrame(doc, units, f) ?? colonParagraphFrame(doc, units, f) ?? signatureParagraphFrame(doc, units, f);
      if (next) {
        speaker = speakerOf(next.speaker);
        cue = text.slice(tokens[next.cue.first].start, tokens[next.cue.last - 1].end).toLowerCase();
        channel = mediumOf(doc, next.channel);
      } else if (last && last.speaker && f.paragraph - last.paragraph <= 2) {
        const prevSpeaker: Speaker = last.speaker;
        // Where the speaker was last named is where this quote's speaker is named too.
        speaker = { ...prevSpeaker };
        // ("“…,” Peskov said in a conference call. “…”": the same paragraph goes on in the same place.)
        if (f.paragraph === last.paragraph) channel = last.channel;
      }
    }
    const aside = f.type === 'indirect' && f.start < attributedUntil;
    if (speaker && !aside) last = { speaker, paragraph: f.paragraph, channel };
    if (speaker && f.type === 'indirect') resolver.noteReport({ start: f.start, end: f.end }, speaker);
    else if (!speaker && f.frame?.cue.lemma === 'ask') resolver.noteQuestion({ start: f.start, end: f.end });
    if (speaker && f.frame && f.type !== 'indirect') attributedUntil = sentence.end;
    const start = f.type === 'mixed' && !f.parts ? openingMarkBefore(text, f.start, f.end) : f.start;
    const end = Math.max(f.end, start);
    const parts = f.parts ?? runOnParts(text, start, end);
    const words = parts ? parts.map((p) => text.slice(p.start, p.end)).join(' ') : text.slice(start, end);
    out.push({ text: words, start, end, type: f.type, speaker, cue, channel, sentence, ...(parts ? { parts } : {}) });
  }
  return out;
}

/**
 * Where a mixed quote that begins with quoted words starts: at their opening mark, so that its marks pair
 * up ("warned of “overwhelming” retaliation", not "overwhelming” retaliation").
 */
function openingMarkBefore(text: string, start: number, end: number): number {
  const mark = text[start - 1];
  const span = text.slice(start, end);
  if (mark === '“') {
    const close = span.indexOf('”');
    const open = span.indexOf('“');
    return close >= 0 && (open < 0 || close < open) ? start - 1 : start;
  }
  return mark === '"' && (span.match(/"/g) ?? []).length % 2 === 1 ? start - 1 : start;
}

/** ", according to " after a frame and at most a few words of its own ("told reporters, according to …"). */
const ACCORDING_TO_AFTER = /^[”"’']?(?:\s+[\p{L}'’-]+){0,4},\s+according to\s+/u;

/**
 * "“…,” Peskov said, according to the Interfax news agency": the news outlet that carried what the frame
 * says, named in an "according to" right after it (within [from, to)), or null.
 */
function outletAccordingTo(doc: Doc, from: number, to: number): string | null {
  const m = ACCORDING_TO_AFTER.exec(doc.text.slice(from, to));
  if (!m) return null;
  const at = from + m[0].length;
  return doc.entities.find((e) => e.sector === 'JRN' && e.mentions.some((x) => x.start >= at && x.start <= at + 4))?.name ?? null;
}

/** The news outlet named last before `at`, in its paragraph or the one before, or null. */
function outletBefore(doc: Doc, at: number, paragraph: number): string | null {
  const from = doc.article.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  let best: { name: string; start: number } | null = null;
  for (const e of doc.entities) {
    if (e.sector !== 'JRN') continue;
    for (const m of e.mentions) if (m.start >= from && m.start < at && (!best || m.start > best.start)) best = { name: e.name, start: m.start };
  }
  return best?.name ?? null;
}

/** Cues that go on in the channel of the words before them, naming no other place or hearer. */
const GOES_ON = /^(said|says|wrote|writes|added|adds|adding|continued)$/;

/** How far back (in characters) the text may say who issued a document that speaks. */
const NEAR_DOCUMENT = 800;
/** Verbs of putting out a document beyond those of a channel (frames.ts putsOut): "provided a written statement". */
const HANDING_OUT = /^(issues|releases|provided|distributed)$/i;

/**
 * Who the text says issued the document (`noun`, "statement") that a later "the statement said" at token
 * `before` is: the last such noun from token `from` on, "issued by X" or "from X" after it, or the subject
 * of the verb that put it out ("Cook provided a written statement"); null when the text says no one.
 */
function issuerOfDocument(doc: Doc, noun: string, from: number, before: number): TokenSpan | null {
  const { tokens } = doc;
  for (let k = before - 1; k >= from; k--) {
    if (tokens[k].text.toLowerCase() !== noun) continue;
    const after = tokens[k + 1]?.text.toLowerCase();
    const issuing = (t: Token | undefined) => !!t && (putsOut(t) || HANDING_OUT.test(t.text));
    const agent = after === 'from' ? k + 2 : issuing(tokens[k + 1]) && /^by$/i.test(tokens[k + 2]?.text ?? '') ? k + 3 : -1;
    if (agent > 0) return nounPhraseStartingAt(tokens, agent, before);
    let v = k - 1;
    while (v > from && (tokens[v].pos === 'DET' || tokens[v].pos === 'ADJ' || tokens[v].pos === 'ADV')) v--;
    if (!issuing(tokens[v]) || tokens[v + 1]?.text === 'by') return null;
    let s = v;
    while (s > from && (tokens[s - 1].pos === 'AUX' || tokens[s - 1].pos === 'ADV')) s--;
    return speakerBefore(tokens, s, from);
  }
  return null;
}

/** A document that speaks by itself: "the statement", "The letter" (not "The Post", a newspaper). */
const THE_DOCUMENT = /^the (statement|letter|report|memo|email|release|filing|complaint|message)$/i;

/**
 * "In an interview with the BBC, Stoltenberg said …", "In a post on X, Musk wrote …", "Speaking on
 * CNN, she said …": where it was said, named in a phrase that opens the sentence before the cue.
 */
const LEADING_CHANNELS: RegExp[] = [
  // "In an interview with the BBC,", "In a telephone interview on CNN,"
  /^(?:In|During)\s+an?\s+(?:(?:exclusive|brief|lengthy|recent|telephone|phone|television|TV|radio|video|joint|rare)\s+)*interview\s+(?:with|on)\s+([^,]{2,60}),/,
  // "In a post on X,", "In a statement released by his office,", "In a statement read on state television," (X, one letter, by name)
  // ("But in a commentary carried by the Korean Central News Agency,"; "In a brief statement to reporters outside the court," is a statement.)
  /^(?:(?:But|And|Yet|Still)\s+)?(?:[Ii]n|[Dd]uring)\s+an?\s+(?:\w+\s+)?(?:post|posts|tweet|statement|video|letter|message|commentary|editorial|dispatch|article)\s+(?:on|(?<!(?:letter|message)\s)to(?!\s+(?:the\s+)?(?:reporters|journalists|lawmakers|supporters|parliament|the\s+press)\b)|posted\s+on|carried\s+by|released\s+by|published\s+by|(?:read|broadcast|aired)\s+on)\s+(X|[^,]{2,60}),/,
  // "In an op-ed for The Washington Post,"
  /^In\s+(?:his|her|their|its|a|an|the)\s+(?:new\s+|latest\s+|forthcoming\s+)?(?:op-ed|column|essay|article|piece)\s+(?:for|in)\s+([^,]{2,60}),/,
  // "In his book,", "In a speech,", "In a speech to business leaders in Frankfurt on Tuesday,"
  // ("In a confidential report seen by Reuters,", "In a statement released on Monday,", "In a blog post,": the document, however it came out.)
  /^(?:(?:But|And|Yet)\s+)?[Ii]n\s+(?:his|her|their|its|a|an|the)\s+(?:new\s+|latest\s+|forthcoming\s+|joint\s+|televised\s+|rare\s+|brief\s+|lengthy\s+|confidential\s+|quarterly\s+|annual\s+|internal\s+|written\s+)?(book|memoir|column|op-ed|essay|speech|address|letter|message|statement|newsletter|podcast|report|memo|filing|assessment|blog\s+post|post)(?:\s+(?:to|at|in|on|before|from|during|marking)\s+[^,]{2,70}|\s+(?:seen|obtained|released|issued|published|sent|circulated|posted|made\s+public)\s+[^,]{2,60})?(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|\w+day))?,/,
  // "Speaking on CNN,", "Writing in the Atlantic," (not "Speaking in Singapore,", "Speaking to reporters,": a place, an audience)
  /^(?:Speaking|Appearing)\s+on\s+([^,]{2,60}),/,
  // "During an appearance on NBC's “Meet the Press,”", "In a television appearance on Fox News,"
  /^(?:In|During)\s+an?\s+(?:\w+\s+)?appearance\s+on\s+([^,]{2,60}),/,
  /^Speaking\s+to\s+(?!(?:the\s+|a\s+|an\s+)?(?:reporters|journalists|supporters|voters|students|the\s+crowd|crowds?|an?\s+audience|audiences|members|delegates|donors|workers|lawmakers|the\s+press)\b)(?:the\s+)?([A-Z][^,]{1,59}),/,
  /^Writing\s+(?:in|on|for)\s+([^,]{2,60}),/,
  // "In comments carried by state media,", "In remarks broadcast on state television,"
  /^(?:In|During)\s+(?:(?:\w+\s+)?comments|(?:\w+\s+)?remarks)\s+(?:carried|broadcast|published|reported|aired|posted)\s+(?:by|on)\s+([^,]{2,60}),/,
  // "According to the transcript, Putin also said …" (the record is where the words are, frames.ts)
  /^According\s+to\s+(?:a|the|an)\s+(?:\w+\s+)?(transcript|readout|recording|video),/,
];
const ONLY_WHEN = /^(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\w+|this\s+\w+|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?$/i;
function leadingChannel(text: string, sentenceStart: number, cueStart: number): string | null {
  if (cueStart <= sentenceStart) return null;
  const lead = text.slice(sentenceStart, cueStart).replace(/^[\s“"]+/, '');
  // ("In a statement on Tuesday,": a day is when, and the statement the channel.)
  const found = LEADING_CHANNELS.map((re) => re.exec(lead)?.[1]).find((g) => g !== undefined && !ONLY_WHEN.test(g));
  // (A programme's title in marks is the channel: NBC's “Meet the Press,” is “Meet the Press”.)
  const named = found && (/[“"]([^“”"]{2,})[”"]/.exec(found)?.[1] ?? /[“"]([^“”"]{2,})$/.exec(found)?.[1] ?? found);
  // ("Speaking to Fox News on Monday,": when is no part of where.)
  return named ? named.replace(/^the\s+/i, '').replace(/\s+(?:on\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\w+|this\s+\w+|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?$/i, '').trim() : null;
}

/** "Clinton in an interview said": the channel set between the speaker and the cue. */
function channelBetween(tokens: Token[], text: string, frame: Frame): string | null {
  if (!frame.speaker || frame.speaker.last >= frame.cue.first) return null;
  let end = frame.cue.first;
  while (end > frame.speaker.last && tokens[end - 1].pos === 'ADV') end--;
  // "The Pentagon, in a statement emailed to Reuters, said": set off by commas, with what it was.
  const s = frame.speaker.last;
  // ("Barrack, speaking at a briefing in Paris, said": the same, after a participle of speaking.)
  const p = tokens[s].text === ',' && /^(speaking|writing)$/i.test(tokens[s + 1]?.text ?? '') ? s + 1 : s;
  if (tokens[s].text === ',' && tokens[end - 1].text === ',' && p + 2 < end && /^(in|on|during|at)$/i.test(tokens[p + 1].text) && (p > s || !/^at$/i.test(tokens[p + 1].text))) {
    const np = nounPhraseStartingAt(tokens, p + 2, end - 1);
    if (np && CHANNEL_NOUN_SET.has(tokens[np.last - 1].text.toLowerCase())) return bareWords(text.slice(tokens[np.first].start, tokens[np.last - 1].end)).replace(HOW_IT_WENT, '');
  }
  const k = channelBeforeCue(tokens, end, frame.speaker.last - 1);
  return k === frame.speaker.last ? text.slice(tokens[k + 2].start, tokens[end - 1].end).replace(HOW_IT_WENT, '') : null;
}

/**
 * "told MSNBC", "told Foreign Policy" name the medium; "told Benioff" names a person, who is whom it
 * was said to, not a channel; so does "told the Security Council" (a body that is not a medium).
 */
function mediumOf(doc: Doc, channel: string | null): string | null {
  if (!channel) return null;
  // ("Erdogan told Putin that …" where the text names no country, so no entity is Putin: a known office
  // holder's family name is whom it was told.)
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(channel) && kbBySurname(channel).some((e) => e.type === 'PERSON')) return null;
  const named = (e: Doc['entities'][number]) => e.name === channel || e.mentions.some((m) => m.text === channel);
  if (doc.entities.some((e) => (e.type === 'PERSON' || (e.type === 'ORG' && !!e.sector && AUDIENCE_SECTORS.has(e.sector))) && named(e))) return null;
  // ("told Ambassador Kenji Kanasugi that …": a person after a title is whom it was told; "told CNN's Jake
  // Tapper" keeps the outlet before the person.)
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    const m = e.mentions.find((x) => x.text.includes(' ') && channel.endsWith(` ${x.text}`));
    if (!m) continue;
    const before = channel.slice(0, -m.text.length - 1).replace(/['’]s$/, '');
    return before.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase())) ? null : channel;
  }
  return channel;
}
/** Bodies one speaks before, not through: governments, legislatures, courts, parties, armies. */
const AUDIENCE_SECTORS = new Set(['GOV', 'IGO', 'LEG', 'JUD', 'MIL', 'PTY', 'SPY', 'REB', 'CRM']);

/**
 * Index of a "who"/"which" standing between a speaker phrase and its cue, or -1. A clause set off by
 * commas that closes before the cue ("Podesta, who said the project was vetted, said …") is an aside:
 * the cue is the main clause's, whose subject is named before it.
 */
/** The subject of the verb before "what it …" when the speaker phrase is that "it" (not a person's pronoun), or null. */
function namerOf(tokens: Token[], sp: TokenSpan, sentenceStart: number): TokenSpan | null {
  const v = sp.first - 2;
  if (sp.last - sp.first !== 1 || !/^it$/i.test(tokens[sp.first].text) || v < 1 || !/^what$/i.test(tokens[sp.first - 1].text) || tokens[v].pos !== 'VERB') return null;
  const subject = speakerBefore(tokens, v, firstWhere(0, v, (k) => tokens[k].start >= sentenceStart));
  return subject && !(subject.last - subject.first === 1 && /^it$/i.test(tokens[subject.first].text)) ? subject : null;
}

function relativeAfter(tokens: Token[], after: number, cue: number): number {
  let k = after;
  if (k < cue && tokens[k].text === ',') k++;
  if (!(k < cue && /^(who|which)$/i.test(tokens[k].text))) return -1;
  // ("Shmyhal, who joined by video link, thanked the allies and said …": a comma and the main verb close the relative clause.)
  for (let c = k + 1; c < cue - 1; c++) {
    if (tokens[c].text !== ',') continue;
    let v = c + 1;
    while (v < cue && tokens[v].pos === 'ADV') v++;
    if (v < cue && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX')) return -1;
  }
  let before = cue - 1;
  while (before > k && tokens[before].pos === 'ADV') before--;
  return tokens[after].text === ',' && tokens[before].text === ',' ? -1 : k;
}

/**
 * "“My fears have been realized”" standing alone as a paragraph: a section heading that quotes a few
 * words (no full stop) of the speaker the section goes on to quote.
 */
function headingQuote(doc: Doc, f: Found): boolean {
  const para = doc.article.paragraphs[f.paragraph];
  if (!para) return false;
  const words = doc.text.slice(f.start, f.end);
  // A numbered heading ("7. “The Giuliani problem”") is one too.
  const rest = doc.text.slice(para.start, f.start).replace(/^\s*\d{1,2}[.)]\s*/, '') + doc.text.slice(f.end, para.end);
  return /^[\s“”"‘’']*$/.test(rest) && !/[.!?,:;]\s*$/.test(words) && words.split(/\s+/).length <= 10;
}

/**
 * "Reporter Jomana Karadsheh says:⏎“Well, Anderson, …”": the paragraph before ends in a colon, and its
 * last sentence introduces the quotation.
 */
function colonParagraphFrame(doc: Doc, units: Unit[], f: Found): Frame | null {
  const { tokens, text } = doc;
  let k = firstWhere(0, tokens.length, (i) => tokens[i].start >= f.start) - 1;
  while (k >= 0 && /^[“"‘']+$/.test(tokens[k].text)) k--;
  if (k < 0 || tokens[k].text !== ':') return null;
  const u = units.find((x) => x.first <= k && k < x.last);
  if (!u || u.paragraph >= f.paragraph || !/\n\s*$/.test(text.slice(tokens[k].end, f.start).replace(/[“"‘']/g, ''))) return null;
  // A named or pronoun subject of the clause before the colon first: "Sanders made the following comment:"
  // is Sanders's, though "comment" reads as a cue with "the following" before it.
  const clause = introducingClause(tokens, u.first, k);
  const cued = frameIn(tokens, u.first, k + 1, text, 'before');
  const named = clause?.speaker && /^(PROPN|PRON)$/.test(tokens[clause.speaker.last - 1].pos) ? clause : null;
  // The same speaker either way: the cue of speech names what was done better than the clause's verb ("reporting:").
  const fr = named && !(cued?.speaker && cued.speaker.first === named.speaker!.first) ? named : cued ?? clause;
  return fr?.speaker ? fr : null;
}

/**
 * "“Almost all new income is going to the top 1 percent.”⏎⏎- Bernie Sanders.": a quotation that fills its
 * paragraph, signed in the next one after a dash (fact checks, readers' letters), perhaps with who they
 * are ("-Michelle Marks, Philadelphia.").
 */
function signatureParagraphFrame(doc: Doc, units: Unit[], f: Found): Frame | null {
  const own = doc.article.paragraphs[f.paragraph], next = doc.article.paragraphs[f.paragraph + 1];
  if (!own || !next || /[^\s"”’'.]/.test(doc.text.slice(f.end, own.end))) return null;
  const u = units.find((x) => x.paragraph === f.paragraph + 1);
  const { tokens } = doc;
  if (!u || tokens[u.last - 1].end < next.end - 1 || !/^(-|--|—|–|―)$/.test(tokens[u.first].text)) return null;
  const end = trimTail(tokens, u.first + 1, u.last);
  let stop = u.first + 1;
  while (stop < end && tokens[stop].text !== ',') stop++;
  const sp = nounPhraseStartingAt(tokens, u.first + 1, stop);
  if (!sp || sp.last < stop || sp.last - sp.first > 6 || tokens[sp.last - 1].pos !== 'PROPN') return null;
  return { speaker: sp, cue: { first: u.first, last: u.first + 1, lemma: 'dash', kind: 'speech' }, channel: null };
}

/** "“…” That is what Mr. Smith said." — a frame at the start of the next sentence of the paragraph. */
function nextSentenceFrame(doc: Doc, units: Unit[], f: Found): Frame | null {
  const i = units.findIndex((u) => u.first === f.unitEnd);
  if (i < 0) return null;
  const u = units[i];
  if (u.paragraph !== f.paragraph) return null;
  const { tokens, text } = doc;
  const a = skipLead(tokens, u.first, u.last);
  const end = trimTail(tokens, a, u.last);
  // Only a sentence that is nothing but a frame ("So said Mr. Smith.", "Mr. Smith said so.", "― Ann Lee"),
  // perhaps after "That is what" or "That was how" ("That was how Victor Cha, a Korea expert, put it.").
  // ("The warning came from Catherine Russell, the head of UNICEF, after a visit …": that frame says whose, whatever follows.)
  const named = wordsOfFrame(tokens, a, end);
  if (named) return named;
  const fr = frameIn(tokens, pointsBack(tokens, u.first, end, text) >= 0 ? a + 3 : u.first, end, text, 'after');
  if (!fr || !fr.speaker) return null;
  // What follows the frame, less a description of its speaker and a relative clause on it ("…, a professor
  // in Munich, who has long argued …").
  const rest = text.slice(tokens[Math.max(fr.cue.last, fr.speaker.last) - 1].end, tokens[end - 1].end)
    .replace(/^,\s+(?:a|an|the|his|her|their)\s[^,]*(?=,|$)/, '').replace(/,\s+(who|whose)\b.*$/s, '');
  if (wordsAfterFrame(rest) > 6) return null;
  return fr;
}

/** What a quotation is called when the next sentence names whose it was. */
const UTTERANCES = /^(warning|warnings|remark|remarks|comment|comments|words|message|statement|assessment|verdict|threat|promise|pledge|admission|plea|rebuke|response|reply|answer|view|claim|boast|quip|quote|line)$/i;

/**
 * "“…” The warning came from Defense Minister Shin Won-sik, who …", "“…” Those were the words of U.S.
 * Ambassador Philip Goldberg.", "“…” That was the message from Andriy Yermak": the next sentence names the
 * quotation's speaker after "from" or "of".
 */
function wordsOfFrame(tokens: Token[], a: number, end: number): Frame | null {
  if (!/^(the|those|these|that|this|his|her|their)$/i.test(tokens[a]?.text ?? '')) return null;
  let k = a + 1;
  while (k < end && tokens[k].pos === 'ADJ') k++;
  // ("Those were the words of X": the pronoun is the quotation.)
  const pointing = /^(those|these|that|this)$/i.test(tokens[a].text) && /^(was|were|is|are)$/i.test(tokens[a + 1]?.text ?? '');
  if (!pointing && (k >= end || !UTTERANCES.test(tokens[k].text))) return null;
  const verb = pointing ? a + 1 : k + 1;
  const came = /^(came|comes|come)$/i.test(tokens[verb]?.text ?? '') && /^from$/i.test(tokens[verb + 1]?.text ?? '');
  // ("Those were the words of X", "That was the blunt assessment of X", "That was the message from X")
  let noun = verb + 2;
  while (noun < end && noun < verb + 5 && (tokens[noun].pos === 'ADJ' || tokens[noun].pos === 'ADV')) noun++;
  const were = /^(was|were|is|are)$/i.test(tokens[verb]?.text ?? '') && /^the$/i.test(tokens[verb + 1]?.text ?? '') && UTTERANCES.test(tokens[noun]?.text ?? '') && /^(of|from)$/i.test(tokens[noun + 1]?.text ?? '');
  // ("“…” That quote from Commissioner Thomas Krebs appeared on the front page": whose it is, right after the noun.)
  const right = !pointing && /^from$/i.test(tokens[verb]?.text ?? '') && /^(that|this|the)$/i.test(tokens[a].text);
  const from = came ? verb + 2 : were ? noun + 2 : right ? verb + 1 : -1;
  if (from < 0) return null;
  let speaker = nounPhraseStartingAt(tokens, from, end);
  // ("That was the message from Sudan's army chief, Gen. Abdel Fattah Burhan, who …": the name set off after a description.)
  if (speaker && tokens[speaker.last - 1].pos !== 'PROPN') {
    let c = speaker.last;
    while (c < end && c < speaker.last + 2 && tokens[c].pos === 'ADJ') c++;
    const name = tokens[c]?.text === ',' ? nounPhraseStartingAt(tokens, c + 1, end) : null;
    if (name && tokens[name.first].pos === 'PROPN' && tokens[name.last - 1].pos === 'PROPN') speaker = name;
  }
  return speaker ? { speaker, cue: { first: verb, last: from, lemma: 'say', kind: 'speech' }, channel: null } : null;
}

/**
 * A quotation that runs on over paragraphs ("“We are watching closely.⏎⏎“Sanctions will follow,” he
 * added."): its pieces, without the paragraph breaks and the marks that reopen it, or null.
 */
function runOnParts(text: string, start: number, end: number): Array<{ start: number; end: number }> | null {
  const span = text.slice(start, end);
  if (!span.includes('\n')) return null;
  const parts: Array<{ start: number; end: number }> = [];
  const breaks = /\s*\n\s*(?:[“"‘]|'')?/g;
  let from = 0;
  for (let m = breaks.exec(span); m; m = breaks.exec(span)) {
    if (m.index > from) parts.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  if (from < span.length) parts.push({ start: start + from, end });
  return parts.length > 1 ? parts : null;
}

function sentenceSpan(sentences: Doc['sentences'], start: number, end: number): { start: number; end: number } {
  // first sentence ending after `start`, last one starting before `end` (sentences are in text order)
  const first = firstWhere(0, sentences.length, (k) => sentences[k].end > start);
  const a = first < sentences.length ? first : -1;
  let b = firstWhere(0, sentences.length, (k) => sentences[k].start >= end) - 1;
  if (a < 0) return { start, end };
  if (b < a) b = a;
  return { start: Math.min(sentences[a].start, start), end: Math.max(sentences[b].end, end) };
}

export type { Token };
