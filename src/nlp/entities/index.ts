// The entities component: mentions -> document-level entities with canonical name, KB id,
// country, sector and roles. Name coreference happens here: honorific and surname forms join
// the person named in full ("Mr. Kim" -> Kim Jong-un), descriptions join the one actor they fit
// ("the Russian leader" -> Vladimir Putin), capitals used as actors carry their government.
import type { Entity, EntityType, Mention } from '../../model/analysis.ts';
import type { Component, Doc, Token } from '../doc.ts';
import { countryByCode, findCountry, findPlace, normName } from '../../kb/geo.ts';
import { kbByName, kbBySurname, kbEntry, loadKb, surnames } from '../../kb/store.ts';
import { entryOnDate, holderOfTitle, NAMES_MANY_STATES_GIVE, officeWord, peopleWithoutInitial, resolveActorDetail, sharedCountry } from '../../kb/resolve.ts';
import { onDate, type KbEntry } from '../../kb/entry.ts';
import { findMentions, mayMeanTheState, rawMention, SAYS, type RawMention } from './mentions.ts';
import { KIN_AFTER, KIN_GENDER, isGivenName, nameGender, roleGenderAfter, roleGenderBefore, type Gender } from './gender.ts';
import { findDescriptions, findOfficeDescriptions } from './descriptions.ts';
import { premodifierRole, appositiveRole, leadingAppositiveRole } from './roles.ts';
import { CHINESE_FAMILY_NAMES, SHIP_PREFIXES } from './words.ts';
import { datelineOf } from '../dateline.ts';

interface Cluster {
  key: string;
  type: EntityType;
  name: string;
  kb: string | null;
  entry: KbEntry | null;
  country: string | null;
  sector: string | null;
  roles: string[];
  mentions: RawMention[];
  metonym: boolean;
  /** Family-name keys that refer to this cluster ("kim", "putin"). */
  surnames: Set<string>;
  /** normName(nameNormed), kept so that matching every surname mention to every person does not redo it. */
  normed: string;
  nameNormed: string | null;
}

/** A place a dateline shouts ("NEW DELHI", "PORT-AU-PRINCE") as the gazetteer writes it, else each word capitalised. */
function shoutedPlaceName(name: string): string {
  const known = findPlace(name);
  if (known && normName(known.name) === normName(name)) return known.name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD']);
/** The words that tie a body's mention to the state the KB files it under ("the U.S. Senate", "Britain's Ministry of Defence"). */
const OWN_STATE_WORDS = /\b(?:U\.?S\.?|United States|American|British|Britain['’]s|UK|U\.K\.)\b/;

/** Cities whose news bureaus cover a region ("CAIRO" for Sudan and Libya, "NAIROBI" for Somalia, "BANGKOK" for Myanmar). */
const HUB_PLACES = new Set(['cairo', 'dubai', 'nairobi', 'bangkok', 'beirut', 'amman', 'istanbul', 'johannesburg', 'dakar', 'doha', 'abu dhabi',
  'london', 'brussels', 'geneva', 'vienna', 'hong kong', 'singapore']);

/**
 * The country of the article's dateline ("MANILA, Philippines (AP) —") when the story is about its affairs:
 * no other country is named more often after the dateline (its places counting for it) (a story filed from a regional hub, "DUBAI — …
 * Iran's Foreign Ministry …", is about others); in a story from a city whose bureaus cover a region, the
 * one state it is about, if one stands out. Null without a dateline, or when it is filed from Washington:
 * the United States has no "Defense Ministry", and one named there is some other state's.
 */
function homeCountry(doc: Doc, mentions: RawMention[]): string | null {
  const span = datelineOf(doc);
  if (span.end <= span.start) return null;
  const placed = mentions.filter((x) => x.ref && x.start >= span.start && x.end <= span.end && (x.kind === 'country' || x.kind === 'capital' || x.kind === 'place' || x.kind === 'region'));
  const m = placed[0];
  if (!m?.ref || m.ref === 'USA') return null;
  // ("NEW DELHI/ISLAMABAD (Reuters) —": filed from both sides, the story is about neither alone.)
  if (placed.some((x) => x.ref !== m.ref)) return null;
  const named = new Map<string, number>();
  for (const x of mentions) {
    if (x.ref && x.start >= span.end && (x.kind === 'country' || x.kind === 'demonym' || x.kind === 'capital' || x.kind === 'place' || x.kind === 'region')) named.set(x.ref, (named.get(x.ref) ?? 0) + 1);
  }
  const own = named.get(m.ref) ?? 0;
  if (own > 0 && [...named.values()].every((n) => n <= own)) return m.ref;
  // ("OSLO (Reuters) — Finance Minister Lena Ortiz … in parliament": a story that names no state after
  // its dateline is about the dateline's.)
  if (named.size === 0) return m.ref;
  // "CAIRO (AP) — Sudan's paramilitary forces shelled …": a story filed from a bureau that covers a region,
  // about one other state. (Not "NIAMEY, Niger — Niger's military rulers …", however often France is named.)
  if (!HUB_PLACES.has(normName(m.name))) return null;
  let top: string | null = null;
  for (const [ref, n] of named) if (!top || n > named.get(top)!) top = ref;
  const n = top ? named.get(top)! : 0;
  return top && n >= 3 && n >= 2 * own && [...named].every(([ref, k]) => ref === top || 2 * k <= n) ? top : null;
}

/** A description of someone as another's aide: "his chief of staff", "her top national security adviser". */
const AIDE_ROLE = /^(?:his|her)\s+(?:(?:top|senior|chief|deputy|press|national security|foreign policy|military)\s+)*(?:chief of staff|spokes(?:man|woman|person)|deputy|advisers?|advisors?|aides?|press secretary|envoy)$/i;

/** A spokesperson titled by the word alone: "Spokesman Shafqat Ali Khan". */
const BARE_SPOKESPERSON = /^spokes(?:man|woman|person)$/i;
/** A state's body right after its country's name: "'s foreign office", " Defense Ministry", "'s military". */
const STATE_BODY_AFTER = /^(?:['’]s)?\s+(?:[A-Za-z]+\s+)?(?:ministry|office|military|army|navy|government|embassy|forces|police|cabinet|presidency|junta)\b/i;

/**
 * The country of the state body named last before `at` in the same paragraph: an organisation of a state
 * sector the article places, or a country's name right before a body's ("Pakistan's foreign office").
 */
function stateBodyBefore(doc: Doc, order: Cluster[], mentions: RawMention[], at: number): string | null {
  const para = doc.article.paragraphs.find((p) => p.start <= at && at < p.end);
  const from = para?.start ?? Math.max(0, at - 300);
  let best: string | null = null, bestEnd = -1;
  for (const c of order) {
    if (c.type !== 'ORG' || !c.country || !c.sector || !STATE_SECTORS.has(c.sector)) continue;
    for (const m of c.mentions) if (m.start >= from && m.end <= at && m.end > bestEnd) { best = c.country; bestEnd = m.end; }
  }
  for (const x of mentions) {
    if (!x.ref || x.start < from || x.end > at || x.end <= bestEnd || (x.kind !== 'country' && x.kind !== 'demonym')) continue;
    if (STATE_BODY_AFTER.test(doc.text.slice(x.end, x.end + 40))) { best = x.ref; bestEnd = x.end; }
  }
  return best;
}

/** Offices most states have under these names: "Energy Minister", "President", "the provincial governor". */
const HOME_OFFICE = /\b(?:minister|premier|president|chancellor|governor|mayor|judge|prosecutor|attorney general|secretary(?!\s+of\s+state|-general)|(?:presidential|government|police|army|military|junta)(?:['’]s)?\s+spokes(?:man|woman|person))\b/i;

/** The person named last before offset `at`. */
function personBefore(order: Cluster[], at: number): Cluster | null {
  let best: Cluster | null = null, bestEnd = -1;
  for (const c of order) {
    if (c.type !== 'PERSON') continue;
    for (const m of c.mentions) if (m.end <= at && m.end > bestEnd) { best = c; bestEnd = m.end; }
  }
  return best;
}

/** The countries the paragraph of mention `m` names by name, people or capital ("In Washington, … the National Security Council"). */
function countriesInParagraph(doc: Doc, all: RawMention[], m: RawMention): Set<string> {
  const found = new Set<string>();
  const p = doc.article.paragraphs.find((x) => x.start <= m.start && m.start < x.end);
  if (p) for (const x of all) if (x.ref && x.start >= p.start && x.end <= p.end && (x.kind === 'country' || x.kind === 'demonym' || x.kind === 'capital')) found.add(x.ref);
  return found;
}

/**
 * The country of the town or region named last before offset `at`, within a few sentences, after the
 * dateline (which ends at `from`), when the text names that country itself (a "Carolina" in a story
 * that never names Puerto Rico is no Puerto Rican town).
 */
function placeBefore(all: RawMention[], at: number, from: number): string | null {
  let best: RawMention | null = null;
  for (const x of all) if (x.ref && (x.kind === 'place' || x.kind === 'region') && x.start >= from && x.end <= at && at - x.end < 600 && (!best || x.end > best.end)) best = x;
  return best && all.some((x) => x.ref === best!.ref && (x.kind === 'country' || x.kind === 'demonym' || x.kind === 'capital')) ? best.ref : null;
}
const BARE_LOCAL_OFFICE = /^(?:the\s+)?(?:regional\s+|provincial\s+|state\s+)?(?:governor|mayor)$/i;

const paragraphNames = (doc: Doc, all: RawMention[], ms: RawMention[], country: string): boolean => ms.some((m) => countriesInParagraph(doc, all, m).has(country));

/**
 * The other country the text gives an institution that it otherwise names bare ("the Nigerian Senate"
 * … "the Senate", "Senate of Nigeria"), when every mention is the bare name; else null.
 */
function otherCountryOf(doc: Doc, entry: KbEntry, mentions: RawMention[], own: string, all: RawMention[]): string | null {
  const name = entry.name;
  if (!mentions.every((m) => m.name === name)) return null;
  // Only where the name stands in the text: a scan of the whole text per organisation cost 0.3 CPU-ms/article.
  const text = doc.text;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (/[\p{L}\p{N}]/u.test(text[i + name.length] ?? '')) continue;
    // Inside the name of another body the KB knows ("the Pakistani Taliban" is the TTP): no other state's one of this.
    if (all.some((y) => y.kind === 'kb' && y.ref && y.ref !== entry.id && y.start <= i && y.end >= i + name.length)) continue;
    const before = /(\p{Lu}[\p{L}-]+) $/u.exec(text.slice(Math.max(0, i - 30), i));
    const after = text.startsWith(' of ', i + name.length) ? /^(?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(text.slice(i + name.length + 4, i + name.length + 60)) : null;
    // ("the Georgia Republican Party" in a US story: a state's party, the mentions already say.)
    const stateBefore = before && all.some((y) => y.kind === 'region' && y.end === i - 1);
    for (const word of [stateBefore ? undefined : before?.[1], after?.[1]]) {
      const c = word ? findCountry(word) : null;
      if (c && c !== own) return c;
    }
  }
  return null;
}

/** A description that makes a name an operation's or a mission's ("the U.S. military operation against …"). */
const OPERATION_ROLE = /^(?:the|a|an)\s+(?:(?!(?:of|for|in|at|to|with)\s)[\w.'’-]+\s+){0,4}?(?:operation|mission|campaign|coalition|task force)(?:$|\s+(?:against|in|to|on|that|which)\b)/i;

/**
 * The country of the KB person a body's spokesperson is, where the text names them together: "Foreign
 * Ministry spokesman Esmaeil Baghaei", "Maria Zakharova, the Foreign Ministry spokeswoman".
 */
function spokespersonCountry(text: string, all: RawMention[], ms: RawMention[], date: string | null): string | null {
  const countryOf = (y: RawMention | undefined) => {
    const e = y?.ref ? kbEntry(y.ref) : null;
    return e && e.type === 'PERSON' ? entryOnDate(e, date).country : null;
  };
  for (const m of ms) {
    const after = SPOKESPERSON_AFTER.exec(text.slice(m.end, m.end + 16));
    if (after) {
      const c = countryOf(all.find((y) => y.kind === 'kb' && y.start === m.end + after[0].length));
      if (c) return c;
    }
    const before = APPOSITIVE_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (before && SPOKESPERSON_AFTER.test(text.slice(m.end, m.end + 16))) {
      const c = countryOf(all.find((y) => y.kind === 'kb' && y.end === m.start - before[0].length));
      if (c) return c;
    }
  }
  return null;
}
const SPOKESPERSON_AFTER = /^\s+spokes(?:man|woman|person)\b\s*/;
const APPOSITIVE_BEFORE = /,\s+(?:the\s+)?$/;

/** The KB organisation whose possessive stands right before one of `ms` ("the IRGC's …"): one with a country, or an international one. */
function ownerBodyBefore(text: string, all: RawMention[], ms: RawMention[]): { country: string | null; sector: string | null } | null {
  for (const m of ms) {
    const x = all.find((y) => y.kind === 'kb' && y.ref && y.end <= m.start && m.start - y.end <= 3 && /^['’]s?\s$/.test(text.slice(y.end, m.start)));
    const e = x?.ref ? kbEntry(x.ref) : null;
    // (An international body's has no country: "the U.N. nuclear watchdog's Board of Governors".)
    if (e && e.type === 'ORG' && (e.country || e.sector === 'IGO')) return { country: e.country, sector: e.sector };
  }
  return null;
}

/**
 * The country of a country, demonym or capital mention standing right before one of `ms` ("South Korean",
 * "Seoul's"), or of a place it is based in ("Greece-based"), or null. With `orIn`, one after "in" counts
 * too ("the Joint Chiefs of Staff in Seoul").
 */
function countryBefore(text: string, all: RawMention[], ms: RawMention[], orIn = false): string | null {
  // ("the Russian Defense Ministry" and "the Ukrainian Defense Ministry" share a name: then neither country.)
  return oneRef(ms, (m) => all.find((x) => x.ref && (x.kind === 'country' || x.kind === 'demonym' || x.kind === 'capital') && x.end <= m.start && m.start - x.end <= 3
      && /^(['’]s)?\s$/.test(text.slice(x.end, m.start)))
      // ("Greece-based Allseas Marine", "a London-based hedge fund": where a body is based is its country.)
      ?? all.find((x) => x.ref && x.kind !== 'kb' && x.kind !== 'demonym' && x.end <= m.start && m.start - x.end === 7 && /^-based\s$/.test(text.slice(x.end, m.start)))
      ?? (orIn && text.startsWith(' in ', m.end) ? all.find((x) => x.ref && (x.kind === 'country' || x.kind === 'capital') && x.start === m.end + 4) : undefined));
}

/** The one country the places found before `ms` name (by `placeBefore`), or null when none or several. */
function oneRef(ms: RawMention[], placeBefore: (m: RawMention) => RawMention | undefined, refOf = (x: RawMention): string | null => x.ref): string | null {
  const found = new Set<string>();
  for (const m of ms) {
    const x = placeBefore(m);
    const ref = x ? refOf(x) : null;
    if (ref) found.add(ref);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The country of a place named with a possessive right before one of `ms` ("Ohio's John Kasich"), when one. */
function placeOwning(doc: Doc, all: RawMention[], ms: RawMention[]): string | null {
  return oneRef(ms, (m) => all.find((p) => p.ref && (p.kind === 'country' || p.kind === 'capital' || p.kind === 'region' || p.kind === 'place') && p.end <= m.start && m.start - p.end === 3
    && /^['’]s\s$/.test(doc.text.slice(p.end, m.start))),
  // ("Georgia's Brian Kemp" in a story about American politics: the state.)
  (x) => (x.ref === 'GEO' && mayMeanTheState(doc) ? 'USA' : x.ref));
}

/** A person's description that tells a language or a family's origin, not the person's country. */
const ORIGIN_ROLE = /-(?:speaking|born)\b|\bimmigrants?\b/i;
const HYPHENATED_AMERICAN = /\p{L}-American\b/u;
/** A US party and state after a name: "(D-Calif.)", "(R)", ", R-Tenn.,". */
const US_PARTY_LABEL = /^(?:\s?\([RDI](?:-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\)|,\s[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?[,;.])/;

/** normName of the cluster's current name; the name may change, so the cached form is checked against it. */
function normedName(c: Cluster): string {
  if (c.nameNormed !== c.name) { c.normed = normName(c.name); c.nameNormed = c.name; }
  return c.normed;
}

/** A name that opens with a family name's particle: "Van Der Beek", "de Blasio", "Abu Laban" ("Al Gore" has a given name). */
const SURNAME_PARTICLE = /^(van|von|de|der|den|di|da|du|la|le|bin|ibn|abu|dos|ter)\s/i;

const EAST_ASIAN = new Set(['CHN', 'PRK', 'KOR', 'TWN', 'VNM', 'HKG', 'SGP', 'MMR', 'KHM']);

function nameSurnames(name: string, country: string | null): string[] {
  const ws = name.replace(/[,]/g, ' ').split(/\s+/).filter((w) => w && !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  if (ws.length < 2) return ws.length ? [normName(ws[0])] : [];
  const out = [normName(ws[ws.length - 1])];
  let p = ws.length - 1;
  while (p > 1 && /^(al|el|bin|ibn|abu|de|del|van|von|der|den|da|du|la|le|di|dos|ter)$/i.test(ws[p - 1])) p--;
  if (p < ws.length - 1) out.push(normName(ws.slice(p).join(' ')));
  if (ws[1].includes('-') || country && EAST_ASIAN.has(country) || (ws.length <= 3 && CHINESE_FAMILY_NAMES.has(ws[0].toLowerCase()))) out.push(normName(ws[0]));
  return out;
}

/** Given names whose short form is no prefix of them: "Bill" for William, "Bob" for Robert. */
const NICKNAMES: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', jim: 'james', jimmy: 'james',
  mike: 'michael', dick: 'richard', rick: 'richard', ricky: 'richard', tony: 'anthony', ted: 'edward', teddy: 'theodore',
  jack: 'john', johnny: 'john', chuck: 'charles', charlie: 'charles', hank: 'henry', harry: 'henry', peggy: 'margaret',
  meg: 'margaret', liz: 'elizabeth', beth: 'elizabeth', betsy: 'elizabeth', kate: 'katherine', katie: 'katherine', kathy: 'katherine',
  sue: 'susan', becky: 'rebecca', andy: 'andrew', drew: 'andrew', larry: 'lawrence', jerry: 'gerald', sandy: 'alexandra',
  nancy: 'ann', peg: 'margaret', bernie: 'bernard', newt: 'newton', mitt: 'willard',
};

/**
 * Whether given name `s` is a short form of `l`: a known nickname of it ("Bill", "William"; also
 * two nicknames of one name), else the opening of a longer name, three letters or more ("Pat", "Patrick").
 */
function shortFormOf(s: string, l: string): boolean {
  if (s === l) return false;
  const nick = NICKNAMES[s];
  if (nick) return nick === l || NICKNAMES[l] === nick || (s.length <= l.length ? s.length >= 3 && l.startsWith(s) : l.length >= 3 && s.startsWith(l));
  return s.length >= 3 && l.length > s.length && l.startsWith(s);
}

/**
 * "Patrick W. Carlineo Jr." and, in a quotation, "Pat Carlineo"; "William Smith" and "Bill Smith":
 * full names of one surname whose given names are forms of one name are one person, when the short
 * form fits exactly one of the text's full names ("Chris Lund" beside both "Christopher" and
 * "Christina Lund" stays apart) and the two are not a man's and a woman's name ("Eric", "Erica"; a
 * short form of three letters, "Pat", "Sam", is anyone's).
 */
function mergeNicknames(order: Cluster[], clusters: Map<string, Cluster>): void {
  const people = order.filter((c) => c.type === 'PERSON' && !c.entry && c.mentions.length && c.name.includes(' '))
    .map((c) => ({ c, given: c.name.split(/\s+/)[0].toLowerCase() }));
  const otherGender = (short: { c: Cluster; given: string }, long: Cluster): boolean => {
    if (short.given.length <= 3 || NICKNAMES[short.given]) return false;
    const x = nameGender(short.c.name, null), y = nameGender(long.name, null);
    return !!x && !!y && x !== y;
  };
  for (const short of people) {
    const fits = people.filter((p) => shortFormOf(short.given, p.given) && [...short.c.surnames].some((x) => p.c.surnames.has(x)) && !otherGender(short, p.c));
    if (fits.length !== 1 || !short.c.mentions.length) continue;
    const keep = fits[0].c;
    keep.mentions.push(...short.c.mentions);
    for (const sn of short.c.surnames) keep.surnames.add(sn);
    short.c.mentions = [];
    clusters.set(short.c.key, keep);
  }
}

/** The initials of a body's name, its small words left out: "Joint Chiefs of Staff" is JCS. */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * "South Korea's Joint Chiefs of Staff said … . The JCS said": an acronym no entry knows is the body named
 * before it whose initials it spells, when exactly one does.
 */
function mergeAcronyms(order: Cluster[], clusters: Map<string, Cluster>): void {
  const bodies = order.filter((c) => c.type === 'ORG' && c.mentions.length && c.name.includes(' '));
  for (const c of order) {
    if (c.type !== 'ORG' || c.entry || !c.mentions.length || !/^[A-Z]{2,6}$/.test(c.name)) continue;
    const first = c.mentions[0].start;
    const fits = bodies.filter((b) => b !== c && b.mentions[0].start < first && initialsOf(b.name) === c.name);
    if (fits.length !== 1) continue;
    const keep = fits[0];
    keep.mentions.push(...c.mentions);
    keep.mentions.sort((a, b) => a.start - b.start);
    c.mentions = [];
    clusters.set(c.key, keep);
  }
}

/** Words after a name that make it a business's: "Carrier workers", "a Carrier executive", "Carrier's parent". */
const COMPANY_AFTER = /^(?:['’]s)?\s+(?:workers|employees|executives?|plant|plants|factory|factories|products|shareholders|stock|shares|headquarters|parent|subsidiary|spokesman|spokeswoman|spokesperson)\b/;
/** Words before a name that make it a business: "worked at Carrier", "working for Carrier". */
const COMPANY_BEFORE = /\b(?:work(?:s|ed|ing)?|employed|jobs?)\s+(?:at|for)\s+$/i;

/**
 * A one-word name with no given name, honorific or entry, used as a business is ("Carrier workers",
 * "worked at Carrier", "Carrier's parent") in two places or more, or set off after a business's
 * description: a company, not a person.
 */
function companyByUse(text: string, mentions: RawMention[]): boolean {
  if (!mentions.length || mentions.some((m) => m.kind !== 'name' || m.name.includes(' '))) return false;
  let uses = 0;
  for (const m of mentions) {
    // (Set off after what it is, once is enough.)
    if (companyAt(text, m)) return true;
    if (COMPANY_AFTER.test(text.slice(m.end, m.end + 20)) || COMPANY_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) uses++;
  }
  return uses >= 2;
}
/** Whether mention m is set off after a business's description ("the state energy company, Naftogaz,"). */
function companyAt(text: string, m: RawMention): boolean {
  return COMPANY_APPOSED.test(text.slice(Math.max(0, m.start - 30), m.start)) && text[m.end] === ',';
}
/** A business's description right before its name, set off by a comma. */
const COMPANY_APPOSED = /\b(?:company|firm|operator|conglomerate|producer|maker|manufacturer|airline|lender|insurer|utility|broadcaster|developer|retailer|exporter|supplier|contractor|startup|giant)\s*,\s*$/i;

/** The alias of a KB entry its mentions use most, when none of them uses its name; else null. */
function nameInText(e: KbEntry, mentions: RawMention[], text: string): string | null {
  const name = normName(e.name);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const said = normName(text.slice(m.start, m.end));
    if (said === name) return null;
    const alias = e.aliases.find((a) => normName(a) === said);
    if (alias) counts.set(alias, (counts.get(alias) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [a, n] of counts) if (!best || n > counts.get(best)!) best = a;
  return best;
}

function honorificGender(honorific: string | null): Gender | null {
  if (!honorific) return null;
  return /^Mr\.?$/.test(honorific) ? 'm' : /^(Mrs|Ms|Miss)\.?$/.test(honorific) ? 'f' : null;
}
const oppositeOf = (g: Gender): Gender => (g === 'm' ? 'f' : 'm');

/**
 * Words before a name that make it someone's relative ("for his wife Hillary Clinton", "mother of
 * Benghazi victim Sean Smith"): a person beside the one the sentence is about.
 */
const KIN_WORDS = Object.keys(KIN_GENDER).join('|');
const OBLIQUE_BEFORE = new RegExp(`(?:\\b(?:his|her|their)|['’]s)\\s+(?:${KIN_WORDS})\\s*,?\\s+$|\\b(?:${KIN_WORDS})\\s+of\\s+(?:[\\w-]+\\s+){0,3}$`, 'i');

/** ", George " or " and Ghazala " before the family name again: given names in a list of one family. */
const FAMILY_LIST_AFTER = /^\s*(?:,|and\b|or\b)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;

/**
 * A person named beside the one a passage is about: as someone's relative, in a list of the family
 * ("Prescott Bush, George Bush and George W. Bush"), or as the owner of a thing the sentence leaves
 * out ("McCain's campaign in 2008 and George W Bush's in 2004").
 */
function namedInPassing(text: string, x: RawMention, surname: string): boolean {
  const before = text.slice(Math.max(0, x.start - 30), x.start);
  if (OBLIQUE_BEFORE.test(before)) return true;
  const i = before.toLowerCase().lastIndexOf(surname);
  if (i >= 0 && /^\S*\s*(?:,|\band\b|\bor\b)\s*$/i.test(before.slice(i + surname.length))) return true;
  const after = text.slice(x.end, x.end + 30);
  const j = after.toLowerCase().indexOf(surname);
  if (j >= 0 && FAMILY_LIST_AFTER.test(after.slice(0, j))) return true;
  return /^['’]s\s+(?:in|on|at|of|for|and|or|[,.;])(?!\w)/.test(text.slice(x.end, x.end + 8));
}

/** The people of a surname whose given name is of gender `g`, when some of that surname's people are not; else null. */
function unlikeByName(people: Cluster[], surname: string, g: Gender, text: string, learned: ReadonlyMap<Cluster, Gender>): Set<Cluster> | null {
  const bearers = people.filter((c) => c.surnames.has(surname) || normedName(c) === surname);
  // …or whom a word of kin before the full name ("his wife, Ghazala Khan") or an earlier title makes so.
  const kinGender = (c: Cluster): Gender | null => {
    for (const x of c.mentions) {
      const r = roleGenderBefore(text, x.start);
      if (r) return r;
    }
    return null;
  };
  const genderOf = (c: Cluster) => nameGender(c.name, c.country) ?? kinGender(c) ?? learned.get(c);
  const unlike = new Set(bearers.filter((c) => genderOf(c) === g));
  return unlike.size > 0 && unlike.size < bearers.length ? unlike : null;
}

function keyOf(m: RawMention): string {
  switch (m.kind) {
    case 'kb': return m.ref ?? `kb:${normName(m.name)}`;
    case 'country': return `country:${m.ref}`;
    case 'demonym': return `norp:${m.ref}`;
    case 'capital': case 'region': case 'place': return `place:${m.ref ?? ''}:${normName(m.name)}`;
    // "Loretta E. Lynch" and "Loretta Lynch" are one person: a middle initial does not tell people apart.
    default: return `${m.type.toLowerCase()}:${normName(m.type === 'PERSON' ? m.name.replace(MIDDLE_INITIAL, ' ') : m.name)}`;
  }
}
const MIDDLE_INITIAL = /(?<=\S)\s+\p{Lu}\.(?=\s+\S)/gu;

function canonicalCountryName(iso3: string | null, fallback: string): string {
  return (iso3 && countryByCode(iso3)?.name) || fallback;
}

/**
 * The surnames in capitals that name a person of the text ("PENCE" beside "Mike Pence"): the mentions
 * in capitals, lower-cased, that are the last word (not itself in capitals) of a full name the text
 * gives. Null when none.
 */
function shoutedSurnames(mentions: RawMention[]): Set<string> | null {
  let shouted: Set<string> | null = null;
  for (const m of mentions) if (m.type === 'ORG' && m.kind === 'name' && SHOUTED.test(m.name)) (shouted ??= new Set()).add(normName(m.name));
  if (!shouted) return null;
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.name.includes(' ')) continue;
    const word = m.name.split(/\s+/).pop()!;
    // A name's last word in capitals is an acronym too ("Eurosceptic SVP"), no surname.
    if (SHOUTED.test(word)) continue;
    const last = normName(word);
    if (shouted.has(last)) out.add(last);
  }
  return out.size ? out : null;
}
const SHOUTED = /^[A-Z][A-Z'’-]{2,}$/;

const PLACE_BEFORE = /\b(in|near|outside|inside)\s+$/i;

interface LoneNameUse { n: number; inside: boolean; person: boolean; pronoun: boolean; inName: boolean }

/**
 * How the text uses each lone capitalised word it could not type (given names among them): how often,
 * whether inside a sentence (a sentence's first word is capitalised whatever it is), as a person is
 * ("Bob said", "known as Bob", "Bob, who"; with a pronoun after: "Bob said he"), and whether some use
 * ends a longer name ("The American Legion", "Rose-Lynn").
 */
function loneNameUses(doc: Doc, deferred: RawMention[]): Map<string, LoneNameUse> {
  const uses = new Map<string, LoneNameUse>();
  for (const m of deferred) {
    if (!m.tentative || m.kind !== 'name') continue;
    const word = m.name.replace(/['’]s$/, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || NICKNAME_AFTER.test(doc.text.slice(m.end, m.end + 30))) continue;
    const u = uses.get(word) ?? { n: 0, inside: false, person: false, pronoun: false, inName: false };
    u.n++;
    if (m.first > 0 && doc.tokens[m.first - 1].sentence === doc.tokens[m.first].sentence) u.inside = true;
    if (endsLongerName(doc, m)) u.inName = true;
    if (m.end - m.start === word.length) {
      const after = PERSON_USE_AFTER.exec(doc.text.slice(m.end, m.end + 80));
      const named = PERSON_USE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start));
      if (after || named) u.person = true;
      if (after?.[1] || after?.[2] || named) u.pronoun = true;
    }
    uses.set(word, u);
  }
  return uses;
}

/** Whether a lone word at mention m ends a longer name: right after a capitalised word or a joined hyphen. */
function endsLongerName(doc: Doc, m: RawMention): boolean {
  const before = m.first > 0 ? doc.tokens[m.first - 1] : null;
  if (!before || before.sentence !== doc.tokens[m.first].sentence) return false;
  return (before.end + 1 === m.start && /^\p{Lu}/u.test(before.text)) || (before.end === m.start && before.text === '-');
}

/**
 * People the text names by one given name only ("the base chief known as Bob", then "Bob said" a dozen
 * times): a lone given name used three times or more, once at least inside a sentence and once as a
 * person with a pronoun after ("Bob said he"): the name list holds "Nissan", "Time" and "Fox" too, and
 * companies say things. Without an entity "he said" after "Bob met with Stevens" goes to the ambassador.
 */
function mononymPeople(uses: Map<string, LoneNameUse>, people: Cluster[]): Set<string> {
  const out = new Set<string>();
  for (const [word, u] of uses) {
    const key = normName(word);
    if (u.n >= 3 && u.inside && u.pronoun && !u.inName && isGivenName(word) && !people.some((c) => c.surnames.has(key)) && !givenNameOwner(people, word)) out.add(key);
  }
  return out;
}

/** The one person named in full whose given name is `word` ("Bernie" → Bernie Sanders), or null. */
function givenNameOwner(people: Cluster[], word: string): Cluster | null {
  let owner: Cluster | null = null;
  for (const c of people) {
    const words = c.name.split(/\s+/);
    if (words.length < 2 || words[0] !== word) continue;
    if (owner) return null;
    owner = c;
  }
  return owner;
}
/** What follows a person's name: a verb of saying (after an aside between commas, or not), maybe a pronoun; or "who". */
const PERSON_USE_AFTER = /^(?:,\s[^,"“”]{1,60},)?\s(?:said|says|told|tells|recalled|recalls|added|adds|explained|wrote|acknowledged|remembered|laughed|smiled|asked)\b(\s(?:he|she)\b)?|^,?\s+(who)\s/;
/** A nickname in quotation marks before the family name: "George “Jay” Keyworth" is no lone "George". */
const NICKNAME_AFTER = /^\s+["“'‘][\p{L}.’' -]{1,20}["”'’]\s+\p{Lu}/u;
const PERSON_USE_BEFORE = /\b(?:known as|named|nicknamed)\s$/;

/** What buildEntities's steps share: the mentions, and the clusters made of them so far, in order. */
interface Build {
  doc: Doc;
  mentions: RawMention[];
  date: string | null;
  clusters: Map<string, Cluster>;
  order: Cluster[];
  /** The story's home state, once homeOf has found it. */
  home?: string | null;
}

function openCluster(b: Build, key: string, m: RawMention): Cluster {
  let c = b.clusters.get(key);
  if (!c) {
    c = { key, type: m.type, name: m.name, kb: null, entry: null, country: null, sector: null, roles: [], mentions: [], metonym: false, surnames: new Set(), normed: '', nameNormed: null };
    b.clusters.set(key, c);
    b.order.push(c);
  }
  return c;
}

export function buildEntities(doc: Doc): Entity[] {
  return entitiesOf(build(doc).order, doc.text);
}

/** The clusters of a doc's mentions, settled. */
function build(doc: Doc): Build {
  const b: Build = { doc, mentions: findMentions(doc), date: doc.anchorDate, clusters: new Map(), order: [] };
  // Steps of their own, not one body: V8 recompiles a whole function when a branch it has not run before is
  // taken, and new articles keep taking such branches (one body of 350 lines cost ~370 CPU-ms a recompile).
  const deferred = clusterFullNames(b);
  mergeNicknames(b.order, b.clusters);
  clusterShortNames(b, deferred);
  // "Sen. Chuck Grassley" … "Sen. Charles Grassley": full names after titles are people only now.
  mergeNicknames(b.order, b.clusters);
  regroupClusters(b);
  attachDescriptions(b);
  for (const c of b.order) if (c.mentions.length) settleCluster(b, c);
  return b;
}

/** Clusters of full names; the rest (honorific and surname forms, lone names), deferred for clusterShortNames. */
function clusterFullNames(b: Build): RawMention[] {
  const { mentions } = b;
  // Full names first, so that honorific and surname forms anywhere in the text find them.
  const deferred: RawMention[] = [];
  const named = shoutedSurnames(mentions);
  for (const m of mentions) {
    // "Van Der Beek" after "James Van Der Beek": a family name that opens with its particle is a surname alone.
    if (m.kind === 'honorific' || (m.type === 'PERSON' && m.kind === 'name' && (!m.name.includes(' ') || SURNAME_PARTICLE.test(m.name)))) { deferred.push(m); continue; }
    // "PENCE:" opening a transcript's turn: a surname in capitals, read as an acronym, is the person named in full.
    if (named && m.type === 'ORG' && m.kind === 'name' && named.has(normName(m.name))) { m.type = 'PERSON'; deferred.push(m); continue; }
    // ("John F. Kerry": the KB's person, whose name it files without the middle initial; "Ahmad al-Sharaa",
    // "Omar El Bashir": spelt otherwise than the KB's "Ahmed al-Sharaa", "Omar el-Bashir".)
    let known = m.type === 'PERSON' && m.kind === 'name' ? peopleWithoutInitial(m.name) : [];
    if (!known.length && m.type === 'PERSON' && m.kind === 'name' && m.name.includes(' ')) known = kbByName(m.name).filter((e) => e.type === 'PERSON');
    if (known.length === 1) { m.kind = 'kb'; m.ref = known[0].id; }
    const c = openCluster(b, keyOf(m), m);
    c.mentions.push(m);
    if (m.metonym) c.metonym = true;
    if (m.kind === 'kb' && m.ref) {
      const e = kbEntry(m.ref);
      if (e) {
        c.entry = e; c.kb = e.id; c.name = e.name; c.type = e.type;
        if (e.type === 'PERSON') for (const s of surnames(e)) c.surnames.add(s);
      }
    } else if (m.type === 'PERSON') {
      if (m.name.length > c.name.length) c.name = m.name;
      for (const s of nameSurnames(m.name, null)) c.surnames.add(s);
    }
  }
  return deferred;
}

/** What placing one short name needs to know of the text (see clusterShortNames). */
interface ShortNames {
  people: Cluster[];
  docCountries: Set<string>;
  leadEnd: number;
  learned: Map<Cluster, Gender>;
  loneNames: ReturnType<typeof loneNameUses>;
  mononyms: ReturnType<typeof mononymPeople>;
  /** Hosts the text names in a programme's title, by surname (found once, when first needed). */
  hosts: Map<string, string> | null;
  /** The person a bare surname first meant, and where. */
  bareOwner: Map<string, { cluster: Cluster; at: number }>;
}

/** Honorific and surname forms and lone given names, each to the person it means (or a new one). */
function clusterShortNames(b: Build, deferred: RawMention[]): void {
  const { doc, order, mentions } = b;
  const people = order.filter((c) => c.type === 'PERSON' && c.mentions.length);
  // The countries the text names, by name, people, capital, or a state or town of theirs ("New York").
  const docCountries = new Set(mentions.filter((m) => m.ref && (m.kind === 'country' || m.kind === 'demonym' || m.kind === 'capital' || m.kind === 'region' || m.kind === 'place')).map((m) => m.ref!));
  const paras = doc.article.paragraphs;
  const leadEnd = paras.length > 1 ? paras[0].end : 0;
  // "Ms. Khan" before "Mr. Khan": a woman's title settles which of the family is a woman when no given
  // name says ("Khizr and Ghazala Khan"), so that "Mr. Khan" then passes her by.
  const learned = new Map<Cluster, Gender>();
  const loneNames = loneNameUses(doc, deferred);
  const mononyms = mononymPeople(loneNames, people);
  // Then full names after a title ("Retired Lt. Gen. Michael Flynn"), so that a surname before them (a
  // headline's "Flynn says …") finds its person as a surname after them does.
  const titledName = (m: RawMention) => m.kind === 'honorific' && m.name.includes(' ');
  const womenFirst = [
    ...deferred.filter((m) => honorificGender(m.honorific) === 'f'),
    ...deferred.filter((m) => honorificGender(m.honorific) !== 'f' && titledName(m)),
    ...deferred.filter((m) => honorificGender(m.honorific) !== 'f' && !titledName(m)),
  ];
  const ctx: ShortNames = { people, docCountries, leadEnd, learned, loneNames, mononyms, hosts: null, bareOwner: new Map() };
  for (const m of womenFirst) placeShortName(b, ctx, m);
}

function placeShortName(b: Build, ctx: ShortNames, m: RawMention): void {
  const { doc, date } = b;
  const { people, docCountries, leadEnd, learned, loneNames, mononyms, bareOwner } = ctx;
  const key = normName(m.name.replace(/['’]s$/, ''));
  // The nearest person named before this mention, else one named later, else the KB's only holder of the name.
  let target: Cluster | null = null;
  let bestAt = -2;
  let principal: Cluster | null = null;
  let principalAt = Infinity;
  let known: Cluster | null = null;
  let knownCount = 0;
  let nearestInBody = false;
  // "Mr. Clinton" after "Hillary Clinton" and "Bill Clinton" is Bill. Only to choose between people of
  // that surname: a given name does not always tell ("Lindsey Graham", "Lee Epstein").
  const otherGender = m.kind === 'honorific' ? honorificGender(m.honorific) : null;
  const unlike = otherGender ? unlikeByName(people, key, oppositeOf(otherGender), doc.text, learned) : null;
  // The latest of them named in passing only when none is named otherwise: not as someone's relative
  // ("Former President Bill Clinton criticized … for his wife Hillary Clinton. … “…,” Clinton said." is
  // Bill), nor in a list ("The party of Prescott Bush, George Bush and George W. Bush is …" in a story
  // about Jeb: "Mr. Bush" is still Jeb).
  let subject: Cluster | null = null;
  let subjectAt = -1;
  let nearest: RawMention | null = null;
  let bearers = 0;
  let namedBefore = 0;
  for (const c of people) {
    if (!c.surnames.has(key) && normedName(c) !== key) continue;
    if (unlike?.has(c)) continue;
    bearers++;
    if (c.entry) { known = c; knownCount++; }
    let at = -1;
    let atMention: RawMention | null = null;
    let first = Infinity;
    let body = !!c.entry;
    for (const x of c.mentions) {
      if (x.start < m.start && x.start > at && !x.givenOnly) { at = x.start; atMention = x; }
      if (x.start < first) first = x.start;
      if (x.start >= leadEnd) body = true;
      if (x.start < m.start && x.start > subjectAt && x.name.includes(' ') && !namedInPassing(doc.text, x, key)) { subjectAt = x.start; subject = c; }
    }
    if (at > bestAt) { bestAt = at; target = c; nearestInBody = body; nearest = atMention; }
    if (at >= 0) namedBefore++;
    if (body && first < principalAt) { principalAt = first; principal = c; }
  }
  // A bare surname several people in the text share ("Cruz" after "an unflattering photo of Heidi
  // Cruz"): the public figure the KB knows, when it knows just one of them (news names the others in
  // full each time); else the one named last, unless that is a name only the first paragraph gives
  // and the KB does not know, a headline's misreading ("Understated Perez raises profile"): then the
  // one named first. "Mrs. Cruz" takes the nearest.
  // (A former office holder the KB knows yields to the namesake the story is about: "Cheney said" after
  // "Liz Cheney, the daughter of former Vice President Dick Cheney" is Liz.)
  const knownNow = knownCount === 1 && (!entryOnDate(known!.entry!, date).former || known === principal);
  if (m.kind !== 'honorific' && target) {
    if (knownNow && known!.mentions.some((x) => x.start < m.start)) target = known;
    else if (!nearestInBody && principal && principalAt < m.start) target = principal;
    else if (bearers > 1 && subject && subject !== target && nearest && namedInPassing(doc.text, nearest, key)) target = subject;
  } else if (target && bearers > 1 && subject && subject !== target && nearest && namedInPassing(doc.text, nearest, key)) target = subject;
  // "… an unseen Scott … whether Scott had a gun … Rakeyia Scott can be heard …": a bare surname that
  // already meant one person before another of the family was named goes on meaning that person; the
  // reporter names the newcomer in full ("Rakeyia Scott") or by title ("Mrs. Scott").
  if (m.kind !== 'honorific' && target && bearers > 1) {
    const was = bareOwner.get(key);
    if (was && was.cluster !== target && was.at < firstAt(target)) target = was.cluster;
  }
  // ("President Bush" undated: one of two American presidents, an American either way.)
  let familyCountry: string | null = null;
  if (!target) {
    // Only an office holder of a country the text names: "Mr. Putin" in a story about Russia, not any
    // "Mr. Martin" turning into Ireland's prime minister.
    // ("President Reagan", "Zimbabwean President Mugabe": the one of that name who held the office the title
    // names, at any date; "President Carter" in 2016 is not the secretary of defence then in office.)
    const title = m.kind !== 'honorific' ? premodifierRole(doc, m) : null;
    const holder = officeWord(title) ? holderOfTitle(kbBySurname(key), title, date) : null;
    const kb = holder ? [holder] : kbBySurname(key).filter((e) => {
      const at = entryOnDate(e, date);
      // (One of no country, an international body's head, only while in office: "Rasmussen" in 2016 is a pollster, not NATO's former chief.)
      return (at.sector === 'GOV' || at.sector === 'IGO' || at.sector === 'MIL' || at.sector === 'LEG') && !at.former
        && (at.country === null ? at.role !== null && onDate(at.role, date) : docCountries.has(at.country));
    });
    if (kb.length !== 1 && officeWord(title)) familyCountry = sharedCountry(kbBySurname(key), title);
    if (kb.length === 1) {
      target = openCluster(b, kb[0].id, m);
      target.entry = kb[0]; target.kb = kb[0].id; target.name = kb[0].name; target.type = 'PERSON';
      for (const s of surnames(kb[0])) target.surnames.add(s);
    }
  }
  // "Bernie said", "her husband, Tom,": a lone given name is the one person the text names with it, if
  // the KB knows that person or the text uses the word as a person's ("Uber" is no "Uber Money").
  const bare = m.name.replace(/['’]s$/, '');
  const lone = m.tentative ? loneNames.get(bare) : undefined;
  if (!target && lone && !endsLongerName(doc, m) && isGivenName(bare)) {
    const owner = givenNameOwner(people, bare);
    if (owner && (owner.entry?.type === 'PERSON' || lone.person)) { target = owner; m.givenOnly = true; }
  }
  // "MSNBC's “The Rachel Maddow Show” … When Maddow pointed out …": a host the text names only in
  // the title of a programme.
  const host = !target && m.tentative ? (ctx.hosts ??= showHosts(doc.text)).get(bare) : undefined;
  // ("Ukraine's state energy company, Naftogaz, said": a lone word set off after a business's description is that business.)
  if (!target && m.tentative && !host && companyAt(doc.text, m)) {
    const body = openCluster(b, `org:${key}`, m);
    body.type = 'ORG';
    body.name = bare;
    body.mentions.push(rawMention({ ...m, type: 'ORG' }));
    return;
  }
  if (!target && m.tentative && !mononyms.has(key) && !host) return;
  if (!target) {
    target = openCluster(b, `person:${host ? normName(host) : key}`, m);
    people.push(target);
    target.type = 'PERSON';
    target.name = host ?? m.name.replace(/['’]s$/, '');
    target.country = familyCountry;
    target.surnames.add(key);
    // "Rep. Chris Collins": a full name after a title gives its family name for "Collins said" later.
    if (target.name.includes(' ')) for (const sn of nameSurnames(target.name, null)) target.surnames.add(sn);
  }
  target.mentions.push(m);
  if (m.kind === 'honorific') { const g = honorificGender(m.honorific); if (g && !learned.has(target)) learned.set(target, g); }
  // The surname's first meaning, once it could mean no one else yet (one of the family named before
  // it); "the Khan family", "the Grayson name" speak of the family, not of one of it.
  if (m.kind !== 'honorific' && !m.name.includes(' ') && namedBefore === 1 && !bareOwner.has(key) && !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 5), m.start))) bareOwner.set(key, { cluster: target, at: m.start });
}

/** Clusters that turn out to be another kind of thing, or another cluster's: companies, acronyms, family names. */
function regroupClusters(b: Build): void {
  const { doc, order, clusters } = b;
  for (const c of order) if (c.type === 'PERSON' && !c.entry && companyByUse(doc.text, c.mentions)) c.type = 'ORG';
  // ("The company, Colonial Pipeline, admitted …": a facility's name set off after "company" is the company's.)
  for (const c of order) if (c.type === 'FAC' && !c.entry && c.mentions.some((m) => companyAt(doc.text, m))) c.type = 'ORG';
  mergeAcronyms(order, clusters);
  // "the pro-Palestinian group Palestine Action" … "Palestine Action said": a name once read as a body's is that body's.
  const bodies = new Map(order.filter((c) => c.type === 'ORG' && !c.entry && c.name.includes(' ')).map((c) => [normName(c.name), c]));
  for (const c of order) {
    const body = c.type === 'PERSON' && !c.entry ? bodies.get(normName(c.name)) : undefined;
    if (!body) continue;
    for (const m of c.mentions) body.mentions.push(rawMention({ ...m, type: 'ORG' }));
    body.mentions.sort((a, b) => a.start - b.start);
    c.mentions = [];
  }

  // A one-word "place" that is the family name of a person in the text ("Clinton", "Warren") is that person
  // (of a family name several share, the one named most: "Clinton's coalition" is not her husband's).
  const familyNames = new Map<string, Cluster>();
  for (const c of order) if (c.type === 'PERSON' && (c.entry || c.mentions.some((m) => m.name.includes(' ')))) for (const sn of c.surnames) if ((familyNames.get(sn)?.mentions.length ?? -1) <= c.mentions.length) familyNames.set(sn, c);
  for (const c of [...order]) {
    if (c.type !== 'GPE' || c.mentions.length === 0 || !c.mentions.every((m) => (m.kind === 'place' || m.kind === 'capital' && !m.metonym) && !m.name.includes(' '))) continue;
    const person = familyNames.get(normName(c.mentions[0].name));
    // "in Washington": a capital wherever "in" or "near" stands before it.
    if (!person || c.mentions.some((m) => m.kind === 'capital' && PLACE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)))) continue;
    for (const m of c.mentions) person.mentions.push(rawMention({ ...m, type: 'PERSON', kind: 'name' }));
    c.mentions = [];
  }
  // ("Mark Cuban said … . Cuban also gave a preview": a people's word that is a person's family name, used
  // as a noun, not before what it qualifies as in "Cuban cigars", is that person.)
  for (const c of [...order]) {
    if (c.type !== 'NORP' || c.mentions.length === 0) continue;
    const person = familyNames.get(normName(c.mentions[0].name));
    if (!person) continue;
    const alone = c.mentions.filter((m) => !m.name.includes(' ') && !/^(NOUN|PROPN|ADJ|NUM)$/.test(doc.tokens[m.last]?.pos ?? ''));
    if (!alone.length) continue;
    for (const m of alone) person.mentions.push(rawMention({ ...m, type: 'PERSON', kind: 'name' }));
    person.mentions.sort((a, b) => a.start - b.start);
    c.mentions = c.mentions.filter((m) => !alone.includes(m));
  }
}

/** Leaders' nouns that name one office ("president"), unlike "leader" or "ruler". */
const OFFICE_NOUNS = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king']);

/** Descriptions and offices ("the Russian leader", "the foreign minister") to the one actor in the text they fit. */
function attachDescriptions(b: Build): void {
  const { doc, mentions, order, date } = b;
  // Descriptions that fit exactly one actor already in the text ("the Russian leader").
  for (const d of findDescriptions(doc, mentions)) {
    const leaders = order.filter((c) => c.type === 'PERSON' && c.entry && (() => {
      const at = entryOnDate(c.entry!, date);
      return at.country === d.country && at.sector === 'GOV' && at.role !== null && /president|leader|prime minister|premier|chancellor|king|supreme|emir|crown prince/i.test(at.role.title);
    })());
    // ("the French president" with the French prime minister named too: the one whose office it names.)
    let fits = leaders.length > 1 && OFFICE_NOUNS.has(d.noun) ? leaders.filter((c) => entryOnDate(c.entry!, date).role!.title.toLowerCase().includes(d.noun)) : leaders;
    // ("the Syrian leader" after "Bashar Assad" and "Ahmed al-Sharaa" in 2025: the one in office, not the one who just left it.)
    if (fits.length > 1) fits = fits.filter((c) => onDate(entryOnDate(c.entry!, date).role!, date));
    if (fits.length === 1) {
      fits[0].mentions.push(d.mention);
      if (d.role && !fits[0].roles.includes(d.role)) fits[0].roles.push(d.role);
    }
  }

  kinDescriptions(b);

  // "the foreign minister", "the spokesman": the one person in the text whose office says so.
  for (const d of findOfficeDescriptions(doc, mentions)) {
    const speaksFor = d.country ? [] : statesSaying(b, d.mention);
    const fits = order.filter((c) => {
      if (c.type !== 'PERSON' || !c.mentions.length || c.mentions[0].start > d.mention.start) return false;
      const at = c.entry ? entryOnDate(c.entry, date) : null;
      if (d.country && (at?.country ?? null) !== d.country) return false;
      // "White House press secretary Karoline Leavitt said the president was …" in a story naming only
      // Venezuela's president: one state's official speaks of that state's office holder.
      if (speaksFor.length && at?.country && !speaksFor.includes(at.country)) return false;
      // A former holder is no longer "the governor" ("former Gov. Jeb Bush" in a story about a sitting one).
      const offices = [...c.roles, at && !at.former ? at.role?.title ?? '' : ''].map((r) => r.toLowerCase());
      return offices.some((r) => r.includes(d.office));
    });
    if (fits.length === 1) fits[0].mentions.push(d.mention);
  }
}

/**
 * The states whose government people or bodies say, in the mention's sentence, what the mention is
 * part of ("White House press secretary Karoline Leavitt said the president …": the United States;
 * not "alone with Mr. Obama, the prime minister looked ashen").
 */
function statesSaying(b: Build, m: RawMention): string[] {
  const t = b.doc.tokens;
  const sentence = t[m.first].sentence;
  const says = (x: RawMention): boolean => {
    if (x.start >= m.start || t[x.first].sentence !== sentence) return false;
    for (let k = x.last; k < m.first; k++) if (SAYS.test(t[k].text)) return true;
    return false;
  };
  const out: string[] = [];
  for (const c of b.order) {
    if (c.type !== 'PERSON' && c.type !== 'ORG' || !c.entry) continue;
    const at = entryOnDate(c.entry, b.date);
    if (at.sector !== 'GOV' || !at.country || out.includes(at.country)) continue;
    if (c.mentions.some(says)) out.push(at.country);
  }
  return out;
}

/**
 * "Kim Jong Un's powerful sister warned …", then "Kim Yo Jong said": a person's spouse, sibling or child
 * is the one other person of the text who shares the family name and is not of the other sex (by the
 * given name, or a word of kin or title next to a mention), so the kin's deeds and words are that person's.
 */
function kinDescriptions(b: Build): void {
  const { doc, order } = b;
  const people = order.filter((c) => c.type === 'PERSON' && c.surnames.size > 0);
  if (people.length < 2) return;
  const sexOf = (c: Cluster): Gender | null => nameGender(c.name, c.country)
    ?? c.mentions.map((m) => roleGenderBefore(doc.text, m.start) ?? roleGenderAfter(doc.text, m.end)).find((g) => g) ?? null;
  for (const c of people) {
    for (const m of [...c.mentions]) {
      const k = KIN_AFTER.exec(doc.text.slice(m.end, m.end + 48));
      // (Not a parent: "Clinton's father" in a story naming Bill Clinton is Hillary's, whom it does not name.)
      if (!k || k[1] === 'father' || k[1] === 'mother') continue;
      const sex = KIN_GENDER[k[1]];
      const kin = people.filter((o) => o !== c && [...o.surnames].some((x) => c.surnames.has(x)) && sexOf(o) !== (sex === 'f' ? 'm' : 'f'));
      if (kin.length !== 1) continue;
      const end = m.end + k[0].length;
      let last = m.last;
      while (last < doc.tokens.length && doc.tokens[last].end <= end) last++;
      const text = doc.text.slice(m.start, end);
      kin[0].mentions.push(rawMention({ start: m.start, end, text, first: m.first, last, type: 'PERSON', kind: 'description', ref: null, name: text, honorific: null, metonym: false }));
      kin[0].mentions.sort((x, y) => x.start - y.start);
    }
  }
}

/** The story's home state (found once: when a bare state body asks for it, or for the doc at the end). */
function homeOf(b: Build): string | null {
  if (b.home === undefined) b.home = homeCountry(b.doc, b.mentions);
  return b.home;
}

/** A cluster's country, sector and roles. */
function settleCluster(b: Build, c: Cluster): void {
  const { doc, mentions, order, date } = b;
  for (const m of c.mentions) {
    if (c.type !== 'PERSON' && c.type !== 'ORG') continue;
    // An organisation's premodifiers are its describers' ("think tank"), not titles.
    for (const role of [c.type === 'PERSON' ? premodifierRole(doc, m) : null, appositiveRole(doc, m), c.type === 'PERSON' ? leadingAppositiveRole(doc, m) : null]) if (role && !c.roles.includes(role)) c.roles.push(role);
  }
  // "Inherent Resolve, the U.S. military operation against Islamic State": a name the text calls an operation or a mission is no one's.
  if (c.type === 'PERSON' && !c.entry && c.roles.some((r) => OPERATION_ROLE.test(r))) c.type = 'ORG';
  if (c.entry) {
    const at = entryOnDate(c.entry, date);
    c.country = at.country;
    c.sector = at.sector;
    // "Facebook" in 2015 is not "Meta": a company goes by the name the text gives it, when that is one
    // of its names and the text never uses the one we file it under.
    if (c.type === 'ORG' && at.sector === 'BUS') c.name = nameInText(c.entry, c.mentions, doc.text) ?? c.name;
    if (!c.roles.length && at.role) c.roles.push(`${at.former ? 'former ' : ''}${at.role.title}`);
    // "the Senate" in a story that speaks of "the Nigerian Senate" is Nigeria's, not the KB's.
    // ("South Korea's Joint Chiefs of Staff", "the Joint Chiefs of Staff in Seoul": a state body's name many states give theirs.)
    const elsewhere = c.type === 'ORG' && (at.sector === 'GOV' || at.sector === 'MIL') ? countryBefore(doc.text, mentions, c.mentions, true) : null;
    const other = c.type === 'ORG' && at.country ? otherCountryOf(doc, c.entry, c.mentions, at.country, mentions) ?? (elsewhere !== at.country ? elsewhere : null) : null;
    // "MANILA — … the National Security Council": a name many states give a body is the dateline's state's.
    const home = !other && c.type === 'ORG' && at.country && NAMES_MANY_STATES_GIVE.has(c.entry.id) ? homeOf(b) : null;
    const bare = home !== null && home !== at.country && c.mentions.every((m) => !OWN_STATE_WORDS.test(doc.text.slice(Math.max(0, m.start - 12), m.end)))
      && !paragraphNames(doc, mentions, c.mentions, at.country ?? '');
    if (other || bare) {
      c.country = other ?? home;
      c.kb = null;
      c.entry = null;
    }
    return;
  }
  const m0 = c.mentions[0];
  switch (m0.kind) {
    case 'country': c.country = m0.ref; c.kb = `country:${m0.ref}`; c.name = canonicalCountryName(m0.ref, c.name); c.type = 'GPE'; break;
    case 'demonym': c.country = m0.ref; c.type = 'NORP'; break;
    case 'capital': case 'region': case 'place': {
      c.country = m0.ref;
      // Datelines shout ("SEOUL"): name the place as the rest of the text writes it (an acronym is no
      // shout: "the DMZ").
      const plain = c.mentions.find((m) => m.name !== m.name.toUpperCase());
      c.name = plain ? plain.name : c.name.length <= 3 ? c.name : shoutedPlaceName(c.name);
      if (c.metonym) { c.sector = 'GOV'; c.roles.push(`government of ${canonicalCountryName(m0.ref, c.name)}`); }
      break;
    }
    default: {
      const navy = c.type === 'ORG' ? SHIP_PREFIXES.get(c.name.slice(0, c.name.indexOf(' '))) : undefined;
      if (navy) { c.country = navy; c.sector = 'MIL'; break; }
      // Unknown people and organisations: what their titles say ("State Department spokesman" -> USA GOV).
      const sources = c.type === 'PERSON' ? c.roles : [c.name, ...c.roles];
      for (const s of sources) {
        const r = cachedResolve(s, date);
        if (!r) continue;
        // ("Jonathan Malaya, a spokesman for the National Security Council", filed from Manila.)
        if (r.entry && NAMES_MANY_STATES_GIVE.has(r.entry.id) && !OWN_STATE_WORDS.test(s)) {
          const home = r.country && paragraphNames(doc, mentions, c.mentions, r.country) ? null : homeOf(b);
          if (home) { c.country ??= home; if (!c.sector && r.sector) c.sector = r.sector; continue; }
        }
        // "the Spanish-speaking son of Dominican immigrants" is an American's description: a language or
        // a family's origin is no country of the person's; an "Iranian-American businessman" is American.
        if (HYPHENATED_AMERICAN.test(s)) c.country ??= 'USA';
        // "Georgia Southern University", "the Georgia Senate": an institution of the state, unless the text is about the country.
        else if (r.country === 'GEO' && /\bGeorgia\b/.test(s) && mayMeanTheState(doc)) c.country ??= 'USA';
        else if (!ORIGIN_ROLE.test(s)) c.country ??= r.country;
        if (!c.sector && r.sector && r.sector !== 'UNK') c.sector = r.sector;
      }
      // "Dianne Feinstein (D-Calif.)": an American politician, whatever the titles say.
      if (c.type === 'PERSON' && !c.country && c.mentions.some((m) => US_PARTY_LABEL.test(doc.text.slice(m.end, m.end + 24)))) c.country = 'USA';
      // "Pennsylvania's Patrick J. Toomey", "Mongolia's Tsakhia Elbegdorj": a person a place is said to have is of its country.
      if (c.type === 'PERSON' && !c.country) c.country = placeOwning(doc, mentions, c.mentions);
      // "the South Korean Defense Ministry", "Seoul's Defense Ministry": an institution named bare is of
      // the country, people or capital named right before it.
      if (c.type === 'ORG' && !c.country) c.country = countryBefore(doc.text, mentions, c.mentions, true);
      // "the Islamic Revolutionary Guard Corps' Cyber-Electronic Command": a body's own unit is of its country and kind.
      if (c.type === 'ORG' && !c.country) {
        const owner = ownerBodyBefore(doc.text, mentions, c.mentions);
        // (What a body of an international one is called, "board" or "council", says no other kind.)
        if (owner) { c.country = owner.country; c.sector = owner.sector === 'IGO' ? 'IGO' : c.sector ?? owner.sector; }
      }
      if (c.type === 'ORG' && !c.country && c.sector && STATE_SECTORS.has(c.sector)) c.country = spokespersonCountry(doc.text, mentions, c.mentions, date);
      // "MANILA — … The Defense Ministry said": a state's body named bare in a story filed from its capital.
      if (c.type === 'ORG' && !c.country && c.sector && STATE_SECTORS.has(c.sector)) c.country = homeOf(b);
      // ("His chief of staff, Andriy Yermak, said": an aide of the person named last serves that person's state.)
      if (c.type === 'PERSON' && !c.country && c.roles.some((r) => AIDE_ROLE.test(r))) {
        const boss = personBefore(order, c.mentions[0].start);
        if (boss?.country && boss.sector && STATE_SECTORS.has(boss.sector)) { c.country = boss.country; c.sector ??= boss.sector; }
      }
      // ("Pakistan's foreign office rejected the allegations. Spokesperson Shafqat Ali Khan said": a spokesperson
      // titled by the word alone speaks for the state body the paragraph named just before.)
      if (c.type === 'PERSON' && !c.country && c.roles.some((r) => BARE_SPOKESPERSON.test(r))) {
        const body = stateBodyBefore(doc, order, mentions, c.mentions[0].start);
        if (body) { c.country = body; c.sector ??= 'GOV'; }
      }
      // ("KYIV — … Energy Minister Herman Halushchenko told …": an office holder named without a state, where
      // the paragraph names none but the story's own.)
      // (Not "Secretary of State John F. Kerry" in a story from Rangoon: offices other states have by other names.)
      if (c.type === 'PERSON' && !c.country && c.sector && STATE_SECTORS.has(c.sector) && c.roles.some((r) => HOME_OFFICE.test(r))) {
        const home = homeOf(b);
        // ("CHISINAU — Moldova's government accused Russia …, and Prime Minister Dorin Recean urged"; "KYIV —
        // Russian forces … hit Ukraine's grid … Energy Minister Herman Halushchenko said": a paragraph that
        // names the story's own state, or none; not one that names only others, "China's behavior …".)
        const named = countriesInParagraph(doc, mentions, c.mentions[0]);
        // ("Ukrainian drones struck a refinery in Russia's Krasnodar region … Governor Veniamin Kondratyev
        // said": a governor or mayor is of the town or region named last before.)
        // (A bare title only: "the governor of the Odesa region" names its own.)
        const local = c.roles.some((r) => BARE_LOCAL_OFFICE.test(r)) ? placeBefore(mentions, c.mentions[0].start, datelineOf(doc).end) : null;
        if (local) c.country = local;
        else if (home && (named.size === 0 || named.has(home))) c.country = home;
      }
    }
  }
}

function entitiesOf(order: Cluster[], text: string): Entity[] {
  const entities: Entity[] = [];
  const live = order.filter((c) => c.mentions.length);
  for (const c of live) c.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  live.forEach((c, i) => {
    const ms: Mention[] = [];
    let prev: RawMention | null = null;
    for (const m of c.mentions) {
      if (prev && prev.start === m.start && prev.end === m.end) continue;
      prev = m;
      ms.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    }
    entities.push({ id: `E${i + 1}`, type: c.type, name: c.name, kb: c.kb, country: c.country, sector: c.sector, roles: c.roles, mentions: ms });
  });
  return entities;
}

const resolveCache = new Map<string, ReturnType<typeof resolveActorDetail>>();
let resolveCacheKb: unknown = null;

/** Roles and names repeat across a batch; the KB is fixed while it runs (a reload clears the cache). */
function cachedResolve(text: string, date: string | null): ReturnType<typeof resolveActorDetail> {
  const kb = loadKb();
  if (kb !== resolveCacheKb || resolveCache.size > 50_000) { resolveCache.clear(); resolveCacheKb = kb; }
  const k = `${date ?? ''}|${text}`;
  let r = resolveCache.get(k);
  if (r === undefined) { r = resolveActorDetail(text, { date }); resolveCache.set(k, r); }
  return r;
}


export const entitiesComponent: Component = {
  name: 'entities',
  run(doc: Doc): void {
    const b = build(doc);
    doc.entities = entitiesOf(b.order, doc.text);
    // (The quote stage's bare "The army said" is the home state's too.)
    doc.home = homeOf(b);
  },
};

export type { Token };

/** Surname → host for the programmes the text names after a person ("The Rachel Maddow Show" → Rachel Maddow). */
function showHosts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  SHOW_TITLE.lastIndex = 0;
  for (let m = SHOW_TITLE.exec(text); m; m = SHOW_TITLE.exec(text)) if (isGivenName(m[1]) && !out.has(m[2])) out.set(m[2], `${m[1]} ${m[2]}`);
  return out;
}
const SHOW_TITLE = /\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?:['’]s)? (?:Show|Report|Factor|Hour|Tonight)\b/gu;

function firstAt(c: Cluster): number {
  let first = Infinity;
  for (const x of c.mentions) if (x.start < first) first = x.start;
  return first;
}
