// Stable keys the store derives from an analysis, so that rows from different articles about the
// same actor or the same text meet in SQL.
import { createHash } from 'node:crypto';
import { capitalCountry, countriesIn, countryByCode, matchCountry, type Country } from '../kb/geo.ts';
import { headSector, namesStateOrgan } from '../kb/agents.ts';
import { resolveActor } from '../kb/resolve.ts';

/**
 * Names seen before: saving an article normalises ~80 of them (entities, facets, speakers, event
 * sides), mostly the same few actors again, and each takes an NFKD pass and four replaces.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 50_000;

/** Lower case, accents and punctuation dropped, spaces collapsed: "Kim Jong-un" -> "kim jong un". */
export function normaliseName(name: string): string {
  let n = normalised.get(name);
  if (n === undefined) {
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    n = normaliseUncached(name);
    normalised.set(name, n);
  }
  return n;
}

function normaliseUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kb id when the actor is resolved, else "name:" + the normalised name; null when there is no name. */
export function actorKey(kb: string | null | undefined, name: string | null | undefined): string | null {
  if (kb) return kb;
  if (!name) return null;
  const n = normaliseName(name);
  return n ? `name:${n}` : null;
}

/** "country:PRK", "person:kim-jong-un", "name:kim jong un": what the store writes as an actor key. */
const ACTOR_KEY = /^[a-z]+:\S/;

/**
 * The key of the actor a user means: a key as given, else the actor the KB resolves the name to
 * ("Putin" -> person:vladimir-putin, "Russia" -> country:RUS); null when the KB knows no such actor.
 */
export function meantActorKey(wanted: string): string | null {
  return ACTOR_KEY.test(wanted) ? wanted : resolveActor(wanted)?.kb ?? null;
}

/** Who acts or speaks, as an analysis gives a side of an event or a quote's speaker. */
export interface Side {
  kb?: string | null;
  name?: string | null;
  /** The entity's type when the side is one of the article's entities. */
  type?: string | null;
  country?: string | null;
  sector?: string | null;
}

/** Sectors whose unnamed members act for their state (GDELT's RUSGOV, ISRMIL roll up to the country). */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD']);

/**
 * The actor key of an event's side, a quote's speaker or an entity: the KB id when resolved; the
 * country when the words stand for it (its name or demonym, its capital as a metonym: "Moscow said",
 * an organ or force the KB does not know named only by what it is: "the Defense Ministry", "its
 * forces", "Malian troops"); else the name. Keyed by name, "Moscow" was an actor apart from Russia,
 * and "its forces" and "Defense Ministry" each one actor for the forces and ministries of four countries.
 */
export function sideKey(s: Side): string | null {
  if (s.kb) return s.kb;
  if (s.country && s.name && standsForState(s.name, s)) return `country:${s.country}`;
  return actorKey(null, s.name);
}

/**
 * The key of a side as an analysis gives it (its words, and the country and sector the event or quote
 * gives it) with the entity it names, when there is one, filling in the rest.
 */
export function sideKeyOf(ent: Side | undefined, name: string, country?: string | null, sector?: string | null): string | null {
  return sideKey({ kb: ent?.kb, name: ent?.name ?? name, type: ent?.type, country: country ?? ent?.country, sector: sector ?? ent?.sector });
}

const described = new Map<string, { country: string | null; sector: string | null }>();

/**
 * The country and sector a speaker's own words say where no entity of the article names it ("A senior
 * Malian army officer": Mali, MIL; "Residents of El Fasher": Sudan, CVL), as `sitrep resolve` reads them,
 * and, for words only one government goes by, the country the story was filed from (`filedFrom`).
 */
export function describedAs(name: string, filedFrom: string | null = null): { country: string | null; sector: string | null } {
  let d = described.get(name);
  if (!d) {
    if (described.size >= NORMALISED_MAX) described.clear();
    d = describe(name);
    described.set(name, d);
  }
  // ("WASHINGTON (AP) — … a senior administration official said", "A federal judge … ruled": words only the
  // United States' government goes by, in a story filed from there, are its own; so are its legislators, "federal lawmakers".)
  if (!d.country && filedFrom === 'USA' && d.sector && (STATE_SECTORS.has(d.sector) || d.sector === 'LEG') && US_GOVERNMENT_WORDS.test(name)) return { country: 'USA', sector: d.sector };
  return d;
}

/** Words only the United States' government is named by, bare: "the administration", "federal". */
const US_GOVERNMENT_WORDS = /\b(?:administration|federal)\b/i;

function describe(name: string): { country: string | null; sector: string | null } {
  const words = name.replace(/^(?:the|an?|one|some)\s+/i, '').split(/\s+/);
  // A name alone ("Fatima", "Gul") is someone's, not the town's of that name; a description's country is
  // in a capitalised word ("Malian", "of Bamako"), not in "The man" (Man, a town in Ivory Coast).
  // (What it is still shows in its words: "Analysts", "Residents", "officials" are of their sectors.)
  if (words.length < 2 || !words.some((w) => /^\p{Lu}/u.test(w))) {
    const hit = headSector(name);
    return { country: null, sector: hit && hit.sector !== 'UNK' ? hit.sector : null };
  }
  const r = resolveActor(name);
  // ("The foreign ministers of France, Germany and Britain": no one country.)
  const many = new Set(countriesIn(name).map((c) => c.iso3)).size > 1;
  return { country: many ? null : r?.country ?? null, sector: r?.sector && r.sector !== 'UNK' ? r.sector : null };
}

/** The country a "country:XXX" key is, for naming it where no row of the actor's own does. */
export function countryOfKey(key: string): Country | null {
  return key.startsWith('country:') ? countryByCode(key.slice(8)) : null;
}

function standsForState(name: string, s: Side): boolean {
  if (s.type === 'PERSON') return false;
  const bare = name.replace(/^(?:the|an?)\s+/i, '');
  // Its name, its people or its adjective alone ("Russia", "Israelis", "Russian"), as GDELT counts a
  // country's people under the country; its capital.
  if (matchCountry(bare)?.iso3 === s.country || capitalCountry(bare) === s.country) return true;
  // Any other place ("Texas sued", "strikes on Kharkiv") is itself.
  if (s.type === 'GPE' || s.type === 'LOC') return false;
  // Without a sector a description is not the state's ("Taiwan voters", "Russian engineers").
  if (!s.sector || !STATE_SECTORS.has(s.sector)) return false;
  // The country's own words say whose organ it is, not which.
  let rest = '';
  let at = 0;
  for (const c of countriesIn(bare).filter((x) => x.iso3 === s.country).sort((x, y) => x.start - y.start)) {
    if (c.start < at) continue;
    rest += `${bare.slice(at, c.start)} `;
    at = c.end;
  }
  return namesStateOrgan(rest + bare.slice(at));
}

/** sha256 of the text with whitespace collapsed, so re-extraction with other line breaks still matches. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Words as a reader counts them. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** YYYY-MM-DD of an ISO date or date-time, or null when it is not one. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`;
}
