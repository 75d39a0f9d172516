// The command line: parse flags, call the modules, print. Each command lives in its own file.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isInputError, oneLine } from '../model/errors.ts';

type Register = (program: Command) => void;

// One line per command. Only the command being run is loaded: their modules pull in fastify, pg,
// wink's model ... and a CLI that loads them all starts slowly. `--help` loads them all.
const COMMANDS: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import('./analyze.ts')).registerAnalyze,
  schema: async () => (await import('./schema.ts')).registerSchema,
  brief: async () => (await import('./brief.ts')).registerBrief,
  subscribers: async () => (await import('./subscribers.ts')).registerSubscribers,
  watchlists: async () => (await import('./watchlists.ts')).registerWatchlists,
  resolve: async () => (await import('./resolve.ts')).registerResolve,
  kb: async () => (await import('./kb.ts')).registerKb,
  ingest: async () => (await import('./ingest.ts')).registerIngest,
  feeds: async () => (await import('./feeds.ts')).registerFeeds,
  watch: async () => (await import('./watch.ts')).registerWatch,
  search: async () => (await import('./search.ts')).registerSearch,
  worker: async () => (await import('./worker.ts')).registerWorker,
  extract: async () => (await import('./extract.ts')).registerExtract,
  serve: async () => (await import('./serve.ts')).registerServe,
  export: async () => (await import('./export.ts')).registerExport,
};

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('sitrep')
    .description('News intelligence: who said and did what to whom, where and when')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const first = argv.slice(2).find((a) => !a.startsWith('-'));
  const versionOnly = !first && argv.slice(2).some((a) => a === '--version' || a === '-V');
  const names = first && first in COMMANDS ? [first] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const name of names) (await COMMANDS[name]())(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    // The reader of our output went away (`sitrep export ... | head`): stop quietly, as Unix tools do.
    if ((e as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    if (isInputError(e)) {
      process.stderr.write(`sitrep: ${oneLine(e)}\n`);
      return e.exitCode;
    }
    process.stderr.write(`sitrep: internal error: ${oneLine(e)}\n`);
    if (process.env.SITREP_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}

// A write to a closed pipe fails on the stream too; without a listener that would be a crash with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.stderr.write(`sitrep: cannot write the output: ${oneLine(e)}\n`);
});
process.exitCode = await main(process.argv);
