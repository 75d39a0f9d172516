// Attribution frames: the speaker + cue (+ channel) part of a sentence, and the reported clause
// that goes with it. Works on token ranges of one unit (a sentence, or sentences a quote joins).
import type { Token } from '../doc.ts';
import { NAME_PARTICLES, ORG_HEADS } from '../entities/words.ts';
import {
  afterCue, agentAfter, bareWords, byAfter, calledIn, CHANNEL_PARTICIPLE, channelNounAfter, citedBefore, cueAt, endsInChannelNoun, evidenceSubject, glued, hasVerb, isEvidenceOnly, needsClause, nounPhraseEndingAt,
  MONTHS, nameGoesOn, nounPhraseStartingAt, outletName, pastDescription, POSSESSIVES, SERVES_TO, skipModifiersLeft, SOURCE_PARTICIPLES, SPANS_OF_TIME, TIME_WORDS, toHearers, type Cue, type TokenSpan,
} from './phrases.ts';
import { ATTITUDE_ADJECTIVES, AUDIENCE_WORDS, CHANNEL_NOUN_SET, CHANNEL_PLATFORMS, CUE_FORMS, CUE_MODIFIERS, entry, EVIDENCE_NOUN_SET, IRREGULAR, MANNER_VERB_SET, NOMINAL_CUES, POSSESSED_NOMINAL_CUES, PERSON_DESCRIPTION_SET, SOURCE_NOUN_SET, STANCE_NEEDS_PARTICLE, STANCE_PARTICLES } from './lexicon.ts';
import { WATERS } from '../../kb/geo.ts';

export interface Frame {
  speaker: TokenSpan | null;
  cue: Cue;
  channel: string | null;
}

export interface Reported extends Frame {
  /** Token range of the reported clause. */
  clause: TokenSpan;
}

/** Cues that report with an object rather than a clause ("called the plan a disaster"). */
const OBJECT_CUES = /^(call|describe|praise|criticize|criticise|accuse|blame|dismiss|thank|urge|ask|warn)$/;
/** "called the system “rotten”": who is called, accused or praised is part of what is reported. */
function objectStart(tokens: Token[], cue: Cue, rest: number): number {
  const k = cue.last;
  // ("blamed local officials", "praised 300 volunteers": an adjective or number opens the object too.)
  return k < rest && (/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[k].pos) || /^(him|her|them|it|his|their)$/i.test(tokens[k].text)) ? k : rest;
}
/** "reported at least six planes …", "said about 40 people …": a quantity, not a prepositional phrase. */
const QUANTITY_ADP = /^(at least|at most|about \d|around \d|over \d|under \d|nearly|up to)/i;
const SUBORDINATOR = /^(as|while|when|before|after|because|since|although|though|but|and|until|if|where)$/i;
/**
 * Whether token k (after a comma) opens a clause of its own by `words`: not ", as well as …" or
 * ", as many as …", a phrase that goes on with what came before.
 */
export function subordinateAt(tokens: Token[], k: number, words: RegExp): boolean {
  if (!words.test(tokens[k].text)) return false;
  return !(/^as$/i.test(tokens[k].text) && /^(well|much|many)$/i.test(tokens[k + 1]?.text ?? '') && /^as$/i.test(tokens[k + 2]?.text ?? ''));
}
/**
 * A participle after a comma opens a clause of its own ("…, saying …"); "including", "according",
 * "regarding" and the like are prepositions and go on with the phrase ("polls, including ones …").
 */
export const participleAt = (tokens: Token[], k: number): boolean => /ing$/.test(tokens[k].text) && !ING_PREPOSITIONS.test(tokens[k].text);
const ING_PREPOSITIONS = /^(including|according|regarding|concerning|excluding|following|notwithstanding|involving|surrounding)$/i;
// A line break inside a sentence comes as a SPACE token; it separates like punctuation.
// tsx compiles a `\p{..}` regex literal to `new RegExp(...)` built on every call: module level.
const CAPITALISED = /^\p{Lu}/u;
const isPunct = (t: Token) => t.pos === 'PUNCT' || t.pos === 'SPACE' || /^[\p{P}\p{S}]+$/u.test(t.text);
const LEAD = /^(and|but|so|or|yet|then|—|–|-|,|;|:|\.|\(|\))$/i;
/** "Most believe …", "few think …": quantities of people that hold views. */
const GROUP_WORDS = /^(most|many|some|both|few|several|all|half|others)$/i;

/** "$16 billion", "30%": a currency or percent sign glued to its number is part of the words. */
const NUMBER_SIGN = /^[$€£¥%]$/;

export function skipLead(tokens: Token[], a: number, last: number): number {
  while (a < last && (LEAD.test(tokens[a].text) || isPunct(tokens[a]))) {
    if (NUMBER_SIGN.test(tokens[a].text) && a + 1 < last && tokens[a + 1].start === tokens[a].end) break;
    a++;
  }
  return a;
}
export function trimTail(tokens: Token[], a: number, last: number): number {
  while (last > a && isPunct(tokens[last - 1])) {
    if (NUMBER_SIGN.test(tokens[last - 1].text) && last - 2 >= a && tokens[last - 2].end === tokens[last - 1].start) break;
    last--;
  }
  return last;
}
export function hasWords(tokens: Token[], a: number, last: number): boolean {
  for (let i = a; i < last; i++) if (!isPunct(tokens[i]) && !LEAD.test(tokens[i].text)) return true;
  return false;
}

/**
 * The speaker phrase that ends just before `at`: "Mr. Miller said", "Sen. Coons, a Delaware
 * Democrat who ..., warned" (the appositive is skipped, the name kept).
 */
export function speakerBefore(tokens: Token[], at: number, floor: number): TokenSpan | null {
  const m = skipModifiersLeft(tokens, at, floor);
  if (m - 1 >= floor && /^(who|which)$/i.test(tokens[m - 1].text)) {
    // "Cruz, who says …": the relative pronoun's antecedent speaks.
    let k = m - 1;
    if (k - 1 >= floor && tokens[k - 1].text === ',') k--;
    // "Among those who said …": no noun phrase to point back to; the relative pronoun is the mention.
    const np = nounPhraseEndingAt(tokens, k, floor);
    // ("Carlo Masala, a professor at the Bundeswehr University in Munich, who has long argued …": the person
    // the description is set beside, not the place that ends it.)
    const who = /^who$/i.test(tokens[m - 1].text);
    return (np && who ? describedBefore(tokens, k, floor) ?? nameBeforeThing(tokens, np, k, floor) : null) ?? np ?? (who ? { first: m - 1, last: m } : null);
  }
  // "many of whom say …": the group is the mention (its antecedent is the resolver's business).
  if (m - 3 >= floor && /^(whom|which)$/i.test(tokens[m - 1].text) && /^of$/i.test(tokens[m - 2].text) && (GROUP_WORDS.test(tokens[m - 3].text) || /^(none|one|two|three|each)$/i.test(tokens[m - 3].text))) {
    return { first: m - 3, last: m };
  }
  const contact = contactClauseSpeaker(tokens, m, floor);
  if (contact) return contact;
  // "…, one of the people said", "two of his aides said", "One of them said": the part of the group speaks.
  // (A group: "one of the most polarizing figures", "most of the attention", "some of it" are no speakers.)
  const part = partOfGroup(tokens, m, floor);
  if (part) return part;
  // "Humphrey, who calls Trump a “sociopath,” said": the appositive's comma stands inside the closing mark.
  const quoted = quotationInAppositive(tokens, m, floor);
  if (quoted) return appositiveSpeaker(tokens, at, quoted.comma + 1, floor, quoted.open);
  if (m - 1 >= floor && (tokens[m - 1].text === ',' || tokens[m - 1].text === ')' || DASHES.test(tokens[m - 1].text) || spacedHyphen(tokens, m - 1))) {
    return appositiveSpeaker(tokens, at, m, floor, m);
  }
  const np = nounPhraseEndingAt(tokens, m, floor);
  // "Clinton found ways to cast herself as …", "Ramos used his speech to call for …": the object of a
  // verb before "to" does not speak; the verb's subject does, unless the verb hands its object the act
  // ("urged Cruz to drop out", "asked voters to reject …").
  if (np && np.first - 1 > floor && tokens[np.first - 1].pos === 'VERB' && !OBJECT_CONTROL.test(tokens[np.first - 1].text) && infinitiveBetween(tokens, m, at)) {
    return subjectOf(tokens, floor, np.first);
  }
  // "Kejriwal turned to Twitter to describe …", "she went on television to say …": the place or
  // medium the verb went to does not speak either.
  if (np && np.first - 2 > floor && /^(to|on|onto|into)$/i.test(tokens[np.first - 1].text) && tokens[np.first - 2].pos === 'VERB'
    && /^(turn|took|take|went|go|came|come|appear|return|head|rush|flock)/i.test(tokens[np.first - 2].text) && infinitiveBetween(tokens, m, at)) {
    return subjectOf(tokens, floor, np.first - 1) ?? np;
  }
  // ("invited Kristersson to Budapest to discuss the matter": where someone is brought to do a thing does not
  // do it; the clause's subject does.)
  // ("call in live from London to discuss …": where one comes from does not do it either.)
  if (np && np.first - 2 > floor && /^(to|into|from)$/i.test(tokens[np.first - 1].text) && tokens[np.first - 1].pos === 'ADP' && infinitiveBetween(tokens, m, at)
    && /^(PROPN|NOUN)$/.test(tokens[np.last - 1].pos) && /^[A-Z]/.test(tokens[np.first].text)) {
    return subjectOf(tokens, floor, np.first - 1) ?? np;
  }
  // "China's embassy in Washington said", "A source inside the embassy said": the speaker goes on before where it is.
  const placed = np && (whereabouts(tokens, np, floor) ?? describedByParticiple(tokens, np, floor) ?? qualifiedBefore(tokens, np, floor));
  if (placed) return placed;
  // ("…, a claim India's military rejected as …": the claim is what was rejected; who rejected it follows.)
  if (np && np.last - np.first > 2 && /^(a|an)$/i.test(tokens[np.first].text) && CLAIM_NOUNS.test(tokens[np.first + 1].text) && tokens[np.first + 2].pos !== 'ADP') return { first: np.first + 2, last: np.last };
  return np;
}
/**
 * "Families of hostages held in Gaza said", "Relatives of soldiers killed in the attack said", "a
 * commander standing in front of a building declared": people described by a participle's phrase that
 * opens the clause speak, not the place or event ending it.
 */
function describedByParticiple(tokens: Token[], np: TokenSpan, floor: number): TokenSpan | null {
  // ("an RSF commander standing in front of a burned-out building declared", "a man wearing a mask said")
  // (The tagger may split "a burned-out building" and read "standing" as a noun.)
  let g = np.first - 1;
  while (g > floor && g >= np.first - 7 && !POSTURES.test(tokens[g].text) && (/^(ADP|DET|ADJ)$/.test(tokens[g].pos) || tokens[g].text === '-' || /^(front|next|top)$/i.test(tokens[g].text) || (tokens[g].pos === 'VERB' && /ed$/.test(tokens[g].text)))) g--;
  if (g - 1 >= floor && POSTURES.test(tokens[g].text) && (tokens[g - 1].pos === 'NOUN' || tokens[g - 1].pos === 'PROPN')) {
    const outer = nounPhraseEndingAt(tokens, g, floor);
    if (outer && (outer.first === floor || LEAD.test(tokens[outer.first - 1].text)) && speakerLike(tokens, outer)) return outer;
  }
  const p = np.first - 2;
  if (p - 1 < floor || tokens[np.first - 1].pos !== 'ADP' || !WHERE_OR_BY.test(tokens[np.first - 1].text)) return null;
  // (A past participle straight after its noun: "hostages held", "Troops based"; not "The conversation ended with".)
  const noun = tokens[p - 1];
  if (tokens[p].pos !== 'VERB' || !/^[a-z]+(ed|en|ld|wn|ht)$/.test(tokens[p].text) || !(noun.pos === 'NOUN' || (noun.pos === 'PROPN' && /^[A-Z][a-z]+s$/.test(noun.text)))) return null;
  const outer = nounPhraseEndingAt(tokens, p, floor);
  if (!outer || !(outer.first === floor || LEAD.test(tokens[outer.first - 1].text)) || !speakerLike(tokens, outer)) return null;
  return outer;
}

const WHERE_OR_BY = /^(in|at|on|by|from|over|inside|near|across|during|under)$/i;

/**
 * "An Egyptian official with knowledge of the talks said", "A diplomat with ties to Hamas said", "Families
 * of hostages whose remains are still held in Gaza urged", "The man who led the talks said": the people a
 * "with" phrase or a relative clause qualifies speak, not the thing that ends it; null otherwise.
 */
function qualifiedBefore(tokens: Token[], np: TokenSpan, floor: number): TokenSpan | null {
  for (let g = np.first - 1; g > floor && g >= np.first - 12; g--) {
    const t = tokens[g];
    if (t.pos === 'PUNCT') return null;
    // (Called for nearly every verb: words that cannot open a qualifier are passed over on their tag.)
    if (t.pos !== 'ADP' && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'SCONJ') continue;
    const withTies = /^with$/i.test(t.text) && CONNECTIONS.test(/^close$/i.test(tokens[g + 1].text) ? tokens[g + 2]?.text ?? '' : tokens[g + 1].text);
    const relative = !withTies && /^(who|whose|that|which)$/i.test(t.text) && tokens.slice(g + 1, np.first).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (!withTies && !relative) continue;
    if (!/^(NOUN|PROPN)$/.test(tokens[g - 1].pos)) return null;
    const outer = nounPhraseEndingAt(tokens, g, floor);
    if (!outer || !(outer.first === floor || LEAD.test(tokens[outer.first - 1].text)) || !speakerLike(tokens, outer)) return null;
    return outer;
  }
  return null;
}
const CONNECTIONS = /^(knowledge|ties|links|access|connections|contacts)$/i;
/** How someone stood or what they held while speaking: a description, not what is spoken of. */
const POSTURES = /^(standing|sitting|seated|kneeling|wearing|holding|waving|carrying|flanked|surrounded|marching|gathered|gathering|walking|rallying|massed|lined)$/i;

/**
 * "A source inside the camp", "China's embassy in Washington": a source, a person or a mission, and
 * where it is, when the phrase opens its clause; null otherwise.
 */
function whereabouts(tokens: Token[], np: TokenSpan, floor: number): TokenSpan | null {
  if (np.first - 2 < floor || tokens[np.first - 1].pos !== 'ADP' || !/^(inside|in|at|near|close|within|from|on)$/i.test(tokens[np.first - 1].text)) return null;
  const outer = nounPhraseEndingAt(tokens, np.first - 1, floor);
  // ("A statement from the Chinese Embassy in Manila said": the body a document came from, where it is.)
  if (!outer || !(outer.first === floor || LEAD.test(tokens[outer.first - 1].text) || /^(from|by)$/i.test(tokens[outer.first - 1].text))) return null;
  const speaks = (k: number) => {
    const head = tokens[k].text.toLowerCase();
    return SOURCE_NOUN_SET.has(head) || PERSON_DESCRIPTION_SET.has(head) || MISSIONS.has(head);
  };
  // ("Iran's mission to the U.N. in Vienna said", "Russia's ambassador to the U.N. in New York": the head
  // may stand before what it is accredited to.)
  const accredited = (k: number) => k > outer.first && /^(to|for)$/i.test(tokens[k].text) && speaks(k - 1);
  let k = outer.last - 1;
  if (speaks(k)) return { first: outer.first, last: np.last };
  // ("One shipbroker in Singapore said", "a trader in London said": one of some trade, counted, at a place; not the place.)
  if (k === outer.first + 1 && ONE_OF_A_TRADE.test(tokens[outer.first].text) && tokens[k].pos === 'NOUN' && /^[a-z]+$/.test(tokens[k].text)
    && /^(in|at)$/i.test(tokens[np.first - 1].text) && tokens[np.last - 1].pos === 'PROPN') return { first: outer.first, last: np.last };
  // ("The European Chamber of Commerce in China said": a body's capitalised name, wherever it sits.)
  // (A name alone: not "Tuesday at Baldwin Wallace University in Berea, …, Gov. John Kasich said", nor "two
  // Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, have said".)
  const name = tokens.slice(outer.first, outer.last);
  if (tokens[k].pos === 'PROPN' && name.some((t) => t.pos === 'PROPN' && ORG_HEADS.has(t.text))
    && name.every((t, j) => t.pos === 'PROPN' || (j === 0 && t.pos === 'DET') || /^(of|for|and|&)$/.test(t.text))) {
    return { first: outer.first, last: np.last };
  }
  while (--k > outer.first) if (accredited(k)) return { first: outer.first, last: np.last };
  return null;
}
/** Openers that count one person of a kind ("One shipbroker", "a trader", "Another banker"). */
const ONE_OF_A_TRADE = /^(one|a|an|another)$/i;
const MISSIONS = new Set(['embassy', 'consulate', 'mission', 'delegation', 'office', 'bureau', 'headquarters', 'command', 'ministry',
  // ("The Joint Chiefs of Staff in Seoul said", "the government in Kyiv said")
  'staff', 'police', 'army', 'navy', 'military', 'agency', 'council', 'forces', 'government', 'parliament', 'court']);

/**
 * The name before a description set off by commas that ends at the comma `k` ("Carlo Masala, a professor
 * at the Bundeswehr University in Munich,"), or null.
 */
function describedBefore(tokens: Token[], k: number, floor: number): TokenSpan | null {
  let c = k - 1;
  while (c > floor && c > k - 16 && tokens[c].text !== ',') c--;
  if (c <= floor || tokens[c].text !== ',') return null;
  // ("Andrii Sizov, head of the consultancy SovEcon, who …": a role with no article opens the description.)
  const article = /^(a|an|the)$/i.test(tokens[c + 1].text);
  const stop = article ? k : Math.min(k, c + 4);
  let h = article ? c + 2 : c + 1;
  while (h < stop && !PERSON_DESCRIPTION_SET.has(tokens[h].text.toLowerCase())) h++;
  if (h >= stop || !/^(at|of|for|with|in|from|on)$/i.test(tokens[h + 1]?.text ?? '') && h + 1 !== k) return null;
  const name = nounPhraseEndingAt(tokens, c, floor);
  // (A capitalised last word the tagger read otherwise is still the name's: "Wen-ti Sung".)
  return name && (tokens[name.last - 1].pos === 'PROPN' || (/^\p{Lu}/u.test(tokens[name.last - 1].text) && name.last - name.first > 1)) ? name : null;
}

/** Words for people that are no description of one's role: "several women who said". */
const PEOPLE_WORDS = /^(?:women|men|people|children|folks|woman|man|person|staff|police|public|crowd|audience|family|team|group)$/;

/**
 * "Robert Mercer, the GOP mega-donor and co-founder of Renaissance Technologies hedge fund who once backed
 * Cruz": "who" does not point back to a thing ("fund"); the name set off before the description does.
 */
function nameBeforeThing(tokens: Token[], np: TokenSpan, k: number, floor: number): TokenSpan | null {
  const head = tokens[np.last - 1];
  if (head.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(head.text) || /s$/.test(head.text) || PERSON_DESCRIPTION_SET.has(head.text) || PEOPLE_WORDS.test(head.text)) return null;
  let c = k - 1;
  while (c > floor && c > k - 24 && tokens[c].text !== ',') c--;
  if (c <= floor || tokens[c].text !== ',' || !/^(a|an|the)$/i.test(tokens[c + 1]?.text ?? '')) return null;
  const name = nounPhraseEndingAt(tokens, c, floor);
  return name && tokens[name.last - 1].pos === 'PROPN' ? name : null;
}

/** "A report by the cybersecurity firm Mandiant, released Wednesday, found …": the document a body's name ends, whole. */
function documentBy(tokens: Token[], np: TokenSpan, floor: number): TokenSpan | null {
  if (np.first - 2 < floor || !/^(by|from)$/i.test(tokens[np.first - 1].text)) return null;
  const doc = nounPhraseEndingAt(tokens, np.first - 1, floor);
  const head = doc ? tokens[doc.last - 1].text.toLowerCase() : '';
  return doc && (EVIDENCE_NOUN_SET.has(head) || CHANNEL_NOUN_SET.has(head)) ? { first: doc.first, last: np.last } : null;
}

/** "One of them", "two of the diplomats": a part of a group ending right before token `at`, or null. */
function partOfGroup(tokens: Token[], at: number, floor: number): TokenSpan | null {
  if (at - 3 >= floor && /^(them|us|those|these)$/i.test(tokens[at - 1].text) && /^of$/i.test(tokens[at - 2].text) && PART_OF.test(tokens[at - 3].text)) return { first: at - 3, last: at };
  // (Asked before every cue: the words "one of" a few tokens back first, the noun phrase only then.)
  let k = at - 2;
  while (k > floor && k > at - 10 && !/^of$/i.test(tokens[k].text)) k--;
  if (k <= floor || !/^of$/i.test(tokens[k].text) || !PART_OF.test(tokens[k - 1].text)) return null;
  const np = nounPhraseEndingAt(tokens, at, floor);
  return np && np.first - 2 >= floor && /^of$/i.test(tokens[np.first - 1].text) && PART_OF.test(tokens[np.first - 2].text) && groupHead(tokens[np.last - 1]) ? { first: np.first - 2, last: np.last } : null;
}

function groupHead(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && (/[^s]s$/i.test(t.text) || /^(people|staff|police|public|media|men|women|children)$/i.test(t.text)) || /^(us|them|you)$/i.test(t.text);
}
const PART_OF = /^(one|two|three|four|five|several|some|many|most|none|each|all|both|either|neither|few|another|any|dozens|hundreds)$/i;

/**
 * The speaker before an appositive that closes at `m - 1` ("Cory James, 22, of Flint, Mich., said"),
 * or null. Commas from `inside` on belong to a quotation within the appositive and open nothing.
 */
function appositiveSpeaker(tokens: Token[], at: number, m: number, floor: number, inside: number): TokenSpan | null {
  // An appositive (or several: "Cory James, 22, of Flint, Mich., said") between the name and the cue:
  // the speaker is the noun phrase before it, best one that opens the sentence or clause.
  const closer = tokens[m - 1].text;
  // "The court blocked the sale in 1986, citing …", "Clinton spoke in Tulsa, Oklahoma, arguing …": a
  // participle after a comma or dash opens a clause of the sentence's subject, and what stands before
  // the comma is no appositive of a speaker.
  if (closer !== ')' && /ing$/i.test(tokens[at].text)) return null;
  // ("His commander, a captain who asked to be identified only by his first name, Oleksii, said": the name given.)
  const given = nameGivenIn(tokens, floor, m);
  if (given) return given;
  const opener = closer === ')' ? '(' : closer;
  // "Even China, Pyongyang's only ally, said …": a sentence adverb before the name still leaves it the subject.
  const adverbLead = tokens[floor].pos === 'ADV' ? floor + 1 : -1;
  let nearest: TokenSpan | null = null;
  let fallback: TokenSpan | null = null;
  for (let k = m - 2; k > floor && k >= m - 45; k--) {
    const t = tokens[k].text;
    if (k >= inside) continue;
    if (t !== opener && !(closer === ',' && t === '(') && !(closer === ')' && t === ',')) continue;
    if (t === '-' && !spacedHyphen(tokens, k)) continue;
    // ("One of them, a diplomat involved in the negotiations, said": a part of a group before the appositive;
    // "one of his advisers, Tad Devine, told", "one of them, The Associated Press's Lisa Lerer," name the part.)
    let named = false;
    for (let j = k + 1; j < m - 1 && j < k + 5 && !named; j++) named = tokens[j].pos === 'PROPN';
    const part = named ? null : partOfGroup(tokens, k, floor);
    const inner = part ?? nounPhraseEndingAt(tokens, k, floor);
    if (!inner) continue;
    // "A source inside the camp, a refugee who …, said": a source or person goes on before its preposition.
    const np = part ?? whereabouts(tokens, inner, floor) ?? documentBy(tokens, inner, floor) ?? inner;
    // "as Tom Ridge, a former secretary, put it": "as" is tagged a preposition there.
    // "On “Fox News Sunday,” Gov. Mike Pence (R-IN) said": a comma inside closing marks ends the lead too.
    // ("The issue came up after Mr. Trump, asked about it, had said, …": wink tags "after" and "when" otherwise.)
    const opens = np.first === floor || LEAD.test(tokens[np.first - 1].text) || tokens[np.first - 1].pos === 'SCONJ' || tokens[np.first - 1].pos === 'SPACE' || /^(as|after|before|when|while|because|since|until|once|although|though)$/i.test(tokens[np.first - 1].text)
      || (np.first - 2 >= floor && /^(”|"|''|’)$/.test(tokens[np.first - 1].text) && tokens[np.first - 2].text === ',');
    if ((opens && np.first === skipLead(tokens, floor, at)) || np.first === adverbLead) return np;
    if (opens && !nearest) nearest = np;
    // "First his wife, a longtime aide, announced …": no opener, but a noun phrase just before the appositive.
    if (!fallback) fallback = np;
  }
  if (nearest) return nearest;
  if (fallback && fallback.first - 1 >= floor && /^(first|then|now|also|later|meanwhile|separately)$/i.test(tokens[fallback.first - 1].text)) return fallback;
  // "One delegate not on the slate, Kelly Smith, told …": the name between the commas speaks.
  if (closer === ',') {
    const named = nounPhraseEndingAt(tokens, m - 1, floor);
    if (named && tokens[named.last - 1].pos === 'PROPN' && named.first - 1 > floor && tokens[named.first - 1].text === ',') return named;
    // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said": a full
    // name opens the part between the commas, whatever places follow it.
    let c = m - 2;
    while (c > floor && c > m - 14 && tokens[c].text !== ',') c--;
    if (c > floor && tokens[c].text === ',' && c + 2 < m - 1 && tokens[c + 1].pos === 'PROPN' && tokens[c + 2].pos === 'PROPN' && /^[A-Z]/.test(tokens[c + 1].text) && !hasVerb(tokens, c + 1, m - 1)) {
      let n = c + 1;
      while (n < m - 1 && tokens[n].pos === 'PROPN') n++;
      return { first: c + 1, last: n };
    }
  }
  return null;
}

/**
 * "… his first name, Oleksii," or "… gave her name only as Fatima," in [from, to): the name set off after "first
 * name" (or given, last or family name), or after "only as" / "name as".
 */
function nameGivenIn(tokens: Token[], from: number, to: number): TokenSpan | null {
  for (let k = from + 1; k + 2 < to; k++) {
    const afterName = /^names?$/i.test(tokens[k].text) && /^(first|given|last|family)$/i.test(tokens[k - 1].text) && tokens[k + 1].text === ',';
    const onlyAs = /^as$/i.test(tokens[k + 1].text) && /^(only|name)$/i.test(tokens[k].text);
    if (!afterName && !onlyAs) continue;
    let n = k + 2;
    while (n < to && tokens[n].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[n].text)) n++;
    if (n > k + 2 && n <= to && (n === to || tokens[n].text === ',')) return { first: k + 2, last: n };
  }
  return null;
}

/**
 * ",”" (or ",''") just before `m`, closing a short quoted phrase (no clause) that opened inside the
 * sentence: the comma, and where the quotation opened.
 */
function quotationInAppositive(tokens: Token[], m: number, floor: number): { comma: number; open: number } | null {
  let comma = m - 1;
  while (comma >= floor && comma >= m - 2 && /^(”|’|"|'')$|^'$/.test(tokens[comma].text)) comma--;
  if (comma === m - 1 || comma < floor || tokens[comma].text !== ',') return null;
  for (let k = comma - 1; k > floor && k >= comma - 12; k--) {
    if (/^(“|‘|"|''|``|')$/.test(tokens[k].text)) {
      while (k - 1 > floor && tokens[k - 1].text === "'") k--;
      // A name or phrase in marks ("a “sociopath,”"); a quoted clause is the speaker's own words.
      return tokens[k - 1].pos === 'SPACE' || hasFiniteVerb(tokens, k, comma) ? null : { comma, open: k };
    }
  }
  return null;
}

const OBJECT_CONTROL = /^(driv|drov|leav|left|forbid|forbad|permit|teach|taught|train|spur|urg|ask|tell|told|want|expect|encourag|invit|forc|allow|push|press|challeng|persuad|convinc|order|need|get|got|lead|led|prompt|inspir|help|pressur|implor|beg|remind|warn|advis|instruct|direct|authori|requir|caus|motivat|enabl|compel|tempt|trust|prefer|lik|appoint|elect|chose|choos|hir|sen[dt]|pa[yi]|recruit|nominat|tap|pick|select|empower|call|dar)/i;
function infinitiveBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^to$/i.test(tokens[k].text)) return true;
  return false;
}

const DASHES = /^(—|–|―|--)$/;
/** A dash, or a hyphen typed for one. */
export function isDash(tokens: Token[], i: number): boolean {
  return DASHES.test(tokens[i].text) || spacedHyphen(tokens, i);
}
/** A dash at k with "and" or "but" after it, before `end`: where an aside set off by dashes closes ("… she said - and charged …"). */
export function asideClosesAt(tokens: Token[], k: number, end: number): boolean {
  return k + 1 < end && isDash(tokens, k) && /^(and|but)$/i.test(tokens[k + 1].text);
}
/** " - " typed for a dash: a hyphen with a space on each side. */
function spacedHyphen(tokens: Token[], i: number): boolean {
  return tokens[i].text === '-' && i > 0 && i + 1 < tokens.length && tokens[i - 1].end < tokens[i].start && tokens[i].end < tokens[i + 1].start;
}
/** Whom a message goes to, as the object before a participle of saying: never its speaker. */
const AUDIENCE = /^(me|him|her|them|us|you|supporters|followers|employees|staff|staffers|members|voters|donors|readers|viewers|reporters|journalists|subscribers|constituents|colleagues|aides|fans)$/i;

/** "records filed Friday shows": a source participle that the next cue's subject phrase takes in. */
function describesSource(tokens: Token[], cue: Cue, u0: number, end: number): boolean {
  if (cue.last - cue.first !== 1 || !SOURCE_PARTICIPLES.test(tokens[cue.first].text)) return false;
  for (let k = cue.last; k < end && k <= cue.last + 4; k++) {
    if (!cueAt(tokens, k, end)) continue;
    return skipModifiersLeft(tokens, k, u0) <= cue.first;
  }
  return false;
}
/** Token k is a hyphen inside a compound, or a word glued to one ("question-and-answer"). */
function hyphenGlued(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text === '-') return k > 0 && glued(tokens[k - 1], t) && k + 1 < tokens.length && glued(t, tokens[k + 1]);
  return (k > 0 && tokens[k - 1].text === '-' && glued(tokens[k - 1], t)) && k + 1 < tokens.length && tokens[k + 1].text === '-' && glued(t, tokens[k + 1]);
}
/**
 * "In a Facebook message posted Friday, Cruz said …", "in a statement released by his office": a
 * participle after a channel set in a preposition's phrase tells of the channel, and reports nothing.
 */
function describesChannel(tokens: Token[], cue: Cue, u0: number): boolean {
  const c = cue.first;
  const w = tokens[c - 1]?.text.toLowerCase() ?? '';
  if (cue.last - c !== 1 || c - 1 < u0 || !CHANNEL_PARTICIPLE.test(tokens[c].text) || !channelWord(w)) return false;
  let k = c - 2;
  // ("in a question-and-answer statement posted on its website": a compound's hyphens and inner words too.)
  let words = 0;
  while (k >= u0 && words < 5) {
    if (hyphenGlued(tokens, k)) { k--; continue; }
    if (!/^(DET|PROPN|NOUN|ADJ|PART)$/.test(tokens[k].pos)) break;
    k--;
    words++;
  }
  return k >= u0 && tokens[k].pos === 'ADP' && /^(in|on|via|through|with|during)$/i.test(tokens[k].text);
}
const CONTACT_PRONOUNS = /^(i|we|he|she|they|you)$/i;

/**
 * "the experts I interviewed said", "officials we spoke with say": a noun phrase with a relative
 * clause that has no "who" (a pronoun and a past verb, perhaps a preposition) before the cue.
 */
function contactClauseSpeaker(tokens: Token[], m: number, floor: number): TokenSpan | null {
  let k = m - 1;
  if (k >= floor && /^(with|to)$/i.test(tokens[k].text)) k--;
  if (k - 1 < floor || tokens[k].pos !== 'VERB' || !/(ed|spoke|met|saw|heard|talked)$/i.test(tokens[k].text)) return null;
  if (!CONTACT_PRONOUNS.test(tokens[k - 1].text)) return null;
  const np = nounPhraseEndingAt(tokens, k - 1, floor);
  return np && tokens[np.last - 1].pos !== 'PRON' ? np : null;
}

/**
 * "Interfax quoted Peskov as saying", "KCNA quoted Kim Jong Un, the country's leader, as saying", "Xinhua cited Wang
 * Yi as saying": the one quoted (the cue "quoted … as saying" spans him), or null when the cue at `cue` is no such
 * active quoting.
 */
function quotedAs(tokens: Token[], cue: Cue, end: number): { speaker: TokenSpan; cue: Cue; words: number } | null {
  if (!/^(quoted|quotes|quoting|cited|cites|citing)$/i.test(tokens[cue.first].text) || cue.last !== cue.first + 1) return null;
  // ("State media quoted him as saying": the one quoted named by a pronoun.)
  let np = /^(him|her|them)$/i.test(tokens[cue.last]?.text ?? '') ? { first: cue.last, last: cue.last + 1 } : nounPhraseStartingAt(tokens, cue.last, end);
  // ("quoted the nuclear chief, Mohammad Eslami, as saying": a title whose noun the tagger read as an adjective.)
  if (!np && tokens[cue.last]?.pos === 'DET') {
    let c = cue.last + 1;
    while (c < end && c < cue.last + 6 && tokens[c].text !== ',') c++;
    if (c < end && tokens[c].text === ',') np = { first: cue.last, last: c };
  }
  if (!np) return null;
  let k = np.last;
  // ("quoted the head of the Atomic Energy Organization of Iran, Mohammad Eslami, as saying": a title's "of" phrase.)
  if (/^of$/i.test(tokens[k]?.text ?? '')) {
    let c = k + 1;
    while (c < end && c < k + 10 && tokens[c].text !== ',' && !/^as$/i.test(tokens[c].text)) c++;
    if (c < end && tokens[c].text === ',') k = c;
  }
  // (An appositive between the name and "as saying"; a name set off after a title is the speaker.)
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < end && c < k + 14 && tokens[c].text !== ',') c++;
    if (c < end && tokens[c].text === ',') {
      const name = nounPhraseStartingAt(tokens, k + 1, c);
      if (name && name.last === c && tokens[name.first].pos === 'PROPN' && tokens[np.first].pos !== 'PROPN') np = name;
      k = c + 1;
    }
  }
  if (k + 1 >= end || !/^as$/i.test(tokens[k].text) || !/^(saying|telling|writing)$/i.test(tokens[k + 1].text)) return null;
  return { speaker: np, cue: { first: cue.first, last: cue.last, lemma: 'say', kind: 'speech' }, words: k + 2 };
}

/** The outlet that quoted someone, named before `cue` ("Interfax quoted …"), by its name alone. */
function quotingOutlet(tokens: Token[], cue: Cue, floor: number, text: string): string | null {
  const outlet = speakerBefore(tokens, cue.first, floor);
  // ("The official KCNA news agency": a capital opening a description, not a title like "The Hill".)
  return outlet ? outletName(text.slice(tokens[outlet.first].start, tokens[outlet.last - 1].end).replace(/^The\s+(?=\p{Ll})/u, 'the ')) : null;
}

/**
 * "Peskov was quoted by the TASS news agency as saying: “…”": the passive whose "as saying" ends at
 * `c` is the cue (with the agency as its channel), not the participle; null when there is none.
 */
function relayedBefore(tokens: Token[], a: number, c: number, end: number, text: string): Frame | null {
  if (!/^(saying|telling|writing)$/i.test(tokens[c].text) || !/^as$/i.test(tokens[c - 1]?.text ?? '')) return null;
  for (let k = c - 2; k >= a && k > c - 18; k--) {
    if (!/^(quoted|cited)$/i.test(tokens[k + 1].text)) continue;
    const cue = cueAt(tokens, k, end);
    if (cue && cue.last <= c) return { speaker: speakerBefore(tokens, cue.first, a), cue, channel: afterCue(tokens, cue, end, text).channel };
    // ("TASS quoted Peskov as saying: “…”")
    const active = cueAt(tokens, k + 1, end);
    const relayed = active && quotedAs(tokens, active, end);
    return relayed && relayed.words === c + 1 ? { speaker: relayed.speaker, cue: relayed.cue, channel: quotingOutlet(tokens, active, a, text) } : null;
  }
  return null;
}

/** Whether "and" or "but" stands in tokens [a, b). */
function conjunctionIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^(and|but)$/i.test(tokens[k].text)) return true;
  return false;
}

/**
 * A frame that fills tokens [a, last) on its own, beside a quote: after it ("…,” Mr. Miller
 * said Monday.", "…,” said Oleg Kiriyanov, head of …") or before it ("He added: “…”").
 */
export function frameIn(tokens: Token[], a: number, last: number, text: string, where: 'after' | 'before', intoQuote = false): Frame | null {
  if (where === 'after') {
    // "”…” ― Sonya Herridge": a reader's or a letter's signature after a dash.
    let d = a;
    while (d < last && /^[,.]$/.test(tokens[d].text)) d++;
    if (d < last && /^(―|—|–|--)$/.test(tokens[d].text)) {
      const end = trimTail(tokens, d + 1, last);
      const sp = nounPhraseStartingAt(tokens, d + 1, end);
      if (sp && sp.last >= end - 1 && sp.last - sp.first <= 6) return { speaker: sp, cue: { first: d, last: d + 1, lemma: 'dash', kind: 'speech' }, channel: null };
    }
  }
  const from = a;
  a = skipLead(tokens, a, last);
  if (a >= last) return null;
  if (where === 'after') {
    const c = cueAt(tokens, a, last);
    // ("… only “legitimate military targets,” and accused Kyiv of …": a verb after "and" shares the sentence's
    // subject; what follows it is its object, not a speaker.)
    if (c && c.kind === 'speech' && conjunctionIn(tokens, from, a)) return null;
    if (c && (c.kind === 'speech' || c.kind === 'source')) {
      // ("…,” according to a statement from his office": the whole source, whose document is the channel.)
      const found = c.kind === 'source' ? sourceAfter(tokens, c.last, last) : nounPhraseStartingAt(tokens, c.last, last);
      const sp = found && (c.kind === 'source' ? found : nameGoesOn(tokens, found, last));
      if (c.kind === 'source' && !sp) return null;
      if (c.kind === 'source') {
        const channel = sourceChannel(tokens, sp!);
        const doc = sp!.first + (tokens[sp!.first].pos === 'DET' ? 1 : 0);
        return { speaker: channel ? { first: doc + 2, last: sp!.last } : sp, cue: c, channel };
      }
      // "a “sociopath,” said he doesn’t …": a clause follows the cue, so the quotation is no speaker's words.
      if (sp && c.kind === 'speech' && clauseOpensAt(tokens, sp.last, last)) return null;
      // "Cruz said that there is “…,” adding that …", "…,” telling reporters …": a participle opens a
      // report of the sentence's subject (what follows it is a hearer or the report, never its speaker);
      // the quotation before it belongs to that subject's first cue.
      if (c.kind === 'speech' && /ing$/i.test(tokens[c.first].text)) return null;
      const b = afterCue(tokens, c, last, text);
      return { speaker: sp, cue: c, channel: b.channel };
    }
    // "…,” Mr. Coons told MSNBC." / "…,” he said, adding that …" / "…,” as the mayor put it."
    if (/^as$/i.test(tokens[a].text) && a + 1 < last) a++;
    // ("…,” a resident, who asked not to be named, told the AP": the cues of a relative aside are not the frame's.)
    const aside = relativeAsideAfter(tokens, a, last);
    for (let i = a + 1; i < last && i < a + 45; i++) {
      if (aside && i > aside.first && i <= aside.last) continue;
      const cue = cueAt(tokens, i, last);
      // ("…,” Interfax quoted Peskov as saying.": the one quoted, with the outlet as the channel.)
      const relayed = cue && quotedAs(tokens, cue, last);
      if (relayed) return skipLead(tokens, a, cue.first) < cue.first ? { speaker: relayed.speaker, cue: relayed.cue, channel: quotingOutlet(tokens, cue, a, text) } : null;
      if (!cue || cue.kind === 'stance' || cue.kind === 'cognition' && !/think|believe/.test(cue.lemma)) continue;
      if (cue.kind === 'source') return null;
      let sp = speakerBefore(tokens, cue.first, a);
      // "…,” chairman, CEO and president Craig Menear said": a list of titles opens the speaker.
      if (sp && sp.first > a && titlesOnly(tokens, a, sp.first)) sp = { first: a, last: sp.last };
      // ("…,” Fight for $15 organizing director Kendall Fells told …": a body's name before the title.)
      if (sp && sp.first > a && bodyNameOnly(tokens, a, sp.first)) sp = { first: a, last: sp.last };
      // ("…,” Priya Raman, an analyst at the … think tank told CBS News.": an appositive whose closing comma is missing.)
      if (sp && sp.first > a) sp = unclosedAppositive(tokens, a, cue.first) ?? sp;
      if (!sp || sp.first !== a) return null;
      const b = afterCue(tokens, cue, last, text);
      // “Sunday Morning Futures,” Rep. Issa said Clinton's “judgment” … : a report follows, not a frame.
      const end = trimTail(tokens, b.clause, last);
      // A clause right after the cue (up to the next comma) makes this reported speech, not a frame;
      // a participle ("…, announcing that …") or a subordinate clause ("as he left") does not.
      let stop = b.clause;
      while (stop < end && tokens[stop].text !== ',') stop++;
      // A prepositional phrase ("in his office overlooking the bay") is where, not what, they said; a
      // participle after the channel ("in a statement released by the ministry") describes it.
      // ("…,” Trump said to fired-up delegates", "said to laughs": "to" and whom, however wink tags what follows.)
      const startsClause = b.clause < end && tokens[b.clause - 1]?.text !== ',' && !SUBORDINATOR.test(tokens[b.clause].text) && !(tokens[b.clause].pos === 'VERB' && /(ing|ed)$/.test(tokens[b.clause].text)) && tokens[b.clause].pos !== 'ADP' && !toHearers(tokens, b.clause, cue);
      // ("…,” she said - and charged that …": the frame closes an aside set off by dashes.)
      if (asideClosesAt(tokens, b.clause, last)) return { speaker: sp, cue, channel: b.channel };
      if (b.that || (startsClause && hasVerb(tokens, b.clause, stop))) return null;
      // "Rep. Issa said Clinton’s “judgment” …": the frame runs straight into a quote (not a programme named
      // after where it was said: "said Thursday on Fox’s “Fox and Friends,”" leaves only the possessive).
      const showOfPlace = /^['’]s$/.test(tokens[b.clause]?.text ?? '') && tokens[b.clause - 1].pos === 'PROPN' && b.clause + 1 >= end;
      if (intoQuote && startsClause && stop >= end && !isPunct(tokens[last - 1]) && !showOfPlace) return null;
      return { speaker: sp, cue, channel: b.channel };
    }
    return null;
  }
  // "Said Ann Lee, who grew up there, “…”": the cue first, its speaker after it (not "… and said they
  // would “…”", where what follows the cue is a clause and the speaker is the sentence's subject).
  if (/^(said|says)$/i.test(tokens[a].text)) {
    const sp = nounPhraseStartingAt(tokens, a + 1, last);
    const clause = sp && sp.last < last && (tokens[sp.last].pos === 'AUX' || tokens[sp.last].pos === 'VERB');
    if (sp && !clause) return { speaker: sp, cue: { first: a, last: a + 1, lemma: 'say', kind: 'speech' }, channel: null };
  }
  // ("Beijing, said spokesperson Lin Jian, “will take …”": a subject, then the frame set off by commas.)
  const subject = a + 2 < last ? nounPhraseStartingAt(tokens, a, last) : null;
  if (subject && tokens[subject.last]?.text === ',' && /^(said|says)$/i.test(tokens[subject.last + 1]?.text ?? '')) {
    const sp = nounPhraseStartingAt(tokens, subject.last + 2, last);
    if (sp && tokens[sp.last]?.text === ',' && trimTail(tokens, sp.last, last) === sp.last) return { speaker: sp, cue: { first: subject.last + 1, last: subject.last + 2, lemma: 'say', kind: 'speech' }, channel: null };
  }
  // "…, saying, “…”", "he said, “…”", "Trump told reporters: “…”": the cue right before the quote.
  const endB = trimTail(tokens, a, last);
  if (endB < last && /^[,:]$/.test(tokens[endB].text)) {
    let c = endB - 1;
    while (c > a && (tokens[c].pos === 'PROPN' || tokens[c].pos === 'NOUN' || tokens[c].pos === 'DET' || tokens[c].pos === 'ADP') && c > endB - 5) c--;
    // "Article 33 affirms:", "The report states:": a verb of saying the tagger read as a plural noun, right before the colon.
    // Its subject ends in a name or a noun ("Article 33": a number after a capitalised word), not a count ("won 10 states:").
    const subjEnd = endB - 2 >= a ? tokens[endB - 2] : null;
    const numbered = subjEnd?.pos === 'NUM' && endB - 3 >= a && CAPITALISED.test(tokens[endB - 3].text) && tokens[endB - 3].pos !== 'VERB';
    const verbAsNoun = tokens[endB].text === ':' && !!subjEnd && (subjEnd.pos === 'NOUN' || subjEnd.pos === 'PROPN' || numbered)
      && tokens[endB - 1].pos === 'NOUN' && /s$/.test(tokens[endB - 1].text) ? cueOfWord(tokens, endB - 1) : null;
    // ("Peskov was quoted by the TASS news agency as saying:", "TASS quoted Peskov as saying:")
    const relayed = relayedBefore(tokens, a, c, endB, text);
    if (relayed?.speaker) return relayed;
    const cue = verbAsNoun ?? cueAt(tokens, c, endB) ?? cueBeforeSetting(tokens, a, endB, text);
    // ("someone in the gallery called out, “Shame”": calling out right before the words is saying them.)
    if (cue && (cue.kind === 'speech' || cue.lemma === 'call out')) {
      const b = afterCue(tokens, cue, endB, text);
      if (b.clause >= endB) {
        const m = skipModifiersLeft(tokens, cue.first, a);
        const shared = tokens[cue.first].text.endsWith('ing') || (m - 1 > a && /^(and|but)$/i.test(tokens[m - 1].text));
        // ("…, he said in an interview with ZDF, adding: “…”": a participle after a frame is its speaker's.)
        const framed = shared && m - 1 > a && tokens[m - 1].text === ',' && /ing$/i.test(tokens[cue.first].text) ? frameSpeakerBefore(tokens, m - 1, a, endB) : null;
        let sp = speakerBefore(tokens, cue.first, a) ?? framed ?? (shared ? subjectOf(tokens, a, cue.first) : null);
        // "Article 33 affirms:": the number is the article's.
        if (sp && sp.last - sp.first === 1 && tokens[sp.first].pos === 'NUM' && sp.first - 1 >= a && CAPITALISED.test(tokens[sp.first - 1].text)) sp = { first: sp.first - 1, last: sp.last };
        // "The senator emailed supporters saying: “…”": those written to are the object; the subject writes.
        if (sp && shared && sp.first > a && AUDIENCE.test(tokens[sp.last - 1].text)) sp = subjectOf(tokens, a, sp.first) ?? sp;
        if (sp) return { speaker: sp, cue, channel: b.channel };
      }
    }
  }
  const end = trimTail(tokens, a, last);
  for (let i = a + 1; i < end && i < a + 45; i++) {
    const cue = cueAt(tokens, i, end);
    if (!cue || cue.kind === 'source' || cue.kind === 'stance') continue;
    const sp = speakerBefore(tokens, cue.first, a);
    if (!sp || sp.first !== a) return null;
    const b = afterCue(tokens, cue, end, text);
    // "X said that “…”" or "Aides say the governor plans to “…”" report speech; the quote is a
    // part of it. Only a frame with nothing after the cue but hearer, time or channel stands alone.
    if (b.that || b.clause < end || needsClause(cue)) return null;
    return { speaker: sp, cue, channel: b.channel };
  }
  return null;
}

/**
 * "footage of Trump saying during the debate last week, “…”": a cue a few words before the comma, with
 * only when, where or to whom between (as afterCue reads them).
 */
function cueBeforeSetting(tokens: Token[], a: number, endB: number, text: string): Cue | null {
  for (let c = endB - 2; c > a && c >= endB - 8; c--) {
    const cue = cueAt(tokens, c, endB);
    if (!cue) continue;
    return cue.kind === 'speech' && afterCue(tokens, cue, endB, text).clause >= endB ? cue : null;
  }
  return null;
}

/**
 * "… on Wednesday’s “Sean Hannity Show.”", "… on Wednesday’s broadcast of CNN’s “New Day.”": a
 * programme's title in marks, owned by a name or a day, after a preposition closing the clause, is
 * where it was said. Returns the preposition's index and the title, or null.
 */
function programmeAtEnd(tokens: Token[], first: number, last: number, text: string): { at: number; name: string } | null {
  // (The closing mark may belong to the next sentence's tokens: the title runs to the clause's end.)
  const close = trimTail(tokens, first, last);
  let open = close - 1;
  while (open > first && !OPEN_DOUBLE.test(tokens[open].text)) open--;
  if (open <= first + 2 || !/^['’]s$/.test(tokens[open - 1].text) || !glued(tokens[open - 2], tokens[open - 1])) return null;
  const name = text.slice(tokens[open + 1].start, tokens[trimTail(tokens, open + 1, close) - 1]?.end ?? tokens[open + 1].end);
  if (!name || name.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(name)) return null;
  // Back over the owner ("CNN", "Wednesday", "Fox News Channel") and "broadcast of" to the preposition.
  for (let k = open - 2; k > first && k >= open - 9; k--) {
    if (/^(on|during|in)$/i.test(tokens[k].text) && tokens[k].pos === 'ADP') return { at: trimTail(tokens, first, k), name: name.replace(/[.,]$/, '') };
    if (!/^(PROPN|NOUN|ADP|PART|DET)$/.test(tokens[k].pos) && !TIME_WORDS.has(tokens[k].text.toLowerCase())) return null;
  }
  return null;
}

/**
 * "…, in an inaugural address that Beijing quickly denounced": a channel set off by a comma, then a
 * relative clause about it, closes the report.
 */
function describedChannelAtEnd(tokens: Token[], first: number, close: number, text: string): { at: number; name: string } | null {
  for (let k = close - 4; k > first; k--) {
    if (tokens[k].text !== ',' || !/^(in|during)$/i.test(tokens[k + 1].text)) continue;
    const found = nounPhraseStartingAt(tokens, k + 2, close);
    const np = found && channelNounAfter(tokens, found, close);
    if (!np || np.last >= close || !/^(that|which)$/i.test(tokens[np.last].text) || !CHANNEL_NOUN_SET.has(tokens[np.last - 1].text.toLowerCase())) return null;
    return { at: k, name: bareWords(text.slice(tokens[np.first].start, tokens[np.last - 1].end)) };
  }
  return null;
}

/**
 * "in a tweet", "in his remarks": a channel of the speaker's own, set in an article or a pronoun
 * (not "in Exxon Mobil's letter", another's, nor "in political speech").
 */
function ownChannel(tokens: Token[], at: number, last: number): boolean {
  let k = at;
  while (k < last && !/^(in|on|during|through|via)$/i.test(tokens[k].text)) k++;
  if (k + 1 >= last) return false;
  // ("on his Telegram channel", "on X", "on Truth Social")
  const next = tokens[k + 1].text.toLowerCase();
  return /^(a|an|the|his|her|its|their)$/.test(next) || CHANNEL_PLATFORMS.includes(next) || (next === 'truth' && k + 2 < last && /^social$/i.test(tokens[k + 2].text));
}

/**
 * "in a statement posted on Telegram": where the channel's phrase begins when the one at `k` closes
 * the participle's phrase of a channel before it, else `k`.
 */
function outerChannel(tokens: Token[], first: number, k: number): number {
  const p = k - 1;
  if (p - 2 <= first || tokens[p].pos !== 'VERB' || !CHANNEL_PARTICIPLE.test(tokens[p].text) || !CHANNEL_NOUN_SET.has(tokens[p - 1].text.toLowerCase())) return k;
  let j = p - 1;
  while (j - 1 > first && /^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[j - 1].pos)) j--;
  return j - 1 > first && /^(in|on|through|via)$/i.test(tokens[j - 1].text) ? j - 1 : k;
}

/** "a statement on one of its websites", "a post on its channel": where the channel went out, closing at `limit`; else k. */
function postedOn(tokens: Token[], k: number, limit: number): number {
  if (tokens[k]?.text.toLowerCase() !== 'on') return k;
  let t = k + 1;
  if (t + 1 < limit && /^(one|some|several)$/i.test(tokens[t].text) && tokens[t + 1].text.toLowerCase() === 'of') t += 2;
  return nounPhraseStartingAt(tokens, t, limit)?.last ?? k;
}

/**
 * "thanked Washington in his nightly video address", "praised the troops in a statement": after an
 * object, a phrase naming the channel closes the report; what is reported ends before it.
 */
export function channelAtEnd(tokens: Token[], first: number, last: number, text: string): { at: number; name: string } | null {
  let close = trimTail(tokens, first, last);
  // ("blamed local officials on Twitter before the speech": when, after where.)
  for (let j = close - 2; j > first + 1 && j >= close - 5; j--) {
    if (/^(before|after|during)$/i.test(tokens[j].text) && tokens[j].pos === 'ADP' && nounPhraseStartingAt(tokens, j + 1, close)?.last === close) { close = j; break; }
  }
  const described = describedChannelAtEnd(tokens, first, close, text);
  if (described) return described;
  // (Far enough back for "in a statement carried by the official Korean Central News Agency".)
  for (let k = close - 2; k > first && k >= close - 12; k--) {
    if (!/^(in|on|during)$/i.test(tokens[k].text) || tokens[k].pos !== 'ADP') continue;
    // ("in a statement on one of its websites": where the channel went out; the channel is further back.)
    if (CHANNEL_NOUN_SET.has(tokens[k - 1].text.toLowerCase()) && postedOn(tokens, k, close) === close) continue;
    const found = nounPhraseStartingAt(tokens, k + 1, close);
    // (The tagger may read the head of "his video address" as a verb: it is taken with the phrase.)
    const np = found && channelNounAfter(tokens, found, close);
    // ("… in a statement posted on Telegram": the participle's phrase describes the channel.)
    if (!np || (np.last !== close && pastDescription(tokens, np.last, close) !== close && postedOn(tokens, np.last, close) !== close)) return null;
    const words = bareWords(text.slice(tokens[np.first].start, tokens[np.last - 1].end));
    if (CHANNEL_NOUN_SET.has(tokens[np.last - 1].text.toLowerCase())) return { at: trimTail(tokens, first, outerChannel(tokens, first, k)), name: words };
    // ("congratulated Sandu on X"; not "in a statement read on state television", whose statement is further back.)
    const readOn = k - 2 > first && /^(read|broadcast|aired|posted|shown)$/i.test(tokens[k - 1].text) && CHANNEL_NOUN_SET.has(tokens[k - 2].text.toLowerCase());
    if (np.last === close && tokens[k].text.toLowerCase() === 'on' && CHANNEL_PLATFORMS.includes(words.toLowerCase()) && !readOn) return { at: trimTail(tokens, first, k), name: words };
    // ("on Telegram" may close the participle's phrase of a channel further back.)
    if (np.last !== close) return null;
  }
  return null;
}

/**
 * How many words follow a frame that closes a sentence, less where it was said and a report of its own
 * ("… put it in an interview with the newspaper Izvestia, adding that …").
 */
export function wordsAfterFrame(rest: string): number {
  return rest.replace(/,\s+(?:adding|saying|noting|warning|writing)\b.*$/s, '').replace(/^\s*(?:in|on|at|during|before|after)\s+(?:an?|the|his|her|their)\s[^,]*$/, '')
    .split(/\s+/).filter(Boolean).length;
}

/** A noun and, right after it, a name or a pronoun that opens a clause on it ("purchases Mr. Trump", "ventures she"). */
function gapAt(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1], first = tokens[j];
  if (!before || before.pos !== 'NOUN' || before.sentence !== first.sentence || !/^[a-z]/.test(before.text) || TIME_WORDS.has(before.text) || NAME_PARTICLES.has(before.text)) return false;
  // (A name or a pronoun, "Mayor Ann Reyes" with its title: "the purchases the mayor requested" is left to the tagger.)
  return first.pos === 'PROPN' || first.pos === 'PRON' || /^[A-Z]/.test(first.text);
}

/**
 * "the massive purchases Mr. Trump requested — larger purchases … — into the text", "the purchases Mr. Trump
 * requested into the text": a speaker right after a noun, with no comma between, and a cue with nothing after
 * it that could be said (a preposition, a stop, a dash) is a relative clause on that noun: what was requested
 * is the noun, and nothing after the cue is a report.
 */
export function objectGapRelative(tokens: Token[], speaker: TokenSpan | null, cue: Cue, start: number): boolean {
  // (A report told before its cue points back: "…, a charge Islamabad denies" is Islamabad's denial of what came before.)
  if (!speaker || speaker.last !== cue.first || speaker.first === 0 || start < tokens[cue.first].start) return false;
  // (The speaker's phrase may have taken in the noun: "the massive purchases Mayor Ann Reyes"; a plural of things
  // only, since a noun before a name inside the phrase is mostly its title: "campaign chairman Paul Manafort".)
  let j = speaker.first;
  while (j < speaker.last && !(gapAt(tokens, j) && (j === speaker.first || (/[^s]s$/.test(tokens[j - 1].text) && !PERSON_DESCRIPTION_SET.has(tokens[j - 1].text))))) j++;
  if (j === speaker.last) return false;
  const first = tokens[j], after = tokens[cue.last];
  // (Not a comma: "Listing his ventures she added, Trump is a proven failure" is a frame after a lead-in that lost its comma.)
  // (Nor a preposition the report opens with, the cue's own: "which Hollande blamed for the attacks".)
  return !after || after.sentence !== first.sentence || /^[.;:—–-]$/.test(after.text) || (after.pos === 'ADP' && after.text !== 'that' && after.start !== start);
}

/**
 * "That was how Victor Cha, a Korea expert at CSIS, put it.", "That is what Mr. Smith said.": a
 * sentence that points back at the quotation just before it frames that quotation and reports nothing
 * more up to its cue. Returns the token after that cue, or -1 for any other sentence.
 */
export function pointsBack(tokens: Token[], u0: number, end: number, text: string): number {
  // Right after a quotation's closing mark ("That is what we proposed." alone reports "what we proposed").
  if (![tokens[u0 - 1], tokens[u0 - 2]].some((t) => t && CLOSE_DOUBLE.test(t.text))) return -1;
  const a = skipLead(tokens, u0, end);
  if (!(/^(that|this)$/i.test(tokens[a]?.text ?? '') && /^(is|was|['’]s)$/i.test(tokens[a + 1]?.text ?? '') && /^(what|how)$/i.test(tokens[a + 2]?.text ?? ''))) return -1;
  for (let k = a + 3; k < end; k++) {
    const cue = cueAt(tokens, k, end);
    if (cue) return cue.kind === 'speech' && (end - cue.last <= 4 || wordsAfterFrame(text.slice(tokens[cue.last - 1].end, tokens[end - 1].end)) <= 4) ? cue.last : -1;
  }
  return -1;
}

/** Whether tokens [a, b) are only titles, commas and "and" ("chairman, CEO and"). */
function titlesOnly(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = tokens[k].text;
    if (w !== ',' && w !== 'and' && !PERSON_DESCRIPTION_SET.has(w.toLowerCase()) && !/^C[EOFT]O$/.test(w)) return false;
  }
  return true;
}

/** A relative clause set off by commas after the phrase opening at `a` (", who asked not to be named,"): its commas. */
function relativeAsideAfter(tokens: Token[], a: number, last: number): TokenSpan | null {
  let k = a + 1;
  while (k < last && k < a + 8 && tokens[k].text !== ',' && tokens[k].pos !== 'VERB') k++;
  if (k + 1 >= last || tokens[k].text !== ',' || !/^(who|which)$/i.test(tokens[k + 1].text)) return null;
  for (let j = k + 2; j < last; j++) if (tokens[j].text === ',') return { first: k, last: j };
  return null;
}

/** Whether tokens [a, b) are only a capitalised name's words, with its small words and figures ("Fight for $15"). */
function bodyNameOnly(tokens: Token[], a: number, b: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[a].text) || tokens[a].pos === 'PRON') return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!/^\p{Lu}/u.test(t.text) && t.pos !== 'NUM' && !/^(for|of|and|&|\$|the)$/.test(t.text)) return false;
  }
  return true;
}

/** "Lee spoke for an hour", "talked for nearly two hours on Monday": how long, not what was said. */
function forHowLong(tokens: Token[], r: Reported): boolean {
  const { first, last } = r.clause;
  if (first < r.cue.last || !/^for$/i.test(tokens[first - 1]?.text ?? '') || hasVerb(tokens, first, last)) return false;
  const words: string[] = [];
  for (let k = first; k < last; k++) words.push(tokens[k].text.toLowerCase());
  return DURATION.test(words.join(' '));
}
const DURATION = /^(?:(?:nearly|about|almost|roughly|over|under|just|some|more than|less than|close to) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several|a few|few|many|\d+)(?: \S+)? (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?: (?:on|in|at|this|last|before|after|during|straight|today|yesterday|tonight)\b.*)?$/;

/**
 * Reported speech in tokens [u0, u1): every cue with a speaker and a clause. `blocked(i)` says a
 * token is inside a quote segment (cues there are the quoted person's words, not attribution).
 */
export function reportedIn(tokens: Token[], u0: number, u1: number, text: string, blocked: (i: number) => boolean): Reported[] {
  const out: Reported[] = [];
  const end = trimTail(tokens, u0, u1);
  // ("“…” That was how X put it, adding that …": the frame of the quotation before, then reports of its own.)
  const back = pointsBack(tokens, u0, end, text);
  for (let i = back >= 0 ? back : u0; i < end; i++) {
    if (blocked(i)) continue;
    const cue = cueAt(tokens, i, end);
    if (!cue) {
      if (!NO_CUE_REPORT_WORDS.has(tokens[i].text.toLowerCase())) continue;
      const r = raisedReportAt(tokens, i, u0, end) ?? passiveByAt(tokens, i, u0, end) ?? nominalAt(tokens, i, u0, end) ?? hearsayAt(tokens, i, u0, end) ?? askedAt(tokens, i, u0, end) ?? attitudeAt(tokens, i, u0, end) ?? inDocumentAt(tokens, i, u0, end) ?? inPollAfter(tokens, i, u0, end) ?? passiveAt(tokens, i, u0, end);
      if (r) addReport(tokens, out, r);
      continue;
    }
    // "…,” he continued." and "…,” she shot back." name a speaker beside a quote, never report a clause.
    if (cue.lemma === 'continue' || cue.lemma === 'shoot back' || cue.lemma === 'chime in') { i = cue.last - 1; continue; }
    // "an analysis of records filed Friday shows …": the participle describes the source of the next cue.
    if (describesSource(tokens, cue, u0, end) || describesChannel(tokens, cue, u0)) { i = cue.last - 1; continue; }
    // "when asked about the plan, …": no asker named, so not a frame of its own; the question is still reported.
    const r = reportedAt(tokens, cue, u0, end, text) ?? (cue.lemma === 'ask' ? askedAt(tokens, i, u0, end) : null);
    // (Before the spans are compared: the main clause after the relative one may have a frame of its own.)
    const relEnd = r && r.clause.first >= r.cue.last ? relativeClauseEnd(tokens, r, r.clause.last) : -1;
    if (r && relEnd >= 0 && relEnd < r.clause.last) {
      r.clause = { first: r.clause.first, last: trimTail(tokens, r.clause.first, relEnd) };
      // ("Wilfred Anagbe, who testified before the U.S. Congress this year, told …": where it was said, no words.)
      if (tokens[r.clause.first].pos === 'ADP' && !OBJECT_CUES.test(r.cue.lemma) && !hasVerb(tokens, r.clause.first, r.clause.last)) { i = cue.last - 1; continue; }
    }
    if (r && !namingNotSpeech(tokens, r.speaker, r.cue, end) && !forHowLong(tokens, r)) addReport(tokens, out, r);
    i = cue.last - 1;
  }
  channelVoices(tokens, out, text, u0);
  for (const r of out) outletBehind(tokens, r, text);
  for (const r of out) {
    if (r.clause.first < r.cue.last) continue;
    const last = trimTail(tokens, r.clause.first, Math.min(openingClauseEnd(tokens, u0, r.cue.last, r.clause.last), writersAfter(tokens, r.clause.first, r.clause.last), nextActAt(tokens, r.clause.first, r.clause.last, r.cue.kind === 'speech' || r.cue.kind === 'cognition'), whenAfterComma(tokens, r.clause.first, r.clause.last), namedThenAside(tokens, r)));
    if (last < r.clause.last && hasWords(tokens, r.clause.first, last)) r.clause = { first: r.clause.first, last };
  }
  // ("Trump cut aid, citing a law he says allows …, a claim officials deny": what they deny is the last report
  // before the claim, with its frame; the sentence's other reports stay their own.)
  for (const r of out) {
    if (!r.speaker || claimBefore(tokens, r.speaker, u0) !== r.clause.last) continue;
    let inner: Reported | null = null;
    for (const o of out) if (o !== r && o.clause.last === r.clause.last && o.cue.first > r.clause.first && (!inner || o.cue.first > inner.cue.first)) inner = o;
    if (inner) r.clause = { first: Math.min(inner.cue.first, inner.speaker?.first ?? inner.cue.first), last: r.clause.last };
  }
  if (out.length > 1) {
    cutAtOtherSpeakers(tokens, out);
    cutAtSharedSubjectCues(tokens, out);
    cutAtClosingFrames(tokens, out);
    // ("Modi is expected to meet Xi …, according to officials": once cut at the frame, the unnamed
    // expectation is the officials' report.)
    for (let k = out.length - 1; k >= 0; k--) {
      const r = out[k];
      if (!r.speaker && out.some((o) => o !== r && o.speaker && o.clause.first === r.clause.first && o.clause.last === r.clause.last)) out.splice(k, 1);
    }
  }
  // (After the cuts: "confirmed the agreement in a statement posted on Telegram, saying …" ends in its channel.)
  for (const r of out) {
    if (r.clause.first < r.cue.last) continue;
    // A channel closes an object's report, or any report without a verb of its own ("confirmed the agreement in a statement").
    const channel = channelAtEnd(tokens, r.clause.first, r.clause.last, text);
    // ("warned that the North would respond …, in a statement carried by KCNA": set off by a comma, it is the frame's.)
    const show = programmeAtEnd(tokens, r.clause.first, r.clause.last, text)
      ?? (channel && (OBJECT_CUES.test(r.cue.lemma) || (!hasVerb(tokens, r.clause.first, channel.at) && ownChannel(tokens, channel.at, r.clause.last))
        || (tokens[channel.at]?.text === ',' && ownChannel(tokens, channel.at, r.clause.last))) ? channel : null);
    if (show) {
      r.clause = { first: r.clause.first, last: show.at };
      r.channel ??= show.name;
    }
  }
  // "attacked the judge on Truth Social, calling him …", "said in a statement …, adding that …": a
  // participle that goes on from a report, with no speaker of its own (or the report's), says it the same way.
  for (let k = 1; k < out.length; k++) {
    const r = out[k], o = out[k - 1];
    if (!r.channel && o.channel && (!r.speaker || (o.speaker && r.speaker.first === o.speaker.first && r.speaker.last === o.speaker.last)) && o.cue.last <= r.cue.first && tokens[r.cue.first - 1]?.text === ',' && participleAt(tokens, r.cue.first)) r.channel = o.channel;
  }
  // "Cruz said Trump wants a wall": what Trump wants is Cruz's claim, not a view Trump is quoted
  // holding. Stances and beliefs inside another report's clause are part of that report.
  const worded = out.filter((r) => !wordless(tokens, r, text));
  if (worded.length > 1) {
    return worded.filter((r) => (r.cue.kind !== 'stance' && r.cue.kind !== 'cognition')
      || !worded.some((o) => o !== r && o.clause.first <= r.cue.first && r.cue.first < o.clause.last));
  }
  return worded;
}

/** Verbs whose object is a channel its subject speaks through ("issued a statement saying …"). */
const ISSUING = /^(issue|release|put out|send|send out|post|publish|write|deliver|give|make|tweet)$/;
const endsInChannel = (tokens: Token[], first: number, last: number): boolean => endsInChannelNoun(tokens, { first, last });
/** The channel a phrase names by its last word or two ("a statement", "a news conference"), without its determiner; else null. */
function channelNamed(tokens: Token[], np: TokenSpan, text: string): string | null {
  if (!endsInChannel(tokens, np.first, np.last)) return null;
  return bareWords(text.slice(tokens[np.first].start, tokens[np.last - 1].end));
}

/** A one-word channel noun or its plural ("statement", "tweets"), in lower case. */
function channelWord(w: string): boolean {
  return CHANNEL_NOUN_SET.has(w) || (w.length > 2 && w.endsWith('s') && CHANNEL_NOUN_SET.has(w.slice(0, -1)));
}
/** A channel noun or its plural ending tokens [first, last) ("a statement", "a series of tweets"). */
function endsInChannels(tokens: Token[], first: number, last: number): boolean {
  return endsInChannel(tokens, first, last) || channelWord(tokens[last - 1].text.toLowerCase());
}
/** Tokens [from, to) are no more than when ("a series of tweets early Friday saying"). */
function onlyTimeBetween(tokens: Token[], from: number, to: number): boolean {
  if (from > to) return false;
  for (let k = from; k < to; k++) if (!TIME_WORDS.has(tokens[k].text.toLowerCase())) return false;
  return true;
}
/** Nouns of number before "of" and the channels they count ("a series of tweets", "a flurry of posts"). */
const COUNT_OF = /^(series|string|flurry|barrage|volley|stream|pair|couple|number|handful)$/i;

/** The channel named between the verb that used it at `by` and the participle at `cue` ("a letter" in "sent a letter to the FBI asking"). */
function channelAfter(tokens: Token[], by: number, cue: number, text: string): string | null {
  for (let k = by + 2; k <= cue; k++) {
    if (!endsInChannels(tokens, k - 1, k)) continue;
    let a = k - 1;
    while (a > by + 1 && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[a - 1].pos)) a--;
    return bareWords(text.slice(tokens[a].start, tokens[k - 1].end));
  }
  return null;
}

/**
 * "issued a statement saying …", "said in a statement announcing …": the verb (its index) whose
 * channel the participle at `cue` goes on from, else -1. Its own report is the participle's.
 */
export function channelUser(tokens: Token[], cue: number, floor: number): number {
  if (!participleAt(tokens, cue)) return -1;
  let k = cue - 1;
  const phrase = () => { const top = k; while (k > floor && k > top - 6 && /^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[k].pos)) k--; };
  // ("unleashed a series of tweets early Friday saying …": when it was put out may stand between.)
  while (k > floor + 1 && TIME_WORDS.has(tokens[k].text.toLowerCase())) k--;
  // ("sent a letter to the FBI asking …": whom the channel went to may stand between.)
  if (k > floor && !endsInChannels(tokens, Math.max(floor, k - 1), k + 1)) {
    const top = k;
    phrase();
    if (k === top || !/^to$/i.test(tokens[k].text)) return -1;
    k--;
  }
  if (k <= floor || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') || !endsInChannels(tokens, Math.max(floor, k - 1), k + 1)) return -1;
  phrase();
  if (k > floor + 1 && /^of$/i.test(tokens[k].text) && COUNT_OF.test(tokens[k - 1].text)) {
    k--;
    phrase();
  }
  const via = tokens[k].pos === 'ADP' && /^(in|at|on|via|through|during)$/i.test(tokens[k].text);
  if (via) k--;
  if (k < floor || tokens[k].pos !== 'VERB') return -1;
  const lemma = CUE_FORMS.get(tokens[k].text.toLowerCase())?.[0].lemma ?? '';
  return via ? (lemma ? k : -1) : putsOut(tokens[k]) ? k : -1;
}

/** A verb that puts out a channel or a document ("issued", "released", "sent", "unleashed"). */
export function putsOut(t: Token): boolean {
  return ISSUING.test(CUE_FORMS.get(t.text.toLowerCase())?.[0].lemma ?? '') || /^(issued|released|sent|posted|published|put|unleashed|unleashes|unleash)$/i.test(t.text);
}

/**
 * "An editorial in the Global Times warned", "A report by the U.N. rights office said", "a letter from
 * 30 senators urged": who published or sent the channel speaks, through it.
 */
function outletBehind(tokens: Token[], r: Reported, text: string): void {
  const s = r.speaker;
  if (!s) return;
  if (nameBeforeChannel(tokens, r, text)) return;
  let k = s.first + 1;
  while (k < s.last && !/^(in|by|from)$/i.test(tokens[k].text)) k++;
  if (k + 1 >= s.last || !endsInChannel(tokens, s.first, k)) return;
  const np = nounPhraseStartingAt(tokens, k + 1, s.last);
  if (!np || np.last !== s.last || endsInChannel(tokens, np.first, np.last) || TIME_WORDS.has(tokens[np.last - 1].text.toLowerCase())) return;
  r.channel ??= channelNamed(tokens, { first: s.first, last: k }, text);
  r.speaker = np;
}

/**
 * "A White House statement said", "A Kremlin readout of the call said", "a Chinese Foreign Ministry
 * readout said": the name before the channel noun speaks through it. True when it did.
 */
function nameBeforeChannel(tokens: Token[], r: Reported, text: string): boolean {
  const s = r.speaker!;
  const first = tokens[s.first].pos === 'DET' ? s.first + 1 : s.first;
  let c = first;
  while (c < s.last && /^\p{Lu}/u.test(tokens[c].text) && (tokens[c].pos === 'PROPN' || tokens[c].pos === 'ADJ' || tokens[c].pos === 'NOUN')) c++;
  // ("the Sanders interview" is named after whom it questioned.)
  if (c === first || c >= s.last || !endsInChannel(tokens, c, c + 1) || /^(interview|interviews|profile)$/i.test(tokens[c].text)) return false;
  // (Only "of the call", "of the meeting" may follow: "a White House statement on the talks" is one.)
  const rest = c + 1 === s.last || (/^of$/i.test(tokens[c + 1].text) && s.last - (c + 2) <= 2 && /^(call|calls|meeting|meetings|talks|conversation|summit)$/i.test(tokens[s.last - 1].text));
  if (!rest) return false;
  r.channel ??= channelNamed(tokens, { first: c, last: c + 1 }, text);
  r.speaker = { first, last: c };
  return true;
}

/**
 * "issued a statement saying …", "said in a statement announcing …", "In a statement announcing the
 * sanctions, the Treasury said …": a participle right after a channel speaks with the voice of
 * whoever used the channel, through it; the report that only issued or used the channel goes.
 */
function channelVoices(tokens: Token[], out: Reported[], text: string, u0: number): void {
  for (const r of [...out]) {
    const s = r.speaker;
    if (!s || !onlyTimeBetween(tokens, s.last, r.cue.first)) continue;
    const by = channelUser(tokens, r.cue.first, u0);
    const user = by >= 0 ? out.find((o) => o !== r && o.speaker && o.cue.first === by) : undefined;
    // ("Grassley sent a letter …": sending is no report, and its subject is the speaker.)
    const sender = user?.speaker ?? (by >= 0 ? speakerBefore(tokens, by, u0) : null);
    if (sender) {
      r.speaker = sender;
      r.channel ??= user?.channel ?? channelAfter(tokens, by, r.cue.first, text);
      if (user) out.splice(out.indexOf(user), 1);
      continue;
    }
    const channel = channelNamed(tokens, s, text);
    if (!channel) continue;
    // (Set before the sentence's subject: the phrase ends at the comma before it.)
    const lead = s.first - 1;
    if (lead < u0 || tokens[lead].pos !== 'ADP' || !/^(in|on|via|through)$/i.test(tokens[lead].text)) continue;
    const main = out.find((o) => o !== r && o.speaker && o.cue.kind === 'speech' && o.speaker.first > r.cue.last && o.speaker.first < r.clause.last && tokens[o.speaker.first - 1]?.text === ',');
    if (!main) continue;
    r.speaker = main.speaker;
    r.channel ??= channel;
    r.clause = { first: r.clause.first, last: main.speaker!.first - 1 };
  }
}

/**
 * "The Fed is expected to act in December", "Smith is said to favour a deal": a passive report
 * with no named source. The subject and what it is expected to do are the report; the speaker is unknown.
 */
function raisedReportAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  if (i + 2 >= end) return null;
  // "She is seen as the stronger candidate", "he is known for speaking his mind": a reputation, held by no one named.
  const reputed = REPUTED.test(tokens[i].text) && /^(as|for)$/i.test(tokens[i + 1].text) && (tokens[i + 1].text.toLowerCase() === 'as' || /^known$/i.test(tokens[i].text));
  if (!reputed && (!RAISING.test(tokens[i].text) || !/^to$/i.test(tokens[i + 1].text))) return null;
  let b = i - 1;
  while (b > u0 && (tokens[b].pos === 'ADV' || /^(not|n’t|n't)$/i.test(tokens[b].text))) b--;
  if (b <= u0 || !/^(is|are|was|were|be|been|being|’s|'s)$/i.test(tokens[b].text)) return null;
  const lead = skipLead(tokens, u0, end);
  let stop = i + 2;
  while (stop < end && tokens[stop].text !== ';' && !(tokens[stop].text === ',' && stop + 1 < end && (subordinateAt(tokens, stop + 1, SUBORDINATOR) || /^(which|who)$/i.test(tokens[stop + 1].text)))) stop++;
  // ("Friedrich Merz, who is expected to become chancellor, had said …": a relative clause ends at the comma before the main verb.)
  if (b - 2 > lead && /^(who|which)$/i.test(tokens[b - 1].text) && tokens[b - 2].text === ',') {
    for (let k = i + 2; k + 1 < stop; k++) if (tokens[k].text === ',' && /^(AUX|VERB)$/.test(tokens[k + 1].pos) && !/ing$/i.test(tokens[k + 1].text)) { stop = k; break; }
  }
  if (b - lead < 1 || stop - (i + 2) < 1) return null;
  return { speaker: null, cue: { first: i, last: i + 1, lemma: tokens[i].text.toLowerCase(), kind: 'speech' }, channel: null, clause: { first: lead, last: stop } };
}
/**
 * "Netanyahu, who has vowed that Iran will never acquire the bomb, is expected to …": a report said in
 * a relative clause set off by commas ends at the comma after which the main clause's verb comes, and
 * one in a relative clause where another on the same noun begins.
 */
function relativeClauseEnd(tokens: Token[], r: Reported, end: number): number {
  if (!r.speaker) return end;
  // ("a package that Beijing called a “grave provocation” and that lawmakers had pressed for": a second
  // relative clause on the same noun is the writer's again.)
  const rel = r.speaker.first - 2 >= 0 && /^(that|which)$/i.test(tokens[r.speaker.first - 1].text) && tokens[r.speaker.first - 2].pos === 'NOUN' ? tokens[r.speaker.first - 1].text.toLowerCase() : null;
  for (let k = r.clause.first + 1; rel && k + 1 < end; k++) {
    if (/^(and|but)$/i.test(tokens[k].text) && tokens[k + 1].text.toLowerCase() === rel) return tokens[k - 1].text === ',' ? k - 1 : k;
  }
  // (The speaker may stand before a description set off by commas: "Joe Manchin, a Democrat, who has said …".)
  if (r.cue.first - r.speaker.last > 20) return end;
  let w = r.speaker.last;
  while (w < r.cue.first && !/^(who|which)$/i.test(tokens[w].text)) w++;
  // (Or after the description set off after the name: "Robert Vance, the co-founder of the fund who has argued …, is".)
  if (w >= r.cue.first || (tokens[w - 1]?.text !== ',' && tokens[r.speaker.last]?.text !== ',')) return end;
  // (The first comma only: "said the two men, and Mr. Cruz in particular, must do more" sets words off inside the report.)
  let k = r.clause.first + 1;
  while (k + 1 < end && tokens[k].text !== ',') k++;
  if (k + 1 >= end) return end;
  const v = CLOSING_MARK.test(tokens[k + 1].text) ? k + 2 : k + 1;
  const t = tokens[v];
  return v < end && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) ? k : end;
}

/**
 * "urged Republicans to join …, and criticized the party’s …", "proposes doing away with …, and plans
 * to …": after words with no finite verb, a verb in the first cue's tense is the subject's next act,
 * not more of what the first one reports (as in "said the company found it and disclosed it").
 */
function coordinatePredicate(tokens: Token[], r: Reported, o: Reported): boolean {
  const m = skipModifiersLeft(tokens, o.cue.first, r.cue.last);
  if (m - 1 <= r.clause.first || !/^(and|but)$/i.test(tokens[m - 1].text)) return false;
  const tense = tenseOf(tokens[o.cue.first]);
  if (!tense || tense !== tenseOf(tokens[r.cue.first])) return false;
  for (let i = r.clause.first; i < m - 1; i++) if (tokens[i].pos === 'AUX' || (tokens[i].pos === 'VERB' && tenseOf(tokens[i]) === tense)) return false;
  return true;
}
/**
 * "views Taiwan as its own territory and has stepped up …", "confirmed the attack but put the number at 88":
 * after words with no finite verb (an object's, an infinitive's; not a clause's, "said he left on good
 * terms but was …"), "and" before a verb in a tense (or "but" before any verb) opens the subject's next
 * act, and the report ends there; `last` when none does.
 */
function nextActAt(tokens: Token[], first: number, last: number, takesClause = false): number {
  for (let k = first + 1; k + 1 < last; k++) {
    const t = tokens[k];
    // (Words in marks are the speaker's own: "saying transparency “breaks down barriers and brings progress.”")
    if (OPEN_DOUBLE.test(t.text) || finiteVerbAt(tokens, k, first, last) || /^(who|which|that|whose)$/i.test(t.text)) return last;
    if (!/^(and|but)$/i.test(t.text)) continue;
    let v = k + 1;
    while (v < last && tokens[v].pos === 'ADV') v++;
    const next = tokens[v];
    if (!next) return last;
    // (Not a participle: "called the charges unsubstantiated and fabricated by former employees", "responsible and respected figures".)
    // (Nor one before its noun: "suggests globalization and related job losses have …".)
    const adjectival = /ed$/i.test(next.text) && /^(NOUN|ADJ)$/.test(tokens[v + 1]?.pos ?? '');
    const finite = next.pos === 'AUX' || (next.pos === 'VERB' && !!tenseOf(next) && !adjectival && !/^by$/i.test(tokens[v + 1]?.text ?? '') && tokens[k - 1].pos !== 'ADJ');
    if (finite || (/^but$/i.test(t.text) && next.pos === 'VERB' && !/(ing|ed)$/i.test(next.text))) return k;
    // (After a speech or thought cue, words with no verb are the clause's subject: "said his comments …, and attacks on women render him unfit".)
    if (opensNewClause(tokens, first, k) && !(takesClause && !verbIn(tokens, first, k)) && subjectThenVerb(tokens, v, last)) return k;
  }
  return last;
}
/** A comma or semicolon before "and" at k, or a dash that closes no aside ("Ukraine - and by extension its company - and eight other countries"). */
function opensNewClause(tokens: Token[], first: number, k: number): boolean {
  const sep = tokens[k - 1].text;
  if (/^[,;]$/.test(sep)) return true;
  if (!/^[—–-]$/.test(sep)) return false;
  for (let i = first; i < k - 1; i++) if (/^[—–-]$/.test(tokens[i].text)) return false;
  return true;
}
/** Whether a verb stands among tokens [first, end). */
function verbIn(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (tokens[i].pos === 'VERB') return true;
  return false;
}
/** "… and 1 percent support the Green Party's Jill Stein", "…, and Hillary Clinton is promising …": a new subject and its verb at `v`. */
function subjectThenVerb(tokens: Token[], v: number, last: number): boolean {
  let j = v;
  if (/^(he|she|they|we|i)$/i.test(tokens[j].text)) j++;
  else while (j < last && j - v < 6 && (/^(DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[j].pos) || /^(’s|'s|of)$/i.test(tokens[j].text))) j++;
  if (j === v || j >= last) return false;
  const verb = tokens[j];
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/i.test(verb.text) && !/^(ed|by)$/i.test(tokens[j + 1]?.text ?? '') && tokens[j - 1].pos !== 'DET');
}
/** No auxiliary and no verb in a tense in [first, last): an infinitive's or an object's words. */
function untensed(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i].pos === 'AUX' || (tokens[i].pos === 'VERB' && tenseOf(tokens[i]))) return false;
  return true;
}
const PAST_FORMS: ReadonlySet<string> = new Set(Object.values(IRREGULAR).map((forms) => forms[1]));
function tenseOf(t: Token): 'past' | 'present' | null {
  const w = t.text.toLowerCase();
  return /ed$/.test(w) || PAST_FORMS.has(w) ? 'past' : /[^s]s$/.test(w) ? 'present' : null;
}

/**
 * "Carson admitted the name was wrong, but said his campaign …", "The mayor praised the plan but said
 * …": a second cue inside a report's clause whose speaker stands before that clause shares the
 * sentence's subject, and the first report ends where the second begins. (A report nested in
 * another, "said that Cruz wants …", has its speaker inside the clause and is left whole.)
 */
function cutAtSharedSubjectCues(tokens: Token[], out: Reported[]): void {
  for (const r of out) {
    for (const o of out) {
      if (o === r || o.cue.first <= r.cue.first || o.clause.first < o.cue.first) continue;
      // Another speech act ends any report; a stance after "and" ends only another stance (inside
      // reported speech it is still what was said: "said his campaign found it and would release it").
      // So does a participle after a comma ("proposed a ban, citing fears of terrorism").
      // ("… Russia “must be stopped,” adding that …": the comma may stand inside the closing mark.)
      const participle = /ing$/i.test(tokens[o.cue.first].text) && commaBefore(tokens, o.cue.first);
      // ("Clinton has said she wants …, and has expressed support for …": the auxiliary of the first cue again.)
      const aux = tokens[o.cue.first - 1];
      const parallel = aux?.pos === 'AUX' && o.cue.first - 2 > r.cue.last && /^(and|but)$/i.test(tokens[o.cue.first - 2].text) && tokens[r.cue.first - 1]?.text.toLowerCase() === aux.text.toLowerCase();
      if (o.cue.kind !== 'speech' && r.cue.kind !== 'stance' && r.cue.kind !== 'cognition' && !participle && !parallel && !coordinatePredicate(tokens, r, o)) continue;
      // (A speaker inside the clause is a nested report's, whatever its phrase took in before it: "said that President Obama has long called for …".)
      if (!o.speaker || o.speaker.first >= r.clause.first || o.speaker.last > r.clause.first || o.cue.first >= r.clause.last) continue;
      if (o.cue.first < r.clause.first) continue;
      let k = skipModifiersLeft(tokens, o.cue.first, r.cue.last);
      while (k > r.cue.last && (LEAD.test(tokens[k - 1].text) || /^(nor|yet)$/i.test(tokens[k - 1].text))) k--;
      if (k >= r.clause.last) continue;
      const first = k > r.clause.first ? r.clause.first : r.cue.last;
      // (A mixed quote stops where its quoted words stop, before the closing mark: see README, "Quotes".)
      if (hasWords(tokens, first, k)) r.clause = { first, last: trimTail(tokens, first, k) };
    }
  }
}

/** What follows a participle of saying in an absolute clause: "that", or whom or what it names. */
const WITH_SPEAKER = /^(that|it|him|her|them|the|a|an|his|their|its)$/i;
/**
 * "Critics have called the book “revisionist history,” and Trump has dismissed Bolton as …": a report
 * ends where ", and" or ", but" opens a clause with a speaker and cue of its own.
 */
function cutAtOtherSpeakers(tokens: Token[], out: Reported[]): void {
  for (const r of out) {
    for (const o of out) {
      if (o === r || !o.speaker || o.speaker.first <= r.clause.first || o.speaker.first >= r.clause.last || o.cue.first < o.speaker.last) continue;
      const k = o.speaker.first;
      // (Only another act of saying: "…, and they ordered him to get out" or "…, and you don't want to …" go on with the report;
      // but any report after words with no tense of their own, "vowed to bring back jobs, and Clinton is promising to …",
      // unless they follow "that" and must be a clause: "say that account, and hundreds just like it, show …".)
      if ((o.cue.kind !== 'speech' || o.cue.lemma === 'order') && (!untensed(tokens, r.clause.first, k) || /^that$/i.test(tokens[r.clause.first - 1]?.text ?? '') || /^that$/i.test(tokens[r.clause.first].text))) continue;
      // ("…, as officials in Kyiv warned that …", "…, while Democrats said …": a clause of when or of contrast.)
      // ("the result, as he later explained, was …" is a frame set off inside the words: no cut there.)
      // ("…, with several Republicans warning that …", "…, with Sen. John McCain calling it …": an absolute
      // clause of another speaker's; not "…, with the economy adding 151,000 jobs".)
      const joined = k >= 2 && commaBefore(tokens, k - 1) && ((/^(and|but|as|while|whereas|though|although)$/i.test(tokens[k - 1].text)
        && !(/^as$/i.test(tokens[k - 1].text) && tokens[o.cue.last]?.text === ',')) || (/^with$/i.test(tokens[k - 1].text) && /ing$/i.test(tokens[o.cue.first].text) && WITH_SPEAKER.test(tokens[o.cue.last]?.text ?? '')));
      const semi = k >= 1 && tokens[k - 1].text === ';';
      // ("Sudan's army rejects truce plan as RSF claims control of …": a headline sets nothing off with commas.)
      // (Not a comparison: "someone as wealthy as Mr. Trump claims to be", "three times as many African-Americans said".)
      const bare = !joined && k >= 2 && /^(as|while|whereas)$/i.test(tokens[k - 1].text) && !commaBefore(tokens, k - 1) && o.speaker.last === o.cue.first && tokens[o.speaker.last - 1].pos === 'PROPN'
        && !tokens.slice(Math.max(0, k - 8), k - 1).some((t) => /^as$/i.test(t.text)) && !/^(many|much|few|little)$/i.test(tokens[k].text);
      // ("with New Delhi blaming “terrorism” and Islamabad denying any role": two participles, each with its own subject.)
      const paired = k >= 2 && /^(and|but)$/i.test(tokens[k - 1].text) && /ing$/i.test(tokens[o.cue.first].text) && /ing$/i.test(tokens[r.cue.first].text) && r.speaker !== null && r.speaker.last <= r.cue.first;
      // ("EU leaders agreed to fund weapons, officials said, overcoming …": a frame set off by a comma whose
      // words take in the report's own speaker and cue ends that report.)
      // (Not a frame inside the words: "the days when, he said, protesters …", "attacks that, Sweet noted, Trump …".)
      let after = o.cue.last;
      while (after < tokens.length && TIME_WORDS.has(tokens[after].text.toLowerCase())) after++;
      const closes = !tokens[after] || /^[.;!?]$/.test(tokens[after].text) || (tokens[after].text === ',' && participleAt(tokens, after + 1));
      const framing = k >= 2 && tokens[k - 1].text === ',' && closes && r.cue.first < r.clause.first && o.clause.first <= Math.min(r.cue.first, r.speaker?.first ?? r.cue.first);
      if (!joined && !semi && !framing && !paired && !bare) continue;
      const last = paired ? trimTail(tokens, r.clause.first, k - 1) : semi ? k - 1 : tokens[k - 2].text === ',' ? k - 2 : k - 1;
      if (hasWords(tokens, r.clause.first, last)) r.clause = { first: r.clause.first, last };
    }
  }
}

/**
 * Where the writer's own words take over from a report's in [first, last); `last` when they do not:
 * - "Pakistan said it had shot down five Indian jets, a claim India's military rejected as …": the
 *   writer's word for what was said, with someone else's verb after it ("a claim that Gowdy's office
 *   disputes", "a figure that could not be verified");
 * - "…, the president said the judge should be impeached, prompting a rare rebuke from Chief Justice
 *   John Roberts, who said …": what the words set off, after a clause with a finite verb of its own;
 * - "…, the latest in a series of tit-for-tat moves" (whatever came before);
 * - "…, but declined to name them", "…, but stopped short of …": the speaker's own refusal;
 * - "…, his sharpest threat yet against Moscow": the writer's name for the words.
 * One pass: reports and the relaxed candidates (every verb with a speaker) all ask.
 */
export function writersAfter(tokens: Token[], first: number, last: number): number {
  let finite = false;
  for (let k = first; k + 1 < last; k++) {
    // ("… open to talks “if our conditions are met,” without saying what those were": the same reticence.)
    if (k > first + 1 && /^without$/i.test(tokens[k].text) && RETICENT.test(tokens[k + 1].text)) return k;
    // ("confirmed that German firms were targeted but gave no details": the speaker's reticence, after the words.)
    if (k > first && k + 3 < last && /^but$/i.test(tokens[k].text) && /^(gave|offered|provided)$/i.test(tokens[k + 1].text) && /^no$/i.test(tokens[k + 2].text)
      && /^(details|further|evidence|explanation|timeline|date|figures)$/i.test(tokens[k + 3].text)) return tokens[k - 1].text === ',' ? k - 1 : k;
    if (tokens[k].text !== ',') {
      finite ||= finiteVerbAt(tokens, k, first, last);
      continue;
    }
    const next = tokens[k + 1].text;
    if (k + 2 < last && /^the$/i.test(next) && /^latest$/i.test(tokens[k + 2].text)) return k;
    if (k === first) continue;
    // ("…, his sharpest threat yet against Moscow": the writer's word for what was said, with no verb of its own.)
    if (finite && k + 2 < last && /^(his|her|its|their|the)$/i.test(next)) {
      let n = k + 2;
      while (n < last && n < k + 5 && (tokens[n].pos === 'ADJ' || tokens[n].pos === 'ADV')) n++;
      if (n < last && SAYING_NOUNS.test(tokens[n].text) && !hasVerb(tokens, n + 1, last)) return k;
    }
    // ("said it was working with Microsoft, but declined to name them": the speaker's refusal, after the words.)
    // (The comma may stand inside a closing mark: "“has limits,” but stopped short of …".)
    // ("…, though he declined to give a date": the same, with the speaker named again.)
    const b = /^[”"’]$/.test(next) ? k + 2 : k + 1;
    const v = b + 1 < last && /^(though|although)$/i.test(tokens[b].text) && /^(he|she|they|it)$/i.test(tokens[b + 1].text) ? b + 2 : b + 1;
    if (v + 1 < last && (/^but$/i.test(tokens[b].text) || v === b + 2) && ((REFUSED.test(tokens[v].text) && /^to$/i.test(tokens[v + 1].text)) || (/^stopped$/i.test(tokens[v].text) && /^short$/i.test(tokens[v + 1].text)))) return b > k + 1 ? k + 2 : k;
    // ("said its forces had struck military targets, and did not mention the grain": what it left unsaid.)
    if (b + 3 < last && /^(and|but)$/i.test(tokens[b].text) && /^(did|does)$/i.test(tokens[b + 1].text) && /^(not|n't)$/i.test(tokens[b + 2].text) && UNSAID.test(tokens[b + 3].text)) return b > k + 1 ? k + 2 : k;
    if (finite && CONSEQUENCES.test(next)) return k;
    // (After an object too: "invited him to discuss the matter, a gesture Swedish officials said they would consider".)
    // ("…, a sharp increase that Mark Rutte called “a quantum leap”", "…, a package that Beijing called …": what someone named it.)
    let noun = k + 2;
    while (noun + 1 < last && noun < k + 4 && tokens[noun].pos === 'ADJ') noun++;
    if (noun + 2 < last && /^(a|an)$/i.test(next) && tokens[noun].pos === 'NOUN' && /^that$/i.test(tokens[noun + 1].text) && namedAfter(tokens, noun + 2, last)) return k;
    if (k + 3 < last && /^(a|an)$/i.test(next) && CLAIM_NOUNS.test(tokens[k + 2].text)) {
      // (Someone who disputed it: a name or noun phrase, then its verb, "a claim India's military rejected".)
      for (let j = k + 3; j < last && j < k + 9; j++) {
        if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') { if (j > k + 3 || /^that$/i.test(tokens[k + 3].text)) return k; break; }
        if (tokens[j].text === ',') break;
      }
    }
  }
  return last;
}
const CONSEQUENCES = /^(prompting|sparking|triggering|provoking|drawing)$/i;
const RETICENT = /^(saying|giving|elaborating|providing|offering|specifying|naming|explaining|citing|presenting|identifying|detailing)$/i;
const UNSAID = /^(mention|say|give|elaborate|provide|offer|specify|name|explain|cite|identify|detail|address|comment)$/i;
const REFUSED = /^(declined|refused|wouldn't|declines|refuses)$/i;
const SAYING_NOUNS = /^(threat|warning|ultimatum|rebuke|criticism|remarks|comments|pledge|promise|signal|admission|acknowledgment|acknowledgement|assessment|prediction|vow|boast|plea|appeal|demand)$/i;
/** A name or noun phrase and then a verb of naming at `from` ("Secretary General Mark Rutte called"). */
function namedAfter(tokens: Token[], from: number, last: number): boolean {
  for (let j = from + 1; j < last && j < from + 7; j++) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return /^(called|described|dubbed|termed|hailed|branded|labeled|labelled)$/i.test(tokens[j].text);
    if (tokens[j].text === ',') return false;
  }
  return false;
}

/** Claims that can be denied or disputed; not a move or an offer, which is welcomed or rejected as an act. */
const DISPUTABLE = 'claim|assertion|accusation|allegation|charge|account|version|contention|prospect|suggestion|notion|characterization|characterisation|theory|narrative';
const CLAIM_NOUNS = new RegExp(`^(${DISPUTABLE}|figure|move|step|gesture|decision|offer|proposal|position|demand|stance|plan|request|condition|idea|policy)$`, 'i');
const DISPUTED_CLAIMS = new RegExp(`^(${DISPUTABLE}|claims|allegations|charges)$`, 'i');

/**
 * "…, a claim South African officials deny", "…, an accusation the Pentagon rejected": the comma before
 * the claim noun when the speaker disputes the clause before it; else -1.
 */
function claimBefore(tokens: Token[], speaker: TokenSpan, lead: number, cue?: Cue, end?: number): number {
  const c = speaker.first - 3;
  if (c <= lead || tokens[c].text !== ',' || !/^(a|an)$/i.test(tokens[c + 1].text) || !DISPUTED_CLAIMS.test(tokens[c + 2].text)) return -1;
  // ("a claim South Korea's military said it was still trying to verify", "a claim India's military rejected as
  // “baseless propaganda”": words of its own after the cue are the report.)
  // ("a prospect Vindman denied earlier in the day": when is not what.)
  if (cue && end !== undefined && hasWords(tokens, cue.last, end) && !whenOnly(tokens, cue.last, end)) return -1;
  return c;
}

const WHEN_WORDS = /^(in|at|on|the|day|days|of|a|an|publicly|flatly|immediately|swiftly|repeatedly|strongly|also|too|then)$/i;
/** Whether [a, b) holds only words of when (and how flatly): "earlier in the day", "on Monday", "last week". */
function whenOnly(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokens[i].text;
    if (!isPunct(tokens[i]) && !TIME_WORDS.has(w.toLowerCase()) && !WHEN_WORDS.test(w) && !MONTHS.test(w.toLowerCase()) && !/^\d{1,4}$/.test(w)) return false;
  }
  return true;
}

/** Whether the words from `a` are one or two adverbs of how or how much ("only", "briefly") and a colon. */
function mannerBeforeColon(tokens: Token[], a: number, b: number): boolean {
  let k = a;
  for (; k < b && k < a + 2; k++) {
    const w = tokens[k].text.toLowerCase();
    if (!(tokens[k].pos === 'ADV' || /ly$/.test(w) || CUE_MODIFIERS.has(w)) || /^(so|thus|this|that|otherwise|why|how|where|when|what)$/.test(w)) break;
  }
  return k > a && tokens[k]?.text === ':';
}

/** Whether the clause [first, stop) after "that" ends with its verb (and adverbs): a relative clause missing its object. */
function relativeThat(tokens: Token[], first: number, stop: number): boolean {
  let k = stop;
  while (k > first && (isPunct(tokens[k - 1]) || tokens[k - 1].pos === 'ADV')) k--;
  return k - first >= 2 && k - first <= 6 && tokens[k - 1].pos === 'VERB' && !/ing$/i.test(tokens[k - 1].text) && !hasFiniteVerb(tokens, first, k - 1);
}

/** Words that open an adverbial clause before a sentence's main clause ("When …, he …"). */
const OPENING_CLAUSE = /^(when|while|although|though|after|before|because|since|if|once|until|unless|whether)$/i;

/**
 * "When Trump's advisers suggested that Beijing buy more, Mr. Trump wasn't satisfied": the comma
 * before the main clause (a subject and its verb) of a sentence that opens with an adverbial clause,
 * or -1. A report inside the opening clause ends there (openingClauseEnd).
 */
export function mainClauseComma(tokens: Token[], u0: number, end: number): number {
  const lead = skipLead(tokens, u0, end);
  // ("Asked whether Washington had been told in advance, Kirby said …": a question put opens it too.)
  const asked = lead + 1 < end && /^asked$/i.test(tokens[lead].text) && /^(whether|if|about|why|how|what|when|where|who)$/i.test(tokens[lead + 1].text);
  if (lead >= end || !(OPENING_CLAUSE.test(tokens[lead].text) || asked)) return -1;
  for (let k = lead + 1; k < end - 2; k++) {
    if (tokens[k].text !== ',') continue;
    // "When Maddow called it “Medicare for all,” Clinton …": the clause's comma inside a closing mark.
    const s = CLOSING_MARK.test(tokens[k + 1].text) ? k + 2 : k + 1;
    if (s >= end - 1 || !/^(PRON|PROPN|DET|NOUN)$/.test(tokens[s].pos) || /^(which|who|whose|whom|what)$/i.test(tokens[s].text)) continue;
    for (let j = s + 1; j < end && j < s + 7 && tokens[j].text !== ','; j++) {
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return k;
    }
  }
  return -1;
}

/**
 * Where a report whose words start at `from` ends: the comma before the main clause when the report
 * is in the sentence's opening clause, else `end` ("When asked, Smith said …" reports the main clause).
 */
export function openingClauseEnd(tokens: Token[], u0: number, from: number, end: number): number {
  // "… made this clear: just months after Obama and Clinton declared a new beginning, rebels removed
  // Mubarak": a clause after a colon opens as a sentence does, and a time may lead its opener.
  // ("The crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled": so
  // does a clause's opener after a conjunction.)
  let start = u0;
  for (let i = from - 1; i > u0; i--) {
    if (tokens[i].text === ':' || tokens[i].text === ';') { start = i + 1; break; }
    if (OPENING_CLAUSE.test(tokens[i].text) && /^(and|but)$/i.test(tokens[i - 1].text)) { start = i; break; }
  }
  const lead = skipLead(tokens, start, from);
  for (let i = lead; i < from && i < lead + 4 && TIME_LEAD.test(tokens[i].text); i++) {
    if (OPENING_CLAUSE.test(tokens[i + 1]?.text ?? '')) { start = i + 1; break; }
  }
  const k = mainClauseComma(tokens, start, end);
  return k >= from ? k : end;
}
/** Words of a time that may come before a clause's opener ("just months after", "two days before"). */
const TIME_LEAD = /^(just|only|shortly|soon|long|right|even|mere|a|an|few|several|some|\d+|one|two|three|four|five|six|ten|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)$/i;

/**
 * "… for fear that he will only demand more, people familiar with the talks said": a report nested
 * in the words a closing frame attributes ends where that frame begins; the frame is not what was
 * demanded.
 */
function cutAtClosingFrames(tokens: Token[], out: Reported[]): void {
  for (const o of out) {
    if (!o.speaker || o.clause.last > Math.min(o.speaker.first, o.cue.first)) continue;
    const frame = Math.min(o.speaker.first, o.cue.first);
    // A frame set off by a comma closes the sentence; "Clinton was backed by most women" is a passive.
    // (The comma may stand inside a closing mark: "… “a rehearsal for invasion,” KCNA reported.")
    if (frame < 1 || (!commaBefore(tokens, frame) && !DASHES.test(tokens[frame - 1].text))) continue;
    for (const r of out) {
      if (r === o || r.cue.last > frame || r.clause.first >= frame || r.clause.last <= frame) continue;
      const last = trimTail(tokens, r.clause.first, frame);
      if (hasWords(tokens, r.clause.first, last)) r.clause = { first: r.clause.first, last };
    }
  }
}

/**
 * "Her plan was criticized by Sanders", "The story was first reported by the Herald": a passive cue
 * with its agent after "by". The subject is what was said or judged; the agent is the speaker.
 */
function passiveByAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !/(ed|en|wn|ld|ght|id)$/.test(t.text)) return null;
  const infos = CUE_FORMS.get(t.text.toLowerCase());
  // Seeing is not saying: "the ship was seen near the harbor".
  if (!infos || !infos.some((c) => c.form === 'past' && c.lemma !== 'see')) return null;
  const info = infos.find((c) => c.form === 'past') ?? infos[0];
  const cue = { first: i, last: i + 1, lemma: info.lemma, kind: info.kind };
  let b = i - 1;
  while (b > u0 && tokens[b].pos === 'ADV') b--;
  // Documents released or issued by someone are not what they hold ("a report released by the governor's office",
  // "in a statement issued by her office").
  if (b === i - 1 && b >= u0 && (tokens[b].pos === 'NOUN' || tokens[b].pos === 'PROPN')) return DOCUMENT_VERBS.has(info.lemma) ? null : reducedPassiveAt(tokens, i, u0, end, cue);
  if (b <= u0 || !/^(is|are|was|were|been|being|be)$/i.test(tokens[b].text)) return null;
  const k = byAfter(tokens, i + 1, end);
  if (k < 0) return null;
  const speaker = nounPhraseStartingAt(tokens, k + 1, end);
  if (!speaker) return null;
  // the subject: back over "has been", "will be", adverbs to the noun phrase
  let s = b;
  while (s > u0 && (tokens[s - 1].pos === 'AUX' || tokens[s - 1].pos === 'ADV' || tokens[s - 1].pos === 'PART')) s--;
  const subject = nounPhraseEndingAt(tokens, s, skipLead(tokens, u0, end));
  if (!subject || appointed(tokens, info.lemma, subject)) return null;
  // ("Trump was pressed by ABC's host about his remarks": whom the words were put to is no part of them;
  // what was said or asked follows the agent: "she was told by aides that …", "asked by a caller why …".
  // "A different story was told by the Caller" is what was told.)
  if (HEARER_PASSIVES.has(info.lemma) && !(info.lemma === 'tell' && TOLD_THINGS.test(tokens[subject.last - 1].text))) {
    const next = tokens[speaker.last]?.text.toLowerCase() ?? '';
    const from = next === 'that' ? speaker.last + 1 : /^(why|whether|how|if|what|when|where|who|about)$/.test(next) ? speaker.last : -1;
    return from > 0 && from + 1 < end ? { speaker, cue, channel: null, clause: { first: from, last: end } } : null;
  }
  return { speaker, cue, channel: null, clause: subject };
}

/**
 * "he was confirmed 92 to 0", "Her deputy was confirmed by the county board": a person confirmed is
 * appointed to an office; only a fact confirmed is reported.
 */
function appointed(tokens: Token[], lemma: string, subject: TokenSpan): boolean {
  if (lemma !== 'confirm') return false;
  const head = tokens[subject.last - 1];
  return (head.pos === 'PRON' && !/^(it|this|that)$/i.test(head.text)) || head.pos === 'PROPN' || PERSON_DESCRIPTION_SET.has(head.text.toLowerCase());
}
const DOCUMENT_VERBS = new Set(['release', 'publish', 'issue']);
/** What is told, not who is told: "a different side of the story was told by …". */
const TOLD_THINGS = /^(story|stories|tale|tales|account|accounts|version|side|truth|lie|lies|joke|jokes)$/i;
/** Cues whose passive subject is the one spoken to ("was pressed by", "was told by"), not what was said. */
const HEARER_PASSIVES = new Set(['ask', 'press', 'question', 'interview', 'tell', 'urge', 'push', 'grill', 'quiz', 'warn', 'advise', 'brief', 'inform', 'remind']);

/**
 * "the purchases of farm goods touted by Trump in October, …", "legislative changes proposed by the
 * government concerning naturalization": a participle straight after its noun, with its agent. The
 * agent speaks; the noun phrase with all that describes it, to the clause's comma, is what it said.
 */
function reducedPassiveAt(tokens: Token[], i: number, u0: number, end: number, cue: Cue): Reported | null {
  const agent = agentAfter(tokens, i + 1, end);
  if (agent < 0) return null;
  const speaker = nounPhraseStartingAt(tokens, agent, end);
  const subject = nounPhraseEndingAt(tokens, i, skipLead(tokens, u0, end));
  if (!speaker || !subject || appointed(tokens, cue.lemma, subject)) return null;
  // It ends at the clause's comma or at the verb whose subject it is ("The country described by the president … is").
  let stop = speaker.last;
  while (stop < end && !/^[,;]$/.test(tokens[stop].text) && tokens[stop].pos !== 'AUX' && !(tokens[stop].pos === 'VERB' && !/(ing|ed)$/i.test(tokens[stop].text))) stop++;
  return { speaker, cue, channel: null, clause: { first: subject.first, last: stop } };
}

const NOMINAL_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(NOMINAL_CUES));
const POSSESSED_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(POSSESSED_NOMINAL_CUES));
const ATTITUDE_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(ATTITUDE_ADJECTIVES));

/** What attacks are made on when they are blows ("stepped up its attacks on Ukrainian cities"). */
const STRUCK = new Set(['cities', 'city', 'towns', 'town', 'villages', 'village', 'bases', 'base', 'targets', 'infrastructure', 'facilities',
  'ships', 'vessels', 'shipping', 'civilians', 'hospitals', 'hospital', 'homes', 'grid', 'plants', 'troops', 'forces', 'convoys', 'airfields', 'ports', 'refineries']);

/**
 * "Cruz's criticism of the deal", "growing support for Sanders", "the claim that …": a noun that
 * reports. What follows the joining word is the report; the holder is the possessor before the noun
 * or "from/by X" after the report, else unknown.
 */
function nominalAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  const t = tokens[i];
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  if (i + 2 > end) return null;
  // Called for every noun: the table lookups first, the joining word only for a noun in them.
  const w = t.text.toLowerCase();
  const opens = NOMINAL_MAP.get(w), possessed = POSSESSED_MAP.get(w);
  if (!opens && !possessed) return null;
  const j = tokens[i + 1].text.toLowerCase();
  const open = opens?.includes(j) ?? false;
  // A holder right before the noun: "Trump's attacks on him", "his opposition to the war".
  let holder: TokenSpan | null = null;
  if (!open && possessed?.includes(j)) {
    let p = i - 1;
    while (p > u0 && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'ADV') && p > i - 3) p--;
    if (p >= u0 && /^(his|her|their|its|my|our)$/i.test(tokens[p].text)) holder = { first: p, last: p + 1 };
    else if (p > u0 && /^[’']s?$/.test(tokens[p].text)) holder = nounPhraseEndingAt(tokens, p, u0);
    if (!holder) return null;
  } else if (!open) return null;
  const first = i + 2;
  // ("a statement that was posted online", "the post that described …": a verb straight after "that" makes it relative.)
  if (j === 'that' && first < end && (tokens[first].pos === 'AUX' || (tokens[first].pos === 'VERB' && !/ing$/.test(tokens[first].text)))) return null;
  let stop = first;
  // "concerns about how it would work", "questions about what he knew": an object that is a clause
  // runs, as one after "that" does, past its own verb.
  if (j === 'that' || (first < end && /^(how|what|why|whether|where|when)$/i.test(tokens[first].text))) {
    while (stop < end && tokens[stop].text !== ';' && !(tokens[stop].text === ',' && stop + 1 < end && subordinateAt(tokens, stop + 1, SUBORDINATOR))) stop++;
  } else {
    // The object runs to the clause's verb; an infinitive inside it ("its failure to speak out") and
    // a name word the tagger reads as a verb ("a former Miss Universe") are not that verb.
    const inside = (k: number) => tokens[k].pos === 'VERB' && k > first && (/^to$/i.test(tokens[k - 1].text) || (/^[A-Z]/.test(tokens[k].text) && /^(DET|ADJ|PROPN)$/.test(tokens[k - 1].pos)));
    // A hyphen inside a word ("Muslim-American") and a possessive ("Sanders’ vote") go on with the phrase.
    const joins = (k: number) => k > first && k + 1 < end && tokens[k - 1].end === tokens[k].start
      && ((tokens[k].text === '-' && tokens[k].end === tokens[k + 1].start) || /^[’']s?$/.test(tokens[k].text));
    while (stop < end && (!isPunct(tokens[stop]) || joins(stop)) && tokens[stop].pos !== 'AUX' && !(tokens[stop].pos === 'VERB' && !/ing$/.test(tokens[stop].text) && !inside(stop)) && tokens[stop].pos !== 'SCONJ' && !/^(who|which|from|by|among|because|as)$/i.test(tokens[stop].text)) stop++;
  }
  // "his comments about Curiel and said …": a conjunction before the verb that stopped the object joins the next clause.
  while (stop > first && /^(and|but|or)$/i.test(tokens[stop - 1].text)) stop--;
  if (stop <= first) return null;
  // "…, a claim that Gowdy's office strongly disputes": "that" there is relative, its clause's verb has no object.
  if (j === 'that' && relativeThat(tokens, first, stop)) return null;
  // "stepped up its attacks on Ukrainian cities": attacks on places and what stands in them are blows, not words.
  if (/^attacks?$/.test(w) && STRUCK.has(tokens[stop - 1].text.toLowerCase())) return null;
  let speaker: TokenSpan | null = holder;
  if (!speaker && i - 1 > u0 && /^[’']s?$/.test(tokens[i - 1].text)) speaker = nounPhraseEndingAt(tokens, i - 1, u0);
  if (!speaker && stop + 1 < end && /^(from|by|among)$/i.test(tokens[stop].text)) speaker = nounPhraseStartingAt(tokens, stop + 1, end);
  // ("made the suggestion that …": the verb is part of the cue, no report of its own.)
  const holding = speaker ? -1 : holdingVerb(tokens, i, u0);
  if (holding >= 0) speaker = speakerBefore(tokens, holding, u0);
  return { speaker, cue: { first: speaker && holding >= 0 ? holding : i, last: i + 2, lemma: w, kind: 'stance' }, channel: null, clause: { first, last: stop } };
}

/** Verbs that are no cue themselves whose subject holds the noun of saying they take ("made comments about", "raised concerns about"). */
const HOLDING_VERBS = /^(make|makes|made|making|raise|raises|raised|raising)$/i;
/** "Trump has recently made comments about …": the verb (its index) whose object the noun at `i` is and whose subject holds it, else -1. */
function holdingVerb(tokens: Token[], i: number, u0: number): number {
  let p = i - 1;
  while (p > u0 && p > i - 4 && /^(ADJ|DET|NUM)$/.test(tokens[p].pos)) p--;
  return p > u0 && tokens[p].pos === 'VERB' && HOLDING_VERBS.test(tokens[p].text) ? p : -1;
}

/** Prepositions of place, whose phrase is where, never who. */
const PLACE_PREPOSITIONS = /^(in|at|near|across|inside|outside|around|into|within|throughout|off|along)$/i;

/**
 * Whether a speaker phrase is only where something is: waters, or a place an adverb opens ("an armed attack on
 * Philippine vessels anywhere in the South China Sea would invoke …").
 */
export function placeNotSpeaker(tokens: Token[], speaker: TokenSpan, lead: number): boolean {
  if (speaker.first - 1 <= lead || !PLACE_PREPOSITIONS.test(tokens[speaker.first - 1].text)) return false;
  return /^(anywhere|everywhere|somewhere|elsewhere|nowhere)$/i.test(tokens[speaker.first - 2]?.text ?? '') || WATERS.test(tokens[speaker.last - 1].text);
}

/**
 * The speaker before a cue, as speakerBefore finds it, but for "any efforts to urge Ukraine to …",
 * where the thing the infinitive is for does not speak (false: no report) and whose plan it is does
 * ("cheered Mr. Trump's decision to endorse …").
 */
function speakerOfCue(tokens: Token[], cue: Cue, lead: number): TokenSpan | null | false {
  const before = speakerBefore(tokens, cue.first, lead);
  if (before && placeNotSpeaker(tokens, before, lead)) return false;
  // ("the jury took just 15 minutes to find him guilty", "spent many hours reflecting": a span of time says nothing;
  // "graduation speeches of recent years underscored" is the speeches'.)
  if (before && SPANS_OF_TIME.test(tokens[before.last - 1].text) && /^[a-z]/.test(tokens[before.last - 1].text) && (before.last - before.first === 1 || /^(NUM|ADJ|DET)$/.test(tokens[before.last - 2].pos))
    && !(before.last - 2 >= before.first && /^(recent|past|those|these)$/i.test(tokens[before.last - 2].text) && /^of$/i.test(tokens[before.last - 3]?.text ?? ''))) return false;
  // ("read a statement on state television accusing …": a participle after where something was aired
  // is what was aired saying it; its reader, the clause's subject, speaks.)
  if (before && before.first - 1 > lead && /ing$/i.test(tokens[cue.first].text) && /^(on|in|over|via)$/i.test(tokens[before.first - 1].text)
    && (MEDIA_PLACES.test(tokens[before.last - 1].text) || CHANNEL_NOUN_SET.has(tokens[before.last - 1].text.toLowerCase()))) {
    return subjectOf(tokens, lead, before.first - 1) ?? before;
  }
  return purposeSpeaker(tokens, cue, lead, before);
}
const MEDIA_PLACES = /^(television|tv|radio|X|Twitter|Telegram|Facebook|Instagram|YouTube|TikTok|website|air|camera|podcast)$/i;

/**
 * After a noun of purpose ("efforts to urge", "the plan to say"), the phrase's owner speaks
 * instead of `speaker`; false when that would be the noun itself.
 */
export function purposeSpeaker(tokens: Token[], cue: Cue, lead: number, speaker: TokenSpan | null): TokenSpan | null | false {
  if (!purposeOfThing(tokens, cue, lead)) return speaker;
  const planned = nounPhraseEndingAt(tokens, cue.first - 1, lead);
  const owner = (planned && possessorIn(tokens, planned)) ?? speaker;
  return owner && owner.last === cue.first - 1 ? false : owner;
}

/** "Mr. Trump's plan", "her decision": who owns a phrase, or null. */
function possessorIn(tokens: Token[], np: TokenSpan): TokenSpan | null {
  if (/^(his|her|their|its)$/i.test(tokens[np.first].text)) return { first: np.first, last: np.first + 1 };
  for (let k = np.first + 1; k < np.last; k++) if (/^['’]s$/.test(tokens[k].text)) return { first: np.first, last: k };
  return null;
}

/** "efforts to urge", "the plan to say": a noun of purpose before the cue's "to". */
function purposeOfThing(tokens: Token[], cue: Cue, u0: number): boolean {
  const k = cue.first - 2;
  return k >= u0 && /^to$/i.test(tokens[k + 1].text) && tokens[k].pos === 'NOUN' && PURPOSE_NOUNS.test(tokens[k].text);
}
const PURPOSE_NOUNS = /^(efforts?|attempts?|plans?|bids?|push|campaigns?|decisions?|moves?|ways?|need|time|chance|opportunit(y|ies)|right|power|pressure|orders?|tools?|means|strateg(y|ies))$/i;

/**
 * "a website called Real News Right Now", "a man named Tom Clarke", "a documentary titled Weiner": a
 * thing or person given its name, not anyone speaking. A subject with "a", "an" or "another" right
 * before "called" or "named" and a name after it (not "called Trump a liar", "called for", "called it
 * …"); a passive naming with no agent ("as the bill is called"); "titled" and "entitled" name a work
 * whatever comes before them.
 */
export function namingNotSpeech(tokens: Token[], speaker: TokenSpan | null, cue: Cue, end: number): boolean {
  if (cue.last - cue.first !== 1) return false;
  const w = tokens[cue.first].text.toLowerCase();
  if (w === 'titled' || w === 'entitled') return !speaker || !/^(i|we|he|she|they|you)$/i.test(tokens[speaker.first].text);
  // ("A man identified only as Ahmed said": the name he is known by, no one identifying him.)
  // ("what she identified as …" is hers, not after a pronoun; "identified as having been on the flight" is a report, a name after "as" only.)
  if (w === 'identified' && cue.first > 0 && tokens[cue.first - 1].pos !== 'PRON') {
    const as = /^as$/i.test(tokens[cue.last]?.text ?? '') ? cue.last : /^only$/i.test(tokens[cue.last]?.text ?? '') && /^as$/i.test(tokens[cue.last + 1]?.text ?? '') ? cue.last + 1 : -1;
    if (as > 0 && tokens[as + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[as + 1].text)) return true;
  }
  // ("waters near the shoal, which China calls Ren'ai Jiao,": a relative naming what it follows.)
  if (/^(call|calls|called|dub|dubs|dubbed|name|names|named)$/.test(w) && speaker && speaker.first > 0 && /^which$/i.test(tokens[speaker.first - 1].text)
    && /^\p{Lu}/u.test(tokens[cue.last]?.text ?? '') && tokens[cue.last].pos === 'PROPN') return true;
  if (!NAMING_PARTICIPLES.has(w)) return false;
  // "as the bill is called", "Arizona was called": a passive naming with no one doing it.
  let b = cue.first - 1;
  while (b > 0 && tokens[b].pos === 'ADV') b--;
  if (b >= 0 && /^(is|are|was|were|be|been|being)$/i.test(tokens[b].text)) return !byBefore(tokens, cue.last, end);
  // ("The new alarm system called Digistat Patient Watch, collects data": "the" too, when the sentence's verb follows the name.)
  const definite = !!speaker && /^the$/i.test(tokens[speaker.first].text);
  if (!speaker || speaker.last !== cue.first || !(/^(a|an|another)$/i.test(tokens[speaker.first].text) || definite)) return false;
  let k = cue.last;
  const marked = k < end && QUOTE_MARK.test(tokens[k].text);
  if (marked) k++;
  if (k < end && /^the$/i.test(tokens[k].text)) k++;
  if (k >= end || !/^[A-Z0-9]/.test(tokens[k].text)) return false;
  // The name runs on through capitalised words (and "of", "for", "the", "de" inside it) or to its closing mark.
  while (k < end && (marked ? !QUOTE_MARK.test(tokens[k].text) : /^[A-Z0-9]/.test(tokens[k].text) || (k + 1 < end && /^(of|for|the|de|and|&|-)$/i.test(tokens[k].text) && /^[A-Z]/.test(tokens[k + 1].text)))) k++;
  if (marked && k < end) k++;
  // "called Haley “very weak”", "called Trump a liar": a second complement after the name is what they were called.
  const next = tokens[k];
  if (definite) {
    const v = next?.text === ',' ? tokens[k + 1] : next;
    return !!v && (v.pos === 'VERB' || v.pos === 'AUX') && !/ing$/i.test(v.text);
  }
  return !next || !(QUOTE_MARK.test(next.text) || (/^[a-z]/.test(next.text) && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN')));
}
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'nicknamed', 'christened']);
const SAID_WHERE = /^(the )?(social media|twitter|facebook|media|press|news|reports?|media reports|news reports|internet|web|online|blogs?)\b/i;
const NAMING_LEMMAS = new Set(['call', 'name', 'dub', 'nickname', 'christen', 'title', 'entitle']);
/**
 * A "by" naming an agent in [from, to), or where it was said ("dubbed the debate winner on social
 * media", "named in media reports"), before the clause goes on past a comma.
 */
function byBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 8; k++) {
    if (/^by$/i.test(tokens[k].text)) return true;
    if (/^(on|in)$/i.test(tokens[k].text) && SAID_WHERE.test(tokens.slice(k + 1, k + 4).map((t) => t.text).join(' '))) return true;
    if (tokens[k].text === ',' && k > from + 1 && !CLOSING_MARK.test(tokens[k - 1].text) && !/^["“‘]$/.test(tokens[k + 1]?.text ?? '')) return false;
  }
  return false;
}
const QUOTE_MARK = /^(["“”‘’]|''|``)$/;
/** A mark that closes a quotation (a comma inside it may close the clause: "… “Medicare for all,” Clinton …"). */
const CLOSING_MARK = /^(["”’]|'')$/;
/** A double quotation mark that closes (a straight one may close too; '' is two straight singles): not an apostrophe. */
const CLOSE_DOUBLE = /^(”|"|'')$/;
/** A double quotation mark that opens. */
const OPEN_DOUBLE = /^(“|"|'')$/;

/** A comma ends the words before token k, perhaps inside a closing mark ("…,” adding …"). */
function commaBefore(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === ',' || (CLOSE_DOUBLE.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
}

/** Punctuation ends the quotation before token `at` (inside or after its closing marks: "…,” said", "…?” asked", "…”, said"). */
export function setOffBefore(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /^(["”’']|'')$/.test(tokens[k].text)) k--;
  return (k >= 0 && k < at - 1 && /^([,?!;:…—–―-]|--)$/.test(tokens[k].text)) || /^([,;:—–―-]|--)$/.test(tokens[at]?.text ?? '');
}

/**
 * "Israel pressed ahead with its offensive", "pushed on toward the city", "Kyiv pressed its campaign against
 * Russia's refineries": going on with a deed, no stance.
 */
export function goingOn(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'press' && cue.lemma !== 'push') return false;
  if (/^(ahead|on|forward)$/i.test(tokens[cue.last]?.text ?? '')) return true;
  let k = cue.last;
  if (/^(its|his|her|their|the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.pos === 'ADJ') k++;
  // ("pressing his attack that Clinton is not qualified" still says what the attack is.)
  return DEEDS_PRESSED.test(tokens[k]?.text ?? '') && !/^that$/i.test(tokens[k + 1]?.text ?? '');
}
const DEEDS_PRESSED = /^(campaign|offensive|attacks?|assault|advance|war|strikes|operations?|bombardment|crackdown)$/i;

/** "asked not to be identified", "requested anonymity": the terms of an interview, not its words. */
export function anonymity(tokens: Token[], cue: Cue, end: number): boolean {
  const k = cue.last;
  // "spoke on condition of anonymity to describe private talks", "… anonymity to discuss …": why a source
  // is unnamed, not what it said.
  if (cue.first >= 2 && /^to$/i.test(tokens[cue.first - 1].text) && /^anonymity$/i.test(tokens[cue.first - 2].text)) return true;
  // "who didn't want to be named", "who declined to be identified", "not wishing to be quoted".
  if ((cue.lemma === 'want' || cue.lemma === 'wish' || cue.lemma === 'decline' || cue.lemma === 'refuse' || cue.lemma === 'prefer') && k + 2 < end
    && /^to$/i.test(tokens[k].text) && /^be$/i.test(tokens[k + 1].text) && /^(identified|named|quoted)$/i.test(tokens[k + 2].text)) return true;
  if (cue.lemma !== 'ask' && cue.lemma !== 'request' && cue.lemma !== 'demand') return false;
  if (k < end && /^anonymity$/i.test(tokens[k].text)) return true;
  // ("who asked to be identified only by his first name", "asked to be identified by rank": how to be named.)
  if (k + 2 < end && /^to$/i.test(tokens[k].text) && /^be$/i.test(tokens[k + 1].text) && /^(identified|named|quoted)$/i.test(tokens[k + 2].text)) return true;
  return k + 3 < end && /^not$/i.test(tokens[k].text) && /^to$/i.test(tokens[k + 1].text) && /^be$/i.test(tokens[k + 2].text) && /^(identified|named|quoted)$/i.test(tokens[k + 3].text);
}

/**
 * "Clinton was asked about the speeches", "when asked whether he would run": the question is
 * reported by an asker the text does not name.
 */
function askedAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  if (!/^asked$/i.test(tokens[i].text) || i === u0) return null;
  let b = i - 1;
  while (b > u0 && (tokens[b].pos === 'ADV' || /^(not|n’t|n't|being|been)$/i.test(tokens[b].text)) && !/^(when|once)$/i.test(tokens[b].text)) b--;
  if (!/^(is|are|was|were|be|been|being|when|if|after|once|’s|'s|get|got)$/i.test(tokens[b].text)) return null;
  const first = i + 1;
  if (first >= end || !/^(about|to|whether|if|what|how|why|when|where|who|which)$/i.test(tokens[first].text)) return null;
  let stop = first + 1;
  while (stop < end && tokens[stop].text !== ',' && tokens[stop].text !== ';') stop++;
  if (stop - first < 2) return null;
  return { speaker: null, cue: { first: i, last: i + 1, lemma: 'ask', kind: 'speech' }, channel: null, clause: { first, last: stop } };
}

/** "In a poll released Monday, 50 percent chose Clinton": the document opening the sentence reports the rest. */
const SPOKEN_DOCUMENT = /^(statement|letter|interview|memo|filing|report|analysis|review|audit|assessment)$/i;
function inDocumentAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  if (!/^in$/i.test(tokens[i].text) || i !== skipLead(tokens, u0, end)) return null;
  let comma = i + 1;
  while (comma < end && comma < i + 16 && tokens[comma].text !== ',') comma++;
  if (comma >= end || tokens[comma].text !== ',') return null;
  let head = -1;
  for (let k = i + 1; k < comma; k++) if (EVIDENCE_NOUN_SET.has(tokens[k].text.toLowerCase()) && k > i + 1) { head = k; break; }
  if (head < 0 || !/^(poll|polls|survey|surveys|study|report|analysis|memo|letter|statement|filing|interview|review|audit|assessment)$/i.test(tokens[head].text)) return null;
  // "In the wake of the Times report, Trump has …": the document is inside another phrase, which is when, not who.
  for (let k = i + 1; k < head; k++) if (/^(of|after|since|before|amid|despite)$/i.test(tokens[k].text)) return null;
  const first = skipLead(tokens, comma, end);
  if (end - first < 3 || !hasVerb(tokens, first, end)) return null;
  // "In a statement, the DNC said …": a statement, letter or interview is its author's channel, and the
  // subject after the comma speaks; a poll or a report speaks for itself ("In the poll, Clinton leads").
  // ("In a joint statement, the leaders of Poland and the Baltic states said …": a speech verb will do.)
  if (SPOKEN_DOCUMENT.test(tokens[head].text) && (subjectOf(tokens, first, end) || speechVerbIn(tokens, first, end))) return null;
  return { speaker: { first: i + 1, last: head + 1 }, cue: { first: i, last: i + 1, lemma: 'in', kind: 'source' }, channel: null, clause: { first, last: end } };
}

/**
 * "Clinton held a 24-point lead over Obama in a CNN poll", "Trump leads Cruz by 9 points in the
 * RealClearPolitics average of Indiana polls": a poll after the clause it found, closing the sentence.
 */
function inPollAfter(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  if (!/^in$/i.test(tokens[i].text)) return null;
  const lead = skipLead(tokens, u0, end);
  let head = -1;
  for (let k = i + 1; k < end && k < i + 10 && head < 0; k++) {
    if (/^(polls?|surveys?)$/i.test(tokens[k].text)) head = k;
    // ("in the wake of the poll", "in response to a survey": the poll is inside another phrase; an average of polls is one.)
    else if (tokens[k].text === ',' || (/^(of|to|after|since|before)$/i.test(tokens[k].text) && !/^average$/i.test(tokens[k - 1].text))) return null;
  }
  if (head < 0) return null;
  // What follows the poll tells of it ("released Monday", "of likely voters"), up to the sentence's end or a comma.
  let k = head + 1;
  while (k < end && tokens[k].text !== ',' && !(/^(VERB|AUX)$/.test(tokens[k].pos) && !/(ed|en)$/i.test(tokens[k].text))) k++;
  if (k < end && tokens[k].text !== ',') return null;
  // ("rose in the polls", "participated in this survey": a verb's own place, not a finding; nor a relative's or an aside's.)
  if (/^(VERB|AUX)$/.test(tokens[i - 1]?.pos ?? '') || /^(which|whom|whose)$/i.test(tokens[i + 1].text)) return null;
  for (let k = lead; k < i; k++) if (POLL_CLAUSE_STOP.test(tokens[k].text)) return null;
  const last = trimTail(tokens, lead, i);
  if (last - lead < 3 || !hasFiniteVerb(tokens, lead, last) || speechVerbIn(tokens, lead - 1, last)) return null;
  return { speaker: { first: i + 1, last: head + 1 }, cue: { first: i, last: i + 1, lemma: 'in', kind: 'source' }, channel: null, clause: { first: lead, last } };
}

const POLL_CLAUSE_STOP = /^(who|which|that|whose|where|when|though|although|while|if|because|as|since|until|whether|:|;)$/i;

/** A verb of saying among the first words of a clause (its subject may be too long for subjectOf). */
function speechVerbIn(tokens: Token[], first: number, end: number): boolean {
  for (let k = first + 1; k < end && k < first + 14; k++) {
    if (tokens[k].pos === 'VERB' && CUE_FORMS.get(tokens[k].text.toLowerCase())?.some((c) => c.kind === 'speech')) return true;
  }
  return false;
}

/**
 * "The report was released Monday", "Clinton was declared the winner": a passive cue with no agent
 * named. The subject and what is said of it are the report; who said it is unknown.
 */
function passiveAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !/(ed|en|wn|ld|ght|id|ne)$/.test(t.text)) return null;
  const infos = CUE_FORMS.get(t.text.toLowerCase());
  // Only cue verbs: the passive of any verb ("was signed", "were known") is annotated too, but on
  // polnear-train that found 253 more and added 588 false ones.
  // Seeing is not saying: "the ship was seen near the harbor".
  if (!infos || !infos.some((c) => c.form === 'past' && c.lemma !== 'see')) return null;
  let b = i - 1;
  while (b > u0 && (tokens[b].pos === 'ADV' || /^(not|n’t|n't)$/i.test(tokens[b].text))) b--;
  if (b <= u0 || !/^(is|are|was|were|been|being|be)$/i.test(tokens[b].text)) return null;
  const next = tokens[i + 1];
  if (next && /^(by|to|as|for)$/i.test(next.text)) return null;
  // ("when all is said and done": an idiom, nothing said.)
  if (next && /^and$/i.test(next.text) && /^done$/i.test(tokens[i + 2]?.text ?? '')) return null;
  let s = b;
  while (s > u0 && (tokens[s - 1].pos === 'AUX' || tokens[s - 1].pos === 'ADV' || tokens[s - 1].pos === 'PART')) s--;
  const lead = skipLead(tokens, u0, end);
  const subject = nounPhraseEndingAt(tokens, s, lead);
  if (!subject) return null;
  let first = subject.first;
  if (first - 1 >= lead && /^(who|which|that)$/i.test(tokens[first - 1].text)) first--;
  let stop = i + 1;
  while (stop < end && tokens[stop].text !== ';' && !(tokens[stop].text === ',' && stop + 1 < end && (subordinateAt(tokens, stop + 1, SUBORDINATOR) || /^(which|who)$/i.test(tokens[stop + 1].text)))) stop++;
  // Inside an opening clause ("Asked whether Washington had been told in advance, Kirby said …") it ends with that clause.
  const main = mainClauseComma(tokens, u0, end);
  if (main > i && main < stop) stop = main;
  const info = infos.find((c) => c.form === 'past') ?? infos[0];
  // "The Every Student Succeeds Act, as the bill is called,": a name given, with no one saying it
  // ("has been called “strategic ambiguity” by Joshua Hendrick" names who says it).
  if (NAMING_LEMMAS.has(info.lemma) && !byBefore(tokens, i + 1, stop)) return null;
  // ("… as opposition leaders are charged": who is charged, with nothing said of what.)
  if ((info.lemma === 'charge' || info.lemma === 'accuse') && stop === i + 1) return null;
  if (appointed(tokens, info.lemma, subject)) return null;
  return { speaker: null, cue: { first: i, last: i + 1, lemma: info.lemma, kind: info.kind }, channel: null, clause: { first, last: stop } };
}

/** "Cruz is critical of the deal", "voters were wary of …": a position held, after "to be". */
function attitudeAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  // Called for every token that is not a cue: the cheap test first.
  if (i + 2 > end || (tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'VERB') || tokens[i - 1]?.pos === 'DET') return null;
  const joins = ATTITUDE_MAP.get(tokens[i].text.toLowerCase());
  if (!joins) return null;
  // ("were divided on Tuesday over the package": when, before what about.)
  const when = /^on$/i.test(tokens[i + 1]?.text ?? '') && TIME_WORDS.has(tokens[i + 2]?.text.toLowerCase() ?? '') && joins.includes(tokens[i + 3]?.text.toLowerCase() ?? '') ? 2 : 0;
  if (i + 2 + when > end || !joins.includes(tokens[i + 1 + when].text.toLowerCase())) return null;
  let b = i - 1;
  while (b > u0 && (tokens[b].pos === 'ADV' || /^(not|n’t|n't|so|too|very|also|increasingly|deeply|highly|less|more)$/i.test(tokens[b].text))) b--;
  if (b <= u0 || !/^(is|are|was|were|be|been|being|’s|'s|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|became|become|becomes|grew|grown)$/i.test(tokens[b].text)) return null;
  const lead = skipLead(tokens, u0, end);
  const speaker = speakerBefore(tokens, b, lead);
  if (!speaker) return null;
  if (!speakerLike(tokens, speaker)) return null;
  let first = i + 2 + when;
  if (tokens[i + 1 + when].text.toLowerCase() === 'to' && first < end && tokens[first].pos !== 'VERB' && tokens[first].pos !== 'AUX') return null;
  if (tokens[i + 1 + when].text.toLowerCase() === 'to') first = i + 1 + when;
  let stop = first;
  while (stop < end && !(tokens[stop].text === ';' || (tokens[stop].text === ',' && stop + 1 < end && (subordinateAt(tokens, stop + 1, SUBORDINATOR) || participleAt(tokens, stop + 1))))) stop++;
  if (stop <= first) return null;
  return { speaker, cue: { first: b, last: when ? i + 1 : i + 2, lemma: tokens[i].text.toLowerCase(), kind: 'stance' }, channel: null, clause: { first, last: stop } };
}

/** "Trump reportedly fired his aide": the sentence is a report from a source the text does not name. */
function hearsayAt(tokens: Token[], i: number, u0: number, end: number): Reported | null {
  if (!HEARSAY.test(tokens[i].text)) return null;
  // "reportedly told aides that …" is the verb's report.
  for (let k = i + 1; k < end && k <= i + 3; k++) if (cueAt(tokens, k, end)) return null;
  const lead = skipLead(tokens, u0, end);
  if (end - lead < 4) return null;
  const cue: Cue = { first: i, last: i + 1, lemma: tokens[i].text.toLowerCase(), kind: 'speech' };
  // ("Christie refers to the candidate, who is supposedly his longtime friend, as …": a relative clause set off by commas holds the hearsay.)
  for (let k = i - 1; k > lead && k >= i - 25 && tokens[k].text !== ','; k--) {
    if (!/^(who|which)$/i.test(tokens[k].text) || tokens[k - 1].text !== ',') continue;
    let stop = i + 1;
    while (stop < end && tokens[stop].text !== ',') stop++;
    return { speaker: null, cue, channel: null, clause: { first: k, last: stop } };
  }
  return { speaker: null, cue, channel: null, clause: { first: lead, last: end } };
}

const REPUTED_WORDS = ['seen', 'viewed', 'regarded', 'perceived', 'known', 'considered', 'described', 'portrayed', 'billed', 'branded', 'labeled', 'labelled', 'dubbed', 'hailed', 'touted', 'characterized', 'cast', 'painted', 'derided', 'praised', 'criticized', 'pegged'];
const RAISING_WORDS = ['expected', 'said', 'believed', 'reported', 'rumored', 'rumoured', 'thought', 'projected', 'predicted', 'supposed', 'alleged', 'considered'];
const HEARSAY_WORDS = ['reportedly', 'allegedly', 'purportedly', 'supposedly'];
const REPUTED = new RegExp(`^(${REPUTED_WORDS.join('|')})$`, 'i');
const RAISING = new RegExp(`^(${RAISING_WORDS.join('|')})$`, 'i');
const HEARSAY = new RegExp(`^(${HEARSAY_WORDS.join('|')})$`, 'i');
/**
 * The lower-case words at which a report without a cue can start: each of reportedIn's other
 * detectors (raisedReportAt … passiveAt) needs its token's word in one of these lists or tables. Most
 * tokens are in none, and one set lookup spares them eight detectors.
 */
const NO_CUE_REPORT_WORDS: ReadonlySet<string> = new Set([
  ...REPUTED_WORDS, ...RAISING_WORDS, ...HEARSAY_WORDS, 'asked', 'in',
  ...NOMINAL_MAP.keys(), ...POSSESSED_MAP.keys(), ...ATTITUDE_MAP.keys(), ...CUE_FORMS.keys(),
]);

/** Records of what was said. */
const RECORDS = /^(transcript|transcripts|readout|recording|minutes|video|footage|audio)$/i;
/** A speaker's noun phrase and a verb of saying open the clause at `k` ("Putin also said …"). */
function reportOpensAt(tokens: Token[], k: number, end: number): boolean {
  const np = nounPhraseStartingAt(tokens, k, end);
  if (!np) return false;
  let c = np.last;
  while (c < end && tokens[c].pos === 'ADV') c++;
  const cue = c < end ? cueAt(tokens, c, end) : null;
  return !!cue && cue.kind === 'speech';
}

/** Tokens [k, end) are only a speaker and a verb of saying before a colon: "he added:". */
function frameOfQuotation(tokens: Token[], k: number, end: number): boolean {
  const np = nounPhraseStartingAt(tokens, k, end);
  const cue = np && np.last < end ? cueAt(tokens, np.last, end) : null;
  return !!cue && cue.kind === 'speech' && (cue.last >= end || tokens[cue.last].text === ':');
}

/**
 * "Brooke asked before apologizing to the actor", "said while promoting a film": [first, last) is a
 * participle's clause of when, not what was said ("explained after winning Ohio, he would have to
 * take …" goes on to its main clause).
 */
export function timeClauseOnly(tokens: Token[], first: number, last: number): boolean {
  if (!/^(before|after|while|until)$/i.test(tokens[first].text) || tokens[first + 1]?.pos !== 'VERB' || !/ing$/i.test(tokens[first + 1].text)) return false;
  for (let k = first + 2; k < last; k++) if (tokens[k].text === ',') return false;
  return true;
}

/**
 * A report with no words of its own: "told reporters, adding that …" (whom it was told), "Videos posted on
 * social media and verified by … appeared to show …" (a second participle and its agent describe the videos),
 * "responded Friday" (only when).
 */
function wordless(tokens: Token[], r: Reported, text: string): boolean {
  // ("It's her music, so why can't she sing it?", "What did he say about it?": a question asks what is said; no one
  // says it. "Do you think she …?" still holds a view, as PolNeAR reads it.)
  // ("can't she": the tokenizer splits "ca" and "n't".)
  const subject = tokens[r.cue.first - 1];
  const aux = /^(n['’]t|not)$/i.test(tokens[r.cue.first - 2]?.text ?? '') ? tokens[r.cue.first - 3] : tokens[r.cue.first - 2];
  if (r.cue.kind === 'speech' && aux?.pos === 'AUX' && subject?.pos === 'PRON' && PRONOUN_SUBJECTS.test(subject.text) && /^(ca|can|could|would|will|should|did|does|do)/i.test(aux.text) && asksAt(tokens, Math.max(r.clause.last, r.cue.last))) return true;
  if (r.clause.first < r.cue.last) return false;
  const [c0, c1, c2] = [tokens[r.clause.first], tokens[r.clause.first + 1], tokens[r.clause.first + 2]];
  if (/^and$/i.test(c0.text) && c1?.pos === 'VERB' && /ed$/.test(c1.text) && /^by$/i.test(c2?.text ?? '')) return true;
  // ("The protester yelled and held up a banner": a second act, and nothing of what was yelled; "tweeting and
  // emailing a video", "said, but added that …" share their words.)
  if (/^(and|but)$/i.test(c0.text) && c1?.pos === 'VERB' && !CUE_FORMS.has(c1.text.toLowerCase())) return true;
  // ("Webb confessed, and the jury took just 15 minutes": a clause of its own, with its own subject; not "said, and I
  // quote, “…”".)
  if (/^(and|but)$/i.test(c0.text) && (c1?.pos === 'DET' || (c1?.pos === 'PRON' && PRONOUN_SUBJECTS.test(c1.text))) && !/^quote$/i.test(c2?.text ?? '')
    && hasFiniteVerb(tokens, r.clause.first + 1, r.clause.last)) return true;
  // ("In responding Friday, the campaign …": when it was said, and nothing of what.)
  // ("the third witness testifying Tuesday who listened in on the call": a relative clause after a noun describes
  // someone; "asked him who would pay" asks, and "she told the mayors who gathered there, “…”" frames a quotation.)
  const prev = tokens[r.clause.first - 1];
  if (/^(who|whom|whose)$/i.test(c0.text) && r.clause.first - 1 >= r.cue.last && (prev.pos === 'NOUN' || prev.pos === 'PROPN')
    && !/[“"‘]/.test(text.slice(c0.start, tokens[r.clause.last - 1].end))) return true;
  if (timeClauseOnly(tokens, r.clause.first, r.clause.last)) return true;
  // ("said only: “We will see.”", "said briefly:": how it was said; the quotation after the colon is what.)
  if (mannerBeforeColon(tokens, r.clause.first, r.clause.last)) return true;
  // ("recognizing this": a demonstrative is what.)
  if (whenOnly(tokens, r.clause.first, r.clause.last) && !(r.clause.last - r.clause.first === 1 && /^this$/i.test(c0.text))) return true;
  // ("told reporters", "emailed supporters on Monday evening, telling them, “…”": whom it was told, and when.)
  if (!ADDRESSED_CUES.has(r.cue.lemma)) return false;
  for (let k = r.clause.first + 1; k <= Math.min(r.clause.last, r.clause.first + 3); k++) {
    if (AUDIENCE_WORDS.has(text.slice(tokens[r.clause.first].start, tokens[k - 1].end).toLowerCase()) && whenOnly(tokens, k, r.clause.last)) return true;
  }
  return false;
}
const PRONOUN_SUBJECTS = /^(he|she|they|it|you|we|i)$/i;
/** A question mark at `k` or after the closing marks and brackets there. */
function asksAt(tokens: Token[], k: number): boolean {
  while (k < tokens.length && /^[”"’')\]]$/.test(tokens[k].text)) k++;
  return tokens[k]?.text === '?';
}
/** Cues whose object is whom they are addressed to. */
const ADDRESSED_CUES = new Set(['tell', 'email', 'text', 'brief', 'inform', 'remind', 'assure']);

/**
 * Keeps one report per span: the first, unless it names no one and a frame closing the words does
 * ("Netanyahu is expected to raise the report, his office said" is his office's, not an unnamed expectation).
 * A closing frame that the first report's words ran on into is a report of its own ("NATO allies agreed
 * to raise …, bowing to pressure from Trump, alliance officials said": cutAtClosingFrames then ends
 * the first where the frame begins).
 */
function addReport(tokens: Token[], out: Reported[], r: Reported): void {
  const same = out.findIndex((o) => sameSpan(o.clause, r.clause));
  if (same < 0) { out.push(r); return; }
  const closing = !!r.speaker && r.speaker.first >= r.clause.last && r.cue.kind === 'speech';
  if (closing && !out[same].speaker) out[same] = r;
  // (Not into what someone said: "Bamberg said the videos do not show …, which he said were at his side, the
  // footage showed" may be the footage's words inside his.)
  else if (closing && out[same].cue.lemma !== 'say' && out[same].cue.first < r.speaker!.first && r.cue.first < out[same].clause.last) out.push(r);
  // ("Germany wanted stable relations with China, he said, but …": a frame set inside the words of a stance or a wish is the
  // sentence's report; the stance ends before it.)
  else if (r.cue.kind === 'speech' && r.speaker && (out[same].cue.kind === 'stance' || out[same].cue.kind === 'cognition') && out[same].cue.last <= r.speaker.first && r.speaker.first < out[same].clause.last
    && r.clause.first < Math.min(r.speaker.first, r.cue.first) && commaBefore(tokens, Math.min(r.speaker.first, r.cue.first))
    && !!out[same].speaker && out[same].speaker!.first <= r.clause.first && tokens[Math.max(r.speaker.last, r.cue.last)]?.text === ',') {
    const o = out[same];
    const last = trimTail(tokens, o.clause.first, Math.min(r.speaker.first, r.cue.first));
    if (last > o.clause.first) o.clause = { first: o.clause.first, last };
    out.push(r);
  }
}

function sameSpan(a: TokenSpan, b: TokenSpan): boolean {
  const inter = Math.min(a.last, b.last) - Math.max(a.first, b.first);
  return inter > 0.8 * Math.max(a.last - a.first, b.last - b.first);
}

const RELATIVE_OBJECT = /^(which|what|whom)$/i;
/**
 * "…allegations, which he has denied.", "what we proposed in those years": the relative pronoun is
 * what the subject between it and the cue said or did; the cue takes nothing after it. ("the plan
 * that Cruz backed" is left out: on polnear-train "that" added more false reports than true ones.)
 */
function relativeObjectAt(tokens: Token[], cue: Cue, lead: number, end: number): Reported | null {
  if (isEvidenceOnly(cue) || /ing$/i.test(tokens[cue.first].text)) return null;
  let k = cue.last;
  while (k < end && k < cue.last + 2 && STANCE_PARTICLES.has(tokens[k].text.toLowerCase())) k++;
  const after = tokens[k];
  if (k < end && (/^[“"‘']/.test(after.text) || !(isPunct(after) || after.pos === 'CCONJ' || /^(in|on|at|during|last|this|before|after|since|when|while|because)$/i.test(after.text) || (after.pos === 'ADV' && (k + 1 >= end || isPunct(tokens[k + 1])))))) return null;
  const m = skipModifiersLeft(tokens, cue.first, lead);
  const sp = nounPhraseEndingAt(tokens, m, lead);
  if (!sp) return null;
  let first = sp.first;
  // ("in the face of what officials describe as …": the phrase read over "what" starts after it.)
  for (let k = sp.last - 2; k >= sp.first; k--) if (RELATIVE_OBJECT.test(tokens[k].text)) { first = k + 1; break; }
  const r = first - 1;
  if (r < lead || !RELATIVE_OBJECT.test(tokens[r].text) || sp.last - first > 6) return null;
  const speaker = { first, last: sp.last };
  if (cue.kind !== 'speech' && !speakerLike(tokens, speaker)) return null;
  return { speaker, cue, channel: null, clause: { first: r, last: k } };
}

/**
 * Whether the speaker starting at `first` opens an "as" clause after a clause of its own ("…would leave the
 * convention, as Reform and the Conservatives have proposed, …"), which refers back to it.
 */
function asClauseBefore(tokens: Token[], first: number, lead: number): boolean {
  for (let k = first - 1; k >= lead && k >= first - 6; k--) {
    // ("As the Post reported, …" and "Even on Friday, as the Post reported, …" tell of what follows.)
    if (/^as$/i.test(tokens[k].text)) return k - 1 > lead && tokens[k - 1].text === ',' && hasFiniteVerb(tokens, lead, k - 1);
    if (tokens[k].text === ',' || /^(VERB|AUX)$/.test(tokens[k].pos)) return false;
  }
  return false;
}

/** Whether "who" or "which" stands between a speaker phrase ending at `from` and its cue at `to`. */
function whoBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3; k++) if (/^(who|which)$/i.test(tokens[k].text)) return true;
  return false;
}

/** Whether a clause of its own, a subject and its verb, starts at k ("Starmer said no"). */
function newClauseAt(tokens: Token[], k: number, end: number): boolean {
  const np = nounPhraseStartingAt(tokens, k, end);
  return !!np && np.last < end && /^(VERB|AUX)$/.test(tokens[np.last].pos) && !/ing$/i.test(tokens[np.last].text);
}

/** Present-tense cues that are plural nouns as well ("claims", "emails"). */
const PLURAL_NOUN_CUES = /^(claims|emails|reports|notes|tweets|posts|texts|estimates|promises|plans|hopes|calls|demands|threats|offers|comments|remarks)$/i;
/**
 * Words before a name that make it a modifier inside a noun phrase: "of", a possessive, a participle ("The"
 * opens names: "The Washington Post reports").
 */
const BEFORE_MODIFIER = /^(of|his|her|their|its|our|my|your|['’]s?|deleted|leaked|hacked|stolen|private|new|latest|recent)$/i;

/**
 * "The number of deleted Hillary Clinton emails that Trump asked Russia to find", "because of Pagliano's Fifth
 * Amendment claims": a plural noun after a name that modifies it, no one's speech.
 */
function nameModifiesNoun(tokens: Token[], cue: Cue, u0: number): boolean {
  if (cue.last - cue.first !== 1 || !PLURAL_NOUN_CUES.test(tokens[cue.first].text)) return false;
  let k = cue.first;
  while (k > u0 && tokens[k - 1].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k - 1].text)) k--;
  return k < cue.first && k > u0 && BEFORE_MODIFIER.test(tokens[k - 1].text);
}

function reportedAt(tokens: Token[], cue: Cue, u0: number, end: number, text: string): Reported | null {
  if (MANNER_VERB_SET.has(cue.lemma) || anonymity(tokens, cue, end)) return null;
  if (nameModifiesNoun(tokens, cue, u0)) return null;
  // ("Hamas and Israel trade blame as talks stall": the noun, in a headline the tagger read as a verb.)
  if (cue.lemma === 'blame' && cue.first > u0 && /^(trade|trades|traded|trading|shift|shifts|shifted|deflect|deflects|deflected)$/i.test(tokens[cue.first - 1].text)) return null;
  // ("Nika Melia, one of those charged, told reporters", "Of those asked, most said": those to whom it was done.)
  if (cue.first > u0 && /^those$/i.test(tokens[cue.first - 1].text) && /(ed|en|wn|ld|ght|id)$/i.test(tokens[cue.first].text)) return null;
  // ("Former Army analyst charged with selling secrets", "service members accused of spying": the one accused, a
  // passive whose accuser is not named; "whom she accused of …" has its subject before the cue.)
  if ((cue.lemma === 'accuse' || cue.lemma === 'charge') && /ed$/i.test(tokens[cue.last - 1].text) && /^(of|with)$/i.test(tokens[cue.last]?.text ?? '')
    && !(cue.first > u0 && tokens[cue.first - 1].pos === 'PRON')) {
    // ("A Turkish movement accused of financing travel may have provided …", "Trial of two men accused of spying
    // for China collapses": the sentence's own verb ends it.)
    let stop = cue.last + 1;
    while (stop < end && tokens[stop].pos !== 'AUX' && !(tokens[stop].pos === 'VERB' && /[^s]s$/.test(tokens[stop].text) && /^(NOUN|PROPN)$/.test(tokens[stop - 1].pos))) stop++;
    const last = trimTail(tokens, cue.last, stop);
    return last - cue.last >= 2 ? { speaker: null, cue, channel: null, clause: { first: cue.last, last } } : null;
  }
  if (reducedRelative(tokens, cue, end)) return null;
  // ("The man charged in the shooting will stay in jail": whom the charge is against, and nothing of what it says;
  // "prosecutors charged in court papers that …" has its words after "that".)
  if ((cue.lemma === 'accuse' || cue.lemma === 'charge') && /ed$/i.test(tokens[cue.last - 1].text) && /^in$/i.test(tokens[cue.last]?.text ?? '')
    && cue.first > u0 && tokens[cue.first - 1].pos !== 'PRON' && !tokens.slice(cue.last, end).some((t) => /^that$/i.test(t.text))) return null;
  if (cue.kind === 'source') {
    const sp = sourceAfter(tokens, cue.last, end);
    if (!sp) return null;
    const channel = sourceChannel(tokens, sp);
    const lead = skipLead(tokens, u0, end);
    if (cue.first <= lead) {
      // "According to X, CLAUSE."
      let k = sp.last;
      while (k < end && tokens[k].text !== ',') k++;
      let c0 = skipLead(tokens, k, end);
      // ("According to Rear Adm. Roy Vincent Trinidad, the navy's spokesperson for the West Philippine Sea,
      // Chinese ships had …": a description of the source set off by commas is no part of what it said.)
      const described = describedSource(tokens, c0, end);
      if (described > 0) c0 = described;
      // ("According to a transcript, he added: “…”": a frame of a quotation, not what the transcript says.)
      if (c0 < end && frameOfQuotation(tokens, c0, end)) return null;
      // ("According to the transcript, Putin also said that …": a record of what someone said is where, not who.)
      if (c0 < end && RECORDS.test(tokens[sp.last - 1].text) && reportOpensAt(tokens, c0, end)) return null;
      return c0 < end ? { speaker: sp, cue, channel, clause: { first: c0, last: end } } : null;
    }
    const c1 = trimTail(tokens, lead, cue.first);
    if (c1 <= lead) return null;
    // "Since November, according to X, forces have killed …": the report is on both sides.
    let after = sp.last;
    while (after < end && tokens[after].text === ',') after++;
    // ("…, according to intelligence officials, who say …": what follows is the source's own clause.)
    if (tokens[sp.last]?.text === ',' && end - after >= 3 && hasVerb(tokens, after, end) && !/^(who|which|whose)$/i.test(tokens[after].text)) {
      return { speaker: sp, cue, channel, clause: { first: lead, last: end } };
    }
    return { speaker: sp, cue, channel, clause: { first: lead, last: c1 } };
  }
  const lead = skipLead(tokens, u0, end);
  const rel = relativeObjectAt(tokens, cue, lead, end);
  if (rel) return rel;
  if (calledIn(tokens, cue.first)) return null;
  // "Interfax quoted Peskov as saying …": the one quoted speaks; who quoted him is the channel.
  const relayed = quotedAs(tokens, cue, end);
  if (relayed) {
    const b = afterCue(tokens, { ...relayed.cue, last: relayed.words }, end, text);
    return b.clause < end ? { speaker: relayed.speaker, cue: relayed.cue, channel: quotingOutlet(tokens, cue, lead, text), clause: { first: b.clause, last: end } } : null;
  }
  if (cue.kind === 'stance') return stanceAt(tokens, cue, lead, end);
  const found = speakerOfCue(tokens, cue, lead);
  if (found === false) return null;
  let speaker = found;
  const m = skipModifiersLeft(tokens, cue.first, lead);
  let inverted = false;
  let resumed = false;
  if (!speaker && m - 1 >= lead && tokens[m - 1].text === ',') {
    // "CLAUSE, said Smith." / "CLAUSE, saying …" (the subject of the sentence speaks)
    const after = tokens[cue.first].text.endsWith('ing') ? null : nounPhraseStartingAt(tokens, cue.last, end);
    // "…, said Smith." — but not "…, said it would" or "…, said Trump's visit to Des Moines would"
    // (a clause, not a speaker, follows).
    // "…, reported a methamphetamine use disorder in 2017": only a phrase that can speak is an inverted speaker.
    // ("…, said Smith, adding that …": a participle after the name's comma is the frame's own.)
    const adding = after && tokens[after.last]?.text === ',' && tokens[after.last + 1]?.pos === 'VERB' && participleAt(tokens, after.last + 1);
    // ("The plan, said Sunshine, who remains friendly with him, is dead.": a subject, the frame, and the subject's verb.)
    resumed = !!after && cue.kind === 'speech' && !NAMING_LEMMAS.has(cue.lemma) && !hasFiniteVerb(tokens, lead, m - 1) && predicateResumes(tokens, after.last, end) >= 0;
    if (after && cue.first === m && (adding || resumed || !hasVerb(tokens, after.last, Math.min(end, after.last + 2))) && !clauseOpensAt(tokens, after.last, end)
      && (speakerLike(tokens, after) || EVIDENCE_NOUN_SET.has(tokens[after.last - 1].text.toLowerCase()))) { speaker = after; inverted = true; }
  }
  // "…, then says he'll …", "…, and later said …": a comma and a sequencing adverb before the cue.
  const sequenced = m - 1 > lead && m < cue.first && tokens[m - 1].text === ',' && !/ing$/i.test(tokens[cue.first].text) && /^(then|later|also)$/i.test(tokens[m].text);
  if (!speaker && m - 1 > lead && (/^(and|but)$/i.test(tokens[m - 1].text) || sequenced)) {
    // "Merrill says … and said she would …": the second verb shares the sentence's subject, or that of
    // the clause it closes ("China said …, while the city's police deny … and say …").
    let clause = lead;
    let antecedent: TokenSpan | null = null;
    for (let k = m - 2; k > lead; k--) {
      if (CLAUSE_OPENER.test(tokens[k].text)) { clause = k + 1; break; }
      // ("Reynolds spoke, and when she thanked them and said …": an opening clause after a conjunction has its own subject.)
      // ("…, a day after Vance visited the base and accused Copenhagen …": so does one after a span of time.)
      if (OPENING_CLAUSE.test(tokens[k].text) && (/^(and|but)$/i.test(tokens[k - 1].text) || /^(hours?|days?|weeks?|months?|years?|minutes?)$/i.test(tokens[k - 1].text)) && !commaBetween(tokens, k, m - 1)) { clause = k + 1; break; }
      // "Tom told Annette Guessford, who answered her door and said she planned to caucus": the relative
      // clause's subject is the one it describes.
      if (/^who$/i.test(tokens[k].text) && tokens[k - 1].text === ',') { antecedent = nounPhraseEndingAt(tokens, k - 1, lead); break; }
    }
    // ("“ALL TARIFFS …!” he wrote, calling the court … and predicting …": a quotation's frame has the subject, not its words.)
    // ("The talks were difficult, he said, and added …": so has a frame set off just before the "and".)
    const framed = !antecedent && m - 2 > lead && tokens[m - 2].text === ',' ? setOffFrameSpeaker(tokens, m - 2, lead) : null;
    const subj = antecedent ?? framed ?? (clause > lead ? subjectOf(tokens, clause, m - 1) : null) ?? quotationFrameSpeaker(tokens, u0, m - 1, text) ?? subjectOf(tokens, lead, m - 1);
    if (subj) return withClause(tokens, cue, subj, end, text, lead);
  }
  if (!speaker) {
    const opening = openingParticiple(tokens, cue, lead, end);
    if (opening) return opening;
    // ("… Russia “must be stopped,” adding that …": a comma inside the closing mark.)
    const p = m - 1 > lead && CLOSE_DOUBLE.test(tokens[m - 1].text) && tokens[m - 2].text === ',' ? m - 1 : m;
    if (tokens[cue.first].text.toLowerCase().endsWith('ing') && p - 1 >= lead && /^(,|—|–|-|while|after|before|by|when|in)$/i.test(tokens[p - 1].text)) {
      // "X did Y, saying …", "X did Y – saying …", "…, while saying that …": the sentence's subject speaks.
      const subj = (tokens[p - 1].text === ',' ? frameSpeakerBefore(tokens, p - 1, lead, end) : null)
        ?? quotationFrameSpeaker(tokens, u0, p - 1, text)
        ?? (subordinateLead(tokens, lead, cue.first) ? null : servedTo(tokens, nounPhraseStartingAt(tokens, lead, cue.first), cue.first)) ?? subjectOf(tokens, lead, p - 1);
      if (subj) return withClause(tokens, cue, subj, end, text, lead);
    }
    return null;
  }
  // "…, Fox found.": an organisation closing the sentence vouches for it like a poll does.
  const closing = speaker.first - 1 >= lead && tokens[speaker.first - 1].text === ',' && trimTail(tokens, cue.last, end) === cue.last;
  // "he has found that …": a person who finds that something is so reports it; "he found the keys" does not.
  // ("An arbitration panel found the United States was in breach": a body that judges finds a clause without "that".)
  const bodyFinds = cue.lemma === 'find' && tokens.slice(speaker.first, speaker.last).some((t) => FINDING_BODIES.test(t.text)) && cue.last < end && /^(DET|PROPN|PRON)$/.test(tokens[cue.last].pos) && hasFiniteVerb(tokens, cue.last + 1, end);
  // ("The protests, she found, had been “small and largely peaceful.”": a judgment set off by commas.)
  const foundAside = cue.lemma === 'find' && tokens[cue.last]?.text === ',' && tokens[speaker.first - 1]?.text === ',' && /^(PRON|PROPN)$/.test(tokens[speaker.last - 1].pos);
  const findsThat = bodyFinds || foundAside || (cue.lemma === 'find' && /^that$/i.test(tokens[cue.last]?.text ?? '') && (tokens[speaker.last - 1].pos === 'PROPN' || tokens[speaker.last - 1].pos === 'PRON' || SOURCE_NOUN_SET.has(tokens[speaker.last - 1].text.toLowerCase()) || PERSON_DESCRIPTION_SET.has(tokens[speaker.last - 1].text.toLowerCase()) || /^(researchers|authors|scientists|investigators|economists|scholars|auditors|inspectors)$/i.test(tokens[speaker.last - 1].text)));
  if (isEvidenceOnly(cue) && !evidenceSubject(tokens, speaker, lead) && !(closing && tokens[speaker.last - 1].pos === 'PROPN') && !findsThat) return null;
  // A belief needs a holder: a name, pronoun, plural or group; any noun when "that" or "who" makes it plain
  // ("the government hopes that …", "a trader who felt she …").
  if (cue.kind === 'cognition' && tokens[speaker.last - 1].pos !== 'PRON' && tokens[speaker.last - 1].pos !== 'PROPN' && !/s$/.test(tokens[speaker.last - 1].text) && !GROUP_WORDS.test(tokens[speaker.last - 1].text)
    && !(/^that$/i.test(tokens[cue.last]?.text ?? '') && tokens[speaker.last - 1].pos === 'NOUN') && !speakerLike(tokens, speaker)) return null;
  // ("It felt, generally, like I was playing on a console": the impression a thing gives, no one's belief; "it
  // feels that prices will rise" is a body's.)
  if (cue.lemma === 'feel' && speaker.last === speaker.first + 1 && /^(it|this|that)$/i.test(tokens[speaker.first].text)) {
    let k = cue.last;
    while (k < end && (tokens[k].text === ',' || tokens[k].pos === 'ADV')) k++;
    if (k < end && (/^like$/i.test(tokens[k].text) || tokens[k].pos === 'ADJ')) return null;
  }
  const claimed = claimBefore(tokens, speaker, lead, cue, end);
  if (claimed > lead) return { speaker, cue, channel: null, clause: { first: lead, last: claimed } };
  const before = speaker.first - 1;
  const commaBefore = before >= lead && (tokens[before].text === ',' || /[”"’]/.test(tokens[before].text));
  const b = afterCue(tokens, cue, end, text);
  const rest = inverted ? skipLead(tokens, speaker.last, end) : b.clause;
  // "responded to a mother on Wednesday by saying …": the participle after "by" is the report, with its own cue.
  if (!inverted && byParticipleNext(tokens, rest, end)) return null;
  if (!inverted && cue.lemma === 'say' && rest === cue.last && rest < end && saidNoWords(tokens, rest, end)) return null;
  // "…, analysts say; in 2012 …": a semicolon after the cue closes the frame.
  // ("…,” she said - and charged that …", "…, they believe — but …": the frame closes an aside; what follows the dash is the sentence's.)
  const asideCloses = !inverted && asideClosesAt(tokens, rest, end);
  const clauseAfter = rest < end && tokens[rest].text !== ';' && !asideCloses && (hasVerb(tokens, rest, end) || (!needsClause(cue) && rest < end && (b.that || verblessReport(tokens, cue, rest, end) || shortAnswer(tokens, cue, rest, end))) || asComplement(tokens, cue, rest, end));
  // A clause straight after the cue (or after "that") is the report; one after a comma or a
  // subordinator ("…, as they bristled") is not, and the report is then before the frame.
  const opener = tokens[rest];
  const forward = clauseAfter && (b.that || (tokens[rest - 1]?.text !== ',' && !/^(as|while|when|before|after|because|since|although|though|but|and|until)$/i.test(opener.text)
    && (opener.pos !== 'ADP' || QUANTITY_ADP.test(text.slice(opener.start, tokens[Math.min(rest + 1, end - 1)].end))) && !(opener.pos === 'VERB' && /(ed|ing)$/.test(opener.text))));
  // "The plan, he said (in a statement), is dead.": a frame set off by commas, what follows it goes on with the report.
  // ("The person who plays Trump, several people told POLITICO, has been chosen": an outlet told, then the comma and the verb.)
  const parenthetical = !inverted && (tokens[cue.last]?.text === ',' || (rest > cue.last && tokens[rest - 1]?.text === ',' && (tokens[cue.last].pos === 'ADP' || TIME_WORDS.has(tokens[cue.last].text.toLowerCase()) || (b.channel !== null && /^(AUX|VERB)$/.test(tokens[rest]?.pos ?? ''))))) && clauseAfter;
  // (Not a relative's speaker, whose words follow it: "…, a setback for Lai, whose party had accused the KMT of …".)
  // ("…, Indiana Gov. Mike Pence, who called their son “an American hero.”": nor one named before "who".)
  const relative = /^(who|whose|which)$/i.test(tokens[speaker.first].text) || whoBetween(tokens, speaker.last, cue.first);
  // ("…, as Reform and the Conservatives have proposed, Starmer said no": an "as" clause closed by a comma
  // refers back; the main clause after the comma is no part of what it proposed.)
  // ("owed his election to, as a diplomat put it, an ''extreme makeover''", "the result, as he explained, was …" go on after it.)
  if (!inverted && !forward && tokens[rest - 1]?.text === ',' && rest - 1 === cue.last && asClauseBefore(tokens, speaker.first, lead) && newClauseAt(tokens, rest, end)) return null;
  if ((commaBefore || inverted) && speaker.first > lead && !relative && (inverted || !forward || parenthetical)) {
    const c1 = trimTail(tokens, lead, inverted ? cue.first : speaker.first);
    const tail = inverted ? speaker.last : b.clause;
    // ("Reflecting on his career as a lawyer, the leader said, “…”", "Instead of calling himself a conservative, Trump said, “…”":
    // a quotation after the frame, a participle's or a preposition's phrase before it, however the tagger read its words.)
    const quoteAfter = /^[,:]$/.test(tokens[tail - 1]?.text ?? '') && opensQuotation(tokens, tail) && adverbialLead(tokens, lead);
    // (Inverted, the same: "The plan, said Sunshine, is dead.")
    if (resumed && c1 > lead) return { speaker, cue, channel: b.channel, clause: { first: clauseOpening(tokens, lead, c1), last: end } };
    // "The plan, he said, is dead.": the words on both sides are the report.
    // ("Asked to describe the device, O'Neill said, “…”": a participle's phrase before the frame is when it was said;
    // "Bringing the show back, he said, feels right" is a gerund subject, its verb after the frame.)
    // ("Hospitals were overwhelmed, he said, and appealed to medical workers …": a verb joined after the frame is the
    // speaker's own act, no more of the words.)
    // ("He had no known affiliations, the airline added, and had passed all checks": an auxiliary goes on with the words.)
    const ownAct = /^(and|but)$/i.test(tokens[tail]?.text ?? '') && tokens[tail + 1]?.pos === 'VERB' && OWN_ACTS.test(tokens[tail + 1].text);
    if (parenthetical && !ownAct && !/^(as|while|when|before|after|since|although|though|until)$/i.test(tokens[tail]?.text ?? '') && !(/ing$/i.test(tokens[tail]?.text ?? '') && CUE_FORMS.has(tokens[tail].text.toLowerCase()))
      && !(participleLead(tokens, lead, c1) && !/^(VERB|AUX)$/.test(tokens[tail]?.pos ?? '')) && !quoteAfter
      && !(hasFiniteVerb(tokens, lead, c1) && (summaryAfter(tokens, tail, end) || whenAfter(tokens, tail, end)))) {
      return { speaker, cue, channel: b.channel, clause: { first: clauseOpening(tokens, lead, c1), last: end } };
    }
    // The words before the frame must be a clause of their own ("Hours later, the Kremlin said" is not).
    // ("Asked about his criticisms of Trump, Christie said …" has none; "Given X, his endorsements will carry …, Sroka said" has.)
    if (c1 <= lead || quoteAfter || !hasFiniteVerb(tokens, lead, c1) || (participleLead(tokens, lead, c1) && !commaBetween(tokens, lead, c1)) || /^(despite|after|before|while|when|although|though|since|because|if|as|in|on|at|with|without|for|during|amid|following|from)$/i.test(tokens[lead].text) && !hasFiniteVerb(tokens, lead, c1, true)) {
      // (The quotation after the frame is found with that frame as its own.)
      if (quoteAfter) return null;
      if (!inverted && clauseAfter) return { speaker, cue, channel: b.channel, clause: { first: OBJECT_CUES.test(cue.lemma) ? objectStart(tokens, cue, rest) : rest, last: end } };
      // "In a speech, Obama accused the candidate of …": an object report after a leading adverbial.
      if (!inverted && rest < end && OBJECT_CUES.test(cue.lemma)) return { speaker, cue, channel: b.channel, clause: { first: objectStart(tokens, cue, rest), last: end } };
      return null;
    }
    return { speaker, cue, channel: b.channel, clause: { first: lead, last: c1 } };
  }
  if (!clauseAfter) {
    // "A poll showed a one-point race": what a document shows is reported even without a clause.
    if (rest < end && isEvidenceOnly(cue) && end - rest >= 2) return { speaker, cue, channel: b.channel, clause: { first: rest, last: end } };
    // "criticized the harbor plan": the whole object, even when it was first read as a hearer.
    if (OBJECT_CUES.test(cue.lemma) && objectStart(tokens, cue, rest) < end) {
      return { speaker, cue, channel: b.channel, clause: { first: objectStart(tokens, cue, rest), last: end } };
    }
    return null;
  }
  // "urged a strong stand, saying …": the object is what was urged; the participle is a report of its own.
  if (OBJECT_CUES.test(cue.lemma) && tokens[rest - 1]?.text === ',' && opener.pos === 'VERB' && participleAt(tokens, rest)) {
    const o0 = objectStart(tokens, cue, rest);
    const o1 = trimTail(tokens, o0, rest);
    if (o0 < o1) return { speaker, cue, channel: b.channel, clause: { first: o0, last: o1 } };
  }
  // ("accused Lai of being a separatist", "urged allies to dig deeper": whom the act is aimed at is part of the report.)
  return { speaker, cue, channel: b.channel, clause: { first: !b.that && AIMED_CUES.test(cue.lemma) ? objectStart(tokens, cue, rest) : rest, last: end } };
}
/** Acts of a speaker that follow a frame set off by commas ("…, he said, and appealed to …"). */
const OWN_ACTS = /^(added|urged|appealed|called|asked|warned|vowed|pledged|promised|insisted|noted|stressed|said|told)$/i;
const FINDING_BODIES = /^(panel|court|jury|judge|tribunal|commission|committee|board|inspector|investigators|auditors|regulators)$/i;
/**
 * "The authors of the research published in the journal JAMA Psychiatry argued that …": a participle right
 * after its noun, with a phrase of where or when, and then the sentence's own verb, describes the noun.
 */
function reducedRelative(tokens: Token[], cue: Cue, end: number): boolean {
  const t = tokens[cue.first];
  if (cue.last !== cue.first + 1 || !/ed$/i.test(t.text) || cue.first === 0 || tokens[cue.first - 1].pos !== 'NOUN') return false;
  let k = cue.last;
  for (let pp = 0; pp < 2 && k < end && /^(in|on|at|by|last|this|earlier)$/i.test(tokens[k].text); pp++) {
    const np = nounPhraseStartingAt(tokens, k + 1, end);
    if (!np) return false;
    k = np.last;
  }
  return k > cue.last && k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !/ing$/i.test(tokens[k].text);
}
/** Object cues whose object stays in the report before a clause (not "asked him whether", "warned Congress the plan …"). */
export const AIMED_CUES = /^(call|describe|praise|criticize|criticise|accuse|blame|dismiss|thank|urge)$/;

/**
 * "Iran has expanded its stockpile, the watchdog said in a report on Wednesday, a finding likely to
 * deepen concern": a noun phrase after the frame that no verb of its own follows sums up what was
 * said; it does not go on with it ("The talks, he said, a waste of time" would; a complete clause
 * before the frame has no room for it).
 */
function summaryAfter(tokens: Token[], k: number, end: number): boolean {
  if (k >= end || !/^(a|an)$/i.test(tokens[k].text)) return false;
  const np = nounPhraseStartingAt(tokens, k, end);
  if (!np || np.last - np.first < 2) return false;
  const next = tokens[np.last];
  return !next || np.last >= end || !(next.pos === 'AUX' || (next.pos === 'VERB' && !/(ed|en|ing)$/i.test(next.text)));
}

/**
 * "North Korea fired a missile, the military said, hours after the North warned …": how long after
 * or before something the event came, after the frame, is the writer's, not more of the words.
 */
function whenAfter(tokens: Token[], k: number, end: number): boolean {
  const words: string[] = [];
  for (let i = k; i < end && words.length < 5; i++) words.push(tokens[i].text.toLowerCase());
  return WHEN_AFTER.test(words.join(' '));
}
/** Words after a name in marks that say where or when, the writer's ("… in Nagorno-Karabakh on Tuesday"). */
const WHERE_WHEN_AFTER_NAME = /^(in|on|at|during|near|inside|across|last|this|yesterday|today)$/i;
/**
 * Where the words of a naming end when its name in marks closes with a comma and no verb follows: "what
 * she called a “rant,” a series of online postings …" (what follows sets the name off); else the clause's end.
 */
function namedThenAside(tokens: Token[], r: Reported): number {
  const { first, last } = r.clause;
  if (!/^(call|describe|dub|label|term)$/.test(r.cue.lemma)) return last;
  // ("launched what it called “anti-terrorist measures” in Nagorno-Karabakh on Tuesday, shelling …", "what they
  // called “fraud” led …": what "what X called" names ends with its marks when where, when or the sentence's verb
  // follows; not when more of the name does: "a “brazen breach” of U.N. resolutions", "a “stern warning” to
  // separatist forces", "her “breaking barriers” agenda"; a comma at the marks is namedThenAside's below.)
  if (r.speaker && /^what$/i.test(tokens[r.speaker.first - 1]?.text ?? '')) {
    let open = first;
    while (open < last && open < first + 2 && !OPEN_DOUBLE.test(tokens[open].text)) open++;
    let close = open + 1;
    while (close < last && close < open + 12 && !CLOSE_DOUBLE.test(tokens[close].text)) close++;
    const next = tokens[close + 1];
    if (open < last && OPEN_DOUBLE.test(tokens[open].text) && close < last && close < open + 12 && next && tokens[close - 1].text !== ','
      && (/^(VERB|AUX)$/.test(next.pos) || WHERE_WHEN_AFTER_NAME.test(next.text))) return close + 1;
  }
  for (let k = first + 1; k + 1 < last; k++) {
    if (tokens[k].text !== ',' || !CLOSE_DOUBLE.test(tokens[k + 1].text)) continue;
    // ("The plan, which critics called “a giveaway,” passed": in a relative clause the verb after it is the sentence's.)
    const relative = !!r.speaker && /^(which|that|whom|who)$/i.test(tokens[r.speaker.first - 1]?.text ?? '');
    // ("called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick”": a list of names goes on.)
    let more = false;
    for (let j = k + 2; j < last && !more; j++) more = OPEN_DOUBLE.test(tokens[j].text);
    return !more && (relative || !hasFiniteVerb(tokens, k + 2, last)) ? k : last;
  }
  return last;
}

/**
 * Where "…, a day after Vance visited …" starts in a report's words (the comma, perhaps inside a closing
 * mark), or `last`: how long after or before something it was said is the writer's.
 */
function whenAfterComma(tokens: Token[], first: number, last: number): number {
  for (let k = first + 2; k < last - 2; k++) {
    if (tokens[k].text !== ',') continue;
    const w = CLOSE_DOUBLE.test(tokens[k + 1].text) ? k + 2 : k + 1;
    if (!/^(after|before)$/i.test(tokens[w].text) && whenAfter(tokens, w, last)) return k;
  }
  return last;
}
const WHEN_AFTER = /^(?:(?:just|only|shortly|soon|less than|more than|about|nearly|some)\s+)?(?:(?:a|an|one|two|three|four|five|several|a few|\d+)\s+)?(?:(?:hours?|days?|weeks?|months?|minutes?|years?)\s+)?(?:after|before)\b/;

/**
 * "once he has said his piece, he is ready to move on", "said goodbye to his staff", "said a prayer",
 * "said nothing about the plan": saying that tells no words said.
 */
export function saidNoWords(tokens: Token[], rest: number, end: number): boolean {
  const w0 = tokens[rest].text.toLowerCase();
  const w1 = rest + 1 < end ? tokens[rest + 1].text.toLowerCase() : '';
  if (SAID_IDIOM.has(w0) || (w0 === 'a' && (w1 === 'prayer' || w1 === 'blessing'))) return true;
  if (POSSESSIVES.test(w0) && (w1 === 'piece' || w1 === 'goodbyes' || w1 === 'prayers')) return true;
  // "said nothing about the plan", "said little, offering only …" (but "said nothing would change" is a
  // clause, and PolNeAR's annotators take "said little about the plan" for a report of what was said).
  return (w0 === 'nothing' && (rest + 1 >= end || isPunct(tokens[rest + 1]) || /^(about|of|on|to|in|at|during|publicly|since)$/.test(w1)))
    || (w0 === 'little' && (rest + 1 >= end || isPunct(tokens[rest + 1])));
}
const SAID_IDIOM = new Set(['goodbye', 'good-bye', 'goodbyes', 'farewell', 'hello', 'grace', 'amen', 'prayers']);

/** The cue a word of saying is, whatever its tag. */
function cueOfWord(tokens: Token[], i: number): Cue | null {
  const info = CUE_FORMS.get(tokens[i].text.toLowerCase())?.find((f) => f.kind === 'speech');
  return info ? { first: i, last: i + 1, lemma: info.lemma, kind: 'speech' } : null;
}

/** Whether only words of when ("on Wednesday", "later") stand between `from` and "by saying …". */
export function byParticipleNext(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k + 1 < end && k < from + 5; k++) {
    const t = tokens[k];
    if (/^by$/i.test(t.text)) return tokens[k + 1].pos === 'VERB' && /ing$/i.test(tokens[k + 1].text) && CUE_FORMS.has(tokens[k + 1].text.toLowerCase());
    if (!(t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'DET' || TIME_WORDS.has(t.text.toLowerCase()))) return false;
  }
  return false;
}

/**
 * Verbs of saying that take no object: the words after them are how, where or when they were said
 * ("testified side-by-side before the committee Tuesday"), never what.
 */
const INTRANSITIVE_SPEECH = new Set(['testify', 'comment', 'elaborate', 'speculate']);

/**
 * "Doyle said each year of schooling yields …" with the verb mis-tagged, "Sanders Promises Action On
 * Immigration", "Trump says racist things": a speech verb followed straight by two words or more
 * reports them even when the tagger found no verb there.
 */
function verblessReport(tokens: Token[], cue: Cue, rest: number, end: number): boolean {
  // "did not respond to a request for comment": what is responded to, after its "to" (see afterCue).
  const respondedTo = (cue.lemma === 'respond' || cue.lemma === 'reply') && /^to$/i.test(tokens[cue.last]?.text ?? '');
  if (cue.kind !== 'speech' || !(rest === cue.last || (respondedTo && rest === cue.last + 1)) || INTRANSITIVE_SPEECH.has(cue.lemma)) return false;
  const t = tokens[rest];
  if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || isPunct(t)) return false;
  let words = 0;
  for (let i = rest; i < end; i++) if (!isPunct(tokens[i])) words++;
  return words >= 2;
}

/** "He sees Cruz as a uniter", "she views Russia as a rival": a view of someone held by the subject. */
function asComplement(tokens: Token[], cue: Cue, rest: number, end: number): boolean {
  if (!/^(see|view|regard|consider|describe)$/.test(cue.lemma) || rest !== cue.last) return false;
  for (let k = rest + 1; k < end && k <= rest + 6; k++) {
    if (/^as$/i.test(tokens[k].text)) return k + 1 < end && !isPunct(tokens[k + 1]);
    if (isPunct(tokens[k]) || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  }
  return false;
}

/** "55 percent said so", "Everyone but Hewlett said yes": a one-word answer closing the sentence is what was said. */
// The tokenizer sometimes keeps the full stop on the word ("no.").
const ANSWERS = /^(so|yes|no|that|this|it|otherwise|nothing|something|everything)\.?$/i;
function shortAnswer(tokens: Token[], cue: Cue, rest: number, end: number): boolean {
  if (cue.kind !== 'speech' || rest !== cue.last || !/^(say|tell|write|add|answer|reply|respond|repeat|admit|deny|confirm)$/.test(cue.lemma)) return false;
  if (rest + 1 === end) return ANSWERS.test(tokens[rest].text);
  return rest + 2 === end && /^the$/i.test(tokens[rest].text) && /^same$/i.test(tokens[rest + 1].text);
}

/**
 * "After thanking the crowd, he touted …", "Declaring that he alone can fix it, the mogul …": a
 * participle opening the sentence reports what the subject after the comma said or did.
 */
function openingParticiple(tokens: Token[], cue: Cue, lead: number, end: number): Reported | null {
  if (!/ing$/i.test(tokens[cue.first].text)) return null;
  const at = cue.first === lead || (cue.first === lead + 1 && /^(after|before|by|while|when|in|upon|on)$/i.test(tokens[lead].text));
  if (!at) return null;
  let comma = cue.last;
  while (comma < end && tokens[comma].text !== ',') comma++;
  if (comma >= end || comma - cue.last < 1) return null;
  // "Speaking at a rally in Iowa, …", "Speaking to reporters, …": where or to whom, not what.
  const pp = tokens[cue.last];
  if ((pp.pos === 'ADP' && !STANCE_PARTICLES.has(pp.text.toLowerCase())) || /^(at|in|on)$/i.test(pp.text) || (/^to$/i.test(pp.text) && tokens[cue.last + 1]?.pos !== 'VERB')) return null;
  const subject = nounPhraseStartingAt(tokens, comma + 1, end);
  if (!subject) return null;
  const after = tokens[subject.last];
  if (!after || !(after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV')) return null;
  // "Abandoning Ukraine, he said, “would be a gift to Putin”": a frame set off by commas; the
  // participle's clause is the start of the words, not what the speaker did.
  // ("Praising the troops, Biden said, “They are heroes.”" opens new words: there the participle is his.)
  if (after.pos === 'VERB' && tokens[subject.last + 1]?.text === ',' && CUE_FORMS.has(after.text.toLowerCase()) && goesOnLowercase(tokens, subject.last + 2, end)) return null;
  let first = cue.last;
  while (first < comma && STANCE_PARTICLES.has(tokens[first].text.toLowerCase()) && first < cue.last + 2) first++;
  if (first < comma && /^that$/i.test(tokens[first].text)) first++;
  return first < comma ? { speaker: subject, cue, channel: null, clause: { first, last: comma } } : null;
}

/** The words at k go on with a sentence begun before them: a small letter, after an opening mark or not. */
function goesOnLowercase(tokens: Token[], k: number, end: number): boolean {
  if (k < end && QUOTE_MARK.test(tokens[k].text)) k++;
  return k < end && /^[a-z]/.test(tokens[k].text);
}

function withClause(tokens: Token[], cue: Cue, speaker: TokenSpan, end: number, text: string, lead: number): Reported | null {
  const b = afterCue(tokens, cue, end, text);
  void lead;
  // "… and called the system rotten": verbs of naming take an object, not a clause.
  // ("…, calling him “a total stiff.”", "…, urging allies to …": whom the act is aimed at is part of the report, as after a finite cue.)
  const first = !b.that && AIMED_CUES.test(cue.lemma) ? objectStart(tokens, cue, b.clause) : b.clause;
  // ("…, and criticized the party’s lack of …": the object, even when it was first read as a hearer.)
  if (end - first >= 2 && OBJECT_CUES.test(cue.lemma)) return { speaker, cue, channel: b.channel, clause: { first, last: end } };
  if (b.clause >= end || !hasVerb(tokens, b.clause, end)) return null;
  return { speaker, cue, channel: b.channel, clause: { first, last: end } };
}

/** "according to a statement from the ministry", "a letter by …": the document the source spoke in, or null. */
function sourceChannel(tokens: Token[], sp: TokenSpan): string | null {
  const k = sp.first + (tokens[sp.first].pos === 'DET' ? 1 : 0);
  const w = tokens[k]?.text.toLowerCase() ?? '';
  return k + 2 < sp.last && CHANNEL_NOUN_SET.has(w) && /^(from|by|of)$/i.test(tokens[k + 1].text) ? w : null;
}

/**
 * Where the clause starts after a description of a source set off by commas ("the navy's spokesperson for
 * the West Philippine Sea,"), starting at `at`; -1 when no such description stands there.
 */
function describedSource(tokens: Token[], at: number, end: number): number {
  // ("According to Ray Powell, who tracks the area for Stanford, Chinese ships have …", "According to DR, which cited
  // unnamed sources, …": a relative clause describes the source.)
  // ("According to the study, published in BMJ Case Reports, the man had …": so does a participle's phrase.)
  const participle = at < end && tokens[at].pos === 'VERB' && /(ed|en|wn)$/i.test(tokens[at].text) && /^(in|by|on|at|last|this|earlier)$/i.test(tokens[at + 1]?.text ?? '');
  if (at < end && (/^(who|whose|which)$/i.test(tokens[at].text) || participle)) {
    let c = at + 1;
    while (c < end && c < at + 25 && tokens[c].text !== ',') c++;
    return c < end && tokens[c].text === ',' && hasVerb(tokens, c + 1, end) ? skipLead(tokens, c, end) : -1;
  }
  if (at >= end || !(/^(the|a|an|his|her|its|their)$/i.test(tokens[at].text) || (tokens[at].pos === 'PROPN' && /^['’]s$/.test(tokens[at + 1]?.text ?? '')))) return -1;
  // ("According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least 13 …": a body's
  // description, whose words wink may tag as verbs, "based", "monitor".)
  const bodyEnd = describedBody(tokens, at, end);
  if (bodyEnd > 0) return bodyEnd;
  let c = at;
  while (c < end && c < at + 16 && tokens[c].text !== ',') c++;
  if (c >= end || tokens[c].text !== ',' || hasVerb(tokens, at, c) || !hasVerb(tokens, c + 1, end)) return -1;
  let titled = false;
  for (let k = at; k < c && !titled; k++) titled = PERSON_DESCRIPTION_SET.has(tokens[k].text.toLowerCase());
  // ("According to two people familiar with the talks, the Senate's top Democrat, Chuck Schumer, has told …": a
  // name set off right after it makes the description the clause's subject, not the source's.)
  let n = c + 1;
  while (n < end && tokens[n].pos === 'PROPN') n++;
  if (n > c + 1 && tokens[n]?.text === ',') return -1;
  return titled ? skipLead(tokens, c, end) : -1;
}

/** Nouns that describe a body set off after its name: "a Britain-based war monitor", "an independent watchdog". */
const BODY_DESCRIPTIONS = new Set(['monitor', 'watchdog', 'group', 'agency', 'organization', 'organisation', 'outlet', 'newspaper', 'daily', 'broadcaster',
  'network', 'tank', 'institute', 'charity', 'firm', 'coalition', 'body', 'observatory', 'website', 'channel', 'service', 'nonprofit', 'ngo']);
/** Where the clause starts after "a/an DESCRIPTION OF A BODY," at `at`, or -1. */
function describedBody(tokens: Token[], at: number, end: number): number {
  if (!/^(a|an)$/i.test(tokens[at].text)) return -1;
  let c = at + 1;
  while (c < end && c < at + 9 && tokens[c].text !== ',') c++;
  if (c >= end || tokens[c].text !== ',' || !BODY_DESCRIPTIONS.has(tokens[c - 1].text.toLowerCase())) return -1;
  for (let k = at; k < c; k++) if (tokens[k].pos === 'AUX' || /^(is|was|has|had|said|says)$/i.test(tokens[k].text)) return -1;
  return hasVerb(tokens, c + 1, end) ? skipLead(tokens, c, end) : -1;
}

/**
 * Whoever follows "according to", up to the next comma: sources are often long ("a report by X"). A
 * title in marks ends it: "according to E. J. Fleming's ''The Fixers: Eddie Mannix, …''" is Fleming's.
 */
function sourceAfter(tokens: Token[], from: number, end: number): TokenSpan | null {
  let k = from;
  while (k < end && k < from + 14 && tokens[k].text !== ',' && tokens[k].text !== '(' && tokens[k].pos !== 'SCONJ' && !/^[“”"‘]$/.test(tokens[k].text)
    && !(tokens[k].text === "'" && tokens[k + 1]?.text === "'")) k++;
  while (k > from && isPunct(tokens[k - 1])) k--;
  return k > from ? { first: from, last: k } : null;
}

/**
 * The speaker of a frame set off by commas that ends at `comma` (", he said,", ", the ministry added,"); with
 * `channelled`, of one whose channel runs on to the comma (", he said in an interview with the broadcaster ZDF,"); or null.
 */
function setOffFrameSpeaker(tokens: Token[], comma: number, lead: number, channelled = false): TokenSpan | null {
  let cue = channelled ? -1 : comma - 1;
  for (let c = comma - 5; channelled && cue < 0 && c > lead && c >= comma - 14; c--) {
    if (/^(said|says)$/i.test(tokens[c].text) && /^(in|on|at|during|to)$/i.test(tokens[c + 1]?.text ?? '') && !hasVerb(tokens, c + 1, comma)) cue = c;
  }
  if (cue <= lead || (!channelled && !/^(said|says|added|adds|told|wrote|writes|noted|notes)$/i.test(tokens[cue].text))) return null;
  for (let c = cue - 1; c >= lead && c >= cue - 5; c--) {
    if (tokens[c].text !== ',') continue;
    const np = nounPhraseStartingAt(tokens, c + 1, cue);
    return np && np.last === cue ? np : null;
  }
  return null;
}

/**
 * "“…,” the RNC member said, adding that …", "…,” said Ramos, referring to …": a participle after
 * a comma that closes a speech frame belongs to that frame's speaker.
 */
function frameSpeakerBefore(tokens: Token[], comma: number, lead: number, end: number): TokenSpan | null {
  for (let c = comma - 1; c >= lead && c >= comma - 4; c--) {
    const pc = cueAt(tokens, c, end);
    if (!pc) continue;
    // ("confirmed the agreement in a statement posted on Telegram, saying …": the participle describes the channel.)
    if (pc.kind !== 'speech' || describesChannel(tokens, pc, lead)) return null;
    const sp = speakerBefore(tokens, pc.first, lead);
    // ("… would remain after the Wagner Group announced it was leaving, insisting …": the frame of a clause about
    // when is not the participle's; the sentence's subject is.)
    if (sp && sp.first - 1 > lead && /^(after|before|when|since|until|as|because|while|once)$/i.test(tokens[sp.first - 1].text)) return null;
    return sp ?? (pc.last < comma ? nounPhraseStartingAt(tokens, pc.last, comma) : null);
  }
  // ("…, said Mark Cancian, a senior adviser at CSIS, adding …": an inverted frame whose speaker a description follows.)
  for (let c = comma - 5; c > lead && c >= comma - 30; c--) {
    if (tokens[c - 1].text !== ',') continue;
    const pc = cueAt(tokens, c, end);
    if (pc && /^(said|says)$/i.test(tokens[c].text) && pc.last < comma && !hasFiniteVerb(tokens, pc.last, comma)) return nounPhraseStartingAt(tokens, pc.last, comma);
  }
  // ("…, he said in an interview with the broadcaster ZDF, adding: …": a frame whose channel runs on before the comma.)
  return setOffFrameSpeaker(tokens, comma, lead, true);
}

/**
 * "“Promise mama …,” Blige sings to Clinton before asking her, “…”": a sentence that opens with a
 * quotation set off by a comma has its subject in the quotation's frame, not among the quoted words.
 */
function quotationFrameSpeaker(tokens: Token[], u0: number, end: number, text: string): TokenSpan | null {
  if (u0 >= end || !OPEN_DOUBLE.test(tokens[u0].text)) return null;
  for (let k = u0 + 2; k < end; k++) {
    if (!CLOSE_DOUBLE.test(tokens[k].text)) continue;
    if (!/^[,?!]$/.test(tokens[k - 1].text)) return null;
    return frameIn(tokens, k + 1, end, text, 'after')?.speaker ?? null;
  }
  return null;
}

/**
 * A quotation opening at k with a double mark, or two apostrophes standing for one (wink splits "''"),
 * whose first word is no verb (as in "Evaluating the candidates by the polls, Stevens said, “is like …”",
 * where the words before the frame are the quotation's subject).
 */
function opensQuotation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const doubled = t?.text === "'" && tokens[k + 1]?.text === "'" && glued(t, tokens[k + 1]);
  if (!t || !(OPEN_DOUBLE.test(t.text) || doubled)) return false;
  return !/^(VERB|AUX)$/.test(tokens[k + (doubled ? 2 : 1)]?.pos ?? '');
}
/**
 * A phrase opening with a participle or a preposition ("Reflecting on …", "Instead of …", "After the
 * vote"), not one naming what the words are about ("Of the scrutiny, he said, “…”", "As for RT, …").
 */
function adverbialLead(tokens: Token[], lead: number): boolean {
  const t = tokens[lead];
  if (/^(of|about|regarding|concerning)$/i.test(t.text) || (/^as$/i.test(t.text) && /^for$/i.test(tokens[lead + 1]?.text ?? ''))) return false;
  return (t.pos === 'VERB' && /ing$/i.test(t.text)) || t.pos === 'ADP' || (/^instead$/i.test(t.text) && /^of$/i.test(tokens[lead + 1]?.text ?? ''));
}
/**
 * "Asked to describe …", "When asked about …", "Reflecting on his career as a lawyer": the words from
 * `lead` to `end` are a participle's phrase. An -ing word that runs into a verb of its own is a
 * gerund subject instead ("Bringing the show back feels appropriate").
 */
function participleLead(tokens: Token[], lead: number, end: number): boolean {
  let k = lead;
  if (k + 1 < end && /^(when|if|once|after|before|while|though|although|unless|until)$/i.test(tokens[k].text)) k++;
  if (tokens[k].pos !== 'VERB' || k + 1 >= end) return false;
  if (/ing$/i.test(tokens[k].text)) return !hasFiniteVerb(tokens, k + 1, end);
  return /(ed|told|shown|given)$/i.test(tokens[k].text);
}

/**
 * "China had resisted such agreements, but the air pollution had become so bad, Mr. Obama noted, that …":
 * the report around a frame set off by commas starts where its own clause does, after ", but" or
 * ", and" that close a clause of their own before it.
 */
function clauseOpening(tokens: Token[], lead: number, frame: number): number {
  for (let k = frame - 1; k > lead + 1; k--) {
    const joins = (/^(but|and|yet|so|while)$/i.test(tokens[k].text) && tokens[k - 1].text === ',') || tokens[k].text === ';';
    if (joins && hasFiniteVerb(tokens, lead, k - 1) && hasFiniteVerb(tokens, k + 1, frame)) return k + 1;
  }
  return lead;
}

/** Words that open a clause of their own inside a sentence ("…, while the city's police deny …"). */
const CLAUSE_OPENER = /^(while|whereas|although|though|because|since|;)$/i;

/** Words that open a leading subordinate clause, whose subject is not the sentence's. */
const LEADING_SUBORDINATOR = /^(when|whenever|if|as|after|before|while|because|although|though|once|since|until|unless|whereas)$/i;
/** A subordinate clause opens at `start` and closes with a comma before `end`: what comes at `end` is the main clause's. */
function subordinateLead(tokens: Token[], start: number, end: number): boolean {
  return (LEADING_SUBORDINATOR.test(tokens[start].text) || timeBefore(tokens, start, end)) && commaBetween(tokens, start, end);
}
function commaBetween(tokens: Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (tokens[k].text === ',') return true;
  return false;
}

/** A name at `a` set off by a comma before a description (a, an, the …) that runs to the cue at `cue` unclosed, or null. */
function unclosedAppositive(tokens: Token[], a: number, cue: number): TokenSpan | null {
  const name = nounPhraseStartingAt(tokens, a, cue);
  if (!name || tokens[name.last - 1].pos !== 'PROPN' || name.last + 2 >= cue || cue - name.last > 20) return null;
  return tokens[name.last].text === ',' && /^(a|an|the)$/i.test(tokens[name.last + 1].text) && tokens[cue - 1].text !== ',' ? name : null;
}

/** "Russia's ambassador to the United Nations": whom or where an envoy or aide serves is part of the phrase. */
function servedTo(tokens: Token[], np: TokenSpan | null, end: number): TokenSpan | null {
  if (!np || np.last + 1 >= end || !/^to$/i.test(tokens[np.last].text) || !SERVES_TO(tokens[np.last - 1].text)) return np;
  const more = nounPhraseStartingAt(tokens, np.last + 1, end);
  return more ? { first: np.first, last: more.last } : np;
}
/** "Hours before …", "Two days after …", "Moments later,": a span of time that opens a sentence. */
function timeBefore(tokens: Token[], start: number, end: number): boolean {
  const k = start + 1 < end && tokens[start].pos === 'NUM' ? start + 1 : start;
  return k + 1 < end && SPANS_OF_TIME.test(tokens[k].text) && /^(before|after|later|earlier)$/i.test(tokens[k + 1].text);
}
/** The subject at the start of a clause: a noun phrase followed (after modifiers) by a verb. */
export function subjectOf(tokens: Token[], lead: number, end: number): TokenSpan | null {
  // The subject opens the clause, or follows a leading adverbial ("During the speech, Trump …").
  for (let start = lead, tries = 0; start < end && tries < 5; tries++) {
    // "Even Obama tried …": a focusing adverb before the subject.
    while (start < end - 1 && tokens[start].pos === 'ADV' && /^(even|only|also|then|now|still|yet)$/i.test(tokens[start].text)) start++;
    // "When Maddow pointed out …, Clinton seized upon it, repeating …": a leading subordinate clause's
    // subject is not the sentence's; the main clause after its comma has it.
    // Before that comma, the subordinate clause's own subject follows its opener ("When Riley later said …").
    // ("Hours before Parise's two goals Tuesday, Wild coach Bruce Boudreau …": how long before, then what.)
    const opener = LEADING_SUBORDINATOR.test(tokens[start].text) || timeBefore(tokens, start, end);
    const skip = opener && commaBetween(tokens, start, end);
    if (opener && !skip && start + 1 < end) start++;
    const np = skip ? null : nounPhraseStartingAt(tokens, start, end);
    if (np) {
      let k = np.last;
      // "Florida Gov. Rick Scott (R) blasted …": a parenthesis after the name.
      if (k < end && tokens[k].text === '(') {
        let c = k + 1;
        while (c < end && c < k + 8 && tokens[c].text !== ')') c++;
        if (c < end && tokens[c].text === ')') k = c + 1;
      }
      // "the U.S. Court of Appeals for the 6th Circuit overruled": a name goes on past its prepositions
      // into another name.
      for (let n = 0; n < 2 && k + 1 < end && tokens[k - 1].pos === 'PROPN' && /^(of|for|in|at|from|on)$/i.test(tokens[k].text); n++) {
        const more = nounPhraseStartingAt(tokens, k + 1, end);
        if (!more || tokens[more.last - 1].pos !== 'PROPN') break;
        k = more.last;
      }
      // ("Ukraine's ambassador to Germany, Oleksii Makeiev, thanked …": where an envoy is sent is part of the title.)
      let subject = np;
      if (k + 1 < end && /^to$/i.test(tokens[k].text) && SERVES_TO(tokens[k - 1].text)) {
        k = nounPhraseStartingAt(tokens, k + 1, end)?.last ?? k;
        subject = { first: np.first, last: k };
      }
      // "Gary Emineth, a former party chairman, became a delegate and said …": past the appositive.
      if (k < end && tokens[k].text === ',') {
        let c = k + 1;
        while (c < end && c < k + 25 && tokens[c].text !== ',') c++;
        if (c < end && tokens[c].text === ',') k = c + 1;
      }
      // ("A federal judge on Tuesday blocked …", "Smith last week said …": a time between subject and verb.)
      k = pastTime(tokens, k, end);
      if (k < end && tokens[k].pos === 'AUX') return subject;
      while (k < end && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k++;
      if (k < end && tokens[k].pos === 'VERB') return subject;
    }
    while (start < end && tokens[start].text !== ',') start++;
    start++;
    if (start < end && CLOSING_MARK.test(tokens[start].text)) start++;
  }
  // "A few minutes later they reversed themselves, … and said …": a pronoun right before a verb.
  for (let k = lead; k + 1 < end; k++) {
    if (/^(he|she|they|we|i)$/i.test(tokens[k].text) && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')) return { first: k, last: k + 1 };
  }
  return null;
}

/** Past a time phrase at `k` ("on Tuesday", "last week", "Friday night"), or `k` when there is none. */
function pastTime(tokens: Token[], k: number, end: number): number {
  let j = k;
  while (j < end && /^(on|last|this|late|early|earlier|next)$/i.test(tokens[j].text)) j++;
  const opened = j;
  while (j < end && TIME_WORDS.has(tokens[j].text.toLowerCase())) j++;
  return j > opened ? j : k;
}

/**
 * A finite verb after a noun phrase, before any comma or relative pronoun: the phrase was the
 * subject of a clause ("said Trump's visit … would earn"), not a speaker named after the cue
 * ("said a spokesman for the firm that owns it").
 */
function clauseOpensAt(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (/^(,|;|:|\(|who|whom|whose|which|that)$/i.test(t.text)) return false;
    // A capitalised "verb" is a name's word ("wrote Cameron Easley for Morning Consult").
    if ((t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/i.test(t.text))) && !/^[A-Z]/.test(t.text)) return true;
  }
  return false;
}

/**
 * The comma before the subject's verb that follows the speaker's phrase ending at the comma `at`, past a
 * relative clause or description set off by commas (", who remains friendly with her former boss,"), or -1.
 */
export function predicateResumes(tokens: Token[], at: number, end: number): number {
  if (tokens[at]?.text !== ',') return -1;
  let comma = at;
  if (at + 1 < end && !/^(AUX|VERB|ADV)$/.test(tokens[at + 1].pos)) {
    comma++;
    while (comma < end && comma < at + 25 && tokens[comma].text !== ',') comma++;
    if (tokens[comma]?.text !== ',') return -1;
  }
  let k = comma + 1;
  if (k < end && tokens[k].pos === 'ADV') k++;
  return k < end && finiteVerbAt(tokens, k, k, end) ? comma : -1;
}

/** Whether token i is a finite verb of the clause [from, to). */
function finiteVerbAt(tokens: Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i];
  if (t.pos === 'AUX') return true;
  if (t.pos === 'VERB' && !/ing$/i.test(t.text) && !(i > from && tokens[i - 1].pos === 'PART' && /^to$/i.test(tokens[i - 1].text))) return true;
  // "The campaign plans to release …": a verb in -s before "to" and a verb, after its subject, that the tagger read as a plural noun.
  return t.pos === 'NOUN' && /s$/.test(t.text) && i > from && /^(NOUN|PROPN)$/.test(tokens[i - 1].pos) && /^to$/i.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.pos === 'VERB' && i + 2 < to;
}

/** A finite verb in [from, to): not a bare participle ("Despite challenging …"). `main` asks for one outside a leading adverbial. */
function hasFiniteVerb(tokens: Token[], from: number, to: number, main = false): boolean {
  let start = from;
  if (main) {
    // skip the adverbial up to its comma
    while (start < to && tokens[start].text !== ',') start++;
  }
  for (let i = start; i < to; i++) if (finiteVerbAt(tokens, i, start, to)) return true;
  return false;
}

/**
 * "Others appeared ready to abandon him", "the plan seems to be failing": an impression with no
 * named holder; the subject and what it seems to be are the report.
 */
function impressionAt(tokens: Token[], cue: Cue, lead: number, end: number): Reported | null {
  // "It seems the party has too many delegates", "it appears, though, that …": the clause after is the impression.
  let p = cue.first - 1;
  while (p > lead && tokens[p].pos === 'ADV') p--;
  if (p >= lead && /^it$/i.test(tokens[p].text)) {
    let k = cue.last;
    while (k < end && (tokens[k].text === ',' || /^(though|however|now|also|then)$/i.test(tokens[k].text))) k++;
    const that = k < end && /^that$/i.test(tokens[k].text);
    if (that) k++;
    // "It first appeared in 2014, when …" (showed up): without "that", an impression opens with its subject, not a preposition.
    const opensClause = that || (tokens[k]?.pos !== 'ADP' && !SUBORDINATOR.test(tokens[k]?.text ?? ''));
    if (k < end && !/^(to|like|as)$/i.test(tokens[k].text) && opensClause && hasVerb(tokens, k, end)) return { speaker: null, cue, channel: null, clause: { first: k, last: end } };
  }
  const next = tokens[cue.last];
  // "seemed lost", "seemed an insult", "seemed beside the point": whatever "seem" takes is the impression
  // ("appear" also means to show up: "appeared on television").
  if (!next || isPunct(next) || !(/^(to|like|as)$/i.test(next.text) || next.pos === 'ADJ' || next.pos === 'ADV' || cue.lemma === 'seem')) return null;
  if (cue.first - lead < 1) return null;
  let stop = cue.last;
  while (stop < end && tokens[stop].text !== ';' && !(tokens[stop].text === ',' && stop + 1 < end && subordinateAt(tokens, stop + 1, SUBORDINATOR))) stop++;
  return { speaker: null, cue, channel: null, clause: { first: lead, last: stop } };
}

const SPEAKERLIKE = /^(he|she|they|we|i|it)$/i;
/**
 * A subject that can hold a view: a name, a pronoun, a source or person word, a poll group, a plural
 * noun. The head is the last word, or the word before "of/for" ("a spokeswoman for the harbor").
 */
function speakerLike(tokens: Token[], span: TokenSpan): boolean {
  if (speakerLikeHead(tokens[span.last - 1])) return true;
  // "a retired teacher who backs Sanders": "who" says the noun is a person.
  const after = tokens[span.last]?.text === ',' ? span.last + 1 : span.last;
  if (/^who$/i.test(tokens[after]?.text ?? '') && tokens[span.last - 1].pos === 'NOUN') return true;
  // "His opponent, Rep. Alan Grayson, would support …": a name in apposition.
  if (tokens[span.last]?.text === ',' && tokens[span.last + 1]?.pos === 'PROPN') {
    for (let k = span.last + 2; k < tokens.length && k < span.last + 8; k++) if (tokens[k].text === ',') return tokens[k - 1].pos === 'PROPN';
  }
  for (let k = span.first + 1; k < span.last - 1; k++) {
    if (/^(of|for)$/i.test(tokens[k].text)) return speakerLikeHead(tokens[k - 1]);
  }
  return false;
}
/** The head word of a speakerLike subject (module level: a closure per call costs tsx a __name call). */
function speakerLikeHead(head: Token): boolean {
  return head.pos === 'PROPN' || SPEAKERLIKE.test(head.text) || SOURCE_NOUN_SET.has(head.text.toLowerCase()) || POLL_GROUP.test(head.text) || PERSON_DESCRIPTION_SET.has(head.text.toLowerCase()) || (head.pos === 'NOUN' && /s$/.test(head.text));
}
const SHELTER = /^(treatment|care|attention|refuge|shelter|cover|safety|sanctuary|safe)$/i;
const ATTACKED_THINGS = /^(bases?|positions?|convoys?|ships?|vessels?|tankers?|troops|soldiers|facilit(y|ies)|infrastructure|plants?|refiner(y|ies)|airports?|airfields?|ports?|towns?|villages?|cities|city|camps?|checkpoints?|stations?|embass(y|ies)|hospitals?|schools?|targets?|depots?|bridges?|trucks?|vehicles?|aircraft|drones?|patrols?|outposts?|barracks|homes?|houses?|buildings?)$/i;

/** "He spoke against the majestic bronze backdrop of the museum": where it was said, not what was opposed. */
export function againstBackdrop(tokens: Token[], k: number, end: number): boolean {
  if (!/^against$/i.test(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j < end && j < k + 6; j++) {
    if (/^backdrop$/i.test(tokens[j].text)) return true;
    if (!/^(DET|ADJ|NOUN|PROPN)$/.test(tokens[j].pos)) return false;
  }
  return false;
}

/** A stance cue whose object shows an act or a change, nothing held: the object at `k`. */
function actNotStance(tokens: Token[], cue: Cue, k: number, end: number): boolean {
  // ("it has declined slightly from 58 percent": a number that fell, no refusal.)
  if (cue.lemma === 'decline') {
    let d = k;
    while (d < end && tokens[d].pos === 'ADV') d++;
    if (/^(from|to|by)$/i.test(tokens[d]?.text ?? '') && tokens.slice(d, Math.min(end, d + 3)).some((t) => t.pos === 'NUM')) return true;
  }
  if (againstBackdrop(tokens, cue.last, end)) return true;
  // ("militias which have attacked U.S. bases": an armed attack on a place or a force, no criticism.)
  if (cue.lemma === 'attack' && k < end) {
    const np = nounPhraseStartingAt(tokens, k, end);
    if (np && ATTACKED_THINGS.test(tokens[np.last - 1].text)) return true;
  }
  // ("40 protesters sought medical treatment", "families sought shelter": seeking a place or care says nothing.)
  return cue.lemma === 'seek' && SHELTER.test(tokens[tokens[k]?.pos === 'ADJ' ? k + 1 : k]?.text ?? '');
}
/** Shares of a poll ("two-thirds support", "56 percent oppose"). */
const POLL_GROUP = /^(thirds|quarters|fifths|percent|%|majority|half|most|many)$/i;
/** The "for" or "over" after the hearers that start at `from` ("to Aliyev for the incident"), within a few words and no punctuation, or -1. */
function forAfterHearers(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < end && k < from + 12; k++) {
    if (/^(for|over)$/i.test(tokens[k].text)) return k > from ? k : -1;
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * "Cruz endorsed the plan", "Clinton called for a recount", "Trump wants to build a wall": the
 * object (to the end of the clause) is what the source holds; only forward, only after a speaker-like subject.
 */
function stanceAt(tokens: Token[], cue: Cue, lead: number, end: number): Reported | null {
  if (goingOn(tokens, cue)) return null;
  if (cue.lemma === 'seem' || cue.lemma === 'appear') {
    // ("Anderson largely agreed with McLenny and seemed to think …": the impression the shared subject gave.)
    const m = skipModifiersLeft(tokens, cue.first, lead);
    // (Not after a clause of its own: "… when he was a TV star and seemed like a long shot", "de Blasio, who … and appeared to".)
    const shared = m - 1 > lead && /^(and|but)$/i.test(tokens[m - 1].text) && cue.last + 1 < end
      && !tokens.slice(lead + 1, m - 1).some((t) => /^(when|while|whereas|because|since|although|though|if|as|after|before|until|who|which|that|whose)$/i.test(t.text));
    const subject = shared ? subjectOf(tokens, lead, m - 1) : null;
    return subject ? { speaker: subject, cue, channel: null, clause: { first: cue.last, last: end } } : impressionAt(tokens, cue, lead, end);
  }
  // (", citing people familiar with the matter, that …": the source of the report the cue before makes.)
  if (citedBefore(tokens, cue.first, end) > 0) return null;

  const found = speakerOfCue(tokens, cue, lead);
  if (found === false) return null;
  let speaker = found;
  const m = skipModifiersLeft(tokens, cue.first, lead);
  if (!speaker && m - 1 > lead && /^(and|but)$/i.test(tokens[m - 1].text)) speaker = subjectOf(tokens, lead, m - 1);
  // "…, referring to the wall": the subject of the sentence holds the view.
  // ("… as a “strong leader,” comparing him …": a comma inside the closing mark.)
  const p = m - 2 > lead && CLOSE_DOUBLE.test(tokens[m - 1].text) && tokens[m - 2].text === ',' ? m - 1 : m;
  if (!speaker && p - 1 > lead && tokens[p - 1].text === ',' && /ing$/i.test(tokens[cue.first].text)) speaker = frameSpeakerBefore(tokens, p - 1, lead, end) ?? subjectOf(tokens, lead, p - 1);
  if (!speaker) return openingParticiple(tokens, cue, lead, end);
  if (!speakerLike(tokens, speaker)) return null;
  const claimed = claimBefore(tokens, speaker, lead, cue, end);
  if (claimed > lead) return { speaker, cue, channel: null, clause: { first: lead, last: claimed } };
  // ("The suspect will stay in custody, a federal judge ruled Monday.": with only when after the cue, what was
  // held is the clause before the frame, and "Monday" is no object.)
  if (speaker.first - 1 > lead && tokens[speaker.first - 1].text === ',' && hasWords(tokens, cue.last, end) && whenOnly(tokens, cue.last, end)) {
    const c1 = trimTail(tokens, lead, speaker.first);
    return c1 > lead && hasFiniteVerb(tokens, lead, c1) ? { speaker, cue, channel: null, clause: { first: clauseOpening(tokens, lead, c1), last: c1 } } : null;
  }
  const needs = entry(STANCE_NEEDS_PARTICLE, cue.lemma);
  if (needs) {
    let a = cue.last;
    while (a < end && tokens[a].pos === 'ADV' && !needs.includes(tokens[a].text.toLowerCase())) a++;
    if (a >= end || !needs.includes(tokens[a].text.toLowerCase())) return null;
  }
  let k = cue.last;
  while (k < end && STANCE_PARTICLES.has(tokens[k].text.toLowerCase()) && k < cue.last + 2) k++;
  // ("apologized to his supporters and to Hillary Clinton for …": whom one apologises to is no part of what for.)
  const apologisedFor = cue.lemma === 'apologize' && /^to$/i.test(tokens[cue.last]?.text ?? '') ? forAfterHearers(tokens, cue.last + 1, end) : -1;
  if (apologisedFor > 0) k = apologisedFor;
  // "declined to comment", "wants to win": the infinitive with its "to" is the report, however short.
  const infinitive = k - 1 >= cue.last && /^to$/i.test(tokens[k - 1].text) && k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
  if (infinitive) k--;
  // ("ruled on Friday that …": when, before the words.)
  let w = k;
  if (w < end && /^on$/i.test(tokens[w].text) && TIME_WORDS.has(tokens[w + 1]?.text.toLowerCase() ?? '')) w++;
  while (w < end && w < k + 3 && TIME_WORDS.has(tokens[w].text.toLowerCase())) w++;
  if (w > k && /^that$/i.test(tokens[w]?.text ?? '')) k = w;
  // ("had ruled that the flight violated his order": as after a verb of saying, "that" opens the words.)
  // (Not "rejected that argument", "echoed that promise on Monday": "that" before a noun without its verb is a
  // determiner; "ruled that most of the tariffs were illegal" opens with a quantifier.)
  if (k + 1 < end && /^that$/i.test(tokens[k].text) && hasVerb(tokens, k + 1, end)
    && !(/^(NOUN|ADJ)$/.test(tokens[k + 1].pos) && !/^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '') && !/^(most|many|some|all|both|few|several|none|much)$/i.test(tokens[k + 1].text))) k++;
  // ("voters' views of her declined, by nine points, since …", "I regret, out of 18,000, …": a comma right after the
  // cue sets off something else before any object; a quotation after it is still what was held.)
  if (tokens[k]?.text === ',' && k === cue.last && !/^[“"‘']/.test(tokens[k + 1]?.text ?? '')) return null;
  let stop = k;
  while (stop < end && !(tokens[stop].text === ';' || (tokens[stop].text === ',' && stop + 1 < end && (subordinateAt(tokens, stop + 1, SUBORDINATOR) || participleAt(tokens, stop + 1))))) stop++;
  if (actNotStance(tokens, cue, k, end)) return null;
  // ("weighed in on Truth Social, writing that …": where one weighs in, not on what.)
  if (/^on$/i.test(tokens[k - 1]?.text ?? '') && CHANNEL_PLATFORMS.includes(tokens.slice(k, stop).map((t) => t.text).join(' ').toLowerCase().replace(/^(his|her|its|their)\s+/, '').replace(/\s+(account|page|platform|channel)$/, ''))) return null;
  // A one-word object counts when it names someone ("attacked Clinton", "backs them").
  if (stop - k < 2 && !infinitive && !(stop - k === 1 && ((tokens[k].pos === 'PROPN' && !TIME_WORDS.has(tokens[k].text.toLowerCase())) || /^(him|her|them|it|us|me)$/i.test(tokens[k].text)))) return null;
  return { speaker, cue, channel: null, clause: { first: k, last: stop } };
}
