// Writers for each export format. Each yields the output in pieces (one line or element at a
// time) so large exports stream. Article text is untrusted: every writer escapes for its format.
import type { CountedEvent } from '../events.ts';
import { cameoRootOf, quadClass } from '../goldstein.ts';
import type { Cell, Table } from './records.ts';
import { countryByCode } from '../../kb/geo.ts';
import { countryOfKey } from '../../store/keys.ts';

export type Format = 'jsonl' | 'csv' | 'gdelt' | 'geojson' | 'graphml';
export const FORMATS: Format[] = ['jsonl', 'csv', 'gdelt', 'geojson', 'graphml'];

/**
 * JSON on one line. JSON.stringify leaves U+2028/U+2029 (and U+0085) raw, which is valid JSON but
 * splits a record for readers that break lines on Unicode line separators (Python's splitlines,
 * editors); they are written as \u escapes, which every JSON parser reads back the same.
 */
export function jsonLine(v: unknown): string {
  return JSON.stringify(v).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function* jsonl(t: Table): Generator<string> {
  for (const r of t.rows) yield `${jsonLine(r)}\n`;
}

/**
 * RFC 4180: CRLF after each record, a header record, fields with a comma, quote, CR or LF quoted and
 * quotes doubled. Article text is untrusted: as OWASP recommends against CSV (formula) injection,
 * a text cell starting with = + - @, a tab or a CR (or their full-width forms ＝ ＋ － ＠) gets a
 * leading apostrophe, so that a spreadsheet shows it as text rather than running it as a formula.
 * Numbers are written as numbers (-2.5 stays a number); null is an empty field.
 */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* csv(t: Table): Generator<string> {
  yield `${t.columns.join(',')}\r\n`;
  for (const r of t.rows) yield `${t.columns.map((c) => csvCell(r[c] ?? null)).join(',')}\r\n`;
}

/**
 * The GDELT 2.0 Event table: its 61 columns in its order, tab-separated, no header line (as GDELT's
 * own files, so that tools reading those read these). What we fill and how:
 *   GLOBALEVENTID   an integer: the article id's first 48 bits times 2^14 plus the event index,
 *                   the same in every export and store (ours are not a running number)
 *   SQLDATE YYYYMMDD of the day the event counts on; MonthYear YYYYMM; Year; FractionDate
 *                   YYYY.FFFF, the year's share gone by that day with 30-day months, as GDELT's
 *   ActorNCode      CAMEO-style: country code plus type code (USAGOV), either alone when that is all we know
 *   ActorNName / ActorNCountryCode (ISO 3166 alpha-3, as CAMEO) / ActorNType1Code (the sector: GOV, MIL, ...)
 *   KnownGroup, Ethnic, Religion1/2, Type2/3 codes: empty (not coded)
 *   IsRootEvent     1 when the event's sentence is in the article's lead paragraph (after a headline line)
 *   EventCode / EventBaseCode / EventRootCode   CAMEO code, its 3- and 2-digit parts; an event with
 *                   only a PLOVER type gets its root's level-1 code (e.g. 180 / 180 / 18)
 *   QuadClass 1-4, GoldsteinScale; NumMentions / NumSources / NumArticles 1 (one row per report; copies
 *                   are not counted); AvgTone empty (no tone is measured)
 *   Actor1Geo_* / Actor2Geo_*   empty (actors are not placed)
 *   ActionGeo_Type  1 country, 2 US state, 3 US city, 4 world city, 5 world region; empty if unknown
 *   ActionGeo_FullName, ActionGeo_Lat, ActionGeo_Long from the event's place
 *   ActionGeo_CountryCode  ISO 3166 alpha-3 (GDELT uses 2-letter FIPS 10-4 here: the lengths differ,
 *                   so the two never match by accident); ADM1/ADM2/FeatureID empty
 *   DATEADDED       YYYYMMDDHHMMSS (UTC) the article was stored
 *   SOURCEURL       the article's canonical URL or source
 * Tabs and line breaks inside values become spaces. The PLOVER coding is in the jsonl/csv exports.
 */
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

/** What a GDELT row needs beyond the event: from the article (lead paragraph, when stored) and the gazetteer. */
export interface GdeltExtra { isRoot: boolean | null; added: string | null; geoType: number | null }

function tsv(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** GDELT's FractionDate: YYYY + ((month - 1) * 30 + day) / 365, months taken as 30 days, 4 decimals. */
export function fractionDate(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round((y + ((m - 1) * 30 + d) / 365) * 10_000) / 10_000;
}

/** A stable integer id: 48 bits of the (hex) article id, then 14 bits of event index. */
export function globalEventId(articleId: string, idx: number): string {
  const hex = /^[0-9a-f]{12}/i.test(articleId) ? articleId.slice(0, 12) : [...articleId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 2 ** 48, 0).toString(16);
  return ((BigInt(`0x${hex}`) << 14n) | BigInt(idx & 0x3fff)).toString();
}

const actorCode = (country: string | null, sector: string | null): string | null => (country || sector ? `${country ?? ''}${sector ?? ''}` : null);

export function gdeltRow(e: CountedEvent, x: GdeltExtra = { isRoot: null, added: null, geoType: null }): Cell[] {
  const root = e.cameo && /^\d{2}/.test(e.cameo) ? e.cameo.slice(0, 2) : cameoRootOf(e.type);
  const code = e.cameo && /^\d{3}/.test(e.cameo) ? e.cameo : root && `${root}0`;
  const base = code && code.slice(0, 3);
  const ymd = e.day.replace(/-/g, '');
  const actor = (name: string | null, country: string | null, sector: string | null): Cell[] =>
    [actorCode(country, sector), name, country, null, null, null, null, sector, null, null];
  const located = e.lat !== null && e.lon !== null && Number.isFinite(e.lat) && Number.isFinite(e.lon);
  const noGeo: Cell[] = [null, null, null, null, null, null, null, null];
  return [
    globalEventId(e.articleId, e.idx), ymd, ymd.slice(0, 6), ymd.slice(0, 4), fractionDate(e.day),
    ...actor(e.actorName, e.actorCountry, e.actorSector),
    ...actor(e.targetName, e.targetCountry, e.targetSector),
    x.isRoot === null ? null : x.isRoot ? 1 : 0, code, base, root, quadClass(e.cameo, e.type), e.goldstein,
    1, 1, 1, null,
    ...noGeo, ...noGeo,
    e.locationName || located ? x.geoType : null, e.locationName, e.locationCountry, null, null,
    located ? e.lat : null, located ? e.lon : null, null,
    x.added, e.url,
  ];
}

export function* gdelt(events: CountedEvent[], extra: (e: CountedEvent) => GdeltExtra = () => ({ isRoot: null, added: null, geoType: null })): Generator<string> {
  for (const e of events) yield `${gdeltRow(e, extra(e)).map(tsv).join('\t')}\n`;
}

/** Whether an event has a point RFC 7946 can carry: finite, latitude within ±90, longitude within ±180. */
export function hasPoint(e: { lat: number | null; lon: number | null }): boolean {
  return e.lat !== null && e.lon !== null && Number.isFinite(e.lat) && Number.isFinite(e.lon) && Math.abs(e.lat) <= 90 && Math.abs(e.lon) <= 180;
}

/**
 * Events with coordinates as GeoJSON (RFC 7946): one FeatureCollection of Point features with
 * [longitude, latitude] in WGS 84, no "crs" member; each feature's id is "<article id>:<event index>".
 * Events without a valid point are left out (the caller counts them).
 */
export function* geojson(events: CountedEvent[]): Generator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for (const e of events) {
    if (!hasPoint(e)) continue;
    const feature = {
      type: 'Feature',
      id: `${e.articleId}:${e.idx}`,
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
      properties: {
        article_id: e.articleId, event_idx: e.idx, day: e.day, type: e.type, mode: e.mode, status: e.status, cameo: e.cameo,
        goldstein: e.goldstein, actor: e.actorName, actor_country: e.actorCountry, target: e.targetName,
        target_country: e.targetCountry, location: e.locationName, location_country: e.locationCountry, title: e.title, url: e.url,
      },
    };
    yield `${first ? '' : ',\n'}${jsonLine(feature)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** XML 1.0 text: markup characters escaped, characters XML cannot carry dropped. */
export function xmlText(v: Cell): string {
  if (v === null) return '';
  return String(v)
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

interface GraphNode { id: string; label: string; country: string | null; kind: string }
interface GraphEdge { source: string; target: string; events: number; goldstein: number | null; types: string }

/**
 * Who acts on whom. For dyads: countries as nodes, one undirected edge per pair; otherwise
 * actors as nodes, one directed edge per (actor, target) with the event count and mean score.
 */
export function graph(events: CountedEvent[], byCountry: boolean): { nodes: GraphNode[]; edges: GraphEdge[]; directed: boolean } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, { source: string; target: string; n: number; sum: number; scored: number; types: Map<string, number> }>();
  for (const e of events) {
    let a: string | null, b: string | null;
    if (byCountry) {
      if (!e.actorCountry || !e.targetCountry || e.actorCountry === e.targetCountry) continue;
      [a, b] = [e.actorCountry, e.targetCountry].sort();
      for (const c of [a, b]) if (!nodes.has(c)) nodes.set(c, { id: c, label: countryByCode(c)?.name ?? c, country: c, kind: 'country' });
    } else {
      a = e.actorKey;
      b = e.targetKey;
      if (!a || !b || a === b) continue;
      if (!nodes.has(a)) nodes.set(a, { id: a, label: nodeLabel(a, e.actorName), country: e.actorCountry, kind: 'actor' });
      if (!nodes.has(b)) nodes.set(b, { id: b, label: nodeLabel(b, e.targetName), country: e.targetCountry, kind: 'actor' });
    }
    const k = `${a}\u0000${b}`;
    const edge = edges.get(k) ?? { source: a, target: b, n: 0, sum: 0, scored: 0, types: new Map() };
    edge.n++;
    if (e.goldstein !== null) { edge.sum += e.goldstein; edge.scored++; }
    edge.types.set(e.type, (edge.types.get(e.type) ?? 0) + 1);
    edges.set(k, edge);
  }
  return {
    nodes: [...nodes.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    edges: [...edges.values()].map((x) => ({
      source: x.source, target: x.target, events: x.n,
      goldstein: x.scored ? Math.round((x.sum / x.scored) * 100) / 100 : null,
      types: [...x.types].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).map(([t, n]) => `${t}:${n}`).join(' '),
    })),
    directed: !byCountry,
  };
}

/** A country's node is named for the country, not for the first words that stood for it ("Moscow", "its forces"). */
function nodeLabel(key: string, name: string | null): string {
  return countryOfKey(key)?.name ?? name ?? key;
}

/**
 * GraphML (graphml.graphdrawing.org 1.0): every data key declared with for= and attr.type, node ids
 * n0, n1, ... (GraphML ids are XML NMTOKENs, and actor keys such as "name:thomas massie" hold
 * spaces), the actor key or country code in the "key" data, every edge between declared nodes.
 */
export function* graphml(g: ReturnType<typeof graph>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="key" for="node" attr.name="key" attr.type="string"/>\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="country" for="node" attr.name="country" attr.type="string"/>\n';
  yield '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n';
  yield '  <key id="events" for="edge" attr.name="events" attr.type="int"/>\n';
  yield '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>\n';
  yield '  <key id="types" for="edge" attr.name="types" attr.type="string"/>\n';
  yield `  <graph id="sitrep" edgedefault="${g.directed ? 'directed' : 'undirected'}">\n`;
  const ids = new Map<string, string>();
  for (const n of g.nodes) {
    const id = `n${ids.size}`;
    ids.set(n.id, id);
    yield `    <node id="${id}"><data key="key">${xmlText(n.id)}</data><data key="label">${xmlText(n.label)}</data>${n.country ? `<data key="country">${xmlText(n.country)}</data>` : ''}<data key="kind">${xmlText(n.kind)}</data></node>\n`;
  }
  let i = 0;
  for (const e of g.edges) {
    const [source, target] = [ids.get(e.source), ids.get(e.target)];
    if (!source || !target) continue;
    yield `    <edge id="e${i++}" source="${source}" target="${target}"><data key="events">${e.events}</data>${e.goldstein === null || !Number.isFinite(e.goldstein) ? '' : `<data key="goldstein">${e.goldstein}</data>`}<data key="types">${xmlText(e.types)}</data></edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
