import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument, DomUtils } from 'htmlparser2';
import { exportData, type Format } from '../../src/corpus/export/index.ts';
import type { What } from '../../src/corpus/export/records.ts';
import { GDELT_COLUMNS, csvCell, xmlText } from '../../src/corpus/export/formats.ts';
import type { Db } from '../../src/store/db.ts';
import { sitrep } from '../helpers/cli.ts';
import { entity, event, ingest, stores, type Fixture } from './fixtures.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { clash, eventFixtures } from './events-fixtures.ts';

async function run(db: Db, format: Format, what?: What, range: { since?: string; until?: string } = {}): Promise<string> {
  let out = '';
  const sink = new Writable({ write(chunk, _enc, cb) { out += String(chunk); cb(); } });
  await exportData(db, { format, what, ...range }, sink);
  return out;
}

for (const b of stores) test(`each export format parses, with untrusted text escaped [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    for (const f of eventFixtures) await ingest(s.db, f);

    // JSONL: one object per counted event (the copy's two and the negated one left out).
    const lines = (await run(s.db, 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 6);
    assert.equal(lines[0].title, clash.title);

    // CSV: RFC 4180 round trip; a formula-looking cell is neutralised.
    const rows = parseCsv(await run(s.db, 'csv'), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 6);
    assert.equal(rows[0].title, clash.title);
    assert.ok(rows.some((r) => r.actor_name === '\'=HYPERLINK("http://evil.example")'));
    assert.equal(rows.find((r) => r.type === 'ASSAULT')?.goldstein, '-10');

    // GDELT 2.0 events: no header (as GDELT's files), one row per event, 61 columns each.
    const tsv = (await run(s.db, 'gdelt')).trim().split('\n').map((l) => l.split('\t'));
    assert.equal(tsv.length, 6);
    assert.ok(tsv.every((r) => r.length === 61));
    const col = (name: string) => GDELT_COLUMNS.indexOf(name);
    const threat = tsv.find((r) => r[col('EventCode')] === '138')!;
    assert.deepEqual([threat[col('SQLDATE')], threat[col('EventBaseCode')], threat[col('EventRootCode')], threat[col('QuadClass')], threat[col('GoldsteinScale')], threat[col('Actor1CountryCode')], threat[col('Actor1Code')]],
      ['20240305', '138', '13', '3', '-6', 'SWE', 'SWEGOV']);

    // GeoJSON: only the located event, as [lon, lat].
    const geo = JSON.parse(await run(s.db, 'geojson')) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, 1);
    assert.deepEqual(geo.features[0].geometry.coordinates, [10.9, 59.1]);
    assert.equal(geo.features[0].properties.title, clash.title);

    // GraphML: well-formed XML whose labels come back as written.
    const xml = await run(s.db, 'graphml', 'events');
    assert.ok(!xml.includes('="=HYPERLINK("http'), 'quotes in attribute values are escaped');
    const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
    const nodes = DomUtils.findAll((e) => e.name === 'node', doc.children);
    const edges = DomUtils.findAll((e) => e.name === 'edge', doc.children);
    const keyOf = (n: (typeof nodes)[number]) => DomUtils.textContent(DomUtils.findOne((d) => d.attribs.key === 'key', n.children)!);
    assert.deepEqual(nodes.map(keyOf).sort(), ['country:NOR', 'country:SWE']);
    assert.equal(edges.length, 2);
    const total = edges.reduce((t, e) => t + Number(DomUtils.textContent(DomUtils.findOne((d) => d.attribs.key === 'events', e.children)!)), 0);
    assert.equal(total, 6);
    const dyads = parseDocument(await run(s.db, 'graphml', 'dyads'), { xmlMode: true });
    assert.equal(DomUtils.findOne((e) => e.name === 'graph', dyads.children)?.attribs.edgedefault, 'undirected');
    const countryLabels = DomUtils.findAll((e) => e.name === 'data' && e.attribs.key === 'label', dyads.children).map((d) => DomUtils.textContent(d)).sort();
    assert.deepEqual(countryLabels, ['Norway', 'Sweden'], 'country nodes are labelled with the name, keyed by the code');

    // Actors, dyads and quotes as tables.
    const actors = (await run(s.db, 'jsonl', 'actors')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const nor = actors.find((a) => a.actor_key === 'country:NOR');
    assert.equal(nor?.articles, 4);
    assert.equal(Number(nor?.events_as_actor) + Number(nor?.events_as_target), 6);
    const dy = parseCsv(await run(s.db, 'csv', 'dyads'), { columns: true }) as Record<string, string>[];
    assert.deepEqual(dy.map((d) => [d.country_a, d.country_b, d.events, d.mean_goldstein]), [['NOR', 'SWE', '6', '-1.92']]);
    const quotes = (await run(s.db, 'jsonl', 'quotes')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(quotes.map((q) => q.speaker_key), ['person:halvard-strand']);

    // A range keeps the events counted inside it.
    const w11 = (await run(s.db, 'jsonl', 'events', { since: '2024-03-11', until: '2024-03-17' })).trim().split('\n');
    assert.equal(w11.length, 3);
  } finally {
    await s.done();
  }
});

test('escapers: CSV quoting and XML characters', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"\nthere'), '"say ""hi""\nthere"');
  assert.equal(csvCell('+1 555'), '\'+1 555');
  assert.equal(csvCell(-2.5), '-2.5');
  assert.equal(csvCell(null), '');
  assert.equal(xmlText('<a href="x">&\'</a>\u0001'), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
});

for (const b of stores) test(`sitrep export writes a file, and refuses a format it does not know [${b.name}]`, { skip: b.skip }, async () => {
  const s = await b.open();
  try {
    for (const f of eventFixtures) await ingest(s.db, f);
    const out = join(s.dir, 'events.csv');
    const ok = sitrep(['export', '--format', 'csv', '--db', s.location, '--out', out]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /exported 6 events/);
    assert.equal((parseCsv(readFileSync(out, 'utf8'), { columns: true }) as unknown[]).length, 6);

    const bad = sitrep(['export', '--format', 'xml', '--db', s.location]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^sitrep: --format: expected one of jsonl, csv, gdelt, geojson, graphml, got "xml"\n$/);
    const mismatch = sitrep(['export', '--format', 'geojson', '--what', 'quotes', '--db', s.location]);
    assert.equal(mismatch.status, 2);
    assert.match(mismatch.stderr, /geojson exports events only/);
    const unwritable = sitrep(['export', '--format', 'csv', '--db', s.location, '--out', join(s.dir, 'missing', 'x.csv')]);
    assert.equal(unwritable.status, 1);
    assert.match(unwritable.stderr, /^sitrep: .*missing\/x\.csv: cannot write the export \(ENOENT/);
    const date = sitrep(['export', '--format', 'csv', '--since', '2024-13-01', '--db', s.location]);
    assert.equal(date.status, 2);
    assert.match(date.stderr, /--since: expected a date/);
  } finally {
    await s.done();
  }
});

// ---- each format against its specification, read back with a real parser ----

const DANGER = ['=1+1', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR', '＝HYPERLINK("x")'];
const ACME = 'Acme & <Sons> "Ltd" \'s\u0001\u0007';
const hostile: Fixture = {
  url: 'https://news.example/hostile',
  title: 'Line\u2028separated\u2029title\u0085here, "quoted"',
  publisher: 'Test, "Wire"',
  published: '2024-02-29',
  text: 'Line separated title here, quoted\n\nOfficials in Oslo met traders on Thursday, and the talks went on until late.\n\nA second paragraph with, "commas" and quotes.',
  entities: [
    entity('E1', 'ORG', ACME, null, 'NOR', 'BUS'),
    entity('E2', 'PERSON', 'Ola Nordmann', null, 'NOR', 'GOV'),
  ],
  events: [
    event('CONSULT', ['E1', ACME, 'NOR'], ['E2', 'Ola Nordmann', 'NOR'], { sentence: { start: 35, end: 110 }, location: { name: 'Oslo', country: 'NOR', lat: 59.91273, lon: 10.74609 } }),
    event('ACCUSE', ['E2', 'Ola Nordmann', 'NOR'], ['E1', ACME, 'NOR'], { cameo: '1121', sentence: { start: 112, end: 150 }, location: { name: 'Nowhere', country: null, lat: 95, lon: 10 } }),
    event('AGREE', ['E1', ACME, 'NOR'], ['E2', 'Ola Nordmann', 'NOR'], { sentence: { start: 112, end: 150 }, location: { name: 'Edge', country: null, lat: 10, lon: 200 } }),
    ...DANGER.map((name, i) => event('SUPPORT', ['E2', name, 'NOR'], ['E1', ACME, 'NOR'], { cameo: '051', trigger: { start: 0, end: 4, text: DANGER[(i + 1) % DANGER.length] } })),
  ],
};

async function withHostile(fn: (db: Db) => Promise<void>): Promise<void> {
  const s = await stores[0].open();
  try {
    await ingest(s.db, hostile);
    await fn(s.db);
  } finally {
    await s.done();
  }
}

test('CSV: RFC 4180 records read back exactly; formula-looking cells get a leading apostrophe (OWASP)', () => withHostile(async (db) => {
  const text = await run(db, 'csv');
  assert.ok(text.endsWith('\r\n'));
  // Strict parsing: no relaxed quotes, no ragged rows; record delimiter CRLF only.
  const rows = parseCsv(text, { columns: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as Record<string, string>[];
  assert.equal(rows.length, 3 + DANGER.length);
  assert.equal(rows[0].title, hostile.title);
  assert.equal(rows[0].publisher, hostile.publisher);
  for (const d of DANGER) {
    assert.ok(rows.some((r) => r.actor_name === `'${d}`), `actor ${JSON.stringify(d)} neutralised`);
    assert.ok(rows.some((r) => r.trigger === `'${d}`), `trigger ${JSON.stringify(d)} neutralised`);
  }
  for (const r of rows) {
    for (const v of Object.values(r)) if (!/^-\d+(\.\d+)?$/.test(v)) assert.doesNotMatch(v, /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/, `cell ${JSON.stringify(v)}`);
  }
  // Numbers stay numbers, negative ones too.
  assert.ok(rows.every((r) => r.event_idx !== '' && /^\d+$/.test(r.event_idx)));
  assert.equal(csvCell(-2), '-2');
}));

// The GDELT 2.0 Event table's columns, in order, written out here independently of the code.
const GDELT2 = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate
  Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
  Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
  IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
  Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
  Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
  ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
  DATEADDED SOURCEURL`.split(/\s+/);

test('GDELT: the 2.0 event table\'s 61 columns in order, GDELT date forms, integer ids, no header', () => withHostile(async (db) => {
  assert.equal(GDELT2.length, 61);
  assert.deepEqual(GDELT_COLUMNS, GDELT2);
  const text = await run(db, 'gdelt');
  const rows = parseCsv(text, { delimiter: '\t', quote: false, relax_column_count: false }) as string[][];
  assert.equal(rows.length, hostile.events!.length, 'one row per event, no header line');
  const c = (r: string[], name: string) => r[GDELT2.indexOf(name)];
  const ids = rows.map((r) => c(r, 'GLOBALEVENTID'));
  assert.ok(ids.every((id) => /^\d+$/.test(id) && BigInt(id) < 2n ** 63n), 'GLOBALEVENTID fits a signed 64-bit integer');
  assert.equal(new Set(ids).size, ids.length);
  for (const r of rows) {
    assert.equal(r.length, 61);
    assert.deepEqual([c(r, 'SQLDATE'), c(r, 'MonthYear'), c(r, 'Year'), c(r, 'FractionDate')], ['20240229', '202402', '2024', '2024.1616']); // (30 + 29) / 365: GDELT counts months as 30 days
    assert.match(c(r, 'DATEADDED'), /^\d{14}$/);
    assert.equal(c(r, 'SOURCEURL'), hostile.url);
    assert.ok(c(r, 'EventCode').startsWith(c(r, 'EventBaseCode')) && c(r, 'EventBaseCode').startsWith(c(r, 'EventRootCode')));
    assert.match(c(r, 'EventBaseCode'), /^\d{3}$/);
    assert.match(c(r, 'EventRootCode'), /^\d{2}$/);
    assert.match(c(r, 'QuadClass'), /^[1-4]$/);
    assert.match(c(r, 'IsRootEvent'), /^[01]$/);
  }
  const [consult, accuse, agree] = rows;
  assert.deepEqual([c(consult, 'Actor1Code'), c(consult, 'Actor1Name'), c(consult, 'Actor1Type1Code'), c(consult, 'Actor2Code')], ['NORGOV', ACME, 'GOV', 'NORGOV']);
  assert.deepEqual([c(consult, 'EventCode'), c(consult, 'EventBaseCode'), c(consult, 'EventRootCode')], ['040', '040', '04'], 'a PLOVER-only event gets its root\'s level-1 code');
  assert.deepEqual([c(accuse, 'EventCode'), c(accuse, 'EventBaseCode'), c(accuse, 'EventRootCode')], ['1121', '112', '11']);
  assert.deepEqual([c(consult, 'IsRootEvent'), c(accuse, 'IsRootEvent')], ['1', '0'], 'lead paragraph after the headline line');
  assert.deepEqual([c(consult, 'ActionGeo_Type'), c(consult, 'ActionGeo_FullName'), c(consult, 'ActionGeo_Lat'), c(consult, 'ActionGeo_Long')], ['4', 'Oslo', '59.91273', '10.74609']);
  assert.equal(c(agree, 'ActionGeo_Lat'), '10');
}));

test('GeoJSON: RFC 7946 FeatureCollection of [longitude, latitude] points, invalid points left out', () => withHostile(async (db) => {
  const text = await run(db, 'geojson');
  assert.ok(!/[\u2028\u2029\u0085]/.test(text));
  const geo = JSON.parse(text) as { type: string; crs?: unknown; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.crs, undefined);
  assert.equal(geo.features.length, 1, 'latitude 95 and longitude 200 are not points');
  const [f] = geo.features;
  assert.equal(f.type, 'Feature');
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [10.74609, 59.91273] });
  assert.equal(f.properties.title, hostile.title);
  assert.equal(f.properties.actor, ACME);
  const s = new Writable({ write(_c, _e, cb) { cb(); } });
  assert.deepEqual(await exportData(db, { format: 'geojson' }, s), { format: 'geojson', what: 'events', records: 1, skipped: hostile.events!.length - 1 });
}));

test('GraphML: well-formed XML, declared keys, NMTOKEN ids, edges between declared nodes, text escaped', () => withHostile(async (db) => {
  const xml = await run(db, 'graphml', 'actors');
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name), parseTagValue: false })
    .parse(xml) as { graphml: { key: Record<string, string>[]; graph: { node: { id: string; data: { key: string; '#text'?: string }[] }[]; edge: { source: string; target: string; data: { key: string }[] }[] } } };
  const keys = new Map(doc.graphml.key.map((k) => [k.id, k]));
  for (const k of keys.values()) {
    assert.ok(['node', 'edge'].includes(k.for), `key ${k.id} for=`);
    assert.ok(['string', 'int', 'double'].includes(k['attr.type']), `key ${k.id} attr.type`);
  }
  const { node: nodes, edge: edges } = doc.graphml.graph;
  const ids = new Set(nodes.map((n) => n.id));
  assert.equal(ids.size, nodes.length, 'node ids unique');
  for (const id of ids) assert.match(id, /^[\p{L}\p{N}._:-]+$/u, 'an XML NMTOKEN');
  for (const n of nodes) for (const d of n.data) assert.equal(keys.get(d.key)?.for, 'node', `node data ${d.key} declared`);
  for (const e of edges) {
    assert.ok(ids.has(e.source) && ids.has(e.target), 'edge endpoints are nodes');
    for (const d of e.data) assert.equal(keys.get(d.key)?.for, 'edge', `edge data ${d.key} declared`);
  }
  const labels = nodes.map((n) => n.data.find((d) => d.key === 'label')?.['#text']);
  // Entities are decoded by the parser; the control characters XML cannot carry are dropped.
  const acme = labels.find((l) => l?.startsWith('Acme'));
  assert.equal(acme, ACME.replace(/[\u0001\u0007]/g, ''));
  assert.ok(nodes.some((n) => n.data.some((d) => d.key === 'key' && /^name:ola nordmann$/.test(d['#text'] ?? ''))), 'a key with a space is data, not an id');
}));

test('JSONL: one JSON object per line, U+2028/2029/0085 escaped so no reader splits a record', () => withHostile(async (db) => {
  for (const what of ['events', 'actors', 'quotes'] as const) {
    const text = await run(db, 'jsonl', what);
    assert.ok(!/[\u2028\u2029\u0085]/.test(text));
    const lines = text.split(/\r\n|[\n\r\u0085\u2028\u2029]/).filter(Boolean);
    for (const l of lines) assert.equal(typeof JSON.parse(l), 'object');
  }
  const events = (await run(db, 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(events.length, hostile.events!.length);
  assert.equal(events[0].title, hostile.title);
}));
