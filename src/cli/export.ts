// `sitrep export --format jsonl|csv|gdelt|geojson|graphml [--what events|actors|dyads|quotes]
// [--since --until] [--out FILE]`: the stored corpus for other tools. Copies of an article are
// not exported as events of their own; negated and hypothetical events are left out.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { InputError, isInputError, oneLine } from '../model/errors.ts';
import { checkOptions, exportData, FORMATS, WHATS, type ExportResult, type Format, type What } from '../corpus/export/index.ts';
import { writeFileAtomically } from '../corpus/export/file.ts';
import { isPostgresUrl, resolveLocation } from '../store/open.ts';
import { GDELT_COLUMNS } from '../corpus/export/formats.ts';
import { locationOf, withDb, withDbOptions, type DbFlags } from './db-options.ts';
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
    .description('write stored events, actors, country pairs or quotes as JSONL, CSV, GDELT 2.0 events, GeoJSON or GraphML')
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .option('--what <what>', `${WHATS.join(' | ')} (default: events)`)
    .option('--since <YYYY-MM-DD>', 'from this day (inclusive)')
    .option('--until <YYYY-MM-DD>', 'to this day (inclusive)')
    .option('--out <file>', 'write to this file (default, or "-": standard output)')
    .addHelpText('after', `
Formats:
  jsonl    one JSON object per line (U+2028/2029 escaped)
  csv      RFC 4180 (CRLF, header record); text starting with = + - @, tab or CR is prefixed
           with ' so that spreadsheets do not run it as a formula (OWASP, CSV injection)
  gdelt    events as GDELT 2.0 event table rows: tab-separated, no header line, 61 columns:
${columnLines()}
           (empty: known group, ethnic, religion, Type2/3, AvgTone, actor places, ADM codes,
           FeatureID; ActionGeo_CountryCode is ISO 3166 alpha-3, not FIPS 10-4; how each
           column is filled: src/corpus/export/formats.ts)
  geojson  events with a valid point, as an RFC 7946 FeatureCollection ([longitude, latitude])
  graphml  events/actors: directed actor -> target graph; dyads: undirected country graph
           (node ids n0, n1, ...; the actor key or country code is the node's "key" data)

With --out the export is written to a temporary file beside it and renamed into place when
complete: a failed export leaves any previous file untouched. The store must exist (see ingest).
`)
    .action(async (flags: ExportFlags) => {
      const opts = {
        format: flags.format as Format, what: flags.what as What | undefined,
        since: parseDayIf('since', flags.since), until: parseDayIf('until', flags.until),
      };
      // Bad options fail before the store or the output file is touched.
      checkOptions(opts);
      if (flags.out !== undefined && !flags.out.trim()) throw new InputError('--out: expected a file, got ""');
      if (flags.out === '-') flags.out = undefined; // "-": standard output, as elsewhere in the CLI
      const store = resolveLocation(locationOf(flags));
      if (flags.out && !isPostgresUrl(store) && [store, `${store}-wal`, `${store}-shm`].map((f) => resolve(f)).includes(resolve(flags.out))) {
        throw new InputError(`--out ${flags.out} is the store itself; choose another file`);
      }
      await withDb(flags, async (db) => {
        let r: ExportResult;
        if (!flags.out) {
          try {
            r = await exportData(db, opts, process.stdout);
          } catch (e) {
            // Standard output failed (a full disk): main's listener on stdout has said so in one
            // line already. A closed pipe (EPIPE) is left to main, which stops quietly.
            const err = e as NodeJS.ErrnoException;
            if (err.syscall !== 'write' || err.code === 'EPIPE') throw e;
            process.exitCode = 1;
            return;
          }
        } else {
          try {
            // To a temporary file renamed into place at the end: a failed export leaves no partial
            // file, and any previous file at the path stays as it was.
            r = await writeFileAtomically(flags.out, (out) => exportData(db, opts, out));
          } catch (e) {
            // A file system error (open, write, rename: it has a syscall) names the file; others pass.
            if (isInputError(e) || !(e as NodeJS.ErrnoException).syscall) throw e;
            throw new InputError(`${flags.out}: cannot write the export (${oneLine(e)})`, 1);
          }
        }
        const skipped = r.skipped ? ` (${r.skipped} without coordinates left out)` : '';
        process.stderr.write(`exported ${r.records} ${r.format === 'graphml' ? 'edges' : r.what}${skipped}${flags.out ? ` to ${flags.out}` : ''}\n`);
      }, { existing: true });
    }));
}
