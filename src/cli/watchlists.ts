// sitrep watchlists add|list|remove: what to be alerted about between briefings.
import type { Command } from 'commander';
import { InputError } from '../model/errors.ts';
import { EventStatus } from '../model/analysis.ts';
import { openStore } from './db-options.ts';
import { parseCountries, parseEventTypes, plainNumber } from './flags.ts';
import { addWatchlist, listWatchlists, removeWatchlist } from '../brief/watchlists.ts';
import { configFor } from './config.ts';
import { webhookKey } from '../brief/webhook.ts';
import { csv } from './subscribers.ts';

interface StoreFlags { db?: string; dataDir?: string }

function pairs(v: string | undefined): [string, string][] | undefined {
  return csv(v)?.map((p) => {
    const m = /^([A-Za-z]{3})[-:/]([A-Za-z]{3})$/.exec(p);
    if (!m) throw new InputError(`--pairs: expected country pairs such as USA-RUS, got "${p}"`);
    const [a, b] = parseCountries('pairs', [m[1], m[2]]);
    return [a, b];
  });
}

export function registerWatchlists(program: Command): void {
  const cmd = program.command('watchlists').description('watchlists: alerts by mail and webhook as matching articles arrive');
  cmd
    .command('add')
    .description('add a watchlist (criteria families combine with AND, values within one with OR)')
    .argument('<name>')
    .option('--actors <names,...>', 'actors, e.g. "Kim Jong-un,Vladimir Putin"')
    .option('--countries <ISO3,...>', 'countries, e.g. PRK,RUS')
    .option('--pairs <A-B,...>', 'country pairs of events, e.g. PRK-RUS,USA-CHN')
    .option('--event-types <TYPES,...>', 'PLOVER event types, e.g. ASSAULT,THREATEN')
    .option('--statuses <statuses,...>', 'event statuses: actual, planned, threatened, reported ...')
    .option('--keywords <words,...>', 'words or phrases the triggering sentence contains')
    .option('--min-severity <0-10>', 'events at least this violent (Goldstein conflict scale)')
    .option('--email <address>', 'mail alerts here')
    .option('--webhook <url>', 'POST alerts here as JSON signed with HMAC-SHA256 (X-Sitrep-Signature)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .option('--data-dir <dir>', 'data directory')
    .action(async (name: string, f: StoreFlags & Record<string, string | undefined>) => {
      let minSeverity: number | null = null;
      if (f.minSeverity !== undefined) {
        minSeverity = plainNumber(f.minSeverity);
        if (!Number.isFinite(minSeverity) || minSeverity < 0 || minSeverity > 10) throw new InputError(`--min-severity: expected 0 to 10, got "${f.minSeverity}"`);
      }
      const spec = {
        actors: csv(f.actors) ?? [],
        countries: parseCountries('countries', csv(f.countries) ?? []),
        pairs: pairs(f.pairs) ?? [],
        eventTypes: parseEventTypes('event-types', csv(f.eventTypes) ?? []),
        statuses: (csv(f.statuses) ?? []).map((c) => {
          const st = c.toLowerCase();
          if (!EventStatus.safeParse(st).success) throw new InputError(`--statuses: "${c}" is not an event status (${EventStatus.options.join(', ')})`);
          return st;
        }),
        keywords: csv(f.keywords) ?? [],
        minSeverity,
      };
      const db = await openStore(f);
      try {
        const w = await addWatchlist(db, { name, spec, email: f.email, webhookUrl: f.webhook });
        process.stdout.write(`${w.name}: added (${w.id})${w.email ? `, mail to ${w.email}` : ''}${w.webhookUrl ? `, webhook ${w.webhookUrl}` : ''}\n`);
        if (w.webhookUrl) {
          const key = webhookKey(configFor(f.dataDir).secret, w.id);
          process.stdout.write(`webhook signing key (HMAC-SHA256 of "<X-Sitrep-Timestamp>.<body>", sent as X-Sitrep-Signature: sha256=<hex>): ${key}\n`);
        }
      } finally {
        await db.close();
      }
    });
  cmd
    .command('list')
    .description('list watchlists')
    .option('--json', 'JSON lines')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .option('--data-dir <dir>', 'data directory')
    .action(async (f: StoreFlags & { json?: boolean }) => {
      const db = await openStore(f, { existing: f.db !== undefined });
      try {
        for (const w of await listWatchlists(db)) {
          if (f.json) process.stdout.write(`${JSON.stringify(w.webhookUrl ? { ...w, webhookKey: webhookKey(configFor(f.dataDir).secret, w.id) } : w)}\n`);
          else {
            const s = w.spec;
            const bits = [
              s.actors.length && `actors ${s.actors.join(', ')}`,
              s.countries.length && `countries ${s.countries.join(',')}`,
              s.pairs.length && `pairs ${s.pairs.map((p) => p.join('-')).join(',')}`,
              s.eventTypes.length && `types ${s.eventTypes.join(',')}`,
              s.statuses.length && `statuses ${s.statuses.join(',')}`,
              s.keywords.length && `keywords ${s.keywords.join(', ')}`,
              s.minSeverity !== null && `severity >= ${s.minSeverity}`,
            ].filter(Boolean);
            process.stdout.write(`${w.name}\t${bits.join('; ')}\t${[w.email, w.webhookUrl].filter(Boolean).join(' ') || '(no alert target)'}\n`);
          }
        }
      } finally {
        await db.close();
      }
    });
  cmd
    .command('remove')
    .description('remove a watchlist by name or id')
    .argument('<name>')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .option('--data-dir <dir>', 'data directory')
    .action(async (name: string, f: StoreFlags) => {
      const db = await openStore(f, { existing: f.db !== undefined });
      try {
        if (!(await removeWatchlist(db, name))) throw new InputError(`watchlist "${name}" does not exist`);
        process.stdout.write(`${name}: removed\n`);
      } finally {
        await db.close();
      }
    });
}
