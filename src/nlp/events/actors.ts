// Who an event's actor or target is: noun phrases over wink's tokens, resolved through the entity
// layer when it has the phrase (doc.entities) and otherwise through the country gazetteer, the
// sector nouns and international bodies in actors.json, and names seen earlier in the article.
import { createRequire } from 'node:module';
import type { Entity, Event, EventActor } from '../../model/analysis.ts';
import type { Doc, Token } from '../doc.ts';
import { capitalCountry, capitalCountryKey, countriesIn, countryByCode, matchCountry, matchCountryKey, normName, type CountryInText, type CountryMatch } from '../../kb/geo.ts';
import { nounForms } from './lexicon.ts';
import { firstWhere } from '../bisect.ts';
import { datelineOf } from '../dateline.ts';
import { genderOf, pronounGender, type Gender } from '../entities/gender.ts';
import { headedBy, NOT_ORG_ACRONYMS } from '../entities/words.ts';
import { bareStateBody, isMilitaryRule, ruleNamedAfter } from '../../kb/agents.ts';

const require = createRequire(import.meta.url);

interface ActorData {
  sectors: Record<string, string[]>;
  igo: string[];
  seats: Record<string, [string, string]>;
  titles: string[];
  orgWords: string[];
}

interface ActorIndex {
  sectorOf: Map<string, string>;
  /** First words of the international bodies' names: phrases holding none of them name no body. */
  igoFirst: Set<string>;
  /** By last word, longest first, as word arrays. */
  sectorPhrases: Map<string, { words: string[]; sector: string }[]>;
  igo: Set<string>;
  seats: Map<string, [string, string]>;
  titles: Set<string>;
  orgWords: Set<string>;
}

let index: ActorIndex | null = null;
function data(): ActorIndex {
  if (index) return index;
  const raw = require('./actors.json') as ActorData;
  const sectorOf = new Map<string, string>();
  const phrases: { words: string[]; sector: string }[] = [];
  for (const [sector, words] of Object.entries(raw.sectors)) {
    for (const w of words) {
      const parts = w.split(' ');
      const last = parts.pop() ?? '';
      for (const form of nounForms(last)) {
        const phrase = [...parts, form];
        phrases.push({ words: phrase, sector });
        if (phrase.length === 1 && !sectorOf.has(form)) sectorOf.set(form, sector);
      }
    }
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  const sectorPhrases: ActorIndex['sectorPhrases'] = new Map();
  for (const p of phrases) {
    const last = p.words[p.words.length - 1];
    const list = sectorPhrases.get(last);
    if (list) list.push(p); else sectorPhrases.set(last, [p]);
  }
  index = {
    sectorOf, sectorPhrases,
    igoFirst: new Set(raw.igo.map((n) => n.split(' ')[0])),
    igo: new Set(raw.igo),
    seats: new Map(Object.entries(raw.seats)),
    titles: new Set(raw.titles),
    orgWords: new Set(raw.orgWords),
  };
  return index;
}

/** A noun phrase: token indexes [first, last) into doc.tokens. */
export interface Chunk {
  first: number;
  last: number;
}

export interface Actor extends EventActor {
  kind: 'person' | 'country' | 'org' | 'group';
  plural: boolean;
  /** Where the phrase is in the text. */
  start: number;
  end: number;
  /** The people a group phrase stands for ("the two leaders"). */
  members: Actor[] | undefined;
}

/**
 * An actor with changed fields, of the one shape every actor has (members always present, maybe
 * undefined): actors built by spreading came in several hidden classes, and the event rules that read
 * them were compiled again for each (see retagToken in ../doc.ts).
 */
export function copyActor(a: Actor, over: Partial<Actor>): Actor {
  const b = { ...a, ...over };
  return { entity: b.entity, name: b.name, country: b.country, sector: b.sector, kind: b.kind, plural: b.plural, start: b.start, end: b.end, members: b.members };
}

// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;

const NP_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
/** The plural of a people, party or camp ("Republicans", "Democrats", "Israelis", "Conservatives"). */
const PLURAL_PEOPLE = /^[A-Z][a-z]+(ans|ats|ists|ives|als|ites|is)$/;

/** Nouns of saying whose "that" clause says what their owner holds ("North Korea's claim that it …"). */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'statement', 'announcement', 'insistence', 'contention', 'argument', 'belief', 'view', 'fear', 'fears', 'hope', 'hopes', 'promise', 'pledge', 'warning', 'threat', 'admission', 'denial', 'suggestion', 'position', 'allegation', 'accusation', 'boast', 'vow']);

/** The two sides of a war, as news calls them without naming them. */
const WARRING = /^(?:the )?(?:warring (?:parties|sides|factions)|two warring (?:parties|sides|factions)|both (?:warring )?sides|the two sides)$/;
/**
 * What news calls an armed group named before ("the group", "the militants"). Not "the rebels" or "the
 * fighters", which are as often a whole side as the faction named last ("With Nusra fighters playing a more
 * dominant role, … providing the rebels with weapons").
 */
const ARMED_GROUP_HEADS = /^(group|militants|militia|movement)$/;
/** The words news puts before such a head when it means that group ("the militant group"; not "the advocacy group"). */
const ARMED_MODIFIERS = /^(militant|armed|rebel|jihadist|extremist|terrorist|islamist|insurgent|separatist|paramilitary)$/;
const PRONOUNS: Record<string, 'he' | 'it' | 'they'> = {
  he: 'he', him: 'he', his: 'he', she: 'he', her: 'he',
  it: 'it', its: 'it', they: 'they', them: 'they', their: 'they',
};
/** The pronouns that can be a report's subject, and those that can be its hearer ("told her that she"). */
const NOMINATIVE: Record<string, 'he' | 'it' | 'they'> = { he: 'he', she: 'he', it: 'it', they: 'they' };
const POSSESSIVE_OF: Record<string, 'he' | 'it' | 'they'> = { his: 'he', her: 'he', its: 'it', their: 'they' };
const OBJECTS = new Set(['him', 'her', 'them']);
/** Words that open a clause, out of which a later object pronoun does not look ("even if Sanders were to catch Clinton, …"). */
const SUBORDINATORS = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'unless', 'that', 'which', 'who', 'whom']);
/** Prepositions whose object after a verb is whom the verb acts on ("spoke to", "cut into", "lashed out at"). */
const VERB_PREPOSITIONS = new Set(['to', 'into', 'at']);
/**
 * "I", "we" and their forms ("I’m", "our troops"): inside a direct quote, the quote's speaker; elsewhere
 * the writer, who is no side. wink keeps "I’m" as one token.
 */
const FIRST_PERSON = /^(?:i|me|my|we|us|our)$|^(?:i['’](?:m|ve|d|ll)|we['’](?:re|ve|d|ll))$/;
/** A first-person word, given its lower-cased form and its text: "US" in capitals is the country, not "us". */
function firstPerson(low: string, text: string): boolean {
  return FIRST_PERSON.test(low) && text !== 'US';
}
const QUANT_DETS = new Set(['both', 'all', 'each', 'some', 'many', 'several', 'most']);

/**
 * Time words that wink tags as nouns but that never belong to an actor's phrase ("The German government
 * today"). Lower-cased, matched against the lower-cased words: the same answers as the case-insensitive
 * /^(today|...|sunday)$/i this was (such a regex never folds a non-ASCII letter to ASCII, and no
 * non-ASCII letter lower-cases to one of these words' letters), without a regex per word.
 */
const TIME_WORD_SET = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const CALENDAR_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Heads that make a place-named phrase an agreement or a meeting ("the Paris accord", "the Minsk talks"). */
const AGREEMENT_HEADS = new Set(['accord', 'accords', 'agreement', 'agreements', 'deal', 'protocol', 'protocols', 'treaty', 'talks', 'summit', 'process', 'format', 'convention', 'conventions', 'negotiations', 'pact', 'declaration', 'framework']);
const PAIR_NOUNS = new Set(['leaders', 'men', 'presidents', 'sides', 'countries', 'nations', 'governments', 'delegations']);
const STATE_NOUNS = new Set(['countries', 'nations', 'governments', 'powers', 'states', 'allies', 'neighbors', 'neighbours']);
const COUNTED: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5 };
const REGION_ADJECTIVES: Record<string, string> = { european: 'Europe', asian: 'Asia', african: 'Africa' };
/** "the two countries", "both nations", "the three European powers": how many states, and of which region. */
function statesCounted(words: string[]): { n: number; region: string | undefined } | null {
  const last = words.length - 1;
  if (last < 1 || last > 3 || !STATE_NOUNS.has(words[last])) return null;
  // (Known ones only: "the two countries", "both nations"; "two states have been hacked" are others.)
  const i = words[0] === 'the' ? 1 : 0;
  const n = COUNTED[words[i]];
  if (!n || i + 1 < last - 1 || (i === 0 && words[0] !== 'both')) return null;
  const region = i + 1 < last ? REGION_ADJECTIVES[words[i + 1]] : undefined;
  return i + 1 < last && !region ? null : { n, region };
}

/** "the two leaders", "both sides", "the leaders": the pair named last. */
function isPair(words: string[]): boolean {
  const n = words.length;
  if (n < 2 || n > 3 || !PAIR_NOUNS.has(words[n - 1])) return false;
  const two = words[n - 2] === 'two' || words[n - 2] === 'both';
  return n === 2 ? two || (words[0] === 'the' && words[1] === 'leaders') : words[0] === 'the' && two;
}

/** Heads of phrases that name people by a place ("the Benghazi victims", "Ohio voters"): whether the place's country is theirs. */
const PLACE_PEOPLE: Record<string, 'theirs' | 'not theirs'> = {
  victims: 'not theirs', families: 'not theirs', survivors: 'not theirs', relatives: 'not theirs', hostages: 'not theirs',
  residents: 'theirs', voters: 'theirs', citizens: 'theirs', people: 'theirs', inhabitants: 'theirs', villagers: 'theirs', locals: 'theirs',
};

/** People named by whom they stand for or against ("Sanders's supporters"): not the one they are named by. */
/** Relatives, named by whose they are ("Kim Jong Un's sister"). */
const KIN = new Set(['sister', 'sisters', 'brother', 'brothers', 'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'niece', 'nephew', 'cousin', 'children', 'family', 'grandson', 'granddaughter', 'widow', 'widower', 'son-in-law', 'daughter-in-law']);
const OTHER_PEOPLE = new Set(['supporters', 'backers', 'voters', 'fans', 'followers', 'critics', 'opponents', 'detractors', 'rivals', 'enemies', 'foes', 'allies', 'donors', 'protesters', 'challengers', 'admirers', 'loyalists', 'defenders', 'accusers', 'victims']);

const isApos = (t: Token) => /^['’]s?$/.test(t.text) || /^['’]s$/i.test(t.text);

/**
 * Splits a sentence's tokens into noun phrases: runs of determiners, adjectives, nouns and names,
 * holding possessives ("Russia's"), hyphenated names ("Kim Jong-un") and "of" between names
 * ("Ministry of Finance").
 */
export function chunkSentence(tokens: Token[], lower: string[], first: number, last: number): Chunk[] {
  const out: Chunk[] = [];
  let i = first;
  while (i < last) {
    const t = tokens[i];
    const low = lower[i];
    if ((t.pos === 'PRON' && low in PRONOUNS) || firstPerson(low, t.text)) {
      // "its allies", "their economies": the pronoun opens a phrase when a noun follows.
      let j = i + 1;
      while (j < last && NP_POS.has(tokens[j].pos) && tokens[j].pos !== 'DET') j++;
      out.push({ first: i, last: j });
      i = j;
      continue;
    }
    if (!NP_POS.has(t.pos) && !(t.pos === 'VERB' && /ed$/.test(low) && i + 1 < last && /^(NOUN|PROPN)$/.test(tokens[i + 1].pos) && i > first && tokens[i - 1].pos === 'DET')) {
      i++;
      continue;
    }
    if (TIME_WORD_SET.has(low)) { i++; continue; }
    let j = i + 1;
    while (j < last) {
      const u = tokens[j];
      const prev = tokens[j - 1];
      if (TIME_WORD_SET.has(lower[j])) break;
      // "Republicans blast Obama": a lower-case noun between a plural name and a name is their verb.
      // (A people or party, not "Fox News host Sean Hannity".)
      if (u.pos === 'NOUN' && prev.pos === 'PROPN' && PLURAL_PEOPLE.test(prev.text) && j + 1 < last && tokens[j + 1].pos === 'PROPN' && lower[j] === u.text) break;
      if (NP_POS.has(u.pos) && !(u.pos === 'DET' && j > i && !QUANT_DETS.has(lower[j - 1]))) { j++; continue; }
      // ("a Catholic boarding school", "a Russian fueling depot": a gerund between a name or a people's word and the noun it modifies.)
      if (u.pos === 'VERB' && j - 1 > i && tokens[i].pos === 'DET' && prev.pos === 'PROPN' && /ing$/.test(lower[j]) && j + 1 < last && tokens[j + 1].pos === 'NOUN') { j++; continue; }
      if (u.pos === 'PART' && isApos(u) && j + 1 < last && NP_POS.has(tokens[j + 1].pos)) { j++; continue; }
      if (u.pos === 'PART' && isApos(u)) {
        // "London's newly elected mayor Sadiq Khan": the owner's phrase goes on past a participle.
        const k = participleBefore(tokens, j + 1, last);
        if (k > 0) { j = k; continue; }
        j++;
        break;
      }
      if ((u.text === '-' || u.text === '–') && u.start === prev.end && j + 1 < last && tokens[j + 1].start === u.end && NP_POS.has(tokens[j + 1].pos)) { j++; continue; }
      // "the “interim” government": scare quotes around a modifier inside the phrase.
      const scare = scareModifierEnd(tokens, lower, j, last);
      if (scare > 0) { j = scare; continue; }
      // "its long-threatened invasion": a hyphenated participle inside the phrase.
      if ((u.text === '-' || u.text === '–') && u.start === prev.end && j + 2 < last && tokens[j + 1].start === u.end && tokens[j + 1].pos === 'VERB'
        && /(ed|en|ing)$/.test(tokens[j + 1].text) && NP_POS.has(tokens[j + 2].pos)) { j += 2; continue; }
      if (lower[j] === 'of' && prev.pos === 'PROPN' && j + 1 < last
        && (tokens[j + 1].pos === 'PROPN' || (tokens[j + 1].pos === 'NUM' && UPPER_FIRST.test(prev.text)) // "Group of 20"
          || (tokens[j + 1].pos === 'DET' && j + 2 < last && tokens[j + 2].pos === 'PROPN'))) { j++; continue; }
      break;
    }
    out.push({ first: i, last: j });
    i = j;
  }
  return out;
}

/** People who speak for a body named after "for" ("a spokesperson for the State Department"). */
const SPEAKS_FOR = /^(spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen)$/;
/** What a body says through, before "from" or "by" and the body ("a statement from the State Department"). */
const STATEMENT_WORDS = /^(statement|statements|communique|communiqué|readout|letter|notice)$/;
/** Words for the people of a body, before "of" and its name ("Fighters of the Islamic State"). */
const MEMBERS_OF = /^(members|fighters|rebels|militants|soldiers|troops|forces|units|officers|commanders|operatives|elements|supporters|gunmen)$/;
/** Craft and ships news counts and then names again by their kind ("the aircraft", "the vessels"). */
const SEEN_FORCES = /^(aircraft|warplanes|planes|jets|bombers|drones|ships|warships|vessels|boats|submarines|helicopters)$/;
/** A state's force named by what it is only: "troops", "air defenses" ("the army" is the military body named last). */
const BARE_FORCE = /^(?:the )?(?:troops|forces|soldiers|air defen[cs]es|air defen[cs]e(?: systems?| units?)?|warplanes|fighter jets|jets|artillery)$/;
/** Words for a body that "the …" names as the one of that kind named last. */
export const BODY_WORDS = new Set(['agency', 'department', 'ministry', 'office', 'bureau', 'commission', 'committee', 'council', 'authority', 'service', 'administration']);
/** The unions, alliances and cartels of states that news names again by their kind: "the bloc" (kb ids). */
const BLOCS: Record<string, ReadonlySet<string>> = {
  bloc: new Set(['org:eu', 'org:european-council', 'org:european-commission', 'org:asean', 'org:african-union', 'org:arab-league', 'org:gcc',
    'org:brics', 'org:sco', 'org:ecowas', 'org:eaeu']),
  alliance: new Set(['org:nato', 'org:aukus', 'org:quad', 'org:csto']),
  union: new Set(['org:eu', 'org:african-union', 'org:eaeu']),
  cartel: new Set(['org:opec', 'org:opec-plus']),
};
/** What may stand between "the" and a bloc's word: "the 27-nation bloc", "the Western military alliance". */
const BLOC_MODIFIER = /^(\d+-(nation|member|country|state)|\w+-(nation|member)|military|western|atlantic|transatlantic|defen[cs]e|security|european|trading|trade|economic|regional|oil|wider)$/;
/** Politicians and officials named by their place: "an Oregon Democrat", "Ohio officials". */
const PLACE_POLITICIANS = /^(democrats?|republicans?|lawmakers?|senators?|congressm[ae]n|congresswom[ae]n|legislators?|officials?|governor|mayor|prosecutors?|judges?|politicians?|conservatives?|liberals?|delegates?)$/;
/** People named by where they live or come from: "a New York man", "Moscow residents". */
const RESIDENT_HEADS = /^(man|men|woman|women|resident|residents|teen|teens|teenager|teenagers|boy|boys|girl|girls|native|natives|couple|family|families|citizen|citizens|youth|youths|villagers|townspeople|locals)$/;
/** People named by whom they follow: "a Trump supporter", "Sanders backers". */
const FOLLOWER_HEADS = /^(supporters?|backers?|voters?|fans?|loyalists?|followers?|admirers?|devotees?|partisans?)$/;

/** Scare quotes inside a phrase ("the “interim” government") are no part of its name. */
function withoutMarks(text: string): string {
  return /[“”"]/.test(text) ? text.replace(/[“”"]/g, '') : text;
}

/** After quotation marks at j around one to three words that modify a noun right after them, the noun's index; else -1. */
function scareModifierEnd(tokens: Token[], lower: string[], j: number, last: number): number {
  if (lower[j] !== '“' && lower[j] !== '"') return -1;
  for (let k = j + 2; k < last && k <= j + 4; k++) {
    if (lower[k] === '”' || lower[k] === '"') return k + 1 < last && /^(NOUN|PROPN)$/.test(tokens[k + 1].pos) ? k + 1 : -1;
    if (!/^(NOUN|PROPN|ADJ)$/.test(tokens[k - 1].pos)) return -1;
  }
  return -1;
}

/**
 * Where a participle before a named person ends ("newly elected" in "London's newly elected mayor Sadiq
 * Khan"), when one starts at `i`; else -1. Only before a name: "Carson's renewed endorsement" is no
 * side, and its owner stays one for a later "he".
 */
function participleBefore(tokens: Token[], i: number, last: number): number {
  let k = i;
  while (k < last && k - i < 2 && tokens[k].pos === 'ADV' && /ly$/.test(tokens[k].text)) k++;
  if (k >= last || tokens[k].pos !== 'VERB' || !/(?:ed|en)$/.test(tokens[k].text)) return -1;
  // A role noun, then the name: "Muslim mayor Sadiq Khan".
  for (let n = k + 1; n < last && n - k <= 4 && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[n].pos); n++) {
    if (n > k + 1 && tokens[n].pos === 'PROPN' && tokens[n - 1].pos === 'NOUN') return k + 1;
  }
  return -1;
}

export function chunkText(doc: Doc, c: Chunk): string {
  return withoutMarks(doc.text.slice(doc.tokens[c.first].start, doc.tokens[c.last - 1].end));
}

function isCapitalised(s: string): boolean {
  return UPPER_FIRST.test(s);
}

/** A phrase whose turn has come: what it names, or `settle` to work that out when first needed (see ActorResolver.take). */
interface Note {
  c: Chunk;
  /** Whether the phrase is the subject of a verb (pronouns look for subjects first). */
  subject: boolean;
  /** How many phrases took their turn before this one: all that its own look-back may see. */
  after: number;
  actor: Actor | null;
  settle: ((c: Chunk) => Actor | null) | null;
}

/** Pronouns look back through the latest this many actors, of the latest RECENT_KEPT. */
const LOOK_BACK = 12;
const RECENT_KEPT = 60;

interface Memory {
  /** Names already resolved in this article ("Kim", "Kim Jong-un") -> the actor. */
  names: Map<string, Actor>;
  /** Phrases in text order, most recent last; some not yet settled, some settled to no actor. */
  recent: Note[];
}

/** What resolveUncached reads from a phrase's own words (see phraseFacts). */
interface PhraseFacts {
  /** The phrase's tokens as wink gave them: offsets from its start, and tags. */
  tokens: number[];
  tags: string[];
  /** The whole phrase names an international body. */
  igoName: boolean;
  seat: [string, string] | null;
  whole: CountryMatch | null;
  /** The country whose capital the phrase is. */
  cap: string | null;
  sector: string | null;
  plural: boolean;
  /** An international body inside the phrase. */
  igo: boolean;
  /**
   * Countries named inside the phrase, and the person's name it ends in: the costliest facts, and not
   * read when the phrase names a country, capital or seat as a whole. Undefined until first read
   * (countriesOf, personOf).
   */
  found?: readonly CountryInText[];
  personName?: string | null;
}

/** Words for one force a country has, which after one was named mean that one ("the army", "the police"). */
const ONE_FORCE = new Set(['army', 'military', 'navy', 'militia', 'police']);
const SLOGAN_WORD = /^(Death|Down|Shame|Glory|Long|Victory|Freedom|Power)$/;
/** Bodies a state has one of, named again bare ("the junta") after a phrase that said whose. */
export const STATE_HEADS = new Set(['junta', 'government', 'regime', 'military', 'army', 'navy', 'authorities', 'leadership', 'cabinet', 'parliament', 'ministry']);
const NEAR_BODY_CHARS = 1500;
/** How far back (characters) "its neighbor" looks for the other state. */
const NEAR_OTHER_CHARS = 400;
/** Whom a state has over against it: "its neighbor" is another state than the one "its" points to. */
const RIVAL_HEAD = /^(neighbou?r|rival|adversary|enemy|foe|archrival)$/;
/** A possessive before a phrase, which says whose it is. */
const OWNER_BEFORE = /^(his|her|its|their|our|my|your)$/;

/** Resolves phrases to actors for one document, remembering names and recent actors as it goes. */
export class ActorResolver {
  private memory: Memory = { names: new Map(), recent: [] };
  /** What each phrase names by itself, before its turn (see take). */
  private cache = new Map<number, Actor | null>();
  /** The phrases whose turn has come: from then on they name what their turn settled. */
  private turns = new Map<number, Note>();
  /** How many noted phrases a look-back sees: all of them, but only those before a phrase settled after its turn. */
  private horizon = Infinity;
  /** What each phrase text's own words say (see phraseFacts). */
  private phrases = new Map<string, PhraseFacts>();
  private entityAt: { start: number; end: number; entity: Entity }[] = [];
  private longestMention = 0;
  /** The document's token texts in lower case, once: phrases and sentences read them many times. */
  readonly lower: string[] = [];

  private readonly dateline: { start: number; end: number };
  /** Bracketed credits opening or closing a paragraph ("[Marina Fang, HuffPost]"): who wrote an item, no side of it (nor a legislator's party and state). */
  private readonly credits: { start: number; end: number }[] = [];
  /** The two states of each event told so far between sides of two countries, in text order (see noteDyads). */
  private readonly dyads: { at: number; states: [string, string] }[] = [];

  constructor(private readonly doc: Doc) {
    this.dateline = datelineOf(doc);
    for (const m of doc.text.matchAll(CREDIT)) this.credits.push({ start: m.index + m[0].indexOf('['), end: m.index + m[0].length });
    // ("Sen. Bernie Sanders (I-Vt.)", "Rep. Joe Wilson (R-S.C.)": a legislator's party and state, no side either.)
    for (const m of doc.text.matchAll(PARTY_STATE)) this.credits.push({ start: m.index, end: m.index + m[0].length });
    for (const t of doc.tokens) this.lower.push(t.text.toLowerCase());
    for (const e of doc.entities) for (const m of e.mentions) this.entityAt.push({ start: m.start, end: m.end, entity: e });
    this.entityAt.sort((a, b) => a.start - b.start);
    for (const m of this.entityAt) this.longestMention = Math.max(this.longestMention, m.end - m.start);
  }

  /**
   * A phrase's turn in text order: pronouns and "the two leaders" look back through the actors turns
   * named. `settle` works out what the phrase names at its turn (with what follows it, from
   * resolveAlone). Most phrases are settled only when something needs them: most sentences tell no
   * event, and a pronoun looks back only as far as its antecedent. A pronoun settled late looks back
   * only at the phrases before it, as it would have at its turn. A phrase that may recall or remember
   * a name (mayRemember), or whose turn resolves one that reads the memory, settles at once, keeping
   * the order in which names are remembered.
   */
  take(c: Chunk, subject: boolean, settle: (c: Chunk) => Actor | null, now: boolean): void {
    // "I" and "we" name the quote's speaker, whom no later "he" or "they" inside the quote means.
    if (firstPerson(this.lower[c.first], this.doc.tokens[c.first].text)) return;
    const after = this.memory.recent.length;
    const note: Note = now ? { c, subject, after, actor: settle(c), settle: null } : { c, subject, after, actor: null, settle };
    this.turns.set(this.keyOf(c), note);
    this.memory.recent.push(note);
  }

  /** The actor a phrase names, or null when it names none we can tell. */
  resolve(c: Chunk, sentence: number): Actor | null {
    const note = this.turns.get(this.keyOf(c));
    return note ? this.settled(note) : this.resolveAlone(c, sentence);
  }

  /** What a phrase names by itself, as at its turn, whether or not its turn has come. */
  resolveAlone(c: Chunk, sentence: number): Actor | null {
    const key = this.keyOf(c);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    // "ORLANDO, Fla. (Reuters) - Obama met survivors": the agency that filed the story is no side of it.
    const start = this.doc.tokens[c.first].start;
    const a = (start >= this.dateline.start && start < this.dateline.end) || this.credits.some((x) => start >= x.start && start < x.end) ? null : this.resolveUncached(c, sentence);
    this.cache.set(key, a);
    return a;
  }

  /**
   * Whether what a phrase names may depend on what came before it or change what later phrases name:
   * pronouns and pairs look back at the actors noted, person names are recalled and remembered. Any
   * other phrase names the same whenever it is resolved.
   */
  dependsOnMemory(c: Chunk): boolean {
    return this.looksBack(c) || this.mayRemember(c);
  }

  /** A pronoun ("he", "its allies"), a pair ("the two leaders") or a count of states ("the two countries"): what it names was noted before it. */
  private looksBack(c: Chunk): boolean {
    if (this.doc.tokens[c.first].pos === 'PRON' && this.lower[c.first] in PRONOUNS) return true;
    if (c.last - c.first > 4) return false;
    const words = this.lower.slice(c.first, c.last);
    return isPair(words) || statesCounted(words) !== null;
  }

  /**
   * Whether resolving a phrase may recall or remember a person's name, so that phrases resolved after
   * it could name something else. Cheap and conservative: a phrase ending in a name-like word counts,
   * though most of those name a country.
   */
  mayRemember(c: Chunk): boolean {
    const toks = this.doc.tokens;
    // The words personName reads: after the determiners, before a possessive; it needs a name-like last word.
    let a = c.first;
    let b = c.last;
    while (a < b && toks[a].pos === 'DET') a++;
    while (b > a && (toks[b - 1].pos === 'PART' || toks[b - 1].pos === 'PUNCT')) b--;
    if (a >= b) return false;
    const last = toks[b - 1];
    return last.pos === 'PROPN' || last.text === '-' || (b - 1 > a && toks[b - 2].text === '-' && /^[a-z]{1,3}$/.test(last.text));
  }

  /** What a noted phrase names, settled now if it was left for later (seeing only the phrases before it). */
  private settled(note: Note): Actor | null {
    if (note.settle) {
      const settle = note.settle;
      note.settle = null;
      const horizon = this.horizon;
      this.horizon = note.after;
      note.actor = settle(note.c);
      this.horizon = horizon;
    }
    return note.actor;
  }

  /**
   * "I" or "we" in a direct quote: the quote's speaker, as the speaker's phrase names it ("We will
   * respond," the Kremlin said).
   */
  private quoteSpeaker(c: Chunk, sentence: number): Actor | null {
    const qi = quoteAt(this.doc, this.doc.tokens[c.first].start);
    const speaker = qi === null ? null : this.spokenBy(this.doc.quotes[qi], sentence);
    if (!speaker) return null;
    if (c.last - c.first > 1) {
      // "our troops" are the speaker's country's; "our soil", "our campaign" are not the speaker.
      const rest = this.headSector(this.lower.slice(c.first + 1, c.last));
      return rest ? this.actor(c, { entity: null, name: chunkText(this.doc, c), country: speaker.country, sector: rest, kind: 'group', plural: true }) : null;
    }
    return this.actor(c, { entity: speaker.entity, name: speaker.name, country: speaker.country, sector: speaker.sector, kind: speaker.kind, plural: speaker.plural, members: speaker.members });
  }

  /**
   * Who a quote's speaker is: the entity the quote stage resolved the speaker to, else what the
   * speaker's phrase names ("the company"). A pronoun with no entity is left unknown: the quote stage
   * already looked for whom it means.
   */
  private speakerActor(entityId: string | null | undefined, m: { start: number; end: number }, sentence: number): Actor | null {
    const ent = entityId ? this.entityById(entityId) : undefined;
    // ("The Lebanese army said": a people's word names no speaker; the phrase it begins may.)
    if (ent && ent.type !== 'NORP') {
      const kind: Actor['kind'] = ent.type === 'PERSON' ? 'person' : ent.type === 'GPE' ? 'country' : 'org';
      return { entity: ent.id, name: ent.name, country: ent.country, sector: ent.sector, kind, plural: false, start: m.start, end: m.end, members: undefined };
    }
    const toks = this.doc.tokens;
    const first = firstWhere(0, toks.length, (i) => toks[i].start >= m.start);
    const last = firstWhere(first, toks.length, (i) => toks[i].start >= m.end);
    if (first >= toks.length || toks[first].start !== m.start || last <= first || toks[first].pos === 'PRON') return null;
    return this.resolveAlone({ first, last }, sentence);
  }

  /** A number rather than a string key: phrases are looked up many times per sentence. */
  private keyOf(c: Chunk): number {
    return c.first * (this.doc.tokens.length + 1) + c.last;
  }

  private actor(c: Chunk, fields: Omit<Actor, 'start' | 'end' | 'members'> & { members?: Actor[] }): Actor {
    // Field by field rather than by spread: the callers pass objects of several shapes (literals, other
    // actors), and a spread over them was the costliest line of the stage. Actors never reach the output
    // whole (toEventActor picks its fields), so their key order does not matter.
    return {
      entity: fields.entity, name: fields.name, country: fields.country, sector: fields.sector, kind: fields.kind, plural: fields.plural,
      start: this.doc.tokens[c.first].start, end: this.doc.tokens[c.last - 1].end, members: fields.members,
    };
  }

  private resolveUncached(c: Chunk, sentence: number): Actor | null {
    const toks = this.doc.tokens.slice(c.first, c.last);
    const after = this.doc.tokens[c.last];
    const after2 = this.doc.tokens[c.last + 1];
    // "Syrian-backed", "Seoul-based", "Virginia-class": a modifier of what follows, not an actor.
    if (after && after2 && after.text === '-' && after.start === toks[toks.length - 1].end && /^(backed|based|led|made|controlled|occupied|held|ruled|run|owned|funded|born|brokered|class|era|style)$/i.test(after2.text)) return null;
    const before = this.doc.tokens[c.first - 1];
    if (before && before.text === '-' && /^(pro|anti|non|ex)$/i.test(this.doc.tokens[c.first - 2]?.text ?? '')) return null;
    const d = data();
    const lowWords = this.lower.slice(c.first, c.last);
    // "threatened to use force", "by force": force itself, no armed body.
    if (lowWords.length === 1 && lowWords[0] === 'force') return null;
    if (firstPerson(lowWords[0], toks[0].text)) return this.quoteSpeaker(c, sentence);
    // ("Fighters of the Islamic State", "Members of Hamas", "Rebels of the Arakan Army": the body they belong to.)
    if (lowWords.length > 2 && lowWords[1] === 'of' && MEMBERS_OF.test(lowWords[0])) {
      const body = this.resolve({ first: c.first + 2, last: c.last }, sentence);
      if (body && (body.country || body.sector)) return this.actor(c, { entity: body.entity, name: body.name, country: body.country, sector: body.sector, kind: body.kind, plural: true, members: body.members });
    }
    // ("A spokesperson for the U.S. State Department said …": one who speaks for a body is that body in the news.)
    // ("A statement from the U.S. State Department urged restraint": so is its statement.)
    const headWord = lowWords[lowWords.length - 1];
    const voice = (SPEAKS_FOR.test(headWord) && this.lower[c.last] === 'for') || (STATEMENT_WORDS.test(headWord) && (this.lower[c.last] === 'from' || this.lower[c.last] === 'by'));
    if (lowWords.length <= 3 && voice && c.last + 1 < this.doc.tokens.length) {
      const all = this.doc.tokens;
      let end = c.last + 1;
      while (end < all.length && end < c.last + 10 && all[end].sentence === all[c.last].sentence) end++;
      const next = chunkSentence(all, this.lower, c.last + 1, end)[0];
      const body = next && next.first === c.last + 1 ? this.resolve(next, sentence) : null;
      if (body && (body.kind === 'org' || body.kind === 'country')) return this.actor(c, { entity: body.entity, name: body.name, country: body.country, sector: body.sector, kind: body.kind, plural: false, members: body.members });
    }
    // ("Israel's military said troops had killed …", "Russia's Defense Ministry said air defenses had shot down …":
    // a force no one names, opening what a state's body reports, is that state's.)
    if (lowWords.length <= 4 && BARE_FORCE.test(lowWords.join(' '))) {
      const state = this.reportingState(c.first, sentence);
      if (state) return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: state, sector: 'MIL', kind: 'group', plural: true });
    }
    // Pronouns point back to someone already named.
    if (toks[0].pos === 'PRON' && lowWords[0] in PRONOUNS) {
      const p = PRONOUNS[lowWords[0]];
      if (toks.length > 1) {
        // "his Greek counterpart" names its own country; "its allies" only through the pronoun.
        const own = this.resolve({ first: c.first + 1, last: c.last }, sentence);
        if (own?.country) return own;
        // ("India … suspended a treaty with its neighbor": the other state named just before, never the one
        // "its" points to.)
        if (lowWords.length === 2 && lowWords[0] === 'its' && RIVAL_HEAD.test(lowWords[1])) {
          const owner = this.lookBack(p, toks[0].start, false);
          const other = owner?.country && owner.kind === 'country' ? this.otherCountryBefore(toks[0].start, owner.country) : null;
          return other ? this.actor(c, { entity: null, name: countryByCode(other)?.name ?? chunkText(this.doc, c), country: other, sector: null, kind: 'country', plural: false }) : null;
        }
      }
      const owner = toks.length === 1 ? this.claimOwner(c.first, sentence) ?? this.reporterOf(c.first, sentence) : null;
      if (owner && this.fits(p, owner, pronounGender(lowWords[0]))) return this.actor(c, { ...owner, members: owner.members });
      // "spoke with Aliyev and urged him to cease": one acted on earlier in the sentence, not its subject.
      const acted = toks.length === 1 && OBJECTS.has(lowWords[0]) ? this.objectBefore(p, c.first, pronounGender(lowWords[0])) : null;
      if (acted) return this.actor(c, { ...acted, members: acted.members });
      const rest = toks.length > 1 ? this.headSector(lowWords.slice(1)) : null;
      // A possessive before a noun ("his diplomatic tour") points to the nearest fit, a bare pronoun to the latest subject;
      // so does a possessive before forces ("Russia has warned … to Ukraine …. On Sunday, its forces struck …": whose
      // forces act is who the story follows, not the state named last).
      // ("Estonian Prime Minister Kristen Michal said his government had called a meeting": the teller's own,
      // when the report opens with it, whatever a first name guesses of the teller's sex.)
      const teller = toks.length > 1 && rest ? this.reporterOf(c.first, sentence, true) : null;
      const back = teller && this.fits(p, teller, undefined) ? teller
        : this.lookBack(p, toks[0].start, toks.length > 1 && rest !== 'MIL', pronounGender(lowWords[0]));
      if (!back) return null;
      if (toks.length > 1 && p !== 'they' && rest) {
        // "its allies", "his government": a group belonging to the one named before.
        return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: back.country, sector: rest, kind: 'group', plural: true });
      }
      return this.actor(c, { entity: back.entity, name: back.name, country: back.country, sector: rest ?? back.sector, kind: back.kind, plural: back.plural, members: back.members });
    }
    // "the group", "the militants", "the militant group": the armed group named last, when one was.
    if (lowWords[0] === 'the' && (lowWords.length === 2 || (lowWords.length === 3 && ARMED_MODIFIERS.test(lowWords[1]))) && ARMED_GROUP_HEADS.test(lowWords[lowWords.length - 1])) {
      const g = this.lastArmedGroup(toks[0].start, lowWords[lowWords.length - 1]);
      if (g) return this.actor(c, { entity: g.entity, name: g.name, country: g.country, sector: g.sector, kind: g.kind, plural: g.plural, members: g.members });
    }
    // "detected 42 Chinese military aircraft …, and that 26 of the aircraft had crossed the median line": forces
    // named again by their kind are those of that kind counted last, when a state's: its forces, told as the state.
    if (lowWords.length === 2 && lowWords[0] === 'the' && SEEN_FORCES.test(lowWords[1])) {
      const head = lowWords[1];
      const seen = this.scanBack(toks[0].start, (a) => (a.country && a.kind !== 'country' && a.name.toLowerCase().split(/\s+/).pop() === head ? a : undefined));
      if (seen) return this.actor(c, { entity: null, name: countryByCode(seen.country!)?.name ?? seen.name, country: seen.country, sector: 'MIL', kind: 'country', plural: false });
    }
    // "The agency urged …", "the department said": the body of that head named last (the Cybersecurity and
    // Infrastructure Security Agency, the Department of Foreign Affairs).
    if (lowWords.length === 2 && lowWords[0] === 'the' && BODY_WORDS.has(lowWords[1])) {
      const body = this.lastBodyHeaded(lowWords[1], toks[0].start);
      if (body) return this.actor(c, { entity: body.entity, name: body.name, country: body.country, sector: body.sector, kind: body.kind, plural: false, members: undefined });
    }
    // "urged the bloc to go further", "the 32-member alliance": the union, alliance or cartel of states of that kind
    // named last (the European Union, NATO, OPEC), not any body ("the opposition alliance" is none of them).
    const bloc = lowWords[0] === 'the' && lowWords.length <= 6 ? BLOCS[lowWords[lowWords.length - 1]] : undefined;
    if (bloc && chunkText(this.doc, c).toLowerCase().split(/\s+/).slice(1, -1).every((w) => BLOC_MODIFIER.test(w))) {
      // (Named once, and then only as "the bloc": looked for further back than a pronoun's antecedent.)
      const named = this.scanBack(toks[0].start, (a) => (a.entity && bloc.has(this.entityById(a.entity)?.kb ?? '') ? a : undefined), RECENT_KEPT);
      if (named) return this.actor(c, { entity: named.entity, name: named.name, country: named.country, sector: named.sector, kind: named.kind, plural: false, members: undefined });
    }
    // "the warring parties", "both sides": the last two armed forces named, when two were; of one country (a civil
    // war: "the army" and "the RSF"), one side named as the text names them, since events are told apart by country.
    if (WARRING.test(lowWords.join(' '))) {
      const two = this.lastTwoArmed(toks[0].start);
      const one = two.length === 2 && two[0].country === two[1].country;
      const name = chunkText(this.doc, c).replace(/^the\s+/i, '');
      // (Armed groups of two states whose states were told acting on each other are the states: "Iranian
      // terrorists" and the Baluchistan Liberation Front, when Pakistan and Iran struck each other.)
      const states = two.length < 2 ? this.lastDyad(toks[0].start, c)
        : one || !two[0].country || !two[1].country ? null : this.lastDyad(toks[0].start, c, [two[0].country, two[1].country]);
      if (states) return this.actor(c, { entity: null, name, country: null, sector: null, kind: 'group', plural: true, members: states });
      if (two.length === 2) return this.actor(c, { entity: null, name, country: one ? two[0].country : null, sector: one ? 'MIL' : null, kind: 'group', plural: true, members: one ? undefined : two });
    }
    // "the two countries", "both nations", "the three European powers": the last states named, as many as it counts.
    const states = statesCounted(lowWords);
    if (states) {
      const named = this.lastStates(toks[0].start, states.n, states.region);
      if (named.length === states.n) return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: null, sector: null, kind: 'group', plural: true, members: named.reverse() });
    }
    // "the two leaders", "both leaders": the last two people named.
    if (isPair(lowWords)) {
      const pair = this.lastTwo(toks[0].start);
      if (pair.length) return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: pair[0].country, sector: pair[0].sector, kind: 'group', plural: true, members: pair });
    }
    const named = this.entityIn(c);
    const others = named ? this.othersOf(c, named.actor) : null;
    if (others) return others;
    const ent = named?.actor ?? null;
    // "opposed the Iraq War": a war is no side of Iraq's; it keeps its name and takes no country.
    if (named?.type === 'EVENT') return copyActor(named.actor, { country: null });
    // "the Paris accord", "the Minsk agreement": named by a place, and no side of its country. The entity
    // layer keeps "Paris" a GPE there (as NER gold does); only as a side is the phrase the accord.
    if (named && toks.length > 1 && AGREEMENT_HEADS.has(lowWords[lowWords.length - 1]) && named.actor.country
      && this.doc.tokens[c.last - 1].start >= named.actor.end) {
      return copyActor(named.actor, { entity: null, name: chunkText(this.doc, c).replace(/^(the|a|an)\s+/i, ''), country: null, sector: null, kind: 'org' });
    }
    // "A New York man", "a Moscow resident", "Sen. Ron Wyden, an Oregon Democrat", "Ohio officials": a person or
    // people of a place, not the place.
    const head = lowWords[lowWords.length - 1];
    const ofPlace = !!named && (named.type === 'GPE' || named.type === 'LOC') && toks.length > 1 && !!named.actor.country && named.actor.end <= toks[toks.length - 1].start;
    if (ofPlace && RESIDENT_HEADS.test(head)) {
      const plural = /s$|^(men|women|people)$/.test(head);
      return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: named!.actor.country, sector: 'CVL', kind: plural ? 'group' : 'person', plural });
    }
    if (ofPlace && PLACE_POLITICIANS.test(head)) {
      const plural = /s$|^(congressmen|congresswomen)$/.test(head);
      // ("the Vermont senator": Bernie Sanders, when he was named before and his office is Vermont's.)
      const holder = lowWords[0] === 'the' && !plural ? this.officeHolderOf(named!.actor.name, toks[0].start) : null;
      if (holder) return this.actor(c, { entity: holder.entity, name: holder.name, country: holder.country, sector: holder.sector, kind: holder.kind, plural: false, members: undefined });
      return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: named!.actor.country, sector: /^(democrat|republican)s?$/.test(head) ? 'PTY' : this.headSector(lowWords), kind: plural ? 'group' : 'person', plural });
    }
    // "a Trump supporter", "Sanders backers": people who follow a person, not the person.
    if (named && named.type === 'PERSON' && toks.length > 1 && named.actor.end <= toks[toks.length - 1].start && FOLLOWER_HEADS.test(lowWords[lowWords.length - 1])) {
      const plural = lowWords[lowWords.length - 1].endsWith('s');
      return this.actor(c, { entity: null, name: chunkText(this.doc, c), country: named.actor.country, sector: 'CVL', kind: plural ? 'group' : 'person', plural });
    }
    // "the Biden administration", "the Netanyahu government": the state a leader heads, not the leader.
    if (named && named.type === 'PERSON' && toks.length > 1 && named.actor.country && named.actor.end <= toks[toks.length - 1].start
      && /^(administration|government|cabinet)$/.test(lowWords[lowWords.length - 1])) {
      return this.actor(c, { entity: null, name: chunkText(this.doc, c).replace(/^(the|a|an)\s+/i, ''), country: named.actor.country, sector: 'GOV', kind: 'org', plural: false });
    }
    if (ent && ent.country && !this.countryBefore(c, ent)) return ent;
    // Strip determiners and a trailing possessive for name lookups.
    let a = 0;
    let b = toks.length;
    while (a < b && toks[a].pos === 'DET') a++;
    while (b > a && (toks[b - 1].pos === 'PART' || toks[b - 1].pos === 'PUNCT')) b--;
    if (a >= b) return null;
    const text = withoutMarks(this.doc.text.slice(toks[a].start, toks[b - 1].end));
    const f = this.phraseFacts(text, toks, a, b, lowWords);
    // ("Putin warned the West", "Western allies": the Western states as one bloc, a side of no single country.)
    if (WEST.test(text)) return this.actor(c, { entity: null, name: 'the West', country: null, sector: 'IGO', kind: 'group', plural: text !== 'West' });
    if (f.igoName || (ent && !ent.country && this.igoIn(lowWords))) return this.actor(c, { entity: ent?.entity ?? null, name: ent?.name ?? text, country: null, sector: 'IGO', kind: ent?.kind ?? 'org', plural: false });
    const { seat, whole, cap, sector, plural, igo } = f;
    if (seat) return this.actor(c, { entity: null, name: text, country: seat[0], sector: seat[1], kind: 'org', plural: false });
    if (whole && whole.via === 'name') {
      return this.actor(c, { entity: null, name: countryByCode(whole.iso3)?.name ?? text, country: whole.iso3, sector: null, kind: 'country', plural: false });
    }
    if (cap && b - a <= 2) return this.actor(c, { entity: null, name: text, country: cap, sector: 'GOV', kind: 'country', plural: false });
    // ("Billionaire Mark Cuban", "Cuban also said": a people's word inside a person's own name says nothing of
    // the person's country.)
    // (A people named in the plural is never a family name: "Young Algerians" are Algerians.)
    const inName = (from: number, to: number): boolean => ent?.kind === 'person' && toks[a].start + from >= ent.start && toks[a].start + to <= ent.end && !/s$/.test(text.slice(from, to));
    const dem = whole?.via === 'demonym' && !inName(0, text.length) ? whole.iso3 : null;
    const inText = whole?.via === 'demonym' ? null : this.countriesOf(f, text, toks, a, b)[0];
    const found = inText && inText.demonym && inName(inText.start, inText.end) ? null : inText;
    const iso3 = dem ?? found?.iso3;
    if (iso3) {
      // The entity layer named the person or body; the phrase says whose it is ("U.S. negotiator Paul Nitze").
      if (ent) return copyActor(ent, { country: iso3, sector: ent.sector ?? sector });
      const personName = this.personOf(f, toks, a, b, lowWords);
      // "Thousands of Ukrainians": people of a country, not the country (whose protest would be a complaint).
      const people = !!found?.demonym && found.end === text.length && /s$/.test(text);
      const kind = personName ? 'person' : whole?.via === 'demonym' || people ? 'group' : sector ? 'group' : 'country';
      const name = personName ?? text;
      const actor = this.actor(c, { entity: null, name, country: iso3, sector: sector ?? (personName ? 'GOV' : null), kind, plural: plural || whole?.via === 'demonym' });
      if (personName) this.remember(personName, actor);
      return actor;
    }
    if (igo) return this.actor(c, { entity: ent?.entity ?? null, name: ent?.name ?? text, country: null, sector: 'IGO', kind: 'org', plural: false });
    if (ent) return ent;
    const personName = this.personOf(f, toks, a, b, lowWords);
    if (personName) {
      const known = this.recall(personName);
      if (known) return this.actor(c, { ...known, name: known.name });
      const actor = this.actor(c, { entity: null, name: personName, country: null, sector: sector ?? null, kind: 'person', plural: false });
      this.remember(personName, actor);
      return actor;
    }
    // "Israel Defense Forces spokesman … said the army had killed …": the one body of that kind named just before.
    if (sector && a === 1 && b === 2 && lowWords[0] === 'the' && ONE_FORCE.has(lowWords[1])) {
      const body = this.bodyBefore(toks[a].start, sector);
      if (body) return this.actor(c, { entity: body.id, name: body.name, country: body.country, sector, kind: 'org', plural: false });
    }
    // "Niger's military junta … The junta accused France": the state's body of that name told just before.
    // (Not "the government of Costa Rica": the words after it say whose.)
    if (sector && a === 1 && b === 2 && lowWords[0] === 'the' && STATE_HEADS.has(lowWords[1]) && this.lower[c.last] !== 'of') {
      const owner = this.ownerBefore(lowWords[1], toks[a].start);
      if (owner) return this.actor(c, { entity: null, name: text, country: owner, sector, kind: 'group', plural: false });
    }
    // "The junta denies the accusations" in a story filed from Bamako: the home state's, as a speaker's is.
    // ("his government", "its army" are whose the possessive says.)
    if (sector && this.doc.home && (a === 0 || (a === 1 && lowWords[0] === 'the')) && !OWNER_BEFORE.test(this.lower[c.first - 1] ?? '') && bareStateBody(text)) return this.actor(c, { entity: null, name: text, country: this.doc.home, sector, kind: 'group', plural });
    if (sector) return this.actor(c, { entity: null, name: text, country: null, sector, kind: 'group', plural });
    return null;
  }

  /**
   * The country of the latest "Niger's (military) junta", "the Chinese government" before `before`
   * (within a few paragraphs), a phrase with the same head whose country a place or people names.
   */
  private ownerBefore(head: string, before: number): string | null {
    const text = this.doc.text;
    return this.mentionBefore(before, NEAR_BODY_CHARS, (m) => {
      if ((m.entity.type !== 'GPE' && m.entity.type !== 'NORP') || !m.entity.country) return false;
      const rest = /^(?:['’]s)?((?:\s+[a-z-]+){1,3})/.exec(text.slice(m.end, m.end + 40));
      // ("Niger's military rulers … The junta welcomed": one military rule by another of its names.)
      return (!!rest && rest[1].trim().split(/\s+/).includes(head)) || (isMilitaryRule(head) && ruleNamedAfter(text.slice(m.end, m.end + 40)));
    })?.entity.country ?? null;
  }

  /** The latest mention ending before `before`, at most `within` characters back, that `test` accepts. */
  private mentionBefore(before: number, within: number, test: (m: { start: number; end: number; entity: Entity }) => boolean): { start: number; end: number; entity: Entity } | null {
    for (let i = this.firstEndingAfter(before) - 1; i >= 0; i--) {
      const m = this.entityAt[i];
      if (m.end > before) continue;
      if (before - m.end > within) return null;
      if (test(m)) return m;
    }
    return null;
  }

  /** The organisation of a sector and a country named last before `before`, within a few paragraphs. */
  private bodyBefore(before: number, sector: string): Entity | null {
    return this.mentionBefore(before, NEAR_BODY_CHARS, (m) => m.entity.type === 'ORG' && m.entity.sector === sector && !!m.entity.country)?.entity ?? null;
  }

  /**
   * "Mr. Sanders's supporters", "Trump's critics": people named by whom they stand for or against are
   * a group of their own, in the named one's country, not the named one.
   */
  private othersOf(c: Chunk, named: Actor): Actor | null {
    const toks = this.doc.tokens;
    let k = c.first;
    while (k < c.last && toks[k].end <= named.end) k++;
    const head = this.lower[c.last - 1];
    const kin = KIN.has(head);
    if (k >= c.last - 1 || !isApos(toks[k]) || (!OTHER_PEOPLE.has(head) && !kin)) return null;
    let a = c.first;
    while (a < c.last && toks[a].pos === 'DET') a++;
    // "Kim Jong Un's powerful sister warned …": a relative is a person of their own, of the named one's country.
    if (kin) return this.actor(c, { entity: null, name: this.doc.text.slice(toks[a].start, toks[c.last - 1].end), country: named.country, sector: null, kind: /s$|children|family/.test(head) ? 'group' : 'person', plural: /s$|children/.test(head) });
    // A person's supporters are mostly their compatriots; a country's allies and rivals are other countries.
    return this.actor(c, { entity: null, name: this.doc.text.slice(toks[a].start, toks[c.last - 1].end), country: named.kind === 'person' ? named.country : null, sector: this.headSector(this.lower.slice(k + 1, c.last)), kind: 'group', plural: true });
  }

  /**
   * What the words of a phrase say on their own, whatever the article around them: the same phrase
   * ("Trump", "the campaign") recurs through an article, so this is kept per document under the phrase's
   * text, and used again only when wink split and tagged the words the same way. (A per-process table
   * measured slower: its lookups miss the CPU cache.)
   */
  private phraseFacts(text: string, toks: Token[], a: number, b: number, lowWords: string[]): PhraseFacts {
    const base = toks[a].start;
    const hit = this.phrases.get(text);
    if (hit && hit.tokens.length === b - a) {
      let same = true;
      for (let i = a; i < b && same; i++) same = hit.tokens[i - a] === toks[i].start - base && hit.tags[i - a] === toks[i].pos;
      if (same) return hit;
    }
    const d = data();
    const key = normName(text);
    const seat = d.seats.get(key) ?? null;
    // A country is named with a capital: "the island" is no "Ísland", "turkey" no Turkey.
    const whole = HAS_UPPER.test(text) ? matchCountryKey(text, key) : null;
    const cap = isCapitalised(text) ? capitalCountryKey(key) : null;
    const words = lowWords.slice(a, b);
    const sector = this.headSector(words, toks[b - 1].pos === 'PROPN');
    const plural = /s$/.test(words[words.length - 1]) && toks[b - 1].pos === 'NOUN';
    // International bodies inside a longer phrase: "U.N. helicopters", "the UN refugee agency".
    const igo = this.igoIn(words);
    const tokens: number[] = [];
    const tags: string[] = [];
    for (let i = a; i < b; i++) { tokens.push(toks[i].start - base); tags.push(toks[i].pos); }
    const facts: PhraseFacts = { tokens, tags, igoName: d.igo.has(key), seat, whole, cap, sector, plural, igo };
    this.phrases.set(text, facts);
    return facts;
  }

  /** The phrase facts' countries inside the phrase (see countriesInPhrase), worked out when first read. */
  private countriesOf(f: PhraseFacts, text: string, toks: Token[], a: number, b: number): readonly CountryInText[] {
    f.found ??= countriesInPhrase(text, toks, a, b);
    return f.found;
  }

  /** The phrase facts' person name (see personName), worked out when first read. */
  private personOf(f: PhraseFacts, toks: Token[], a: number, b: number, lowWords: string[]): string | null {
    if (b - a === 1 && (theName(toks, a) || f.sector || STATE_ABBREVIATION.test(toks[a].text))) return null;
    // ("to 5% of GDP", "its ICBMs": an abbreviation of a thing, no one's name.)
    if (b - a === 1 && NOT_ORG_ACRONYMS.has(toks[a].text.toUpperCase()) && /^[A-Z0-9]+s?$/.test(toks[a].text)) return null;
    // A chant's first word: "Death to Israel", "Down with France", "Shame on you".
    if (b - a === 1 && SLOGAN_WORD.test(toks[a].text) && /^\s+(to|with|on|live)\b/i.test(this.doc.text.slice(toks[a].end, toks[a].end + 6))) return null;
    // "Sen. John McCain (R)", "Ron Johnson (R-Wis.)": a party label, no one's name.
    if (PARTY_LABEL.test(this.doc.text.slice(toks[a].start, toks[b - 1].end))) return null;
    if (f.personName === undefined) f.personName = this.personName(toks.slice(a, b), lowWords.slice(a, b));
    return f.personName;
  }

  /**
   * A different country named in the phrase around the entity's own mention: "The Ivory Coast's Supreme
   * Court", "two American aid groups", "King Hassan of Morocco". The phrase beats a KB guess.
   */
  private countryBefore(c: Chunk, ent: Actor): boolean {
    const s = this.doc.tokens[c.first].start;
    const e = this.doc.tokens[c.last - 1].end;
    const around = `${this.doc.text.slice(s, Math.max(s, ent.start))} ${this.doc.text.slice(Math.min(e, ent.end), e)}`;
    if (!around.trim()) return false;
    // ("former Georgia Gov. Jimmy Carter": an American's Georgia is the state.)
    return countriesIn(around).some((f) => f.iso3 !== ent.country && !(f.iso3 === 'GEO' && ent.country === 'USA'));
  }

  /** The entity a phrase names, as an actor, with the entity's type. */
  /** The country of the latest place or people before `before` (within a sentence or two) that is not `not`'s. */
  private otherCountryBefore(before: number, not: string): string | null {
    return this.mentionBefore(before, NEAR_OTHER_CHARS, (m) => (m.entity.type === 'GPE' || m.entity.type === 'NORP') && !!m.entity.country && m.entity.country !== not)?.entity.country ?? null;
  }

  /** The place entity named by exactly the text [start, end), or null. */
  placeAt(start: number, end: number): Entity | null {
    for (let i = this.firstEndingAfter(start); i < this.entityAt.length && this.entityAt[i].start <= start; i++) {
      const m = this.entityAt[i];
      if (m.start === start && m.end === end && (m.entity.type === 'GPE' || m.entity.type === 'LOC')) return m.entity;
    }
    return null;
  }

  private entityIn(c: Chunk): { actor: Actor; type: Entity['type'] } | null {
    const s = this.doc.tokens[c.first].start;
    const e = this.doc.tokens[c.last - 1].end;
    // The mention that ends last in the phrase is its head: "Russia's Tass news agency" -> Tass.
    let best: { start: number; end: number; entity: Entity } | null = null;
    // In "King Hassan of Morocco" the head is before "of".
    let headEnd = e;
    let titled = false;
    for (let i = c.first + 1; i < c.last; i++) {
      if (this.lower[i] !== 'of') continue;
      headEnd = this.doc.tokens[i].start;
      titled = /^\p{Lu}/u.test(this.doc.tokens[i - 1].text);
      break;
    }
    // "Secretary of State Antony Blinken" has no mention before its "of": a person named last is the head
    // ("the president of Russia" is no side of Russia's: it stays a title).
    let last: { start: number; end: number; entity: Entity } | null = null;
    let owner: { start: number; end: number; entity: Entity } | null = null;
    for (let i = this.firstEndingAfter(s); i < this.entityAt.length; i++) {
      const m = this.entityAt[i];
      if (m.start >= e) break;
      if (m.end <= s) continue;
      // ("Iranian-backed militias", "Iran-backed militias": the backer is no head of the phrase.)
      if (m.end < e && BACKED_BY.test(this.doc.text.slice(m.end, m.end + 12)) && BACKED_FORCES.test(this.lower[c.last - 1])) continue;
      // ("three Virginia-class submarines", "Soviet-era tanks": a name that says what kind of thing it is heads nothing.)
      if (m.end < e && /^-(class|era|style)\b/i.test(this.doc.text.slice(m.end, m.end + 8))) continue;
      if (m.start < headEnd && (!best || m.end > best.end)) best = m;
      if (m.end === e && m.entity.type === 'PERSON') last = m;
      if (/^['’]s?\s/.test(this.doc.text.slice(m.end, m.end + 3))) owner = m;
    }
    // ("Sweden's NATO bid", "Russia's UN ambassador": whose bid to join or envoy, not the body.)
    if (owner && best && best !== owner && best.entity.type === 'ORG' && MEMBERSHIP_HEADS.has(this.lower[c.last - 1])) best = owner;
    // ("U.S. Secretary of State Antony Blinken": a capitalised title before "of" heads nothing; the name after it does.)
    if (last && (!best || (titled && last.start > headEnd))) best = last;
    if (!best) return null;
    const ent = best.entity;
    // A people's adjective names its country directly ("French" is France, whatever a KB row says).
    const own = ent.type === 'NORP' ? matchCountry(this.doc.text.slice(best.start, best.end))?.iso3 ?? null : null;
    const country = own ?? ent.country;
    if (ent.type === 'NORP' && !country) return null;
    const words = this.lower.slice(c.first, c.last);
    // "the Benghazi victims", "Paris residents": people a place names, not the place. Victims of what
    // happened there are no side of its country; its residents and voters are.
    const people = ent.type === 'GPE' && best.end < e ? PLACE_PEOPLE[words[words.length - 1]] : undefined;
    if (people !== undefined) {
      let a = c.first;
      while (a < c.last && this.doc.tokens[a].pos === 'DET') a++;
      const name = this.doc.text.slice(this.doc.tokens[a].start, e);
      return { actor: this.actor(c, { entity: null, name, country: people === 'theirs' ? ent.country : null, sector: this.headSector(words), kind: 'group', plural: true }), type: 'NORP' };
    }
    // "a Pakistan-based militant group", "a Seoul-based think tank": a body of that place, named by the phrase,
    // not the place itself.
    if (ent.type === 'GPE' && best.end < e && /^-based\b/i.test(this.doc.text.slice(best.end, best.end + 7))) {
      const sector = this.headSector(words);
      if (sector) {
        let a = c.first;
        while (a < c.last && this.doc.tokens[a].pos === 'DET') a++;
        const name = this.doc.text.slice(this.doc.tokens[a].start, e);
        return { actor: this.actor(c, { entity: null, name, country, sector, kind: 'group', plural: /s$/.test(words[words.length - 1]) }), type: 'ORG' };
      }
    }
    const kind: Actor['kind'] = ent.type === 'PERSON' ? 'person' : ent.type === 'GPE' ? 'country' : ent.type === 'NORP' && !ONE_BODY.has(words[words.length - 1]) ? 'group' : 'org';
    const actor: Actor = {
      entity: ent.type === 'NORP' ? null : ent.id,
      name: ent.type === 'NORP' ? chunkText(this.doc, c) : ent.name,
      country,
      sector: ent.sector ?? this.headSector(words),
      kind,
      plural: kind === 'group',
      start: best.start,
      end: best.end,
      members: undefined,
    };
    return { actor, type: ent.type };
  }

  /**
   * The first mention (in start order) that could end after `pos`: one starting more than the
   * longest mention's length before `pos` ends before it. Saves scanning the article from its top.
   */
  private firstEndingAfter(pos: number): number {
    const from = pos - this.longestMention;
    let lo = 0;
    let hi = this.entityAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entityAt[mid].start < from) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** The sector the phrase's nouns name, the last (head) noun first. */
  headSector(words: string[], nameHead = false): string | null {
    const d = data();
    // The head noun decides ("military aid" is aid); a name at the end lets its title speak ("Defense Minister Sergei Shoigu").
    for (let end = words.length; end > (nameHead ? 0 : words.length - 1); end--) {
      for (const p of d.sectorPhrases.get(words[end - 1]) ?? []) {
        const n = p.words.length;
        if (n > end) continue;
        let ok = true;
        for (let k = 0; k < n; k++) if (words[end - n + k] !== p.words[k]) { ok = false; break; }
        if (ok) return p.sector;
      }
    }
    // "gang members", "militia fighters", "party members": people of a kind of body are of its sector.
    if (words.length > 1 && MEMBERS_OF.test(words[words.length - 1])) return this.headSector(words.slice(0, -1));
    return null;
  }

  private igoIn(words: string[]): boolean {
    const d = data();
    for (let i = 0; i < words.length; i++) {
      // Only a body's first word (or "the", which the lookup drops) can start one of its names.
      const w = words[i];
      if (!d.igoFirst.has(w) && w !== 'the' && !w.includes(' ')) continue;
      for (let j = Math.min(words.length, i + 6); j > i; j--) {
        if (d.igo.has(words.slice(i, j).join(' ').replace(/^the /, ''))) {
          // "un" and "who" are only bodies in capitals.
          return true;
        }
      }
    }
    return false;
  }

  /** The name part of a phrase that names a person ("Russian President Vladimir Putin" -> "Vladimir Putin"). */
  private personName(toks: Token[], words: string[]): string | null {
    const d = data();
    if (words.some((w) => d.orgWords.has(w))) return null;
    let k = toks.length;
    // The run of capitalised name words at the end of the phrase.
    while (k > 0 && (toks[k - 1].pos === 'PROPN' || (toks[k - 1].text === '-' || /^[a-z]{1,3}$/.test(toks[k - 1].text) && k > 1 && toks[k - 2].text === '-')) && !d.titles.has(words[k - 1])) k--;
    const nameToks = toks.slice(k).filter((t) => t.text !== '-' && !matchCountry(t.text));
    if (!nameToks.length) return null;
    if (nameToks.some((t) => !isCapitalised(t.text) && !/^[a-z]{1,3}$/.test(t.text))) return null;
    // ("delivered S-400 missiles to India", "the sale of F-16s": a designation with a number is a weapon's or a model's.)
    if (nameToks.some((t) => /^\p{L}{1,6}-\d+\p{L}*$/u.test(t.text))) return null;
    const titled = k > 0 && toks.slice(0, k).some((t) => d.titles.has(t.text.toLowerCase()));
    if (!titled && nameToks.length < 2 && (toks.length > 1 || d.igo.has(words[0]) || capitalCountry(nameToks[0].text))) return null;
    if (nameToks.length === 1 && matchCountry(nameToks[0].text)) return null;
    // "until June", "in November": a month or a weekday alone names a time, not a person.
    if (nameToks.length === 1 && !titled && CALENDAR_NAMES.has(nameToks[0].text.toLowerCase())) return null;
    return this.doc.text.slice(toks[k].start, toks[toks.length - 1].end).replace(/\s+/g, ' ');
  }

  private remember(name: string, actor: Actor): void {
    if (!actor.country && !actor.entity) return;
    const parts = name.split(/\s+/);
    this.memory.names.set(normName(name), actor);
    const last = parts[parts.length - 1];
    // "Kim Jong-un" is "Mr. Kim": Korean and Chinese names put the family name first.
    const family = /-/.test(last) && parts.length >= 2 ? parts[0] : last;
    if (!this.memory.names.has(normName(family))) this.memory.names.set(normName(family), actor);
  }

  private recall(name: string): Actor | null {
    const parts = name.split(/\s+/);
    return this.memory.names.get(normName(name)) ?? this.memory.names.get(normName(parts[parts.length - 1])) ?? null;
  }

  /**
   * "North Korea's claim that it had tested a hydrogen weapon": a pronoun opening the clause of an
   * owned noun of saying is its owner. The owner's actor, or null.
   */
  private claimOwner(at: number, sentence: number): Actor | null {
    const t = this.doc.tokens;
    if (at < 4 || this.lower[at - 1] !== 'that' || !CLAIM_NOUNS.has(this.lower[at - 2]) || !/^['’]s?$/.test(t[at - 3].text)) return null;
    let first = at - 3;
    while (first > 0 && t[first - 1].pos === 'PROPN' && t[first - 1].sentence === t[at].sentence) first--;
    return first < at - 3 ? this.resolve({ first, last: at - 3 }, sentence) : null;
  }

  /**
   * The latest actor noted in the sentence of token `at` before it that is no subject and fits the
   * pronoun, or null: whom the sentence acted on, which its object pronoun most often goes on with.
   */
  private objectBefore(p: 'he' | 'it' | 'they', at: number, gender: Gender | undefined): Actor | null {
    const toks = this.doc.tokens;
    const recent = this.memory.recent;
    for (let i = Math.min(recent.length, this.horizon) - 1; i >= 0; i--) {
      const note = recent[i];
      if (note.c.first >= at) continue;
      if (toks[note.c.first].sentence !== toks[at].sentence) return null;
      // Settled in turn, as lookBack does: what a phrase names may rest on a name an earlier one recalled.
      const a = this.settled(note);
      // Not out of a clause closed before it: "even if Sanders were to catch Clinton, he would need delegates to
      // support him", "the staff that Trump assembled with Lewandowski, and Trump refused to help him".
      if (this.lower.slice(note.c.last, at).includes(',') && this.subordinateBefore(note.c.first)) continue;
      // Only the object of a verb, of "with" or of a verb's "to", "into", "at" ("met with Aliyev", "spoke to
      // Trump", "lashed out at Cruz"): not "her loss to Barack Obama", nor "legislators such as Bamberg who have
      // endorsed him", whose "who" is the pronoun's subject.
      const k = note.c.first;
      const object = k > 0 && (toks[k - 1].pos === 'VERB' || this.lower[k - 1] === 'with' || (k > 1 && VERB_PREPOSITIONS.has(this.lower[k - 1]) && toks[k - 2].pos === 'VERB'));
      if (note.subject || !object || this.lower[note.c.last] === 'who') continue;
      if (a && this.fits(p, a, gender)) return a;
    }
    return null;
  }

  /** Whether a subordinating word opens the comma-bounded stretch of the sentence before token `at`. */
  private subordinateBefore(at: number): boolean {
    const sentence = this.doc.tokens[at].sentence;
    for (let i = at - 1; i >= 0 && this.doc.tokens[i].sentence === sentence && this.lower[i] !== ','; i--) {
      if (SUBORDINATORS.has(this.lower[i])) return true;
    }
    return false;
  }

  /**
   * "China said it would take measures": a pronoun opening a reported (indirect or mixed) quote is most
   * often its speaker (the nearest country named before it, Taiwan, is not). The speaker's actor as the
   * quote stage found it, when the speaker is named before the report; the caller checks that the pronoun fits.
   */
  private reporterOf(at: number, sentence: number, possessive = false): Actor | null {
    const p = possessive ? POSSESSIVE_OF[this.lower[at]] : NOMINATIVE[this.lower[at]];
    const report = p ? this.reportOpeningAt(at) : null;
    if (!report) return null;
    const { q, m } = report;
    const toks = this.doc.tokens;
    // "telling her that she should burn": the one told, of the same kind, may be the one meant.
    for (let i = at - 1; i >= 0 && toks[i].start >= m.end; i--) if (PRONOUNS[this.lower[i]] === p && OBJECTS.has(this.lower[i])) return null;
    // "whether he would support Trump": whom the report names is not its "he".
    const named = q.speaker!.entity ? this.entityById(q.speaker!.entity) : undefined;
    if (named?.mentions.some((n) => n.start >= q.start && n.start < q.end)) return null;
    return this.speakerActor(q.speaker!.entity, m, sentence);
  }

  /** The speaker of the quotation or report whose words hold offset `at`, as an actor, when it is named outside them ("“…,” Erdogan said"). */
  speakerOfWordsAt(at: number, sentence: number): Actor | null {
    const q = this.doc.quotes.find((x) => at >= x.start && at < x.end);
    return q ? this.spokenBy(q, sentence) : null;
  }

  /** A quotation's speaker as an actor, when it is named outside the quoted words. */
  private spokenBy(q: Doc['quotes'][number], sentence: number): Actor | null {
    const m = q.speaker?.mention;
    if (!m || (m.start < q.end && m.end > q.start)) return null;
    return this.speakerActor(q.speaker!.entity, m, sentence);
  }

  /** The reported (indirect or mixed) quote whose words open at token `at`, with its speaker's mention, named before them. */
  private reportOpeningAt(at: number): { q: Doc['quotes'][number]; m: { start: number; end: number } } | null {
    const start = this.doc.tokens[at].start;
    for (const q of this.doc.quotes) {
      if (q.type === 'direct' || q.start !== start) continue;
      const m = q.speaker?.mention;
      return m && m.end <= q.start ? { q, m } : null;
    }
    return null;
  }

  /** The latest organisation named before `before` (within lookBack's window) whose name ends in `head` or opens with it ("Department of …"). */
  private lastBodyHeaded(head: string, before: number): Actor | null {
    return this.scanBack(before, (a) => (a.kind === 'org' && a.entity && headedBy(a.name, head) ? a : undefined));
  }

  /** The latest person named before `before` (within lookBack's window) whose offices name the place ("U.S. Senator from Vermont"). */
  private officeHolderOf(place: string, before: number): Actor | null {
    return this.scanBack(before, (a) => (a.kind === 'person' && a.entity && this.entityById(a.entity)?.roles.some((r) => r.includes(place)) ? a : undefined));
  }

  /** The country of a state's body (or the state) whose indirect report opens at token `at`, named before it. */
  private reportingState(at: number, sentence: number): string | null {
    const report = this.reportOpeningAt(at);
    const sp = report ? this.speakerActor(report.q.speaker!.entity, report.m, sentence) : null;
    return sp?.country && (sp.kind === 'country' || /^(GOV|MIL|SPY|COP)$/.test(sp.sector ?? '')) ? sp.country : null;
  }

  /**
   * The latest rebel or militant group named before offset `before`, within lookBack's window, unless the
   * text calls something else by the same word since ("The advocacy group said … The group sued").
   */
  private lastArmedGroup(before: number, head: string): Actor | null {
    return this.scanBack(before, (a) => (a.sector !== 'REB' ? undefined : new RegExp(`\\b${head}\\b`, 'i').test(this.doc.text.slice(a.end, before)) ? null : a));
  }

  /**
   * The latest LOOK_BACK actors settled before offset `before`, latest first, until `pick` gives an answer
   * (undefined: look further; null: stop with none).
   */
  private scanBack(before: number, pick: (a: Actor) => Actor | null | undefined, depth = LOOK_BACK): Actor | null {
    const recent = this.memory.recent;
    let seen = 0;
    for (let i = Math.min(recent.length, this.horizon) - 1; i >= 0 && seen < depth; i--) {
      const a = this.settled(recent[i]);
      if (!a || a.end > before) continue;
      seen++;
      const got = pick(a);
      if (got !== undefined) return got;
    }
    return null;
  }

  /**
   * The antecedent among the latest LOOK_BACK actors ending before `before`. A subject is the likelier
   * one: the latest subject that fits, else the latest actor that fits; `nearest` takes the latest fit.
   * Phrases are settled from the latest back, only as far as the answer needs.
   */
  private lookBack(p: 'he' | 'it' | 'they', before: number, nearest = false, gender?: Gender): Actor | null {
    const sure = this.surely(p, before, nearest, gender);
    if (sure) return sure;
    const recent = this.memory.recent;
    let fit: Actor | null = null;
    let kept = 0;
    let seen = 0;
    for (let i = Math.min(recent.length, this.horizon) - 1; i >= 0 && kept < RECENT_KEPT && seen < LOOK_BACK; i--) {
      const a = this.settled(recent[i]);
      if (!a) continue;
      kept++;
      if (a.end > before) continue;
      seen++;
      if (!this.fits(p, a, gender)) continue;
      if (nearest || recent[i].subject) return a;
      fit ??= a;
    }
    return fit;
  }

  /**
   * lookBack's answer when it is found without settling every phrase after it. A phrase left for later
   * that cannot be the answer (no subject where a subject is looked for, no person's name in it where
   * "he" is) is passed over and counted as if it named an actor, so what is found is within lookBack's
   * window whatever those name. Null when nothing is sure this way (lookBack then settles each phrase).
   */
  private surely(p: 'he' | 'it' | 'they', before: number, nearest: boolean, gender?: Gender): Actor | null {
    const recent = this.memory.recent;
    let kept = 0;
    let seen = 0;
    for (let i = Math.min(recent.length, this.horizon) - 1; i >= 0 && kept < RECENT_KEPT && seen < LOOK_BACK; i--) {
      const note = recent[i];
      if (note.settle && ((!nearest && !note.subject) || (p === 'he' && !this.mayBePerson(note.c)))) { kept++; seen++; continue; }
      const a = this.settled(note);
      if (!a) continue;
      kept++;
      if (a.end > before) continue;
      seen++;
      if ((nearest || note.subject) && this.fits(p, a, gender)) return a;
    }
    return null;
  }

  /** fitsPronoun, and for "he" or "she" a person the text does not show to be of the other gender. */
  private fits(p: 'he' | 'it' | 'they', a: Actor, gender: Gender | undefined): boolean {
    if (!fitsPronoun(p, a)) return false;
    if (!gender || p !== 'he' || !a.entity) return true;
    const e = this.entityById(a.entity);
    const g = e && e.type === 'PERSON' ? genderOf(this.doc.text, this.doc.entities, e) : undefined;
    return !g || g === gender;
  }

  private entityById(id: string): Entity | undefined {
    this.byId ??= new Map(this.doc.entities.map((e) => [e.id, e]));
    return this.byId.get(id);
  }
  private byId: Map<string, Entity> | null = null;

  /**
   * Whether a phrase left unsettled may name a person: a pronoun or pair may; any other only through a
   * person the entity layer found in it (it ends in no name, which is what personName reads).
   */
  private mayBePerson(c: Chunk): boolean {
    if (this.looksBack(c)) return true;
    const s = this.doc.tokens[c.first].start;
    const e = this.doc.tokens[c.last - 1].end;
    for (let i = this.firstEndingAfter(s); i < this.entityAt.length; i++) {
      const m = this.entityAt[i];
      if (m.start >= e) break;
      if (m.end > s && m.entity.type === 'PERSON') return true;
    }
    return false;
  }

  /**
   * Notes the states of a sentence's events between sides of two countries, for whom "both sides" means
   * when no two armed forces were named: the pair the story is about ("India and Pakistan traded
   * accusations … . 'We are in touch with both sides'"), not the last two people quoted.
   */
  noteDyads(events: readonly Event[]): void {
    for (const e of events) {
      const a = e.actor?.country, b = e.target?.country;
      if (a && b && a !== b) this.dyads.push({ at: e.trigger.start, states: [a, b] });
    }
  }

  /** The two states of the latest event between two (of these two, when given) told before offset `before`, as country actors at the phrase c. */
  private lastDyad(before: number, c: Chunk, of?: [string, string]): Actor[] | null {
    const states = this.dyadBefore(before, of);
    if (!states) return null;
    const start = this.doc.tokens[c.first].start, end = this.doc.tokens[c.last - 1].end;
    return states.map((code) => ({ entity: null, name: countryByCode(code)?.name ?? code, country: code, sector: null, kind: 'country' as const, plural: false, start, end, members: undefined }));
  }

  /** The two states of the latest event between two (of these two, when given) told before offset `before`, or null. */
  private dyadBefore(before: number, of?: [string, string]): [string, string] | null {
    let d = firstWhere(0, this.dyads.length, (i) => this.dyads[i].at >= before) - 1;
    if (of) while (d >= 0 && !(this.dyads[d].states.includes(of[0]) && this.dyads[d].states.includes(of[1]))) d--;
    return d < 0 ? null : this.dyads[d].states;
  }

  /** The last two armed forces named before offset `before` (an army, rebels, a paramilitary), told apart by name. */
  private lastTwoArmed(before: number): Actor[] {
    return this.lastDistinct(before, (a) => !!a.sector && /^(MIL|REB|PRM)$/.test(a.sector) && !a.members,
      (a, o) => o.name === a.name || (o.country === a.country && o.sector === a.sector));
  }

  /**
   * The last n countries named before `before`, by name or by a person of theirs ("Putin met Kim … . The two
   * countries"), of one region when given ("the three European powers").
   */
  private lastStates(before: number, n: number, region: string | undefined): Actor[] {
    // (Or by its forces or government: "Thai and Cambodian troops clashed …, and the two neighbors accused each other".)
    const stateSide = (a: Actor) => a.kind === 'country' || a.kind === 'person' || (a.kind === 'group' && (a.sector === 'MIL' || a.sector === 'GOV'));
    const fits = (a: Actor) => stateSide(a) && !!a.country && !a.members && (!region || countryByCode(a.country)?.region === region);
    // ("France, Germany and Britain … . Moscow said … . the three European powers": states named together, as many as
    // counted, before the last ones named apart.)
    const same = (a: Actor, o: Actor) => o.country === a.country;
    let named = this.lastListed(before, fits, n);
    // ("Israel accused Iran of firing missiles …. Trump … said both countries had violated the ceasefire": two states an
    // event was last told between, when both are among the last few named, not the teller's and the last one named.)
    const dyad = !named && n === 2 && !region ? this.dyadBefore(before) : null;
    if (dyad) {
      const recent = this.lastDistinct(before, fits, same, 4);
      const pair = dyad.map((code) => recent.find((a) => a.country === code));
      // (Latest first, as lastDistinct gives them.)
      if (pair[0] && pair[1]) named = [pair[0], pair[1]].sort((x, y) => y.start - x.start);
    }
    named ??= this.lastDistinct(before, fits, same, n);
    // (As the states they are: "Oregon" or "Putin" is the United States or Russia here.)
    return named.map((a) => ({ entity: null, name: countryByCode(a.country!)?.name ?? a.country!, country: a.country, sector: null, kind: 'country', plural: false, start: a.start, end: a.end, members: undefined }));
  }

  /** The latest n actors that fit, of n countries, named in one list ("France, Germany and Britain"), latest first; null when none was. */
  private lastListed(before: number, fits: (a: Actor) => boolean, n: number): Actor[] | null {
    const recent = this.memory.recent;
    const seen: Actor[] = [];
    for (let i = Math.min(recent.length, this.horizon) - 1, kept = 0; i >= 0 && kept < RECENT_KEPT; i--) {
      const a = this.settled(recent[i]);
      if (!a) continue;
      kept++;
      if (a.end <= before && fits(a) && !seen.some((o) => o.start === a.start)) seen.push(a);
    }
    seen.sort((x, y) => y.start - x.start);
    for (let i = 0; i + n <= seen.length; i++) {
      const run = [seen[i]];
      for (let j = i + 1; j < seen.length && run.length < n; j++) {
        const last = run[run.length - 1];
        if (!/^\s*(,|,?\s*and|&)\s*$/.test(this.doc.text.slice(seen[j].end, last.start)) || run.some((o) => o.country === seen[j].country)) break;
        run.push(seen[j]);
      }
      if (run.length === n) return run;
    }
    return null;
  }

  /** The last two people of different countries named before `before`, among the latest RECENT_KEPT actors. */
  private lastTwo(before: number): Actor[] {
    return this.lastDistinct(before, (a) => a.kind === 'person' && !!a.country, (a, o) => o.country === a.country);
  }

  /** The last n (by default two) actors before `before` that `fits` takes, none `same` as another, among the latest RECENT_KEPT. */
  private lastDistinct(before: number, fits: (a: Actor) => boolean, same: (a: Actor, o: Actor) => boolean, n = 2): Actor[] {
    const out: Actor[] = [];
    const recent = this.memory.recent;
    let kept = 0;
    for (let i = Math.min(recent.length, this.horizon) - 1; i >= 0 && kept < RECENT_KEPT && out.length < n; i--) {
      const a = this.settled(recent[i]);
      if (!a) continue;
      kept++;
      if (a.end > before || !fits(a)) continue;
      if (!out.some((o) => same(a, o))) out.push(a);
    }
    return out;
  }
}

/** A credit opening or closing a paragraph: a name, a comma and an outlet in square brackets (not "[Mr. Kim] wants"). */
const CREDIT = /(?<=^|\n)[ \t]*\[\p{Lu}[^\],\n]{1,40},[ \t]*[^\]\n]{2,40}\]|\[\p{Lu}[^\],\n]{1,40},[ \t]*[^\]\n]{2,40}\](?=[ \t]*(?:\n|$))/gu;

/** A legislator's party and state in brackets after the name: "(I-Vt.)", "(D-N.Y.)", "(R-Maine)". */
const PARTY_STATE = /\((?:D|R|I|Ind|Dem|Rep)-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?\)/g;

/** The Western states named as a bloc (capitalised: "the west of the country" is a direction). */
const WEST = /^(West|Western (allies|powers|countries|nations|governments|partners|states))$/;

/**
 * Heads of a phrase whose owner, not the body named before them, is the side: a bid to join ("Sweden's NATO bid")
 * and a state's diplomats at a body ("Russia's UN ambassador").
 */
const MEMBERSHIP_HEADS = new Set(['bid', 'bids', 'membership', 'application', 'accession', 'candidacy', 'ambassador', 'envoy', 'representative', 'delegation', 'mission']);

/** "Iranian-backed militias", "Saudi-led forces", "U.S.-made missiles", "Soviet-era tanks": a country that backs, leads or makes the thing, or dates it, not its own. */
const BY_ANOTHER = /^-(backed|based|led|made|controlled|occupied|held|ruled|run|owned|funded|brokered|American|sponsored|supported|trained|armed|aligned|allied|class|era|style)\b/i;

/**
 * Of those, the ones that make no state the actor of the armed men they back (a "Saudi-led coalition" is the Saudis'
 * side, "Iranian-backed militias" are not Iran; a "Johnson-backed lawsuit" is still Johnson's).
 */
const BACKED_BY = /^-(backed|funded|sponsored|supported|trained|armed|aligned|allied|made)\b/i;
const BACKED_FORCES = /^(militias?|militants?|rebels?|separatists?|fighters?|forces|groups?|proxies|insurgents?|factions?|guerrillas?|paramilitar(?:y|ies)|troops|gunmen|missiles|drones|rockets|weapons)$/;

/**
 * Country names and demonyms inside a phrase's words toks[a, b) (its text): "North Korean leader Kim
 * Jong-un", "Sudan's government"; else a capital inside an organisation's name: "Baghdad University".
 */
function countriesInPhrase(text: string, toks: Token[], a: number, b: number): CountryInText[] {
  // "an Iranian-American businessman" is American: a demonym before "-American" tells an origin.
  const found = countriesIn(text).filter((f) => !BY_ANOTHER.test(text.slice(f.end, f.end + 12))
    && !/\b(pro|anti|non)-$/i.test(text.slice(Math.max(0, f.start - 5), f.start)) && !demonymSurname(text, f));
  if (!found.length) {
    for (let i = a; i < b; i++) {
      const t = toks[i];
      const iso = t.pos === 'PROPN' && isCapitalised(t.text) ? capitalCountry(t.text) : null;
      // "Jeremy Paris", "Kerry Washington": a capital that ends the phrase after a given name is a surname.
      if (iso && i === b - 1 && i > a && toks[i - 1].pos === 'PROPN' && CAPITALISED_NAME.test(toks[i - 1].text) && !TITLE_OR_ROLE.test(toks[i - 1].text)
        && !countriesIn(toks[i - 1].text).length) continue;
      if (iso) { found.push({ iso3: iso, start: 0, end: 0, demonym: false }); break; }
    }
  }
  return found;
}

/**
 * "Trump critic Mark Cuban", "columnist David French": a demonym that ends the phrase right after a
 * given name is a surname, not a nationality.
 */
function demonymSurname(text: string, f: CountryInText): boolean {
  if (!f.demonym || text.slice(f.end).trim() !== '') return false;
  const before = GIVEN_NAME_BEFORE.exec(text.slice(0, f.start));
  return !!before && !countriesIn(before[1]).length && !TITLE_OR_ROLE.test(before[1]);
}
const GIVEN_NAME_BEFORE = /(\p{Lu}\p{Ll}+)\s+$/u;
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+$/u;
const TITLE_OR_ROLE = /^(President|Prime|Minister|Foreign|Defense|Former|Leader|Chancellor|King|Queen|Prince|Ambassador|General|Admiral|The|A|An|Many|Some|Most|Two|Three|Young|Old)$/;

/**
 * "the Chronicle", "the Department": one capitalised word after "the" is a body, or a short name for
 * one, not a person ("the Clintons" and "a Republican" still name people).
 */
function theName(toks: Token[], a: number): boolean {
  return a > 0 && toks[a - 1].text.toLowerCase() === 'the' && toks[a].pos === 'PROPN' && !/s$/.test(toks[a].text);
}

/** "(R)", "(D-Va.)": a party label after a politician's name. */
const PARTY_LABEL = /^[RDI](?:\s?-\s?[A-Z][A-Za-z.]*)?$/;
/** "Calif.", "Fla.", "N.H.": a US state as datelines and party labels abbreviate it, not someone's name. */
const STATE_ABBREVIATION = /^(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z][a-z]?)\.$/;

function fitsPronoun(p: 'he' | 'it' | 'they', a: Actor): boolean {
  return p === 'he' ? a.kind === 'person' : p === 'it' ? (a.kind === 'country' || a.kind === 'org') && !a.plural : a.plural || a.kind === 'group' || a.kind === 'country' || a.kind === 'org';
}

/** A body a people's word names that is one body, "it" ("the Lebanese army said it"), not a people. */
const ONE_BODY = new Set(['army', 'military', 'navy', 'government', 'ministry', 'parliament', 'cabinet', 'regime', 'administration', 'guard', 'command', 'agency', 'embassy', 'delegation', 'court', 'legislature', 'junta', 'leadership', 'side', 'mission', 'authority', 'presidency']);

/** The sector a single noun names ("police" -> COP, "workers" -> LAB), or null. */
export function sectorOfWord(word: string): string | null {
  return data().sectorOf.get(word.toLowerCase()) ?? null;
}

/** The members of a group actor ("the two leaders"), or the actor itself. */
export function membersOf(a: Actor): Actor[] {
  return a.members?.length ? a.members : [a];
}

/** The direct or mixed quote a character offset is in, as an index into doc.quotes, or null. */
export function quoteAt(doc: Doc, at: number, marksOnly = false): number | null {
  for (let i = 0; i < doc.quotes.length; i++) {
    const q = doc.quotes[i];
    if (q.type !== 'indirect' && at >= q.start && at < q.end) return marksOnly && q.type === 'mixed' && !insideMarks(doc.text, q.start, at) ? null : i;
  }
  return null;
}

/**
 * Whether offset `at` lies inside quotation marks opened after `from` ("said “…” and urged": "urged" does not),
 * curly, straight or in the old wire style of two single marks (''…'').
 */
function insideMarks(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
    else if (c === "'" && text[i + 1] === "'") { open = !open; i++; }
  }
  return open;
}

export function toEventActor(a: Actor): EventActor {
  return { entity: a.entity, name: a.name, country: a.country, sector: a.sector };
}

