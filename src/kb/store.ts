// The knowledge base in memory: built-in data files plus the user's own (env SITREP_KB or --kb,
// several paths separated by the platform's path delimiter), indexed by every name form.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { delimiter, extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { InputError } from '../model/errors.ts';
import { KB_COLUMNS, mergeEntry, rowToEntry, type KbEntry, type KbRow } from './entry.ts';
import { normName } from './geo.ts';

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');

export interface Kb {
  entries: Map<string, KbEntry>;
  /** Normalised name or alias -> entry ids (several when a name is ambiguous). */
  byName: Map<string, string[]>;
  /** Family name of people -> person ids ("putin" -> person:vladimir-putin). */
  bySurname: Map<string, string[]>;
  /** Longest alias in tokens: bounds the gazetteer's look-ahead. */
  maxTokens: number;
}

let userFiles: string[] | null = null;
let kb: Kb | null = null;

/** Files given on the command line (--kb) replace SITREP_KB; the KB reloads on next use. */
export function setUserKbFiles(files: string[]): void {
  userFiles = files;
  kb = null;
}

function userKbFiles(): string[] {
  if (userFiles) return userFiles;
  return (process.env.SITREP_KB ?? '').split(delimiter).map((s) => s.trim()).filter(Boolean);
}

/** Rows of a CSV (header from KB_COLUMNS) or JSON (array of objects, or { entries: [...] }) file. */
export function readKbRows(path: string): KbRow[] {
  if (!existsSync(path)) throw new InputError(`${path}: knowledge base file not found`);
  const raw = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonl') {
    let data: unknown;
    try {
      data = ext === '.jsonl'
        ? raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown)
        : JSON.parse(raw);
    } catch (e) {
      throw new InputError(`${path}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    const list = Array.isArray(data) ? data : (data as { entries?: unknown }).entries;
    if (!Array.isArray(list)) throw new InputError(`${path}: expected an array of entries or { "entries": [...] }`);
    return list.map((o, i) => {
      if (!o || typeof o !== 'object') throw new InputError(`${path}: entry ${i + 1} is not an object`);
      const r = o as Record<string, unknown>;
      const row: KbRow = {};
      for (const k of KB_COLUMNS) {
        const v = r[k];
        row[k] = Array.isArray(v) ? v.join('|') : v === undefined || v === null ? null : String(v);
      }
      return row;
    });
  }
  if (ext === '.csv' || ext === '.tsv') {
    try {
      return parse(raw, {
        columns: true, skip_empty_lines: true, trim: true, comment: '#', relax_column_count: true,
        delimiter: ext === '.tsv' ? '\t' : ',',
      }) as KbRow[];
    } catch (e) {
      throw new InputError(`${path}: not valid CSV (${(e as Error).message.split('\n')[0]})`);
    }
  }
  throw new InputError(`${path}: knowledge base files must be .csv, .tsv, .json or .jsonl`);
}

function addRows(entries: Map<string, KbEntry>, rows: KbRow[], origin: string, where: string): void {
  rows.forEach((row, i) => {
    let e: KbEntry;
    try {
      e = rowToEntry(row, origin);
    } catch (err) {
      throw new InputError(`${where}: row ${i + 2}: ${(err as Error).message}`);
    }
    const have = entries.get(e.id);
    if (have) mergeEntry(have, e); else entries.set(e.id, e);
  });
}

const PARTICLES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A title that opens a name filed with it ("King Willem-Alexander"): no family name. */
const TITLE_FIRST = /^(King|Queen|Emperor|Empress|Pope|Prince|Princess|Sheikh|Sultan|Emir|Crown)$/;

/** The family name news uses after "Mr."/"President": last word, or the first for East Asian "Kim Jong-un". */
const surnameCache = new WeakMap<KbEntry, string[]>();

export function surnames(e: KbEntry): string[] {
  let s = surnameCache.get(e);
  if (!s) { s = computeSurnames(e); surnameCache.set(e, s); }
  return s;
}

function computeSurnames(e: KbEntry): string[] {
  const out = new Set<string>();
  for (const n of [e.name, ...e.aliases]) {
    const words = n.replace(/,/g, ' ').split(/\s+/).filter((w) => w && !PARTICLES.has(w.toLowerCase().replace(/\./g, '')));
    if (words.length < 2) continue;
    out.add(normName(words[words.length - 1]));
    // "von der Leyen", "al-Assad", "de Gaulle": the particles belong to the family name.
    let p = words.length - 1;
    while (p > 1 && /^(al|el|bin|ibn|abu|de|del|van|von|der|den|da|du|la|le|di|dos|ter)$/i.test(words[p - 1])) p--;
    if (p < words.length - 1) out.add(normName(words.slice(p).join(' ')));
    // Korean/Chinese order: family name first, given name hyphenated ("Kim Jong-un", "Xi Jinping").
    if (words.length === 2 && ((words[1].includes('-') && !TITLE_FIRST.test(words[0])) || e.country === 'CHN' || e.country === 'PRK' || e.country === 'KOR'
      || e.country === 'TWN' || e.country === 'VNM')) out.add(normName(words[0]));
    // Ethiopian and Eritrean names are a given name and the father's: news calls "Abiy Ahmed" Abiy.
    if (e.country === 'ETH' || e.country === 'ERI') out.add(normName(words[0]));
  }
  return [...out];
}

/**
 * Whether a KB form is a name rather than a description: capitalised ("NATO", "Hezbollah"), or an
 * Arabic article before a capital ("al-Qaeda", "al Qaeda", "el-Sisi"), which news writes lower-case.
 */
export function isNameForm(form: string): boolean {
  return /^[\p{Lu}\d]/u.test(form) || LOWER_ARTICLE_NAME.test(form);
}
const LOWER_ARTICLE_NAME = /^(al|el)[- ]\p{Lu}/u;

function buildIndex(entries: Map<string, KbEntry>): Kb {
  const byName = new Map<string, string[]>();
  const bySurname = new Map<string, string[]>();
  let maxTokens = 1;
  const put = (m: Map<string, string[]>, k: string, id: string) => {
    if (!k) return;
    const l = m.get(k);
    if (!l) m.set(k, [id]); else if (!l.includes(id)) l.push(id);
  };
  for (const e of entries.values()) {
    for (const n of [e.name, ...e.aliases]) {
      // "the alliance" describes NATO in a sentence; as a name it would swallow every "Alliance".
      if (!isNameForm(n.replace(/^the\s+/i, ''))) continue;
      put(byName, normName(n), e.id);
      const plain = normName(n).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      put(byName, plain, e.id);
      // ("Omar El Bashir" for "Omar el-Bashir", "Kim Jong Un" for "Kim Jong-un": news spells a name's hyphen as a space or not.)
      if (plain.includes('-')) put(byName, unhyphenated(plain), e.id);
      const arabic = arabicSpelling(plain);
      if (arabic !== plain) put(byName, arabic, e.id);
      maxTokens = Math.max(maxTokens, n.split(/\s+/).length + 2);
    }
    if (e.type === 'PERSON') for (const s of surnames(e)) put(bySurname, s, e.id);
  }
  return { entries, byName, bySurname, maxTokens };
}

export function loadKb(): Kb {
  if (kb) return kb;
  const entries = new Map<string, KbEntry>();
  for (const f of readdirSync(DATA).filter((f) => f.endsWith('.csv')).sort()) {
    addRows(entries, readKbRows(join(DATA, f)), 'builtin', `src/kb/data/${f}`);
  }
  for (const f of userKbFiles()) addRows(entries, readKbRows(f), f, f);
  kb = buildIndex(entries);
  return kb;
}

export function kbEntry(id: string): KbEntry | null {
  return loadKb().entries.get(id) ?? null;
}

/**
 * One spelling for the romanisations of Arabic names news varies between ("Ahmad al-Sharaa" and
 * "Ahmed al-Sharaa", "Mohamed"/"Muhammad"/"Mohammed", "el-"/"al-"), the key all of them share.
 */
const ARABIC_SPELLINGS: Array<[RegExp, string]> = [
  [/\bahmad\b/g, 'ahmed'],
  [/\b(?:mohamed|mohammad|muhammad|muhammed|mohamad)\b/g, 'mohammed'],
  [/\b(?:hussain|husain|husayn)\b/g, 'hussein'],
  [/\bel-(?=\p{L})/gu, 'al-'],
];
const ARABIC_FORM = /\b(?:ahmad|mohamed|mohammad|muhammad|muhammed|mohamad|hussain|husain|husayn|el-)/;
function arabicSpelling(key: string): string {
  let k = key;
  for (const [re, to] of ARABIC_SPELLINGS) k = k.replace(re, to);
  return k;
}

/** A name with its hyphens as spaces, the key both spellings share. */
function unhyphenated(key: string): string {
  return key.replace(/-/g, ' ');
}

export function kbByName(name: string): KbEntry[] {
  const k = loadKb();
  const key = normName(name);
  const plain = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const ids = k.byName.get(key) ?? k.byName.get(plain) ?? (plain.includes('-') ? k.byName.get(unhyphenated(plain)) : undefined)
    ?? (ARABIC_FORM.test(plain) ? k.byName.get(arabicSpelling(plain)) : undefined) ?? [];
  return ids.map((id) => k.entries.get(id)).filter((e): e is KbEntry => !!e);
}

export function kbBySurname(surname: string): KbEntry[] {
  const k = loadKb();
  return (k.bySurname.get(normName(surname)) ?? []).map((id) => k.entries.get(id)).filter((e): e is KbEntry => !!e);
}

/** Entries whose name or alias contains every word of the query, best (shortest name) first. */
export function searchKb(query: string, limit = 20): KbEntry[] {
  const words = normName(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const out: KbEntry[] = [];
  for (const e of loadKb().entries.values()) {
    const forms = [e.name, ...e.aliases, e.id, e.wikidata ?? ''].map((f) => normName(f));
    if (forms.some((f) => words.every((w) => f.includes(w)))) out.push(e);
  }
  return out.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name)).slice(0, limit);
}
