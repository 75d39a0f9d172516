// Mentions from wink's tokens: gazetteer names first (KB actors, countries, demonyms, capitals,
// regions), then honorific forms ("Mr. Kim", "Sen. Coons"), then the remaining proper-noun runs,
// typed by their words (organisation suffixes, places, two or more name words = a person).
import type { EntityType } from '../../model/analysis.ts';
import type { Doc, Token } from '../doc.ts';
import { demonymCountry, findCountry, findPlace, isKnownPlace, qualifierCountry } from '../../kb/geo.ts';
import { kbByName, kbEntry } from '../../kb/store.ts';
import type { KbEntry } from '../../kb/entry.ts';
import { firstWord, gazetteer, type GazEntry, type GazKind } from './gazetteer.ts';
import * as W from './words.ts';
import { isGivenName, KIN_GENDER, nameGender } from './gender.ts';

// Local bindings: the hot loops below read these sets per token.
const { ORG_HEADS, PAPER_HEADS, ORG_FIRST, EVENT_HEADS, FAC_HEADS, HONORIFICS, TITLE_WORDS, NOT_NAMES, NON_PERSON, LOCATIVE, SPLIT_TITLES, NOT_ORG_ACRONYMS } = W;

/**
 * Where the honorific at token i ends, or -1: "Gen." is one token, but wink splits the full stop off
 * "Adm.", "Maj.", "Cmdr." ("Vice Adm. James Pitts" was a person named "Adm").
 */
function honorificEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (HONORIFICS.has(t.text)) return i + 1;
  const stop = tokens[i + 1];
  return stop?.text === '.' && stop.start === t.end && HONORIFICS.has(t.text + '.') ? i + 2 : -1;
}

export type MentionKind = GazKind | 'place' | 'name' | 'honorific' | 'description';

export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** Token range [first, last). */
  first: number;
  last: number;
  type: EntityType;
  kind: MentionKind;
  /** KB id (kind kb) or ISO alpha-3 (geo kinds and places). */
  ref: string | null;
  /** The name without honorific ("Kim" in "Mr. Kim"). */
  name: string;
  honorific: string | null;
  /** A capital or seat standing for its government ("Pyongyang said"). */
  metonym: boolean;
  /** A lone capitalised word kept only if it turns out to be the family name of a person in the text. */
  tentative?: boolean;
  /** A lone given name joined to the one person of that name ("Bernie"): no family name to find others by. */
  givenOnly?: boolean;
  /** Population of a matched place, for ranking. */
  lat?: number | null;
  lon?: number | null;
}

/**
 * The mention with every field, in one order. Mentions come from a dozen rules, each with its own
 * literal (some with `tentative`, some with `lat`/`lon`, one spread from another mention); V8 gives
 * each variant its own hidden class, and the functions that read mentions were compiled again each
 * time an article brought one they had not met (see retagToken in doc.ts).
 */
export function rawMention(m: RawMention): RawMention {
  return {
    start: m.start, end: m.end, text: m.text, first: m.first, last: m.last, type: m.type, kind: m.kind, ref: m.ref, name: m.name,
    honorific: m.honorific, metonym: m.metonym, tentative: m.tentative ?? false, givenOnly: m.givenOnly ?? false, lat: m.lat ?? null, lon: m.lon ?? null,
  };
}

// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const CAP = /^[\p{Lu}]/u;
/** An Arabic article joined by a hyphen to a family name ("el-Sissi", "al-Assad"). */
const ARABIC_ARTICLE = /^(al|el|ad|ash|as|an|ar|at|az|ud)$/;
const CAPS_OR_DOTS = /^[\p{Lu}.]+$/u;
const THREE_CAPS = /\p{Lu}{3}/u;
const ACRONYM = /^[\p{Lu}&]{2,6}$/u;
// An apostrophe inside a name ("O’Neill", "D'Souza"), not a possessive or a contraction ("Clinton’s", "I’m").
const NAME_WORD = /^\p{Lu}(?:[\p{L}.-]|['’](?!(?:s|m|t|d|re|ve|ll)$)(?=\p{L}))*$/u;
const POLITICAL_WORD = /\b(Democratic|Democrat|Republican|Progressive|Communist|Labour|Labor|Conservative|Liberal|Socialist|Green|Greens|Nationalist|People['’]?s|Workers['’]?|Justice|Freedom|Front|Unity|Reform|Independence|Christian|Social|Populist|Ba['’]?ath)\b/;
const LOWER_SYLLABLE_LAST = /^\p{Lu}\p{Ll}+-\p{Ll}{1,4}$/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Upper-case first letter; ASCII without a regular expression (most tokens). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(s);
}

const LETTER = /^\p{L}/u;

/** Bits of a token's first character (see shapesOf): startsUpper, startsLetter, an ASCII digit. */
const UPPER = 1;
const A_LETTER = 2;
const DIGIT = 4;

function initialOf(s: string): number {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? UPPER | A_LETTER : c >= 97 && c <= 122 ? A_LETTER : c >= 48 && c <= 57 ? DIGIT : 0;
  return CAP.test(s) ? UPPER | A_LETTER : LETTER.test(s) ? A_LETTER : 0;
}

/**
 * Each token's initial (UPPER, A_LETTER, DIGIT bits) and the Title Case sentences, in one pass over
 * the token texts: the passes below then skip the many tokens that cannot start a name without
 * reading their strings again (reading them costs cache misses, not comparisons).
 */
function shapesOf(doc: Doc): { initial: Uint8Array; titleCase: Set<number> } {
  const { tokens } = doc;
  const initial = new Uint8Array(tokens.length);
  // Per sentence: words of 4+ letters, how many of them are capitalised, and lower-case words a headline would capitalise.
  const words = new Int32Array(doc.sentences.length);
  const caps = new Int32Array(doc.sentences.length);
  const lowerContent = new Int32Array(doc.sentences.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].text;
    const bits = initialOf(t);
    initial[k] = bits;
    const si = tokens[k].sentence;
    if (!(bits & A_LETTER) || si < 0) continue;
    // A lower-case word that a headline would capitalise ("met", "president"): a sentence, however
    // many names it holds ("Edward Smith, the president of Georgia, met Vladimir Putin on Monday").
    // A lower-case verb is one by itself ("John Smith met Mary Baker.": a headline writes "Met").
    if (!(bits & UPPER) && !HEADLINE_MINOR.has(t)) lowerContent[si] += tokens[k].pos === 'VERB' ? 2 : 1;
    if (t.length < 4) continue;
    words[si]++;
    if (bits & UPPER) caps[si]++;
  }
  // Sentences where most words are capitalised (headlines, headings).
  const titleCase = new Set<number>();
  for (let si = 0; si < words.length; si++) if (words[si] >= 3 && caps[si] / words[si] > 0.7 && lowerContent[si] <= 1) titleCase.add(si);
  return { initial, titleCase };
}

/** Pageants whose title goes before a name with "Miss". */
const PAGEANTS = /^(?:Universe|America|USA|World|International|Earth|Teen)$/;
// Phase 2 skips tokens that do not start with a capital: every honorific must.
for (const h of HONORIFICS) if (!startsUpper(h)) throw new Error(`mentions: honorific "${h}" does not start with a capital`);

/**
 * Token i is the first word of the cause after "<Group> for" ("Bikers for Trump", "Center for American
 * Progress"), a group no earlier mention took ("Republicans for Clinton" keeps the party and Clinton).
 */
function forCause(tokens: Token[], i: number, covered: Int32Array): boolean {
  return i >= 2 && tokens[i - 1].text === 'for' && W.GROUPS_FOR.has(tokens[i - 2].text) && covered[i - 2] < 0 && tokens[i - 2].sentence === tokens[i].sentence;
}
/** The run's words hold "<Group> for": "Club for Growth", "National Diversity Coalition for Trump". */
function forABody(words: readonly string[]): boolean {
  const f = words.indexOf('for');
  return f > 0 && W.GROUPS_FOR.has(words[f - 1]);
}
/** The run's words hold "<Body> on": "Conference on Disarmament", "National Institute on Drug Abuse". */
function onABody(words: readonly string[]): boolean {
  const f = words.indexOf('on');
  return f > 0 && W.BODIES_ON.has(words[f - 1]);
}
/** "Americans" at j opens "Americans for Prosperity". */
function causeAfter(tokens: Token[], j: number): boolean {
  return W.GROUPS_FOR.has(tokens[j].text) && tokens[j + 1]?.text === 'for' && !!tokens[j + 2] && isNameToken(tokens[j + 2]) && tokens[j + 2].sentence === tokens[j].sentence;
}

function isNameToken(t: Token): boolean {
  if (!startsUpper(t.text)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'NUM' || t.pos === 'VERB';
}

/** Token index whose end is at `end`, scanning from `from`; -1 if the span does not end on a token. */
function tokenEndingAt(tokens: Token[], from: number, end: number): number {
  for (let j = from; j < tokens.length && tokens[j].start < end; j++) if (tokens[j].end === end) return j;
  return -1;
}

const PARTICLES = W.NAME_PARTICLES;
const DAYS_AND_MONTHS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** The town the place name at tokens [i, j] and the capitalised word after it name ("Atlantic City"), or null. */
function townNamedFor(doc: Doc, i: number, j: number): ReturnType<typeof findPlace> {
  const next = doc.tokens[j + 1];
  const shouted = /^\p{Lu}+$/u.test(doc.tokens[j].text);
  if (!next || next.start !== doc.tokens[j].end + 1 || next.sentence !== doc.tokens[j].sentence || !(shouted ? /^\p{Lu}+$/u : /^\p{Lu}\p{Ll}+$/u).test(next.text)) return null;
  const name = doc.text.slice(doc.tokens[i].start, next.end);
  if (!isKnownPlace(name)) return null;
  const p = findPlace(name, qualifierCountry(doc.text.slice(next.end, next.end + 40)));
  return p && p.kind !== 'region' && p.kind !== 'country' ? p : null;
}

/** Words that open a place's name however they read as given names ("North Africa", "Lake Michigan"). */
const PLACE_OPENERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'lake', 'mount', 'fort', 'port', 'cape', 'new', 'saint', 'st', 'san', 'santa', 'greater', 'little', 'old', 'great']);

/**
 * "Actress Diane Guerrero": the word at k starts a name of its own (not "Radio Free Europe", "the
 * Sanders Iowa spots", "North Africa"), so a state or town after it may be a family name.
 */
function opensName(tokens: Token[], k: number): boolean {
  if (k < 0 || PLACE_OPENERS.has(tokens[k].text.toLowerCase())) return false;
  const before = k > 0 && tokens[k - 1].sentence === tokens[k].sentence ? tokens[k - 1] : null;
  return !before || (CAP.test(before.text) ? TITLE_WORDS.has(before.text.toLowerCase()) : before.pos !== 'DET');
}

/**
 * "Therese Kayikwamba Wagner": a given name and a second name the name lists do not know before token i,
 * all one run, so that what follows ends one person's name.
 */
function middleNameBefore(tokens: Token[], i: number, covered: Int32Array): boolean {
  const a = tokens[i - 2];
  const b = tokens[i - 1];
  return !!a && a.pos === 'PROPN' && covered[i - 2] < 0 && a.end + 1 === b.start && a.sentence === b.sentence && CAP.test(b.text)
    && !TITLE_WORDS.has(a.text.toLowerCase()) && nameGender(`${a.text} ${b.text}`, null) !== null;
}

/** Whether the capitalised word before a KB person's bare family name at token i is a given name not theirs. */
function otherGivenName(tokens: Token[], i: number, ref: string | null): boolean {
  const prev = tokens[i - 1];
  // ("Sergey V. Lavrov": a given name and an initial before the family name make a fuller name than the KB spells;
  // the whole name is matched as a name, and linked if it is theirs.)
  if (prev.end + 1 === tokens[i].start && /^\p{Lu}\.$/u.test(prev.text) && i >= 2 && tokens[i - 2].sentence === prev.sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 2].text)) return true;
  if (prev.end + 1 !== tokens[i].start || prev.sentence !== tokens[i].sentence || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return false;
  if (TITLE_WORDS.has(prev.text.toLowerCase()) || HONORIFICS.has(prev.text) || NOT_NAMES.has(prev.text) || PARTICLES.has(prev.text.toLowerCase())) return false;
  const own = ref ? kbEntry(ref) : null;
  if (!own || own.name.split(/\s+/)[0] === prev.text || own.aliases.some((a) => a.startsWith(`${prev.text} `))) return false;
  return nameGender(`${prev.text} ${tokens[i].text}`, null) !== null;
}

/** Where the closing mark of a one- or two-word capitalised nickname opening at k is ("“Chico”"), or -1. */
function nicknameClose(tokens: Token[], k: number): number {
  if (!/^["“]$/.test(tokens[k].text) || tokens[k].start !== tokens[k - 1].end + 1) return -1;
  for (let c = k + 2; c <= k + 3 && c < tokens.length; c++) {
    if (!startsUpper(tokens[c - 1].text)) return -1;
    if (/^["”]$/.test(tokens[c].text)) return c + 1 < tokens.length && tokens[c + 1].start === tokens[c].end + 1 ? c : -1;
  }
  return -1;
}

/** "“…,” Israel said", "“…,” said Israel": a name right after a closing quotation mark and its comma, by a verb of saying. */
function attributesQuotation(tokens: Token[], i: number): boolean {
  const closed = (k: number) => k >= 1 && /^["”’]$|^''$/.test(tokens[k].text) && tokens[k - 1].text === ',';
  const next = tokens[i + 1]?.text ?? '', prev = tokens[i - 1]?.text ?? '';
  return (closed(i - 1) && SAYS.test(next)) || (SAYS.test(prev) && closed(i - 2));
}
/** Verbs of saying that attribute a quotation to the name beside them, or open a sentence before it ("Said Comey, …"). */
export const SAYS = /^(said|says|stated|told|tells|added|adds|noted|notes|asked|asks|argued|explained|wrote|writes|tweeted|declared|continued|recalled|insisted|replied|answered)$/i;

/** The latest paper named before token t whose name ends in t's word ("New York Post" before "the Post"). */
function paperNamedBefore(out: RawMention[], t: Token): RawMention | null {
  let best: RawMention | null = null;
  for (const m of out) {
    if (m.type !== 'ORG' || m.end > t.start || m.last - m.first < 2 || !m.name.endsWith(` ${t.text}`)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

/** Papers' names in the text, in order: where each ends, its head word and its words ("Tampa Bay Times"). */
interface PaperName { end: number; head: string; name: string }
function paperNames(text: string): PaperName[] {
  const out: PaperName[] = [];
  PAPER_NAME.lastIndex = 0;
  for (let m = PAPER_NAME.exec(text); m; m = PAPER_NAME.exec(text)) {
    // "A Times article", "In Times Square": words that name nothing are no paper's name.
    const words = m[0].split(/\s+/);
    while (words.length > 1 && NOT_NAMES.has(words[0])) words.shift();
    if (words.length > 1) out.push({ end: m.index + m[0].length, head: m[1], name: words.join(' ') });
  }
  return out;
}
const PAPER_NAME = new RegExp(`(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3}(${[...PAPER_HEADS].join('|')})\\b`, 'gu');

/** Whether the latest paper named before t with t's head word ("Tampa Bay Times" before "the Times") is not the KB's `ref`. */
function otherPaperBefore(papers: PaperName[], t: Token, ref: string | null): boolean {
  let last: PaperName | null = null;
  for (const p of papers) {
    if (p.end > t.start) break;
    if (p.head === t.text) last = p;
  }
  if (!last) return false;
  const named = last.name;
  const e = ref ? kbEntry(ref) : null;
  return !e || ![e.name, ...e.aliases].some((n) => n.replace(/^The\s+/, '') === named);
}

/** "The New York Post reports … The Post has learned": a paper's head word after "the" is the paper named before. */
function papersByHead(tokens: Token[], out: RawMention[], covered: Int32Array, push: (m: RawMention) => void): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] >= 0 || !PAPER_HEADS.has(t.text) || !/^the$/i.test(tokens[i - 1].text) || headOfLongerName(tokens, i)) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && startsUpper(next.text) && next.start === t.end + 1) continue;
    const paper = paperNamedBefore(out, t);
    if (paper) push({ ...paper, start: t.start, end: t.end, text: t.text, first: i, last: i + 1, honorific: null, metonym: false });
  }
}

/** Whether a capitalised name word stands right before token i (by a space or a hyphen) or a hyphen and one right after it. */
function headOfLongerName(tokens: Token[], i: number): boolean {
  const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
  const nameWord = (x: Token | undefined) => !!x && x.sentence === t.sentence && startsUpper(x.text) && !/^(The|A|An)$/.test(x.text);
  if (prev && prev.end === t.start && prev.text === '-' && nameWord(tokens[i - 2]) && tokens[i - 2].end === prev.start) return true;
  if (next && next.start === t.end && next.text === '-' && nameWord(tokens[i + 2]) && tokens[i + 2].start === next.end) return true;
  return nameWord(prev) && prev.end + 1 === t.start && i - 1 > 0 && tokens[i - 2].sentence === t.sentence;
}

const LEARNED_HEADS = new Set(['University', 'Institute', 'College', 'Museum', 'Library', 'Foundation']);
/** A capitalised verb form in -s or -es ("Launches", "Warns", "Accuses"), not a plural in -ss/-us/-is. */
const HEADLINE_VERB_S = /^[A-Z][a-z]+[^su]s$/;

/**
 * Whether the capitalised words right after token j end in an organisation, facility or event word (in a
 * title-case headline, `headline`, not past the headline's verb).
 */
function startsLongerName(tokens: Token[], j: number, headline: boolean): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const t = tokens[k];
    if (t.start !== tokens[k - 1].end + 1 || !startsUpper(t.text) || t.sentence !== tokens[j].sentence) return false;
    // "Russia Launches Massive Attack on Ukraine", "Iran Warns …": in a title-case headline, a verb right after the place ends it.
    if (headline && k === j + 1 && HEADLINE_VERB_S.test(t.text) && !EVENT_HEADS.has(t.text) && !ORG_HEADS.has(t.text) && !FAC_HEADS.has(t.text)) return false;
    if (EVENT_HEADS.has(t.text) || FAC_HEADS.has(t.text) || ORG_HEADS.has(t.text) && t.pos === 'PROPN') {
      // "Russia's" or a title in between ("Russian President") never reach here: they are not capitalised heads.
      return true;
    }
    // "Indiana State Teachers Association": "State" inside a name is no title; "New York State
    // Republican Party" is the state's branch of the party.
    const stateOfName = t.text === 'State' && !PARTY_WORDS.has(tokens[k + 1]?.text ?? '');
    // ("Australian National University": a title word before a seat of learning is part of its name.)
    const learned = k + 1 < tokens.length && LEARNED_HEADS.has(tokens[k + 1].text) && tokens[k + 1].start === t.end + 1;
    if (TITLE_WORDS.has(t.text.toLowerCase()) && !ORG_HEADS.has(t.text) && !stateOfName && !learned) return false;
  }
  return false;
}

/** Institutions named for people, besides facilities: "Jawaharlal Nehru University", "Konrad Adenauer Foundation". */
const NAMED_FOR_HEADS = new Set(['University', 'College', 'Institute', 'Institution', 'Foundation', 'Center', 'Centre', 'School', 'Library', 'Museum', 'Hospital']);

/** Whether the capitalised words right after j end in a facility's or an institution's head ("… Washington National Airport"). */
function facilityNamedFor(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const t = tokens[k];
    if (t.start !== tokens[k - 1].end + 1 || !startsUpper(t.text) || t.sentence !== tokens[j].sentence) return false;
    if (FAC_HEADS.has(t.text) || NAMED_FOR_HEADS.has(t.text)) return true;
  }
  return false;
}

/** The capitalised name token after "of"/"for" at k, straight after it or after "the", or -1. */
function nameAfter(tokens: Token[], k: number, covered: Int32Array): number {
  let n = k + 1;
  if (n < tokens.length && tokens[n].text === 'the' && tokens[n].sentence === tokens[k].sentence) n++;
  return n < tokens.length && covered[n] < 0 && isNameToken(tokens[n]) && startsUpper(tokens[n].text) && tokens[n].sentence === tokens[k].sentence ? n : -1;
}

/**
 * Where a person's name starts in a title's field and the name ("Foreign Affairs Penny Wong"): at a given
 * name the list knows that opens the last two or three words, else the last two words when the field has
 * at least one; s when the run is no field and name.
 */
function nameAfterField(tokens: Token[], s: number, end: number): number {
  for (let k = s + 1; k <= end - 1; k++) if (end - k <= 2 && isGivenName(tokens[k].text) && !NON_PERSON.has(tokens[k].text)) return k;
  const k = end - 1;
  const nameLike = (t: Token) => t.pos === 'PROPN' && !NON_PERSON.has(t.text) && !TITLE_WORDS.has(t.text.toLowerCase());
  return k > s && nameLike(tokens[k]) && nameLike(tokens[end]) ? k : s;
}

/** Whether the name words from k go on over "of" into a mention found already. */
function endsInFound(tokens: Token[], k: number, covered: Int32Array): boolean {
  while (k + 1 < tokens.length && isNameToken(tokens[k + 1]) && covered[k + 1] < 0 && tokens[k + 1].sentence === tokens[k].sentence) k++;
  return k + 2 < tokens.length && (tokens[k + 1].text === 'of' || tokens[k + 1].text === 'for') && covered[k + 2] >= 0;
}

const CHAMBERS = new Set(['House', 'Senate', 'Congressional', 'Parliamentary', 'Duma', 'Knesset', 'Bundestag']);

/** Capitalised words after token j that end in a committee ("Intelligence Committee", "Ways and Means Committee"). */
function committeeAfter(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 6; k++) {
    const t = tokens[k];
    if (t.start !== tokens[k - 1].end + 1 || t.sentence !== tokens[j].sentence) return false;
    if (W.COMMITTEES.has(t.text)) return true;
    if (!startsUpper(t.text) && t.text !== 'and') return false;
  }
  return false;
}

/**
 * Whether "Georgia" at token i is the US state: its sentence names other US states, Atlanta, a party or
 * a primary ("Texas, Virginia and Georgia", "the Georgia primary", "(R-Ga.)"), and the article says
 * nothing of the country (Tbilisi, Georgians, the Caucasus, South Ossetia).
 */
function georgiaIsTheState(doc: Doc, i: number): boolean {
  if (!mayMeanTheState(doc)) return false;
  const { tokens } = doc;
  const si = tokens[i].sentence;
  const g = gazetteer();
  for (let k = i - 1; k >= 0 && tokens[k].sentence === si; k--) if (usSign(g, tokens[k].text)) return true;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === si; k++) if (usSign(g, tokens[k].text)) return true;
  // "Thank you Georgia" in a story of US primaries: the story's other words tell.
  let signs = 0;
  for (const t of tokens) if (startsUpper(t.text) && usSign(g, t.text) && ++signs >= 3) return true;
  return false;
}
/**
 * Georgia the US state, in a US story, however a pass found it (the gazetteer's country, or a run's place
 * in "the Georgia Republican Party"): the gazetteer has only the country under that bare name.
 */
function georgiaTheState(doc: Doc, out: RawMention[]): void {
  for (const m of out) {
    if (m.ref !== 'GEO' || (m.kind !== 'country' && m.kind !== 'place') || !/^Georgia$/i.test(m.text) || !georgiaIsTheState(doc, m.first)) continue;
    const state = findPlace('Georgia state');
    Object.assign(m, { kind: 'region', ref: 'USA', lat: state?.lat ?? null, lon: state?.lon ?? null });
  }
}
/** Whether "Georgia" may be the US state in this text: nothing in it speaks of the country. */
export function mayMeanTheState(doc: Doc): boolean {
  return !COUNTRY_GEORGIA.test(doc.text);
}
const COUNTRY_GEORGIA = /\b(Tbilisi|Georgians?\b|Caucasus|Saakashvili|Ossetia|Abkhazia|Ivanishvili|Georgian (government|army|troops|president|prime minister|parliament|Dream))/;
const US_WORDS = new Set(['Atlanta', 'Savannah', 'Augusta', 'Macon', 'Ga.', 'Ga', 'primary', 'primaries', 'caucus', 'caucuses', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'GOP', 'county', 'County', 'voters', 'delegates']);
function usSign(g: ReturnType<typeof gazetteer>, word: string): boolean {
  if (US_WORDS.has(word)) return true;
  return (g.byFirst.get(word.toLowerCase()) ?? []).some((e) => e.kind === 'region' && e.ref === 'USA' && e.form === word);
}

/** First words of compound demonyms and group names ("Latin American", "Arab Israeli", "Asian Americans"). */
const ETHNIC_FIRST = new Set(['latin', 'arab', 'asian', 'african', 'native', 'hispanic', 'jewish', 'muslim', 'christian', 'anglo', 'afro', 'indo', 'euro',
  'pan', 'north', 'south', 'east', 'west', 'central', 'middle', 'eastern', 'western', 'northern', 'southern', 'white', 'black', 'european', 'caribbean', 'pacific', 'nordic', 'baltic', 'balkan', 'slavic', 'kurdish', 'palestinian']);

/** What the passes of findMentions share: the mentions found so far and which tokens they cover. */
interface Scan {
  doc: Doc;
  tokens: Token[];
  /** For each token, the index in `out` of the mention that covers it, or -1. */
  covered: Int32Array;
  out: RawMention[];
  push: (m: RawMention) => void;
  /** Capitalised words that are no name of anyone ("French" in "French toast"). */
  notNamed: Set<number>;
  initial: Uint8Array;
  titleCase: Set<number>;
}

export function findMentions(doc: Doc): RawMention[] {
  const { tokens } = doc;
  const covered = new Int32Array(tokens.length).fill(-1);
  const { initial, titleCase } = shapesOf(doc);
  const out: RawMention[] = [];
  const push = (m: RawMention) => {
    for (let k = m.first; k < m.last; k++) covered[k] = out.length;
    out.push(rawMention(m));
  };
  const scan: Scan = { doc, tokens, covered, out, push, notNamed: new Set(), initial, titleCase };
  // The passes are functions of their own, not one body: V8 recompiles a whole function when a branch it
  // has not run before is taken, and new articles keep taking such branches. As one function of 430 lines
  // each recompile cost ~380 CPU-ms, and a run of 1,800 articles paid for fifteen of them.
  gazetteerNames(scan);
  honorificNames(scan);
  nicknamedNames(scan);
  eastAsianNames(scan);
  arabicArticleNames(scan);
  nameRuns(scan);
  sharedFamilyNames(doc, out, covered, push);
  familyNamesAlone(doc, out, covered, initial, push);
  homeTowns(doc, out);
  theNorthOrSouth(doc, out, covered, push);
  oneTownPerName(doc, out);
  strayTowns(doc, out);
  georgiaTheState(doc, out);
  papersByHead(tokens, out, covered, push);
  out.sort((a, b) => a.start - b.start);
  markMetonyms(out, tokens, doc.text);
  return out;
}

/**
 * The gazetteer's names: the longest known name starting at each capitalised token.
 */
function gazetteerNames(scan: Scan): void {
  const { doc, tokens, initial } = scan;
  const pass: GazetteerPass = { g: gazetteer(), text: doc.text.replace(/[’‘]/g, "'"), papers: null, surnames: new Set(), placeSurnames: new Set() };
  const { g, text } = pass;
  for (let i = 0; i < tokens.length; i++) {
    // ("al-Qaeda", "el-Sisi": a name may open with a lower-case article.)
    if (!(initial[i] & (UPPER | DIGIT)) && tokens[i].text !== 'al' && tokens[i].text !== 'el') continue;
    const t = tokens[i];
    // ("Jama'at Nusrat al-Islam wal-Muslimin", "O'Rourke": the gazetteer keys a name by its first word up to an apostrophe.)
    const cands = g.byFirst.get(t.text.includes("'") || t.text.includes('’') ? firstWord(t.text.replace(/’/g, "'")) : t.text.toLowerCase());
    if (!cands) continue;
    const shouting = t.text.length > 1 && t.text === t.text.toUpperCase();
    for (const c of cands) {
      if (c.needsThe && !/^the$/i.test(tokens[i - 1]?.text ?? '')) continue;
      const end = t.start + c.form.length;
      if (end > text.length) continue;
      if (!text.startsWith(c.form, t.start) && !(shouting && c.form.length >= 4 && text.startsWith(c.form.toUpperCase(), t.start))) continue;
      if (ALNUM.test(text[end] ?? ' ')) continue;
      const j = tokenEndingAt(tokens, i, end);
      if (j < 0) continue;
      const next = gazetteerMatch(scan, pass, i, j, c, end, shouting);
      if (next < 0) continue;
      i = next;
      break;
    }
  }
}

/** What the gazetteer pass keeps while it reads an article. */
interface GazetteerPass {
  /** The gazetteer (one per knowledge base, built once). */
  g: ReturnType<typeof gazetteer>;
  /** The text with curly apostrophes straightened, as the gazetteer writes names. */
  text: string;
  /** Papers named in the text (found once, when a paper's one word is first met). */
  papers: PaperName[] | null;
  /** One-word bodies and regions that are someone's family name here ("Diane Guerrero"). */
  surnames: Set<string>;
  /** Countries and capitals that are someone's family name here ("Rep. Steve Israel"). */
  placeSurnames: Set<string>;
}

/**
 * Whether the gazetteer name c, found at tokens i..j (ending at offset `end`), is a mention here: the
 * token to go on after (its last, or one more), or -1 to try the next name that starts at i.
 */
function gazetteerMatch(scan: Scan, pass: GazetteerPass, i: number, j: number, c: GazEntry, end: number, shouting: boolean): number {
  const { doc, tokens, covered, push, notNamed } = scan;
  const { g, text, surnames, placeSurnames } = pass;
  const t = tokens[i];
  const slice = text.slice(t.start, end);
  // "Tampa Bay Times", "Chicago Sun-Times", "Times-Picayune": a paper's one-word name ("the Times")
  // inside a longer name is that name's head, not the paper the knowledge base knows by it.
  if (c.kind === 'kb' && i === j && PAPER_HEADS.has(t.text) && headOfLongerName(tokens, i)) return -1;
  // "The Los Angeles Times … the Times said": the paper the article named, not the one the KB knows as "the Times".
  if (c.kind === 'kb' && i === j && PAPER_HEADS.has(t.text) && otherPaperBefore(pass.papers ??= paperNames(doc.text), t, c.ref)) return -1;
  // "Korean War", "Cairo International Airport", "Russian Orthodox Church": a place or demonym that
  // starts a longer name; the run pass types the whole name.
  // (So does a seat of learning's: "Columbia University Medical Center", "Princeton University Press".)
  if ((c.kind !== 'kb' || c.type === 'NORP' || (c.ref && kbEntry(c.ref)?.sector === 'EDU')) && startsLongerName(tokens, j, scan.titleCase.has(t.sentence))) return -1;
  // ("Ronald Reagan Washington National Airport", "Trump Tower", "Jawaharlal Nehru University": a place or
  // an institution named for a person is no mention of them.)
  // (Not in a title-case headline: "Obama Power Plant Rules Face Key Test".)
  if (c.kind === 'kb' && c.type === 'PERSON' && !scan.titleCase.has(t.sentence) && facilityNamedFor(tokens, j)) return -1;
  // "PORT SUDAN, Sudan —": a shouted country that ends a shouted place's name is part of it.
  if (shouting && c.kind === 'country' && i > 0 && tokens[i - 1].text.length > 1 && tokens[i - 1].text === tokens[i - 1].text.toUpperCase()
    && /\p{Lu}/u.test(tokens[i - 1].text) && tokens[i - 1].sentence === t.sentence && findPlace(text.slice(tokens[i - 1].start, end))) return -1;
  // "Senate Intelligence Committee", "Senate Committee on Armed Services": a legislature's committee is
  // named with the chamber, and is one body of that chamber.
  if (c.kind === 'kb' && i === j && c.ref && kbEntry(c.ref)?.sector === 'LEG' && committeeAfter(tokens, j)) return -1;
  // ("the House Homeland Security Committee": what a chamber's committee oversees is no body of its own.)
  if (c.kind === 'kb' && c.type === 'ORG' && i > 0 && CHAMBERS.has(tokens[i - 1].text) && tokens[i - 1].end + 1 === t.start && committeeAfter(tokens, j)) return -1;
  // "Bikers for Trump", "Americans for Prosperity", "Center for American Progress": a name after a group
  // and "for" is the cause in an organisation's name, and the group is no people of its own.
  if (forCause(tokens, i, covered) || (c.kind === 'demonym' && i === j && causeAfter(tokens, j))) return -1;
  // "National Association of Hispanic Journalists": a people named inside an organisation's name.
  // (All of its words: "the University of North Korean Studies" is not "North" and then "Korean".)
  if (c.type === 'NORP' && i >= 2 && tokens[i - 1].text === 'of' && startsUpper(tokens[i - 2].text) && (tokens[i - 2].pos === 'PROPN' || ORG_HEADS.has(tokens[i - 2].text))) return j;
  // "the University of Ottawa", "the Museum of London": a place that names a seat of learning is part of its name.
  if (c.kind !== 'kb' && i >= 2 && tokens[i - 1].text === 'of' && LEARNED_HEADS.has(tokens[i - 2].text)) return -1;
  // "Atlantic City", "Kansas City", "Jersey City": a town named after a region or country is the town.
  const town = c.kind !== 'kb' && c.kind !== 'demonym' ? townNamedFor(doc, i, j) : null;
  if (town) {
    const townEnd = tokens[j + 1].end;
    const name = doc.text.slice(t.start, townEnd);
    push({ start: t.start, end: townEnd, text: name, first: i, last: j + 2, type: 'GPE', kind: 'place', ref: town.country, name, honorific: null, metonym: false, lat: town.lat, lon: town.lon });
    return j + 1;
  }
  // "Trans-Pacific Partnership": the second half of a hyphenated name is no place of its own ("Sino-Russian ties" keeps its demonym).
  if (c.kind !== 'kb' && i >= 2 && tokens[i - 1].text === '-' && tokens[i - 1].end === t.start && tokens[i - 2].end === tokens[i - 1].start && startsUpper(tokens[i - 2].text)
    && j + 1 < tokens.length && tokens[j + 1].start === end + 1 && tokens[j + 1].sentence === t.sentence && startsUpper(tokens[j + 1].text)) return -1;
  // "French toast", "Swiss cheese", "Russian roulette": a thing named after a people is no mention of it.
  if (c.kind === 'demonym' && i === j && j + 1 < tokens.length && tokens[j + 1].sentence === t.sentence
    && NAMED_AFTER_A_PEOPLE.get(t.text.toLowerCase())?.has(tokens[j + 1].text.toLowerCase())) { notNamed.add(i); return i; }
  // "Mark Cuban", "David French": a demonym right after a given name is a surname.
  if (c.kind === 'demonym' && i === j && i > 0 && covered[i - 1] < 0 && tokens[i - 1].pos === 'PROPN' && CAP.test(tokens[i - 1].text) && tokens[i - 1].end + 1 === t.start
    && !TITLE_WORDS.has(tokens[i - 1].text.toLowerCase()) && !ORG_HEADS.has(tokens[i - 1].text) && !ETHNIC_FIRST.has(tokens[i - 1].text.toLowerCase())
    && !(g.byFirst.get(tokens[i - 1].text.toLowerCase()) ?? []).some((e) => e.kind === 'demonym' && e.form === tokens[i - 1].text)) return -1;
  // "Kerry Washington", "Denzel Washington", "Mayor Don Guardian": a capital, a country or a one-word
  // organisation right after a given name is a surname, and that organisation's bare name is the
  // person for the rest of the article ("Guardian said"; "the Guardian" stays the paper).
  // (Not a plural body, "Virginia Democrats", nor an acronym, "NATO".)
  const oneWordOrg = c.kind === 'kb' && c.type !== 'PERSON' && i === j && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/s$/.test(t.text);
  // ("Don" is read as a verb: inside a sentence, a capital says it is a name.)
  const givenBefore = i > 0 && (tokens[i - 1].pos === 'PROPN' || (oneWordOrg && tokens[i - 1].pos === 'VERB' && CAP.test(tokens[i - 1].text) && i > 1 && tokens[i - 2].sentence === t.sentence))
    && !(oneWordOrg && isKnownPlace(tokens[i - 1].text));
  if ((c.kind === 'capital' || c.kind === 'country' || oneWordOrg || (c.kind === 'region' && opensName(tokens, i - 1))) && i === j && givenBefore && covered[i - 1] < 0 && tokens[i - 1].end + 1 === t.start && tokens[i - 1].sentence === t.sentence
    && !TITLE_WORDS.has(tokens[i - 1].text.toLowerCase()) && !PARTICLES.has(tokens[i - 1].text.toLowerCase())
    && (nameGender(`${tokens[i - 1].text} ${t.text}`, null) !== null || middleNameBefore(tokens, i, covered))) {
    if (oneWordOrg || c.kind === 'region') surnames.add(t.text);
    else placeSurnames.add(t.text);
    return -1;
  }
  // ("Guerrero said" after "Diane Guerrero": the state's name is hers for the rest of the article.)
  if ((oneWordOrg || c.kind === 'region') && i === j && surnames.has(t.text) && !/^the$/i.test(tokens[i - 1]?.text ?? '')) return -1;
  // "“…,” Israel said" after "Rep. Steve Israel": a country or capital that is also the family name of
  // someone the article quotes is that person where it attributes a quotation; elsewhere it stays
  // the place ("Washington said it would act" can be the government).
  if (i === j && placeSurnames.has(t.text) && attributesQuotation(tokens, i)) return -1;
  // "Ivanka Trump", "Chelsea Clinton": a known person's family name after another given name is
  // another member of the family, for the run pass to name in full.
  if (c.kind === 'kb' && c.type === 'PERSON' && i === j && i > 0 && covered[i - 1] < 0 && otherGivenName(tokens, i, c.ref)) return -1;
  // "Jordan" or "Chad" as someone's first name: a country name directly before another name is not a
  // place, unless a preposition puts it there ("China's ambassador to Britain Liu Xiaoming").
  if (c.kind !== 'kb' && c.type === 'GPE' && i === j && j + 1 < tokens.length && tokens[j + 1].pos === 'PROPN' && !PLACE_PREPOSITION.has(tokens[i - 1]?.text ?? '')
    && CAP.test(tokens[j + 1].text) && tokens[j + 1].start === end + 1 && c.kind !== 'capital' && !CAPS_OR_DOTS.test(slice)) {
    const nxt = tokens[j + 1].text;
    // (Not before a title-case headline's verb: "Russia Launches Attack on Ukraine", "Jordan Warns …".)
    if (!g.byFirst.has(nxt.toLowerCase()) && !ORG_HEADS.has(nxt) && !TITLE_WORDS.has(nxt.toLowerCase()) && !(scan.titleCase.has(t.sentence) && HEADLINE_VERB_S.test(nxt))) return -1;
  }
  // "the Central Bank of Nigeria", "the Christian Association of Nigeria": a place after "of" and a body's
  // head word is part of the body's name, for the run pass to name whole.
  if (c.kind !== 'kb' && c.type === 'GPE' && i >= 2 && tokens[i - 1].text === 'of' && ORG_FIRST.has(tokens[i - 2].text) && covered[i - 2] < 0 && tokens[i - 2].sentence === t.sentence) return -1;
  // ("Niger state", "Delta state": a region named like a country, whose country the text does not say.)
  if (c.kind === 'country' && tokens[j + 1]?.text === 'state' && tokens[j + 1].sentence === t.sentence) { notNamed.add(i); return i; }
  push({
    start: t.start, end, text: doc.text.slice(t.start, end), first: i, last: j + 1,
    type: c.type, kind: c.kind, ref: c.ref, name: doc.text.slice(t.start, end), honorific: null, metonym: false,
  });
  return j;
}

/**
 * Names after an honorific: "Mr. Kim", "Sen. Coons", "Lt. Gen. Muhoozi Kainerugaba" (the name may be a KB match already).
 */
function honorificNames(scan: Scan): void {
  const { doc, tokens, covered, out, push, notNamed, initial, titleCase } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!(initial[i] & UPPER)) continue;
    const h = tokens[i].text;
    let k = honorificEnd(tokens, i);
    if (k < 0 || covered[i] >= 0) continue;
    for (let n = honorificEnd(tokens, k); n >= 0; n = honorificEnd(tokens, k)) k = n;
    // "Miss Universe Alicia Machado": a pageant's title, not a given name.
    if (h === 'Miss' && k < tokens.length && PAGEANTS.test(tokens[k].text)) k++;
    if (k >= tokens.length) continue;
    let nameStart = k;
    while (nameStart < tokens.length && nameStart < k + 3 && PARTICLES.has(tokens[nameStart].text)) nameStart++;
    if (nameStart >= tokens.length || !startsUpper(tokens[nameStart].text)) continue;
    // "Texas Gov. Hears About Obama's Gun Grab": in a Title Case headline a verb before a preposition
    // or article is the headline's verb, not the governor's name.
    const next = tokens[nameStart + 1];
    if (tokens[nameStart].pos === 'VERB' && titleCase.has(tokens[nameStart].sentence) && next && /^(ADP|DET|PART)$/.test(next.pos)) { for (let q = i; q <= nameStart; q++) notNamed.add(q); continue; }
    const already = covered[k];
    if (already >= 0 && out[already].type === 'PERSON') {
      const m = out[already];
      m.honorific = doc.text.slice(tokens[i].start, tokens[k - 1].end);
      m.start = tokens[i].start;
      m.first = i;
      m.text = doc.text.slice(m.start, m.end);
      for (let q = i; q < k; q++) covered[q] = already;
      continue;
    }
    if (already >= 0) continue;
    let e = k;
    while (e + 1 < tokens.length && covered[e + 1] < 0) {
      const n = tokens[e + 1];
      const joined = n.start === tokens[e].end;
      if (joined && (n.text === '-' || tokens[e].text === '-')) { e++; continue; }
      // ("Gen. Tom Ward": a surname the tagger read as a verb or a noun, after a given name.)
      if (!joined && isNameToken(n) && (n.pos === 'PROPN' || (e === k && !titleCase.has(n.sentence) && isGivenName(tokens[e].text))) && e - k < 3) { e++; continue; }
      // "Mrs. von der Leyen", "Mr. al-Hayya"
      if (!joined && PARTICLES.has(n.text) && e + 2 < tokens.length && (startsUpper(tokens[e + 2].text) || PARTICLES.has(tokens[e + 2].text) || tokens[e + 2].text === '-')) { e++; continue; }
      break;
    }
    if (tokens[e].text === '-') e--;
    // "Mr. President", "Madam Speaker": an office addressed, no name.
    if (e === k && ADDRESSED_OFFICES.has(tokens[k].text)) { for (let q = i; q <= e; q++) notNamed.add(q); i = e; continue; }
    const name = doc.text.slice(tokens[k].start, tokens[e].end);
    push({
      start: tokens[i].start, end: tokens[e].end, text: doc.text.slice(tokens[i].start, tokens[e].end), first: i, last: e + 1,
      type: 'PERSON', kind: 'honorific', ref: null, name, honorific: doc.text.slice(tokens[i].start, tokens[k - 1].end), metonym: false,
    });
    i = e;
  }
}

/**
 * A nickname in quotation marks inside a name: Juan "Chico" Manriquez, George “Jay” Keyworth. The
 * person is named by the given and family names; the marks would otherwise split the name in three.
 */
function nicknamedNames(scan: Scan): void {
  const { doc, tokens, covered, push, initial, titleCase } = scan;
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (covered[i] >= 0 || !(initial[i] & UPPER)) continue;
    // (The mark first: the name list's lookup is the dear part, and few names are followed by one.)
    const close = nicknameClose(tokens, i + 1);
    if (close < 0 || !isGivenName(tokens[i].text) || titleCase.has(tokens[i].sentence)) continue;
    let e = close + 1;
    if (e >= tokens.length || covered[e] >= 0 || !isNameToken(tokens[e]) || tokens[e].sentence !== tokens[i].sentence || !CAP.test(tokens[e].text)) continue;
    while (e + 1 < tokens.length && covered[e + 1] < 0 && tokens[e + 1].start === tokens[e].end + 1 && isNameToken(tokens[e + 1]) && tokens[e + 1].pos === 'PROPN' && e < close + 2) e++;
    const name = `${tokens[i].text} ${doc.text.slice(tokens[close + 1].start, tokens[e].end)}`;
    push({ start: tokens[i].start, end: tokens[e].end, text: doc.text.slice(tokens[i].start, tokens[e].end), first: i, last: e + 1, type: 'PERSON', kind: 'name', ref: null, name, honorific: null, metonym: false });
    i = e;
  }
}

/**
 * "Park Sang-hak", "Kim Yo-jong": an East Asian family name, then a given name of two syllables joined by
 * a hyphen, the second in lower case; the tagger reads the words as nouns or verbs ("Sang" is "sang").
 */
function eastAsianNames(scan: Scan): void {
  const { doc, tokens, covered, push, initial, titleCase } = scan;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (covered[i] >= 0 || !(initial[i] & UPPER)) continue;
    const family = tokens[i].text.toLowerCase();
    if (!W.KOREAN_FAMILY_NAMES.has(family) && !W.CHINESE_FAMILY_NAMES.has(family)) continue;
    const [g, h, s2] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (covered[i + 1] >= 0 || g.start !== tokens[i].end + 1 || !/^\p{Lu}\p{Ll}+$/u.test(g.text) || h.text !== '-' || h.start !== g.end || s2.start !== h.end
      || !/^\p{Ll}{1,5}$/u.test(s2.text) || g.sentence !== tokens[i].sentence || titleCase.has(g.sentence)) continue;
    const name = doc.text.slice(tokens[i].start, s2.end);
    push({ start: tokens[i].start, end: s2.end, text: name, first: i, last: i + 4, type: 'PERSON', kind: 'name', ref: null, name, honorific: null, metonym: false });
    i += 3;
  }
}

/**
 * "el-Sissi", "al-Hayya" on their own: an Arabic article joined to the name it belongs to (after a given
 * name the run pass below takes it in; alone, "el" in lower case would leave "Sissi"). Places are written
 * so too ("al-Tanf", "al-Hol"): a name the text once puts where only a place goes is a place throughout.
 */
function arabicArticleNames(scan: Scan): void {
  const { doc, tokens, covered, push, titleCase } = scan;
  let arabicPlaces: Set<string> | null | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, h, n] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!ARABIC_ARTICLE.test(a.text) || h.text !== '-' || h.start !== a.end || n.start !== h.end || covered[i] >= 0 || covered[i + 2] >= 0
      || !/^\p{Lu}\p{Ll}+$/u.test(n.text) || titleCase.has(n.sentence)) continue;
    // (A capitalised word before it is a given name or a title, which the run pass joins: "Khalil al-Hayya".)
    if (i > 0 && tokens[i - 1].end + 1 === a.start && startsUpper(tokens[i - 1].text) && tokens[i - 1].sentence === a.sentence) continue;
    const next = tokens[i + 3];
    if (next && next.start === n.end + 1 && (ORG_HEADS.has(next.text) || FAC_HEADS.has(next.text))) continue;
    const name = doc.text.slice(a.start, n.end);
    if (arabicPlaces === undefined) arabicPlaces = arabicPlaceNames(doc);
    const type = arabicPlaces?.has(name.toLowerCase()) ? 'LOC' : 'PERSON';
    push({ start: a.start, end: n.end, text: name, first: i, last: i + 3, type, kind: 'name', ref: null, name, honorific: null, metonym: false });
    i += 2;
  }
}

/**
 * The remaining proper-noun runs. In Title Case Headlines every word looks like a name, so there
 * only names some rule can type by their words (organisations, places) count, never a guessed person.
 */
function nameRuns(scan: Scan): void {
  const { tokens, covered, initial, titleCase } = scan;
  for (let i = 0; i < tokens.length; i++) {
    // Every start below (a name word, a capitalised auxiliary, "He") begins with a capital.
    if (!(initial[i] & UPPER)) continue;
    const surnameHe = surnameHeAt(tokens, i) && covered[i + 1] < 0 && !titleCase.has(tokens[i].sentence);
    if (!runStartsAt(scan, i, surnameHe)) continue;
    const e = runEnd(scan, i);
    if (glossInParentheses(tokens, i, e)) { i = e; continue; }
    typeRun(scan, i, e, surnameHe);
    i = e;
  }
}

/**
 * "Hizbollah (Party of God)", "the Umma (Nation) party": words in capitals in parentheses right after a name
 * translate it; they name no one else. (An acronym there, "(FDD)", is the name's short form, found elsewhere.)
 */
function glossInParentheses(tokens: Token[], i: number, e: number): boolean {
  if (i < 2 || tokens[i - 1].text !== '(' || tokens[e + 1]?.text !== ')' || tokens[i - 2].pos !== 'PROPN') return false;
  // (After an acronym the words spell it out, "MSD (Office of Mobile Security Deployment)"; an initial clarifies a
  // person, "George (W. Bush)".)
  if (/^[A-Z0-9]{2,}$/.test(tokens[i - 2].text)) return false;
  for (let k = i; k <= e; k++) if (/^[A-Z0-9]{2,}$/.test(tokens[k].text) || /^[A-Z]\.$/.test(tokens[k].text)) return false;
  return true;
}

/** Whether a run of name words starts at token i (`surnameHe`: it is the family name He, "He Lifeng"). */
function runStartsAt(scan: Scan, i: number, surnameHe: boolean): boolean {
  const { tokens, covered, notNamed } = scan;
  // A capitalised "verb" inside a sentence starts a name only before another name ("spokesman Hope Hicks").
  // So does a capitalised auxiliary ("Columnist Ai Jun", "Chairman Will Rogers").
  const midSentence = i > 0 && tokens[i - 1].sentence === tokens[i].sentence;
  const auxName = tokens[i].pos === 'AUX' && midSentence && startsUpper(tokens[i].text) && givenNameBefore(tokens, i, covered);
  const placeVerb = midSentence && tokens[i].pos === 'VERB' && bigPlaceAsVerb(tokens[i].text);
  if (covered[i] >= 0 || notNamed.has(i) || !(isNameToken(tokens[i]) || auxName || surnameHe) || tokens[i].pos === 'VERB' && midSentence && !placeVerb && !givenNameBefore(tokens, i, covered)) return false;
  // "Stated Stone: “…”", "Added Cruz, …": a verb of saying that opens a sentence is no given name.
  if (!midSentence && SAYS.test(tokens[i].text)) return false;
  if (tokens[i].pos !== 'PROPN' && !surnameHe && !placeVerb) {
    // A capitalised common word only starts a run when the next token is a proper noun ("Hankuk University"),
    // or a hyphen joins it to one ("Rose-Lynn Smith", "Jean-Marie Le Pen").
    // (A name goes on after the pair: "Arab-Kurdish forces" is no one.)
    const hyphened = i + 3 < tokens.length && tokens[i + 1].text === '-' && tokens[i + 1].start === tokens[i].end && tokens[i + 2].start === tokens[i + 1].end
      && tokens[i + 2].pos === 'PROPN' && covered[i + 2] < 0 && tokens[i + 3].pos === 'PROPN' && CAP.test(tokens[i + 3].text) && tokens[i + 3].sentence === tokens[i].sentence;
    // ("the Office for Budget Responsibility", "Court of Appeals": a body's first word before "of" or "for" and a name.)
    // ("the Center for the Study of Democracy": or "the" and a name.)
    // (Not a paper's word: "News of the PGA's move".)
    const named = i + 2 < tokens.length && (ORG_FIRST.has(tokens[i].text) || ORG_HEADS.has(tokens[i].text) && !PAPER_HEADS.has(tokens[i].text)) && /^(of|for)$/.test(tokens[i + 1].text) ? nameAfter(tokens, i + 1, covered) : -1;
    const bodyOf = named > 0 && (ORG_FIRST.has(tokens[i].text) || named === i + 3) && tokens[named].pos === 'PROPN';
    if (!(i + 1 < tokens.length && tokens[i + 1].pos === 'PROPN' && covered[i + 1] < 0) && !hyphened && !bodyOf) return false;
  }
  return true;
}

/** The last token of the run of name words that starts at token i. */
function runEnd(scan: Scan, i: number): number {
  const { doc, tokens, covered, notNamed, titleCase } = scan;
  let e = i;
  for (;;) {
    const n = e + 1 < tokens.length ? tokens[e + 1] : null;
    if (!n || covered[e + 1] >= 0 || notNamed.has(e + 1) || n.sentence !== tokens[i].sentence) break;
    const joined = n.start === tokens[e].end;
    if (joined && n.text === '-' && e + 2 < tokens.length && tokens[e + 2].start === n.end && ALNUM.test(tokens[e + 2].text[0]) && covered[e + 2] < 0
      && !/^(based|backed|led|born|era|made|style|controlled|owned|run)$/i.test(tokens[e + 2].text)) { e += 2; continue; }
    // "Liu He": a capitalised "He" after a Chinese family name is the given name.
    if (!joined && n.text === 'He' && e === i && W.CHINESE_FAMILY_NAMES.has(tokens[e].text.toLowerCase())) { e++; continue; }
    // "George Will", "Theresa May": a capitalised auxiliary after a given name is a family name.
    if (!joined && n.pos === 'AUX' && AUX_FAMILY_NAMES.has(n.text) && tokens[e].pos === 'PROPN' && !titleCase.has(n.sentence) && nameGender(`${tokens[e].text} ${n.text}`, null) !== null) {
      e++;
      continue;
    }
    // wink tags some family names as verbs ("Ann Ward", "Loretta Lynch"): a capitalised one after a proper
    // noun goes on with the name, unless it is inflected ("Gap Goes") or in a title-case headline.
    if (!joined && isNameToken(n) && (n.pos !== 'VERB' || (tokens[e].pos === 'PROPN' && !titleCase.has(n.sentence) && !/(s|ed|ing)$/.test(n.text)))) { e++; continue; }
    // Particles inside names: "Khalil al-Hayya", "Ursula von der Leyen".
    if (!joined && PARTICLES.has(n.text) && e + 2 < tokens.length && covered[e + 2] < 0 && tokens[e + 2].sentence === n.sentence
      && (tokens[e + 2].text === '-' && tokens[e + 2].start === n.end || PARTICLES.has(tokens[e + 2].text) || isNameToken(tokens[e + 2]))) {
      e++;
      if (tokens[e + 1].text === '-' && e + 2 < tokens.length && isNameToken(tokens[e + 2])) e += 2;
      continue;
    }
    // "University of Foreign Studies", "Group of 20", "Bank of Mexico", "Electoral and Boundaries Commission":
    // "of", "for", "&" and "and" inside organisation names.
    // ("the Senate Committee on Armed Services", "the Conference on Disarmament": "on" after a body that takes it,
    // not a day: "the Committee on Monday".)
    if (!joined && n.text === 'on' && W.BODIES_ON.has(tokens[e].text) && e + 2 < tokens.length && covered[e + 2] < 0
      && isNameToken(tokens[e + 2]) && tokens[e + 2].sentence === n.sentence && !DAYS_AND_MONTHS.test(tokens[e + 2].text)) {
      e += 2;
      continue;
    }
    // ("Boston Center for the Arts", "the Office of the Director of National Intelligence": a body's name
    // goes on over "of the" and "for the" too; a title's does not, "Secretary of the Navy Ray Mabus".)
    // (Not when the name goes on into one found already, which this run cannot take in: "the U.S. District
    // Court for the District of Idaho" stays the court.)
    if (!joined && (n.text === 'of' || n.text === 'for') && nameAfter(tokens, e + 1, covered) === e + 3
      && tokens.slice(i, e + 1).some((t) => ORG_HEADS.has(t.text) && !PAPER_HEADS.has(t.text) || ORG_FIRST.has(t.text)) && !endsInFound(tokens, e + 3, covered)) {
      e += 3;
      continue;
    }
    if (!joined && /^(of|for|&|and)$/.test(n.text) && e + 2 < tokens.length && covered[e + 2] < 0
      && isNameToken(tokens[e + 2]) && tokens[e + 2].sentence === n.sentence) {
      const soFar = tokens.slice(i, e + 1).map((t) => t.text);
      // "Club for Growth", "Americans for Prosperity", "Bikers for Trump": a body or a group of people for a
      // cause (a cause the gazetteer pass left to this one, forCause).
      const orgish = soFar.some((w) => ORG_HEADS.has(w) || ORG_FIRST.has(w)) || (n.text === 'for' && W.GROUPS_FOR.has(soFar[soFar.length - 1]));
      let headAhead = false;
      // The name ahead ends in an organisation's word ("Electoral and Boundaries Commission"); not one
      // that goes on into a title and a name ("Gordon Sondland and Energy Secretary Rick Perry").
      for (let k = e + 2; k < tokens.length && k <= e + 5 && isNameToken(tokens[k]) && covered[k] < 0; k++) headAhead = ORG_HEADS.has(tokens[k].text);
      // "Darran Whiting of Liberty Baptist Church": a person's name before "of" is no part of the body's.
      const person = n.text === 'of' && !orgish && soFar.length >= 2 && soFar.length <= 3 && nameGender(soFar.join(' '), null) !== null;
      // ("Centers for Disease Control and Prevention": a last word that is no one's name ends the body's name.)
      const tail = n.text === 'and' && (orgish || forABody(soFar)) && NON_PERSON.has(tokens[e + 2].text) && !(e + 3 < tokens.length && tokens[e + 3].sentence === n.sentence && startsUpper(tokens[e + 3].text) && tokens[e + 3].start === tokens[e + 2].end + 1);
      if (n.text === 'and' ? headAhead || tail : (orgish || headAhead) && !person) { e += 2; continue; }
    }
    break;
  }
  // "the Democratic Progressive party", "the Communist party": British style writes the party word in lower case.
  if (e + 1 < tokens.length && tokens[e + 1].text === 'party' && tokens[e + 1].sentence === tokens[i].sentence && covered[e + 1] < 0
    && POLITICAL_WORD.test(doc.text.slice(tokens[i].start, tokens[e].end))) e++;
  return e;
}

/** Title words that only open a title ("Joint Chiefs", "Deputy Minister"), never the word right before a name. */
const TITLE_OPENERS = new Set(['vice', 'prime', 'deputy', 'assistant', 'under', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'trade',
  'justice', 'health', 'energy', 'national', 'security', 'crown', 'supreme', 'rear', 'state', 'special', 'majority', 'minority', 'acting', 'interim',
  'the', 'opposition', 'presidential', 'first', 'house', 'senate', 'white', 'press', 'communications', 'joint', 'of', 'air', 'homeland', 'intelligence',
  'central', 'federal', 'ranking']);
const ORDINAL = /^\d+(st|nd|rd|th)$/;
/** The run of tokens i..e as mentions: titles and qualifiers split off, typed by its words. */
function typeRun(scan: Scan, i: number, e: number, surnameHe: boolean): void {
  const { doc, tokens, covered, push, titleCase } = scan;
  let s = i;
  const whole = doc.text.slice(tokens[i].start, tokens[e].end);
  // Datelines shout the place: "THE HAGUE —", "KARACHI, Pakistan —".
  if (whole.length > 3 && whole === whole.toUpperCase() && THREE_CAPS.test(whole)) {
    const the = i > 0 && tokens[i - 1].text === 'THE' && tokens[i - 1].end + 1 === tokens[i].start ? i - 1 : i;
    const iso = findCountry(whole);
    if (iso && the === i) {
      push({ start: tokens[i].start, end: tokens[e].end, text: whole, first: i, last: e + 1, type: 'GPE', kind: 'country', ref: iso, name: whole, honorific: null, metonym: false });
      return;
    }
    // "MANCHESTER, N.H. --": the dateline's own qualifier says which Manchester.
    const hint = qualifierCountry(doc.text.slice(tokens[e].end, tokens[e].end + 40));
    const p = findPlace(doc.text.slice(tokens[the].start, tokens[e].end), hint) ?? findPlace(whole, hint);
    if (p) {
      const placeText = doc.text.slice(tokens[the].start, tokens[e].end);
      push({ start: tokens[the].start, end: tokens[e].end, text: placeText, first: the, last: e + 1, type: p.country ? 'GPE' : 'LOC', kind: 'place', ref: p.country, name: placeText, honorific: null, metonym: false, lat: p.lat, lon: p.lon });
      return;
    }
  }
  // Titles before a name are roles, not part of it: "Deputy National Security Adviser Jon Finer"; but an
  // organisation keeps its words ("National Disaster Management Authority").
  // An event keeps them too: "Republican National Convention".
  // "Retired Army Col. Lawrence Wilkerson": a person's former service is no organisation's name.
  while (s < e && /^(Retired|Former)$/.test(tokens[s].text)) s++;
  // "National Diversity Coalition for Trump": a body for a cause keeps its first word, and so does one whose
  // head stands before "of" and its place ("the Central Bank of Nigeria").
  let forBody = false;
  for (let k = s + 1; k < e && !forBody; k++) {
    forBody = (tokens[k].text === 'for' && W.GROUPS_FOR.has(tokens[k - 1].text)) || (tokens[k].text === 'of' && ORG_FIRST.has(tokens[k - 1].text))
      || (tokens[k].text === 'on' && W.BODIES_ON.has(tokens[k - 1].text));
  }
  // ("Senate Intelligence Committee Chairman Richard Burr": a committee's words before its chair's title are its name.)
  let committeeChair = false;
  for (let k = s; k < e && !committeeChair; k++) committeeChair = W.COMMITTEES.has(tokens[k].text) && SPLIT_TITLES.has(tokens[k + 1].text);
  if (!ORG_HEADS.has(tokens[e].text) && tokens[e].text !== 'party' && !(EVENT_HEADS.has(tokens[e].text) && e > s) && !forBody && !committeeChair) while (s <= e && titleWordAt(tokens, s, e)) s++;
  // A title inside the run: the words before it name the organisation, the words after it the person.
  for (let m = e - 1; m > s; m--) {
    // In a Title Case Headline a title before one more word is just a word ("Convention Speaker Announcement").
    // ("the Office of the Inspector General": an office named by its holder's title is one body.)
    if (!SPLIT_TITLES.has(tokens[m].text) || !startsUpper(tokens[m + 1].text) || (titleCase.has(tokens[m].sentence) && m + 1 === e) || /^(the|of|for)$/.test(tokens[m - 1].text)) continue;
    const left = doc.text.slice(tokens[s].start, tokens[m - 1].end);
    // ("Home Secretary Yvette Cooper", "Culture Secretary …", "U.S. District Judge Karin Immergut": a
    // department's or a court's word alone is part of the title.)
    if (m - 1 >= s && tokens[m - 1].text !== '-' && !TITLE_WORDS.has(tokens[m - 1].text.toLowerCase()) && !(m - 1 === s && (DEPARTMENT_WORDS.has(tokens[s].text) || COURT_WORDS.has(tokens[s].text)))) {
      push({ start: tokens[s].start, end: tokens[m - 1].end, text: left, first: s, last: m, type: 'ORG', kind: 'name', ref: null, name: left, honorific: null, metonym: false });
    }
    s = m + 1;
    break;
  }
  // "Political Editor Matthew Boyle", "Senior Investigative Correspondent Cynthia McFadden": a title's
  // own qualifiers before it, then a given name: the person's name starts at the given name.
  const namesBody = ORG_HEADS.has(tokens[e].text) || FAC_HEADS.has(tokens[e].text) || EVENT_HEADS.has(tokens[e].text);
  for (let m = e - 2; m > s && !namesBody && !forBody; m--) {
    if (!TITLE_WORDS.has(tokens[m].text.toLowerCase()) || !CAP.test(tokens[m].text) || !isGivenName(tokens[m + 1].text) || titleCase.has(tokens[m].sentence)) continue;
    s = m + 1;
    break;
  }
  // Whether a title stood before the name ("Sen. Rubio" is a person even inside quotation marks).
  let titled = s > i;
  // ("Hold Joint Naval Drills": in a title-case headline a word that only opens a title, right before the name, is no title.)
  if (titled && titleCase.has(tokens[i].sentence) && TITLE_OPENERS.has(tokens[s - 1].text.toLowerCase())) titled = false;
  let end = e;
  const givenHe = end === s + 1 && tokens[end].text === 'He' && W.CHINESE_FAMILY_NAMES.has(tokens[s].text.toLowerCase());
  while (end >= s && !givenHe && (NOT_NAMES.has(tokens[end].text) || tokens[end].text === '-')) end--;
  // "Special Envoy for Syria Geir Pedersen", "Minister for Foreign Affairs Penny Wong": after a title and
  // "for", the words before the person's name are the title's field (a country there is named still).
  // (The field's own title words may be gone already: "Foreign" in "Foreign Affairs".)
  if (i >= 2 && tokens[i - 1].text === 'for' && TITLE_WORDS.has(tokens[i - 2].text.toLowerCase()) && CAP.test(tokens[i - 2].text)) {
    const k = nameAfterField(tokens, s, end);
    if (k > s) {
      const field = doc.text.slice(tokens[i].start, tokens[k - 1].end);
      const iso = findCountry(field);
      if (iso) push({ start: tokens[i].start, end: tokens[k - 1].end, text: field, first: i, last: k, type: 'GPE', kind: 'country', ref: iso, name: field, honorific: null, metonym: false });
      s = k;
      titled = true;
    }
  }
  // "Republican National Convention", "Democratic Governors Association": a party word opens the name.
  const headed = s < end && (ORG_HEADS.has(tokens[end].text) || tokens[end].text === 'party' || EVENT_HEADS.has(tokens[end].text));
  while (s <= end && !(surnameHe && s === i) && ((NOT_NAMES.has(tokens[s].text) && !(headed && PARTY_WORDS.has(tokens[s].text))) || openingGerund(tokens, s, end))) s++;
  if (s > end) return;
  const words = tokens.slice(s, end + 1).filter((t) => t.text !== '-' && !PARTICLES.has(t.text)).map((t) => t.text);
  const runText = doc.text.slice(tokens[s].start, tokens[end].end);
  let type = typeOfRun(words, runText, titled || (s > i && s === end && tokens[s].pos === 'PROPN'), tokens, s, () => speaksOrDescribed(doc, s, end), () => pairedWithName(tokens, end));
  // ("the exercises, code-named "Strait Thunder"", "the shoal, which China calls Ren'ai Jiao": what a name is
  // given to says what it names.)
  if (type === 'PERSON' && !titled) type = namedAs(doc.text.slice(Math.max(0, tokens[s].start - 60), tokens[s].start)) ?? type;
  // (Nor after a common word the run shed: "Hold Joint Naval Drills" is no one named Naval Drills.)
  if (type === 'PERSON' && titleCase.has(tokens[s].sentence) && !titled) type = null;
  // ("EU High Representative for Foreign Affairs": a title before its field names no one.)
  if (type === 'PERSON' && tokens[end + 1]?.text === 'for' && TITLE_WORDS.has(tokens[end].text.toLowerCase()) && !isGivenName(tokens[s].text)) type = null;
  // ("the first victim of National Socialism": a doctrine's name is no one's, whatever title word went before it.)
  if (type === 'PERSON' && /\p{Ll}ism$/u.test(words[words.length - 1])) type = null;
  if (type === 'PERSON' && !titled && quotedTitle(doc, s, runText)) return;
  if (!type && (words.length === 1 && tokens[s].pos === 'PROPN' && s === end || HYPHENATED_PAIR.test(runText)) && !NON_PERSON.has(runText) && runText !== runText.toUpperCase()) {
    push({ start: tokens[s].start, end: tokens[end].end, text: runText, first: s, last: end + 1, type: 'PERSON', kind: 'name', ref: null, name: runText, honorific: null, metonym: false, tentative: true });
  }
  if (type) {
    const place = type === 'GPE' || type === 'LOC' ? findPlace(runText, qualifierCountry(doc.text.slice(tokens[end].end, tokens[end].end + 40))) : null;
    // "the Republican party" is the KB's "Republican Party" whatever the case of its last word.
    const party = tokens[end].text === 'party' ? kbByName(runText).filter((x) => x.type === 'ORG') : [];
    // ("the 6th Circuit Court of Appeals": a body's ordinal is part of its name.)
    const ordinal = type === 'ORG' && s > 0 && s === i && covered[s - 1] < 0 && ORDINAL.test(tokens[s - 1].text) && tokens[s - 1].end + 1 === tokens[s].start;
    if (ordinal) s--;
    const named = ordinal ? doc.text.slice(tokens[s].start, tokens[end].end) : runText;
    push({
      start: tokens[s].start, end: tokens[end].end, text: named, first: s, last: end + 1,
      type, kind: place ? 'place' : party.length === 1 ? 'kb' : 'name', ref: place?.country ?? (party.length === 1 ? party[0].id : null), name: party.length === 1 ? party[0].name : named, honorific: null, metonym: false,
      lat: place?.lat ?? null, lon: place?.lon ?? null,
    });
  }
}

/** Nouns a place's name modifies ("the al-Tanf base", "the al-Hol camp"), beside PLACE_NOUNS. */
const PLACE_HEADS = /^(base|camp|garrison|area|airbase|airport|border|crossing|highway|road|valley|oilfield|field|refinery|dam|prison|checkpoint|front|frontline)$/;
/** Words before a name that put a place there and no person: "in al-Tanf", "near al-Hol", "outside al-Bab". */
const ONLY_PLACE_BEFORE = /^(in|near|outside|around|inside|into|across|toward|towards)$/;

/**
 * The names written with an Arabic article ("al-Tanf") that the text puts, at least once, where a place
 * goes: after "in"/"near"/… (not before a possessive: "in al-Assad's government"), after a country's
 * possessive ("Syria's al-Tanf"), or before a place noun ("the al-Tanf base"). Lower-cased; null when none.
 */
function arabicPlaceNames(doc: Doc): Set<string> | null {
  const { tokens } = doc;
  let out: Set<string> | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, h, n] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!ARABIC_ARTICLE.test(a.text) || h.text !== '-' || h.start !== a.end || n.start !== h.end) continue;
    const next = tokens[i + 3]?.text ?? '';
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    const possessed = /^['’]s?$/.test(next);
    const place = (ONLY_PLACE_BEFORE.test(before) && !possessed)
      || (/^['’]s$/.test(before) && i > 1 && findPlace(tokens[i - 2].text)?.kind === 'country')
      || PLACE_HEADS.test(next) || PLACE_NOUNS.test(next);
    if (place) (out ??= new Set()).add(doc.text.slice(a.start, n.end).toLowerCase());
  }
  return out;
}

const PLACE_NOUNS = /^(city|town|village|province|region|port|district|governorate|municipality|enclave|island|neighbou?rhood|suburb|hamlet)$/;
const VESSELS = /^(ship|vessel|tanker|freighter|carrier|frigate|destroyer|submarine|ferry|trawler|yacht)$/;
const COMPASS = /^(north|south|east|west|northeast|northwest|southeast|southwest)$/i;

/**
 * "Officials in Shanghai said": wink tags a few cities' names as verbs ("shanghai" is one), and inside a
 * sentence a capitalised verb starts no name. A big place's name, not inflected, is the place.
 */
function bigPlaceAsVerb(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /(ed|ing|s)$/.test(word)) return false;
  const p = findPlace(word);
  return !!p && (p.kind === 'country' || p.kind === 'capital' || p.population >= 1_000_000);
}

/**
 * "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a given name before "and" and another person's
 * full name shares that family name; so does a relative's given name after the word of kin ("Clinton's
 * husband, Bill,", "Bolsonaro's son Eduardo").
 */
function sharedFamilyNames(doc: Doc, out: RawMention[], covered: Int32Array, push: (m: RawMention) => void): void {
  const { tokens } = doc;
  /** The one-word person mention at token i (a given name read alone), null if none, undefined if another name covers it. */
  const aloneAt = (i: number): RawMention | null | undefined => {
    const m = covered[i] >= 0 ? out[covered[i]] : null;
    return !m || (m.type === 'PERSON' && m.kind === 'name' && m.first === i && m.last === i + 1) ? m : undefined;
  };
  /** Token i is the given name of `name`: the mention there renamed, or a new one (the KB's person when it holds one by that name). */
  const nameAt = (i: number, name: string, known: KbEntry[], alone: RawMention | null): void => {
    const kb = known.length === 1 ? { kind: 'kb' as const, ref: known[0].id } : { kind: 'name' as const, ref: null };
    if (alone) { alone.name = name; alone.kind = kb.kind; alone.ref = kb.ref; alone.tentative = false; return; }
    const t = tokens[i];
    push({ start: t.start, end: t.end, text: t.text, first: i, last: i + 1, type: 'PERSON', ...kb, name, honorific: null, metonym: false });
  };
  const people = (name: string) => kbByName(name).filter((e) => e.type === 'PERSON');
  for (let i = 3; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // (Set off by commas, or not: "Bolsonaro's son Eduardo, a congressman,", "Trump's daughter Ivanka said", one word of a name.)
    const kin = tokens[i - 1].text === ',' ? i - 2 : i - 1;
    if (kin < 2 || !KIN.has(tokens[kin].text.toLowerCase()) || !/^['’]s$/.test(tokens[kin - 1].text) || !startsUpper(t.text) || (t.pos !== 'PROPN' && !isGivenName(t.text))) continue;
    if (kin === i - 2 ? tokens[i + 1].text !== ',' && tokens[i + 1].text !== '.' : startsUpper(tokens[i + 1].text) && tokens[i + 1].start === t.end + 1) continue;
    const owner = covered[kin - 2] >= 0 ? out[covered[kin - 2]] : null;
    // The owner's family name: a full name, a known person, or a title and name ("Erica's mother, Dawn," is no "Dawn Erica").
    if (!owner || owner.type !== 'PERSON' || owner.last !== kin - 1) continue;
    const family = lastWord(owner.name).replace(/['’]s$/, '');
    if (!(owner.name.includes(' ') || owner.kind === 'kb' || owner.kind === 'honorific' || out.some((x) => x.type === 'PERSON' && x.name.includes(' ') && x.name.endsWith(` ${family}`)))) continue;
    const alone = aloneAt(i);
    if (alone === undefined) continue;
    const name = `${t.text} ${family}`;
    nameAt(i, name, people(name), alone);
  }
  for (const m of [...out]) {
    if (m.type !== 'PERSON' || m.kind === 'honorific' || m.first < 2 || m.last - m.first < 2) continue;
    const and = tokens[m.first - 1];
    const given = tokens[m.first - 2];
    if ((and.text !== 'and' && and.text !== '&') || given.sentence !== and.sentence || !startsUpper(given.text) || given.pos !== 'PROPN') continue;
    // ("Kanye West and Kim Kardashian": the word before "and" ends a name of its own, it is no given name.)
    const before = m.first >= 3 ? tokens[m.first - 3] : null;
    if (before && before.sentence === given.sentence && startsUpper(before.text) && before.pos === 'PROPN' && !TITLE_WORDS.has(before.text.toLowerCase().replace(/s$/, '')) && !HONORIFICS.has(before.text)) continue;
    // The given name alone may have been read as a name of its own ("Khizr"): it becomes the full one.
    const alone = aloneAt(m.first - 2);
    if (alone === undefined) continue;
    const family = lastWord(m.name);
    // "Smith and John Doe": a family name the text uses alone is no given name.
    if (out.some((x) => x.type === 'PERSON' && x !== m && x !== alone && lastWord(x.name) === given.text)) continue;
    // "Hillary and Tim Kaine": a given name the text gives with another family name is that person.
    if (out.some((x) => x.type === 'PERSON' && x.name.startsWith(`${given.text} `) && lastWord(x.name) !== family)) continue;
    const name = `${given.text} ${family}`;
    const known = people(name);
    // A given name the name list or the KB knows ("Khizr and Ghazala Khan": names it does not know are left alone).
    if (!known.length && nameGender(name, null) === null) continue;
    nameAt(m.first - 2, name, known, alone);
  }
}

/**
 * 4. "Lynch said her colleague …" after "Loretta E. Lynch": a family name the text gave in full, standing
 * alone where the tagger read it as a word ("lynch", "rice", "bush") and the run pass passed it by.
 */
/**
 * "signs such as “Less Money on Testing”", "played “We’re Not Gonna Take It”": capitalised words
 * inside quotation marks are a title or slogan, not a person, unless they open with a given name.
 */
function quotedTitle(doc: Doc, s: number, runText: string): boolean {
  const t = doc.tokens[s];
  const sentence = doc.sentences[t.sentence];
  const before = doc.text.slice(sentence?.start ?? 0, t.start);
  let open = 0;
  for (const c of before) {
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
  }
  return open > 0 && nameGender(runText, null) === null;
}

/** A romanised Mandarin syllable (pinyin without tones): initial, then final. */
const PINYIN_SYLLABLE = '(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)';
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){2,3}$`);

/**
 * "He Lifeng", "He Jianxiong, the former …": the Chinese family name He is spelled like the pronoun.
 * It is the name when a proper noun of two or three pinyin syllables follows it directly.
 */
export function surnameHeAt(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  return tokens[i].text === 'He' && !!n && n.pos === 'PROPN' && n.sentence === tokens[i].sentence && n.start === tokens[i].end + 1
    && /^[A-Z][a-z]+$/.test(n.text) && PINYIN_GIVEN_NAME.test(n.text.toLowerCase());
}

function familyNamesAlone(doc: Doc, out: RawMention[], covered: Int32Array, initial: Uint8Array, push: (m: RawMention) => void): void {
  const { tokens } = doc;
  const family = new Set<string>();
  for (const m of out) {
    // (A known person's too: "Gerald Ford … a single Ford delegate".)
    if (m.type !== 'PERSON' || (m.kind !== 'name' && m.kind !== 'kb') || !m.name.includes(' ')) continue;
    const last = lastWord(m.name);
    // ("Liu He": a given name that is also a pronoun is no family name to look for.)
    // ("Cornel West … West landed a dig": a compass word after a given name is a family name too; see classify.)
    const compass = COMPASS_FAMILY.has(last) && isGivenName(m.name.split(' ')[0]);
    if (NAME_WORD.test(last) && last !== last.toUpperCase() && (!NON_PERSON.has(last) || compass) && !NOT_NAMES.has(last)) family.add(last);
  }
  if (!family.size) return;
  for (let i = 0; i < tokens.length; i++) {
    // A family name is a NAME_WORD: it starts with a capital.
    if (!(initial[i] & UPPER) || covered[i] >= 0) continue;
    const t = tokens[i];
    if (!family.has(t.text)) continue;
    // ("relations with the West", "Cuban cigars" after "Mark Cuban")
    if (COMPASS_FAMILY.has(t.text) && i > 0 && /^the$/i.test(tokens[i - 1].text)) continue;
    if (tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i + 1].text) && demonymCountry(t.text)) continue;
    // "Will it rain?", "May we": an auxiliary that asks is no family name.
    if (t.pos === 'AUX' && i + 1 < tokens.length && (tokens[i + 1].pos === 'PRON' || tokens[i + 1].pos === 'DET')) continue;
    // Part of a longer capitalised run ("Lynch Road") is some other name.
    if (i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence && tokens[i + 1].start === t.end + 1 && isNameToken(tokens[i + 1])) continue;
    push({ start: t.start, end: t.end, text: t.text, first: i, last: i + 1, type: 'PERSON', kind: 'name', ref: null, name: t.text, honorific: null, metonym: false, tentative: true });
  }
}

/** A name's last word: its family name, mostly. */
const lastWord = (name: string): string => name.split(/\s+/).pop()!;

/** Offices addressed by honorific and title alone ("Mr. President"); not "King", "Major", "Chief", family names too. */
const ADDRESSED_OFFICES = new Set(['President', 'Speaker', 'Chairman', 'Chairwoman', 'Secretary', 'Ambassador', 'Justice', 'Senator', 'Governor', 'Mayor', 'Minister', 'Vice-President', 'Commissioner']);

/** Words of places and laws that are family names too, after a given name: "Samantha Power", "Al Green", "Kevin Hall". */
const SURNAMES_TOO = new Set(['Power', 'Green', 'Law', 'Deal', 'Hall']);
const COMMON_PERSON_NOUNS = /^(Girl|Boy|Man|Woman|Lady|Baby|Mother|Father|Sister|Brother|People|Flower|Black|White)$/;
/** Compass words that are family names too: "Cornel West", "Oliver North". */
const COMPASS_FAMILY = new Set(['West', 'North']);
/** Words of laws and places that are given names too, first in a name: "Bill Maher", "Grant Woods" (not "Farm Bill"). */
const GIVEN_NAMES_TOO = new Set(['Bill', 'Grant']);

/** Auxiliaries that are family names too ("George Will", "Theresa May"). */
const AUX_FAMILY_NAMES = new Set(['Will', 'May']);
/** Words of kin before a relative's given name ("Clinton's husband, Bill,", "Bolsonaro's son Eduardo"). */
const KIN = new Set([...Object.keys(KIN_GENDER), 'widow', 'widower']);

/** "Hope Hicks", "Will Rogers": a given name the tagger read as a verb, before a family name. */
function givenNameBefore(tokens: Token[], i: number, covered: Int32Array): boolean {
  const n = tokens[i + 1];
  return !!n && covered[i + 1] < 0 && n.pos === 'PROPN' && n.sentence === tokens[i].sentence && n.start === tokens[i].end + 1 && startsUpper(n.text)
    && !/(s|ed|ing)$/.test(tokens[i].text) && !IMPERATIVES.has(tokens[i].text) && nameGender(`${tokens[i].text} ${n.text}`, null) !== null;
}

/**
 * "the North" and "the South" in a story about North and South Korea (or Sudan): the one country the
 * article names with that word, for the rest of the article ("the North would respond").
 */
function theNorthOrSouth(doc: Doc, out: RawMention[], covered: Int32Array, push: (m: RawMention) => void): void {
  const { tokens } = doc;
  const halves = new Map<string, Set<string>>();
  for (const m of out) {
    const w = m.kind === 'country' && m.ref ? /^(North|South) /.exec(m.text)?.[1] : undefined;
    if (w) (halves.get(w) ?? halves.set(w, new Set()).get(w)!).add(m.ref!);
  }
  if (!halves.size) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const refs = halves.get(t.text);
    if (!refs || refs.size !== 1 || covered[i] >= 0 || !/^the$/i.test(tokens[i - 1].text)) continue;
    // ("the North Atlantic", "the South China Sea": a longer name.)
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && startsUpper(next.text) && next.start === t.end + 1) continue;
    const iso = [...refs][0];
    const first = out.find((m) => m.kind === 'country' && m.ref === iso);
    if (!first || first.start > t.start) continue;
    push({ start: t.start, end: t.end, text: t.text, first: i, last: i + 1, type: 'GPE', kind: 'country', ref: iso, name: first.name, honorific: null, metonym: false });
  }
}

/**
 * A capital's name that is also a big city of the country the story is in: "San Jose" beside
 * California is not Costa Rica's capital, and "Nassau County" is no capital at all.
 */
function homeTowns(doc: Doc, out: RawMention[]): void {
  const { tokens } = doc;
  let home: string | null = null;
  const regions = new Map<string, number>();
  for (const m of out) if (m.kind === 'region' && m.ref) regions.set(m.ref, (regions.get(m.ref) ?? 0) + 1);
  for (const [ref, n] of regions) if (!home || n > regions.get(home)!) home = ref;
  for (const m of out) {
    if (m.kind !== 'capital' && m.kind !== 'place') continue;
    const next = tokens[m.last];
    if (m.kind === 'capital' && next && next.sentence === tokens[m.first].sentence && next.start === m.end + 1 && /^(County|Parish|Township|Borough)$/.test(next.text)) {
      m.last++;
      m.end = next.end;
      m.text = m.name = doc.text.slice(m.start, m.end);
      Object.assign(m, { kind: 'place', ref: home, lat: null, lon: null });
      continue;
    }
    if (!home || home === m.ref) continue;
    const capital = findPlace(m.name);
    if (capital?.kind !== 'capital' || capital.country !== m.ref) continue;
    const there = findPlace(m.name, home);
    if (there && there.country === home && there.population >= 100_000 && there.population > capital.population) {
      Object.assign(m, { kind: 'place', ref: home, lat: there.lat, lon: there.lon });
    }
  }
}

/**
 * "Paris, Texas" is no capital; "in Manchester" after "Manchester, N.H." is that town too, wherever the
 * text names it alone (not the biggest town of the name, here in England). A capital named alone stays
 * the capital.
 */
function oneTownPerName(doc: Doc, out: RawMention[]): void {
  const qualified = new Map<string, string>();
  for (const m of out) {
    if ((m.kind !== 'place' && m.kind !== 'capital') || !m.ref) continue;
    const q = qualifierCountry(doc.text.slice(m.end, m.end + 40));
    if (!q) continue;
    if (q !== m.ref) {
      const there = findPlace(m.name, q);
      if (there?.country !== q) continue;
      Object.assign(m, { kind: 'place', ref: q, lat: there.lat, lon: there.lon });
    }
    qualified.set(m.name.toLowerCase(), q);
  }
  if (!qualified.size) return;
  for (const m of out) {
    const country = m.kind === 'place' ? qualified.get(m.name.toLowerCase()) : undefined;
    if (!country || m.ref === country) continue;
    const there = findPlace(m.name, country);
    if (there?.country === country) Object.assign(m, { ref: country, lat: there.lat, lon: there.lon });
  }
}

/** Below this many people a town is small enough that its name may be another place's, the gazetteer's being too small to list. */
const SMALL_TOWN = 20_000;

/**
 * "the central town of Moura" in a story filed from Bamako: a small town the gazetteer knows only in a
 * country the story names nowhere else is the story's own place of that name, which it does not list
 * (Moura in Mali, not in Portugal). Its country is left untold rather than told wrong.
 */
function strayTowns(doc: Doc, out: RawMention[]): void {
  const filed = doc.article.meta.dateline?.country;
  if (!filed) return;
  for (const m of out) {
    if (m.kind !== 'place' || !m.ref || m.ref === filed) continue;
    const p = findPlace(m.name, m.ref);
    if (!p || p.kind !== 'city' || p.population >= SMALL_TOWN) continue;
    if (out.some((x) => x.ref === m.ref && x.name !== m.name)) continue;
    Object.assign(m, { ref: null, lat: null, lon: null });
  }
}

const PARTY_WORDS = new Set(['Republican', 'Democratic', 'Democrat', 'Libertarian', 'Conservative', 'Labour', 'Liberal']);

/** Things named after a people (the demonym, then the next word): no mention of the people or country. */
const NAMED_AFTER_A_PEOPLE = new Map<string, Set<string>>(Object.entries({
  french: ['toast', 'fries', 'fry', 'kiss', 'kissing', 'horn', 'horns', 'doors', 'door', 'dressing', 'braid', 'manicure', 'bulldog', 'bulldogs', 'poodle', 'onion', 'bread'],
  swiss: ['cheese', 'chard', 'roll'],
  danish: ['pastry', 'pastries'],
  turkish: ['delight', 'bath', 'baths', 'towel', 'towels'],
  english: ['muffin', 'muffins', 'breakfast', 'bulldog', 'setter', 'horn'],
  russian: ['roulette', 'dressing', 'doll', 'dolls'],
  chinese: ['checkers', 'whispers', 'lantern', 'lanterns'],
  mexican: ['standoff', 'wave'],
  canadian: ['bacon'],
  belgian: ['waffle', 'waffles'],
  german: ['shepherd', 'shepherds', 'measles', 'chocolate'],
  greek: ['yogurt', 'yoghurt', 'salad'],
  irish: ['coffee', 'setter', 'stew'],
  dutch: ['oven', 'ovens', 'courage', 'treat', 'auction'],
  scotch: ['tape', 'whisky', 'egg', 'eggs'],
  brazilian: ['wax', 'blowout'],
  cuban: ['cigar', 'cigars', 'sandwich', 'sandwiches'],
  persian: ['rug', 'rugs', 'carpet', 'carpets', 'cat', 'cats'],
  siamese: ['cat', 'cats', 'twin', 'twins'],
  panama: ['hat', 'hats'],
}).map(([k, v]) => [k, new Set(v)]));

const PLACE_PREPOSITION = new Set(['to', 'in', 'from', 'with', 'at', 'into', 'across', 'toward', 'towards', 'against']);

/**
 * "Questioning Vindman, ...", "Praising Obama, ...", "Follow Pam Key on Twitter": a participle or an
 * imperative that opens the sentence, not a first name ("Hope Hicks said" keeps hers).
 */
function openingGerund(tokens: Token[], s: number, end: number): boolean {
  const t = tokens[s];
  if (!(s < end && t.pos === 'VERB' && (s === 0 || tokens[s - 1].sentence !== t.sentence))) return false;
  if (t.text.endsWith('ing')) return true;
  // One word left would be no name either ("Win Htein" keeps its "Win").
  return s + 1 < end && (IMPERATIVES.has(t.text) || nameGender(`${t.text} ${tokens[s + 1].text}`, null) === null);
}
// Verbs that open headlines and calls to action and are given names in some list ("Can", "Imagine").
const IMPERATIVES = new Set(['Can', 'Could', 'Do', 'Does', 'Did', 'Let', 'Imagine', 'Notice', 'Consider', 'Remember', 'Meet', 'Watch',
  'Read', 'See', 'Follow', 'Join', 'Stop', 'Make', 'Take', 'Get', 'Give', 'Keep', 'Say', 'Tell', 'Ask', 'Call', 'Help', 'Try',
  'Think', 'Look', 'Listen', 'Hear', 'Wait', 'Vote', 'Support', 'Share', 'Sign', 'Subscribe', 'Click', 'Buy', 'Shop', 'Save']);

/** Words a Title Case Headline may leave in lower case. */
const HEADLINE_MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'vs', 'nor', 'per', 'via', 'into', 'over']);

/**
 * A title's word at token k of a run ending at e; "Public" and "Cabinet" before a title are too ("Public
 * Ombudsman Nadia Cruz", "Chief Cabinet Secretary Minoru Kihara").
 */
function titleWordAt(tokens: Token[], k: number, e: number): boolean {
  const w = tokens[k].text;
  // ("Marine Le Pen": a given name before a family name's particle, not the service.)
  if (w === 'Marine' && k + 1 <= e && PARTICLES.has(tokens[k + 1].text.toLowerCase())) return false;
  return TITLE_WORDS.has(w.toLowerCase()) || w === '-' || ((w === 'Public' || w === 'Cabinet') && k < e && TITLE_WORDS.has(tokens[k + 1].text.toLowerCase()));
}

/**
 * Whether the run [s, end] speaks or is described as a person: "said Kristen Day,", "Richard Cross, a
 * former staff member", "Kathleen Hall Jamieson said".
 */
function speaksOrDescribed(doc: Doc, s: number, end: number): boolean {
  const { tokens } = doc;
  const prev = s > 0 && tokens[s - 1].sentence === tokens[s].sentence ? tokens[s - 1].text : '';
  if (/^(said|says|told|added|wrote|asked)$/.test(prev)) return true;
  return PERSON_AFTER.test(doc.text.slice(tokens[end].end, tokens[end].end + 24));
}
/** "Kanye West and Kim Kardashian": the run ending at `end` is joined by "and" to a given name and a family name. */
function pairedWithName(tokens: Token[], end: number): boolean {
  const [and, given, family] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
  return !!family && and.text === 'and' && isGivenName(given.text) && CAP.test(given.text) && family.pos === 'PROPN' && CAP.test(family.text) && and.sentence === family.sentence;
}
/** A word of things' names that may be a family name: capitalised, not plural, not the head of a place, law or body. */
const FAMILY_NAME_TOO = /^(?!(?:State|County|Island|Amendment|Act|City|Valley|Party|Republic|Province|Region|District|Street|Avenue|Road|River|Lake|Mountain|Park|Center|Centre|Square|Church|Court|Bay|Beach|Coast|Sea)$)\p{Lu}\p{Ll}+[^s\W]$/u;
const BODIES_PLURAL = /^(?:Operations|Forces|Services|Affairs|Relations|Operators|Guards|Rangers|Marines)$/;
const HYPHENATED_PAIR = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const PERSON_AFTER = /^(?:,\s+(?:a|an|the|who|whose)\s|\s+(?:said|says|told|added|wrote|argued|noted)\b)/;

/** A department's word that a title may follow ("Home Secretary", "Culture Minister", "Treasury Secretary"). */
const DEPARTMENT_WORDS = new Set(['Home', 'Culture', 'Education', 'Transport', 'Transportation', 'Environment', 'Labour', 'Labor', 'Agriculture', 'Commerce',
  'Treasury', 'Housing', 'Veterans', 'Homeland', 'Tourism', 'Sports', 'Industry', 'Immigration', 'Communications', 'Information', 'Welfare', 'Work', 'Pensions', 'Science', 'Technology', 'Digital', 'Business', 'Climate', 'Development', 'Equalities', 'Northern', 'Scotland', 'Wales']);

/** "code-named", "dubbed" before a name: an operation's or an exercise's. */
const CODE_NAMED = /\b(?:code-?named|codenamed|dubbed)\s*["“]?$/i;
/** "the shoal, which China calls", "an island known in China as": a place's other name. */
const PLACE_CALLED = /\b(?:shoal|reef|island|islands|islet|atoll|cay|archipelago|strait|sea|bay|peninsula|mountain|river|region|province|town|village)s?,?\s+(?:(?:which|that|what)\s+(?:\S+\s+){1,3}?(?:calls?|called|names?)|known\s+(?:in\s+\S+\s+)?as|called)\s*["“]?$/i;

/** The type a name's setting gives it where the name alone would be a person's, or null. */
function namedAs(before: string): 'EVENT' | 'LOC' | null {
  if (CODE_NAMED.test(before)) return 'EVENT';
  if (PLACE_CALLED.test(before)) return 'LOC';
  return null;
}

/** A court's word before "Judge": "District Judge", "Circuit Judge", "Magistrate Judge". */
const COURT_WORDS = new Set(['District', 'Circuit', 'Magistrate', 'Bankruptcy', 'Appeals', 'Superior', 'County', 'Federal']);

const BODY_BEFORE_NAME = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'charity', 'outfit', 'faction', 'network']);
/** "the journal JAMA Psychiatry", "the journal Nature Medicine": a publication named after what it is, whatever given name its first word spells. */
const PUBLICATION_BEFORE_NAME = new Set(['journal', 'newspaper', 'magazine', 'tabloid', 'website', 'publication']);
const LAND_AND_SEA_HEADS = new Set(['Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Atolls', 'Islands', 'Archipelago', 'Strait', 'Straits', 'Canal', 'Desert', 'Mountains', 'Plateau', 'Peninsula', 'Gulf']);

const DESCRIBED_BODIES = new Set([...BODY_BEFORE_NAME, 'company', 'firm', 'label', 'studio', 'agency', 'publisher', 'broadcaster', 'band', 'club', 'team', 'union', 'party', 'bank', 'charity', 'carrier', 'airline', 'startup', 'conglomerate']);
/** Whether the comma at `comma` closes a description of a body opening the sentence: "The group that owns …," "The company,". */
function bodyDescribedBefore(tokens: Token[], comma: number): boolean {
  const sentence = tokens[comma].sentence;
  for (let k = comma - 1; k > 0 && k > comma - 14 && tokens[k].sentence === sentence; k--) {
    if (tokens[k].text === ',') return false;
    if (DESCRIBED_BODIES.has(tokens[k].text) && /^(the|a|an)$/i.test(tokens[k - 1].text) && (k - 1 === 0 || tokens[k - 2].sentence !== sentence)) return true;
  }
  return false;
}

function typeOfRun(words: string[], runText: string, titled: boolean, tokens: Token[], s: number, speaks: () => boolean = () => false, paired: () => boolean = () => false): EntityType | null {
  // "Post-Dispatch", "Journal-Constitution": a name that ends in a hyphenated pair is headed by
  // whichever of the two heads an organisation's name.
  const pair = words.length > 1 ? /(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(runText) : null;
  const last = pair && ORG_HEADS.has(pair[2]) ? pair[2] : pair && ORG_HEADS.has(pair[1]) ? pair[1] : words[words.length - 1];
  const firstW = words[0];
  if (words.every((w) => NOT_NAMES.has(w))) return null;
  // "Army helicopters", "Police said": a lone generic head is not a name.
  if (words.length === 1 && (ORG_HEADS.has(firstW) || EVENT_HEADS.has(firstW) || FAC_HEADS.has(firstW))) return null;
  if (EVENT_HEADS.has(last) && words.length > 1) return 'EVENT';
  // "the pro-Palestinian group Palestine Action", "the militia Kataib Hezbollah": named after what it is.
  const before = s > 0 ? tokens[s - 1].text : '';
  if ((BODY_BEFORE_NAME.has(before) && !isGivenName(firstW)) || PUBLICATION_BEFORE_NAME.has(before)) return 'ORG';
  // ("The group that owns most of her music, Big Machine, says": a body described, then named.)
  if (before === ',' && !isGivenName(firstW) && bodyDescribedBefore(tokens, s - 1)) return 'ORG';
  // ("Greece-based Allseas Marine": where a firm is based says it is one.)
  if (before === 'based' && s > 1 && tokens[s - 2].text === '-') return 'ORG';
  // "USS Carney", "HMS Diamond": a warship, which acts as its navy's unit (before the rule below:
  // "the destroyer USS Carney").
  if (W.SHIP_PREFIXES.has(firstW) && words.length > 1) return 'ORG';
  // ("the tanker Eagle S", "the ship, the Magic Seas,": a merchant vessel's name is no one's.)
  if (VESSELS.test(before) || (/^the$/i.test(before) && s > 2 && tokens[s - 2].text === ',' && VESSELS.test(tokens[s - 3].text))) return null;
  // "RAF Brize Norton": an air force base.
  if (firstW === 'RAF' && words.length > 1) return 'FAC';
  // ("European Chamber of Commerce", "American Academy of Pediatrics": a word before the body's.)
  const ofAt = words.indexOf('of');
  const bodyOf = ofAt > 0 && ORG_HEADS.has(words[0]) && !PAPER_HEADS.has(words[0]) || ofAt === 2 && ORG_HEADS.has(words[1]) && !PAPER_HEADS.has(words[1]);
  // ("the U.S. District Court for the District of Columbia": a body's name that goes on over "for the" or "of the".)
  const theAt = words.indexOf('the');
  const bodyOfThe = theAt > 1 && /^(of|for)$/.test(words[theAt - 1]) && (ORG_HEADS.has(words[theAt - 2]) || ORG_FIRST.has(words[theAt - 2]));
  if (ORG_HEADS.has(last) || (last === 'party' && words.length > 1 && POLITICAL_WORD.test(runText)) || ORG_FIRST.has(firstW) && words.length > 1 || bodyOf || bodyOfThe
    || forABody(words) || onABody(words)) return 'ORG';
  // "Samantha Power", "Kevin Hall", "Nathan Deal": a given name before a family name that is also a word.
  // (The name list holds "Girl" too: "Girl Power" signs.)
  if (words.length === 2 && SURNAMES_TOO.has(last) && !NON_PERSON.has(firstW) && !COMMON_PERSON_NOUNS.test(firstW) && !findPlace(firstW) && nameGender(runText, null) !== null) return 'PERSON';
  if (FAC_HEADS.has(last) && words.length > 1) return 'FAC';
  if (ACRONYM.test(runText) && runText.length >= 2) return NOT_ORG_ACRONYMS.has(runText) ? null : 'ORG';
  // Party-state codes ("D-Mont."), cut-off hyphenated words, shouted text: not names.
  if (/^[DRI]-/.test(runText) || runText.startsWith('-')) return null;
  if (runText.length > 3 && runText === runText.toUpperCase()) return null;
  // "Democratic National Convention" loses "Democratic" as a title word, but "National Convention" names no one.
  // ("Mr. President", "Republican Senator": a title alone names no one.)
  // ("Special Operations", "Republican Jewish leaders", "Former Democratic candidate": after a title, a
  // body's plural, a people or a party is no one's name either.)
  const notOne = words.length === 1 && (findPlace(runText)?.kind === 'region' || TITLE_WORDS.has(firstW.toLowerCase()) || ETHNIC_FIRST.has(firstW.toLowerCase())
    || POLITICAL_WORD.test(runText) || BODIES_PLURAL.test(firstW));
  if (titled && !notOne && !words.every((w) => NON_PERSON.has(w))) return 'PERSON';
  const prev = s > 0 ? tokens[s - 1].text.toLowerCase() : '';
  const place = findPlace(runText);
  if (place) {
    const big = place.kind !== 'city' || place.population >= 100_000;
    if (big || LOCATIVE.has(prev) && place.population >= 5000) return place.kind === 'region' && /\b(Sea|Strait|Gulf|Peninsula)\b/.test(runText) ? 'LOC' : 'GPE';
  }
  // ("seized the city of Wad Madani", "the town of Bucha": a place no list knows, by what the text calls it.)
  if (prev === 'of' && s > 1 && PLACE_NOUNS.test(tokens[s - 2].text) && !titled) return 'GPE';
  // "Second Thomas Shoal", "Mischief Reef", "the Spratly Islands": a name headed by a feature of the land or sea.
  if (words.length > 1 && LAND_AND_SEA_HEADS.has(last)) return 'LOC';
  // ("20 nautical miles east of Khor Fakkan", "just north of Pokrovsk": a place no list knows, by where it is.)
  if (prev === 'of' && s > 1 && COMPASS.test(tokens[s - 2].text) && !titled) return 'LOC';
  // ("Bill Maher", "Grant Woods": a given name that is also a word of laws opens a person's name.)
  // "Kristen Day, executive director …", "said Richard Cross": a given name before a word of things' names
  // is a person's when the person speaks or is described.
  // (Only words that may be a family name: not "the Hyde Amendment", "Long Island", "Roman Catholics", "Hillary PAC".)
  // (Asked only of runs holding such a word: most runs hold none.)
  // (Or beside another person's name: "Kanye West and Kim Kardashian".)
  const namedPerson = () => words.length >= 2 && words.length <= 3 && !NON_PERSON.has(firstW) && !ETHNIC_FIRST.has(firstW.toLowerCase())
    && words.every((w) => NAME_WORD.test(w)) && words.every((w) => !NON_PERSON.has(w) || FAMILY_NAME_TOO.test(w))
    && isGivenName(firstW) && (speaks() || (words.length === 2 && paired()));
  // ("author and liberal firebrand Cornel West", "Rep. Allen West", "Oliver North": a given name before a
  // compass word that is a family name too.)
  const compassFamily = words.length === 2 && COMPASS_FAMILY.has(last) && isGivenName(firstW) && !NON_PERSON.has(firstW) && prev !== 'the' && !findPlace(runText);
  if (!compassFamily && words.some((w, k) => NON_PERSON.has(w) && !(k === 0 && words.length > 1 && GIVEN_NAMES_TOO.has(w))) && !namedPerson()) return null;
  const nameWords = (ws: string[]) => ws.length >= 2 && ws.length <= 5 && ws.every((w) => NAME_WORD.test(w) || /^(de|al|bin|van|von|der|da|du|la|el)$/.test(w));
  // "the Rust Belt", "the Situation Room", "the Super Bowl": a run after "the" with no given name is a thing's name, not a person's.
  if (prev === 'the' && !isGivenName(firstW)) return null;
  // "Hewlett-Packard", "Coca-Cola", "Dodd-Frank": a hyphenated pair alone is a firm's or a law's name
  // as often as a family name; it is a person's only as the family name of one (kept tentatively).
  if (nameWords(words) && /\s/.test(runText)) return 'PERSON';
  // A given name's second syllable after a hyphen is lower case: "Cheuk Hau-yip", "Au Nok-hin".
  const spaced = runText.split(/\s+/);
  if (spaced.length >= 2 && spaced.length <= 3 && LOWER_SYLLABLE_LAST.test(spaced[spaced.length - 1]) && nameWords(spaced.slice(0, -1).concat('X'))) return 'PERSON';
  return null;
}

/** A capital used as an actor: "Pyongyang said", "Beijing will", "Pyongyang's state-run KCNA"; never "In Washington, ...". */
function markMetonyms(ms: RawMention[], tokens: Token[], text: string): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.kind !== 'capital') continue;
    const prev = m.first > 0 ? tokens[m.first - 1] : null;
    if (prev && (LOCATIVE.has(prev.text.toLowerCase()) || prev.text === 'of')) continue;
    const next = m.last < tokens.length ? tokens[m.last] : null;
    if (!next || next.sentence !== tokens[m.first].sentence) continue;
    // ("Berlin rejected …", "Moscow condemned …" too; not a participle a passive goes on from: "Kyiv, shelled by …".)
    const pastActs = next.pos === 'VERB' && /ed$/.test(next.text) && tokens[m.last + 1]?.text !== 'by';
    if (next.pos === 'AUX' || next.pos === 'VERB' && !/ed$|ing$/.test(next.text) || pastActs || /^(said|says|told|warned|announced|accused|denied|has|had|is|was)$/.test(next.text)) { m.metonym = true; continue; }
    if (/^[“"]$/.test(next.text) && prev && /^(that|and|but)$/i.test(prev.text)) { m.metonym = true; continue; }
    if (/^['’]s$/.test(next.text) || text[m.end] === "'" || text[m.end] === '’') {
      // Possessive: the seat's own bodies ("Pyongyang's state-controlled KCNA") make it the government.
      for (let k = i + 1; k < ms.length && ms[k].first <= m.last + 5; k++) {
        const e = ms[k].kind === 'kb' && ms[k].first > m.last && ms[k].ref ? kbEntry(ms[k].ref!) : null;
        if (e && e.country === m.ref && /^(GOV|MIL|SPY|JRN)$/.test(e.sector ?? '')) { m.metonym = true; break; }
      }
    }
  }
}
