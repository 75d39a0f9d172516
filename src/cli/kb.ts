// `sitrep kb search|show|import`: look the knowledge base up, and check a user file before use.
// User files extend or override the built-in KB through SITREP_KB or --kb; `import` validates one
// and writes it, normalised, to a CSV the user then points SITREP_KB at (nothing else is changed).
import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { InputError } from '../model/errors.ts';
import { parseDay, parseWholeNumber } from './flags.ts';
import { KB_COLUMNS, mergeEntry, rowToEntry, type KbEntry } from '../kb/entry.ts';
import { countryByCode } from '../kb/geo.ts';
import { entryOnDate, normaliseDate } from '../kb/resolve.ts';
import { kbEntry, kbByName, readKbRows, searchKb, setUserKbFiles } from '../kb/store.ts';

interface KbFlags { kb?: string[]; json?: boolean; date?: string; limit?: string }

function line(e: KbEntry, date: string | null): string {
  const at = entryOnDate(e, date);
  const role = at.role ? `${at.former ? 'former ' : ''}${at.role.title}` : '';
  return [e.id, e.type, e.name, at.country ?? '-', at.sector ?? '-', role].join('\t');
}

function csvCell(v: string | null): string {
  const s = v ?? '';
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function entriesToCsv(entries: KbEntry[]): string {
  const rows = [KB_COLUMNS.join(',')];
  for (const e of entries) {
    const base = [e.id, e.type, e.name, e.aliases.join('|'), e.country, e.sector];
    const roles = e.roles.length ? e.roles : [null];
    for (const r of roles) {
      rows.push([...base, r?.title ?? null, r?.start ?? null, r?.end ?? null, e.wikidata].map(csvCell).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

export function registerKb(program: Command): void {
  const kb = program.command('kb').description('the knowledge base of countries, organisations and office holders');
  const withKb = (c: Command) => c.option('--kb <file...>', 'extra knowledge base files (CSV/JSON) that add to or override the built-in one');

  withKb(kb.command('search')
    .description('entries whose name, alias, id or Wikidata id holds every word of the query')
    .argument('<query...>', 'words to look for')
    .option('--date <date>', 'show offices as of this date (default: latest known)')
    .option('--limit <n>', 'at most this many entries', '20')
    .option('--json', 'print entries as JSON lines'))
    .action((query: string[], flags: KbFlags) => {
      if (flags.kb?.length) setUserKbFiles(flags.kb);
      const limit = parseWholeNumber('limit', flags.limit ?? '20', 1, 100_000);
      if (flags.date !== undefined && /^\d{4}-\d{1,2}-\d{1,2}$/.test(flags.date.trim())) parseDay('date', flags.date.trim());
      const date = normaliseDate(flags.date);
      if (flags.date !== undefined && flags.date.trim() && !/^(today|now)$/i.test(flags.date.trim()) && date === null) {
        throw new InputError(`--date: expected a date such as 2023-09-11, got "${flags.date}"`);
      }
      const found = searchKb(query.join(' '), limit);
      if (!found.length) { process.stderr.write(`sitrep: no knowledge base entry matches "${query.join(' ')}"\n`); process.exitCode = 1; return; }
      for (const e of found) process.stdout.write(`${flags.json ? JSON.stringify(e) : line(e, date)}\n`);
    });

  withKb(kb.command('show')
    .description('one entry by id ("person:kim-jong-un", "org:kremlin", "country:PRK") or by exact name')
    .argument('<id-or-name...>', 'an id or a name')
    .option('--json', 'print the entry as JSON'))
    .action((idOrName: string[], flags: KbFlags) => {
      if (flags.kb?.length) setUserKbFiles(flags.kb);
      const q = idOrName.join(' ');
      const country = /^country:([A-Za-z]{3})$/.exec(q);
      if (country) {
        const c = countryByCode(country[1]);
        if (!c) throw new InputError(`${q}: no such country code`, 1);
        process.stdout.write(flags.json ? `${JSON.stringify(c)}\n`
          : `${c.iso3}\t${c.name}\nofficial: ${c.official}\nnames: ${c.names.join(', ')}\ndemonyms: ${c.demonyms.join(', ')}\ncapital: ${c.capitals.join(', ')}\n`);
        return;
      }
      const hits = kbEntry(q) ? [kbEntry(q)!] : kbByName(q);
      if (!hits.length) throw new InputError(`${q}: no knowledge base entry with this id or name (try: sitrep kb search ${q})`, 1);
      for (const e of hits) {
        if (flags.json) { process.stdout.write(`${JSON.stringify(e)}\n`); continue; }
        const out = [`${e.id}\t${e.type}\t${e.name}`];
        if (e.aliases.length) out.push(`aliases: ${e.aliases.join(', ')}`);
        out.push(`country: ${e.country ?? '-'}\tsector: ${e.sector ?? '-'}${e.wikidata ? `\twikidata: ${e.wikidata}` : ''}`);
        for (const r of e.roles) out.push(`role: ${r.title} (${r.country ?? '-'} ${r.sector ?? '-'}) ${r.start ?? '?'} – ${r.end ?? 'now'}`);
        out.push(`source: ${e.origin}`);
        process.stdout.write(`${out.join('\n')}\n`);
      }
    });

  kb.command('import')
    .description('check a CSV/JSON file of entries and write it as a normalised CSV to use with SITREP_KB or --kb')
    .argument('<file>', 'CSV (header: id,type,name,aliases,country,sector,role,start,end,wikidata) or JSON/JSONL entries')
    .requiredOption('-o, --out <file.csv>', 'where to write the normalised CSV')
    .option('--force', 'overwrite --out if it exists')
    .action((file: string, flags: { out: string; force?: boolean }) => {
      if (existsSync(flags.out) && !flags.force) throw new InputError(`${flags.out}: exists (use --force to overwrite)`);
      const rows = readKbRows(file);
      const entries = new Map<string, KbEntry>();
      rows.forEach((row, i) => {
        let e: KbEntry;
        try {
          e = rowToEntry(row, file);
        } catch (err) {
          throw new InputError(`${file}: entry ${i + 1}: ${(err as Error).message}`);
        }
        if (e.country && !countryByCode(e.country) && e.country !== 'XKX') {
          throw new InputError(`${file}: entry ${i + 1}: "${e.name}": unknown country code "${e.country}"`);
        }
        const have = entries.get(e.id);
        if (have) mergeEntry(have, e); else entries.set(e.id, e);
      });
      writeFileSync(flags.out, entriesToCsv([...entries.values()]));
      process.stdout.write(`${entries.size} entries from ${rows.length} rows written to ${flags.out}; use it with SITREP_KB=${flags.out} or --kb ${flags.out}\n`);
    });
}
