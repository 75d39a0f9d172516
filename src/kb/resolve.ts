// Mention -> actor: "Armenian Prime Minister Nikol Pashinyan" -> ARM GOV, "the Kremlin" -> RUS GOV,
// "ordinary Kazakhs" -> KAZ CVL, "a former CIA official" -> USA ELI. Knowledge base first (people on
// the given date, organisations), then what the words say: countries, demonyms, capitals, places,
// and the head noun's sector.
import { agentHits, BODIES_ON, COMMITTEES, headSector, isLeaderWord, isPartiallyRecognised, words } from './agents.ts';
import { onDate, type KbEntry, type Role } from './entry.ts';
import { capitalCountry, countriesIn, demonymCountry, findCountry, findPlace, normName } from './geo.ts';
import { kbByName, kbBySurname, loadKb } from './store.ts';

export interface ResolvedActor {
  name: string;
  kb: string | null;
  country: string | null;
  sector: string | null;
}

export interface ActorDetail extends ResolvedActor {
  /** The office the actor held on the date ("President of Russia"), "former ..." when past. */
  role: string | null;
  entry: KbEntry | null;
}

export interface ResolveOptions {
  context?: string | null;
  date?: string | null;
}

/** Leaving office more than this long ago makes an office holder a former one (PLOVER ELI). */
// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;
const FAMILY_NAME = /^(?:(Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|President|Prime Minister|Premier|Chancellor|Minister)\.?\s+)?(\p{Lu}[\p{L}'-]+)$/u;
const FORMER_AFTER_DAYS = 730;

const SECTOR_RANK = ['GOV', 'MIL', 'SPY', 'JUD', 'LEG', 'IGO', 'COP', 'PRM', 'REB', 'PTY', 'OPP'];
const OFFICE_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'JUD', 'LEG', 'COP', 'IGO']);

/** "2019", "10 May 2015", "October 1, 2021", "2022-06-01" -> YYYY-MM-DD / YYYY; "today" and junk -> null. */
export function normaliseDate(d: string | null | undefined): string | null {
  const s = (d ?? '').trim();
  if (!s || /^(today|now)$/i.test(s)) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return s;
  if (!/\d{4}/.test(s)) return null;
  const t = Date.parse(`${s} UTC`);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  const pad = (d: string) => (d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  return (Date.parse(pad(b)) - Date.parse(pad(a))) / 86_400_000;
}

/**
 * The country one counts an office holder under: the office's, else the person's; none for an office
 * of an international body (NATO's Secretary General acts for NATO, not for the Netherlands).
 */
function countryInRole(r: Role, e: KbEntry): string | null {
  return r.sector === 'IGO' ? r.country : r.country ?? e.country;
}

/**
 * Bodies the KB files under one state that many states have by the same name ("the Senate", "the
 * National Guard", "the Foreign Office"): named bare, they are the state the context gives, when it gives one.
 */
export const NAMES_MANY_STATES_GIVE: ReadonlySet<string> = new Set(['org:nsc-us', 'org:us-national-guard', 'org:us-senate', 'org:us-house', 'org:us-supreme-court', 'org:uk-mod', 'org:pentagon-joint-chiefs', 'org:foreign-office']);

/** What an entry is on a date: its current office, a recent one, or "former" (ELI) after two years. */
export function entryOnDate(e: KbEntry, date: string | null): { country: string | null; sector: string | null; role: Role | null; former: boolean } {
  if (!e.roles.length) return { country: e.country, sector: e.sector, role: null, former: false };
  const current = e.roles.filter((r) => onDate(r, date));
  if (current.length) {
    const rank = (r: Role) => { const i = SECTOR_RANK.indexOf(r.sector ?? ''); return i < 0 ? 99 : i; };
    const best = [...current].sort((a, b) => rank(a) - rank(b))[0];
    return { country: countryInRole(best, e), sector: best.sector, role: best, former: false };
  }
  const past = e.roles.filter((r) => r.end && (!date || r.end <= date)).sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''));
  if (past.length) {
    const last = past[0];
    const recent = date && last.end ? daysBetween(last.end, date) <= FORMER_AFTER_DAYS : false;
    // ELI is for former officials; a former pope or party leader keeps the sector of what they were.
    const official = OFFICE_SECTORS.has(last.sector ?? '') && last.sector !== 'IGO';
    return { country: countryInRole(last, e), sector: recent || !official ? last.sector : 'ELI', role: last, former: !recent };
  }
  // Only offices still to come ("Trump" in 2016): no office yet, so no office's sector.
  return { country: e.country, sector: e.type === 'PERSON' ? null : e.sector, role: null, former: false };
}

function pickEntry(list: KbEntry[], date: string | null, context: string | null): KbEntry {
  if (list.length === 1) return list[0];
  const ctxCountries = new Set(context ? countriesIn(context).map((c) => c.iso3) : []);
  const score = (e: KbEntry) => (ctxCountries.has(e.country ?? '') ? 4 : 0)
    + (e.roles.some((r) => onDate(r, date)) ? 2 : 0) + (e.origin !== 'builtin' ? 1 : 0);
  return [...list].sort((a, b) => score(b) - score(a))[0];
}

function clean(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/^[\s"“”'\-–—]+|[\s"“”'.,;:\-–—]+$/g, '').replace(/\s+/g, ' ');
}

/** Longest run of words inside the text that the KB knows (entries that pass `accept`), preferring capitalised runs. */
function kbInside(text: string, accept?: (e: KbEntry) => boolean): { entry: KbEntry[]; start: number; end: number; form: string } | null {
  const toks = text.split(/\s+/);
  const max = Math.min(loadKb().maxTokens, toks.length);
  for (let n = max; n >= 1; n--) {
    for (let i = 0; i + n <= toks.length; i++) {
      // ("U.N.", "U.S.": an abbreviation keeps its last dot.)
      const span = toks.slice(i, i + n).join(' ').replace(/^[("“']+|[)"”',;:]+$/g, '').replace(/(?<!\.\p{Lu})\.+$/u, '').replace(/'s$/, '');
      if (!UPPER_OR_DIGIT_FIRST.test(span)) continue;
      const hit = accept ? kbByName(span).filter(accept) : kbByName(span);
      if (hit.length) return { entry: hit, start: i, end: i + n, form: span };
    }
  }
  return null;
}

const SERVES = /^\s+(?:for|at)\s+(?:the\s+)?/i;
const STATE_BODY = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** A country that the words name, or a place in them: "Chile's Ministry" -> CHL, "Shanghai police" -> CHN. */
function countryIn(text: string): string | null {
  // "the White House's Ukraine expert", "a China analyst": a country's name before a field of study is
  // the subject, not the holder's country ("a Chinese analyst" is).
  const all = countriesIn(text);
  // ("the University of North Korean Studies", in Seoul; "the Museum of Russian Art", in Minneapolis: a
  // people's adjective before a field of learning is the subject too.)
  const found = all.filter((f) => f.demonym ? !FIELD_AFTER.test(text.slice(f.end)) : !TOPIC_AFTER.test(text.slice(f.end)));
  if (found.length) return found[0].iso3;
  if (all.length) return null;
  // Capitalised runs that are places; large places only, so that names of people are not read as towns.
  const toks = text.split(/\s+/);
  for (let n = Math.min(3, toks.length); n >= 1; n--) {
    for (let i = 0; i + n <= toks.length; i++) {
      const span = toks.slice(i, i + n).join(' ').replace(/[,.;:)]+$/, '').replace(/'s$/, '');
      if (!UPPER_FIRST.test(span)) continue;
      const cap = capitalCountry(span);
      if (cap) return cap;
      const p = findPlace(span);
      if (p?.country && (p.kind !== 'city' || p.population >= 100_000)) return p.country;
    }
  }
  return null;
}

/**
 * The country the words after a title give. A place in the name of an organisation the KB knows is read
 * as the KB places the organisation: "a law professor at Georgetown University" is of the United States,
 * not of Guyana, whose capital is Georgetown; "at New York University" stays American. (An organisation
 * with no place in its name gives no country: "a researcher at the Brookings Institution" may be of any.)
 */
function restCountry(rest: string): string | null {
  const org = kbInside(rest, (e) => e.type === 'ORG');
  if (!org) return countryIn(rest);
  const toks = rest.split(/\s+/);
  const outside = countryIn([...toks.slice(0, org.start), ...toks.slice(org.end)].join(' '));
  if (outside || !countryIn(org.form)) return outside;
  return org.entry.length === 1 && org.entry[0].country ? org.entry[0].country : countryIn(org.form);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'him', 'her', 'them', 'i', 'you']);
/** The head of a body whose name goes on with "on" and its subject, ending a phrase. */
const BODY_BEFORE_ON = new RegExp(`\\b(?:${[...BODIES_ON].join('|')})$`);
const COMMITTEE_HEAD = new RegExp(`\\b(?:${[...COMMITTEES].join('|')})s?$`);
/**
 * "House Intelligence Committee", "Congressional Black Caucus": the US Congress's chambers and
 * caucuses are named so; other houses' committees carry their house's name ("House of Commons …").
 */
const US_CHAMBER = /^(?:U\.?S\.? )?(?:House|Congressional)\s(?!of\b)/;
// ("China's Taiwan Affairs Office": an office for a place's affairs is not of that place.)
const TOPIC_AFTER = /^[’']?s?\s+(affairs|expert|experts|specialist|specialists|analyst|analysts|scholar|scholars|hand|hands|watcher|watchers|historian|historians|researcher|researchers|desk|policy|program|programme|studies)\b/i;
/** Words that only qualify a title ("Vice Adm.", "Deputy Chief"), never a place alone. */
const TITLE_PARTS = new Set(['vice', 'deputy', 'acting', 'interim', 'chief', 'senior', 'general', 'major', 'lieutenant', 'colonel', 'captain', 'admiral', 'commander', 'sergeant', 'marshal', 'rear']);
const ALUMNI = /^(grad|grads|graduate|graduates|alumnus|alumna|alumni|alum|dropout)\b/i;
const FIELD_AFTER = /^\s+(studies|art|arts|history|literature|language|languages|culture|music|cinema|cuisine)\b/i;
/** Envoys and ambassadors "to" a country are not from it ("the special envoy to Ukraine"). */
const SENT_TO = /\b(envoy|envoys|ambassador|ambassadors|emissary|emissaries|representative|negotiator|attaché|attache)$/i;

/** A given name, then one initial before the family name: "John F. Kerry". */
const MIDDLE_INITIAL = /^(\p{Lu}[\p{L}'’-]+) \p{Lu}\. (?=\p{Lu})/u;

/** The KB's people a name with a middle initial stands for ("John F. Kerry", "Lindsey O. Graham": the KB files them without it). */
export function peopleWithoutInitial(name: string): KbEntry[] {
  const plain = name.replace(MIDDLE_INITIAL, '$1 ');
  return plain === name ? [] : kbByName(plain).filter((e) => e.type === 'PERSON');
}

/** The actor a mention denotes on a date. Null only for empty text. */
export function resolveActor(mention: string, opts: ResolveOptions = {}): ResolvedActor | null {
  const d = resolveActorDetail(mention, opts);
  return d ? { name: d.name, kb: d.kb, country: d.country, sector: d.sector } : null;
}

/** The office a title names, as the KB's office titles write it: "Zimbabwean President" -> "president", "Gov." -> "governor". */
const OFFICE_TITLE = /\b(president|prime minister|premier|chancellor|king|queen|emperor|shah|emir|sultan|minister|governor|gov|senator|sen)\b/i;
const TITLE_ABBREVIATIONS: Record<string, string> = { gov: 'governor', sen: 'senator' };
export function officeWord(title: string | null): string | null {
  const w = title ? OFFICE_TITLE.exec(title)?.[1].toLowerCase() : undefined;
  return w ? TITLE_ABBREVIATIONS[w] ?? w : null;
}

/**
 * Of people sharing a family name, the one a title names: the only one who ever held an office so
 * called ("President Reagan"), else the only one holding it on the date ("President Bush" in 2005,
 * "Gov. Bush" in 2003); with no such title, the only one in any office on the date.
 */
export function holderOfTitle(people: KbEntry[], title: string | null, date: string | null): KbEntry | null {
  const word = officeWord(title);
  const titled = holdersOf(people, word);
  if (word && titled.length === 1) return titled[0];
  const holding = titled.filter((e) => e.roles.some((r) => onDate(r, date) && (!word || r.title.toLowerCase().includes(word))));
  return holding.length === 1 ? holding[0] : null;
}

/** Those of the people who ever held an office so called; all of them when no office is named. */
function holdersOf(people: KbEntry[], word: string | null): KbEntry[] {
  return word ? people.filter((e) => e.roles.some((r) => r.title.toLowerCase().includes(word))) : people;
}

/**
 * The one country of several people of a family name, of those who held the office a title names when
 * it names one ("President Bush": a Bush, an American one); null when they are of several or of none.
 */
export function sharedCountry(people: KbEntry[], title: string | null): string | null {
  const countries = new Set(holdersOf(people, officeWord(title)).map((e) => e.country));
  return people.length > 1 && countries.size === 1 ? [...countries][0] : null;
}

/** Titles of a state's diplomats, who may serve at an international body. */
const ENVOY_TITLE = /\b(envoy|ambassador|representative|delegate|permanent representative)s?\b/i;

export function resolveActorDetail(mention: string, opts: ResolveOptions = {}): ActorDetail | null {
  const text = clean(mention);
  if (!text) return null;
  const context = opts.context?.trim() || null;
  const date = normaliseDate(opts.date) ?? normaliseDate(context);
  const former = /\b(former|ex-|onetime|one-time|erstwhile)/i.test(text);
  const bare = text.replace(/^(the|a|an)\s+/i, '');

  const fromEntry = (e: KbEntry, titleSector: string | null): ActorDetail => {
    const at = entryOnDate(e, date);
    let sector = at.sector;
    // A title in the mention itself ("Minister Juan Carlos Jobet") outranks what dates say.
    if (titleSector && !former && OFFICE_SECTORS.has(titleSector) && sector === 'ELI') sector = titleSector;
    if (former && e.type === 'PERSON' && sector && OFFICE_SECTORS.has(sector)) sector = 'ELI';
    const role = at.role ? `${at.former || former ? 'former ' : ''}${at.role.title}` : null;
    return { name: e.name, kb: e.id, country: at.country ?? (e.sector === 'IGO' ? null : countryIn(text)), sector, role, entry: e };
  };

  // 1. The whole mention names a KB actor.
  const whole = kbByName(bare);
  if (whole.length) {
    const found = fromEntry(pickEntry(whole, date, context), null);
    // ("the National Guard" with "Saudi" for context: Saudi Arabia's.)
    const given = context && !normaliseDate(context) && found.kb && NAMES_MANY_STATES_GIVE.has(found.kb) ? countryIn(context) : null;
    return given && given !== found.country ? { ...found, kb: null, country: given, entry: null } : found;
  }
  const initialled = peopleWithoutInitial(bare);
  if (initialled.length) return fromEntry(pickEntry(initialled, date, context), null);

  // 2. A country, a capital (a seat of government: "Pyongyang said"), a region.
  const asCountry = findCountry(bare);
  if (asCountry) {
    const dem = demonymCountry(bare);
    return { name: bare, kb: `country:${asCountry}`, country: asCountry, sector: dem && !/s$/i.test(bare) ? null : null, role: null, entry: null };
  }
  const cap = capitalCountry(bare);
  if (cap) return { name: bare, kb: `country:${cap}`, country: cap, sector: 'GOV', role: null, entry: null };
  if (isPartiallyRecognised(bare)) {
    return { name: bare, kb: null, country: findPlace(bare)?.country ?? null, sector: 'PRE', role: null, entry: null };
  }
  // A place named alone, however small ("Puerto Penasco"): its country, no sector.
  // (Not a word of a title: "Vice", of "Vice Adm. James Pitts", is no town in Peru.)
  if (UPPER_FIRST.test(bare) && !/\s(of|for)\s/.test(bare) && !headSector(bare) && !TITLE_PARTS.has(bare.toLowerCase())) {
    const place = findPlace(bare);
    // (Not a town that bears a family name the KB knows: "Bush" is no village in Egypt, "Sharon" no town in Massachusetts.)
    const familyName = place?.kind === 'city' && place.population < 100_000 && kbBySurname(bare).length > 0;
    if (place?.country && !familyName) return { name: place.name, kb: null, country: place.country, sector: null, role: null, entry: null };
  }

  // 3. Apposition: "Harry Tseng, Taiwan's deputy foreign minister" -> the name part, the rest for country.
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (parts.length > 1) {
    for (const p of parts) {
      const hit = kbByName(p.replace(/^(the|a|an)\s+/i, ''));
      if (hit.length) return fromEntry(pickEntry(hit, date, context), headSector(text)?.sector ?? null);
    }
  }

  // 4. The head phrase: what comes before "to/in/at ..." is the actor ("Ambassador to the United Nations").
  const headText = text.split(/\s+(?:to|in|at|from|for|with|near|inside|outside|across|on)\s+/i)[0];
  const rest = text.slice(headText.length);
  const [ofHead, ...ofTail] = headText.split(/\s+of\s+/i);
  const tail = ofTail.join(' of ');
  const headWords = words(ofHead);
  const headHits = agentHits(headWords);
  const headHit = headHits.length ? headHits[headHits.length - 1] : null;

  // A committee is a body of its chamber, not of what it oversees: the "Senate Homeland Security
  // Committee" is the Senate's, the "House Intelligence Committee" no spy agency, the "Judiciary
  // Committee" no court.
  if (COMMITTEE_HEAD.test(ofHead) && UPPER_FIRST.test(bare)) {
    const chamber = kbInside(ofHead, (e) => e.type === 'ORG' && e.sector === 'LEG');
    if (chamber) return { ...fromEntry(pickEntry(chamber.entry, date, context), null), name: text };
    // (A place in the name is the subject too: the "House Benghazi Committee".)
    const us = US_CHAMBER.test(bare);
    const country = us ? 'USA' : countryIn(headText) ?? (context && !normaliseDate(context) ? countryIn(context) : null);
    // Without a chamber, the state's work it is named for is what it oversees ("Judiciary Committee");
    // other words still say what it is ("American Israel Public Affairs Committee").
    const sector = us || headHits.some((h) => h.sector === 'LEG') ? 'LEG' : headHit && !OFFICE_SECTORS.has(headHit.sector) ? headHit.sector : null;
    return { name: bare, kb: null, country, sector, role: null, entry: null };
  }
  let inside = kbInside(headText);
  // "Chile's Defense Department" is not the Pentagon: a generic name under another country's flag.
  if (inside) {
    const e0 = pickEntry(inside.entry, date, context);
    const named = countriesIn(headText).filter((c) => c.end <= headText.indexOf(inside!.form) || c.start >= headText.indexOf(inside!.form) + inside!.form.length);
    if (e0.type !== 'PERSON' && e0.country && named.length && !named.some((c) => c.iso3 === e0.country)) inside = null;
    // ("Jawaharlal Nehru University", "Konrad Adenauer Foundation": what is named for a person is not that person.)
    else if (e0.type === 'PERSON' && UPPER_FIRST.test(headText.slice(headText.indexOf(inside.form) + inside.form.length).trim())) inside = null;
    else if (e0.sector === 'EDU') {
      // "Princeton University Press", "Columbia University Medical Center": a body named after a seat of
      // learning, whose own kind follows in its name, is of the seat's country and of its own kind.
      const at = ofHead.indexOf(inside.form);
      const after = at >= 0 ? ofHead.slice(at + inside.form.length).trim() : '';
      const own = after && UPPER_FIRST.test(after) ? headSector(after) : null;
      if (own) return { name: text, kb: null, country: e0.country, sector: own.sector, role: null, entry: null };
      // ("a George Washington University grad whose …": who studied there is not of it.)
      if (ALUMNI.test(after)) inside = null;
    }
  }
  if (inside) {
    const e = pickEntry(inside.entry, date, context);
    if (e.type === 'PERSON') return fromEntry(e, headHit?.sector ?? null);
    // "president of the Riigikogu", "Boko Haram gunmen", "Russia's Baltic Fleet": the organisation decides,
    // unless the head names its own office ("Canadian Ambassador" was cut off before "to").
    const inTail = tail && kbByName(tail.replace(/^(the|a|an)\s+/i, '')).length > 0;
    // ("Russia's UN envoy", "Russian UN Ambassador": a state's diplomat at an international body is the state's.)
    const envoyOf = e.sector === 'IGO' && ENVOY_TITLE.test(headText) ? countriesIn(headText).find((c) => c.end <= headText.indexOf(inside!.form)) : undefined;
    if (envoyOf) return { name: text, kb: null, country: envoyOf.iso3, sector: former ? 'ELI' : 'GOV', role: null, entry: null };
    if (!inTail || !headHit || isLeaderWord(headHit.phrase)) {
      const r = fromEntry(e, null);
      return { ...r, name: text, sector: former && r.sector && OFFICE_SECTORS.has(r.sector) ? 'ELI' : r.sector };
    }
  }
  // "a spokesman for the State Department", "an official at the Kremlin": the state body the title serves,
  // as "State Department spokesman" names it (not a body further on: "an official at a firm that supplies
  // the Pentagon"; nor a university or a company: "a China expert at Harvard" may be of any country).
  const served = !inside && headHit ? SERVES.exec(rest) : null;
  if (served) {
    const named = rest.slice(served[0].length);
    const body = kbInside(named, (e) => e.type === 'ORG' && e.sector !== null && STATE_BODY.has(e.sector));
    // (Its owner may come first: "a spokesperson for Beijing's Taiwan Affairs Office".)
    if (body && (body.start === 0 || (body.start === 1 && /['’]s$/.test(named.split(/\s+/)[0])))) {
      const r = fromEntry(pickEntry(body.entry, date, context), null);
      return { ...r, name: text, role: null, sector: former && r.sector && OFFICE_SECTORS.has(r.sector) ? 'ELI' : r.sector };
    }
  }
  // A family name the KB knows for exactly one person ("Museveni", "Mr. Putin", "President Biden"), or
  // for one holding the title on the date ("President Bush" in 2005); else, when all who bear it are of
  // one country, that country ("President Bush" in 2000: a Bush, an American one).
  const family = FAMILY_NAME.exec(bare);
  // (Not a title alone: "King" is no one's family name here.)
  if (family && !headSector(family[2])) {
    const people = kbBySurname(family[2]);
    const one = people.length === 1 ? people[0] : holderOfTitle(people, family[1] ?? null, date);
    if (one) return fromEntry(one, headHit?.sector ?? null);
    const country = sharedCountry(people, null);
    if (country) return { name: bare, kb: null, country, sector: former ? 'ELI' : headHit?.sector ?? null, role: null, entry: null };
  }

  // 5. No KB actor: country from the words, else from the context; sector from the head noun.
  const sentTo = SENT_TO.test(headText) && /^\s+to\s/i.test(rest);
  // ("the House Select Committee on Benghazi", "the Commission on Ukraine": a body's subject is no home of it.)
  const subject = BODY_BEFORE_ON.test(headText) && /^\s+on\s/i.test(rest);
  const country = countryIn(headText) ?? (sentTo || subject ? null : restCountry(rest)) ?? (context && !normaliseDate(context) ? countryIn(context) : null);
  let sector: string | null = headHit?.sector ?? null;
  if (tail) {
    const tailHit = headSector(tail);
    if (tailHit && (!headHit || isLeaderWord(headHit.phrase))) sector = tailHit.sector;
  }
  // ("Greece-based Allseas Marine": a proper name ending in one "Marine", of no state, is a shipping firm's, not the
  // service's: "a U.S. Marine", "Royal Marine" name their country's.)
  if (headHit?.phrase === 'marine' && country === null && NAMED_MARINE.test(ofHead.replace(/^(the|a|an)\s+/i, ''))) sector = 'BUS';
  // State media speak for the state: "the official news agency", "state-run television".
  if (sector === 'JRN' && /\b(state|state-run|state-owned|state-controlled|official|government)\b/i.test(headText)) sector = 'GOV';
  if (former && (!sector || OFFICE_SECTORS.has(sector))) sector = 'ELI';
  if (!sector) {
    const lower = bare.toLowerCase();
    const demonymOnly = words(bare).every((w) => /^\d+$|^(two|three|four|five|six|some|many|several|dozens|hundreds|thousands)$/.test(w) || demonymCountry(w));
    if (PRONOUNS.has(lower)) sector = 'UNK';
    else if (!demonymOnly && bare === lower) sector = 'UNK';
  }
  return { name: bare, kb: null, country, sector, role: null, entry: null };
}

/** A company's name ending in "Marine" ("Allseas Marine", "Navig8 Marine"), not the service's ("Royal Marine", "Marine Corps"). */
const NAMED_MARINE = /^(?!(?:Royal|Former|Ex|Retired|Fellow|Veteran|Navy|Army|Merchant)\b)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?\s+Marine$/;

/** Normalised key for caching resolutions within a document. */
export function mentionKey(text: string): string {
  return normName(text);
}
