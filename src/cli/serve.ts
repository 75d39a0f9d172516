// `sitrep serve`: the web application and JSON API on the store (SQLite in the data dir by default).
import type { Command } from 'commander';
import { resolve, join } from 'node:path';
import { homedir } from 'node:os';
import { withDbOptions, openStore, type DbFlags } from './db-options.ts';
import { InputError } from '../model/errors.ts';
import { parseWholeNumber } from './flags.ts';
import { resolveApiToken } from '../web/token.ts';
import { buildServer } from '../web/server.ts';
import { webPlugins } from '../web/plugins.ts';
import { startBriefSchedule } from '../brief/schedule.ts';

interface ServeFlags extends DbFlags { port: string; host: string; quiet?: boolean }

export function parsePort(v: string): number {
  return parseWholeNumber('port', v, 0, 65535);
}

export function registerServe(program: Command): void {
  withDbOptions(program
    .command('serve')
    .description('serve the web application and the JSON API (OpenAPI at /api/docs)')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('-q, --quiet', 'log errors only'))
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const dataDir = resolve(flags.dataDir ?? process.env.SITREP_DATA_DIR ?? join(homedir(), '.sitrep'));
      const token = resolveApiToken(dataDir);
      const db = await openStore(flags);
      const app = await buildServer({
        db, apiToken: token.token, plugins: await webPlugins({ dataDir }),
        logger: { level: flags.quiet ? 'error' : 'info' },
        // Seconds aggregate numbers (dashboard, facets) may be reused for; 0 turns the cache off.
        cacheSeconds: process.env.SITREP_WEB_CACHE_SECONDS ? Number(process.env.SITREP_WEB_CACHE_SECONDS) : undefined,
      });
      try {
        await app.listen({ port, host: flags.host });
      } catch (e) {
        await app.close();
        await db.close();
        throw new InputError(`cannot listen on ${flags.host}:${port} (${(e as Error).message})`, 1);
      }
      // The briefing schedule starts only once the server is up: a serve that fails archives and mails nothing.
      const brief = startBriefSchedule(db, { dataDir });
      const stop = async (): Promise<void> => {
        await brief.stop();
        await app.close();
        await db.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      const addr = app.server.address();
      const where = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : String(addr);
      process.stderr.write(`sitrep: serving ${db.location} at ${where}\n`);
      process.stderr.write(token.source === 'env' ? 'sitrep: write endpoints take the token in SITREP_API_TOKEN\n' : `sitrep: write endpoints take the token in ${token.path}\n`);
      await new Promise<void>((r) => app.server.once('close', () => r()));
    });
}
