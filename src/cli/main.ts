// The command line: parse flags, call the modules, print. Each command lives in its own file.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isInputError, oneLine } from '../model/errors.ts';
import { registerAnalyze } from './analyze.ts';
import { registerSchema } from './schema.ts';
import { registerBrief } from './brief.ts';
import { registerSubscribers } from './subscribers.ts';
import { registerWatchlists } from './watchlists.ts';
import { registerResolve } from './resolve.ts';
import { registerIngest } from './ingest.ts';
import { registerExtract } from './extract.ts';
import { registerServe } from './serve.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description('News intelligence: who said and did what to whom, where and when')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAnalyze(program);
  registerSchema(program);
  registerBrief(program);
  registerSubscribers(program);
  registerWatchlists(program);
  registerResolve(program);
  registerIngest(program);
  registerExtract(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isInputError(e)) {
      process.stderr.write(`sitrep: ${oneLine(e)}\n`);
      return e.exitCode;
    }
    process.stderr.write(`sitrep: internal error: ${oneLine(e)}\n`);
    if (process.env.SITREP_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
