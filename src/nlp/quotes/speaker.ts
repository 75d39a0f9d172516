// Who a speaker phrase is: the entity whose mention covers it, the earlier person a pronoun or a
// description ("the Russian leader") points back to, or the phrase itself for unnamed sources.
import { genderOf, KIN_AFTER, KIN_GENDER, type Gender } from '../entities/gender.ts';
import type { Entity, Speaker } from '../../model/analysis.ts';
import type { Doc, Token } from '../doc.ts';
import { CHANNEL_NOUN_SET, entry, EVIDENCE_NOUN_SET, PERSON_DESCRIPTION_SET, PRONOUNS, SOURCE_NOUN_SET } from './lexicon.ts';

/** Documents that "read" or "state": "a letter", "the statement", "its report". */
const DOCUMENT_NOUN = /\b(?:a|an|the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(letter|statement|report|memo|memorandum|email|e-mail|note|release|filing|complaint|lawsuit|petition|resolution|document|study|editorial|sign|banner|message|order|ruling|indictment|affidavit|motion|brief|tweet|post|ad|advertisement)\b/gi;
import { firstWhere } from '../bisect.ts';
import { datelineOf } from '../dateline.ts';
import { ENVOYS, groupBeforeQualifier, NAME_BODY_HEADS, PEOPLE_PLURAL, SERVES_TO, TIME_WORDS } from './phrases.ts';
import { headedBy, NOT_NAMES, TITLE_WORDS } from '../entities/words.ts';
import { countryByCode, matchCountry } from '../../kb/geo.ts';
import { kbEntry } from '../../kb/store.ts';
import { onDate } from '../../kb/entry.ts';
import { bareStateBody, isMilitaryRule, ruleNamedAfter } from '../../kb/agents.ts';

/** What may stand before a sentence's subject: quote marks, a conjunction, a short phrase set off ("Over the years, she said"). */
const OPENING = /^[\s“”"‘’']*(?:(?:and|but|so|then)\s+)?(?:[^,.;:!?“”"]{1,40},\s+)?$/i;
/** A possessive or object pronoun's subject form: "his opposition", "quoted him as saying". */
const SUBJECT_FORM_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', my: 'i', our: 'we', him: 'he', them: 'they' };

export interface Span { start: number; end: number }

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A possessive may be a word of an organisation's name ("Our Principles PAC", "Reclaim Our Schools"). */
const OWNERS = /^(Our|Their|His|Her|Its|My|Your)$/;
const TITLES = new Set([
  'mr', 'mrs', 'senior', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president',
  'prof', 'professor', 'gen', 'general', 'col', 'lt', 'adm', 'secretary', 'minister', 'prime', 'vice',
  'chancellor', 'judge', 'justice', 'rev', 'sir', 'lord', 'mayor', 'ambassador', 'speaker', 'chairman',
  'chairwoman', 'former', 'sens', 'reps', 'attorney', 'deputy', 'maj', 'sgt', 'capt', 'brig', 'cmdr', 'amb',
]);
/** Bodies whose name opens with a title's word ("General Staff", "General Assembly", "Chief Rabbinate"). */
const TITLED_BODIES = /^(Staff|Assembly|Secretariat|Command|Directorate|Prosecutor's|Council|Rabbinate|Inspectorate|Accounting)$/;
/** Between two names of a joint speaker: "and" (after a comma or not), or a comma inside a list. */
const JOINT_AND = /^,?\s+(?:and|&)\s+(?:the\s+)?$/;
const JOINT_COMMA = /^,\s+(?:the\s+)?$/;
/** The same, with the next name's title between ("and Prime Minister …", "and Secretary of State …"). */
const TITLE_RUN = String.raw`(?:(?:\p{Lu}[\w.'’-]*|of)\s+)*`;
const TITLED = new RegExp(`^(?:the\\s+)?${TITLE_RUN}$`, 'u');
const JOINT_AND_TITLED = new RegExp(`^,?\\s+(?:and|&)\\s+(?:the\\s+)?${TITLE_RUN}$`, 'u');
const JOINT_COMMA_TITLED = new RegExp(`^,\\s+(?:the\\s+)?${TITLE_RUN}$`, 'u');
const OPENS_TITLED = new RegExp(`^[\\s“"]*(?:Both\\s+)?(?:the\\s+)?${TITLE_RUN}$`, 'u');
/** Before the first name of a joint speaker (and its "Both"): the start of a sentence or paragraph, a quotation's close or a comma. */
const JOINT_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*|[,;:—–]\s+|["”“]\s*)$/;
const JOINT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** A clause opening a sentence, then "they": its subordinator, a singular pronoun subject if any, and ", they". */
const OPENING_CLAUSE_THEY = /^([\s“"]*(?:When|After|As|Once|Before|While|Since|If|Although|Though)\s+)(I\s|he\s|she\s|we\s)?[^,;!?]*(,\s+they\b)/u;
/** A preposition opening the sentence before a name: "In Paris, …". */
const FRONTED_PLACE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:In|At|From|Outside|Inside|Near)\s+$/;
/** Capitalised words before a name that are no part of its title. */
const NOT_TITLE = /^(In|At|On|For|From|After|Before|With|Without|By|To|As|When|While|Since|During|Besides|Beside|Unlike|Like|Including|Among|Despite|Beyond|Against|Over|Under|Through|Between|Behind|Near|Outside|Inside|The|A|An|And|But|Both|Neither|Either|Meanwhile|Later|Earlier|Also|Then|Now|Only|Even)$/;
/** A sentence that opens with a participle's phrase ("Speaking in the Oval Office …,", "Asked about …,"). */
const OPENING_PARTICIPLE = /^[\s“"]*(?:Speaking|Standing|Appearing|Writing|Talking|Sitting|Meeting|Visiting|Addressing|Responding|Asked|Pressed|Questioned|Interviewed)\b/;
/** Words of a title that may stand inside a run of capitalised words before the name. */
const TITLE_HEADS = new Set([
  'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'head', 'leader',
  'commissioner', 'official', 'senator', 'congressman', 'congresswoman', 'officer', 'ambassador', 'envoy',
  'secretary', 'minister', 'president', 'governor', 'mayor', 'chairman', 'chairwoman', 'chair', 'ceo',
  'candidate', 'nominee', 'general', 'admiral', 'judge', 'justice', 'attorney', 'commander', 'manager',
  'sen', 'rep', 'gov', 'mr', 'mrs', 'ms', 'dr', 'prof', 'speaker', 'representative', 'premier', 'king',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'sheriff', 'chancellor', 'anchor',
  'co-anchor', 'host', 'correspondent', 'editor', 'founder', 'coach', 'captain', 'lieutenant', 'sergeant',
  'detective', 'inspector', 'economist', 'analyst', 'strategist', 'pollster', 'lawyer', 'executive',
  // (Whose one is: "Obama consultant Cornell Belcher", "Trump supporter …", "Clinton aide …".)
  'consultant', 'aide', 'surrogate', 'staffer', 'operative', 'supporter', 'ally', 'donor', 'backer', 'confidant', 'loyalist',
]);
const ORG_HEADS = /^(news agency|agency|newspaper|magazine|network|channel|broadcaster|daily|tabloid|website|outlet|wire service)$/i;

/** Lower-case words of a title between two names, ending in the title's head: " campaign chairman ". */
function titleBetween(between: string): boolean {
  const m = /^\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)\s+$/.exec(between);
  return !!m && TITLE_HEADS.has(m[1]);
}
/** How near (in characters) a speaker must be for "the man said" to be that speaker again. */
const NEAR_SPEAKER = 400;
/** "a spokesperson", "the ministry spokesman": one who speaks for a body the phrase does not name. */
const BARE_SPOKESPERSON = /^(?:a|an|the|one)\s+(?:(?:government|ministry|department|agency|military|army|embassy)\s+)?spokes(?:man|woman|person)$/i;
/** How far back (in characters) "they" looks for a body or a people before settling for a country. */
const NEAR_BODY = 600;
/** The name given to a person's own body ("Donald Trump's campaign", "Lai Ching-te's office"). */
const OWN_BODY_WORDS = '(office|campaign|team|administration|government|camp)';
const OWN_BODY = new RegExp(`['’]s ${OWN_BODY_WORDS}$`);
const OWN_BODY_WORD = new RegExp(`^${OWN_BODY_WORDS}$`);
/** "His office", "her campaign"; "Mr. Netanyahu's office": a person's own body, by pronoun or by name. */
const OWN_BODY_OF_PRONOUN = new RegExp(`^(his|her)\\s+${OWN_BODY_WORDS}$`, 'i');
const OWN_BODY_OF_NAME = new RegExp(`^(.+?)['’]s\\s+${OWN_BODY_WORDS}$`, 'i');
/** "The Clinton campaign", "the Obama administration": a person's own body, by the name before it. */
const OWN_BODY_NAMED = new RegExp(`^([Tt]he\\s+)(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)\\s+${OWN_BODY_WORDS}$`, 'u');
/** Head nouns that name an organisation by what it is ("the ministry", "the agency"). */
const BODY_HEADS = new Set(['ministry', 'military', 'army', 'navy', 'police', 'agency', 'department', 'committee', 'commission', 'council', 'company', 'campaign', 'court', 'party', 'network', 'bank', 'university', 'administration', 'union', 'foundation', 'institute', 'corporation', 'firm', 'group', 'organization', 'command', 'office', 'bureau', 'service', 'authority', 'government', 'lab', 'laboratory', 'guard']);
/** Participles of getting hold of a paper someone else wrote ("a memo obtained by", "documents seen by"). */
const SEEN_BY = /^(seen|obtained|reviewed|viewed|acquired)$/i;
/** Words that head an outlet's or a piece's description ("the newspaper", "the piece", "The inquiry"). */
const OUTLET_HEADS = new Set(['newspaper', 'paper', 'daily', 'tabloid', 'magazine', 'broadcaster', 'channel', 'outlet', 'wire', 'inquiry', 'piece', 'editorial']);
/** Offices one person holds at a time (the head of a state or a government, a church). */
const ONE_HOLDER = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'pope', 'emperor']);
/** A word that describes one person: an office or role, or a plain word for a person ("doctor", "resident"). */
const describesPerson = (w: string): boolean => PERSON_DESCRIPTION_SET.has(w) || PLAIN_PERSON.has(w);
/**
 * "the Iranian-backed group", "the militant group", "the Islamist movement": a group of no state, described
 * (not one the description names: "the BLM group" is Black Lives Matter).
 */
const DESCRIBED_GROUP = /^[Tt]he\s+(?:[\p{L}.'’-]+?-(?:backed|based|aligned|allied|linked|funded|supported|led|affiliated)\s+|\p{Ll}+\s+){1,2}(?:group|militia|movement|organi[sz]ation)$/u;
const NON_STATE = /^(REB|PRM|PTY|OPP|NGO|CVL|REL)$/;
/** Sectors of an armed group, the one a bare "the group" can be. */
const ARMED_GROUP = /^(REB|PRM)$/;
/**
 * What a plain word for a body can stand for: the sectors of the bodies it names, and, for one the knowledge
 * base does not know, the words its name has (or, with `not`, must not have).
 */
interface BodyKind { sectors: RegExp; name?: RegExp; not?: RegExp }
const GOVERNMENTAL = /\b(Department|Ministry|Agency|Bureau|Office|Administration|Service|Commission|Committee|Council|Authority|Board|Court|Police|Army|Navy|Force|Government|Senate|House|Congress|Parliament|Party|Caucus)\b/;
// (Not an outlet only named, "according to the Los Angeles Times … the company wrote": one that spoke is found before these.)
const BUSINESS: BodyKind = { sectors: /^BUS$/, not: new RegExp(`${GOVERNMENTAL.source}|\\b(Union|University|College|School|Association|Foundation|Institute|Center|Centre|Coalition|Campaign|League|Society|Fund|Church|Project|Network)\\b`) };
const OUTLET: BodyKind = { sectors: /^JRN$/, name: /\b(Times|Post|Journal|Tribune|News|Herald|Sentinel|Gazette|Daily|Chronicle|Observer|Guardian|Telegraph|Advocate|Courier|Register|Globe|Inquirer|Examiner|Dispatch|Magazine|TV|Radio|Network)\b/ };
const BODY_KINDS: Record<string, BodyKind> = {
  company: BUSINESS, firm: BUSINESS, newspaper: OUTLET, paper: OUTLET, network: OUTLET, broadcaster: OUTLET, magazine: OUTLET,
  agency: { sectors: /^(GOV|SPY|MIL|IGO|COP)$/, name: /\b(Agency|Department|Bureau|Office|Administration|Service|Commission|Authority)\b/ },
  group: { sectors: /^(NGO|OPP|CVL|REL|LAB)$/, not: new RegExp(`${GOVERNMENTAL.source}|\\b(Inc|Corp|Company|Co|LLC|Group)\\b`) },
  union: { sectors: /^LAB$/, name: /\b(Union|Workers|Federation|Brotherhood|Teamsters|Steelworkers|Association)\b/ },
  party: { sectors: /^PTY$/, name: /\bParty\b/ },
};
/** Words for a body of any kind: "the group", "the organisation". */
const GENERIC_BODY = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'company', 'firm', 'charity']);
/** The gender a plain description says ("the woman said" is not the man who spoke before her). */
const ROLE_GENDER: Record<string, 'm' | 'f'> = { man: 'm', boy: 'm', guy: 'm', gentleman: 'm', woman: 'f', girl: 'f', lady: 'f' };
/** The gender the head word of a description says ("the man", "his mother"), if any. */
function headGender(name: string): 'm' | 'f' | undefined {
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return ROLE_GENDER[head] ?? KIN_GENDER[head];
}
const otherOf = (g: 'm' | 'f'): 'm' | 'f' => (g === 'm' ? 'f' : 'm');
/** Descriptions that say no more than that someone is a person: no office or role to look up. */
const PLAIN_PERSON = new Set(['man', 'woman', 'person', 'boy', 'girl', 'guy', 'lady', 'gentleman', 'resident', 'voter', 'worshiper', 'worshipper', 'neighbor', 'neighbour', 'witness', 'source',
  'doctor', 'nurse', 'medic', 'officer', 'soldier', 'activist', 'worker', 'student', 'teacher', 'farmer', 'survivor', 'cashier',
  'passenger', 'villager', 'fisherman', 'shopkeeper', 'vendor', 'driver', 'refugee', 'protester', 'pilot']);

/** Titles of one who speaks for a body ("a spokesman for …", "the head of …"); not an envoy, sent to another. */
const SPEAKS_FOR = /^(spokes(?:man|woman|person)|head|chief|director|chairman|chairwoman|chair|president|leader|commander|secretary-general)$/i;
/** Those who speak for a state without being named: "officials", "a diplomat". */
const OFFICIALS = /^(official|officials|diplomat|diplomats)$/i;
/**
 * People of a body or of someone, in the plural, named by whom they belong to and speaking for them
 * ("Spokesmen at the FBI", "Analysts at Goldman Sachs", "Families of the hostages").
 */
const PEOPLE_OF = /^(spokesmen|spokeswomen|spokespeople|spokespersons|officials|aides|representatives|lawyers|attorneys|analysts|economists|researchers|experts|strategists|scientists|executives|employees|staff|families|relatives|parents|members|residents|supporters|friends|colleagues)$/i;
/** A state's institution named in common nouns, closing a speaker phrase ("… defense ministry", "… military"). */
const INSTITUTION = /\s(government|administration|military|armed forces|army|navy|air force|(?:foreign|defen[cs]e|interior|finance|trade|health|justice|unification|economy) ministry|ministry|foreign office|home office|embassy|consulate|mission|delegation|authorities|police|coast guard|parliament|cabinet|presidency|presidential office|state media|state television|news agency|intelligence agency|spy agency|central bank|prosecutors|regulators|joint chiefs of staff|junta|(?:military )?rulers|military leaders|military government|regime)$/i;

/** A group's heads named by "its" ("its leadership", "its high command"). */
const GROUP_HEADS = /^its\s+(leadership|leaders|high command|command|central command)$/i;
/** A possessive that points back to a country named before ("Its foreign ministry", "the country's military"). */
const BACK_POSSESSIVE = /^(?:its|the country['’]s|the nation['’]s)\s+/i;
/** How far back (characters) "The junta" looks for the state whose military rule was named. */
const NEAR_RULE = 1500;
/** How far back (characters) "Its foreign ministry" looks for its country. */
const NEAR_COUNTRY = 300;

/** Where a mission ends its name ("the U.S. Embassy"): it serves another country than the one it is in. */
const MISSION_END = /\b(embassy|consulate|mission|delegation)$/i;

/** The party a description names ("the Democratic presidential nominee"). */
const PARTY = /\b(Democratic|Republican|GOP)\b/i;
/** A poll or survey described, not named: "the poll", "The new survey", "the mid-January poll". */
const THE_POLL = /^[Tt](?:he|his|hat)\s+(?:[\p{Ll}\d]+(?:-[\p{L}\d]+)*\s+){0,3}(?:poll|survey)$/u;
/** A poll or survey as a text mentions it, named ("a new Quinnipiac University poll") or not ("a new poll"). */
const A_POLL = /\b(?:a|an|the|this|that)\s+((?:(?!(?:a|an|the|this|that|in|of|by|for|on|at|to|from|with|and|or)\s)(?:(?:\p{Lu}\.)+|[\p{L}\d&'’\/-]+)\s+){0,6}?)(poll|survey)\b/giu;
/** How far back (in characters) "the poll" looks for the mention of a poll before it. */
const NEAR_POLL = 1500;
/** "the Wisconsin Republican", "the South Carolina Democrat": a party's member named by the state they are from. */
const MEMBER_FROM = /^[Tt]he\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(Republican|Democrat)$/u;
const DEMOCRATIC = /\bdemocratic\b/i;
const REPUBLICAN = /\b(republican|gop)\b/i;

/** What a description says of whose office it is: a party ("the Democratic nominee"), a place ("the Florida senator"). */
interface Side { party?: string; place?: string }

/** A body's name spelled out before its abbreviation in parentheses: "The Integrated Food Security Phase Classification (". */
const SPELLED_OUT = /^(?:The\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|and|for|on|the|\p{Lu}[\p{L}'’&-]*))*)\s+\($/u;
/** Heads of a description of a body ("a global hunger monitor", "the U.N. nuclear watchdog"). */
const DESCRIBED_BODY = /^(monitor|watchdog|agency|body|organi[sz]ation|institute|coalition|alliance|panel|group)$/;
/** Heads of a description of one who holds an office ("the Navy's top officer", "the country's chief diplomat"). */
const OFFICE_HOLDER = /^(officer|official|commander|general|admiral|diplomat|envoy|negotiator|prosecutor|judge|minister|secretary|spokesman|spokeswoman|spokesperson|chief|head|director|adviser|advisor|ambassador|leader)$/;
/** An office's title with the place it serves before a name ("Florida Sen. ", "New Jersey Gov. "): the place. */
const OFFICE_TITLES: Record<string, RegExp> = {
  senator: /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (?:Sen\.|Senator|senator) $/u,
  governor: /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (?:Gov\.|Governor|governor) $/u,
  mayor: /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (?:Mayor|mayor) $/u,
};

/** The place a description puts before or after the office ("the Florida senator", "the senator from Vermont"). */
function placeOfOffice(description: string, role: string): string | undefined {
  const at = description.toLowerCase().indexOf(role);
  if (at < 0) return undefined;
  const after = /^ (?:from|of) (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)$/u.exec(description.slice(at + role.length));
  if (after) return after[1];
  const words = description.slice(0, at).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(the|this|that|our|their)$/i.test(w) && !PARTY.test(w));
  return words.length ? words.join(' ') : undefined;
}

/** A role spelled out right before a name ("governor Chris Christie"), one pattern per role word. */
const SPELLED_TITLES = new Map<string, RegExp>();
function spelledTitle(role: string): RegExp {
  let re = SPELLED_TITLES.get(role);
  // ("the port director, Ann Lee": the title set off before the name.)
  if (!re) SPELLED_TITLES.set(role, (re = new RegExp(`\\b${role},?\\s+$`, 'i')));
  return re;
}

/** Titles news abbreviates before a name ("Gov. Chris Christie" is "the governor"). */
const ROLE_ABBREVIATIONS: Record<string, RegExp> = {
  governor: /\bgov\.?(\s|$)/, senator: /\bsen\.?(\s|$)/, representative: /\brep\.?(\s|$)/, congressman: /\brep\.?(\s|$)/,
  congresswoman: /\brep\.?(\s|$)/, general: /\bgen\.?(\s|$)/, lieutenant: /\blt\.?(\s|$)/, president: /\bpres\.?(\s|$)/,
  secretary: /\bsec\.?(\s|$)/, attorney: /\batty\.?(\s|$)/,
};

/** A role as a word of a found role ("senator" in "Democratic senators", not "president" in "presidential"). */
const ROLE_WORDS = new Map<string, RegExp>();
/** Whether a role the entity layer found ("New Jersey Gov.") is the one a description names ("governor"). */
function hasRole(found: string, role: string): boolean {
  let word = ROLE_WORDS.get(role);
  if (!word) ROLE_WORDS.set(role, (word = new RegExp(`\\b${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`)));
  const r = found.toLowerCase();
  return word.test(r) || (ROLE_ABBREVIATIONS[role]?.test(r) ?? false);
}

/** A quantifier and where its people are: "Many in Hong Kong", "some in the party". */
const QUANTIFIER_IN = /^(many|most|some|few|several|others|all) (in|at|within|inside)$/i;
/** How the name of a group of people ends (not "The statement"). */
const PEOPLE_NAME_END = /(s|police|people|crowd|group|staff|public)$/i;
/** Plural nouns for groups of people that news makes speak, besides the source nouns of the lexicon. */
const PEOPLE_IN_NEWS = new Set(['protesters', 'protestors', 'demonstrators', 'rioters', 'students', 'workers', 'teachers', 'farmers', 'villagers', 'refugees', 'migrants', 'rebels', 'militants', 'fighters', 'soldiers', 'troops', 'doctors', 'nurses', 'parents', 'families', 'survivors', 'victims']);

/** Words that open a clause saying what or when, not one that goes on with the sentence. */
const SUBORDINATORS = /^(that|if|because|as|when|while|although|though)$/i;

/** Bodies in the plural, which speak as "they" as people do ("Companies say … What's more, they note"). */
const BODIES_IN_PLURAL = new Set(['companies', 'firms', 'groups', 'unions', 'newspapers', 'networks', 'agencies', 'governments', 'banks', 'campaigns',
  'organizations', 'organisations', 'countries', 'nations', 'parties', 'committees', 'courts', 'universities', 'charities', 'airlines', 'automakers', 'states']);

/** Plural things spelled like plural people ("numbers" like "voters", "events" like "students"; besides all in -ments). */
const THINGS_LIKE_PEOPLE = new Set(['numbers', 'papers', 'letters', 'matters', 'orders', 'borders', 'centers', 'powers', 'others', 'computers', 'waters', 'headquarters',
  'events', 'grants', 'plants', 'restaurants', 'doors', 'floors', 'errors', 'factors', 'colors', 'sectors', 'lives', 'archives',
  'incentives', 'initiatives', 'alternatives', 'objectives', 'threats', 'seats', 'plans', 'loans', 'bans', 'scans', 'results', 'reports', 'polls', 'ratings']);

interface Candidate {
  start: number; end: number; name: string; entity: string | null; person: boolean; group: boolean;
  /** The speaker of a verb of saying ("said", "told"), not only of a stance or an act ("endorsed", "sentenced"). */
  spoke?: boolean;
}

export class SpeakerResolver {
  private readonly doc: Doc;
  private readonly inQuote: (offset: number) => boolean;
  /** Entity mentions in text order, outside quoted words. */
  private readonly mentions: { start: number; end: number; entity: Entity }[];
  /** Speakers already resolved, in text order (the fallback antecedents when no entity layer ran). */
  private readonly earlier: Candidate[] = [];
  /** "she"/"he" speakers already resolved: a pronoun that opens a sentence is that sentence's subject. */
  private readonly pronouns: { start: number; gender: 'm' | 'f'; entity: string | null; name: string }[] = [];
  /** Questions put to someone, in text order (see noteQuestion). */
  private readonly questions: Span[] = [];
  /** "they" speakers resolved to people or a body, in text order (see theyBefore). */
  private readonly theys: { start: number; end: number; speaker: Speaker }[] = [];
  /** The last joint speaker resolved ("Britain, France and Germany"), for a "they" after it. */
  private lastJoint: { start: number; speaker: Speaker } | null = null;
  /** The text in lower case, made when a title is first looked for. */
  private lowerText: string | undefined;
  /** Reported speech already resolved, with its speaker (see reporterAround). */
  private readonly reports: { start: number; end: number; entity: string; name: string }[] = [];
  /** The plural a party's members or a people were named by as speakers, by entity id (see namedAsMembers). */
  private readonly members = new Map<string, string>();

  constructor(doc: Doc, inQuote: (offset: number) => boolean) {
    this.doc = doc;
    this.inQuote = inQuote;
    // A dateline's places ("TAIPEI, Taiwan (AP) —") say where the story was filed: no one speaks
    // there, and they would pass for the subject of the first sentence.
    const dateline = datelineOf(doc);
    this.mentions = doc.entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
      .filter((m) => !(m.start >= dateline.start && m.end <= dateline.end && dateline.end > dateline.start))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Remembers a "they" resolved to people or a body, for a "they" that goes on from it; returns the speaker. */
  private noteThey(span: Span, speaker: Speaker): Speaker {
    this.theys.push({ start: span.start, end: span.end, speaker });
    return speaker;
  }

  /**
   * Who the "they" at `at` are when a "they" resolved before it stands in this sentence or the one
   * before, and no one is named between them.
   */
  private theyBefore(at: number): Omit<Speaker, 'mention'> | null {
    const last = this.theys[this.theys.length - 1];
    if (!last || last.start >= at) return null;
    const here = this.sentenceAt(at);
    const before = this.sentenceAt(at, 1);
    const from = before && before !== here ? before.start : here?.start ?? 0;
    if (last.start < from || this.mentions.some((m) => m.start >= last.end && m.start < at)) return null;
    const { entity, name, with: others } = last.speaker;
    return { entity, name, with: others };
  }

  /** Remembers a joint speaker resolved at offset `start`, for a "they" that goes on from it. */
  noteJoint(start: number, speaker: Speaker): void {
    this.lastJoint = { start, speaker };
  }

  /**
   * Who "they" at `at` are when they are several named together: the names joined by "and" that open
   * this sentence, else the joint speaker resolved in this sentence or the one before, else the names
   * that open the sentence before.
   */
  private jointBefore(at: number): Omit<Speaker, 'mention'> | null {
    const here = this.sentenceAt(at);
    const before = this.sentenceAt(at, 1);
    // ("… they were tight-lipped. They would only say …. After Perez and Castro met, they said": names
    // in its own sentence are whom "they" goes on from, before a joint speaker resolved earlier.)
    const own = here ? this.namesIn(here, at) : null;
    if (own) return own;
    const from = before && before !== here ? before.start : here?.start ?? 0;
    if (this.lastJoint && this.lastJoint.start >= from && this.lastJoint.start < at) {
      const { entity, name, with: others } = this.lastJoint.speaker;
      return { entity, name, with: others };
    }
    return before && before !== here ? this.namesIn(before, at) : null;
  }

  /** The names joined by "and" that open `sentence` (up to `at`), or open its clause after a leading phrase. */
  private namesIn(sentence: Span, at: number): Omit<Speaker, 'mention'> | null {
    const end = Math.min(sentence.end, at);
    const names = this.namesOpening(sentence.start, end);
    if (names) return names;
    // ("Less than 24 hours later, Perez and Castro are together again. They are talking …": or after the
    // phrase that opens the sentence, set off by a comma, when they are the clause's subject.)
    const comma = this.doc.text.slice(sentence.start, end).indexOf(', ');
    if (comma < 0) return null;
    const from = sentence.start + comma + 2;
    const later = this.namesOpening(from, end);
    const last = later ? this.mentions.find((m) => m.entity.id === later.entity && m.start >= from && m.start < end) : undefined;
    if (later && last && /^\s+(?:are|were|have|had|will|would|both|also|then|each|[a-z]+ed)\b/.test(this.doc.text.slice(last.end, last.end + 12))) return later;
    return this.namesInOpeningClause(sentence.start, sentence.end);
  }

  /**
   * "When I met with Mr. VandeHei and Mr. Allen, they were …": the names joined in a clause that opens
   * the sentence, when "they" is the subject right after it and the clause's own subject is someone
   * else by a singular pronoun ("I", "he") or the names themselves ("After Lee and Ishiba met, they …").
   */
  private namesInOpeningClause(start: number, end: number): Omit<Speaker, 'mention'> | null {
    const m = OPENING_CLAUSE_THEY.exec(this.doc.text.slice(start, end));
    if (!m) return null;
    const clauseEnd = start + m[0].length - m[3].length;
    const first = start + m[1].length;
    if (!m[2]) return this.namesOpening(first, clauseEnd);
    for (let k = firstWhere(0, this.mentions.length, (j) => this.mentions[j].start >= first); k < this.mentions.length && this.mentions[k].start < clauseEnd; k++) {
      const names = /\s$/.test(this.doc.text.slice(this.mentions[k].start - 1, this.mentions[k].start)) ? this.namesOpening(this.mentions[k].start, clauseEnd) : null;
      if (names) return names;
    }
    return null;
  }

  /**
   * For a "they" that opens its sentence: the plural people that open the sentence before it ("The
   * senators met …", "Local officials told …"), when no name is among them; their words, or null.
   */
  private groupOpeningBefore(at: number): string | null {
    const here = this.sentenceAt(at);
    const before = this.sentenceAt(at, 1);
    if (!here || !before || before === here || !/^[\s“"]*$/.test(this.doc.text.slice(here.start, at))) return null;
    const tokens = this.doc.tokens;
    let k = firstWhere(0, tokens.length, (j) => tokens[j].start >= before.start);
    const first = k;
    if (tokens[k]?.pos === 'DET' && /^(the|these|those|many|some|both)$/i.test(tokens[k].text)) k++;
    // ("Local officials", "Rescue workers": the tagger reads a sentence's capitalised first word as a name;
    // a real name is an entity mention, which the check below turns away.)
    else if (tokens[k]?.pos === 'PROPN' && /^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) k++;
    while (k < tokens.length && tokens[k].end <= before.end && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && tokens[k + 1] && (tokens[k + 1].pos === 'ADJ' || tokens[k + 1].pos === 'NOUN')) k++;
    const head = tokens[k];
    const verb = tokens[k + 1];
    if (!head || !verb || head.pos !== 'NOUN' || !/[^s]s$/.test(head.text) || !(verb.pos === 'VERB' || verb.pos === 'AUX')) return null;
    const word = head.text.toLowerCase();
    if (!(SOURCE_NOUN_SET.has(word) || PERSON_DESCRIPTION_SET.has(word.replace(/s$/, '')) || PEOPLE_PLURAL.test(head.text))) return null;
    const span = { start: tokens[first].start, end: head.end };
    if (this.mentions.some((m) => m.start < span.end && m.end > span.start)) return null;
    return this.doc.text.slice(span.start, span.end);
  }

  /**
   * For "they": the plural people that are the subject of a clause in the sentence before or earlier in
   * its own ("Several of Clinton's top aides have served …, and they check in", "an increasing number of
   * Democrats, while still confident, are warning …, they say", "Some view …"), when no body, people or
   * place named by the entity layer is the subject of a clause after them; their span, or null.
   */
  private peopleSubjectBefore(at: number): Span | null {
    const here = this.sentenceAt(at);
    if (!here) return null;
    const prev = this.sentenceAt(at, 1);
    const from = prev && prev !== here ? prev.start : here.start;
    const tokens = this.doc.tokens;
    let found: { start: number; end: number } | null = null;
    for (let k = firstWhere(0, tokens.length, (j) => tokens[j].start >= from); k < tokens.length && tokens[k].start < at; k++) {
      if (!this.opensClause(k, from) || this.inQuote(tokens[k].start)) continue;
      const end = this.peopleSubjectAt(k, at);
      if (end > 0) found = { start: tokens[k].start, end };
      // ("The groups raised $3 million … . While these contributions complicate her line, they don't tell":
      // plural things, or a body named, are nearer.)
      // (Nor "Clinton's boosters insisted … . Clinton got off to a head start, and both she and her husband
      // … were fixtures, doing all they could": someone named, or "she", who acts after them.)
      // ("Cruz's allies bristle at the suggestion that he's to blame …, they insist": not in a clause that says what.)
      else if (found && (this.bodyOpens(k) || (this.personActs(k) && !SUBORDINATORS.test(tokens[k - 1]?.text ?? '')) || this.peopleSubjectAt(k, at, true) > 0)) found = null;
    }
    return found;
  }

  /** Whether a person named, or "he", "she", "I" or "we", is the subject of the clause at token k ("Clinton got", "both she and her husband were"). */
  private personActs(k: number): boolean {
    const tokens = this.doc.tokens;
    const j = /^both$/i.test(tokens[k].text) ? k + 1 : k;
    const t = tokens[j];
    if (!t) return false;
    let after = j + 1;
    if (!/^(he|she|i|we)$/i.test(t.text)) {
      const m = this.mentions.find((x) => x.start === t.start && x.entity.type === 'PERSON');
      if (!m) return false;
      after = firstWhere(j, tokens.length, (x) => tokens[x].start >= m.end);
    }
    const next = tokens[after];
    return !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === 'and');
  }

  /** Whether a body, people or place the entity layer names opens the clause at token k ("the Kremlin said", "Russia has"). */
  private bodyOpens(k: number): boolean {
    const tokens = this.doc.tokens;
    const start = /^the$/i.test(tokens[k].text) ? tokens[k + 1]?.start : tokens[k].start;
    return this.mentions.some((m) => m.start === start && m.entity.type !== 'PERSON');
  }

  /** Whether token k opens a clause: a sentence's or the window's first word, or one after a comma, a semicolon, a conjunction or an opening mark. */
  private opensClause(k: number, from: number): boolean {
    const tokens = this.doc.tokens;
    const prev = tokens[k - 1];
    if (!prev || prev.end <= from || prev.sentence !== tokens[k].sentence) return true;
    return /^(?:,|;|and|but|while|although|though|because|as|when|if|that|[“"‘])$/i.test(prev.text);
  }

  /**
   * Where a phrase of plural people that is a clause's subject ends when one opens at token k (before
   * offset `limit`): "Several of Clinton's top aides have", "Former prosecutors said", "Some view"; else -1.
   */
  private peopleSubjectAt(k: number, limit: number, things = false): number {
    const tokens = this.doc.tokens;
    const low = (j: number): string => tokens[j]?.text.toLowerCase() ?? '';
    const finite = (j: number): boolean => !!tokens[j] && (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') && tokens[j].start < limit;
    const plural = (i: number): boolean => (things ? tokens[i].pos === 'NOUN' && /[^s]s$/.test(tokens[i].text) : this.peopleWord(i));
    let j = k;
    // "Some view Trump's nomination as …", "Some doubt the votes are there": a quantifier alone as the
    // subject (the tagger reads the verb as a noun when a noun can follow it; not "Some money went").
    // ("Many spoke about …": wink reads "spoke" as a noun.)
    const verbed = finite(j + 1) || (tokens[j + 1]?.pos === 'NOUN' && !/s$/.test(low(j + 1)) && /^(DET|PROPN|PRON)$/.test(tokens[j + 2]?.pos ?? '')) || (low(j + 1) === 'spoke' && tokens[j + 1].start < limit);
    if (/^(some|many|most|others|both)$/.test(low(j)) && verbed && !/ing$/.test(low(j + 1))) return tokens[j].end;
    // ("The two squabbled at length over immigration.")
    if (low(j) === 'the' && /^(two|three|four|five)$/.test(low(j + 1)) && finite(j + 2)) return tokens[j + 1].end;
    if (/^(several|some|many|most|few|all|both|dozens|hundreds|thousands|scores)$/.test(low(j)) && low(j + 1) === 'of') j += 2;
    else if (/^(an?)$/.test(low(j)) && /^(number|majority|handful|group)$/.test(low(j + 2)) && low(j + 3) === 'of') j += 4;
    else if (/^(an?)$/.test(low(j)) && /^(number|majority|handful|group)$/.test(low(j + 1)) && low(j + 2) === 'of') j += 3;
    if (/^(the|these|those|his|her|their|its|our|other|some|many|most|several)$/.test(low(j))) j++;
    // ("Six Gannett newspapers in New Jersey")
    if (tokens[j]?.pos === 'NUM' && !/^\d{4}$/.test(low(j))) j++;
    // ("Clinton's top aides", "the president's senior aides": whose.)
    const owner = j;
    while ((tokens[j]?.pos === 'PROPN' || tokens[j]?.pos === 'NOUN') && j - owner < 4) j++;
    if (j > owner && /^['’]s?$/.test(tokens[j]?.text ?? '')) j++;
    else j = owner;
    while (tokens[j + 1] && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[j].pos) && /^(ADJ|NOUN|PROPN)$/.test(tokens[j + 1].pos) && tokens[j + 1].start < limit) j++;
    // ("Cruz's allies bristle at …": the tagger read the verb as a noun, and the people end before it.)
    if (tokens[j] && !plural(j) && j > owner && plural(j - 1) && tokens[j].pos === 'NOUN' && /^(ADP|DET)$/.test(tokens[j + 1]?.pos ?? '')) {
      return tokens[j - 1].end;
    }
    if (!tokens[j] || tokens[j].start >= limit || !plural(j)) return -1;
    // ("activists and intellectuals who …")
    if (low(j + 1) === 'and' && tokens[j + 2] && plural(j + 2)) j += 2;
    const end = tokens[j].end;
    let v = j + 1;
    // ("Sanders supporters in California are …": where they are, before the verb.)
    if (tokens[v]?.pos === 'ADP' && /^(in|at|from|across|inside|outside|around)$/.test(low(v))) {
      let c = v + 1;
      while (c < tokens.length && c - v <= 4 && /^(PROPN|DET)$/.test(tokens[c].pos)) c++;
      if (c > v + 1) v = c;
    }
    // ("…, while still confident in her victory, are warning": a clause set off between subject and verb.)
    if (tokens[v]?.text === ',') {
      let c = v + 1;
      while (c < tokens.length && c - v < 16 && tokens[c].text !== ',' && tokens[c].start < limit) c++;
      if (tokens[c]?.text !== ',') return -1;
      v = c + 1;
    }
    if (tokens[v]?.pos === 'ADV') v++;
    return finite(v) ? end : -1;
  }

  /** Whether token i names plural people ("aides", "prosecutors", "Democrats"), not one named by the entity layer as a body or person. */
  private peopleWord(i: number): boolean {
    const t = this.doc.tokens[i];
    const w = t.text.toLowerCase();
    if (!/[^s]s$/.test(w) || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
    const named = this.mentions.find((m) => m.start <= t.start && m.end >= t.end);
    if (named) return named.entity.type === 'NORP';
    // ("Companies say …": the tagger reads a sentence's capitalised first word as a name.)
    const common = t.pos === 'NOUN' || this.doc.tokens[i - 1]?.sentence !== t.sentence;
    // ("allies", "deputies": plurals in -ies of the singular described.)
    return common && (BODIES_IN_PLURAL.has(w) || SOURCE_NOUN_SET.has(w) || PERSON_DESCRIPTION_SET.has(w.slice(0, -1)) || PERSON_DESCRIPTION_SET.has(w.replace(/ies$/, 'y')) || w === 'allies' || PEOPLE_IN_NEWS.has(w) || PEOPLE_OF.test(w) || (PEOPLE_PLURAL.test(w) && !/ments$/.test(w) && !THINGS_LIKE_PEOPLE.has(w)));
  }

  /** Names joined by "and" (and commas) that open the text at `start` ("President Lee Jae-myung and Prime Minister Shigeru Ishiba met"), as one speaker. */
  private namesOpening(start: number, end: number): Omit<Speaker, 'mention'> | null {
    const text = this.doc.text;
    let k = firstWhere(0, this.mentions.length, (j) => this.mentions[j].start >= start);
    const first = this.mentions[k];
    if (!first || first.start >= end || !OPENS_TITLED.test(text.slice(start, first.start))) return null;
    const found = [first];
    let joined = false;
    while (k + 1 < this.mentions.length && this.mentions[k + 1].start < end) {
      const next = this.mentions[k + 1];
      const gap = text.slice(this.mentions[k].end, next.start);
      const and = JOINT_AND_TITLED.test(gap);
      if (!and && !JOINT_COMMA_TITLED.test(gap)) break;
      found.push(next);
      k++;
      if (and) { joined = true; break; }
    }
    const last = found[found.length - 1];
    if (!joined || found.length < 2 || this.owns(last.end) || !found.every((m) => JOINT_TYPES.has(m.entity.type))) return null;
    const others: Array<{ entity: string; name: string }> = [];
    for (const m of found.slice(0, -1)) if (m.entity.id !== last.entity.id && !others.some((o) => o.entity === m.entity.id)) others.push({ entity: m.entity.id, name: m.entity.name });
    return others.length ? { entity: last.entity.id, name: last.entity.name, with: others } : null;
  }

  /** Whether offset `at` is in a headline: the text's first paragraph, one line with no closing stop. */
  private inHeadline(at: number): boolean {
    const first = this.doc.article.paragraphs[0];
    if (!first || at >= first.end) return false;
    const line = this.doc.text.slice(first.start, first.end);
    return !line.includes('\n') && !/[.!?]["”’]?\s*$/.test(line);
  }

  /**
   * "Britain, France and Germany warned", "Both Sandu and Recean said", "President Lee Jae-myung and
   * Prime Minister Shigeru Ishiba said": the names joined before the speaker's phrase speak with it.
   * They are returned in the text's order, or null. A list needs its "and" next to the speaker, and
   * its first name must open the clause ("In Paris, France and Germany said": not Paris).
   */
  jointWith(span: Span, speaker: Speaker): Array<{ entity: string; name: string }> | null {
    const text = this.doc.text;
    const found: Array<{ start: number; entity: Entity }> = [];
    // (The phrase may hold the list's last "and" already: "France and Germany", "Trump and his lawyers";
    // not a noun they share: "The Sanders and Clinton campaigns", "White House and Pentagon spokesmen".)
    const and = text.slice(span.start, span.end).lastIndexOf(' and ');
    let at = and >= 0 ? span.start + and + 5 : span.start;
    if (and >= 0) {
      // (The name that ends the phrase, past a people's adjective in its title: "and Japanese Prime Minister Sanae Takaichi".)
      let j = firstWhere(0, this.mentions.length, (x) => this.mentions[x].start >= at);
      while (j + 1 < this.mentions.length && this.mentions[j].end < span.end && this.mentions[j].entity.type === 'NORP' && this.mentions[j + 1].end <= span.end) j++;
      const last = this.mentions[j];
      if (!(last && last.end === span.end && TITLED.test(text.slice(at, last.start))) && !/^(his|her|its|their|other|another)\s/i.test(text.slice(at, span.end))) return null;
    }
    // (A headline joins its last two names with a comma: "U.S., Ukraine say …".)
    const headline = this.inHeadline(span.start);
    for (let n = 0; n < 6; n++) {
      const k = firstWhere(0, this.mentions.length, (j) => this.mentions[j].start >= at) - 1;
      if (k < 0) break;
      const m = this.mentions[k];
      const gap = text.slice(m.end, at);
      const joiner = n === 0 && !headline ? JOINT_AND.test(gap) : JOINT_AND.test(gap) || JOINT_COMMA.test(gap);
      if (!joiner || !JOINT_TYPES.has(m.entity.type)) break;
      // (A title before the name belongs to it: "Prime Minister Shigeru Ishiba", "Secretary of State Marco Rubio".)
      let start = m.start;
      for (let t = 0; t < 4; t++) {
        const w = /(?:^|\s)((?:[A-Z][\w.'’-]*|of))\s+$/.exec(text.slice(Math.max(0, start - 30), start));
        if (!w || (w[1] === 'of' && t === 0) || NOT_TITLE.test(w[1])) break;
        start -= w[0].length - (w[0].startsWith(' ') ? 1 : 0);
      }
      found.push({ start, entity: m.entity });
      at = start;
      // ("the United States and South Korea")
      const the = /(?:^|\s)the\s+$/i.exec(text.slice(Math.max(0, at - 5), at));
      if (the) at -= the[0].length - (the[0].startsWith(' ') ? 1 : 0);
    }
    // The first name of the list opens its clause. One in a phrase that opens the sentence is not of
    // the list ("In Paris, France and Germany said"); after anything else, the list is part of a
    // larger phrase ("workers in New York, Los Angeles and Seattle", "Republicans like …").
    while (found.length) {
      const first = found[found.length - 1];
      // ("Both Bolton and Gorka saw", not "calls with both Sanders and Clinton".)
      const before = text.slice(Math.max(0, first.start - 20), first.start).replace(/\bthe\s+$/i, '').replace(/\b[Bb]oth\s+$/, '');
      if (JOINT_OPENS.test(before)) break;
      if (!FRONTED_PLACE.test(before)) return null;
      found.pop();
    }
    if (!found.length) return null;
    const out: Array<{ entity: string; name: string }> = [];
    for (const f of found.reverse()) if (f.entity.id !== speaker.entity && !out.some((o) => o.entity === f.entity.id)) out.push({ entity: f.entity.id, name: f.entity.name });
    return out.length ? out : null;
  }

  /**
   * "In a meeting with the editorial board of the Washington Post Trump said": a person's name run on
   * after another name, with no comma or title between, is the speaker (the writer left out the comma
   * that ends the phrase before it); its span, or null.
   */
  nameRunOn(span: Span): Span | null {
    let last: SpeakerResolver['mentions'][number] | undefined;
    let prev: SpeakerResolver['mentions'][number] | undefined;
    for (let i = firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= span.start); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      prev = last;
      last = this.mentions[i];
    }
    if (!last || !prev || last.end !== span.end || last.entity.type !== 'PERSON' || prev.entity.type === 'PERSON' || prev.end > last.start) return null;
    return /^ +$/.test(this.doc.text.slice(prev.end, last.start)) ? { start: last.start, end: last.end } : null;
  }

  /**
   * "Republicans said", "Many Democrats say", "Mexicans often say": a party's members or a people
   * speak, not the party or the country, and go by the plural the text names them with (the entity
   * stays the party's or the people's); so does a "they" that stands for them later.
   */
  namedAsMembers(speaker: Speaker): Speaker {
    const entity = this.entityById(speaker.entity);
    if (!entity || !(entity.type === 'NORP' || (entity.type === 'ORG' && entity.sector === 'PTY'))) return speaker;
    const { mention } = speaker;
    const own = mention && this.mentions.find((m) => m.entity === entity && m.start >= mention.start && m.end <= mention.end);
    const words = own ? this.doc.text.slice(own.start, own.end) : null;
    if (words && /^\p{Lu}[\p{L}-]*s$/u.test(words) && words !== entity.name) {
      this.members.set(entity.id, words);
      return { ...speaker, name: words };
    }
    const members = own ? undefined : this.members.get(entity.id);
    return members && mention && entry(PRONOUNS, this.doc.text.slice(mention.start, mention.end).toLowerCase()) ? { ...speaker, name: members } : speaker;
  }

  /** Resolves the speaker phrase at [span.start, span.end) (token range given for its parts of speech). */
  resolve(span: Span, tokens: Token[]): Speaker {
    const text = this.doc.text.slice(span.start, span.end);
    const lower = text.toLowerCase();
    const mention = { start: span.start, end: span.end };
    // "his opposition to …": a possessive names its holder like the pronoun it comes from.
    const base = entry(SUBJECT_FORM_OF, lower) ?? lower;
    const pron = entry(PRONOUNS, base);
    if (pron) {
      if (pron === 'self') {
        // ("I argued last week that …" in a column: outside quotation marks "I" is the writer, when the byline names one.)
        const authors = this.doc.article.meta.authors;
        if (/^(i|me|my)$/.test(base) && authors.length === 1 && !this.inQuote(span.start)) return { entity: null, name: authors[0], mention };
        return { entity: null, name: text, mention };
      }
      // "sent a letter urging Congress to act. “…,” it read.": what reads or states is the document; and what
      // goes on after one quoted ("…,” Bujnowski wrote in the affidavit. It continued: …").
      if (base === 'it' && lower === base && /^\s+(?:read|reads|states|stated|continued|continues|went on|goes on)\b/.test(this.doc.text.slice(span.end, span.end + 10))) {
        const paper = this.documentBefore(span.start);
        if (paper) return { entity: null, name: paper, mention };
      }
      // "The ministry said … . It said …", "…, the ministry said, in what it called …": "it" saying
      // something is the body that spoke just before, not the subject of the sentence it reported.
      const body = base === 'it' && lower === base ? this.bodySpokeBefore(span.start) : null;
      // ("The judiciary's Mizan news agency said … . It did not name the ship": a body or a document the
      // entity layer does not know, by the word that heads it.)
      if (body && (body.entity || this.bodyOrDocument(body))) return { entity: body.entity, name: body.name, mention };
      const gender = base === 'he' ? 'm' : base === 'she' ? 'f' : undefined;
      // "A doctor at the hospital, who spoke on condition of anonymity because he feared reprisals, said …":
      // inside a "who" clause, the one described before it.
      const holder = gender && lower === base ? this.describedBeforeWho(span.start, gender) : null;
      if (holder) return { entity: null, name: holder, mention };
      // "As they say about the doctor, …": the idiom's "they" are people at large, no one named before.
      if (base === 'they' && /\bas\s+$/i.test(this.doc.text.slice(span.start - 4, span.start)) && /^\s+say\b/.test(this.doc.text.slice(span.end, span.end + 5))) return { entity: null, name: text, mention };
      // ("Britain, France and Germany warned … . “…,” they said", "Lee and Ishiba met in Tokyo. They said …": all of them.)
      const they = base === 'they' && lower === base;
      const together = they ? this.jointBefore(span.start) : null;
      if (together) return this.noteThey(span, { ...together, mention });
      // ("This group recognizes … . But they see … . They think …": the "they" before, with no one named between.)
      const same = they ? this.theyBefore(span.start) : null;
      if (same) return this.noteThey(span, { ...same, mention });
      // ("The senators met Clinton and Trump. They said …": the people that open the sentence before.)
      const group = they ? this.groupOpeningBefore(span.start) : null;
      if (group) return this.noteThey(span, { entity: null, name: group, mention });
      const ante = this.antecedent(span.start, pron === 'person' ? 'person' : 'group', undefined, gender, base === 'it' ? 'one' : /^the(y|m|ir|irs)$/.test(base) ? 'many' : null);
      // (A body named only by a description, "the ministry", over a place the sentence named.)
      const place = this.entityById(ante?.entity);
      if (body && (!ante || (place && (place.type === 'GPE' || place.type === 'LOC') && !place.mentions.some((x) => x.start > body.start && x.start < span.start)))) {
        return { entity: null, name: body.name, mention };
      }
      if (ante && gender && lower === base) this.pronouns.push({ start: span.start, gender, entity: ante.entity, name: ante.name });
      const sp: Speaker = ante ? { entity: ante.entity, name: ante.name, mention } : { entity: null, name: text, mention };
      return they && ante ? this.noteThey(span, sp) : sp;
    }
    // "His office said in a statement", "according to a statement from her campaign": the body speaks
    // for the person the possessive points to.
    // ("Mr. Netanyahu's office said", "Philippine President Ferdinand Marcos Jr.'s office said": the person's, by name.)
    const own = this.ownBody(text, span) ?? this.whoseOwn(text, span);
    if (own) {
      return this.bodySpeaks(span, own.entity, own.name, mention);
    }
    // "Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said": a
    // description set off after a person's name (closed by a comma or a "who") is that person; not
    // "For Trump, the topic provided …", where the phrase is the subject after an opening phrase.
    // ("John Dickey, the chief executive of Ora Media -- the production company …": a dash closes it too.)
    if (/^(the|a|an)\s/i.test(text) && /^(,|\s+who\b|\s*(--|—|–))/.test(this.doc.text.slice(span.end, span.end + 5))) {
      const apposed = this.nameBefore(span.start);
      if (apposed) return { entity: apposed.id, name: apposed.name, mention };
    }
    // "the North warned", "the South said": the North or South Korea (Sudan …) the article names.
    const half = /^the (North|South)$/i.exec(text);
    if (half) {
      const country = this.doc.entities.find((e) => e.type === 'GPE' && e.name.startsWith(`${half[1][0].toUpperCase()}${half[1].slice(1).toLowerCase()} `) && e.mentions.some((m) => m.start < span.start));
      if (country) {
        // (Noted as a body that spoke: "The North has accused … . Last year it said …" is the North again.)
        return this.bodySpeaks(span, country.id, country.name, mention);
      }
    }
    // "Many in Hong Kong", "some in the party": people the phrase counts, not the place or body they are in.
    if (tokens.length > 2 && QUANTIFIER_IN.test(`${tokens[0].text} ${tokens[1].text}`)) {
      return this.bodySpeaks(span, null, text, mention);
    }
    // "India's largest refiner, Reliance Industries, said": a body's description set off before its name.
    const body = tokens.length > 1 && tokens[tokens.length - 1].pos === 'NOUN' && /^[a-z]/.test(tokens[tokens.length - 1].text) ? this.organisationAfter(span.end) : null;
    if (body) {
      return this.bodySpeaks(span, body.id, body.name, mention);
    }
    // "Hungary's prime minister had threatened …", "Hungary, whose prime minister …" before "Hungarian Prime
    // Minister Viktor Orban": a country's office is the person the text titles so.
    const office = this.countryOffice(text, span);
    if (office) {
      this.note({ start: span.start, end: span.end, name: office.name, entity: office.id, person: true, group: false });
      return { entity: office.id, name: office.name, mention };
    }
    let covering = this.entityCovering(this.headSpan(span, tokens));
    // ("A spokesperson for China's Taiwan Affairs Office, Chen Binhua, said": the person named after the description.)
    // ("The U.S. senior adviser for Africa, Massad Boulos, said": a title before its complement, wherever it starts.)
    const namedAfter = covering && covering.type !== 'PERSON' && tokens.length > 2 && (PERSON_DESCRIPTION_SET.has(tokens[tokens[0].pos === 'DET' ? 1 : 0].text.toLowerCase()) || roleComplement(tokens) > 0) ? this.nameAfter(span.end) : null;
    if (namedAfter) return { entity: namedAfter.id, name: namedAfter.name, mention };
    // ("The Navy's top officer conceded … . ¶ Adm. Daryl Caudle testified …": the office a paragraph's opening
    // sentence describes is the person the next paragraph opens by naming, first named there.)
    const namedNext = (!covering || covering.type !== 'PERSON') && tokens.length > 2 && /^the$/i.test(tokens[0].text) && OFFICE_HOLDER.test(tokens[tokens.length - 1].text)
      ? this.namedOpeningNext(span) : null;
    if (namedNext) {
      this.note({ start: span.start, end: span.end, name: namedNext.name, entity: namedNext.entity.id, person: true, group: false });
      return { entity: namedNext.entity.id, name: namedNext.name, mention };
    }
    // ("…, a global hunger monitor said on Friday. ¶ The Integrated Food Security Phase Classification (IPC) said": so a body.)
    const bodyNext = !covering && tokens.length > 1 && /^(a|an|the)$/i.test(tokens[0].text) && DESCRIBED_BODY.test(tokens[tokens.length - 1].text) ? this.namedOpeningNext(span, 'ORG') : null;
    if (bodyNext) return this.bodySpeaks(span, bodyNext.entity.id, bodyNext.name, mention);
    if (covering) {
      // "Senator John Cornyn of Texas": the person before "of" speaks, not the place after it.
      // ("Jean-Luc Mélenchon of France Unbowed": nor a party the entity layer took for a person.)
      const of = tokens.findIndex((t, k) => k > 0 && t.text === 'of' && tokens[k - 1].pos === 'PROPN');
      const person = of > 0 ? this.entityCovering({ start: tokens[of - 1].start, end: tokens[of - 1].end }) : null;
      if (person && person.type === 'PERSON') covering = person;
    }
    if (covering) {
      // ("Analysts at Goldman Sachs wrote": people of a body speak for it, and are named as they are.)
      const staff = covering.type === 'ORG' && tokens.length > 2 && PEOPLE_OF.test(tokens[0].text) && /^(at|from|of|with|for)$/i.test(tokens[1].text);
      // ("A Chinese statement said", "according to a South Korean readout": the country issued it.)
      const issuer = covering.type === 'NORP' && covering.country && tokens.every((t) => t.pos === 'PROPN' || t.pos === 'ADJ') ? this.issuingCountry(covering, span.end) : null;
      if (issuer) {
        return this.bodySpeaks(span, issuer.id, issuer.name, mention);
      }
      const name = staff ? text : covering.name;
      this.note({ start: span.start, end: span.end, name, entity: covering.id, person: covering.type === 'PERSON', group: covering.type !== 'PERSON' });
      return { entity: covering.id, name, mention };
    }
    // "Seoul's defense ministry", "South Korea's military", "the Chinese foreign ministry": a country's
    // institution in common nouns is that country's, by the name the text gives it.
    // ("Iran's mission to the United Nations": the mission, wherever it is sent.)
    // ("the government in Kyiv": the country whose capital the phrase ends in.)
    const placed = / in (?=\p{Lu})/u.exec(text);
    // (Not a mission's host: "China's embassy in Washington" is China's, "the U.S. Embassy in Seoul" the U.S.'s.)
    const placedIn = placed ? text.slice(0, placed.index) : '';
    const opening = INSTITUTION.test(text.replace(/\s+to\s+(the\s+)?\p{Lu}.*$/u, '')) || (placed && INSTITUTION.test(placedIn)) ? this.countryOpening(span) : null;
    const owner = opening ?? (placed && INSTITUTION.test(placedIn) && !MISSION_END.test(placedIn) ? this.countryClosing(span, span.start + placed.index + 4) : null);
    // ("Israel rejected the findings. Its foreign ministry called …": the country named just before.)
    const back = owner ? null : BACK_POSSESSIVE.exec(text);
    const before = back && INSTITUTION.test(text) ? this.countryBefore(span.start) : null;
    const homeBody = owner || back ? null : this.homeBody(span, text, mention);
    if (homeBody) return homeBody;
    const groupHeads = owner ? null : this.groupHeads(span, text, mention);
    if (groupHeads) return groupHeads;
    if (back && before) {
      const name = `${before.name}'s ${text.slice(back[0].length)}`;
      return this.bodySpeaks(span, before.id, name, mention);
    }
    if (owner) {
      // ("China's embassy" in Washington; the government "in Kyiv" is what says whose.)
      const name = (opening && placed ? placedIn : text).replace(/^the\s+/i, '');
      return this.bodySpeaks(span, owner.id, name, mention);
    }
    // ("the mayor of Chicago", "the governor of Texas, Greg Abbott,": the role is the head, not the place.)
    const roleAt = roleOf(tokens);
    const head = roleAt > 0 ? tokens[roleAt - 1] : tokens[tokens.length - 1];
    const headWord = head ? head.text.toLowerCase() : '';
    const startsDefinite = /^(the|this|that|our|their)\s/i.test(text);
    // "the F.B.I. director, James B. Comey, recommended", "Kim's sister, Kim Yo Jong, warned": the name set off after the description.
    // ("The head of the delegation, Sheikh Bala Lau,", "The ambassador to Manila, MaryKay Carlson,": a role before its complement.)
    const complement = roleAt > 0 ? -1 : roleComplement(tokens);
    // ("A federal judge in Boston, Brian E. Murphy,": the title before where its holder is.)
    const inAt = complement > 0 ? -1 : placeAt(tokens);
    const titled = complement > 0 ? tokens[complement - 1] : inAt > 0 ? tokens[inAt - 1] : head;
    const titledWord = titled ? titled.text.toLowerCase() : '';
    // (wink tags "chief" closing "the EU foreign policy chief" an adjective.)
    // (Or before its complement: "the senator's chief of staff, Ruth Okafor,".)
    const titledNoun = titled && (titled.pos === 'NOUN' || (titled.pos === 'ADJ' && (titled === tokens[tokens.length - 1] || (complement > 0 && titled === tokens[complement - 1]))));
    // ("One passenger, Subhonkul Rakhimov, told": a plain word for a person too; "The Senate's top Democrat, Chuck
    // Schumer, has told": a party's member, which wink reads as a name.)
    const member = /^(democrat|republican)$/.test(titledWord);
    if (titled && (titledNoun || member) && (describesPerson(titledWord) || titledWord in KIN_GENDER || member) && !/s$/.test(titledWord)) {
      const named = this.nameAfter(span.end);
      if (named) return { entity: named.id, name: named.name, mention };
    }
    // ("… according to a New York Times/CBS News poll. In the mid-January poll, 50 percent said …": a poll the
    // text does not name again is the one it named last, unless an unnamed one came between.)
    if (THE_POLL.test(text)) {
      const named = this.pollBefore(span.start);
      if (named) return { entity: null, name: named, mention };
    }
    // "In a statement, the Kentucky Republican said": a party's member from a state.
    const from = MEMBER_FROM.exec(text);
    const fromState = from ? this.memberFrom(from[1], from[2] === 'Democrat' ? 'democratic' : 'republican', span.start) : null;
    if (fromState) {
      this.note({ start: span.start, end: span.end, name: fromState.name, entity: fromState.id, person: true, group: false });
      return { entity: fromState.id, name: fromState.name, mention };
    }
    if (startsDefinite && head && head.pos === 'NOUN' && PERSON_DESCRIPTION_SET.has(headWord) && !/s$/.test(headWord)) {
      // "the Florida senator and Republican presidential candidate": the first description is the office to look up.
      const first = /(\S+)\s+and\s/i.exec(text)?.[1].toLowerCase();
      // ("the vice president", "the deputy minister": not the president, not the minister.)
      const under = tokens[tokens.indexOf(head) - 1];
      const role = first && PERSON_DESCRIPTION_SET.has(first) ? first : under && /^(vice|deputy|assistant|under)$/i.test(under.text) ? `${under.text.toLowerCase()} ${headWord}` : headWord;
      // ("the secretary-general's spokesman": someone's aide is someone titled so, not whoever the sentence is about.)
      const owned = tokens.some((t) => /^['’]s$/.test(t.text));
      // ("the president", "the prime minister": one office, held by someone the text titles so or by no one it names.)
      const side = { party: PARTY.exec(text)?.[1].toLowerCase(), place: placeOfOffice(text, role) };
      // (So is one of a body the description names, "the FBI director", "the Pentagon chief": not whoever the
      // sentence before was about. A legislature's offices are held by its members, whom the text may name
      // without the office: "Sen. Harry Reid … the Senate minority leader said".)
      const at = side.place ? text.indexOf(side.place) : -1;
      const body = at >= 0 ? this.entityCovering({ start: span.start + at, end: span.start + at + side.place!.length }) : null;
      // (A veteran of it is no office of it: "The Air Force veteran" after Rick Perry is Perry.)
      const ofBody = body?.type === 'ORG' && body.sector !== 'LEG' && role !== 'veteran';
      const ante = this.antecedent(span.start, 'person', role, undefined, null, side, roleAt > 0 || owned || ofBody || (ONE_HOLDER.has(role) && tokens.length <= 3));
      if (ante) {
        this.note({ start: span.start, end: span.end, name: ante.name, entity: ante.entity, person: true, group: false });
        return { entity: ante.entity, name: ante.name, mention };
      }
    }
    // "CNN President On Trump: ‘…’" in a headline, then "CNN President Jeff Zucker isn't kowtowing": a
    // title the text puts before a person's name elsewhere is that person.
    if (head && head.pos !== 'PRON' && PERSON_DESCRIPTION_SET.has(headWord)) {
      const titled = this.personTitled(text, span);
      if (titled) return { entity: titled.id, name: titled.name, mention };
    }
    // ("The State Department urged Beijing to … . “…,” a spokesperson said.": an unnamed spokesperson speaks for
    // the organisation that spoke just before.)
    if (BARE_SPOKESPERSON.test(text)) {
      const body = this.organisationSpokeBefore(span.start);
      if (body) return { entity: body.id, name: body.name, mention };
    }
    // "The ministry said" after "Taiwan's Defense Ministry said": a body named by its head noun is the
    // last one of that head named before.
    // ("the foreign ministry said", "the defense ministry said": a lower-case field before the head.)
    const bodyWords = tokens.length === 2 || (tokens.length === 3 && /^[a-z]+$/.test(tokens[1].text)) ? text.slice(text.indexOf(' ') + 1).toLowerCase() : '';
    if (startsDefinite && bodyWords && head?.pos === 'NOUN' && BODY_HEADS.has(headWord)) {
      // ("South Korea's National Intelligence Service has estimated … . The agency told lawmakers …": an
      // intelligence or government body that spoke just before is "the agency", whatever its name ends in.)
      const agency = bodyWords === 'agency' ? this.organisationSpokeBefore(span.start) : null;
      // (Noted as a body that spoke: "The ministry said 32 targets had been destroyed, which it described as …".)
      // (So is a state's body the knowledge base does not know: "Britain's National Cyber Security Centre said …. … the
      // agency said", not "Russia's military intelligence agency" named in its words.)
      const body = agency && (/^(SPY|GOV)$/.test(agency.sector ?? '') || (!agency.sector && agency.country)) ? agency : this.bodyHeaded(bodyWords, span.start);
      if (body) {
        return this.bodySpeaks(span, body.id, body.name, mention);
      }
      // ("Netanyahu's office rejected that account. “…,” the office said": the body of that name that spoke just before.)
      const before = this.bodySpokeBefore(span.start);
      if (before && before.name.toLowerCase().endsWith(`'s ${bodyWords}`)) return { entity: before.entity, name: before.name, mention };
      // ("Pakistan's foreign ministry summoned …": a body the text names by its country, in lower case.)
      const national = this.countryBodyBefore(bodyWords, span.start);
      if (national) {
        return this.bodySpeaks(span, national.entity.id, national.name, mention);
      }
      // ("Palestine Action said … “…,” the group said": a word for any body is the one that spoke last.)
      const spoke = tokens.length === 2 && GENERIC_BODY.has(headWord) ? this.organisationSpokeBefore(span.start) : null;
      // (A company is a business or an outlet, a firm a business; no word for a body is a government's.)
      const fits = spoke && (headWord === 'company' ? spoke.sector === 'BUS' || spoke.sector === 'JRN' : headWord === 'firm' ? spoke.sector === 'BUS' : !/^(GOV|MIL|IGO|SPY)$/.test(spoke.sector ?? ''));
      if (spoke && fits) return { entity: spoke.id, name: spoke.name, mention };
    }
    // ("Verizon was trying to ship call-center jobs overseas … . The company said", "the editors of The Advocate
    // … . The newspaper urged": with no such body speaking before, the body of that kind the text named last.)
    const kind = startsDefinite && tokens.length === 2 && head?.pos === 'NOUN' ? BODY_KINDS[headWord] : undefined;
    const ofKind = kind ? this.bodyOfKindBefore(kind, span.start) : null;
    if (ofKind) return this.bodySpeaks(span, ofKind.id, ofKind.name, mention);
    // ("Hezbollah fired rockets … . The Iranian-backed group said": a group described by who backs it, or
    // what it is, is the armed or political group named last; "the group" alone, when the body that spoke last
    // is none, an armed one: "Hezbollah blamed Israel … . Israel's military declined to comment. “…,” the group said".)
    const bare = /^the (group|militia|movement)$/i.test(text);
    if (startsDefinite && head?.pos === 'NOUN' && (DESCRIBED_GROUP.test(text) || bare)) {
      const g = this.groupNamedBefore(span.start, bare ? ARMED_GROUP : NON_STATE);
      if (g) return { entity: g.id, name: g.name, mention };
    }
    // ("A State Department spokesperson said", "a Pentagon spokesman": one who speaks for the body the words
    // before name, described as the text describes them.)
    if (head?.pos === 'NOUN' && /^spokes(man|woman|person)$/.test(headWord) && tokens.length > 2 && head === tokens[tokens.length - 1]) {
      const body = this.entityCovering({ start: tokens[1].start, end: tokens[tokens.length - 2].end });
      if (body && (body.type === 'ORG' || body.type === 'GPE')) {
        // (Noted as the person described, as any unnamed one is, for "the spokesperson said" after it.)
        this.note({ start: span.start, end: span.end, name: text, entity: null, person: true, group: false });
        return { entity: body.id, name: text, mention };
      }
    }
    // ("A spokesman for the Pentagon said", "The head of the International Atomic Energy Agency said": one who speaks
    // for a body the description names, named as they are, with the body's entity.)
    const spokenFor = this.bodySpokenFor(tokens);
    if (spokenFor) {
      this.note({ start: span.start, end: span.end, name: text, entity: spokenFor.id, person: true, group: false });
      return { entity: spokenFor.id, name: text, mention };
    }
    // ("Ukrainian officials said", "a senior Iranian official told Reuters", "A Pentagon official said": officials
    // of a state or of a state's body speak for it, and are named as they are: one official a person, some a group.)
    const officials = this.officialsOf(tokens);
    if (officials) {
      const one = !/s$/i.test(tokens[tokens.length - 1].text);
      this.note({ start: span.start, end: span.end, name: text, entity: officials.id, person: one, group: !one });
      return { entity: officials.id, name: text, mention };
    }
    const name = roleAt > 0 || plainPersonOf(tokens) > 0 ? text : this.coreName(tokens, text);
    // ("a readout of the call released by the department": the body the phrase ends in, named before.)
    const bodyEnd = name !== text ? /^the\s+([a-z]+)$/i.exec(name)?.[1].toLowerCase() : undefined;
    const ending = bodyEnd && BODY_HEADS.has(bodyEnd) ? this.bodyHeaded(bodyEnd, span.start) : null;
    if (ending) return { entity: ending.id, name: ending.name, mention };
    // "Cecile Richards: I’m Sick Of …" in a Title Case headline the entity layer does not read: the
    // person the article names so elsewhere.
    const named = this.entityNamed(name);
    if (named) {
      this.note({ start: span.start, end: span.end, name: named.name, entity: named.id, person: named.type === 'PERSON', group: named.type !== 'PERSON' });
      return { entity: named.id, name: named.name, mention };
    }
    // Without an entity layer, a guess: a proper name that does not read as an organisation is a person.
    // "the woman", "a senior official": one person described, not a group ("They said" is not her).
    // ("A doctor at the hospital": the description the name keeps, before where the person is; "A resident
    // of the Barmal district" is a person, not the district.)
    const nameHead = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    // ("A senior Malian army officer told Reuters …. “…,” he said": a plain word for a person heads it too.)
    const described = (head?.pos === 'NOUN' && (describesPerson(headWord) || headWord in KIN_GENDER) && !/s$/.test(headWord))
      || (name !== text && name.includes(' ') && describesPerson(nameHead)) || titleOfThe(tokens) > 0 || plainPersonOf(tokens) > 0;
    // wink tags a plural noun that opens a sentence as a name ("Protesters believe …"): a group all the same.
    const capitalGroup = tokens.length === 1 && head?.pos === 'PROPN' && (SOURCE_NOUN_SET.has(headWord) || PEOPLE_IN_NEWS.has(headWord));
    const person = described || /^(mr|mrs|ms|dr|sen|rep|gov)\.?\s/i.test(text) || (head?.pos === 'PROPN' && !capitalGroup && !/(agency|news|press|times|post|journal|department|ministry|house|party|committee|council|office|union|court|bank|university|institute|center|centre|association|network|corp|inc|group|organization|foundation|campaign|service|administration|commission|board|company|kremlin|pentagon|nato|un|cnn|fox|reuters|tass|kcna)$/i.test(name) && !/^[A-Z]{2,}$/.test(name));
    const cand: Candidate = { start: span.start, end: span.end, name, entity: null, person, group: !person };
    this.note(cand);
    return { entity: null, name, mention };
  }

  private entityById(id: string | null | undefined): Entity | undefined {
    return id ? this.doc.entities.find((e) => e.id === id) : undefined;
  }

  /** The organisation named last before `at` (within NEAR_BODY) whose name ends in `head` ("Defense Ministry" for "ministry"). */
  private bodyHeaded(head: string, at: number): Entity | null {
    // (By the words the text used too: "the French Foreign Ministry" is the Quai d'Orsay by name; and by a head
    // that opens the name: "the department" is the Department of Foreign Affairs.)
    return this.organisationBefore(at, (m) => headedBy(m.entity.name, head) || this.doc.text.slice(m.start, m.end).toLowerCase().endsWith(` ${head}`));
  }

  /** The organisation of the last mention before `at` (within NEAR_BODY) that `accept` takes, or null. */
  private organisationBefore(at: number, accept: (m: { start: number; end: number; entity: Entity }) => boolean): Entity | null {
    for (let i = firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= at) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (at - m.end > NEAR_BODY) return null;
      if (m.entity.type === 'ORG' && accept(m)) return m.entity;
    }
    return null;
  }

  /**
   * The country whose body was named last before `at` (within NEAR_BODY) as "<country>'s <words>" ending in
   * `words` ("Pakistan's foreign ministry" for "foreign ministry" or "ministry"), and those words.
   */
  private countryBodyBefore(words: string, at: number): { entity: Entity; name: string } | null {
    const tail = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?${words.replace(/\s+/g, '\\s+')}\\b`);
    // ("The Philippine coast guard said … . The coast guard said": by a people's word too.)
    const after = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}?${words.replace(/\s+/g, '\\s+')}\\b`);
    for (let i = firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= at) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (at - m.end > NEAR_BODY) return null;
      if (m.entity.type !== 'GPE' && m.entity.type !== 'NORP') continue;
      const hit = (m.entity.type === 'GPE' ? tail : after).exec(this.doc.text.slice(m.end, m.end + 60));
      if (hit) return { entity: m.entity, name: this.doc.text.slice(m.start, m.end + hit[0].length) };
    }
    return null;
  }

  /** The organisation of `kind` named last before `at` (within NEAR_BODY, outside quotes), or null. */
  private bodyOfKindBefore(kind: BodyKind, at: number): Entity | null {
    return this.organisationBefore(at, ({ start, entity: e }) => !this.inQuote(start)
      && (e.sector ? kind.sectors.test(e.sector) : (!kind.name || kind.name.test(e.name)) && (!kind.not || !kind.not.test(e.name))));
  }

  /** The organisation of no state, of one of `sectors`, named last before `at` (within NEAR_BODY): an armed group, a party, a movement. */
  private groupNamedBefore(at: number, sectors: RegExp): Entity | null {
    return this.organisationBefore(at, (m) => sectors.test(m.entity.sector ?? ''));
  }

  /** The speaker resolved last before `at`, within NEAR_SPEAKER, when it is one body (not a person, not a plural group). */
  private bodySpokeBefore(at: number): Candidate | null {
    let k = this.earlier.length - 1;
    while (k >= 0 && this.earlier[k].start >= at) k--;
    const c = k >= 0 ? this.earlier[k] : null;
    if (!c || c.person || !c.group || at - c.end > NEAR_SPEAKER || this.inQuote(c.start) || entry(PRONOUNS, c.name.toLowerCase())) return null;
    // ("Tehran vows response. The Treasury Department imposed sanctions on firms that it said …": a body the
    // pronoun's own sentence names before it, after that speaker, is the nearer one.)
    const here = this.sentenceAt(at);
    if (here && c.end <= here.start && this.mentions.some((m) => m.start >= here.start && m.end <= at && m.entity.type === 'ORG' && !this.inQuote(m.start))) return null;
    const entity = this.entityById(c.entity);
    // ("Trump's campaign said … . It called …": a person's office or campaign is a body that speaks for them.)
    if (entity ? !(entity.type === 'ORG' || entity.type === 'GPE' || (entity.type === 'PERSON' && OWN_BODY.test(c.name))) : /s$/i.test(c.name)) return null;
    return c;
  }

  /**
   * A speaker phrase headed by a word for a document or an outlet ("the report", "the newspaper"), or for
   * a body it names ("the judiciary's Mizan news agency", "The Sanders campaign"). ("The social media
   * company" alone is a description of a body named before, for the antecedent to find.)
   */
  private bodyOrDocument(c: Candidate): boolean {
    const headOf = (x: string) => /(\p{L}+)\W*$/u.exec(x)?.[1].toLowerCase() ?? '';
    const phrase = this.doc.text.slice(c.start, c.end);
    const head = headOf(phrase);
    if (describesPerson(headOf(c.name))) return false;
    return EVIDENCE_NOUN_SET.has(head) || OUTLET_HEADS.has(head) || ((BODY_HEADS.has(head) || GENERIC_BODY.has(head)) && /\s\p{Lu}/u.test(phrase));
  }

  /** The organisation resolved last as a speaker before `at` (within NEAR_SPEAKER), or null. */
  private organisationSpokeBefore(at: number): Entity | null {
    const last = this.lastSpeakerBefore(at);
    const e = last && at - last.end <= NEAR_SPEAKER ? this.entityById(last.entity) : undefined;
    return e && e.type === 'ORG' ? e : null;
  }

  /** The speaker phrase that starts last before `at` (speakers are resolved in the order of their quotes, not of their phrases). */
  private lastSpeakerBefore(at: number): Candidate | null {
    let last: Candidate | null = null;
    for (const c of this.earlier) if (c.start < at && (!last || c.start > last.start)) last = c;
    return last;
  }

  /** The one person or organisation of the article whose name, or a mention's words, are `name` (apostrophes aside). */
  private entityNamed(name: string): Entity | null {
    const key = (x: string) => x.replace(/[’‘]/g, "'").toLowerCase();
    const want = key(name);
    if (!/\s/.test(want)) return null;
    const found = this.doc.entities.filter((e) => (e.type === 'PERSON' || e.type === 'ORG') && (key(e.name) === want || e.mentions.some((m) => key(m.text) === want)));
    return found.length === 1 ? found[0] : null;
  }

  /** A person's name set off by commas right after offset `at` (", James B. Comey,"), or null. */
  private nameAfter(at: number): Entity | null {
    const text = this.doc.text;
    const m = this.mentionAfterComma(at);
    // ("the Pentagon's press secretary, Maj. Gen. Pat Ryder, said": ranks before the name.)
    const between = m ? text.slice(at + 2, m.start).split(/\s+/).filter(Boolean) : [];
    // ("The head of the delegation, Sheikh Bala Lau,": any word of a title the entity layer knows.)
    if (!m || !between.every((w) => { const k = w.toLowerCase().replace(/\.$/, ''); return TITLES.has(k) || TITLE_WORDS.has(k); })) return null;
    // (Closed by a comma, or ending the sentence: "…,” said the State Department spokesman, Matthew Miller.")
    return m.entity.type === 'PERSON' && /^(,|\.(\s|$)|;|$)/.test(text.slice(m.end, m.end + 2)) ? m.entity : null;
  }

  /**
   * The person (or, for `type` ORG, the body) the paragraph after the one whose opening sentence holds `span` opens
   * by naming (ranks and titles, or "The", before the name), when that paragraph's first sentence follows at once,
   * the one named is named nowhere before it and nothing of its kind is named before `span` (news agencies aside); with
   * the name to give it, a body's as the paragraph spells it out ("The Integrated Food Security Phase Classification (IPC)").
   */
  private namedOpeningNext(span: Span, type: 'PERSON' | 'ORG' = 'PERSON'): { entity: Entity; name: string } | null {
    const sentences = this.doc.sentences;
    const i = firstWhere(0, sentences.length, (k) => sentences[k].end > span.start);
    const s = sentences[i], next = sentences[i + 1];
    if (!s || !next || (i > 0 && sentences[i - 1].paragraph === s.paragraph) || next.paragraph !== s.paragraph + 1) return null;
    const m = this.mentions[firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= next.start)];
    if (!m || m.entity.type !== type || m.entity.mentions[0].start < next.start) return null;
    // (Only while the story has named no one yet, its headline aside: "Adm. Caudle spoke Monday. ¶ The Navy's top officer
    // conceded … ¶ Sen. Roger Wicker said" describes Caudle.)
    if (this.mentions.some((x) => x.entity.type === type && x.entity.sector !== 'JRN' && x.start < span.start && !this.inHeadline(x.start))) return null;
    // (A body may open the paragraph by its full name, its abbreviation the mention: "The Integrated Food Security Phase
    // Classification (IPC) said".)
    const spelled = type === 'ORG' ? SPELLED_OUT.exec(this.doc.text.slice(next.start, m.start)) : null;
    if (spelled) return { entity: m.entity, name: spelled[1] };
    const before = this.doc.text.slice(next.start, m.start).split(/\s+/).filter(Boolean);
    return before.every((w) => { const k = w.toLowerCase().replace(/\.$/, ''); return type === 'ORG' ? k === 'the' : TITLES.has(k) || TITLE_WORDS.has(k); }) ? { entity: m.entity, name: m.entity.name } : null;
  }

  /** An organisation named right after ", " (or ", the ") at offset `at` and closed by a comma, or null. */
  private organisationAfter(at: number): Entity | null {
    const m = this.mentionAfterComma(at);
    // ("The ship's manager, Greece-based Allseas Marine, said": where the firm is based comes first.)
    const based = m && m.start === at + 2 ? /^-based\s+/.exec(this.doc.text.slice(m.end, m.end + 8)) : null;
    if (m && based) {
      const firm = m.end + based[0].length;
      const next = this.mentions[firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= firm)];
      return next && next.start === firm && next.entity.type === 'ORG' && this.doc.text[next.end] === ',' ? next.entity : null;
    }
    // ("The U.N. nuclear watchdog, the International Atomic Energy Agency, said")
    const right = m && (m.start === at + 2 || /^the\s$/i.test(this.doc.text.slice(at + 2, m.start)));
    return m && right && m.entity.type === 'ORG' && this.doc.text[m.end] === ',' ? m.entity : null;
  }

  /** The mention that ends right before a comma closing at offset `at` ("Hungary, whose …"), or undefined. */
  private mentionBeforeComma(at: number): { start: number; end: number; entity: Entity } | undefined {
    const k = firstWhere(0, this.mentions.length, (i) => this.mentions[i].start >= at) - 1;
    return k >= 0 && /^,\s*$/.test(this.doc.text.slice(this.mentions[k].end, at)) ? this.mentions[k] : undefined;
  }

  /** The first entity mention after ", " at offset `at` (not necessarily right after it), or undefined when no comma is there. */
  private mentionAfterComma(at: number): { start: number; end: number; entity: Entity } | undefined {
    if (!/^,\s$/.test(this.doc.text.slice(at, at + 2))) return undefined;
    return this.mentions[firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= at + 2)];
  }

  /** A person's name (and its "of Place") right before ", " at offset `at`, or null. */
  private nameBefore(at: number): Entity | null {
    const text = this.doc.text;
    if (at < 2 || !/^,\s$/.test(text.slice(at - 2, at))) return null;
    const k = firstWhere(0, this.mentions.length, (j) => this.mentions[j].start >= at) - 1;
    for (let j = k; j >= 0 && j >= k - 1; j--) {
      const m = this.mentions[j];
      const between = text.slice(m.end, at - 2);
      if (m.entity.type === 'PERSON' && (between === '' || /^ of [A-Z][\w.]*(?: [A-Z][\w.]*)?$/.test(between))) return m.entity;
    }
    return null;
  }

  /** The document named last in the ~600 characters before `at` ("a letter" → "the letter"), or null. */
  private documentBefore(at: number): string | null {
    const before = this.doc.text.slice(Math.max(0, at - 600), at);
    let found: string | null = null;
    for (const m of before.matchAll(DOCUMENT_NOUN)) found = m[1].toLowerCase();
    return found ? `the ${found}` : null;
  }

  /** The person whose name follows `title` nearest to `span` elsewhere in the text, outside quoted words. */
  private personTitled(phrase: string, span: Span): Entity | null {
    // ("The prime minister said …" before "Prime Minister Dorin Recean, speaking at …": a definite
    // description is the title in any case, without its article; the lower case keeps the offsets of
    // nearly every text.)
    const definite = /^the\s/i.test(phrase) && (this.lowerText ??= this.doc.text.toLowerCase()).length === this.doc.text.length;
    const title = definite ? phrase.slice(4).toLowerCase() : phrase;
    const text = definite ? this.lowerText! : this.doc.text;
    let best: Entity | null = null;
    let bestDist = Infinity;
    for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) {
      if (i === span.start) continue;
      // ("Japanese Prime Minister …", "former Prime Minister …", "Vice President …": someone else's office.)
      const word = definite ? /(\S+)\s+$/.exec(this.doc.text.slice(Math.max(0, i - 16), i))?.[1] : undefined;
      if (definite && i > 0 && /\w/.test(this.doc.text[i - 1])) continue;
      if (word && !/[.,;:!?”"—)]$/.test(word) && (/^[A-Z]/.test(word) || /^(vice|deputy|former|acting|assistant|associate|ex|then|late)$/i.test(word))) continue;
      if (text[i + title.length] !== ' ') continue;
      const m = this.personRightAfter(i + title.length + 1);
      if (!m) continue;
      const d = Math.abs(i - span.start);
      if (d < bestDist) { best = m.entity; bestDist = d; }
    }
    return best;
  }

  /**
   * The person the text titles with a country's office, for "<country>'s <office>" or "whose <office>"
   * right after the country's name: "Hungarian Prime Minister Viktor Orban", "Hungary's Prime Minister
   * Viktor Orban", or the office before a person of that country. The nearest such person, or null.
   */
  private countryOffice(phrase: string, span: Span): Entity | null {
    // ("China's ambassador to Britain": an envoy's office holds where the envoy is sent.)
    const owned = /^(.+?)['’]s\s+([a-z][a-z -]*?(?: to (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?)$/u.exec(phrase) ?? /^whose\s+([a-z][a-z -]*)$/i.exec(phrase);
    if (!owned) return null;
    const office = (owned.length === 3 ? owned[2] : owned[1]).toLowerCase();
    const sentTo = /^([a-z]+) to /.exec(office);
    if (sentTo ? !ENVOYS.test(sentTo[1])
      : !PERSON_DESCRIPTION_SET.has(office.slice(office.lastIndexOf(' ') + 1)) || !/^(?:[a-z]+ ){0,2}[a-z]+$/.test(office)) return null;
    let country: Entity | null;
    if (owned.length === 3) {
      country = this.entityCovering({ start: span.start, end: span.start + owned[1].length });
    } else {
      // ("Hungary, whose prime minister": the country right before the comma.)
      country = this.mentionBeforeComma(span.start)?.entity ?? null;
    }
    if (!country || country.type !== 'GPE' || !country.country) return null;
    const lower = (this.lowerText ??= this.doc.text.toLowerCase());
    if (lower.length !== this.doc.text.length) return null;
    let best: Entity | null = null;
    let bestDist = Infinity;
    // Titled so with no country named or known: used when they are the only ones ("Austria's interior
    // minister said …", then "Interior Minister Wolfgang Peschorn said").
    const unplaced = new Set<Entity>();
    let placedElsewhere = false;
    for (let i = lower.indexOf(office); i >= 0; i = lower.indexOf(office, i + 1)) {
      if (i >= span.start && i < span.end) continue;
      if (lower[i + office.length] !== ' ' || (i > 0 && /\w/.test(lower[i - 1]))) continue;
      const m = this.personRightAfter(i + office.length + 1);
      if (!m) continue;
      const before = /(\S+)\s+$/.exec(this.doc.text.slice(Math.max(0, i - 24), i))?.[1] ?? '';
      // ("Hungarian Prime Minister", "Hungary's Prime Minister": not a capital's name.)
      const named = matchCountry(before.replace(/['’]s$/, ''));
      const theirs = (named?.iso3 === country.country && named.via !== 'capital') || m.entity.country === country.country;
      if (!theirs) {
        if (!named && !m.entity.country) unplaced.add(m.entity);
        else placedElsewhere = true;
        continue;
      }
      const d = Math.abs(i - span.start);
      if (d < bestDist) { best = m.entity; bestDist = d; }
    }
    // ("Iran's foreign minister said …", then "Abbas Araghchi" untitled: the one person the article names
    // whose known office it is.)
    if (!best) {
      const holders = this.doc.entities.filter((e) => e.type === 'PERSON' && e.country === country.country && e.roles.some((r) => r.toLowerCase().startsWith(`${office} of `)));
      if (holders.length === 1) best = holders[0];
    }
    if (!best && unplaced.size === 1 && !placedElsewhere) best = [...unplaced][0];
    return best;
  }

  /** A person's own body ("his office", "Mr. Netanyahu's office"): that person and the body's name, or null. */
  private ownBody(text: string, span: Span): { entity: string | null; name: string } | null {
    // ("Kemi Badenoch … . Her party has demanded …": a party is the person's by name, not the person.)
    // ("Guterres urged both countries …, his spokesman said": the spokesman speaks for him.)
    const owned = OWN_BODY_OF_PRONOUN.exec(text) ?? /^(his|her)\s+(party|spokes(?:man|woman|person))$/i.exec(text);
    // ("His spokesperson, Claire Castro, told": the one named after the description speaks.)
    if (owned && !(/^spokes/i.test(owned[2]) && this.nameAfter(span.end))) {
      const ante = this.antecedent(span.start, 'person', undefined, owned[1].toLowerCase() === 'his' ? 'm' : 'f', null);
      const noun = owned[2].toLowerCase();
      return ante?.entity ? { entity: OWN_BODY_WORD.test(noun) || noun.startsWith('spokes') ? ante.entity : null, name: `${ante.name}'s ${noun}` } : null;
    }
    const personal = OWN_BODY_OF_NAME.exec(text);
    const holder = personal ? this.entityCovering({ start: span.start + personal[1].length - 1, end: span.start + personal[1].length }) : null;
    if (personal && holder?.type === 'PERSON') return { entity: holder.id, name: `${holder.name}'s ${personal[2].toLowerCase()}` };
    // ("The Clinton campaign said", "the Obama administration said": a name before the body's word owns it as a possessive does.)
    const named = OWN_BODY_NAMED.exec(text);
    const namer = named ? this.entityCovering({ start: span.start + named[1].length, end: span.start + named[1].length + named[2].length }) : null;
    return named && namer?.type === 'PERSON' ? { entity: namer.id, name: `${namer.name}'s ${named[3].toLowerCase()}` } : null;
  }

  /**
   * "Sahra Wagenknecht, whose party opposes …": what belongs to the person named right before the comma,
   * by that person's name; the entity is the person's only for a body of their own ("whose campaign").
   */
  private whoseOwn(text: string, span: Span): { entity: string | null; name: string } | null {
    const owned = /^whose\s+([a-z][a-z-]*)$/i.exec(text);
    if (!owned) return null;
    const m = this.mentionBeforeComma(span.start);
    if (!m || m.entity.type !== 'PERSON') return null;
    const noun = owned[1].toLowerCase();
    return { entity: OWN_BODY_WORD.test(noun) ? m.entity.id : null, name: `${m.entity.name}'s ${noun}` };
  }

  /** The person mention that starts at offset `at` (after a title), outside quotations, or null. */
  private personRightAfter(at: number): { start: number; end: number; entity: Entity } | null {
    const m = this.mentions[firstWhere(0, this.mentions.length, (k) => this.mentions[k].start >= at)];
    return m && m.start === at && m.entity.type === 'PERSON' && !this.inQuote(m.start) ? m : null;
  }

  /** Remembers a speaker so that later pronouns and descriptions can point back to it. */
  note(c: Candidate): void {
    this.earlier.push(c);
  }

  /** Marks the speaker phrase resolved at offset `start` as the subject of a verb of saying. */
  spoke(start: number): void {
    // (Its phrase was resolved just now or for a quotation before: from the latest back.)
    for (let k = this.earlier.length - 1; k >= 0; k--) if (this.earlier[k].start === start) { this.earlier[k].spoke = true; return; }
  }

  /** Remembers a question put to someone ("Asked whether Trump …, Ban demurred."): no one named inside it is the sentence's subject. */
  noteQuestion(span: Span): void {
    this.questions.push(span);
  }

  private inQuestion(m: Span): boolean {
    return this.questions.some((q) => q.start <= m.start && m.end <= q.end);
  }

  /** Remembers reported speech and its resolved speaker: a person named inside it is what was said. */
  noteReport(span: Span, speaker: { entity: string | null; name: string }): void {
    if (speaker.entity) this.reports.push({ start: span.start, end: span.end, entity: speaker.entity, name: speaker.name });
  }

  /**
   * "… Dianne Feinstein …, who said none of the emails originated with Clinton. “…,” she said": a
   * person named only inside someone's reported words is less likely "she" than the one reporting
   * them. The reporter, when of the pronoun's gender and not that person.
   */
  private reporterAround(m: { start: number; entity: Entity }, gender: 'm' | 'f'): { entity: string; name: string } | null {
    for (let k = this.reports.length - 1; k >= 0; k--) {
      const r = this.reports[k];
      if (r.start > m.start || m.start >= r.end) continue;
      if (r.entity === m.entity.id) return null;
      const e = this.entityById(r.entity);
      return e && e.type === 'PERSON' && this.genderOf(e) === gender ? { entity: r.entity, name: r.name } : null;
    }
    return null;
  }

  /**
   * Where the head of a speaker phrase is: its last word, or the name before a trailing common
   * noun that only says what the name is ("Tass news agency"), or the noun before "in Seoul".
   * Entities mentioned elsewhere in the phrase ("South Korean officials", "Mr. Biden’s aides")
   * are not the speaker.
   */
  private headSpan(span: Span, tokens: Token[]): Span {
    if (!tokens.length) return span;
    // A person's name closing an envoy's title is its head: "China's ambassador to Britain Liu Xiaming", "U.S.
    // Ambassador to the United Nations Linda Thomas-Greenfield" (not "supporters of Hillary Clinton").
    const last = tokens[tokens.length - 1];
    const sentTo = envoyTo(tokens);
    if (sentTo > 0 && ENVOYS.test(tokens[sentTo - 1].text) && last.pos === 'PROPN' && tokens.every((t, k) => k <= sentTo || (t.pos !== 'ADP' && (t.pos !== 'DET' || k === sentTo + 1)))
      && this.entityCovering({ start: last.start, end: last.end })?.type === 'PERSON') return { start: last.start, end: last.end };
    // "Amnesty International UK warned": a body's national section is the body, not the country.
    if (tokens.length >= 2 && last.pos === 'PROPN' && this.entityCovering({ start: last.start, end: last.end })?.type === 'GPE') {
      const prev = tokens[tokens.length - 2];
      if (prev.pos === 'PROPN' && this.entityCovering({ start: prev.start, end: prev.end })?.type === 'ORG') return { start: prev.start, end: prev.end };
    }
    let end = tokens.length;
    // ("The Joint Chiefs of Staff in Seoul", "the Defense Ministry in Tokyo": an organisation's name before "in".)
    const inAt = placeAt(tokens);
    if (inAt > 0) end = inAt;
    else {
      const orgIn = this.organisationIn(tokens);
      if (orgIn > 0) end = orgIn;
    }
    const group = groupQualified(tokens);
    if (group >= 0 && group + 1 < end) end = group + 1;
    // "China's ambassador to Britain": the envoy speaks, not the country he is sent to.
    if (sentTo > 0 && sentTo < end) end = sentTo;
    const ofAt = ofThe(tokens);
    if (ofAt > 0 && ofAt < end) end = ofAt;
    const role = roleOf(tokens);
    if (role > 0 && role < end) end = role;
    const plain = plainPersonOf(tokens);
    if (plain > 0 && plain < end) end = plain;
    // ("a notice seen by Reuters", "a memo obtained by The Associated Press": the paper speaks, not who saw it.)
    const seen = tokens.findIndex((t, k) => k > 0 && k + 1 < end && SEEN_BY.test(t.text) && tokens[k + 1].text === 'by' && tokens[k - 1].pos === 'NOUN');
    if (seen > 0) end = seen;
    const tail2 = end >= 2 ? `${tokens[end - 2].text} ${tokens[end - 1].text}` : '';
    if (tokens[end - 1].pos !== 'PROPN' && (ORG_HEADS.test(tail2) || ORG_HEADS.test(tokens[end - 1].text))) {
      const k = ORG_HEADS.test(tail2) && end > 2 ? end - 2 : end - 1;
      if (k > 0 && /^[A-Z]/.test(tokens[k - 1].text)) end = k;
    }
    const head = tokens[end - 1];
    return { start: head.start, end: head.end };
  }

  /**
   * Where "in" or "of" follows an organisation's name and comes before a place ("the Defense Ministry in Tokyo",
   * "the Law Society of Kenya" when the entity layer named the society and the country apart), or -1.
   */
  private organisationIn(tokens: Token[]): number {
    for (let k = 1; k + 1 < tokens.length; k++) {
      if ((tokens[k].text !== 'in' && tokens[k].text !== 'of') || tokens[k - 1].pos !== 'PROPN') continue;
      if (this.entityCovering({ start: tokens[k - 1].start, end: tokens[k - 1].end })?.type === 'ORG' && this.entityCovering({ start: tokens[k + 1].start, end: tokens[k + 1].end })?.type === 'GPE') return k;
    }
    return -1;
  }

  /**
   * The country a people's adjective stands for when a document follows it ("a Chinese statement"):
   * the country's own entity when the text names it, else the people's under the country's name.
   */
  private issuingCountry(people: Entity, end: number): { id: string; name: string } | null {
    const next = /^\s+(\p{L}+)/u.exec(this.doc.text.slice(end, end + 30))?.[1].toLowerCase();
    if (!next || !CHANNEL_NOUN_SET.has(next)) return null;
    const country = this.countryEntity(people.country!);
    return country ? { id: country.id, name: country.name } : { id: people.id, name: countryByCode(people.country!)?.name ?? people.name };
  }

  /**
   * The state (its country's entity when the article names it, else the people's) or state body whose
   * officials a description ending in "official(s)" or "diplomat(s)" names ("Ukrainian officials", "one U.S.
   * defense official", "A Pentagon official"), or null.
   */
  private officialsOf(tokens: Token[]): { id: string } | null {
    // (Not former ones: "a former U.S. law enforcement official" speaks for no one.)
    if (tokens.length < 2 || !OFFICIALS.test(tokens[tokens.length - 1].text) || tokens.some((t) => /^(former|ex|retired)$/i.test(t.text))) return null;
    for (const t of tokens.slice(0, -1)) {
      const e = this.entityCovering({ start: t.start, end: t.end });
      if (!e) continue;
      if (e.type === 'NORP' && e.country) {
        return { id: (this.countryEntity(e.country) ?? e).id };
      }
      if (e.type === 'GPE' && e.country) return { id: e.id };
      if (e.type === 'ORG' && /^(GOV|MIL|SPY|LEG|JUD|COP)$/.test(e.sector ?? '')) return { id: e.id };
      return null;
    }
    return null;
  }

  /**
   * The body (or state, or for a spokesperson the person) that a description of one who speaks for it names after
   * "of" or "for" ("a spokesman for the Pentagon", "the head of the IAEA", "the chief of Ukraine's army"), or null.
   */
  private bodySpokenFor(tokens: Token[]): Entity | null {
    const k = tokens.findIndex((t, i) => i > 0 && /^(of|for)$/.test(t.text) && SPEAKS_FOR.test(tokens[i - 1].text));
    // (The title heads the phrase: not "a letter to Facebook from the chairman of …".)
    if (k < 0 || k + 1 >= tokens.length || tokens.slice(0, k - 1).some((t) => t.pos === 'ADP')) return null;
    const e = this.entityCovering({ start: tokens[tokens.length - 1].start, end: tokens[tokens.length - 1].end });
    if (!e || this.mentions.every((m) => m.entity !== e || m.start < tokens[k].end)) return null;
    if (e.type === 'ORG') return e;
    if ((e.type === 'GPE' || e.type === 'NORP') && e.country) return this.stateOf(e.country) ?? e;
    return e.type === 'PERSON' && /^spokes/i.test(tokens[k - 1].text) ? e : null;
  }

  /** The country, people or capital entity whose mention opens the span ("Seoul's …", "the Chinese …"), or null. */
  private countryOpening(span: Span): Entity | null {
    const lead = /^the\s+/i.exec(this.doc.text.slice(span.start, span.end))?.[0].length ?? 0;
    const m = this.mentions.find((x) => x.start === span.start + lead);
    return m && (m.entity.type === 'GPE' || m.entity.type === 'NORP') && m.entity.country && m.end < span.end ? m.entity : null;
  }

  /** A body (not a person) speaks: noted for what goes on from it, and returned. */
  private bodySpeaks(span: Span, entity: string | null, name: string, mention: Speaker['mention']): Speaker {
    this.note({ start: span.start, end: span.end, name, entity, person: false, group: true });
    return { entity, name, mention };
  }

  /** "The ELN did not comment. … its leadership had said": the heads of a group named just before speak for it. */
  private groupHeads(span: Span, text: string, mention: Speaker['mention']): Speaker | null {
    const heads = GROUP_HEADS.exec(text);
    const group = heads ? this.groupNamedBefore(span.start, NON_STATE) : null;
    if (!heads || !group) return null;
    const name = `${group.name}'s ${heads[1].toLowerCase()}`;
    return this.bodySpeaks(span, group.id, name, mention);
  }

  /** "BAMAKO, Mali (AP) — … The army said", "The junta denies": a state's body named bare is the home state's. */
  private homeBody(span: Span, text: string, mention: Speaker['mention']): Speaker | null {
    // A state's body with no owner named ("The army", "the junta"): the home state's in a story filed from there.
    const body = bareStateBody(text);
    // ("Iran's foreign ministry summoned Pakistan's envoy, state media reported": state media are those of the
    // state the sentence opens with; any other body is the home state's.)
    const media = body && /^state /i.test(body) ? this.sentenceState(span.start) : null;
    const home = body ? media ?? this.homeState() ?? (isMilitaryRule(body) ? this.ruleBefore(span.start) : null) : null;
    if (!body || !home) return null;
    const name = `${home.name}'s ${body.toLowerCase()}`;
    return this.bodySpeaks(span, home.id, name, mention);
  }

  /** The entity of the state the story is about (the entities stage's home state), when the text names it. */
  private homeState(): Entity | null {
    return this.doc.home ? this.countryEntity(this.doc.home) : null;
  }

  /** The entity the article names a country by, by the country's own name ("Iran", not "Tehran"), or null. */
  private countryEntity(code: string): Entity | null {
    const name = countryByCode(code)?.name;
    return this.doc.entities.find((e) => e.type === 'GPE' && e.country === code && e.name === name) ?? null;
  }

  /** The state (as its country's entity) of the first country or people named in the sentence of `at`, before it, or null. */
  private sentenceState(at: number): Entity | null {
    const sentence = this.sentenceAt(at);
    if (!sentence) return null;
    const m = this.mentions.find((x) => x.start >= sentence.start && x.start < at && (x.entity.type === 'GPE' || x.entity.type === 'NORP') && x.entity.country && !this.inQuote(x.start));
    return m ? this.stateOf(m.entity.country!) ?? m.entity : null;
  }

  /** The entity the article names a country by (the country's name, else its people's), or null. */
  private stateOf(code: string): Entity | null {
    return this.countryEntity(code) ?? this.doc.entities.find((e) => e.type === 'NORP' && e.country === code) ?? null;
  }

  /** The country last named before `at`, within a couple of sentences, or null. */
  /** The state whose military rule was named last before `at`, within a few paragraphs ("Niger's military rulers"). */
  private ruleBefore(at: number): Entity | null {
    let found: Entity | null = null;
    for (const m of this.mentions) {
      if (m.end > at) break;
      if (at - m.end > NEAR_RULE) continue;
      if ((m.entity.type === 'GPE' || m.entity.type === 'NORP') && m.entity.country && ruleNamedAfter(this.doc.text.slice(m.end, m.end + 40))) found = this.countryEntity(m.entity.country);
    }
    return found;
  }

  private countryBefore(at: number): Entity | null {
    let found: Entity | null = null;
    for (const m of this.mentions) {
      if (m.end > at) break;
      if (at - m.start > NEAR_COUNTRY || this.inQuote(m.start)) continue;
      found = m.entity.type === 'GPE' && m.entity.country ? m.entity : found;
    }
    return found;
  }

  /** The country or capital entity whose mention runs from `from` to the end of the span ("… in Kyiv"), or null. */
  private countryClosing(span: Span, from: number): Entity | null {
    const m = this.mentions.find((x) => x.start === from);
    return m && m.entity.type === 'GPE' && m.entity.country && m.end === span.end ? m.entity : null;
  }

  private entityCovering(span: Span): Entity | null {
    let best: { start: number; end: number; entity: Entity } | null = null;
    for (const m of this.mentions) {
      if (m.start >= span.end) break;
      if (m.end <= span.start) continue;
      // The head of the phrase is at its end: prefer the mention that ends last, then the longest.
      if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
    }
    return best?.entity ?? null;
  }

  private genderOf(e: Entity): Gender | undefined {
    return genderOf(this.doc.text, this.doc.entities, e);
  }

  /** The nearest earlier person (or group) outside quoted words: entity mentions first, then earlier speakers. */
  private antecedent(before: number, kind: 'person' | 'group', role?: string, gender?: 'm' | 'f', number: 'one' | 'many' | null = null, side: Side = {}, titledOnly = false): { entity: string | null; name: string } | null {
    const wantPerson = kind === 'person';
    // ("Aides said the role would be narrow, and they rejected any implication …": the group that spoke earlier in the sentence.)
    // ("Some analysts doubt the sanctions will work. Chinese officials, they note, …": or in the sentence before.)
    if (number === 'many') {
      // ("… teachers and union officials told POLITICO. Activist teachers have gained clout as they pushed …":
      // people that are a subject in the sentence of "they", after those who spoke, unless in a clause that
      // says what: "praised his argument that federal courts are …, they said".)
      const group = this.groupSpeakerBefore(before, 1);
      const subject = kind === 'group' ? this.peopleSubjectBefore(before) : null;
      const sentence = this.sentenceAt(before);
      const nearer = !!subject && !!group && subject.start > group.start && !!sentence && subject.start >= sentence.start
        && !/\bthat\s+$/i.test(this.doc.text.slice(Math.max(0, subject.start - 6), subject.start));
      if (subject && (!group || nearer)) return { entity: null, name: this.doc.text.slice(subject.start, subject.end) };
      if (group) return { entity: group.entity, name: group.name };
    }
    // "A doctor at the hospital … said shells hit the ward. “…,” he said.": a person described but not
    // named who spoke after the last person named is the one "he" goes on with.
    if (wantPerson && !role && gender) {
      const described = this.describedSpokeBefore(before, gender);
      if (described) return described;
    }
    let fallback: { entity: string | null; name: string } | null = null;
    let fallbackAt = 0;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= before) continue;
      if (!this.fits(m, wantPerson, gender)) continue;
      // ("Neera Tanden, a Clinton supporter, asked Eric Holder … . She said", "The Murdoch outlets stand in the
      // way, he said": a name that qualifies the noun after it is no one acting; but the name of what opens
      // a sentence before may be what it goes on about: "The Sanders movement is very much alive. He has …".)
      if (!role && gender && this.attributive(m, before)) continue;
      // ("she was more nervous about it than Rose-Lynn Harlan has ever been": whom someone is compared with.)
      if (/\bthan\s+(?:[^\s,.;:]+\s+){0,4}$/i.test(this.doc.text.slice(Math.max(0, m.start - 48), m.start))) continue;
      // ("Asked about her vote if Clinton faces Trump, she replied": whom a question is about is not who answers it.)
      if (this.inQuestion(m)) continue;
      // ("the Chinese ships … . Four were injured, it said": a people is never "it".)
      if (number === 'one' && m.entity.type === 'NORP') continue;
      // ("Chinese officials, they note, rarely travel": a people's adjective is not the people "they" are.)
      if (number === 'many' && m.entity.type === 'NORP' && this.adjectival(m)) continue;
      // "Putney told CNN the video would not show a gun in Scott's hand, but he said …": a possessive
      // inside the pronoun's own sentence is what someone spoke of, not who speaks.
      if (!role && gender && this.possessiveBeside(m, before)) continue;
      // ("Kim Jong Un's powerful sister warned … what she called": the kin, not the one whose kin she is.)
      if (!role && gender && KIN_AFTER.test(this.doc.text.slice(m.end, m.end + 48))) continue;
      if (role && this.ofOtherSide(m.entity, role, side)) continue;
      // ("Mr. Trump is so reckless, the vice president said": whom the report is about, before its frame.)
      if (role && this.reportedBefore(m, before)) continue;
      // ("the Vermont senator": one whose office the text or the knowledge base gives with that place is titled so.)
      const placed = !!side.place && this.officePlaces(m.entity, role ?? '').has(side.place);
      if (role && !placed && !m.entity.roles.some((r) => hasRole(r, role)) && !this.titledAs(m.entity, role)) {
        // "Sen. Marco Rubio attacked Hillary Clinton. “…,” the Republican presidential candidate said":
        // with no one titled so, the sentence's subject before the object it acted on.
        if (!fallback) {
          fallbackAt = m.end;
          const subject = this.subjectOfSentence(i, wantPerson);
          fallback = this.ofOtherSide(subject.entity, role, side) ? { entity: m.entity.id, name: m.entity.name } : { entity: subject.entity.id, name: subject.entity.name };
        }
        continue;
      }
      const opened = role || !gender ? null : this.pronounOpening(m.start, gender);
      if (opened) return opened;
      const best = role ? m : this.subjectOfSentence(i, wantPerson, gender);
      const reporter = !role && gender && wantPerson ? this.reporterAround(best, gender) : null;
      if (reporter) return reporter;
      // "they said" is a body or a people before it is a country: "the Security Council … if North Korea
      // conducted another test. “…,” they said."
      if (number === 'many' && best.entity.type === 'GPE') {
        // "Protesters believe … under Beijing. They worry …": a group that spoke earlier in that sentence is its subject.
        const group = this.groupSpokeBefore(best.start);
        if (group) return group;
        const body = this.groupBefore(i, before - NEAR_BODY);
        if (body) return { entity: body.id, name: body.name };
        // ("Such efforts, they believe, …" after "an Anchorage headquarters"; "Friends of Mr. Clinton's … He may
        // not electrify a room, they say" after New Hampshire): a place is not "they", and what was named
        // before it is further still.
        return null;
      }
      return { entity: best.entity.id, name: best.entity.name };
    }
    // "one legal expert said … the expert warned": a description names the speaker described so before
    // rather than the nearest person.
    if (role) {
      for (let i = this.earlier.length - 1; i >= 0; i--) {
        const c = this.earlier[i];
        if (c.start < before && c.name.toLowerCase().endsWith(` ${role}`)) return { entity: c.entity, name: c.name };
      }
      // "Another Muslim who worshiped here said he heard Mateen … “…,” the man said.": the one who spoke
      // just before, not the person he spoke of.
      if (PLAIN_PERSON.has(role)) {
        // The latest speaker named before (a "he said" resolved on the way is too unsure to pass on).
        let k = this.earlier.length - 1;
        while (k >= 0 && this.earlier[k].start >= before) k--;
        const last = k >= 0 ? this.earlier[k] : null;
        const want = ROLE_GENDER[role];
        const e = this.entityById(last?.entity);
        const fitsGender = !want || !e || (this.genderOf(e) ?? want) === want;
        // ("“…,” the man's lawyer said. “…,” the man said.": one named by whose they are is someone else.)
        const his = last ? new RegExp(`\\b${role}['’]s\\b`, 'i').test(last.name) : false;
        // (Not when the text described someone else so before: "the 43-year-old man … Dr. Dempsey told Gizmodo … the
        // man mentioned that" is the patient.)
        // ("a judge sentenced a 26-year-old man … after the man had posted": nor one it describes between them.)
        const described = new RegExp(`\\b(?:a|an|one|the)\\s+(?:[\\w.-]+\\s+){0,3}${role}\\b`, 'i');
        const other = !!last && (described.test(this.doc.text.slice(0, last.start)) || described.test(this.doc.text.slice(last.end, before)));
        if (last && last.person && fitsGender && !his && !other && !this.inQuote(last.start) && before - last.end < NEAR_SPEAKER) return { entity: last.entity, name: last.name };
        // "the man said" names no one in particular: the nearest person named is as likely the one he spoke of.
        return null;
      }
    }
    // (A role of a named place or body, "the deputy head of China's delegation", is someone titled so or no one known.)
    if (titledOnly) return null;
    // ("A senior administration official, who briefed reporters, pushed back. The official said …": someone
    // introduced so after the last person named, who had not spoken yet.)
    const introduced = fallback && role ? this.introducedAs(role, fallbackAt, before) : null;
    if (introduced) return { entity: null, name: introduced };
    if (fallback) return fallback;
    // ("threatening a state senator …, the senator smiled and replied": someone the text introduced by the role,
    // not whoever spoke last.)
    const described = role ? this.introducedAs(role, 0, before) : null;
    if (described) return { entity: null, name: described };
    let spoke: Candidate | null = null;
    for (let i = this.earlier.length - 1; i >= 0 && !spoke; i--) {
      const c = this.earlier[i];
      // "“…,” Aaron Sharockman told … She knows …": an earlier speaker of the other gender is not "she".
      // ("“…,” the man said. … “…,” she said.": nor is one a description gives the other gender.)
      if (c.start < before && (wantPerson ? c.person : c.group) && !this.otherGender(c.entity, gender) && !(c.entity === null && gender && headGender(c.name) === otherOf(gender))) spoke = c;
    }
    if (!wantPerson) return spoke ? { entity: spoke.entity, name: spoke.name } : null;
    // ("… said the man. … “…,” the judge warned": a role no one was titled or introduced with is not whoever spoke last.)
    if (role && spoke && PERSON_DESCRIPTION_SET.has(role) && !PLAIN_PERSON.has(role) && !spoke.name.toLowerCase().includes(role)
      && !(this.entityById(spoke.entity)?.roles.some((r) => hasRole(r, role)) ?? false)) return null;
    const titled = this.honorificBefore(before, gender);
    if (titled && (!spoke || titled.at > spoke.start)) return { entity: null, name: titled.name };
    return spoke ? { entity: spoke.entity, name: spoke.name } : null;
  }

  /**
   * The last phrase in [from, before) that introduces someone by `role` ("A senior administration official",
   * "met the port director on Monday"), outside quotes; or null. ("the port director, Ann Lee," and "the
   * port director Ann Lee" name the one they describe: the mentions decide.)
   */
  private introducedAs(role: string, from: number, before: number): string | null {
    const re = new RegExp(`\\b(?:A|An|One|a|an|one|The|the)\\s+(?:[A-Za-z.-]+\\s+){0,4}?${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    const span = this.doc.text.slice(from, before);
    let found: string | null = null;
    for (const m of span.matchAll(re)) {
      // (Not an appositive: "Wicker, a former Pentagon official," describes the one named.)
      if (this.inQuote(from + m.index!) || /,\s*$/.test(span.slice(Math.max(0, m.index! - 3), m.index))) continue;
      // ("The presidential candidate reiterated" after Clinton spoke: a description opening a sentence is read as someone named before.)
      if (/^the$/i.test(m[0].slice(0, 3)) && (/^,?\s+\p{Lu}/u.test(span.slice(m.index! + m[0].length)) || /(^|[.!?”"]\s*|\n\s*)$/.test(this.doc.text.slice(Math.max(0, from + m.index! - 3), from + m.index!)))) continue;
      found = m[0];
    }
    return found;
  }

  /**
   * Whether mention m is in the words a frame set off by commas at `at` reports, in the frame's sentence
   * ("Mr. Trump is so reckless, the vice president said, that …"; not "When the moderator pointed out that
   * Trump hadn't answered, the candidate said families …", where the frame's words follow it).
   */
  private reportedBefore(m: { start: number; end: number }, at: number): boolean {
    const sentence = this.sentenceAt(at);
    return !!sentence && m.start >= sentence.start && /,\s*$/.test(this.doc.text.slice(m.end, at))
      && /^[^,.;:"“”]{0,60}?\b(?:said|says|added|adds|wrote|writes|argued|argues|insisted|insists|warned|warns|noted|notes|contended|contends)\s*[,.]/.test(this.doc.text.slice(at, at + 90));
  }

  /**
   * The party's member from `place` that a description like "the Wisconsin Republican" names before `at`:
   * the person the knowledge base or the text places there ("U.S. Senator from Kentucky", "Florida Sen.
   * Marco Rubio"), else the one the sentence of the nearest person is about ("House Speaker Paul Ryan says
   * … President Barack Obama takes …"), never one the text gives the other party.
   */
  private memberFrom(place: string, party: string, at: number): Entity | null {
    // (Not one named in a phrase before it in its own sentence: "In the letter - addressed to the U.S. attorney,
    // Channing D. Phillips - the Utah Republican asks …" after "Chairman Jason Chaffetz" is Chaffetz.)
    const own = this.sentenceAt(at)?.start ?? at;
    let nearest = -1;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= at || m.entity.type !== 'PERSON' || this.inQuote(m.start) || this.inQuestion(m) || this.ofOtherParty(m.entity, party)) continue;
      if (this.placedIn(m.entity, place)) return m.entity;
      if (nearest < 0 && m.start < own) nearest = i;
    }
    if (nearest < 0) return null;
    const subject = this.subjectOfSentence(nearest, true).entity;
    return this.ofOtherParty(subject, party) ? this.mentions[nearest].entity : subject;
  }

  /**
   * The name of the poll mentioned last before `at` (within NEAR_POLL, outside quotes), by the words that name
   * it ("New York Times/CBS News poll") or by whoever the text says conducted it ("Washington Post poll"), past
   * mentions that only refer back to it ("the 50-state poll"); null when that poll has no name ("a new poll").
   */
  private pollBefore(at: number): string | null {
    const polls = [...this.doc.text.slice(0, at).matchAll(A_POLL)].filter((m) => !this.inQuote(m.index!));
    let near = at;
    for (let i = polls.length - 1; i >= 0; i--) {
      const p = polls[i];
      // (Within NEAR_POLL of the mention after it: a chain of "the poll" may go back further.)
      if (near - (p.index! + p[0].length) > NEAR_POLL) return null;
      near = p.index!;
      const words = p[1].trim().split(/\s+/).filter(Boolean);
      // The name starts at its first capitalised word ("a new Quinnipiac University poll").
      const k = words.findIndex((w) => /^\p{Lu}/u.test(w));
      if (k >= 0) return `${words.slice(k).join(' ')} ${p[2].toLowerCase()}`;
      const by = this.pollster(p.index!, p.index! + p[0].length);
      if (by) return `${by.name.replace(/^The\s+/, '')} ${p[2].toLowerCase()}`;
      if (!/^(the|this|that)\s/i.test(p[0])) return null;
    }
    return null;
  }

  /**
   * The body the text says conducted the unnamed poll at [start, end): "The Washington Post conducted a 50-state
   * poll", "a poll conducted by Gallup", "a survey for CNN"; or null.
   */
  private pollster(start: number, end: number): Entity | null {
    const text = this.doc.text;
    const after = /^\s+(?:(?:conducted|commissioned|released|published|taken|carried out)\s+)?(?:by|for)\s+(?:the\s+)?/i.exec(text.slice(end, end + 40));
    if (after) {
      const m = this.mentions.find((x) => x.start === end + after[0].length);
      return m && m.entity.type === 'ORG' ? m.entity : null;
    }
    const sentence = this.sentenceAt(start);
    if (!sentence || !/\b(?:conducted|commissioned|released|published|fielded)\s+$/i.test(text.slice(Math.max(sentence.start, start - 20), start))) return null;
    let subject: Entity | null = null;
    for (const m of this.mentions) if (m.start >= sentence.start && m.end <= start && m.entity.type === 'ORG' && !this.inQuote(m.start)) subject = m.entity;
    return subject;
  }

  /** Whether any office the knowledge base gives the person (at any date), or the text, is of `place`. */
  private placedIn(e: Entity, place: string): boolean {
    if ((e.kb ? kbEntry(e.kb)?.roles : null)?.some((r) => r.title.endsWith(` from ${place}`) || r.title.endsWith(` of ${place}`))) return true;
    return Object.keys(OFFICE_TITLES).some((role) => this.officePlaces(e, role).has(place));
  }

  /** Whether a description's party or place says the person is not the one it describes. */
  private ofOtherSide(e: Entity, role: string, side: Side): boolean {
    return this.ofOtherParty(e, side.party) || (!!side.place && this.ofOtherPlace(e, role, side.place));
  }

  /**
   * "Marco Rubio says … between himself, Donald Trump and Ted Cruz. The Florida senator is predicting":
   * someone the text titles with another place ("Texas Sen. Ted Cruz") is not the one described, when
   * someone is titled with the description's place ("Florida Sen. Marco Rubio").
   */
  private ofOtherPlace(e: Entity, role: string, place: string): boolean {
    if (e.type !== 'PERSON') return false;
    const own = this.officePlaces(e, role);
    return own.size > 0 && !own.has(place) && this.doc.entities.some((x) => x !== e && x.type === 'PERSON' && this.officePlaces(x, role).has(place));
  }

  /**
   * The places the text puts before a person's office title before the name ("Florida Sen.", "New Jersey
   * Gov."), and those of the knowledge base's offices of the person on the article's date ("U.S. Senator
   * from Vermont"; of an undated article, at any date: "the Indiana governor" in a report of 2016 is Mike
   * Pence, whom the knowledge base holds governor until 2017).
   */
  private officePlaces(e: Entity, role: string): Set<string> {
    const title = OFFICE_TITLES[role];
    const out = new Set<string>();
    if (!title) return out;
    for (const r of (e.kb ? kbEntry(e.kb)?.roles : null) ?? []) {
      if (!r.title.toLowerCase().includes(role) || (this.doc.anchorDate && !onDate(r, this.doc.anchorDate))) continue;
      const place = / (?:from|of) (\p{Lu}.*)$/u.exec(r.title)?.[1];
      if (place) out.add(place);
    }
    for (const m of e.mentions) {
      // (The entity layer may keep the title in the mention: "Sen. Marco Rubio".)
      const titleIn = /^(?:Sen\.|Gov\.|Senator|Governor|Mayor) /.exec(m.text)?.[0].length ?? 0;
      const at = title.exec(this.doc.text.slice(Math.max(0, m.start - 40), m.start + titleIn));
      if (at) out.add(at[1]);
    }
    return out;
  }

  /**
   * "The Democratic presidential nominee says": a person the text only ever titles with the other party
   * ("Republican nominee Donald Trump") is not the one described.
   */
  private ofOtherParty(e: Entity, party: string | undefined): boolean {
    if (!party) return false;
    const [own, other] = party === 'democratic' ? [DEMOCRATIC, REPUBLICAN] : [REPUBLICAN, DEMOCRATIC];
    const titles = e.mentions.map((m) => this.doc.text.slice(Math.max(0, m.start - 40), m.start));
    return titles.some((t) => other.test(t)) && !titles.some((t) => own.test(t));
  }

  /**
   * The latest speaker before `at` (within NEAR_SPEAKER) when it said something and is one person the
   * text describes but does not name there ("A doctor at the hospital", "a senior official", "the Vermont
   * senator"), and no person of the pronoun's gender is named between it and `at`; else null.
   */
  private describedSpokeBefore(at: number, gender: 'm' | 'f'): { entity: string | null; name: string } | null {
    const last = this.lastSpeakerBefore(at);
    if (!last || !last.spoke || !last.person || at - last.end > NEAR_SPEAKER || this.inQuote(last.start)) return null;
    // ("Sen. John Thune told reporters … . Instead, the Vermont senator said … . “…,” he told supporters": one
    // the description resolved to a person named before, with no mention of its own.)
    if (last.entity !== null && (this.otherGender(last.entity, gender) || this.mentions.some((m) => m.entity.id === last.entity && m.start < last.end && m.end > last.start))) return null;
    // ("… when an Iowa voter asked if she might …. “Wow …,” she replied": who asked is not who answers.)
    if (/^\s+(?:asked|asks|wondered|questioned)\b/.test(this.doc.text.slice(last.end, last.end + 12))) return null;
    const words = (last.entity === null ? last.name : this.doc.text.slice(last.start, last.end)).toLowerCase().split(/\s+/);
    // ("His mother told BBC Persian that … . “…,” she said.": kin named by whose they are.)
    const kin = /^(his|her|their)$/.test(words[0]) && words.length === 2 && words[1] in KIN_GENDER;
    // ("…, who gave only his first name, Gul, said …. “…,” he told": a first name alone, no one the entity layer knows.)
    const firstNameOnly = /^\p{Lu}[\p{L}'’-]+$/u.test(last.name) && /\b(?:(?:first|given|last|family) names?,|only as|name as)\s*$/i.test(this.doc.text.slice(Math.max(0, last.start - 20), last.start));
    if (!kin && !firstNameOnly && (!/^(a|an|one|the|another)$/.test(words[0]) || !words.some((w, k) => k > 0 && describesPerson(w)))) return null;
    const want = kin ? KIN_GENDER[words[1]] : words.map((w) => ROLE_GENDER[w]).find(Boolean);
    if (want && want !== gender) return null;
    // (Kin the text has named already, "his brother Alastair Osman gave an interview … his brother added", is that person.)
    if (kin && this.mentions.some((m) => m.end <= last.start && last.start - m.end < NEAR_SPEAKER && this.fits(m, true, gender))) return null;
    const from = last.end;
    if (this.mentions.some((m) => m.start >= from && m.start < at && this.fits(m, true, gender))) return null;
    return { entity: last.entity, name: last.name };
  }

  /** Whether the entity with this id is known to be of the other gender than a pronoun's. */
  private otherGender(id: string | null, gender: Gender | undefined): boolean {
    if (!gender || !id) return false;
    const e = this.entityById(id);
    const g = e && e.type === 'PERSON' ? this.genderOf(e) : undefined;
    return !!g && g !== gender;
  }

  /** Whether the text puts the title a description names before one of the entity's mentions ("Gov. Chris Christie"). */
  private titledAs(e: Entity, role: string): boolean {
    if (e.type !== 'PERSON') return false;
    const abbr = ROLE_ABBREVIATIONS[role];
    const spelled = spelledTitle(role);
    return e.mentions.some((m) => {
      // The title right before the name, or opening the mention itself ("Gov. Chris Christie").
      const before = this.doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
      const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
      const firstWord = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/)[0];
      return spelled.test(before) || (!!abbr && (abbr.test(`${lastWord} `) || abbr.test(`${firstWord} `)));
    });
  }

  /** Mention m is a possessive ("Scott's") after another person named earlier in the sentence that holds offset `at`. */
  private possessiveBeside(m: { start: number; end: number; entity: Entity }, at: number): boolean {
    if (!/^['’]s\s/.test(this.doc.text.slice(m.end, m.end + 3))) return false;
    const sentence = this.sentenceAt(at);
    if (!sentence || m.start < sentence.start) return false;
    return this.mentions.some((x) => x.start >= sentence.start && x.start < m.start && x.entity !== m.entity && x.entity.type === 'PERSON');
  }

  /**
   * The person described (not named) before ", who" in the sentence that offset `at` is in, when `at`
   * is inside that clause ("A doctor at the hospital, who … because he …"): the description's words up
   * to its head ("A doctor"), or null.
   */
  private describedBeforeWho(at: number, gender: 'm' | 'f'): string | null {
    const sentence = this.sentenceAt(at);
    if (!sentence || sentence.start >= at) return null;
    const before = this.doc.text.slice(sentence.start, at);
    const m = /(?:^|[\s(])((?:an?|one|another)\s+(?:[\w-]+\s+){0,3}?([\w-]+))(?:\s+(?:at|in|from|of|with|near|on)\s[^,]{1,40})?,\s+who\s[^,;]*$/i.exec(before);
    if (!m) return null;
    const head = m[2].toLowerCase();
    if (!describesPerson(head)) return null;
    const want = ROLE_GENDER[head];
    if (want && want !== gender) return null;
    // (A person named after the description is the one it describes: the mentions decide.)
    const from = sentence.start + (m.index ?? 0);
    if (this.mentions.some((x) => x.start >= from && x.start < at && x.entity.type === 'PERSON')) return null;
    return m[1];
  }

  /** The sentence holding offset `at` (or the one `back` sentences before it), if any. */
  private sentenceAt(at: number, back = 0): Doc['sentences'][number] | undefined {
    const sentences = this.doc.sentences;
    return sentences[Math.max(0, firstWhere(0, sentences.length, (k) => sentences[k].end > at) - back)];
  }

  /** The latest group resolved as a speaker before offset `at` in the same sentence (or as many sentences back). */
  private groupSpokeBefore(at: number, sentencesBack = 0): { entity: string | null; name: string } | null {
    const c = this.groupSpeakerBefore(at, sentencesBack);
    return c ? { entity: c.entity, name: c.name } : null;
  }

  /** The earlier speaker groupSpokeBefore names, with where it stands. */
  private groupSpeakerBefore(at: number, sentencesBack: number): Candidate | null {
    const sentence = this.sentenceAt(at, sentencesBack);
    for (let k = this.earlier.length - 1; k >= 0; k--) {
      const c = this.earlier[k];
      if (c.start >= at) continue;
      if (!sentence || c.start < sentence.start) return null;
      // People, not a document that spoke ("The statement noted they would …").
      if (c.group && PEOPLE_NAME_END.test(c.name)) return c;
    }
    return null;
  }

  /** The nearest organisation or people (not a country) mentioned before mention i and after `floor`, outside quoted words. */
  private groupBefore(i: number, floor: number): Entity | null {
    for (let j = i - 1; j >= 0 && this.mentions[j].start >= floor; j--) {
      const x = this.mentions[j];
      if ((x.entity.type === 'ORG' || x.entity.type === 'NORP') && this.fits(x, false)) return x.entity;
    }
    return null;
  }

  /** "Chinese" in "Chinese officials", "Syrian" in "Syrian President Bashar Assad": a mention in the singular followed by a word. */
  private adjectival(m: { start: number; end: number }): boolean {
    return !/s$/i.test(this.doc.text.slice(m.start, m.end)) && /^[ \t]+\p{L}/u.test(this.doc.text.slice(m.end, m.end + 3));
  }

  /**
   * Whether a name stands between an article and the noun it qualifies ("a Clinton supporter", "the Obama
   * administration"), other than in the subject of a sentence before the one of offset `at`.
   */
  private attributive(m: { start: number; end: number }, at: number): boolean {
    const article = /\b(?:a|an|the)\s+$/i.exec(this.doc.text.slice(Math.max(0, m.start - 5), m.start));
    if (!article || !/^[ \t]+(?!who\b|whose\b|that\b|of\b)[a-z]/.test(this.doc.text.slice(m.end, m.end + 8))) return false;
    const sentence = this.sentenceAt(m.start);
    if (!sentence || sentence === this.sentenceAt(at)) return true;
    // ("Even though the calendar has run out, the Sanders movement is very much alive.": its clause's subject.)
    return sentence.start !== m.start - article[0].length && !/^\s+[a-z]+\s+(?:is|was|are|were|has|have|had|will|would|can|could|remains?)\b/.test(this.doc.text.slice(m.end, m.end + 40));
  }

  private fits(m: { start: number; entity: Entity }, wantPerson: boolean, gender?: 'm' | 'f'): boolean {
    if (this.inQuote(m.start)) return false;
    const isPerson = m.entity.type === 'PERSON';
    if (wantPerson !== isPerson) return false;
    if (gender && isPerson) {
      const g = this.genderOf(m.entity);
      if (g && g !== gender) return false;
    }
    if (wantPerson) return true;
    if (!['ORG', 'NORP', 'GPE'].includes(m.entity.type)) return false;
    // "In New York, “…,” they said": a place named as where something is cannot be "they".
    return m.entity.type !== 'GPE' || !/\b(in|at|near|from|across|inside|outside|around|to|into)\s+$/i.test(this.doc.text.slice(Math.max(0, m.start - 8), m.start));
  }

  /**
   * Of the fitting mentions in the sentence of mention i, the one a pronoun most likely continues:
   * the first that is not after a preposition or a possessive's owner ("Mr. Guajardo argues ... to
   * Mr. Trump's threats. 'We must not overreact,' he told me": he is Mr. Guajardo), else mention i.
   */
  private subjectOfSentence(i: number, wantPerson: boolean, gender?: 'm' | 'f'): { start: number; entity: Entity } {
    const m = this.mentions[i];
    const sentence = this.sentenceAt(m.start);
    if (!sentence) return m;
    let first = i;
    while (first > 0 && this.mentions[first - 1].start >= sentence.start) first--;
    // "Speaking alongside NATO's secretary general, Mark Rutte, Mr. Trump said …": after an opening
    // participle's phrase, the subject is the name after a comma that no comma follows.
    // ("Filling in for Sanders at the event where Clinton and O'Malley appeared, West landed a dig": any
    // participle the tagger reads as a verb.)
    const opening = this.doc.tokens[firstWhere(0, this.doc.tokens.length, (k) => this.doc.tokens[k].start >= sentence.start)];
    const participial = OPENING_PARTICIPLE.test(this.doc.text.slice(sentence.start, sentence.start + 40))
      || (!!opening && opening.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(opening.text));
    for (let j = first; j < i; j++) {
      const x = this.mentions[j];
      // Over a nearer person, only one the text shows is of the pronoun's gender ("Mr.", "he" after).
      if (!this.fits(x, wantPerson, gender) || (gender && x.entity !== m.entity && this.genderOf(x.entity) !== gender)) continue;
      if (this.inQuestion(x)) continue;
      const before = this.doc.text.slice(Math.max(sentence.start, x.start - 12), x.start);
      if (participial && !(/,\s+(?:\p{Lu}[\w.]*\s+)*$/u.test(this.doc.text.slice(Math.max(sentence.start, x.start - 30), x.start)) && !this.nameAfterIt(j, i))) continue;
      if (/\b(of|to|with|by|for|from|about|against|on|at|in|into|over|than|and|or|alongside|beside|besides|behind|near|among|between|amid|toward|towards|after|before|during|under|without|including|via)\s+(the\s+)?$/i.test(before)) continue;
      // ("But like Trump, Rubio holds …": a comparison set before the subject; not "Groups like the Fund".)
      if (/(?:^|[,;]\s+|\b(?:But|And|Yet|Still)\s+)(?:[Ll]ike|[Uu]nlike)\s+(the\s+)?$/.test(this.doc.text.slice(Math.max(sentence.start, x.start - 20), x.start))) continue;
      if (this.owns(x.end)) continue;
      // "The Afghan Taliban": a demonym or place that modifies the next name is not the subject; the name is.
      const head = this.mentions[j + 1];
      if (head && head.start === x.end + 1 && (x.entity.type === 'NORP' || x.entity.type === 'GPE') && this.fits(head, wantPerson, gender)) continue;
      // "Trump campaign chairman Paul Manafort": a name that opens someone's title is not the subject either.
      if (head && head.entity !== x.entity && head.entity.type === 'PERSON' && this.fits(head, wantPerson, gender)
        && titleBetween(this.doc.text.slice(x.end, head.start))) continue;
      return x;
    }
    return (gender && this.speakerOpening(sentence.start, m, gender)) || m;
  }

  /**
   * "The Florida senator sought to calm his supporters, saying …, a swipe at Trump's rallies. He said": a
   * speaker described rather than named who opens the sentence is its subject, over a name after it. The
   * speaker's entity as a mention-like subject, when it is a person who fits.
   */
  private speakerOpening(sentenceStart: number, m: { start: number; entity: Entity }, gender: 'm' | 'f'): { start: number; entity: Entity } | null {
    for (let k = this.earlier.length - 1; k >= 0; k--) {
      const c = this.earlier[k];
      if (c.start < sentenceStart) return null;
      if (c.start !== sentenceStart || c.start >= m.start || !c.person) continue;
      const e = this.entityById(c.entity);
      return e && e.type === 'PERSON' && e !== m.entity && this.genderOf(e) === gender ? { start: c.start, entity: e } : null;
    }
    return null;
  }

  /** Whether the name ending at `end` owns what follows ("Trump's campaign"). */
  private owns(end: number): boolean {
    return /^['’]s?\s/.test(this.doc.text.slice(end, end + 3));
  }

  /** Whether mention j is set off before another person's name (", Mark Rutte, Mr. Trump said"), an appositive of the phrase before it. */
  private nameAfterIt(j: number, i: number): boolean {
    const x = this.mentions[j], next = this.mentions[j + 1];
    return !!next && j + 1 < i && next.entity.type === 'PERSON' && /^,\s+(?:\p{Lu}[\w.]*\s+)*$/u.test(this.doc.text.slice(x.end, next.start)) && !this.owns(next.end);
  }

  /**
   * "She says Trump's tweets accusing Alicia Machado … are lies. … She tweeted: …": a resolved pronoun
   * of this gender opening the sentence of the nearest mention is that sentence's subject, nearer in
   * the chain than the names after it.
   */
  private pronounOpening(at: number, gender: 'm' | 'f'): { entity: string | null; name: string } | null {
    const sentence = this.sentenceAt(at);
    if (!sentence) return null;
    for (let k = this.pronouns.length - 1; k >= 0; k--) {
      const p = this.pronouns[k];
      if (p.start >= at) continue;
      if (p.start < sentence.start) return null;
      if (p.gender === gender && OPENING.test(this.doc.text.slice(sentence.start, p.start))) return { entity: p.entity, name: p.name };
    }
    return null;
  }

  /** Without an entity layer: the nearest "Mr. X" / "Ms. X" / "Sen. X" before the offset. */
  private honorificBefore(before: number, gender?: Gender): { at: number; name: string } | null {
    const head = this.doc.text.slice(Math.max(0, before - 3000), before);
    const base = Math.max(0, before - 3000);
    const re = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President)\.?\s+((?:[A-Z][\w-]+(?:\s(?=[A-Z]))?)+)/g;
    let last: { at: number; name: string } | null = null;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      if (this.inQuote(base + m.index)) continue;
      if (gender && (m[1] === 'Mr' ? 'm' : m[1] === 'Mrs' || m[1] === 'Ms' ? 'f' : gender) !== gender) continue;
      last = { at: base + m.index, name: this.expandSurname(m[2].trim(), base + m.index) };
    }
    return last;
  }

  /**
   * The name part of a speaker phrase: "State Department spokesman Matthew Miller" -> "Matthew
   * Miller", "Russia’s Tass news agency" -> "Tass"; unnamed sources keep their words.
   */
  private coreName(tokens: Token[], text: string): string {
    if (!tokens.length) return text;
    // ("the opposition, whose foreign policy spokesman said": the spokesman, not "whose".)
    if (/^whose$/i.test(tokens[0].text) && tokens.length > 1) return text.slice(tokens[1].start - tokens[0].start);
    // "an AP-GfK poll released Thursday", "a report published by the Commerce Department on Monday":
    // the thing reported, or the one that published it; not the day.
    const part = tokens.findIndex((t, k) => k > 0 && t.pos === 'VERB' && /(?:ed|en)$/.test(t.text) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN'));
    if (part > 0) {
      const timeWord = (t: Token) => TIME_WORDS.has(t.text.toLowerCase()) || MONTHS.test(t.text) || t.text === 'in';
      const by = tokens.findIndex((t, k) => k > part && t.text === 'by');
      let keep: Token[] | null = null;
      // ("a notice seen by Reuters": the paper, not who got hold of it.)
      if (by > 0 && SEEN_BY.test(tokens[part].text)) keep = tokens.slice(0, part);
      else if (by > 0 && by + 1 < tokens.length) keep = tokens.slice(by + 1);
      else if (part + 1 < tokens.length && tokens.slice(part + 1).every(timeWord)) {
        keep = tokens.slice(0, part);
        // "figures her campaign released Friday": the document, not the relative clause's subject.
        const inner = keep.findIndex((t, k) => k > 0 && (t.pos === 'DET' || t.pos === 'PRON') && (k === 1 || keep![k - 1].pos === 'NOUN'));
        if (inner > 0) keep = keep.slice(0, inner);
      }
      if (keep) {
        while (keep.length > 1 && timeWord(keep[keep.length - 1])) keep = keep.slice(0, -1);
        return this.coreName(keep, this.doc.text.slice(keep[0].start, keep[keep.length - 1].end));
      }
    }
    // "South Korean officials in Seoul": the group, without where it sits.
    const inAt = placeAt(tokens);
    if (inAt > 0) return this.doc.text.slice(tokens[0].start, tokens[inAt - 1].end);
    // "people familiar with the talks", "supporters of Mr. Trump", "China's ambassador to Britain":
    // the whole phrase names the group or the envoy.
    if (groupQualified(tokens) >= 0 || envoyTo(tokens) > 0) return text;
    const ofAt = ofThe(tokens);
    // ("The head of the United Nations nuclear watchdog", "a spokesman for the ministry": a title is
    // nothing without whose it is; "Mr. Morgan of the Sierra Club" is Mr. Morgan.)
    if (titleOfThe(tokens) > 0) return text;
    // ("Spokesmen at the FBI and Justice Department", "Families of the hostages": people who speak for a body,
    // or who are named by whom they belong to, are named with it.)
    if (ofAt === 1 && PEOPLE_OF.test(tokens[0].text) && /^the$/i.test(tokens[2].text)) return text;
    if (ofAt > 0 && bodyOfThe(tokens, ofAt)) return text.replace(/^the\s+(?=\p{Lu})/iu, '');
    if (ofAt > 0) return this.coreName(tokens.slice(0, ofAt), this.doc.text.slice(tokens[0].start, tokens[ofAt - 1].end));
    let end = tokens.length;
    const tail2 = tokens.slice(-2).map((t) => t.text).join(' ');
    if (tokens[end - 1].pos !== 'PROPN' && (ORG_HEADS.test(tokens[end - 1].text) || ORG_HEADS.test(tail2))) {
      end -= ORG_HEADS.test(tail2) && tokens.length > 2 ? 2 : 1;
      if (end <= 0 || tokens[end - 1].pos !== 'PROPN') return text;
    } else if (tokens[end - 1].pos !== 'PROPN') {
      return text;
    }
    let start = end - 1;
    while (start > 0) {
      const t = tokens[start - 1];
      const glued = t.end === tokens[start].start;
      // ("the 6th Circuit Court of Appeals", "the Office for Budget Responsibility": "of" or "for" between
      // capitalised words, and an ordinal opening the name, are the name's.)
      const inner = /^(of|for)$/.test(t.text) && start - 2 >= 0 && /^[A-Z]/.test(tokens[start - 2].text) && tokens[start - 2].pos !== 'DET' && /^[A-Z]/.test(tokens[start].text);
      // ("Wen-ti Sung": a given name's second syllable after its hyphen.)
      const syllable = /^[a-z]+$/.test(t.text) && start - 2 >= 0 && tokens[start - 2].text === '-' && tokens[start - 2].end === t.start && /^[A-Z]/.test(tokens[start - 3]?.text ?? '');
      // ("The Georgian Young Lawyers' Association": a plural's apostrophe inside a body's name.)
      const plural = /^['’]$/.test(t.text) && start - 2 >= 0 && tokens[start - 2].end === t.start && /^\p{Lu}\p{L}*s$/u.test(tokens[start - 2].text) && NAME_BODY_HEADS.test(tokens[end - 1].text);
      if (t.pos === 'PROPN' || inner || syllable || plural || /^\d+(st|nd|rd|th)$/.test(t.text) || (glued && (t.text === '-' || t.text === '.')) || (t.text === '-' && start - 1 > 0) || (/^[A-Z]/.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON')) start--;
      else break;
    }
    // (Not a body's name: "Ukraine's General Staff", "the General Assembly".)
    while (start < end - 1 && TITLES.has(tokens[start].text.toLowerCase().replace(/\.$/, '')) && tokens[start + 1].pos === 'PROPN' && !TITLED_BODIES.test(tokens[start + 1].text)) start++;
    for (let k = end - 2; k >= start; k--) {
      if (TITLE_HEADS.has(tokens[k].text.toLowerCase().replace(/\.$/, '')) && !TITLED_BODIES.test(tokens[k + 1].text)) { start = k + 1; break; }
    }
    // A possessive in front ("Pyongyang’s …") is not part of the name.
    const name = this.doc.text.slice(tokens[start].start, tokens[end - 1].end);
    return this.expandSurname(name, tokens[start].start);
  }

  /** "Miller" -> "Matthew Miller" when the article named him in full earlier. */
  private expandSurname(name: string, at: number): string {
    if (/\s/.test(name)) return name;
    const head = this.doc.text.slice(0, at);
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The article may spell the name with either apostrophe ("James O’Neill" … "said O'Neill").
    const pattern = esc.replace(/['’]/g, "['’]");
    const re = new RegExp(`\\b((?:[A-Z][\\w’'.-]*\\s){1,3})${pattern}\\b`, 'g');
    let best: string | null = null;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const all = m[1].trim().split(/\s+/);
      let cut = 0;
      // A title is no part of the name; nor is a sentence's last word ("in Benghazi. Bob said"), nor a
      // capitalised word that names no one ("When Patriot filed for bankruptcy").
      all.forEach((w, i) => { const k = w.toLowerCase().replace(/\.$/, ''); if (TITLES.has(k) || TITLE_HEADS.has(k) || (NOT_NAMES.has(w) && !OWNERS.test(w)) || (w.endsWith('.') && !/^\p{Lu}\.$/u.test(w))) cut = i + 1; });
      const words = all.slice(cut);
      if (words.length) { best = `${words.join(' ')} ${name}`; break; }
    }
    return best ?? name;
  }
}

/** "officials in Seoul", "Voters in Iowa", "Some Republicans in Congress": where the place or body after a group's noun starts, or -1. */
function placeAt(tokens: Token[]): number {
  // ("the Chinese Embassy in Manila": a mission's capitalised head.)
  return tokens.findIndex((t, k) => k > 0 && t.text === 'in' && (tokens[k - 1].pos === 'NOUN' || (k === 1 && /^[A-Z][a-z]+[^s]s$/.test(tokens[0].text))
    || /^(Embassy|Consulate|Mission|Office|Bureau|Delegation)$/.test(tokens[k - 1].text)
    || (tokens[k - 1].pos === 'PROPN' && PEOPLE_PLURAL.test(tokens[k - 1].text))));
}

/** "A resident of Kharkiv", "a witness from the town": where "of" or "from" follows a plain word for a person, or -1 (the person speaks, not the place). */
function plainPersonOf(tokens: Token[]): number {
  return tokens.findIndex((t, k) => k > 0 && /^(of|from)$/.test(t.text) && PLAIN_PERSON.has(tokens[k - 1].text.toLowerCase()));
}

/** "the mayor of Chicago", "the senator from Vermont": where "of" or "from" follows a person's role, or -1 (the role speaks, not the place). */
function roleOf(tokens: Token[]): number {
  // (An office in lower case too, "the former secretary of state", "the chief of staff", where it ends the
  // phrase or its first description: not "the California secretary of state's website", "former secretary of
  // state Hillary Clinton".)
  return tokens.findIndex((t, k) => k > 0 && (t.text === 'of' || t.text === 'from') && (tokens[k + 1]?.pos === 'PROPN'
    || (t.text === 'of' && tokens[k + 1]?.pos === 'NOUN' && (k + 2 === tokens.length || tokens[k + 2].text === 'and')))
    && tokens[k - 1].pos === 'NOUN' && PERSON_DESCRIPTION_SET.has(tokens[k - 1].text.toLowerCase()));
}

/** Where "of", "to", "for", "at", "from" or "on" follows a person's title ("the head of the delegation", "ambassador to Manila", "a lawmaker from the group", "Special Rapporteur on Iran"), or -1. */
function roleComplement(tokens: Token[]): number {
  // (wink tags "chief" in "chief of staff" an adjective.)
  return tokens.findIndex((t, k) => k > 0 && /^(of|to|for|at|from|on)$/.test(t.text) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k - 1].pos) && PERSON_DESCRIPTION_SET.has(tokens[k - 1].text.toLowerCase()));
}

/** Where "to" follows an envoy's or an aide's title ("ambassador to Britain", "an aide to Macron"), or -1. */
function envoyTo(tokens: Token[]): number {
  return tokens.findIndex((t, k) => k > 0 && t.text === 'to' && SERVES_TO(tokens[k - 1].text));
}

/** The group noun a qualifying phrase follows ("executives across the world"), or -1 (see groupBeforeQualifier). */
function groupQualified(tokens: Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    const g = groupBeforeQualifier(tokens, k, 0);
    if (g >= 0) return g;
  }
  return -1;
}

/** "The head of the agency", "a spokesman for the ministry": where "of the" follows one person's title, or -1. */
function titleOfThe(tokens: Token[]): number {
  const k = ofThe(tokens);
  if (k <= 0 || !/^(the|a|an)$/i.test(tokens[0].text)) return -1;
  const title = tokens[k - 1];
  return title.pos === 'NOUN' && PERSON_DESCRIPTION_SET.has(title.text.toLowerCase()) && !/s$/.test(title.text) ? k : -1;
}

/** "Mr. Morgan of the Sierra Club", "the head of the agency", "a doctor on the scene": where "of the" starts, or -1. */
function ofThe(tokens: Token[]): number {
  return tokens.findIndex((t, k) => k > 0 && /^(of|for|at|in|on)$/.test(t.text) && tokens[k + 1]?.pos === 'DET' && (tokens[k - 1].pos === 'PROPN' || tokens[k - 1].pos === 'NOUN'));
}

/** "NASA's Office of the Inspector General", "the Ministry of the Environment": a body whose name goes on past its "of the". */
function bodyOfThe(tokens: Token[], at: number): boolean {
  return tokens[at].text === 'of' && NAME_BODY_HEADS.test(tokens[at - 1].text) && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? '');
}
