// `sitrep resolve`: actor mentions -> the actor the knowledge base says they denote on a date.
// `--jsonl FILE|-` reads {id, text, context?, date?} lines and writes {id, name, kb, country, sector};
// a bad line gets {id, error} and the batch goes on. Without --jsonl the argument is one mention.
import type { Command } from 'commander';
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, oneLine } from '../model/errors.ts';
import { resolveActorDetail } from '../kb/resolve.ts';
import { setUserKbFiles } from '../kb/store.ts';

interface ResolveFlags { jsonl?: boolean; date?: string; context?: string; kb?: string[] }

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

export function resolveLine(line: string): Record<string, unknown> {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { id: null, error: 'a line must be a JSON object' };
  const r = o as Record<string, unknown>;
  const id = str(r.id);
  const text = str(r.text);
  if (text === null) return { id, error: 'line has no "text"' };
  try {
    const a = resolveActorDetail(text, { context: str(r.context), date: str(r.date) });
    return { id, name: a?.name ?? text, kb: a?.kb ?? null, country: a?.country ?? null, sector: a?.sector ?? null, role: a?.role ?? null };
  } catch (e) {
    return { id, error: oneLine(e) };
  }
}

export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description('resolve actor mentions ("Armenian Prime Minister Nikol Pashinyan") to name, kb id, country and sector')
    .argument('<input>', 'a mention, or with --jsonl a JSONL file of {id, text, context?, date?} (- for stdin)')
    .option('--jsonl', 'batch: read JSON lines and write one resolution per line')
    .option('--date <date>', 'the date the mention is from (office holders change)')
    .option('--context <text>', 'words around the mention that help (a country, a topic)')
    .option('--kb <file...>', 'extra knowledge base files (CSV/JSON) that add to or override the built-in one')
    .action(async (input: string, flags: ResolveFlags) => {
      if (flags.kb?.length) setUserKbFiles(flags.kb);
      if (!flags.jsonl) {
        const a = resolveActorDetail(input, { context: flags.context ?? null, date: flags.date ?? null });
        if (!a) throw new InputError('resolve: the mention is empty');
        process.stdout.write(`${JSON.stringify({ name: a.name, kb: a.kb, country: a.country, sector: a.sector, role: a.role })}\n`);
        return;
      }
      if (input !== '-') {
        let isDir = false;
        try {
          isDir = statSync(input).isDirectory();
        } catch {
          throw new InputError(`${input}: no such file`);
        }
        if (isDir) throw new InputError(`${input}: is a directory, not a JSONL file`);
      }
      const rl = createInterface({ input: input === '-' ? process.stdin : createReadStream(input, 'utf8'), crlfDelay: Infinity });
      for await (const line of rl) {
        if (!line.trim()) continue;
        process.stdout.write(`${JSON.stringify(resolveLine(line))}\n`);
      }
    });
}
