// What the knowledge base holds about one actor, and how a file row becomes one.
// Built-in data (src/kb/data/*.csv) and users' own files share one row format, so that
// anything we ship can be overridden by a user file without code changes.
import type { EntityType } from '../model/analysis.ts';

export interface Role {
  title: string;
  country: string | null;
  sector: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null = since before we know / until now. */
  start: string | null;
  end: string | null;
}

export interface KbEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country: string | null;
  sector: string | null;
  roles: Role[];
  wikidata: string | null;
  /** Where the entry came from: "builtin" or a user file's path. */
  origin: string;
}

/** Columns of a KB row (CSV header or JSON object keys). `aliases` is separated by "|". */
export const KB_COLUMNS = ['id', 'type', 'name', 'aliases', 'country', 'sector', 'role', 'start', 'end', 'wikidata'] as const;
export type KbRow = Partial<Record<(typeof KB_COLUMNS)[number], string | null>>;

const TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT']);

export function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function blank(v: string | null | undefined): string | null {
  const t = (v ?? '').trim();
  return t ? t : null;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * One row -> a partial entry. Several rows with one id add roles to one actor (a person's
 * successive offices). Throws a one-line message naming the problem; the caller adds where.
 */
export function rowToEntry(row: KbRow, origin: string): KbEntry {
  const name = blank(row.name);
  if (!name) throw new Error('a row has no name');
  const typeRaw = (blank(row.type) ?? 'ORG').toUpperCase();
  if (!TYPES.has(typeRaw as EntityType)) throw new Error(`"${name}": unknown type "${row.type}" (use ${[...TYPES].join(', ')})`);
  const type = typeRaw as EntityType;
  const country = blank(row.country)?.toUpperCase() ?? null;
  if (country && !/^[A-Z]{3}$/.test(country)) throw new Error(`"${name}": country must be an ISO alpha-3 code, not "${row.country}"`);
  const sector = blank(row.sector)?.toUpperCase() ?? null;
  for (const k of ['start', 'end'] as const) {
    const v = blank(row[k]);
    if (v && !DATE.test(v)) throw new Error(`"${name}": ${k} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  }
  const wikidata = blank(row.wikidata);
  if (wikidata && !/^Q\d+$/.test(wikidata)) throw new Error(`"${name}": wikidata must look like Q123, not "${wikidata}"`);
  const id = blank(row.id) ?? (wikidata ? `wd:${wikidata}` : `${type === 'PERSON' ? 'person' : type === 'GPE' ? 'place' : 'org'}:${slug(name)}`);
  const role = blank(row.role);
  return {
    id,
    type,
    name,
    aliases: (row.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean),
    country,
    sector,
    roles: role ? [{ title: role, country, sector, start: blank(row.start), end: blank(row.end) }] : [],
    wikidata,
    origin,
  };
}

/** Later rows with the same id add aliases and roles; a later origin's scalar fields win. */
export function mergeEntry(into: KbEntry, add: KbEntry): void {
  for (const a of add.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
  for (const r of add.roles) {
    if (!into.roles.some((x) => x.title === r.title && x.start === r.start)) into.roles.push(r);
  }
  if (add.origin !== into.origin) {
    into.name = add.name;
    into.type = add.type;
    into.country = add.country ?? into.country;
    into.sector = add.sector ?? into.sector;
    into.origin = add.origin;
  }
  into.wikidata ??= add.wikidata;
}

/** Compare partial ISO dates as ranges: "2021" covers all of 2021. */
export function onDate(role: Role, date: string | null): boolean {
  if (!date) return role.end === null;
  if (role.start && date < role.start) return false;
  if (role.end && date > padEnd(role.end)) return false;
  return true;
}

function padEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}
