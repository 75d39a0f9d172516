// Token-level pieces of an attribution: the cue verb, the speaker phrase on either side of it,
// and what may stand between the cue and the reported clause (hearer, time, channel, "that").
import type { Token } from '../doc.ts';
import { surnameHeAt } from '../entities/mentions.ts';
import { NAME_PARTICLES } from '../entities/words.ts';
import {
  AUDIENCE_WORDS, CHANNEL_NOUN_SET, CHANNEL_NOUNS, entry, CHANNEL_PLATFORMS, CUE_FORMS, CUE_MODIFIERS, EVIDENCE_NOUN_SET,
  NEEDS_CLAUSE, PERSON_DESCRIPTION_SET, PHRASE_CUE_FORMS, PRONOUNS, SOURCE_NOUN_SET, titleWord, type CueInfo,
} from './lexicon.ts';

export interface TokenSpan { first: number; last: number } // token indices [first, last)

export interface Cue {
  /** Token range of the cue (one verb, or "according to"). */
  first: number;
  last: number;
  lemma: string;
  kind: CueInfo['kind'] | 'source';
}

export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'recently', 'morning', 'afternoon', 'evening', 'night', 'week', 'month',
  'year', 'weekend', 'last', 'this', 'next', 'on', 'late', 'early', 'previously', 'again', 'once',
]);

const lower = (t: Token) => t.text.toLowerCase();
/** Prepositions that open a sentence's phrase of time or place, in lower case. */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'with', 'from', 'by', 'after', 'before', 'during', 'under', 'over', 'since', 'until', 'as', 'of', 'to', 'into', 'amid', 'despite', 'through', 'within', 'across', 'among']);
export const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;
/** Two tokens with nothing between them ("Trump" and "’s"). */
export const glued = (a: Token, b: Token) => a.end === b.start;

const REPLY_VERBS = new Set(['shoot', 'shoots', 'shot', 'fire', 'fires', 'fired']);
/** "was quoted as saying": the forms of "be" that open a passive cue (and no other). */
const BE_FORMS = new Set(['was', 'were', 'is', 'are']);

const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** Verbs of taking a turn in a conversation: "weighed in", "chimed in", "piped up". */
const CHIME_VERBS = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'chime', 'chimes', 'chimed', 'chiming', 'pipe', 'pipes', 'piped', 'piping']);
/**
 * Every word a cue can start with: each branch of cueAt below needs its word in one of these. cueAt
 * runs for every token of every sentence, and one set lookup rejects most of them.
 */
const CUE_START_WORDS: ReadonlySet<string> = new Set([
  'according', 'continued', 'continues', 'went', 'goes', 'started', 'began', 'put', 'puts', ...BE_FORMS, ...MAKE_FORMS, ...REPLY_VERBS, ...CHIME_VERBS, ...PHRASE_CUE_FORMS.keys(), ...CUE_FORMS.keys(),
]);

/** The cue verbs a token can be, or none: speech verbs in any tense, tagged VERB (or mis-tagged NOUN/PROPN). */
export function cueAt(tokens: Token[], i: number, limit: number): Cue | null {
  const t = tokens[i];
  const w = lower(t);
  if (!CUE_START_WORDS.has(w)) return null;
  // ("a reaction to repeated Israeli violations": a past form after "to" describes the noun after it.)
  if (i > 0 && lower(tokens[i - 1]) === 'to' && /ed$/.test(w) && i + 1 < limit && /^(ADJ|NOUN|PROPN)$/.test(tokens[i + 1].pos)) return null;
  // ("an analyst at the … think tank told CBS News": a noun's first word.)
  if (w === 'think' && i + 1 < limit && /^tanks?$/i.test(tokens[i + 1].text)) return null;
  if (w === 'according' && i + 1 < limit && lower(tokens[i + 1]) === 'to') return { first: i, last: i + 2, lemma: 'according to', kind: 'source' };
  // "made clear that …", "made it clear that …": a phrase of saying built on a verb that is not one.
  if (MAKE_FORMS.has(w) && t.pos === 'VERB') {
    const k = i + 1 < limit && lower(tokens[i + 1]) === 'it' ? i + 2 : i + 1;
    if (k < limit && lower(tokens[k]) === 'clear') return { first: i, last: k + 1, lemma: 'make clear', kind: 'speech' };
  }
  // "…,” Trump shot back.", "…,” he continued.": said in reply, said on.
  if (REPLY_VERBS.has(w) && (t.pos === 'VERB' || t.pos === 'NOUN') && i > 0 && tokens[i - 1].pos !== 'DET' && i + 1 < limit && lower(tokens[i + 1]) === 'back') return { first: i, last: i + 2, lemma: 'shoot back', kind: 'speech' };
  if ((w === 'continued' || w === 'continues') && t.pos === 'VERB' && (i + 1 >= limit || /^[,.;:]$/.test(tokens[i + 1].text))) return { first: i, last: i + 1, lemma: 'continue', kind: 'speech' };
  // "…,” she went on.", "…,” Hannity started.": said on, said first.
  // ("As the day went on, Trump offered …" is time passing: a comma only before the next quotation.)
  if ((w === 'went' || w === 'goes') && i + 1 < limit && lower(tokens[i + 1]) === 'on'
    && (i + 2 >= limit || /^[.:]$/.test(tokens[i + 2].text) || (tokens[i + 2].text === ',' && i + 3 < limit && /^[“"‘']$/.test(tokens[i + 3].text)))) return { first: i, last: i + 2, lemma: 'go on', kind: 'speech' };
  if ((w === 'started' || w === 'began') && t.pos === 'VERB' && i > 0 && (i + 1 >= limit || tokens[i + 1].text === '.')) return { first: i, last: i + 1, lemma: 'begin', kind: 'speech' };
  // "…,” a Guards commander was quoted as saying by the Tasnim news agency.": said, as someone reported.
  if (BE_FORMS.has(w)) {
    // ("was cited by the Tasnim news agency as saying": the same.)
    if (i + 3 >= limit || !/^(quoted|cited)$/.test(lower(tokens[i + 1]))) return null;
    if (asSaying(tokens, i + 2, limit)) return { first: i, last: i + 4, lemma: 'say', kind: 'speech' };
    // "was quoted by the Tass news agency as saying", "was quoted by his spokesman, Stéphane Dujarric, as
    // saying": who passed the words on comes between (see afterCue).
    if (lower(tokens[i + 2]) !== 'by') return null;
    for (let k = i + 3; k < limit && k < i + 16; k++) {
      if (asSaying(tokens, k, limit)) return { first: i, last: i + 2, lemma: 'say', kind: 'speech' };
      // ("by the state-run IRNA news agency": the verb of a hyphened compound is the channel's word.)
      if ((tokens[k].pos === 'VERB' && !(tokens[k - 1].text === '-' && glued(tokens[k - 1], tokens[k]))) || tokens[k].pos === 'AUX' || /^[.;:]$/.test(tokens[k].text)) return null;
    }
    return null;
  }
  // "as Tom Ridge put it: “…”", "…, as one aide put it.": a way of saying it ("put it bluntly:", "put it
  // this way:").
  if ((w === 'put' || w === 'puts') && t.pos === 'VERB' && i + 1 < limit && lower(tokens[i + 1]) === 'it') {
    let k = i + 2;
    const how = k < limit ? lower(tokens[k]) : '';
    const next = k + 1 < limit ? lower(tokens[k + 1]) : '';
    if ((how === 'this' || how === 'another') && next === 'way') k += 2;
    else if (/^(more|most|less)$/.test(how) && /ly$/.test(next)) k += 2;
    else if (/^[a-z]+ly$/.test(how) || how === 'best') k++;
    // ("That was how X put it in an interview with Izvestia", "As Ms. Simonyan put it in a statement, …": where, not
    // what; not an "as" after the words, "…,'' as Mrs. Clinton put it in her memoir", which names a phrase of them.)
    let as = i - 1;
    while (as > 0 && as > i - 15 && lower(tokens[as]) !== 'as' && !/^[.;]$/.test(tokens[as].text)) as--;
    const trailing = as > 0 && lower(tokens[as]) === 'as' && /^([,”"’']|'')$/.test(tokens[as - 1].text);
    const where = k + 2 < limit && /^(in|on|during)$/.test(lower(tokens[k])) && [k + 2, k + 3].some((j) => j < limit && CHANNEL_NOUN_SET.has(lower(tokens[j]))) && !trailing;
    if (k >= limit || /^[,.;:”"—–]$/.test(tokens[k].text) || where) return { first: i, last: k, lemma: 'put it', kind: 'speech' };
  }
  // "“We all miss him,” Benioff weighed in, telling Cook …", "she chimed in.": a turn in a conversation.
  if (CHIME_VERBS.has(w) && i + 2 <= limit && /^(in|up)$/.test(lower(tokens[i + 1])) && (w.startsWith('pip') === (lower(tokens[i + 1]) === 'up'))
    && (i + 2 >= limit || /^[,.;:”"]$/.test(tokens[i + 2].text))) return { first: i, last: i + 2, lemma: 'chime in', kind: 'speech' };
  const phrase = phraseAt(tokens, i, limit);
  if (phrase) return phrase;
  const infos = CUE_FORMS.get(w);
  // "Regarding the plan, …" is a preposition; "400 pledged delegates" an adjective.
  if (!infos || w === 'regarding' || (w === 'pledged' && i + 1 < limit && /^delegates?$/i.test(tokens[i + 1].text))) return null;
  // wink tags "points" in "Bozell points out" a noun.
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && (/^(says|said|adds|notes|tweets|warns|writes|claims|argues)$/.test(w) || (w === 'points' && i + 1 < limit && lower(tokens[i + 1]) === 'out')))
    && !(t.pos === 'PROPN' && i > 0 && /^(says|said)$/.test(w))) return null;
  // "Park Sang-hak": a capitalised word joined by a hyphen to a lower-case syllable is part of a name.
  if (/^[A-Z]/.test(t.text) && i + 2 < limit && tokens[i + 1].text === '-' && glued(t, tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2]) && /^[a-z]/.test(tokens[i + 2].text)) return null;
  // "the most telling contradiction", "a very revealing interview": an adjective before its noun.
  if (/ing$/.test(w) && i > 0 && /^(most|more|less|least|very|particularly|especially|so|too|as)$/i.test(tokens[i - 1].text) && tokens[i + 1]?.pos === 'NOUN') return null;
  // Passive or adjectival uses ("was told", "is expected", "the said") are not the speaker talking.
  let p = i - 1;
  while (p > 0 && tokens[p].pos === 'ADV') p--;
  const prev = p >= 0 ? lower(tokens[p]) : '';
  const info = infos.find((c) => c.kind === 'speech') ?? infos.find((c) => c.kind === 'cognition') ?? infos[0];
  if (/^(was|were|been|being|be|is|are|get|got)$/.test(prev) && info.form === 'past') return null;
  // "the purchases touted by Trump": a participle after its noun, with its agent, is a passive too.
  if (info.form === 'past' && p >= 0 && (tokens[p].pos === 'NOUN' || tokens[p].pos === 'PROPN') && agentAfter(tokens, i + 1, limit) >= 0) return null;
  // Phrasal "point out" is the cue; bare "point" is not.
  if (info.lemma === 'point') {
    if (i + 1 < limit && lower(tokens[i + 1]) === 'out') return { first: i, last: i + 2, lemma: 'point out', kind: 'speech' };
    return null;
  }
  if (info.lemma === 'go' ) return null;
  // "Russia will respond “in a mirror way”", "had to respond to the videos": a reply to come or owed is an act, not words.
  // ("Neither campaign would respond to …" is a refusal, as "did not respond" is.)
  if (REPLIES.has(info.lemma) && /^(will|would|could|should|may|might|must|can|to|'ll|’ll)$/.test(prev) && !(prev === 'would' && refusedBefore(tokens, p))) return null;
  if (NOT_ALWAYS_SPEECH.has(info.lemma) && notSpeechHere(tokens, i, limit, info.lemma)) return null;
  return { first: i, last: i + 1, lemma: info.lemma, kind: info.kind };
}

const REPLIES = new Set(['respond', 'reply', 'answer']);
/** A negation among the few words before `k` ("Neither … nor … would", "would not"). */
function refusedBefore(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 2; j++) if (/^(not|n't|n’t|never)$/i.test(tokens[j].text)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (/^(neither|nor|not|n't|n’t|never|no)$/i.test(tokens[j].text)) return true;
  return false;
}
/** Cue verbs that also name acts that are no speech, told apart by the words after them (notSpeechHere). */
const NOT_ALWAYS_SPEECH = new Set(['argue', 'protest', 'rally', 'demonstrate', 'refer', 'claim', 'aim', 'insist', 'identify', 'recall', 'knock']);

/**
 * Whether the known cue verb at i names an act that is no speech here ("recalled its ambassador",
 * "argued the case"), for the reports that do not come through cueAt (relaxed and split-out ones).
 */
export function actNotSpeech(tokens: Token[], i: number, limit: number): boolean {
  const lemma = CUE_FORMS.get(lower(tokens[i]))?.[0].lemma;
  return lemma !== undefined && NOT_ALWAYS_SPEECH.has(lemma) && notSpeechHere(tokens, i, limit, lemma);
}

function notSpeechHere(tokens: Token[], i: number, limit: number, lemma: string): boolean {
  // "the lawyer who argued the case (before the court)": pleading in court, not a view ("argued the case for war" is one).
  if (lemma === 'argue' && i + 2 < limit && /^(the|this|that|his|her|their)$/.test(lower(tokens[i + 1])) && /^(case|appeal|motion)$/.test(lower(tokens[i + 2]))
    && !(i + 3 < limit && /^(for|against|that)$/.test(lower(tokens[i + 3])))) return true;
  // "protested outside his residence", "rallied in front of the embassy": where people gathered, not what they said.
  if ((lemma === 'protest' || lemma === 'rally' || lemma === 'demonstrate') && i + 1 < limit && /^(outside|inside|near|at|across|along|in|on|through|around|before)$/.test(lower(tokens[i + 1]))) return true;
  // "a man identified as a JNIM commander warned": who someone is said to be, describing him, not a report.
  if (lemma === 'identify' && i > 0 && /ed$/i.test(tokens[i].text) && lower(tokens[i + 1] ?? tokens[i]) === 'as' && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) return true;
  // "referring questions to the foreign ministry": passing a question on, not speaking of something.
  if (lemma === 'refer' && i + 1 < limit && /^(questions|inquiries|queries|reporters|requests)$/.test(lower(tokens[i + 1]))) return true;
  // "China claims Taiwan as its own territory": a claim to land, not a statement.
  if (lemma === 'claim' && claimsAsOwn(tokens, i + 1, limit)) return true;
  // "recalled its ambassador from Tehran", "recalled 2 million cars": calling people or goods back, not remembering aloud.
  if (lemma === 'recall' && recalledBack(tokens, i + 1, limit)) return true;
  // "knocking out power to 200,000 homes", "knocked down the door": a blow, not a knock at someone's record.
  if (lemma === 'knock' && i + 1 < limit && /^(out|down|over|off)$/.test(lower(tokens[i + 1]))) return true;
  // "aiming a gun at him" points a weapon ("aimed their editorial at Clinton" still says something).
  if (lemma === 'aim' && i + 2 < limit && /^(a|an|the|his|her|their|its)$/.test(lower(tokens[i + 1])) && AIMED_THINGS.test(lower(tokens[i + 2]))) return true;
  // "Donald Trump will insist on being Donald Trump": holding to something, not saying it ("insisted
  // on CNN that …" still says it).
  return lemma === 'insist' && i + 2 < limit && /^(on|upon)$/.test(lower(tokens[i + 1])) && tokens[i + 2].pos !== 'PROPN';
}

/** What a state or a firm calls back besides its envoys (ENVOYS): its diplomats, its troops, its goods. */
const RECALLED = /^(diplomats?|troops|soldiers|forces|cars|vehicles|trucks|products|units|models|devices|batches|lots)$/i;

/** Whether the object from k, before any verb or punctuation, is an envoy or one of RECALLED ("its ambassador", "2 million cars"). */
function recalledBack(tokens: Token[], k: number, limit: number): boolean {
  for (let j = k; j < limit && j < k + 6; j++) {
    if (ENVOYS.test(tokens[j].text) || RECALLED.test(tokens[j].text)) return true;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PUNCT' || tokens[j].pos === 'SCONJ' || tokens[j].pos === 'ADP') return false;
  }
  return false;
}

const AIMED_THINGS = /^(guns?|rifles?|pistols?|weapons?|firearms?|missiles?|rockets?|cameras?|lasers?|flashlights?|hoses?|cannons?)$/;

/** "Taiwan as its own (territory)" in the few tokens from k. */
function claimsAsOwn(tokens: Token[], k: number, limit: number): boolean {
  for (let j = k; j + 2 < limit && j < k + 8; j++) {
    if (lower(tokens[j]) === 'as') return /^(its|their|his|her|our)$/.test(lower(tokens[j + 1])) && lower(tokens[j + 2]) === 'own';
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** "as saying" (telling, writing) at token k. */
function asSaying(tokens: Token[], k: number, limit: number): boolean {
  return k + 1 < limit && lower(tokens[k]) === 'as' && /^(saying|telling|writing)$/.test(lower(tokens[k + 1]));
}

/** Words one responds to that are themselves said or asked: "a request for comment", "Trump's criticism". */
const RESPONDED_WORDS = /^(requests?|inquir(y|ies)|questions?|quer(y|ies)|criticisms?|accusations?|allegations?|charges?|attacks?|remarks|comments|interjection|tweets?|claims?|calls?)$/i;
/** Whether the noun phrase after "respond to" at k names something said, before its clause goes on. */
function respondedWords(tokens: Token[], k: number, limit: number): boolean {
  for (let j = k; j < limit && j < k + 6; j++) {
    if (RESPONDED_WORDS.test(tokens[j].text)) return true;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'ADP' || tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** What "by" also introduces after a verb of saying: the means, not the one who said it ("said by phone"). */
const MEANS_AFTER_BY = /^(phone|telephone|email|e-mail|text|letter|video|videolink|satellite|mail|fax|far|then|now|contrast|comparison|way|day|night|hand|name|mistake|accident|default|design|law|heart|chance)$/i;
const AGENT_TIME = /^(on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night)$/i;
/** "… by", "… on Monday by": where the "by" after a passive participle at from-1 is (past adverbs and a day), or -1. */
export function byAfter(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k < from + 3 && (tokens[k].pos === 'ADV' || AGENT_TIME.test(tokens[k].text))) k++;
  return k < limit && lower(tokens[k]) === 'by' ? k : -1;
}

/**
 * "… by Trump", "… on Monday by the Herald": where the agent phrase after a passive participle at
 * from-1 starts, or -1 (also when "by" gives the means: "by phone", "by admonishing").
 */
export function agentAfter(tokens: Token[], from: number, limit: number): number {
  const k = byAfter(tokens, from, limit);
  if (k < 0 || k + 1 >= limit) return -1;
  const a = tokens[k + 1];
  let h = k + 1;
  if (a.pos === 'DET' || /^(his|her|their|its|our)$/i.test(a.text)) h++;
  // "concluded by admonishing journalists": a gerund after "by" is how, not who.
  if (h >= limit || MEANS_AFTER_BY.test(tokens[h].text) || !(tokens[h].pos === 'PROPN' || tokens[h].pos === 'NOUN' || tokens[h].pos === 'ADJ') || (tokens[h].pos !== 'PROPN' && /ing$/i.test(tokens[h].text))) return -1;
  return k + 1;
}

export const POSSESSIVES = /^(his|her|their|its|my|our|your)$/;
/** "took aim at", "threw her support behind": a phrase cue from PHRASE_CUES starting at token i. */
function phraseAt(tokens: Token[], i: number, limit: number): Cue | null {
  const t = tokens[i];
  const options = PHRASE_CUE_FORMS.get(lower(t));
  if (!options || (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
  for (const o of options) {
    let k = i + 1;
    let ok = true;
    for (const word of o.rest) {
      if (k >= limit || !(word === '~' ? POSSESSIVES.test(lower(tokens[k])) : lower(tokens[k]) === word)) { ok = false; break; }
      k++;
    }
    if (ok && !durationAt(tokens, k, limit)) return { first: i, last: k, lemma: o.lemma, kind: 'stance' };
  }
  return null;
}

/** Words for a span of time ("15 minutes", "for decades", "Hours before …"). */
export const SPANS_OF_TIME = /^(seconds|minutes|moments|hours|days|weeks|months|years|decades|generations|centuries)$/i;
const duration = (w: string): boolean => SPANS_OF_TIME.test(w) || /^(ages|long|awhile)$/i.test(w);
/** "argued for decades that …", "hoped for years": how long, not what for (the verb alone is the cue). */
function durationAt(tokens: Token[], k: number, limit: number): boolean {
  if (k >= limit || lower(tokens[k - 1]) !== 'for') return false;
  if (duration(tokens[k].text)) return true;
  return k + 1 < limit && /^(many|several|some|two|three|four|five|ten|the|a)$/i.test(tokens[k].text) && duration(tokens[k + 1].text)
    && !(k + 2 < limit && lower(tokens[k + 2]) === 'of');
}

/** Needs a clause or an object to count as a report (described X as Y, called X Y, show X). */
export function needsClause(cue: Cue): boolean {
  return NEEDS_CLAUSE.has(cue.lemma) || cue.kind === 'cognition';
}
export function isEvidenceOnly(cue: Cue): boolean {
  return cue.lemma === 'show' || cue.lemma === 'find' || cue.lemma === 'read';
}
/**
 * A document, poll or record heads the subject: the speaker phrase itself or the words before it in
 * the same noun phrase ("A poll conducted by voters in the primary showed", "A review of his work
 * in Ukraine shows"), back to `floor` or the first verb, clause mark or subordinator.
 */
export function evidenceSubject(tokens: Token[], span: TokenSpan, floor = span.first): boolean {
  for (let i = span.last - 1; i >= floor && i > span.last - 14; i--) {
    const t = tokens[i];
    if (i < span.first && (/^[.;:!?]$/.test(t.text) || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !/(ed|en)$/.test(t.text)))) break;
    if (EVIDENCE_NOUN_SET.has(lower(t))) return true;
  }
  return false;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const QUANTIFIERS = new Set(['most', 'many', 'some', 'others', 'both', 'all', 'few', 'several', 'majority', 'half', 'third', 'quarter', 'percent', 'one', 'another']);
const NP_INNER_WORDS = new Set(['of', 'for', 'at', '&', 'and', 'de', 'von', 'van', 'al', 'bin']);
/** An adverb that rounds the number after it ("a coalition of nearly 40 groups"). */
const roundsNumber = (t: Token, next: Token | undefined): boolean => t.pos === 'ADV' && next?.pos === 'NUM' && /^(nearly|almost|about|roughly|around|approximately|some|over|more|fewer|just)$/i.test(t.text);

/** Adjectives that name a person after "the": "the socialist", "the conservative", "the 43-year-old". */
const PERSON_ADJECTIVES = /^([a-z]+ists?|conservatives?|liberals?|moderates?|progressives?|independents?|libertarians?|evangelicals?|centrists?|\d+-year-olds?)$/i;

/**
 * "The self-described democratic socialist said": adjectives after "the" and right before a cue
 * name a person, the last one the head the tagger missed.
 */
function adjectiveAsNoun(tokens: Token[], i: number, floor: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.pos !== 'VERB' || !CUE_FORMS.has(lower(next)) || !PERSON_ADJECTIVES.test(tokens[i].text)) return false;
  let k = i;
  // "self-described": the pieces of a hyphenated modifier.
  while (k > floor && (tokens[k - 1].pos === 'ADJ' || (glued(tokens[k - 1], tokens[k]) && (tokens[k - 1].text === '-' || tokens[k].text === '-'))
    || (k - 2 >= floor && tokens[k - 2].text === '-' && glued(tokens[k - 2], tokens[k - 1])))) k--;
  return k - 1 >= floor && /^(the|a|an)$/i.test(tokens[k - 1].text);
}

/** People sent "to" a country: the place is part of the title ("ambassador to Britain"). */
export const ENVOYS = /^(ambassadors?|envoys?|emissar(?:y|ies)|representatives?|delegates?|delegations?|liaisons?|missions?)$/i;
/** People who serve someone "to" whom they belong: the person served is part of the title ("an aide to Macron"), not its head. */
export const AIDES = /^(aides?|advis[eo]rs?|counsel(?:l)?ors?|assistants?|spokes(?:man|men|woman|women|person|people))$/i;
/** Titles that go on with "to" and whom or where they serve. */
export const SERVES_TO = (w: string): boolean => ENVOYS.test(w) || AIDES.test(w);

/** Plurals of words for people by their endings: farmers, economists, executives, residents, Democrats. */
export const PEOPLE_PLURAL = /(?:[^e]ers|ors|ists|ians|ants|ents|ives|ats|ans)$/;

/** Words between a group and its preposition: "people familiar with", "sources close to", "officials briefed on". */
const QUALIFYING_WORDS: Record<string, string> = { familiar: 'with', close: 'to', briefed: 'on', involved: 'in', knowledgeable: 'about' };

/** Prepositions after which a group word's phrase says which group it is ("executives across the world"). */
const GROUP_QUALIFIERS = new Set(['from', 'with', 'across', 'around', 'throughout', 'inside', 'of']);

/**
 * "people familiar with the talks", "a source close to the family", "executives across the world",
 * "lawmakers from both parties": when token `i` is such a preposition after a plural word for people
 * (or after "familiar", "close", "briefed" … that follow any word for people), the index where that
 * word stands, else -1. The group, not what follows the preposition, is the phrase's head.
 */
export function groupBeforeQualifier(tokens: Token[], i: number, floor: number): number {
  if (i - 1 < floor) return -1;
  const w = lower(tokens[i]);
  let k = i - 1;
  // "a source familiar with", "a person close to": one person qualified so is a source too.
  const qualified = entry(QUALIFYING_WORDS, lower(tokens[k])) === w;
  if (qualified) k--;
  else if (!GROUP_QUALIFIERS.has(w)) return -1;
  if (k < floor) return -1;
  const head = tokens[k];
  const hw = lower(head);
  // A plural that opens the sentence is often tagged a proper noun ("Lawmakers from both parties").
  // ("Those close to him say …", "others familiar with the plan": a pronoun for people qualified so.)
  if (qualified && /^(those|others|some|many|several|few)$/.test(hw)) return k;
  const noun = head.pos === 'NOUN' || (head.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(head.text) && (k === floor || tokens[k - 1].pos !== 'PROPN'));
  if (!noun || !(qualified || /[^s]s$/.test(hw) || hw === 'people') || TIME_WORDS.has(hw)) return -1;
  // Only people ("supporters of", "officials with"), not "copies of the book", "talks with officials".
  if (!(PERSON_DESCRIPTION_SET.has(hw) || SOURCE_NOUN_SET.has(hw) || PEOPLE_PLURAL.test(hw))) return -1;
  // ("a person close to him", "one longtime adviser familiar with her plans": the phrase opens at its determiner.)
  while (k - 1 >= floor && /^(DET|ADJ|NUM)$/.test(tokens[k - 1].pos) && !TIME_WORDS.has(lower(tokens[k - 1]))) k--;
  return k;
}

/**
 * The noun phrase ending at token `end - 1` (exclusive end), read leftwards, not before `floor`.
 * Returns null when what precedes is not a noun phrase.
 */
/** Quantifiers that stand for a group alone ("many said"): a noun before one ends another phrase. */
const BARE_QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'several', 'others', 'all', 'both', 'none', 'someone', 'somebody']);

/** "Many in Hong Kong", "some in the party": the preposition at i follows a bare quantifier. */
function quantifierIn(tokens: Token[], i: number, floor: number): boolean {
  return i - 1 >= floor && /^(in|at|within|inside)$/.test(lower(tokens[i])) && BARE_QUANTIFIERS.has(lower(tokens[i - 1]));
}

/** Last words of bodies' names that may hold an "and" ("Hostages and Missing Families Forum", "Alcohol, Tobacco and Firearms Bureau"). */
export const NAME_BODY_HEADS = /^(Forum|Committee|Council|Association|Commission|Foundation|Institute|Center|Centre|Coalition|Alliance|Network|League|Society|Fund|Union|Federation|Movement|Campaign|Bureau|Agency|Department|Ministry|Office|Board|Service|Services|Authority|Group|Organi[sz]ation)$/;

/** The people with someone named before "and his …" ("Paganini and his team"). */
const WITH_THEM = /^(team|colleagues|co-authors|coauthors|collaborators|aides|staff|advisers|lawyers|attorneys|wife|husband|family|partner)$/i;
const CLOSING_MARKS = new Set(['”', '"', "''"]);
/** The opening mark of a title in marks that closes at `close`, with a determiner or possessive before it ("the “Pose” actor"); else -1. */
function titleOpenedAt(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k > floor && k >= close - 6; k--) {
    const t = tokens[k];
    if (/^(“|"|``)$/.test(t.text)) return k < close - 1 && k - 1 >= floor && /^(the|a|an|his|her|its|their|our|my|['’]s)$/i.test(tokens[k - 1].text) ? k : -1;
    if (!titleWord(t.text)) return -1;
  }
  return -1;
}
export function nounPhraseEndingAt(tokens: Token[], end: number, floor: number): TokenSpan | null {
  let i = end - 1;
  if (i < floor) return null;
  const last = tokens[i];
  const lw = lower(last);
  if (last.pos === 'PRON' && !QUANTIFIERS.has(lw)) {
    // "Those close to him say …": the people qualified by the pronoun's phrase, not the pronoun.
    // ("people familiar with her thinking say": "her" owning a gerund is no object.)
    if (/^(him|her|them|us)$/.test(lw) && i - 1 > floor && !(lw === 'her' && /ing$/i.test(tokens[end]?.text ?? ''))) {
      const group = groupBeforeQualifier(tokens, i - 1, floor);
      if (group >= 0) return { first: group, last: end };
    }
    // ("Ford itself said", "Trump himself has said": an intensifier after the subject.)
    if (/^(itself|himself|herself|themselves)$/.test(lw) && i - 1 >= floor && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) {
      const np = nounPhraseEndingAt(tokens, i, floor);
      if (np) return { first: np.first, last: end };
    }
    return entry(PRONOUNS, lw) ? { first: i, last: end } : null;
  }
  // "most said", "More than six in 10 said", "26 percent said": poll groups.
  if (QUANTIFIERS.has(lw) || last.pos === 'NUM' || (last.text === '%' && i > floor && tokens[i - 1].pos === 'NUM')) {
    let f = i;
    // "six in 10", "26 percent", not "in a title game many [are calling]": a preposition only before a
    // number, and a noun never before a bare quantifier.
    while (f > floor && /^(ADV|ADJ|ADP|NUM|DET|NOUN)$/.test(tokens[f - 1].pos) && !TIME_WORDS.has(lower(tokens[f - 1])) && f > i - 6
      && (tokens[f - 1].pos !== 'ADP' || tokens[f].pos === 'NUM') && (tokens[f - 1].pos !== 'NOUN' || !BARE_QUANTIFIERS.has(lower(tokens[f])))) f--;
    return { first: roundedShare(tokens, f, last, floor), last: end };
  }
  // "those surveyed say", "people polled said": respondents named by the participle.
  if (/^(surveyed|polled|questioned|interviewed|asked|sampled)$/.test(lw) && i > floor && /^(those|people|voters|respondents|adults|americans|democrats|republicans|others)$/i.test(tokens[i - 1].text)) {
    return { first: i - 1, last: end };
  }
  // "familiar with Cruz's thinking": a gerund after a possessive is a noun.
  const possessedGerund = last.pos === 'VERB' && /ing$/.test(lw) && i > floor && (/^[’']s?$/.test(tokens[i - 1].text) || /^(his|her|their|its|our|my)$/i.test(tokens[i - 1].text));
  if (!(last.pos === 'PROPN' || last.pos === 'NOUN' || possessedGerund || hyphenatedHead(tokens, i, floor))) {
    // "Sources" is sometimes tagged PROPN, sometimes NOUN; an ADJ head ("Democrats") is a mis-tag we accept when
    // capitalised, and so is a person word ("the Republican incumbent", "the official").
    // ("the military", "South Korea's military"; not "our military" inside someone's words.)
    // ("The Israeli military said": a people's or country's name may stand between.)
    const sourceAdj = SOURCE_NOUN_SET.has(lw) && i > floor && (/^(the|['’]s)$/i.test(tokens[i - 1].text)
      || (i - 2 >= floor && /^[A-Z]/.test(tokens[i - 1].text) && tokens[i - 1].pos === 'PROPN' && /^(the|['’]s)$/i.test(tokens[i - 2].text)));
    // "the 43-year-old said": an age as a noun names a person.
    const age = lw === 'old' && i - 3 >= floor && tokens[i - 1].text === '-' && /^years?$/i.test(tokens[i - 2].text) && tokens[i - 3].text === '-';
    if (!(last.pos === 'ADJ' && ((/^[A-Z]/.test(last.text) && /s$/.test(last.text)) || PERSON_DESCRIPTION_SET.has(lw) || sourceAdj || age || adjectiveAsNoun(tokens, i, floor)))) return null;
  }
  if (TIME_WORDS.has(lw)) return null;
  let first = i;
  i--;
  while (i >= floor) {
    const t = tokens[i];
    const w = lower(t);
    const next = tokens[i + 1];
    // ("the “Pose” actor", "her “SNL” co-star": a title in marks qualifies the noun after it.)
    const title = CLOSING_MARKS.has(t.text) ? titleOpenedAt(tokens, i, floor) : -1;
    if (title >= 0) { first = title; i = title - 1; continue; }
    if (glued(t, next) && (t.text === '-' || next.text === '-' || /^[’']s?$/.test(next.text) || t.text.endsWith('.'))) { first = i; i--; continue; }
    if (t.text === '-' && i > floor && glued(tokens[i - 1], t)) { first = i; i--; continue; }
    // ("the German carmakers' association VDA": a plural's possessive apostrophe, set apart from the noun it owns;
    // "The Georgian Young Lawyers' Association", "the Veterans' Affairs Department" inside a name.)
    if (/^[’']$/.test(t.text) && i > floor && glued(tokens[i - 1], t) && /s$/i.test(tokens[i - 1].text) && (tokens[i - 1].pos === 'NOUN' || (tokens[i - 1].pos === 'PROPN' && next.pos === 'PROPN')) && (next.pos === 'NOUN' || next.pos === 'PROPN')) { first = i; i--; continue; }
    // "FranÃ§ois Hollande": a name whose letters the tokenizer split at mis-decoded characters is one word.
    if (glued(t, next) && (t.pos === 'SYM' || next.pos === 'SYM' || t.pos === 'X') && /\p{L}/u.test(t.text + next.text) && next.pos !== 'PUNCT') { first = i; i--; continue; }
    // A capitalised word before a proper noun is part of the name whatever its tag ("Associated Press").
    // Inside the phrase a modal's spelling is a given name too ("Chairman Will Rogers").
    if (/^[A-Z]/.test(t.text) && next.pos === 'PROPN' && (/^(VERB|ADJ|NOUN|PROPN|NUM|X)$/.test(t.pos) || (t.pos === 'AUX' && i > floor) || surnameHeAt(tokens, i))) { first = i; i--; continue; }
    // ("the Hostages and Missing Families Forum": "and" inside a body's capitalised name.)
    if ((w === 'and' || w === '&') && /^[A-Z]/.test(next.text) && i > floor && /^[A-Z]/.test(tokens[i - 1].text) && tokens[i - 1].pos === 'PROPN' && last.pos === 'PROPN' && NAME_BODY_HEADS.test(last.text)) { first = i; i--; continue; }
    // ("the massive purchases Mr. Trump requested": a common noun before "Mr." ends another phrase, whose
    // relative clause the name opens.)
    if (t.pos === 'NOUN' && /^[a-z]/.test(t.text) && w !== 'fellow' && !PERSON_DESCRIPTION_SET.has(w) && /^(Mr|Mrs|Ms|Dr|Miss)\.?$/.test(next.text)) break;
    // "the self-styled expert", "the conservative-leaning newspaper": a participle closing a hyphenated modifier.
    if (NP_POS.has(t.pos) || (t.pos === 'VERB' && /(ed|ing)$/.test(w) && i + 1 < end && tokens[i + 1].pos !== 'VERB' && i > floor && tokens[i - 1].text === '-')) { first = i; i--; continue; }
    // "newly filed reports", "recently released records": an adverb and a participle before the noun.
    if (t.pos === 'VERB' && /ed$/.test(w) && i + 1 < end && NP_POS.has(next.pos) && i > floor && tokens[i - 1].pos === 'ADV' && /ly$/.test(lower(tokens[i - 1]))) { first = i - 1; i -= 2; continue; }
    // "Greece's shipping ministry", "South Africa's governing party": a gerund naming the noun's field.
    if (t.pos === 'VERB' && /ing$/.test(w) && next.pos === 'NOUN' && i > floor && (/^[’']s?$/.test(tokens[i - 1].text) || tokens[i - 1].pos === 'DET')) { first = i; i--; continue; }
    // ("the town's only functioning hospital", "the most striking feature": after a degree word too.)
    if (t.pos === 'VERB' && /ing$/.test(w) && next.pos === 'NOUN' && i - 1 > floor && /^(only|most|least|sole)$/i.test(tokens[i - 1].text)
      && (tokens[i - 2].pos === 'DET' || /^[’']s?$/.test(tokens[i - 2].text))) { first = i - 1; i -= 2; continue; }
    if (t.pos === 'PART' && /^[’']s?$/.test(t.text)) { first = i; i--; continue; }
    // ("Luiz Inácio Lula da Silva", "Ursula von der Leyen": a family name's particle between the names.)
    if (NAME_PARTICLES.has(t.text) && /^\p{Lu}/u.test(next.text) && i > floor && /^\p{Lu}/u.test(tokens[i - 1].text) && tokens[i - 1].pos === 'PROPN') { first = i - 1; i -= 2; continue; }
    if (t.pos === 'DET' || w === 'his' || w === 'her' || w === 'its' || w === 'their' || w === 'our' || w === 'my') {
      if (/^(that|this)$/.test(w) && t.pos !== 'DET') break;
      // ("in the face of what officials describe as …": "what" opens a clause even as a determiner.)
      if (/^(which|what|whatever)$/.test(w)) break;
      // "given that officers had threatened": "that" before a plural opens a clause, it determines nothing.
      // ("incidents that officials in Taipei describe as …": the plural may have a place after it.)
      if (w === 'that' && ((/[^s]s$/.test(last.text) && last.pos === 'NOUN') || (tokens[i + 1]?.pos === 'NOUN' && /[^s]s$/.test(tokens[i + 1].text)))) break;
      first = i; i--;
      // ("Paganini and his team wrote", "Smith and her colleagues found": a name and the people with them.)
      if (i - 1 >= floor && lower(tokens[i]) === 'and' && tokens[i - 1].pos === 'PROPN' && /^(his|her|their)$/.test(w) && WITH_THEM.test(last.text)) { first = i; i--; continue; }
      // "Mr. Morgan of the Sierra Club", "a doctor on the scene": the phrase goes on before "of the".
      if (i - 1 >= floor && /^(of|for|at|in|on)$/.test(lower(tokens[i])) && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN')) { first = i; i--; continue; }
      // "an adviser to the president", "the envoy to the U.N.": whom the title serves is part of it.
      if (i - 1 >= floor && lower(tokens[i]) === 'to' && SERVES_TO(tokens[i - 1].text)) { first = i; i--; continue; }
      if (quantifierIn(tokens, i, floor)) { first = i - 1; i -= 2; continue; }
      const group = groupBeforeQualifier(tokens, i, floor);
      if (group >= 0) { first = group; i = group - 1; continue; }
      break;
    }
    // "Lawmakers from both parties", "Supporters of Mr. Trump": a group named by whom it is made of.
    if (NP_POS.has(next.pos)) {
      const group = groupBeforeQualifier(tokens, i, floor);
      if (group >= 0) { first = group; i = group - 1; continue; }
    }
    // "China's ambassador to Britain", "the U.N. envoy to Syria": where an envoy is sent is part of the title.
    if (w === 'to' && i > floor && SERVES_TO(tokens[i - 1].text) && (NP_POS.has(next.pos) || next.pos === 'DET')) { first = i; i--; continue; }
    // "Many in Hong Kong", "some in the party", "others at the agency": a quantifier and where its people are.
    if (quantifierIn(tokens, i, floor) && (next.pos === 'PROPN' || next.pos === 'DET')) { first = i - 1; i -= 2; continue; }
    // "officials in Seoul", "analysts in Washington", "Some Republicans in Congress": a place or body
    // after a plural source noun or a party's or people's plural.
    if (w === 'in' && next.pos === 'PROPN' && i > floor && /s$/.test(tokens[i - 1].text)
      && (tokens[i - 1].pos === 'NOUN' || (i - 1 === floor && /^[A-Z][a-z]+$/.test(tokens[i - 1].text)) || (tokens[i - 1].pos === 'PROPN' && PEOPLE_PLURAL.test(tokens[i - 1].text)))) { first = i; i--; continue; }
    if (roundsNumber(t, next) && (i === floor || tokens[i - 1].pos === 'ADP')) { first = i; i--; continue; }
    if (NP_INNER_WORDS.has(w) && i > floor && (NP_POS.has(tokens[i - 1].pos) || tokens[i-1].pos === 'PROPN') && (NP_POS.has(next.pos) || roundsNumber(next, tokens[i + 2]) || (next.pos === 'ADV' && tokens[i + 2]?.pos === 'VERB' && i + 2 < end))) {
      // "head of the agency", "Johnson & Johnson", "Clinton and Kaine": only between noun-ish words.
      // "teachers and union officials", "Britain and France"; not "the report and officials" (a thing and people).
      // "the Florida senator and Republican presidential candidate": two descriptions of one person.
      // ("the former secretary of state and current Democratic presidential nominee", "the former first lady and
      // U.S. senator": an office with its complement, or a first lady, before the "and".)
      const office = PERSON_DESCRIPTION_SET.has(lower(tokens[i - 1])) || (lower(tokens[i - 1]) === 'lady' && i - 2 >= floor && lower(tokens[i - 2]) === 'first')
        || (i - 3 >= floor && lower(tokens[i - 2]) === 'of' && tokens[i - 1].pos === 'NOUN' && PERSON_DESCRIPTION_SET.has(lower(tokens[i - 3])));
      const described = office && PERSON_DESCRIPTION_SET.has(lw);
      if (w === 'and' && !described && !(next.pos === 'PROPN' && tokens[i - 1].pos === 'PROPN') && !(tokens[i - 1].pos === 'NOUN' && /s$/.test(tokens[i - 1].text) && (next.pos === 'NOUN' || next.pos === 'ADJ'))) break;
      first = i; i--; continue;
    }
    if (t.text === '.' && i > floor && glued(tokens[i - 1], t)) { first = i; i--; continue; }
    // ("France, Germany and Britain said", "the foreign ministers of France, Germany and Britain": a list of
    // names joined by "and", whole, where it opens its clause or follows "of".)
    if (t.text === ',' && next.pos === 'PROPN' && tokens[i - 1]?.pos === 'PROPN' && i > floor) {
      const listed = listOpening(tokens, i, first, end, floor);
      if (listed >= 0) { first = listed; i = listed - 1; continue; }
    }
    break;
  }
  // Drop leading words that cannot start a speaker phrase.
  while (first < end - 1 && (tokens[first].pos === 'ADP' || tokens[first].text === '-' || /^(and|of|for|at)$/i.test(tokens[first].text))) first++;
  return { first: roundedShare(tokens, first, last, floor), last: end };
}
/**
 * "the Trump look-alike declared", "a stand-in said": a hyphenated compound after an article or a
 * name is the phrase's head whatever the tagger made of its last word (wink: "alike" an adverb).
 */
function hyphenatedHead(tokens: Token[], i: number, floor: number): boolean {
  // ("Mr. Trump's fire-breathing vows": a compound ending in a participle modifies the noun after it.)
  if (i - 3 < floor || !/^\p{L}+$/u.test(tokens[i].text) || /(ing|ed)$/.test(tokens[i].text)) return false;
  const dash = tokens[i - 1], word = tokens[i - 2], before = tokens[i - 3];
  return dash.text === '-' && glued(word, dash) && glued(dash, tokens[i]) && /^\p{L}+$/u.test(word.text)
    && (before.pos === 'DET' || before.pos === 'PROPN' || /^[’']s?$/.test(before.text));
}
/** "About two-thirds, 67 percent, say", "Just over a quarter say": a share's phrase opens at the words that round it. */
function roundedShare(tokens: Token[], first: number, head: Token, floor: number): number {
  if (!SHARES.test(head.text)) return first;
  for (let k = 0; k < 3 && first - 1 >= floor && APPROXIMATORS.test(tokens[first - 1].text); k++) first--;
  return first;
}
const SHARES = /^(thirds?|quarters?|half|fifths?|tenths?|percent|%|majority|minority|plurality)$/i;
const APPROXIMATORS = /^(about|nearly|almost|roughly|around|some|over|under|just|only|more|less|than|fewer|slightly|well)$/i;

/**
 * The first token of a list of names ("France, Germany and Britain") whose comma is at `comma`, when the
 * phrase from `first` to `end` already holds its "and" and the list opens its clause or follows "of"; else -1.
 */
function listOpening(tokens: Token[], comma: number, first: number, end: number, floor: number): number {
  let joined = false;
  for (let k = first; k < end && !joined; k++) joined = tokens[k].text === 'and' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
  if (!joined) return -1;
  let k = comma;
  while (k > floor && tokens[k].text === ',' && tokens[k - 1].pos === 'PROPN') {
    k--;
    while (k > floor && tokens[k - 1].pos === 'PROPN') k--;
    if (k - 1 >= floor && tokens[k - 1].text === ',') k--;
    else break;
  }
  if (tokens[k].text === ',') return -1;
  return k === floor || /^(of|the)$/i.test(tokens[k - 1].text) || LEAD_WORD.test(tokens[k - 1].text) ? k : -1;
}
const LEAD_WORD = /^(but|and|so|yet|also|meanwhile)$/i;

/** Cues whose "to" names whom (or what) it was said to, never what was said: "said to laughs", "wrote to Wired". */
const ADDRESSED_CUES = new Set(['say', 'write', 'tell', 'add', 'joke', 'quip', 'remark', 'explain', 'note', 'reply', 'respond', 'continue', 'declare', 'tweet', 'post', 'comment', 'confide']);
/**
 * "to fired-up delegates", "said to rousing applause": "to" and whom, not "promised to defend" (what
 * was promised). wink tags many words after "to" verbs ("laughs", "rousing", "Wired").
 */
export function toHearers(tokens: Token[], first: number, cue: Cue): boolean {
  // "“it is a better use of capital,” he added, to pursue …": after a comma the words go on.
  if (!/^to$/i.test(tokens[first]?.text ?? '') || tokens[first - 1]?.text === ',') return false;
  const next = tokens[first + 1], after = tokens[first + 2];
  return !!next && (ADDRESSED_CUES.has(cue.lemma) || next.pos !== 'VERB' || (after?.text === '-' && glued(next, after)));
}

/** Where a run of capitalised words from `i` ends ("Meet the Press", "Face the Nation"): `i` when none starts there. */
function titleCaseRun(tokens: Token[], i: number, limit: number): number {
  let k = i;
  while (k < limit && (/^[A-Z]/.test(tokens[k].text) || (k > i && k + 1 < limit && /^(the|of|and|a|in|on|for)$/.test(tokens[k].text) && /^[A-Z]/.test(tokens[k + 1].text)))) k++;
  return k;
}

/** Participles that qualify a document or an audience after its article ("the printed slate card", "an invited crowd"). */
const QUALIFYING_PARTICIPLES = /^(printed|leaked|signed|unsigned|written|prepared|redacted|classified|recorded|taped|scripted|revised|updated|invited|assembled|packed)$/;

/** The noun phrase starting at `start`, rightwards (the speaker of "said Oleg Kiriyanov, head of ..."). */
export function nounPhraseStartingAt(tokens: Token[], start: number, limit: number): TokenSpan | null {
  let i = start;
  if (i >= limit) return null;
  const t0 = tokens[i];
  if (t0.pos === 'PRON' && !/^(his|her|its|their|our|my|your)$/.test(lower(t0))) return entry(PRONOUNS, lower(t0)) ? { first: i, last: i + 1 } : null;
  let sawHead = false;
  let lastHead = -1;
  while (i < limit) {
    const t = tokens[i];
    const w = lower(t);
    if ((t.pos === 'DET' || /^(his|her|its|their|our|my|your)$/.test(w)) && i === start) { i++; continue; }
    if (t.pos === 'PART' && /^[’']s?$/.test(t.text)) { i++; continue; }
    // ("the 46-year-old": an adjective that ends a hyphenated compound ends the head.)
    // ("reads a Wednesday editorial in …": a day after the article qualifies the head that follows.)
    if (TIME_WORDS.has(w) && i === start + 1 && tokens[start].pos === 'DET' && i + 1 < limit && tokens[i + 1].pos === 'NOUN') { i++; continue; }
    if (NP_POS.has(t.pos) && !TIME_WORDS.has(w)) { if (t.pos !== 'ADJ' || (sawHead && tokens[i - 1].text === '-' && glued(tokens[i - 1], t))) { sawHead = true; lastHead = i; } i++; continue; }
    // Names wink tags as verbs or auxiliaries ("said Don Fowler", "said Concord resident Whit Symms").
    // ("In August, …": not a preposition that opens the sentence.)
    if (/^[A-Z][a-z]/.test(t.text) && i + 1 < limit && (tokens[i + 1].pos === 'PROPN' || (tokens[i + 1].pos === 'NOUN' && i + 2 < limit && tokens[i + 2].pos === 'PROPN')) && !TIME_WORDS.has(w)
      && !(t.pos === 'ADP' && OPENING_PREPOSITIONS.has(w))) { i++; continue; }
    // ("said the printed Cruz slate card", "the leaked memo": a participle after the article qualifies the head.)
    if (t.pos === 'VERB' && i === start + 1 && tokens[start].pos === 'DET' && QUALIFYING_PARTICIPLES.test(w) && i + 1 < limit && /^(NOUN|PROPN)$/.test(tokens[i + 1].pos)) { i++; continue; }
    if ((t.text === '.' || t.text === '-') && i > start && glued(tokens[i - 1], t)) { i++; continue; }
    // ("a closed-door briefing", "a long-range missile": a word glued to a hyphen and the next word opens a compound.)
    if (/^\p{L}/u.test(t.text) && i + 2 < limit && tokens[i + 1].text === '-' && glued(t, tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2])) { i++; continue; }
    // "state-owned investment giant CITIC": the word after a hyphen is the compound's, whatever its tag.
    // ("an op-ed": the compound's last word is its head.)
    if (i > start && tokens[i - 1].text === '-' && glued(tokens[i - 1], t) && /^\p{L}/u.test(t.text)) { if (sawHead) lastHead = i; i++; continue; }
    if (NP_INNER_WORDS.has(w) && w !== 'and' && sawHead && i + 1 < limit && NP_POS.has(tokens[i + 1].pos) && !TIME_WORDS.has(lower(tokens[i + 1]))) { i++; continue; }
    // "the Russian and Syrian defense ministries": modifiers joined before a head they share.
    if (w === 'and' && i === start + 2 && /^the$/i.test(tokens[start].text) && i + 2 < limit && /^(ADJ|PROPN)$/.test(tokens[i - 1].pos) && /^(ADJ|PROPN)$/.test(tokens[i + 1].pos) && tokens[i + 2].pos === 'NOUN') { i++; continue; }
    if (w === 'the' && sawHead && i > start && lower(tokens[i - 1]) === 'of') { i++; continue; }
    break;
  }
  return sawHead ? { first: start, last: lastHead + 1 } : null;
}

/** Participles that describe a document after its noun ("a report released Friday said"). */
export const SOURCE_PARTICIPLES = /^(published|released|filed|issued|obtained|posted|sent|conducted|seen|reviewed|cited|made|taken|commissioned|sponsored)$/;

/** Index of the first token left of `at` that is not a cue modifier ("has also said"), or the floor. */
export function skipModifiersLeft(tokens: Token[], at: number, floor: number): number {
  let i = at - 1;
  while (i >= floor) {
    const t = tokens[i];
    const w = lower(t);
    // "Will wrote" (George Will): a modifier the retagger made a name is the speaker.
    // ("the Trump look-alike said": a modifier's spelling that ends a hyphenated compound is the compound's.)
    const compound = i > floor && tokens[i - 1].text === '-' && glued(tokens[i - 1], t);
    if ((CUE_MODIFIERS.has(w) && t.pos !== 'PROPN' && !compound) || (t.pos === 'ADV' && /ly$/.test(w)) || w === 'not' || w === 'n’t' || w === "n't") { i--; continue; }
    // "Ford itself said", "the president himself told": the emphatic pronoun leaves its noun the speaker.
    if (/^(itself|himself|herself|themselves)$/.test(w) && i > floor && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN')) { i--; continue; }
    // "A news report published Wednesday said", "a court filing released Friday says": the participle modifies the source.
    if (t.pos === 'VERB' && SOURCE_PARTICIPLES.test(w) && i > floor && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) { i--; continue; }
    // "Fiorina a month later announced", "Smith two weeks ago said": a time phrase, not the speaker.
    if (/^(later|ago|earlier)$/.test(w) && i - 2 >= floor && tokens[i - 1].pos === 'NOUN' && /^(a|an|one|two|three|four|five|several|few|\d+)$/i.test(tokens[i - 2].text)) { i -= 3; continue; }
    // "Clark in October said", "the airline in March 2016 said", "Smith in 2015 wrote": a month or year, not the speaker.
    let j = i;
    if (/^\d{4}$/.test(w) && j - 1 >= floor && MONTHS.test(lower(tokens[j - 1]))) j--;
    if ((j < i || MONTHS.test(w) || /^\d{4}$/.test(w)) && j - 1 > floor && /^(in|since|during)$/.test(lower(tokens[j - 1]))) { i = j - 2; continue; }
    if (TIME_WORDS.has(w) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADV')) {
      // "Trump on Monday said", "Smith last week said"
      i--;
      while (i >= floor && /^(on|last|this|late|early|earlier)$/.test(lower(tokens[i]))) i--;
      continue;
    }
    // "Clinton in an interview said", "Trump in his announcement speech called": where, not who.
    const channel = channelBeforeCue(tokens, i + 1, floor);
    if (channel >= 0) { i = channel - 1; continue; }
    break;
  }
  return i + 1;
}

/**
 * The start of a channel's phrase ending at `end` and set between a name and its cue ("Clinton | in an
 * interview | said"), or -1.
 */
export function channelBeforeCue(tokens: Token[], end: number, floor: number): number {
  if (end - 1 <= floor || !CHANNEL_NOUN_SET.has(lower(tokens[end - 1]))) return -1;
  for (let k = end - 2; k > floor && k >= end - 5; k--) {
    if (!/^(in|on|during)$/i.test(tokens[k].text)) continue;
    return /^(a|an|the|his|her|their|its)$/i.test(tokens[k + 1].text) && tokens[k - 1].pos === 'PROPN' ? k : -1;
  }
  return -1;
}

export interface Between {
  /** First token of the reported clause, or `limit` when there is none. */
  clause: number;
  channel: string | null;
  /** True when "that" introduced the clause. */
  that: boolean;
}

const QUOTE_MARK = /^["“”]$/;
/** Cues whose "to" takes what is said, not whom it is said to ("agreed to the deal", "objected to the plan"). */
const TO_WHAT = new Set(['agree', 'object', 'allude', 'consent', 'commit', 'point']);
const HEARER_CUES = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'advise', 'urge', 'ask', 'accuse', 'thank', 'praise', 'blame', 'criticize', 'criticise', 'call', 'describe', 'dismiss']);
const PP_WORDS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'to', 'with', 'from', 'before', 'after', 'while']);

/** The state's media of a country ("Chinese state media", "Iranian state television"). */
const STATE_MEDIUM = /^(?:\p{Lu}[\p{L}-]+\s+)?state(?:-run)?\s+(?:media|television|tv|radio|broadcaster)$/iu;

/** A country's or a place's press in general ("Russian media", "local media", "Israeli television"). */
const MEDIA_OF = /^(?:\p{Lu}[\p{L}-]+|local|foreign|national|regional|international)\s+(?:media|television|tv|radio|press|news outlets)$/u;

/** "Tuesday night's primaries": a run of time words from `i` ends in a possessive. */
function dayOwns(tokens: Token[], i: number, limit: number): boolean {
  while (i < limit && TIME_WORDS.has(lower(tokens[i]))) i++;
  return i < limit && /^['’]s?$/.test(tokens[i].text);
}

/** After the opening mark at `open`, a title's words and their closing mark: the token after that mark; else -1. */
function titleClosedAfter(tokens: Token[], open: number, limit: number): number {
  for (let k = open + 1; k < limit && k <= open + 6; k++) {
    if (QUOTE_MARK.test(tokens[k].text)) return k > open + 1 ? k + 1 : -1;
    if (!titleWord(tokens[k].text)) return -1;
  }
  return -1;
}
/**
 * "on NBC’s Meet the Press": a possessive goes on into what it owns (a programme's name in Title Case,
 * whatever its words' tags).
 */
function throughPossessive(tokens: Token[], np: TokenSpan, limit: number): TokenSpan {
  // (A possessive is glued to its owner: "venture ''a great example''" opens a quotation.)
  while (np.last + 1 < limit && /^['’]s?$/.test(tokens[np.last].text) && glued(tokens[np.last - 1], tokens[np.last])) {
    // ("MSNBC's “Morning Joe”": a programme's title in marks.)
    const titled = QUOTE_MARK.test(tokens[np.last + 1].text) ? titleClosedAfter(tokens, np.last + 1, limit) : -1;
    let owned = titled > 0 ? titled : nounPhraseStartingAt(tokens, np.last + 1, limit)?.last ?? titleCaseRun(tokens, np.last + 1, limit);
    if (owned <= np.last + 1) break;
    // ("NBC’s Today show": the name, then what it is.)
    while (owned < limit && tokens[owned].pos === 'NOUN' && /^[a-z]/.test(tokens[owned].text)) owned++;
    np = { first: np.first, last: owned };
  }
  return np;
}

/**
 * "told The Kelly File that", "said Wen-ti Sung,": a capitalised word the tagger read as a verb, after
 * a name (or a hyphenated given name's last part), is more of the name.
 */
export function nameGoesOn(tokens: Token[], np: TokenSpan, limit: number): TokenSpan {
  const end = tokens[np.last - 1];
  const hyphened = np.last - 2 > np.first && tokens[np.last - 2].text === '-' && glued(tokens[np.last - 2], end);
  if (end.pos !== 'PROPN' && !hyphened) return np;
  let last = np.last;
  while (last < limit && tokens[last].pos === 'VERB' && /^[A-Z][a-z]+$/.test(tokens[last].text)) last++;
  return last > np.last ? { first: np.first, last } : np;
}

/** What an outlet is, then its name, which may hold a particle ("newspaper Folha de S.Paulo", "daily Le Monde"). */
/** Words for what a news outlet is, before or after its name ("the newspaper Folha de S.Paulo", "Tass news agency"). */
const OUTLET_KINDS = 'news agency|agency|newspaper|broadcaster|network|channel|outlet|daily|paper|magazine|television|radio|website';
const OUTLET_KIND = new RegExp(`\\b(?:${OUTLET_KINDS})\\b`, 'i');
const OUTLET_KIND_THEN_NAME = new RegExp(`\\b(?:${OUTLET_KINDS})\\s+(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:(?:de|da|do|di|del|du|la|le)\\s+)?\\p{Lu}[\\p{L}.&'’-]*)*)$`, 'u');

/** An outlet by its name alone: "the Tasnim news agency" is Tasnim. */
export function outletName(phrase: string): string {
  // ("the state news agency TASS", "the official Xinhua news agency": the name, not what it is.)
  return phrase.replace(/^the\s+/, '').replace(/^(?:(?:state|state-run|state-owned|official|semi-official)\s+)?(?:news agency|agency|newspaper|broadcaster)\s+(?=\p{Lu})/u, '')
    .replace(/^(?:state|state-run|state-owned|official|semi-official)\s+(?=\p{Lu})/u, '').replace(/\s+(news agency|agency|newspaper)$/i, '');
}

/**
 * "in his nightly video address": a channel's head word the tagger read as a verb, after the phrase's
 * nouns (not "the video addresses the …", where it has an object).
 */
export function channelNounAfter(tokens: Token[], np: TokenSpan, limit: number): TokenSpan {
  const k = np.last;
  if (k >= limit || tokens[k].pos !== 'VERB' || !CHANNEL_NOUN_SET.has(lower(tokens[k])) || !/^(NOUN|ADJ|PROPN)$/.test(tokens[k - 1].pos)) return np;
  const next = tokens[k + 1];
  return next && k + 1 < limit && /^(DET|PRON|PROPN|NOUN|NUM)$/.test(next.pos) ? np : { first: np.first, last: k + 1 };
}

/** A past participle that can describe a channel: "emailed", "posted", "written", "sent", "given". */
export const CHANNEL_PARTICIPLE = /(ed|sent|written|given|shown|seen|read|broadcast)$/i;

/** "an emailed statement", "a prepared statement", "a written reply": a channel the tagger split at its participle. */
function describedChannel(tokens: Token[], k: number, limit: number): TokenSpan | null {
  // ("a strongly worded statement")
  const p = tokens[k + 1]?.pos === 'ADV' && /ly$/.test(tokens[k + 1].text) ? k + 2 : k + 1;
  if (p + 1 >= limit || tokens[k].pos !== 'DET' || !CHANNEL_PARTICIPLE.test(tokens[p].text)) return null;
  return CHANNEL_NOUN_SET.has(lower(tokens[p + 1])) ? { first: k, last: p + 2 } : null;
}

/**
 * "in a statement carried by state media that …", "in a letter posted on its website, …": a participle
 * and its phrase after a channel describe the channel; the words come after them. So does a relative clause.
 */
export function pastDescription(tokens: Token[], k: number, limit: number): number {
  // ("in a statement that was posted online that …", "in a post that described the drills as …": a relative clause
  // describes the channel too; the words, if any, follow the next "that".)
  if (k + 1 < limit && /^(that|which)$/i.test(tokens[k].text) && (tokens[k + 1].pos === 'AUX' || tokens[k + 1].pos === 'VERB')) {
    let t = k + 2;
    while (t < limit && lower(tokens[t]) !== 'that') t++;
    return t;
  }
  if (k + 1 >= limit || !(tokens[k].pos === 'VERB' || lower(tokens[k]) === 'broadcast') || !CHANNEL_PARTICIPLE.test(tokens[k].text)) return k;
  // ("in an interview aired Sunday that …", "in an interview broadcast on Monday, …": when it went out.)
  // ("on" is a time word too, and "on state television" is where, not when.)
  let t = k + 1;
  if (lower(tokens[t]) === 'on') t++;
  if (t < limit && lower(tokens[t]) !== 'on' && TIME_WORDS.has(lower(tokens[t]))) {
    while (t < limit && TIME_WORDS.has(lower(tokens[t]))) t++;
    return t;
  }
  if (!PP_WORDS.has(lower(tokens[k + 1])) && lower(tokens[k + 1]) !== 'by') return k;
  return nounPhraseStartingAt(tokens, k + 2, limit)?.last ?? k;
}

/** Words before a channel that say how it went, not what it was ("a rare public speech", "a brief statement"). */
export const HOW_IT_WENT = /^(?:(?:rare|brief|lengthy|short|long|rambling|wide-ranging|fiery|emotional|terse|defiant|combative|sharply worded|strongly worded)\s+)+/i;

/** Verbs that, right after "that", show it is a pronoun subject ("said that remains to be seen"). */
const SUBJECTLESS_VERB = /^(remains|seems|seemed|means|meant|makes|made|shows|showed)$/i;

/** What one puts out on a platform ("a post on X", "a video on Telegram"). */
const POSTED_FORMS = /^(?:new |short |brief |lengthy |long )?(?:post|posting|message|video|statement|comment|comments|note)$/i;
/** Channels written for an outlet: "an op-ed for The Washington Post" (not "a call for the party to …"). */
const WRITTEN_FOR = new Set(['op-ed', 'column', 'essay', 'commentary', 'editorial', 'article', 'piece', 'interview', 'post', 'review', 'blog']);

/**
 * "called into Tom Joyner's radio program", "called in to a town hall", "called in the National Guard":
 * phoning in or summoning, not saying (but "called into question", "calling into doubt" are a stance);
 * "called off projects with him": cancelling; "called attention to": drawing notice.
 */
export function calledIn(tokens: Token[], i: number): boolean {
  if (!/^(call|calls|called|calling)$/i.test(tokens[i].text)) return false;
  const next = tokens[i + 1]?.text ?? '';
  // ("has called attention to Islamophobia": drawing notice, nothing said.)
  return /^(off|attention)$/i.test(next) || (/^(into|in)$/i.test(next) && !/^(question|doubt)$/i.test(tokens[i + 2]?.text ?? ''));
}

/**
 * ", citing people familiar with the matter, that …" after a cue: the comma before "that" when the
 * participle at `i` names whom a report rests on, set off before its words; else -1.
 */
export function citedBefore(tokens: Token[], i: number, limit: number): number {
  if (!/^(citing|quoting)$/i.test(tokens[i]?.text ?? '') || tokens[i - 1]?.text !== ',') return -1;
  let k = i + 1;
  while (k + 1 < limit && k < i + 16 && tokens[k].text !== ',') k++;
  return k + 1 < limit && tokens[k].text === ',' && lower(tokens[k + 1]) === 'that' ? k : -1;
}

/** Reads what stands between a cue and its reported clause: hearer, time, channel PP, "that". */
export function afterCue(tokens: Token[], cue: Cue, limit: number, text: string): Between {
  let i = cue.last;
  let channel: string | null = null;
  const hearer = HEARER_CUES.has(cue.lemma);
  for (let guard = 0; guard < 6 && i < limit; guard++) {
    const t = tokens[i];
    const w = lower(t);
    // ("far less solid than the name suggests, says Fabian Hoffmann": another frame follows, no words.)
    if (w === ',' && i === cue.last && i + 1 < limit && /^(says|said)$/i.test(tokens[i + 1].text)) return { clause: limit, channel, that: false };
    if (w === ',' || w === ':') { i++; continue; }
    // ("said on condition of anonymity because he was not authorized to speak", "… anonymity to discuss the talks":
    // why the source goes unnamed; what it said, if anything, follows a "that" or the reason's comma.)
    if (/^(because|as|since|to)$/.test(w) && i > cue.last && lower(tokens[tokens[i - 1].text === ',' ? i - 2 : i - 1]) === 'anonymity') {
      let k = i + 1;
      while (k < limit && tokens[k].text !== ',' && !(lower(tokens[k]) === 'that' && tokens[k].pos === 'SCONJ')) k++;
      if (k >= limit) return { clause: limit, channel, that: false };
      i = k;
      continue;
    }
    // "said quietly as …", "said matter-of-factly as …": how it was said, before a clause about when
    // (a hyphenated adverb comes in pieces); "proposed jointly owned drones" keeps its adverb.
    if (i === cue.last) {
      let k = i;
      while (k + 2 < limit && tokens[k + 1].text === '-' && glued(tokens[k], tokens[k + 1]) && glued(tokens[k + 1], tokens[k + 2])) k += 2;
      const then = tokens[k + 1];
      if ((k > i || t.pos === 'ADV') && /^[a-z]+ly$/.test(lower(tokens[k])) && (!then || k + 1 >= limit || /^(as|while|when|before|after|because|since|until|[,.;])$/i.test(then.text) || then.pos === 'ADP')) { i = k + 1; continue; }
    }
    if (w === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) {
      // "said that" introduces the clause; "said that day" does not.
      const n = tokens[i + 1];
      if (n && /^(day|week|month|year|night|morning|time)$/i.test(n.text)) break;
      // "said that was a matter for the courts": a verb right after it makes "that" the clause's subject.
      if (n && i + 1 < limit && (n.pos === 'AUX' || SUBJECTLESS_VERB.test(n.text))) return { clause: i, channel, that: false };
      // ("say that, in addition to Scott, he would …": the comma after "that" is no part of the words.)
      let k = i + 1;
      while (k + 1 < limit && tokens[k].text === ',') k++;
      return { clause: k, channel, that: true };
    }
    // "reported on Friday, citing people familiar with the matter, that …": whom the report rests on, set off before its words.
    const cited = citedBefore(tokens, i, limit);
    if (cited > 0) { i = cited; continue; }
    if (TIME_WORDS.has(w) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADV' || t.pos === 'ADJ')) {
      i++;
      // ("last October")
      while (i < limit && (/^(morning|afternoon|evening|night|week|month|year|weekend)$/i.test(tokens[i].text) || MONTHS.test(lower(tokens[i])))) i++;
      continue;
    }
    // "tweeted the day after a man … gunned down 49 people": when, before a clause about what happened.
    if (w === 'the' && i + 2 < limit && /^(day|night|morning|evening|week)$/i.test(tokens[i + 1].text) && /^(after|before)$/i.test(tokens[i + 2].text)) { i += 2; break; }
    // "did not respond to The Hill's request for comment": what one responds to is the report, not a hearer.
    if (w === 'to' && (cue.lemma === 'respond' || cue.lemma === 'reply') && i === cue.last && respondedWords(tokens, i + 1, limit)) return { clause: i + 1, channel, that: false };
    // ("was quoted as saying by the Tasnim news agency": who reported it is where it was said.)
    if (w === 'by' && /^(quoted|cited)$/.test(lower(tokens[cue.first + 1] ?? t))) {
      const np = nounPhraseStartingAt(tokens, i + 1, limit);
      if (np) {
        // ("by his spokesman": a person who passed the words on is no channel.)
        if (!PERSON_DESCRIPTION_SET.has(lower(tokens[np.last - 1]))) channel ??= outletName(text.slice(tokens[np.first].start, tokens[np.last - 1].end));
        i = np.last;
        // (", Stéphane Dujarric,": the name of the one who passed them on.)
        let k = i;
        if (tokens[k]?.text === ',') while (k + 1 < limit && tokens[k + 1].pos === 'PROPN') k++;
        if (k > i && tokens[k + 1]?.text === ',') i = k + 2;
        if (asSaying(tokens, i, limit)) i += 2;
        continue;
      }
    }
    // "agreed to a new target of spending 5% …", "objected to the plan": what one agrees or objects to is
    // what is reported, no hearer.
    // (Not the infinitive: "agreed to effectively lend", "agreed to be acquired".)
    if (w === 'to' && i === cue.last && TO_WHAT.has(cue.lemma) && t.pos === 'ADP' && i + 1 < limit
      && (/^(DET|NUM|PROPN)$/.test(tokens[i + 1].pos) || POSSESSIVES.test(lower(tokens[i + 1])))) return { clause: i + 1, channel, that: false };
    // "called on the United States to attack …": whom one calls on to act is part of the call (as whom one urges).
    if (w === 'on' && i === cue.last && cue.lemma === 'call' && i + 1 < limit && !CHANNEL_PLATFORMS.includes(lower(tokens[i + 1])) && !TIME_WORDS.has(lower(tokens[i + 1]))) return { clause: i + 1, channel, that: false };
    if (PP_WORDS.has(w) && t.pos === 'ADP') {
      // "said on “DWTS.”", "told “Fox News Sunday”": a programme's name in quotation marks.
      const marked = i + 2 < limit && QUOTE_MARK.test(tokens[i + 1].text);
      let np = nounPhraseStartingAt(tokens, i + (marked ? 2 : 1), limit) ?? (marked ? null : describedChannel(tokens, i + 1, limit));
      if (np && !marked) np = throughPossessive(tokens, np, limit);
      if (np && !marked) np = channelNounAfter(tokens, np, limit);
      if (np && marked) {
        let close = np.last;
        while (close < limit && close < np.last + 2 && !QUOTE_MARK.test(tokens[close].text)) close++;
        if (close < limit && QUOTE_MARK.test(tokens[close].text)) {
          channel ??= text.slice(tokens[np.first].start, tokens[np.last - 1].end).replace(/[.,]$/, '');
          i = close + 1;
          continue;
        }
        np = null;
      }
      // "told reporters on Friday, “…”": a day after the preposition is read as when, below.
      // ("during Friday's press conference" is not a day: the day owns what follows.)
      if (!np && i + 1 < limit && TIME_WORDS.has(lower(tokens[i + 1])) && tokens[i + 1].pos !== 'ADP' && !dayOwns(tokens, i + 1, limit)) { i++; continue; }
      if (!np) break;
      const phrase = text.slice(tokens[np.first].start, tokens[np.last - 1].end);
      const bare = bareWords(phrase);
      const bl = bare.toLowerCase();
      // ("an essay for Foreign Affairs" is one phrase: "for" joins names, "the Center for American Progress".)
      const forAt = / for (?=\p{Lu})/u.exec(bare);
      const written = forAt ? bl.slice(0, forAt.index) : null;
      // ("said in order to …", "in no particular order" name no order.)
      // ("on his Truth Social platform", "on its Telegram channel", "on her X account": the platform is the channel.)
      const account = ACCOUNT_ON.exec(bl);
      const platform = account && CHANNEL_PLATFORMS.includes(account[1]) ? bare.slice(0, account[1].length) : null;
      const isChannel = !(/(^|\s)order$/.test(bl) && !/^(a|an|the|his|her|its|their)\s/i.test(phrase)) && CHANNEL_NOUNS.some((n) => bl === n || bl.endsWith(` ${n}`) || (WRITTEN_FOR.has(n) && (written === n || !!written?.endsWith(` ${n}`)))) || CHANNEL_PLATFORMS.includes(bl) || !!platform;
      if (isChannel && written && !channel) channel = outletName(bare.slice(forAt!.index + 5));
      // ("said on NBC's “Meet the Press”": a network's programme.)
      if (w === 'on' && !marked && /['’]s\s*["“]/.test(phrase)) channel ??= phrase.replace(/["“”]/g, '');
      if (platform) channel ??= platform;
      // ("said in a post on X", "in a video on Telegram": the platform names the channel better than the post.)
      if (w === 'on' && channel !== null && POSTED_FORMS.test(channel) && (CHANNEL_PLATFORMS.includes(bl) || platform)) channel = platform ?? bare;
      // Only PPs that are clearly about the speaking (channel, time, place of a speech) are skipped.
      if (isChannel || w === 'to' || w === 'during' || w === 'at' || w === 'in' || w === 'on') {
        // ("tweeted shortly after the ruling", "on Twitter before the speech": when, not where.)
        // ("in a rare public speech" was said in a public speech.)
        // ("in an interview broadcast on Sunday": the interview, when it went out.)
        if (isChannel && !channel && !/^(after|before|since|until|following)$/.test(w)) channel = bare.replace(HOW_IT_WENT, '').replace(/\b(interview|speech|address|statement|message|video|remarks)\s+broadcast$/i, '$1');
        // ("wrote in the new paper, which was published …": where it was written, as a report or a study.)
        if (!isChannel && w === 'in' && /^[a-z]/.test(bare) && !/(interview|speech|statement|remarks|letter|report|paper|study)/.test(bl)) break;
        i = isChannel ? pastDescription(tokens, np.last, limit) : np.last;
        // ("said in Toledo, Ohio, that …": a town's state set off by commas is where too.)
        if (!isChannel && tokens[np.last - 1].pos === 'PROPN' && i + 2 < limit && tokens[i].text === ',') {
          let j = i + 1;
          while (j < limit && j <= i + 3 && tokens[j].pos === 'PROPN') j++;
          if (j > i + 1 && j < limit && tokens[j].text === ',') i = j + 1;
        }
        // "in an op-ed for The Washington Post", "in an essay for Foreign Affairs": the outlet it was written for.
        // ("in an interview with CNN": the outlet it was given to.)
        const head = bl.slice(bl.lastIndexOf(' ') + 1);
        const outlet = isChannel && i + 1 < limit && ((WRITTEN_FOR.has(head) && lower(tokens[i]) === 'for') || (/^interviews?$/.test(head) && lower(tokens[i]) === 'with')) ? nounPhraseStartingAt(tokens, i + 1, limit) : null;
        if (outlet && tokens[outlet.last - 1].pos === 'PROPN') {
          if (channel === bare) channel = outletName(text.slice(tokens[outlet.first].start, tokens[outlet.last - 1].end));
          i = outlet.last;
        }
        continue;
      }
      break;
    }
    if (hearer && i === cue.last) {
      // "telling Cook, “…”": a capitalised name the tagger read as a verb is still whom it was told.
      const named = /^[A-Z][a-z]+$/.test(t.text) && i + 1 < limit && /^(,|that)$/.test(tokens[i + 1].text) ? { first: i, last: i + 1 } : null;
      // "told 2,267 people gathered at Purdue": a number of people.
      const counted = t.pos === 'NUM' && i + 1 < limit && tokens[i + 1].pos === 'NOUN' && /s$/.test(tokens[i + 1].text) ? { first: i, last: i + 2 } : null;
      // "asking her, “…”", "told them: “…”": an object pronoun before the words.
      const pronoun = /^(me|him|her|us|them|you)$/i.test(t.text) && i + 1 < limit && /^(,|:|“|"|that)$/.test(tokens[i + 1].text) ? { first: i, last: i + 1 } : null;
      let np = nounPhraseStartingAt(tokens, i, limit) ?? named ?? counted ?? pronoun;
      // ("told NBC’s Today show when asked …")
      if (np) np = throughPossessive(tokens, np, limit);
      // "accused the UK and the US of meddling": hearers joined by "and" are all heard.
      while (np && np.last + 1 < limit && /^(and|or)$/.test(lower(tokens[np.last]))) {
        const more = nounPhraseStartingAt(tokens, np.last + 1, limit);
        if (!more || (tokens[more.last]?.pos === 'VERB' || tokens[more.last]?.pos === 'AUX')) break;
        // "… and the US of meddling": what they are accused of is not one of them.
        let last = more.first + 1;
        while (last < more.last && lower(tokens[last]) !== 'of') last++;
        np = { first: np.first, last };
      }
      // "told a tale of two parties", "told a joke": what is told, not whom.
      if (np && cue.lemma === 'tell' && /^(tale|tales|story|stories|joke|jokes|lie|lies|truth|anecdote|parable)$/i.test(tokens[np.first + (tokens[np.first].pos === 'DET' ? 1 : 0)]?.text ?? '')) break;
      if (np) np = nameGoesOn(tokens, np, limit);
      // ("told reporters Tokyo had lodged a protest": the hearers, then the clause's subject by name.)
      if (np && np.last - np.first > 1 && AUDIENCE_WORDS.has(lower(tokens[np.first])) && tokens[np.first + 1].pos === 'PROPN') np = { first: np.first, last: np.first + 1 };
      // "warned the dam could fail": a noun phrase followed by its verb is the clause's subject, not the hearer.
      const then = np ? tokens[np.last] : undefined;
      // ("told reporters gathered outside": a participle and where, describing the hearers.)
      const described = !!then && then.pos === 'VERB' && /ed$/.test(then.text) && tokens[np!.last + 1]?.pos === 'ADP';
      if (np && (described || !(then && (then.pos === 'AUX' || (then.pos === 'VERB' && !/ing$/.test(then.text)))))) {
        // ("told the Shangri-La Dialogue": the article before a name is no part of it.)
        const phrase = text.slice(tokens[np.first].start, tokens[np.last - 1].end).replace(/^the\s+(?=[A-Z])/, '').replace(/["“”]/g, '');
        // ("told Tass news agency", "told the BBC's Newsnight programme": a news outlet named by what it is.)
        const outlet = /^[A-Z]/.test(phrase) && /\s(news agency|agency|newspaper|network|channel|broadcaster|radio|television|TV|programme|program|show|website|magazine)$/i.test(phrase);
        // ("told Channel 12", "told Channel 4 News": a name may end in a number.)
        const named = tokens[np.last - 1].pos === 'PROPN' || (tokens[np.last - 1].pos === 'NUM' && np.last - 2 >= np.first && tokens[np.last - 2].pos === 'PROPN')
          || (QUOTE_MARK.test(tokens[np.last - 1].text) && np.last - np.first > 2);
        // ("told the state news agency Tass": the name after what it is.)
        const called = named && !/^[A-Z]/.test(phrase) ? /(?:^|\s)((?:\p{Lu}[\w.&'’-]*\s?)+)$/u.exec(phrase)?.[1].trim() : undefined;
        // ("told the newspaper Folha de S.Paulo", "told the German newspaper Die Welt": the name after what it is.)
        const kindThenName = named ? OUTLET_KIND_THEN_NAME.exec(phrase)?.[1] : undefined;
        if (cue.lemma === 'tell' && kindThenName) channel = kindThenName;
        else if (cue.lemma === 'tell' && !AUDIENCE_WORDS.has(phrase.toLowerCase()) && /^[A-Z]/.test(phrase) && (named || outlet)) channel = outletName(phrase);
        else if (cue.lemma === 'tell' && called && OUTLET_KIND.test(phrase)) channel = outletName(called);
        // ("told state television", "told Chinese state media": a people's adjective before the state's medium;
        // "told Russian media", "told local media": a country's or a place's press.)
        else if (cue.lemma === 'tell' && (CHANNEL_PLATFORMS.includes(phrase.toLowerCase()) || STATE_MEDIUM.test(phrase) || MEDIA_OF.test(phrase))) channel = phrase;
        // ("told a regular briefing", "told a news conference": the occasion it was said at.)
        else if (cue.lemma === 'tell' && endsInChannelNoun(tokens, np)) channel = bareWords(phrase);
        i = np.last;
        // ("asked its allies, including the United States, for help": an aside on the hearers is theirs too.)
        if (tokens[i]?.text === ',' && /^(including|especially|notably)$/i.test(tokens[i + 1]?.text ?? '')) {
          let k = i + 2;
          while (k < limit && k < i + 12 && tokens[k].text !== ',') k++;
          if (k < limit && tokens[k].text === ',') i = k + 1;
        }
        continue;
      }
    }
    break;
  }
  // "told reporters traveling with him on his tour that …": a "that" a little further on, with
  // nothing finite in between, still opens the clause; so does one after a relative clause on the
  // hearer ("told the crowd who covered the lawn that …").
  const relative = hearer && i > cue.last && i < limit && /^(who|whom)$/i.test(tokens[i].text);
  for (let k = relative ? i + 1 : i; k < limit && k < i + 20; k++) {
    const t = tokens[k];
    const w = lower(t);
    if (relative && w !== 'that') {
      if (t.pos === 'PUNCT' && w !== '-') break;
      continue;
    }
    if (w === 'that' && k > i) {
      const n = tokens[k + 1];
      if (n && /^(day|week|month|year|night|morning|time)$/i.test(n.text)) break;
      // ("said fewer than half that number had entered": a share of that number, already the words.)
      if (/^(half|twice|double|triple|all|than)$/i.test(tokens[k - 1].text)) break;
      // "assert his rights in reply to any questions that would be put to him": a "that" followed by
      // its verb is a relative pronoun whose noun it follows, not the start of what was said.
      let v = k + 1;
      while (v < limit && tokens[v].pos === 'ADV') v++;
      if (v < limit && (tokens[v].pos === 'AUX' || tokens[v].pos === 'VERB')) break;
      return { clause: k + 1, channel, that: true };
    }
    if ((t.pos === 'AUX' || t.pos === 'VERB') && (!/ing$/.test(w) || CUE_FORMS.has(w))) break;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || (t.pos === 'PRON' && /^(he|she|they|it|we|i|you|who|which)$/.test(w))) break;
  }
  return { clause: i, channel, that: false };
}

/** A platform's name and the word for one's place on it ("truth social platform", "x account"). */
const ACCOUNT_ON = /^(.+?)\s(?:platform|account|channel|page|feed|site|app|handle|profile)$/;
/** A phrase without the article or possessive that opens it ("a statement" -> "statement"). */
export function bareWords(phrase: string): string {
  return phrase.replace(/^(a|an|the|his|her|its|their)\s+/i, '');
}
const CHANNEL_PHRASE_SET: ReadonlySet<string> = new Set(CHANNEL_NOUNS);
/** Whether a phrase ends in a channel's name: "a regular briefing", "a news conference". */
export function endsInChannelNoun(tokens: Token[], np: TokenSpan): boolean {
  const head = lower(tokens[np.last - 1]);
  return CHANNEL_NOUN_SET.has(head) || (np.last - 2 >= np.first && CHANNEL_PHRASE_SET.has(`${lower(tokens[np.last - 2])} ${head}`));
}

/** True when tokens [from, to) read as a clause: something with a verb in it. */
export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
}
