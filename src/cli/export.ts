// `sitrep export --format jsonl|csv|gdelt|geojson|graphml [--what events|actors|dyads|quotes]
// [--since --until] [--out FILE]`: the stored corpus for other tools. Copies of an article are
// not exported as events of their own; negated and hypothetical events are left out.
import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { InputError, isInputError, oneLine } from '../model/errors.ts';
import { exportData, FORMATS, WHATS, type Format, type What } from '../corpus/export/index.ts';
import { GDELT_COLUMNS } from '../corpus/export/formats.ts';
import { withDb, withDbOptions, type DbFlags } from './db-options.ts';
import { parseDayIf } from './flags.ts';

interface ExportFlags extends DbFlags { format: string; what?: string; since?: string; until?: string; out?: string }

function columnLines(): string {
  const lines: string[] = [];
  for (let i = 0; i < GDELT_COLUMNS.length; i += 5) lines.push(`           ${GDELT_COLUMNS.slice(i, i + 5).join(', ')}`);
  return lines.join('\n');
}

export function registerExport(program: Command): void {
  withDbOptions(program
    .command('export')
    .description('write stored events, actors, country pairs or quotes as JSONL, CSV, GDELT-style TSV, GeoJSON or GraphML')
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .option('--what <what>', `${WHATS.join(' | ')} (default: events)`)
    .option('--since <YYYY-MM-DD>', 'from this day (inclusive)')
    .option('--until <YYYY-MM-DD>', 'to this day (inclusive)')
    .option('--out <file>', 'write to this file (default: standard output)')
    .addHelpText('after', `
Formats:
  jsonl    one JSON object per record
  csv      RFC 4180, header line; text starting with = + - @ is prefixed with ' (spreadsheet safety)
  gdelt    events as tab-separated GDELT 1.0-style rows with a header line; columns:
${columnLines()}
  geojson  events that have coordinates, as a FeatureCollection of Points
  graphml  events/actors: directed actor -> target graph; dyads: undirected country graph
`)
    .action(async (flags: ExportFlags) => {
      const opts = {
        format: flags.format as Format, what: flags.what as What | undefined,
        since: parseDayIf('since', flags.since), until: parseDayIf('until', flags.until),
      };
      await withDb(flags, async (db) => {
        const out = flags.out ? createWriteStream(flags.out) : process.stdout;
        if (flags.out) {
          // Fail now, with the path, rather than after reading the store.
          await new Promise<void>((resolve, reject) => {
            out.once('open', () => resolve());
            out.once('error', (e: Error) => reject(new InputError(`${flags.out}: cannot write the export (${e.message})`, 1)));
          });
        }
        let r;
        try {
          r = await exportData(db, opts, out);
          if (flags.out) {
            out.end();
            await finished(out);
          }
        } catch (e) {
          if (!flags.out || isInputError(e)) throw e;
          throw new InputError(`${flags.out}: cannot write the export (${oneLine(e)})`, 1);
        }
        const skipped = r.skipped ? ` (${r.skipped} without coordinates left out)` : '';
        process.stderr.write(`exported ${r.records} ${r.format === 'graphml' ? 'edges' : r.what}${skipped}${flags.out ? ` to ${flags.out}` : ''}\n`);
      });
    }));
}
