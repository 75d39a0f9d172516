// Agent nouns and titles -> sector codes ("soldiers" -> MIL, "Sen." -> LEG), from data/agents.json.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AgentData {
  sectors: Record<string, string[]>;
  leaderWords: string[];
  prePartial: string[];
}

/**
 * Heads of bodies whose names go on with "on" and their subject ("Senate Committee on Armed Services",
 * "National Institute on Drug Abuse", "Conference on Disarmament", "Task Force on …"): the entity layer
 * names them whole, and the subject is no home of the body ("Select Committee on Benghazi").
 */
export const BODIES_ON: ReadonlySet<string> = new Set(['Committee', 'Subcommittee', 'Council', 'Commission', 'Conference', 'Institute', 'Center', 'Centre', 'Office',
  'Panel', 'Board', 'Caucus', 'Coalition', 'Alliance', 'Forum', 'Group', 'Force']);

/**
 * Heads of a chamber's bodies ("Senate Intelligence Committee", "Congressional Black Caucus"): the entity
 * layer names them with their chamber, and the resolver gives them the chamber's sector, not their subject's.
 */
export const COMMITTEES: ReadonlySet<string> = new Set(['Committee', 'Subcommittee', 'Caucus']);

export interface AgentHit {
  sector: string;
  phrase: string;
  /** Word index range [start, end) in the words the phrase was split into. */
  start: number;
  end: number;
}

interface Lexicon {
  byPhrase: Map<string, string>;
  maxWords: number;
  leader: Set<string>;
  pre: Set<string>;
  /** Every word of the state's sectors' phrases, singular and plural: "ministry", "troops", "foreign". */
  stateWords: Set<string>;
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD']);

/**
 * Words of the state's phrases that say where below the state or whose, not which organ: "state
 * officials" and "the governor" in a US story are a state's, "north" is from "leader of north korea".
 */
const NOT_ORGAN_WORDS = new Set(['state', 'states', 'governor', 'governors', 'governorate', 'governorates', 'mayor', 'mayors', 'north', 'korea',
  'city', 'county', 'local', 'provincial', 'regional', 'municipal']);
/**
 * Words that tell which organ of a state, not whose: "Commerce Ministry", "Joint Chiefs of Staff",
 * "Department of Foreign Affairs". No place and no cause: "Indiana governor", "Tulsa Police
 * Department" and "Judicial Watch" are bodies of their own.
 */
const ORGAN_WORDS = new Set(['commerce', 'trade', 'finance', 'economy', 'industry', 'justice', 'health', 'education', 'energy',
  'unification', 'affairs', 'home', 'office', 'bureau', 'agency', 'joint', 'delegation', 'aircraft', 'coast', 'border', 'public',
  'security', 'intelligence', 'presidential', 'federal', 'supreme', 'national', 'central', 'armed', 'special', 'air', 'ground',
  'the', 'a', 'an', 'of', 'for', 'and', 'its', 'his', 'her', 'their', 'some', 'several', 'many', 'top', 'senior', 'new',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

let lex: Lexicon | null = null;

function plurals(w: string): string[] {
  if (w.endsWith('.') || w.includes(' ') && !/[a-z]$/.test(w)) return [];
  const last = w.split(' ').pop() ?? w;
  const stem = w.slice(0, w.length - last.length);
  const out: string[] = [];
  if (/man$/.test(last)) out.push(`${stem}${last.replace(/man$/, 'men')}`);
  if (/[^aeiou]y$/.test(last)) out.push(`${stem}${last.replace(/y$/, 'ies')}`);
  else if (/(s|x|ch|sh)$/.test(last)) out.push(`${w}es`);
  else out.push(`${w}s`);
  return out;
}

function load(): Lexicon {
  if (lex) return lex;
  const data = require('./data/agents.json') as AgentData;
  const byPhrase = new Map<string, string>();
  let maxWords = 1;
  for (const [sector, entries] of Object.entries(data.sectors)) {
    for (const w of entries) {
      // As the text's words are read: "people's liberation army" is matched as "people liberation army".
      for (const form of [w, ...plurals(w)].map((f) => words(f).join(' '))) {
        if (!byPhrase.has(form)) byPhrase.set(form, sector);
        maxWords = Math.max(maxWords, form.split(' ').length);
      }
    }
  }
  const stateWords = new Set<string>();
  for (const [sector, entries] of Object.entries(data.sectors)) {
    if (!STATE_SECTORS.has(sector)) continue;
    for (const w of entries) for (const form of [w, ...plurals(w)]) for (const x of words(form)) if (!NOT_ORGAN_WORDS.has(x)) stateWords.add(x.replace(/\.$/, ''));
  }
  const leader = new Set<string>();
  for (const w of data.leaderWords) for (const f of [w, ...plurals(w)]) leader.add(f);
  lex = { byPhrase, maxWords, leader, pre: new Set(data.prePartial), stateWords };
  return lex;
}

/** Lower-case words of a phrase, possessive "'s" and edge punctuation removed; "Sen." keeps its dot. */
export function words(text: string): string[] {
  return text.normalize('NFC').replace(/[’‘`]/g, "'").toLowerCase()
    .split(/[\s,;:()"“”\[\]]+/)
    .map((w) => w.replace(/'s$/, '').replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean);
}

/** Every lexicon phrase in the words, longest match at each position, left to right. */
export function agentHits(ws: string[]): AgentHit[] {
  const { byPhrase, maxWords } = load();
  const hits: AgentHit[] = [];
  for (let i = 0; i < ws.length;) {
    let found: AgentHit | null = null;
    for (let n = Math.min(maxWords, ws.length - i); n >= 1; n--) {
      const phrase = ws.slice(i, i + n).join(' ');
      const s = byPhrase.get(phrase) ?? (n === 1 && phrase.endsWith('.') ? undefined : byPhrase.get(phrase.replace(/\.$/, '')));
      if (s) { found = { sector: s, phrase, start: i, end: i + n }; break; }
    }
    if (found) { hits.push(found); i = found.end; } else i++;
  }
  return hits;
}

/** The sector the head of a phrase names: the last lexicon hit wins ("Defense Ministry" -> GOV). */
export function headSector(text: string): AgentHit | null {
  const hits = agentHits(words(text));
  return hits.length ? hits[hits.length - 1] : null;
}

/**
 * Whether a name, once its country's own words are taken out, says only what organ of a state it is
 * ("Defense Ministry", "its forces", "two Iranian defense officials" with those words gone).
 */
export function namesStateOrgan(name: string): boolean {
  const { stateWords } = load();
  const ws = words(name);
  return ws.length > 0 && ws.every((w) => stateWords.has(w) || ORGAN_WORDS.has(w) || /^\d[\d,.]*$/.test(w)
    || (w.endsWith('s') && stateWords.has(w.slice(0, -1))));
}

/** A state's body named bare, no owner said ("the junta", "Police", "the authorities"). */
const BARE_STATE_BODY = /^(?:the\s+)?(junta|parliament|lawmakers|legislators|parliamentarians|military government|government|regime|army|military|armed forces|security forces|police|riot police|presidency|authorities|prosecutors|interior ministry|foreign ministry|defen[cs]e ministry|state media|state television|state TV)$/i;

/** A state's military rule, by any of its names: "Niger's military rulers … The junta said". */
const RULE_NAMES = 'junta|military government|military rulers|rulers|military leaders|regime';
const MILITARY_RULE = new RegExp(`^(?:${RULE_NAMES})$`, 'i');
const RULE_NAMED = new RegExp(`^(?:['’]s)?(?:\\s+[a-z-]+){0,2}?\\s+(?:${RULE_NAMES})\\b`);

/** Whether a body named bare is a state's military rule ("the junta", "the military government"). */
export function isMilitaryRule(body: string): boolean {
  return MILITARY_RULE.test(body);
}

/** Whether the text right after a country's name names its military rule ("'s military rulers", " junta"). */
export function ruleNamedAfter(text: string): boolean {
  return RULE_NAMED.test(text);
}

/** The body a bare name says ("army" for "the army"), or null: whose it is, the story's home state tells (Doc.home). */
export function bareStateBody(text: string): string | null {
  return BARE_STATE_BODY.exec(text)?.[1] ?? null;
}

export function isLeaderWord(phrase: string): boolean {
  return load().leader.has(phrase);
}

export function isPartiallyRecognised(name: string): boolean {
  return load().pre.has(name.toLowerCase().replace(/^the /, '').trim());
}

export function agentSector(phrase: string): string | null {
  return load().byPhrase.get(phrase.toLowerCase()) ?? null;
}
