// A person's grammatical gender as the article shows it, for pronouns to find their antecedent: the
// quote stage ("she said") and the event stage ("she met him") ask the same question of the same text.
import { createRequire } from 'node:module';
import type { Entity } from '../../model/analysis.ts';
import { firstWhere } from '../bisect.ts';

export type Gender = 'm' | 'f';

interface Genders { starts: number[]; persons: boolean[]; known: Map<string, Gender | null> }
// Keyed by the entity list: stages copy the Doc object, but share its entities.
const cache = new WeakMap<Entity[], Genders>();

function gendersOf(entities: Entity[]): Genders {
  let g = cache.get(entities);
  if (!g) {
    const all = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, person: e.type === 'PERSON' }))).sort((a, b) => a.start - b.start);
    g = { starts: all.map((m) => m.start), persons: all.map((m) => m.person), known: new Map() };
    cache.set(entities, g);
  }
  return g;
}

/**
 * Honorifics (Mr., Mrs., Ms.) before a person's mentions; else the given name when it is one of a
 * known gender (a list of English and European first names); else the pronouns that follow a mention
 * before anyone else is named (past another name they may be that one's: the weakest sign, as "Trump
 * attacked Clinton, saying he …" shows). Undefined when nothing says.
 */
export function genderOf(text: string, entities: Entity[], e: Entity): Gender | undefined {
  const g = gendersOf(entities);
  const known = g.known.get(e.id);
  if (known !== undefined) return known ?? undefined;
  let hm = 0, hf = 0, m = 0, f = 0, sm = 0, sf = 0;
  for (const x of e.mentions) {
    const before = text.slice(Math.max(0, x.start - 5), x.start) + x.text.slice(0, 5);
    if (/\bMr\.?\s/.test(before)) hm++;
    if (/\b(Mrs|Ms|Miss)\.?\s/.test(before)) hf++;
    // "9/11 widow Terry Strada", "his wife, Kimberly": a word of kin or a gendered title says as much as "Mrs." does.
    // ("Keith Lamont Scott's wife": a mention that is a word of kin after a possessive, kinDescriptions's.)
    const kin = KIN_ENDING.exec(x.text);
    const role = roleGenderBefore(text, x.start) ?? roleGenderAfter(text, x.end) ?? (kin ? KIN_GENDER[kin[1]] : null);
    if (role) { if (role === 'f') hf++; else hm++; }
    // ("Kim Jong Un's powerful sister warned … what she called": the pronouns after are the kin's.)
    if (KIN_AFTER.test(text.slice(x.end, x.end + 48))) continue;
    const after = text.slice(x.end, Math.min(x.end + 80, nextPersonAfter(g, text, x.end)));
    const he = after.match(/\b(he|his|him)\b/i)?.index ?? 999;
    const she = after.match(/\b(she|her|hers)\b/i)?.index ?? 999;
    if (he < she) m++; else if (she < he) f++;
    const subject = after.match(/\b(he|she)\b/i);
    if (subject) { if (subject[1].toLowerCase() === 'he') sm++; else sf++; }
  }
  const byName = nameGender(e.name, e.country);
  // ("Marty Walz … Walz approaches it a bit more diplomatically. She said": a given name borne by women
  // and men alike says less than "he" or "she" after the person's name; not "her", which is as often
  // another's: "with Mayor Marty Walsh by her side, Hillary Clinton".)
  const weakName = WEAK_GIVEN_NAMES.has(e.name.split(/\s+/)[0].toLowerCase());
  const bySubject = weakName && sm !== sf ? (sm > sf ? 'm' : 'f') : null;
  const out = hm !== hf ? (hm > hf ? 'm' : 'f') : bySubject ?? byName ?? (m > f ? 'm' : f > m ? 'f' : null);
  g.known.set(e.id, out);
  return out ?? undefined;
}

// ("Trump spokesman Hope Hicks": a title in -man is said of women too; one in -woman is not said of men.)
/** Words of close kin: "his wife Hillary Clinton", "Clinton's husband, Bill,". */
export const KIN_GENDER: Readonly<Record<string, Gender>> = {
  wife: 'f', husband: 'm', mother: 'f', father: 'm', daughter: 'f', son: 'm', sister: 'f', brother: 'm',
};
/**
 * "'s powerful sister", "'s wife": a word of kin after a person's possessive, not followed by the kin's
 * own name ("'s daughter Ivanka", "'s husband, Bill,": the name is the mention there).
 */
export const KIN_AFTER = /^['’]s\s+(?:[a-z-]+\s+){0,2}?(sister|brother|wife|husband|daughter|son|mother|father)\b(?!,?\s+\p{Lu})/u;
const KIN_ENDING = /['’]s\s+(?:[a-z-]+\s+){0,2}?(sister|brother|wife|husband|daughter|son)$/u;
const ROLE_GENDER: Record<string, Gender> = {
  ...KIN_GENDER, widow: 'f', widower: 'm',
  grandmother: 'f', grandfather: 'm', actress: 'f', congresswoman: 'f', spokeswoman: 'f', chairwoman: 'f', businesswoman: 'f',
};
const GENDERED_ROLE = new RegExp(`\\b(${Object.keys(ROLE_GENDER).join('|')})\\b,?\\s+$`, 'i');
/** The gender a word of kin or a gendered title just before offset `at` gives ("his wife, Ghazala Khan"), or null. */
export function roleGenderBefore(text: string, at: number): Gender | null {
  const role = GENDERED_ROLE.exec(text.slice(Math.max(0, at - 16), at));
  return role ? ROLE_GENDER[role[1].toLowerCase()] : null;
}

const APPOSED_ROLE = new RegExp(`^,\\s+(the|a|an|his|her|their|its)\\s+([\\w-]+\\s+){0,2}?(${Object.keys(ROLE_GENDER).join('|')})\\b`, 'i');
/** The same said in an appositive right after a mention: "Kim Yo-jong, the powerful sister of the leader". */
export function roleGenderAfter(text: string, at: number): Gender | null {
  const role = APPOSED_ROLE.exec(text.slice(at, at + 60));
  return role ? ROLE_GENDER[role[3].toLowerCase()] : null;
}

/**
 * The gender of the given name in a full name ("Bill Clinton": m): the first word of a name of two
 * words or more. Not for East Asian names, whose first word is the family's ("Kim Jong-un", "Xi
 * Jinping"). Null when it does not tell.
 */
export function nameGender(name: string, country: string | null): Gender | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || (country && FAMILY_NAME_FIRST.has(country)) || words.some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w))) return null;
  const given = words[0].toLowerCase();
  const fixed = GIVEN_NAME_FIXES.get(given);
  if (fixed !== undefined) return fixed;
  const g = nameList().getGender(words[0], 'en');
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}
/**
 * Where the name list is wrong for news: given names it lists as one gender that are the other's
 * ("Florent", "Yuval Shany", "Nikol Pashinyan"; "Yuri Ushakov" and "Valery Gerasimov", Slavic men's names the
 * list has as women's) or both's ("Ariel Sharon", "Lindsey Graham", "Kelly Ayotte", "Andrea Mitchell" and
 * "Andrea Orlando"; "Ilham" is a woman's name in Arabic and Ilham Aliyev's in Azerbaijani):
 * null leaves the person's gender to honorifics and pronouns.
 */
const GIVEN_NAME_FIXES: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['florent', 'm'], ['yuval', 'm'], ['nikol', 'm'], ['yuri', 'm'], ['valery', 'm'], ['danila', 'm'],
  // Men's names of office holders in the news that the list lacks.
  ...['esmaeil', 'mojtaba', 'zabihullah', 'javad', 'gholamhossein', 'yevgeny', 'shigeru', 'fumio', 'kyrylo', 'heorhiy', 'heorhii', 'radoslaw', 'shehbaz', 'bilawal',
    'tore', 'hakon', 'håkon', 'wopke', 'margus', 'sauli', 'petteri', 'alar', 'gitanas', 'edgars', 'gabrielius', 'jüri', 'urmas', 'bezalel', 'narendra',
    'subrahmanyam', 'rajnath', 'shavkat', 'jeyhun', 'ararat', 'prabowo']
    .map((n) => [n, 'm'] as [string, Gender]),
  // Women's names of office holders in the news that the list lacks.
  ...['mette', 'evika'].map((n) => [n, 'f'] as [string, Gender]),
  ...['ilham', 'akira', 'ariel', 'joan', 'lindsey', 'lindsay', 'andrea', 'nicola', 'sasha', 'dominique', 'robin', 'dana', 'leslie', 'tracy', 'kelly', 'shannon', 'alexis', 'kim', 'jamie', 'taylor', 'morgan', 'jessie', 'jackie', 'pat', 'jean', 'kingsley']
    .map((n) => [n, null] as [string, null]),
]);
/**
 * Given names the list gives one gender that American and British news gives women and men alike
 * ("Marty Walz", "Terry Branstad", "Chris Christie"): the pronouns after the name decide first.
 */
const WEAK_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'marty', 'terry', 'chris', 'sam', 'alex', 'kerry', 'jody', 'casey', 'lee', 'lynn', 'sandy', 'jordan', 'drew', 'blair',
  'cameron', 'carey', 'jesse', 'stacy', 'frankie', 'bobbie', 'billie', 'toni', 'marion', 'sydney', 'avery', 'riley',
  'rene', 'jan', 'gale', 'kris', 'stevie', 'jaime', 'devon', 'shelby', 'kendall', 'loren', 'aubrey', 'merrill', 'carroll',
]);
/** Whether a word is a given name in the name list ("Bob", "Maria"), of either gender. */
export function isGivenName(word: string): boolean {
  const g = nameList().getGender(word, 'en');
  return g === 'male' || g === 'female';
}
// Loaded on first use: its lists of ~100,000 names cost ~0.4 s and 18 MB to load.
let names: typeof import('gender-detection-from-name') | null = null;
function nameList(): typeof import('gender-detection-from-name') {
  names ??= createRequire(import.meta.url)('gender-detection-from-name') as typeof import('gender-detection-from-name');
  return names;
}
// Burmese names have no given name at all ("Aung San Suu Kyi" is a woman).
const FAMILY_NAME_FIRST = new Set(['CHN', 'PRK', 'KOR', 'JPN', 'TWN', 'HKG', 'MAC', 'VNM', 'MNG', 'SGP', 'KHM', 'HUN', 'MMR']);

/** Where the next person mention after an offset starts (the text's end if none). */
function nextPersonAfter(g: Genders, text: string, offset: number): number {
  for (let k = firstWhere(0, g.starts.length, (i) => g.starts[i] >= offset); k < g.starts.length; k++) if (g.persons[k]) return g.starts[k];
  return text.length;
}

/** The gender a third-person pronoun asks for: "he", "him", "his" and "she", "her", "hers". */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return w === 'he' || w === 'him' || w === 'his' ? 'm' : w === 'she' || w === 'her' || w === 'hers' ? 'f' : undefined;
}
