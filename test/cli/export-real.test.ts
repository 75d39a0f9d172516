// Real articles (PolNeAR, from ../shared) through ingest and every export format, each read back
// with a parser for its format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { sitrep, noShared, SHARED } from '../helpers/cli.ts';
import { Writable } from 'node:stream';
import { GDELT_COLUMNS } from '../../src/corpus/export/formats.ts';
import { exportData, type Format, type What } from '../../src/corpus/export/index.ts';
import { openDb } from '../../src/store/open.ts';
import { tempDir } from '../helpers/tmp.ts';

test('PolNeAR articles export in every format, each readable by its parser', { skip: noShared }, async () => {
  const dir = tempDir('sitrep-export-real-');
  const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 40);
  writeFileSync(join(dir, 'articles.jsonl'), `${lines.join('\n')}\n`);
  const db = join(dir, 'p.db');
  const ing = sitrep(['ingest', join(dir, 'articles.jsonl'), '--db', db, '--threads', '0', '-q']);
  assert.equal(ing.status, 0, ing.stderr);
  const store = await openDb({ db });
  const out = async (format: Format, what: What = 'events') => {
    let text = '';
    await exportData(store, { format, what }, new Writable({ write(c, _e, cb) { text += String(c); cb(); } }));
    return text;
  };
  try {
    const events = (await out('jsonl')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(events.length > 50, `${events.length} events`);
    for (const what of ['events', 'quotes', 'actors', 'dyads'] as const) {
      const rows = parseCsv(await out('csv', what), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
      for (const r of rows) for (const v of Object.values(r)) if (!/^-\d/.test(v)) assert.doesNotMatch(v, /^[=+\-@\t\r]/);
    }
    const gdelt = parseCsv(await out('gdelt'), { delimiter: '\t', quote: false }) as string[][];
    assert.equal(gdelt.length, events.length);
    assert.ok(gdelt.every((r) => r.length === GDELT_COLUMNS.length && /^\d{8}$/.test(r[1]) && /^\d{14}$/.test(r[59])));
    const geo = JSON.parse(await out('geojson')) as { features: { geometry: { coordinates: [number, number] } }[] };
    for (const f of geo.features) {
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
    }
    for (const what of ['events', 'dyads'] as const) assert.equal(XMLValidator.validate(await out('graphml', what)), true);
  } finally {
    await store.close();
  }
});
