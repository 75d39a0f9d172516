// A learned filter over attribution candidates. The rules (frames.ts) propose reports; a relaxed
// generator here proposes more (any verb with a speaker-like subject before it and words after it,
// so cues the lexicon lacks are found too); a logistic regression over sparse features (cue word,
// rule kind, speaker kind, context words, clause length …) keeps those likely to be attributions.
// Trained on PolNeAR train only by eval/train-quotes.ts; the weights are model.json (feature names
// and weights, no article text). Direct quotes in marks are not scored: they stay rule-driven.
//
// Why a hand-written model: the features are sparse strings (tens of thousands of cue words and
// conjunctions); the npm logistic-regression packages take dense matrices, which would be a
// 100k × 50k array here. Scoring is a sum of looked-up weights, training is plain SGD (train-quotes.ts).
import type { Token } from '../doc.ts';
import type { Quote } from '../../model/analysis.ts';
import { againstBackdrop, anonymity, byParticipleNext, goingOn, mainClauseComma, placeNotSpeaker, subordinateAt, namingNotSpeech, participleAt, purposeSpeaker, saidNoWords, skipLead, speakerBefore, subjectOf, timeClauseOnly, trimTail, writersAfter, type Frame, type Reported } from './frames.ts';
import { actNotSpeech, afterCue, calledIn, hasVerb, nounPhraseStartingAt, skipModifiersLeft, type TokenSpan } from './phrases.ts';
import { CUE_FORMS, NEEDS_CLAUSE, PERSON_DESCRIPTION_SET, PRONOUNS, SOURCE_NOUN_SET, entry } from './lexicon.ts';
import weightsJson from './model.json' with { type: 'json' };

export interface QuoteModel {
  /** Keep a relaxed candidate when its probability is at least this (chosen on train by cross-validation). */
  threshold: number;
  /** Keep a rules' candidate when its probability is at least this. */
  ruleThreshold: number;
  bias: number;
  weights: Record<string, number>;
  /** Verb stems the relaxed generator tries (those that made attributions on train); absent: all. */
  relaxedCues?: string[];
}

export const MODEL: QuoteModel = weightsJson as QuoteModel;

/** The name of a feature, as the training script writes it: "template", "template=a" or "template=a|b". */
export function featureName(t: string, a?: string, b?: string): string {
  return a === undefined ? t : b === undefined ? `${t}=${a}` : `${t}=${a}|${b}`;
}
/** Templates that take two values (the first never holds a "|"). */
const TWO_VALUES = new Set(['o|c', 'o|sp', 'c|sp', 'c|n1', 'c|w0', 'c|vb', 'others', 'o|ent', 'c|pre']);

/**
 * The weights as nested maps, template → value → value → weight, so that scoring a candidate builds
 * no strings: featuresOf hands each feature to an emitter as (template, value, value), and template
 * strings are constants whose hashes the engine keeps.
 */
interface Table { none: Map<string, number>; one: Map<string, Map<string, number>>; two: Map<string, Map<string, Map<string, number>>> }
export function featureParts(name: string): [string, string?, string?] {
  const eq = name.indexOf('=');
  if (eq < 0) return [name];
  const t = name.slice(0, eq), rest = name.slice(eq + 1);
  if (!TWO_VALUES.has(t)) return [t, rest];
  const bar = rest.indexOf('|');
  return [t, rest.slice(0, bar), rest.slice(bar + 1)];
}
function tableOf(model: QuoteModel): Table {
  const table: Table = { none: new Map(), one: new Map(), two: new Map() };
  for (const [k, w] of Object.entries(model.weights)) {
    const [t, a, b] = featureParts(k);
    if (a === undefined) table.none.set(t, w);
    else if (b === undefined) {
      let m = table.one.get(t);
      if (!m) table.one.set(t, (m = new Map()));
      m.set(a, w);
    } else {
      let m = table.two.get(t);
      if (!m) table.two.set(t, (m = new Map()));
      let n = m.get(a);
      if (!n) m.set(a, (n = new Map()));
      n.set(b, w);
    }
  }
  return table;
}
const TABLE = tableOf(MODEL);
function weightOf(table: Table, t: string, a?: string, b?: string): number {
  if (a === undefined) return table.none.get(t) ?? 0;
  if (b === undefined) return table.one.get(t)?.get(a) ?? 0;
  return table.two.get(t)?.get(a)?.get(b) ?? 0;
}

let relaxedCues: ReadonlySet<string> | null = MODEL.relaxedCues ? new Set(MODEL.relaxedCues) : null;
/** For training: let the relaxed generator try every verb, whatever the model on disk says. */
export function tryEveryVerb(): void {
  relaxedCues = null;
}

export type Emit = (t: string, a?: string, b?: string) => void;

/** The model's probability that a candidate is an attribution, from the features featuresOf emits. */
export function scoreWith(run: (emit: Emit) => void, model: QuoteModel = MODEL): number {
  const table = model === MODEL ? TABLE : tableOf(model);
  let z = model.bias;
  run((t, a, b) => { z += weightOf(table, t, a, b); });
  return 1 / (1 + Math.exp(-z));
}
/** The same features as names (for training and tests). */
export function namesOf(run: (emit: Emit) => void): string[] {
  const out: string[] = [];
  run((t, a, b) => { out.push(featureName(t, a, b)); });
  return out;
}

const SUBORDINATOR = /^(as|while|when|before|after|because|since|although|though|but|until|if|where|which|who)$/i;
const PUNCT_OR_SYMBOLS = /^[\p{P}\p{S}]+$/u;
/** Punctuation or symbols only. Most tokens are words that start with an ASCII letter or digit: no regex for them. */
export function isPunct(t: Token): boolean {
  if (t.pos === 'PUNCT' || t.pos === 'SPACE') return true;
  const c = t.text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  return PUNCT_OR_SYMBOLS.test(t.text);
}

/** A crude stem that maps the forms of one verb together (argued, arguing, argues → argu). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const known = CUE_FORMS.get(w);
  if (known) return known[0].lemma;
  let s = w;
  if (/ies$|ied$/.test(s) && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/ing$/.test(s) && s.length > 5) s = s.slice(0, -3);
  else if (/ed$/.test(s) && s.length > 4) s = s.slice(0, -2);
  else if (/es$/.test(s) && s.length > 4) s = s.slice(0, -1);
  else if (/[^s]s$/.test(s) && s.length > 3) s = s.slice(0, -1);
  if (/e$/.test(s) && s.length > 3) s = s.slice(0, -1);
  if (/([bdgklmnprt])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

/**
 * Reports the rules did not make: every verb (not inside a quote, not a cue the rules already used)
 * with a speaker phrase before it and words after it. The clause runs from after the cue (past a
 * hearer, "that", time and channel) to the end of the sentence or the next subordinate clause.
 */
export function relaxedIn(tokens: Token[], u0: number, u1: number, text: string, blocked: (i: number) => boolean, taken: ReadonlySet<number>, frameStarts: readonly number[] = []): Reported[] {
  const out: Reported[] = [];
  const end = trimTail(tokens, u0, u1);
  const lead = skipLead(tokens, u0, end);
  // A report in the sentence's opening clause ends at this comma ("When X suggested …, Trump …").
  const mainComma = mainClauseComma(tokens, lead, end);
  for (let i = lead + 1; i < end - 1; i++) {
    const t = tokens[i];
    if (!verbAt(tokens, i, lead) || taken.has(i) || blocked(i)) continue;
    if (!/^[a-z]+$/.test(t.text)) continue;
    const lemma = stem(t.text);
    // Verbs that never made an attribution on train are not tried (most verbs; it keeps the stage fast).
    if (relaxedCues && !relaxedCues.has(lemma)) continue;
    if (calledIn(tokens, i) || describingParticiple(tokens, i, end)) continue;
    let speaker = speakerBefore(tokens, i, lead);
    if (!speaker) {
      const m = skipModifiersLeft(tokens, i, lead);
      if (m - 1 > lead && /^(and|but)$/i.test(tokens[m - 1].text)) speaker = subjectOf(tokens, lead, m - 1);
    }
    if (!speaker) continue;
    if (placeNotSpeaker(tokens, speaker, lead)) continue;
    // ("When the sirens sounded over the island": what only makes a noise says nothing.)
    if (NOISES.has(tokens[speaker.last - 1].text.toLowerCase()) || MACHINES.has(tokens[speaker.last - 1].text.toLowerCase())) continue;
    const cue = { first: i, last: i + 1, lemma, kind: 'stance' as const };
    if (anonymity(tokens, cue, end) || againstBackdrop(tokens, i + 1, end) || goingOn(tokens, cue)) continue;
    const owner = purposeSpeaker(tokens, cue, lead, speaker);
    if (!owner) continue;
    speaker = owner;
    // "a website called Real News Right Now", "as the bill is called": a naming, no one speaking.
    if (namingNotSpeech(tokens, speaker, cue, end)) continue;
    const b = afterCue(tokens, cue, end, text);
    const first = b.clause;
    if (byParticipleNext(tokens, first, end)) continue;
    // ("Trump was pressed by ABC's host about …": a passive's subject is whom it was done to.)
    if (/^by$/i.test(tokens[first]?.text ?? '') && passiveAt(tokens, i, lead)) continue;
    if (first === i + 1 && first < end && /^(say|says|said|saying)$/.test(t.text) && saidNoWords(tokens, first, end)) continue;
    // ("but gave no details of how it was secured", "offered no evidence": saying nothing is no report.)
    if (/^(no|few)$/i.test(tokens[i + 1].text) && /^(give|gives|gave|given|giving|offer|offers|offered|offering|provide|provides|provided|providing)$/.test(t.text)) continue;
    // ("residents lined up at water pumps", "showed up at the rally": a verb of motion with its particle and a place.)
    if (/^(up|down|out|off|away)$/i.test(tokens[i + 1].text) && /^(at|in|outside|near|along|around|across|into|inside)$/i.test(tokens[i + 2]?.text ?? '')) continue;
    // The span ends where one of the rules' frames begins ("…, and the Russian leader said …").
    let limit = mainComma >= first ? mainComma : end;
    for (const k of frameStarts) if (k > i && k < limit) limit = k;
    while (limit > first && (isPunct(tokens[limit - 1]) || /^(and|but|or)$/i.test(tokens[limit - 1].text))) limit--;
    let stop = first;
    while (stop < limit && !(tokens[stop].text === ';' || (tokens[stop].text === ',' && stop + 1 < end && (subordinateAt(tokens, stop + 1, SUBORDINATOR) || participleAt(tokens, stop + 1))))) stop++;
    stop = writersAfter(tokens, first, stop);
    let words = 0;
    for (let k = first; k < stop; k++) if (!isPunct(tokens[k])) words++;
    if (words < 1 || timeClauseOnly(tokens, first, stop)) continue;
    // Verbs the rules hear as reports only with a clause ("found that …", not "found the keys") keep that rule here.
    if (NEEDS_CLAUSE.has(cue.lemma) && !hasVerb(tokens, first, stop)) continue;
    if (PASSING_VERBS.has(lemma) && physicalObject(tokens, first, stop)) continue;
    // ("Thai and Cambodian troops clashed along the border": armed men clash in a fight; "senators clashed over the bill" in words.)
    if (lemma === 'clash' && FORCES.has(tokens[speaker.last - 1].text.toLowerCase())) continue;
    if (actNotSpeech(tokens, i, end)) continue;
    out.push({ speaker, cue, channel: b.channel, clause: { first, last: stop } });
  }
  return out;
}

/**
 * A verb, or a participle the tagger read as an adjective or noun after "has" or "is" ("has also
 * detailed", "is promising"). (A present-tense verb read as a noun, "The Journal reports …", is left:
 * after a name it is as often a compound, "the Republican debates".)
 */
function verbAt(tokens: Token[], i: number, floor: number): boolean {
  const t = tokens[i];
  if (t.pos === 'VERB') return true;
  if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/(ed|ing)$/.test(t.text)) return false;
  let k = i - 1;
  while (k > floor && tokens[k].pos === 'ADV') k--;
  return k >= floor && tokens[k].pos === 'AUX' && /^(has|have|had|is|are|was|were|'s|’s)$/i.test(tokens[k].text);
}

/**
 * "Several thousand teachers wearing red surrounded the Statehouse": a participle right after its noun,
 * with the clause's own verb still to come, describes the noun. (Not a verb that takes a clause:
 * "officials saying the attack was planned", "voters hoping he will win".)
 */
function describingParticiple(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i], prev = tokens[i - 1];
  if (!/[a-z]ing$/.test(t.text) || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || CUE_FORMS.get(t.text)?.some((c) => c.kind === 'speech' || c.kind === 'cognition')) return false;
  for (let k = i + 1; k < end; k++) {
    const w = tokens[k];
    if (/^[,;:(–—-]$/.test(w.text) || w.pos === 'SCONJ' || /^(that|which|who|whom|and|but|or|to)$/i.test(w.text)) return false;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && /[a-z](ed|s)$/.test(w.text))) return true;
  }
  return false;
}

/** The verb at `i` is a participle after a form of "be" (adverbs between): a passive. */
function passiveAt(tokens: Token[], i: number, floor: number): boolean {
  let k = i - 1;
  while (k > floor && tokens[k].pos === 'ADV') k--;
  return k >= floor && /(ed|en|wn|ld|ght|id)$/i.test(tokens[i].text) && BE.has(tokens[k].text.toLowerCase());
}

/**
 * "Israel and Hezbollah traded heavy fire", "the sides exchanged prisoners": a verb that reports words
 * elsewhere ("traded barbs") does not when what it takes is fire, blows or people.
 */
function physicalObject(tokens: Token[], first: number, stop: number): boolean {
  // ("fired tear gas": the tagger reads "tear" as a verb.)
  if (/^tear$/i.test(tokens[first]?.text ?? '') && /^gas$/i.test(tokens[first + 1]?.text ?? '')) return true;
  const np = nounPhraseStartingAt(tokens, first, stop);
  if (!np) return false;
  // The head is the last word before a preposition ("rockets at northern Israel"); a quantity's is what
  // it is of ("fired dozens of rockets", "launched a barrage of missiles").
  let head = np.last - 1;
  for (let k = np.first; k < np.last; k++) {
    if (tokens[k].pos !== 'ADP') continue;
    if (tokens[k].text === 'of' && QUANTITIES.has(tokens[k - 1]?.text.toLowerCase())) continue;
    head = k - 1;
    break;
  }
  return PHYSICAL_OBJECTS.has(tokens[head].text.toLowerCase());
}
const QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'barrage', 'volley', 'salvo', 'salvos', 'wave', 'waves', 'number', 'series', 'hail', 'rain', 'swarm', 'round', 'rounds']);
/** Things that sound without saying anything. */
const NOISES = new Set(['siren', 'sirens', 'alarm', 'alarms', 'bell', 'bells', 'horn', 'horns', 'explosion', 'explosions', 'blast', 'blasts', 'gunfire', 'gunshots', 'thunder', 'engine', 'engines']);
/** Machines, which act but say nothing ("NATO fighter aircraft have scrambled hundreds of times"). */
const MACHINES = new Set(['aircraft', 'jet', 'jets', 'plane', 'planes', 'warplane', 'warplanes', 'helicopter', 'helicopters', 'ship', 'ships', 'vessel', 'vessels', 'warship', 'warships',
  'tank', 'tanks', 'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'submarine', 'submarines', 'satellite', 'satellites', 'truck', 'trucks', 'car', 'cars', 'train', 'trains']);
/** Armed and uniformed people, whose clashes are fights. */
const FORCES = new Set(['troops', 'soldiers', 'forces', 'militants', 'fighters', 'police', 'officers', 'rebels', 'insurgents', 'gunmen', 'militias', 'guards', 'armies', 'army', 'navies', 'protesters', 'demonstrators', 'rioters']);
/** Verbs of passing something over, which take words ("traded barbs", "hurled insults") or things. */
const PASSING_VERBS = new Set(['trade', 'exchange', 'swap', 'hurl', 'lob', 'fire', 'launch', 'return', 'send'].map(stem));
const PHYSICAL_OBJECTS = new Set(['fire', 'gunfire', 'shot', 'shots', 'blows', 'punches', 'rocket', 'rockets', 'missile', 'missiles', 'drone', 'drones', 'shell', 'shells', 'artillery', 'airstrikes',
  'rounds', 'mortar', 'mortars', 'bullets', 'grenades', 'bombs', 'munitions', 'projectiles', 'torpedoes', 'flares', 'cannon', 'gas',
  'prisoners', 'captives', 'hostages', 'detainees', 'bodies', 'troops', 'weapons', 'ammunition']);

/** A coordinated report inside another's span: its cue, its clause, and where the other's span should end. */
export interface Split extends Reported { cut: number }

/**
 * "urged their supporters to rally and tried to make the case that …", "…, but cautioned against …",
 * "…, calling it …": a second cue coordinated after a report's cue, inside that report's span
 * [t0, t1), shares its speaker and starts a report of its own. A verb after "and"/"but" (or a
 * participle after a comma) that the lexicon knows or the relaxed generator tries, outside quote
 * marks (`segOf` ≥ 0) and not a cue already taken. `cut` is the token the outer report should end before.
 */
export function splitsIn(tokens: Token[], frame: Frame, t0: number, t1: number, text: string, segOf: Int32Array, taken: ReadonlySet<number>): Split[] {
  const out: Split[] = [];
  for (let k = t0 + 1; k < t1 - 1; k++) {
    const t = tokens[k];
    if (t.pos !== 'VERB' || segOf[k] >= 0 || taken.has(k) || !/^[a-z]+$/.test(t.text)) continue;
    let p = k - 1;
    while (p > t0 && tokens[p].pos === 'ADV') p--;
    const w = tokens[p].text.toLowerCase();
    const conj = w === 'and' || w === 'but';
    if (!conj && !(w === ',' && /ing$/.test(t.text))) continue;
    const known = CUE_FORMS.has(t.text);
    const lemma = stem(t.text);
    if (!known && relaxedCues && !relaxedCues.has(lemma)) continue;
    if (known && actNotSpeech(tokens, k, t1)) continue;
    let cut = p;
    if (conj && cut - 1 > t0 && tokens[cut - 1].text === ',') cut--;
    if (cut <= t0 || !hasWordsIn(tokens, t0, cut)) continue;
    const cue = { first: k, last: k + 1, lemma, kind: 'stance' as const };
    if (anonymity(tokens, cue, t1)) continue;
    const b = afterCue(tokens, cue, t1, text);
    let last = t1;
    while (last > b.clause && isPunct(tokens[last - 1])) last--;
    if (!hasWordsIn(tokens, b.clause, last)) continue;
    out.push({ speaker: frame.speaker, cue, channel: b.channel, clause: { first: b.clause, last }, cut });
  }
  return out;
}
function hasWordsIn(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isPunct(tokens[i])) return true;
  return false;
}

function speakerKind(tokens: Token[], sp: TokenSpan | null): string {
  if (!sp) return 'none';
  const head = tokens[sp.last - 1];
  const w = head.text.toLowerCase();
  if (sp.last - sp.first === 1 && entry(PRONOUNS, w)) return `pron:${w}`;
  if (/^(who|which)$/.test(w)) return 'rel';
  if (head.pos === 'PROPN') return sp.last - sp.first > 1 ? 'name2' : 'name1';
  if (SOURCE_NOUN_SET.has(w)) return 'source';
  if (PERSON_DESCRIPTION_SET.has(w)) return 'person';
  if (head.pos === 'NUM' || /^(percent|%|most|many|some|half|majority)$/.test(w)) return 'poll';
  if (head.pos === 'NOUN') return /s$/.test(w) ? 'nouns' : 'noun';
  return `pos:${head.pos}`;
}

const bucket = (n: number) => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : n <= 32 ? '17-32' : '33+');
/** Tags whose words are context features themselves (other tokens stand for their tag, unless they are cue words). */
const WORD_TAGS = new Set(['DET', 'ADP', 'PART', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PUNCT']);
const ctxWord = (t: Token | undefined) => (!t ? '<none>' : WORD_TAGS.has(t.pos) || CUE_FORMS.has(t.text.toLowerCase()) ? t.text.toLowerCase() : t.pos);

export interface CandidateInfo {
  origin: 'rule' | 'relaxed';
  type: Quote['type'];
  frame: Frame | null;
  start: number;
  end: number;
  /** Token range of the unit (sentence or sentences) the candidate is in. */
  u0: number;
  u1: number;
  paragraph: number;
  /** The candidate's cue lies inside another candidate's span. */
  nested: boolean;
  /** The span overlaps quote marks. */
  marks: boolean;
  /** Token range of the span. */
  t0: number;
  t1: number;
  /** How many rule candidates (other than this one) the unit has. */
  others: number;
  /** A coordinated report split out of another (splitsIn): that report's cue word. */
  splitOf?: string;
  /** The entity type of each token's entity mention (the entity layer's), when any. */
  entityAt?: (i: number) => string | undefined;
}

/** The sparse features of one candidate, each handed to `emit` as a template and its values. */
export function featuresOf(tokens: Token[], text: string, c: CandidateInfo, emit: Emit): void {
  emit('o', c.origin);
  emit('t', c.type);
  const fr = c.frame;
  let words = 0;
  for (let k = c.t0; k < c.t1; k++) if (!isPunct(tokens[k])) words++;
  emit('len', bucket(words));
  if (c.nested) emit('nested');
  if (c.marks) emit('marks');
  if (c.paragraph === 0) emit('para0');
  if (!fr) { emit('noframe'); return; }
  if (c.splitOf !== undefined) {
    const a = tokens[fr.cue.first].text;
    const sfx = (w: string) => (/ing$/i.test(w) ? 'ing' : /ed$/i.test(w) ? 'ed' : /s$/i.test(w) ? 's' : 'x');
    emit('split');
    emit('split|agree', sfx(a) === sfx(c.splitOf) ? 'yes' : 'no');
  }
  const cue = fr.cue;
  const cw = tokens[cue.last - 1].text;
  const lemma = cue.lemma;
  const sk = speakerKind(tokens, fr.speaker);
  const skind = sk.startsWith('pron:') ? 'pron' : sk;
  emit('c', lemma);
  emit('o|c', c.origin, lemma);
  emit('k', cue.kind);
  emit('sp', sk);
  emit('o|sp', c.origin, sk);
  emit('c|sp', lemma, skind);
  const n1 = ctxWord(tokens[cue.last]);
  emit('p1', ctxWord(tokens[cue.first - 1]));
  emit('n1', n1);
  emit('c|n1', lemma, n1);
  const suffix = /ing$/i.test(cw) ? 'ing' : /ed$/i.test(cw) ? 'ed' : /s$/i.test(cw) ? 's' : 'x';
  emit('suf', suffix);
  // Negation, modals and passives just before the cue.
  for (let k = cue.first - 1; k >= c.u0 && k >= cue.first - 3; k--) {
    const w = tokens[k].text.toLowerCase();
    if (NEGATION.has(w)) emit('neg');
    else if (MODALS.has(w)) emit('modal');
    else if (BE.has(w)) emit('be|suf', suffix);
    else if (w === 'to') emit('to');
  }
  const sp = fr.speaker;
  if (sp) emit('sh', tokens[sp.last - 1].text.toLowerCase());
  // What the entity layer says the speaker is (a person, an organisation, a country …).
  if (sp && c.entityAt) {
    const e = c.entityAt(sp.last - 1) ?? 'none';
    emit('ent', e);
    emit('o|ent', c.origin, e);
  }
  // The word that opens the span, and whether the span has a verb (a clause) or not (an object).
  const first = tokens[c.t0];
  if (first) {
    const w0 = ctxWord(first);
    emit('w0', w0);
    emit('c|w0', lemma, w0);
  }
  let verbs = 0;
  for (let k = c.t0; k < c.t1; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') verbs++;
  emit('vb', bucket(verbs));
  emit('c|vb', lemma, verbs > 0 ? 'true' : 'false');
  if (c.others) emit('others', c.origin, bucket(c.others));
  const lead = skipLead(tokens, c.u0, c.u1);
  {
    // The word before the speaker (or the cue): "when he called", "that critics called", "if they say".
    const at = sp && sp.first < cue.first ? sp.first : cue.first;
    const pre = at > c.u0 ? ctxWord(tokens[at - 1]) : '<s>';
    emit('pre', pre);
    emit('c|pre', lemma, pre);
    emit('w1', ctxWord(tokens[c.t0 + 1]));
    if (sp) emit('spn', bucket(sp.last - sp.first));
    emit('lead', ctxWord(tokens[lead]));
  }
  if (sp) {
    emit('spd', bucket(cue.first - sp.last));
    if (sp.first > cue.first) emit('sp-after');
    if (sp.first === lead) emit('sp-opens');
  }
  if (fr.channel) emit('channel');
  // Where the span is: after the cue (the usual report) or before it ("…, he said").
  const cueStart = tokens[cue.first].start;
  emit(c.start >= cueStart ? 'span-after' : 'span-before');
  const afterCueEnd = tokens[cue.last - 1].end;
  if (/that\s*$/i.test(text.slice(afterCueEnd, Math.min(c.start, afterCueEnd + 8)))) {
    emit('that');
    emit('c|that', lemma);
  }
  if (cue.first > 0 && tokens[cue.first - 1].text === ',') emit('comma-before');
}

const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
const MODALS = new Set(['would', 'could', 'will', 'should', 'might', 'may', 'can', 'must']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Mutual overlap of two spans: their intersection over the longer one. */
export function sameReport(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter > 0 && inter / Math.max(a.end - a.start, b.end - b.start, 1) > 0.8;
}
