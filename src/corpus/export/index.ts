// `sitrep export`: the corpus as files other tools read (JSON lines, CSV, GDELT-style TSV,
// GeoJSON, GraphML), for events, actors, country pairs or quotes in a date range.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Db } from '../../store/db.ts';
import { InputError } from '../../model/errors.ts';
import type { Range } from '../events.ts';
import { gdeltExtras, loadTable, type What } from './records.ts';
import { csv, gdelt, geojson, graph, graphml, hasPoint, jsonl, FORMATS, type Format } from './formats.ts';

export const WHATS: What[] = ['events', 'actors', 'dyads', 'quotes'];
export { FORMATS, type Format, type What };

export interface ExportOptions extends Range { format: Format; what?: What }
export interface ExportResult { format: Format; what: What; records: number; skipped: number }

/** Refuses combinations a format cannot carry, with a message naming the flags. */
export function checkOptions(o: ExportOptions): What {
  if (!FORMATS.includes(o.format)) throw new InputError(`--format: expected one of ${FORMATS.join(', ')}, got "${o.format}"`);
  const what = o.what ?? 'events';
  if (!WHATS.includes(what)) throw new InputError(`--what: expected one of ${WHATS.join(', ')}, got "${what}"`);
  if ((o.format === 'gdelt' || o.format === 'geojson') && what !== 'events') {
    throw new InputError(`--format ${o.format} exports events only (got --what ${what}); use jsonl or csv for ${what}`);
  }
  if (o.format === 'graphml' && what === 'quotes') throw new InputError('--format graphml exports events, actors or dyads as a graph, not quotes');
  if (o.since && o.until && o.since > o.until) throw new InputError(`--since ${o.since} is after --until ${o.until}`);
  return what;
}

async function pipe(pieces: Iterable<string>, out: Writable): Promise<void> {
  for (const p of pieces) {
    // A stream that failed (a full disk) never drains: stop with its error rather than wait.
    if (out.errored) throw out.errored;
    if (!out.write(p)) await once(out, 'drain');
  }
  if (out.errored) throw out.errored;
}

export async function exportData(db: Db, o: ExportOptions, out: Writable): Promise<ExportResult> {
  const what = checkOptions(o);
  const { table, events } = await loadTable(db, what, { since: o.since, until: o.until });
  let records = table.rows.length;
  let skipped = 0;
  switch (o.format) {
    case 'jsonl': await pipe(jsonl(table), out); break;
    case 'csv': await pipe(csv(table), out); break;
    case 'gdelt': await pipe(gdelt(events, await gdeltExtras(db, events)), out); break;
    case 'geojson': {
      const located = events.filter(hasPoint);
      skipped = events.length - located.length;
      records = located.length;
      await pipe(geojson(located), out);
      break;
    }
    case 'graphml': {
      const g = graph(events, what === 'dyads');
      records = g.edges.length;
      await pipe(graphml(g), out);
      break;
    }
  }
  return { format: o.format, what, records, skipped };
}
