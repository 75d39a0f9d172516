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
import { ingest, stores } from './fixtures.ts';
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

    // GDELT-style TSV: header plus one row per event, every row the same width.
    const tsv = (await run(s.db, 'gdelt')).trim().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(tsv[0], GDELT_COLUMNS);
    assert.equal(tsv.length, 7);
    assert.ok(tsv.every((r) => r.length === GDELT_COLUMNS.length));
    const col = (name: string) => GDELT_COLUMNS.indexOf(name);
    const threat = tsv.find((r) => r[col('PLOVERType')] === 'THREATEN')!;
    assert.deepEqual([threat[col('SQLDATE')], threat[col('EventCode')], threat[col('EventRootCode')], threat[col('QuadClass')], threat[col('GoldsteinScale')], threat[col('Actor1CountryCode')]],
      ['20240305', '138', '13', '3', '-6', 'SWE']);

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
    assert.deepEqual(nodes.map((n) => n.attribs.id).sort(), ['country:NOR', 'country:SWE']);
    assert.equal(edges.length, 2);
    const total = edges.reduce((t, e) => t + Number(DomUtils.textContent(DomUtils.findOne((d) => d.attribs.key === 'events', e.children)!)), 0);
    assert.equal(total, 6);
    const dyads = parseDocument(await run(s.db, 'graphml', 'dyads'), { xmlMode: true });
    assert.equal(DomUtils.findOne((e) => e.name === 'graph', dyads.children)?.attribs.edgedefault, 'undirected');

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
