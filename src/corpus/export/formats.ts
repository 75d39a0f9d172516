// Writers for each export format. Each yields the output in pieces (one line or element at a
// time) so large exports stream. Article text is untrusted: every writer escapes for its format.
import type { CountedEvent } from '../events.ts';
import { cameoRootOf, quadClass } from '../goldstein.ts';
import type { Cell, Table } from './records.ts';

export type Format = 'jsonl' | 'csv' | 'gdelt' | 'geojson' | 'graphml';
export const FORMATS: Format[] = ['jsonl', 'csv', 'gdelt', 'geojson', 'graphml'];

export function* jsonl(t: Table): Generator<string> {
  for (const r of t.rows) yield `${JSON.stringify(r)}\n`;
}

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. Text cells
 * starting with = + - @ (or a tab/CR) get a leading apostrophe so that a spreadsheet shows them
 * rather than running them as formulas (CSV injection); numbers are written as numbers.
 */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* csv(t: Table): Generator<string> {
  yield `${t.columns.join(',')}\r\n`;
  for (const r of t.rows) yield `${t.columns.map((c) => csvCell(r[c] ?? null)).join(',')}\r\n`;
}

/**
 * GDELT 1.0-style event rows, tab-separated with a header line. Columns (a subset of GDELT's,
 * same names and meanings):
 *   GLOBALEVENTID  article id prefix + "-" + event index (ours are not integers)
 *   SQLDATE        YYYYMMDD of the day the event counts on; MonthYear YYYYMM; Year; FractionDate
 *   Actor1Code / Actor1Name / Actor1CountryCode / Actor1Type1Code   actor key, name, ISO alpha-3, sector
 *   Actor2Code / Actor2Name / Actor2CountryCode / Actor2Type1Code   the same for the target
 *   IsRootEvent    1 (each row is a reported event)
 *   EventCode / EventBaseCode / EventRootCode   CAMEO code, its 3- and 2-digit prefixes (root from the PLOVER type when no code)
 *   QuadClass      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 *   GoldsteinScale the event's Goldstein value
 *   NumMentions / NumSources / NumArticles   1 (one row per reported event; copies are not counted)
 *   ActionGeo_FullName / ActionGeo_CountryCode / ActionGeo_Lat / ActionGeo_Long   event location
 *   PLOVERType / PLOVERMode / Status   the PLOVER coding GDELT has no column for
 *   DATEADDED      YYYYMMDD the article was published
 *   SOURCEURL      the article's canonical URL or source
 * Tabs and line breaks inside values become spaces.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long',
  'PLOVERType', 'PLOVERMode', 'Status', 'DATEADDED', 'SOURCEURL',
];

function tsv(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

function fractionDate(day: string): number {
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.round((d.getUTCFullYear() + (d.getTime() - start) / (365 * 86_400_000)) * 10_000) / 10_000;
}

export function gdeltRow(e: CountedEvent): Cell[] {
  const root = e.cameo && /^\d{2}/.test(e.cameo) ? e.cameo.slice(0, 2) : cameoRootOf(e.type);
  const base = e.cameo && /^\d{3}/.test(e.cameo) ? e.cameo.slice(0, 3) : root;
  const ymd = e.day.replace(/-/g, '');
  return [
    `${e.articleId.slice(0, 16)}-${e.idx}`, ymd, ymd.slice(0, 6), ymd.slice(0, 4), fractionDate(e.day),
    e.actorKey, e.actorName, e.actorCountry, e.actorSector,
    e.targetKey, e.targetName, e.targetCountry, e.targetSector,
    1, e.cameo ?? root, base, root, quadClass(e.cameo, e.type), e.goldstein,
    1, 1, 1,
    e.locationName, e.locationCountry, e.lat, e.lon,
    e.type, e.mode, e.status, e.published.replace(/-/g, '').slice(0, 8), e.url,
  ];
}

export function* gdelt(events: CountedEvent[]): Generator<string> {
  yield `${GDELT_COLUMNS.join('\t')}\n`;
  for (const e of events) yield `${gdeltRow(e).map(tsv).join('\t')}\n`;
}

/** Events with coordinates as GeoJSON Points (RFC 7946: [longitude, latitude]). */
export function* geojson(events: CountedEvent[]): Generator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for (const e of events) {
    if (e.lat === null || e.lon === null || !Number.isFinite(e.lat) || !Number.isFinite(e.lon)) continue;
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
      properties: {
        article_id: e.articleId, event_idx: e.idx, day: e.day, type: e.type, mode: e.mode, status: e.status, cameo: e.cameo,
        goldstein: e.goldstein, actor: e.actorName, actor_country: e.actorCountry, target: e.targetName,
        target_country: e.targetCountry, location: e.locationName, location_country: e.locationCountry, title: e.title, url: e.url,
      },
    };
    yield `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
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
      for (const c of [a, b]) if (!nodes.has(c)) nodes.set(c, { id: c, label: c, country: c, kind: 'country' });
    } else {
      a = e.actorKey;
      b = e.targetKey;
      if (!a || !b || a === b) continue;
      if (!nodes.has(a)) nodes.set(a, { id: a, label: e.actorName ?? a, country: e.actorCountry, kind: 'actor' });
      if (!nodes.has(b)) nodes.set(b, { id: b, label: e.targetName ?? b, country: e.targetCountry, kind: 'actor' });
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

export function* graphml(g: ReturnType<typeof graph>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="country" for="node" attr.name="country" attr.type="string"/>\n';
  yield '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n';
  yield '  <key id="events" for="edge" attr.name="events" attr.type="int"/>\n';
  yield '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>\n';
  yield '  <key id="types" for="edge" attr.name="types" attr.type="string"/>\n';
  yield `  <graph id="sitrep" edgedefault="${g.directed ? 'directed' : 'undirected'}">\n`;
  for (const n of g.nodes) {
    yield `    <node id="${xmlText(n.id)}"><data key="label">${xmlText(n.label)}</data>${n.country ? `<data key="country">${xmlText(n.country)}</data>` : ''}<data key="kind">${n.kind}</data></node>\n`;
  }
  let i = 0;
  for (const e of g.edges) {
    yield `    <edge id="e${i++}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"><data key="events">${e.events}</data>${e.goldstein === null ? '' : `<data key="goldstein">${e.goldstein}</data>`}<data key="types">${xmlText(e.types)}</data></edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
