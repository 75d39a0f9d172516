// The dateline that opens a news report: "SEOUL, South Korea —", "LONDON (Reuters) -",
// "MOSCOW, Sept 12 (Reuters) -", "DUBAI:", "Tokyo, Jan. 5 (Kyodo) --", "KYIV/ISTANBUL (Reuters) —". Place ->
// country via the gazetteer.
import type { Dateline, Entity, Meta, Paragraph } from '../model/analysis.ts';
import { findCountry, findPlace } from '../kb/geo.ts';

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}`;
const REGION = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
const DATE = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?<others>(?:\/${PLACE}){1,3})?(?:,\s*(?<region>${REGION}))?(?:,\s*(?<date>${DATE}))?\s*(?:\((?<agency>[\p{L} .&-]{2,30})\))?\s*(?<sep>—|–|--|-|:)\s+(?=\S)`,
  'u',
);

const US_STATES = new Set(['Ala', 'Alaska', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Hawaii', 'Idaho', 'Ill', 'Ind', 'Iowa', 'Kan', 'Ky', 'La', 'Maine', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Ohio', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Texas', 'Utah', 'Vt', 'Va', 'Wash', 'W.Va', 'Wis', 'Wyo', 'D.C',
  'Alabama', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Illinois', 'Indiana', 'Kansas', 'Kentucky', 'Louisiana', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming']);

/**
 * The country a dateline's region names. "Georgia" is a US state and a country: the place tells which
 * ("TBILISI, Georgia", "SAVANNAH, Georgia"); one the gazetteer knows in neither is taken as the state's.
 */
function regionCountry(region: string, place: string): string | null {
  const nation = findCountry(region);
  if (!US_STATES.has(region)) return nation;
  if (nation && findPlace(place, 'USA')?.country !== 'USA' && findPlace(place, nation)?.country === nation) return nation;
  return 'USA';
}

/** "SEOUL" -> "Seoul", "NEW DELHI" -> "New Delhi"; mixed case is kept. */
function tidyPlace(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export interface DatelineFound { dateline: Dateline; end: number; agency: string | null }

/** Finds the dateline at the start of a paragraph; `end` is where the report's first sentence starts. */
export function findDateline(paragraph: string): DatelineFound | null {
  const m = DATELINE.exec(paragraph.slice(0, 160));
  if (!m?.groups) return null;
  // ("KYIV/ISTANBUL (Reuters) —": a report filed from two places is dated from the first.)
  const { place, others, region, agency, sep } = m.groups;
  const allCaps = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  // A mixed-case opening ("North Korea shares ...") is a sentence unless a separator or agency marks it.
  if (!allCaps && !agency && sep !== '—' && sep !== '--' && sep !== '–') return null;
  const name = tidyPlace(place.replace(/\.$/, ''));
  const regionName = region ? tidyPlace(region.replace(/\.$/, '')) : null;
  let country = regionName ? regionCountry(regionName.replace(/\.$/, ''), name) : null;
  const countryItself = findCountry(name);
  if (!country && countryItself) country = countryItself;
  const placeHit = findPlace(name, country ?? undefined);
  if (!country) country = placeHit?.country ?? null;
  // An unknown mixed-case word before a dash is more likely a sentence than a dateline.
  if (!allCaps && !placeHit && !countryItself) return null;
  const text = region ? `${place}${others ?? ''}, ${region}` : `${place}${others ?? ''}`;
  return {
    dateline: { text, place: name, country },
    end: m[0].length,
    agency: agency?.trim() ?? null,
  };
}

/** "(Reuters) — …": an agency's name in parentheses opens the report where no place is given. */
const AGENCY_ONLY = /^\((?:[\p{L} .&-]{2,30})\)\s*(?:—|–|--|-)\s+(?=\S)/u;

/**
 * Where the report's first sentence starts in a paragraph that opens with a dateline ("VIENNA — ",
 * "NEW DELHI: ", "(Reuters) — "), or 0: the dateline is no part of what anyone said. A capitalised
 * kicker before a colon that names no place ("BREAKING: …", "FIX IS IN: …") is no dateline.
 */
export function datelineEnd(paragraph: string): number {
  const found = findDateline(paragraph);
  if (!found) return AGENCY_ONLY.exec(paragraph.slice(0, 60))?.[0].length ?? 0;
  if (/[—–-]\s*$/.test(paragraph.slice(0, found.end))) return found.end;
  // Before a colon only a country or a city of some size ("NEW DELHI:"), not "BOOM:" (a Belgian town).
  const place = found.dateline.place ?? '';
  return findCountry(place) || (findPlace(place, found.dateline.country ?? undefined)?.population ?? 0) >= 100_000 ? found.end : 0;
}

/**
 * Takes the dateline a text paragraph opens with into the metadata, and its agency as the publisher when
 * none is known ("KYIV, Ukraine (AP) — …").
 */
export function readDateline(meta: Pick<Meta, 'dateline' | 'publisher'>, paragraph: string): void {
  const found = findDateline(paragraph);
  if (!found) return;
  meta.dateline = found.dateline;
  if (found.agency) meta.publisher ??= found.agency;
}

/**
 * The dateline's span in an article's text (empty at 0 when there is none): it opens the first body
 * paragraph, or the second when the first is a title given as plain text.
 */
export function datelineSpan(text: string, paragraphs: readonly Pick<Paragraph, 'start' | 'end' | 'kind'>[]): { start: number; end: number } {
  let span = { start: 0, end: 0 };
  const body = paragraphs.filter((x) => x.kind !== 'heading');
  for (const p of body.slice(0, 2)) {
    const end = datelineEnd(text.slice(p.start, p.end));
    if (end > 0) { span = { start: p.start, end: p.start + end }; break; }
  }
  // "AUSTIN: We will defend …" then "Q: …": in a transcript a capitalised name and a colon opening
  // other paragraphs too is a speaker's label, not a dateline.
  if (span.end > span.start && /:\s*$/.test(text.slice(span.start, span.end))) {
    const labels = body.filter((p) => p.start !== span.start && /^[A-Z][A-Z.'’ -]{0,30}:\s/.test(text.slice(p.start, p.start + 34))).length;
    if (labels > 0) span = { start: 0, end: 0 };
  }
  return span;
}

/**
 * Each entity's mentions outside the dateline, in the order of `a.entities`. The agency and place a
 * dateline names ("KYIV, Ukraine (AP) —") filed the story and act in none of it: counted, every AP
 * report from Kyiv would name both, and the agency would top every list of actors.
 */
export function actingMentions(a: { text: string; paragraphs: readonly Pick<Paragraph, 'start' | 'end' | 'kind'>[]; entities: readonly Pick<Entity, 'mentions'>[] }): Entity['mentions'][] {
  const filed = datelineSpan(a.text, a.paragraphs);
  return a.entities.map((e) => (filed.end > filed.start ? e.mentions.filter((m) => m.start < filed.start || m.start >= filed.end) : e.mentions));
}
