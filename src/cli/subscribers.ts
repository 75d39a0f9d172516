// sitrep subscribers add|remove|list: the operator's side of the subscriber list.
import type { Command } from 'commander';
import { InputError } from '../model/errors.ts';
import { openStore } from './db-options.ts';
import { parseCountries, parseEventTypes } from './flags.ts';
import { configFor } from './config.ts';
import { confirmUrl } from '../brief/links.ts';
import { createMailer } from '../brief/mailer.ts';
import { requestSubscription } from '../brief/optin.ts';
import { listSubscribers, removeSubscriber, upsertSubscriber, type SubscriberStatus } from '../brief/subscribers.ts';

interface StoreFlags { db?: string; dataDir?: string }

export function csv(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function storeOptions(c: Command): Command {
  return c
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: SITREP_DB or <data dir>/sitrep.db)')
    .option('--data-dir <dir>', 'data directory (default: SITREP_DATA_DIR or ~/.sitrep)');
}

export function registerSubscribers(program: Command): void {
  const cmd = program.command('subscribers').description('who receives the weekly briefing (double opt-in)');

  storeOptions(
    cmd
      .command('add')
      .description('subscribe an address: mails a confirmation link (or prints it when mail is not set up)')
      .argument('<email>')
      .option('--countries <ISO3,...>', 'only stories involving these countries, e.g. PRK,RUS')
      .option('--actors <names,...>', 'only stories involving these actors')
      .option('--event-types <TYPES,...>', 'only stories with these PLOVER event types, e.g. ASSAULT,THREATEN')
      .option('--confirmed', 'skip the opt-in mail: the address owner has agreed in another way'),
  ).action(async (email: string, f: StoreFlags & { countries?: string; actors?: string; eventTypes?: string; confirmed?: boolean }) => {
    const countries = csv(f.countries);
    const eventTypes = csv(f.eventTypes);
    const filters = {
      countries: countries && parseCountries('countries', countries), actors: csv(f.actors),
      eventTypes: eventTypes && parseEventTypes('event-types', eventTypes),
    };
    const cfg = configFor(f.dataDir);
    const db = await openStore(f);
    try {
      if (f.confirmed) {
        const s = await upsertSubscriber(db, email, filters, { confirmed: true });
        process.stdout.write(`${s.email}: ${s.status}\n`);
      } else if (cfg.smtpUrl) {
        const mailer = createMailer(cfg.smtpUrl);
        try {
          const s = await requestSubscription(db, cfg, mailer, email, filters);
          process.stdout.write(s.status === 'pending' ? `${s.email}: pending, confirmation mail sent\n` : `${s.email}: ${s.status}\n`);
        } finally {
          mailer.close();
        }
      } else {
        const s = await upsertSubscriber(db, email, filters);
        process.stdout.write(s.status === 'pending' ? `${s.email}: pending; mail is not set up (SITREP_SMTP_URL), send this confirmation link yourself:\n${confirmUrl(cfg, s.id, s.email)}\n` : `${s.email}: ${s.status}\n`);
      }
    } finally {
      await db.close();
    }
  });

  storeOptions(cmd.command('remove').description('delete an address and its delivery log').argument('<email>')).action(async (email: string, f: StoreFlags) => {
    const db = await openStore(f, { existing: f.db !== undefined });
    try {
      if (!(await removeSubscriber(db, email))) throw new InputError(`${email}: not a subscriber`);
      process.stdout.write(`${email.trim().toLowerCase()}: removed\n`);
    } finally {
      await db.close();
    }
  });

  storeOptions(cmd.command('list').description('list subscribers').option('--status <status>', 'pending, confirmed or unsubscribed').option('--json', 'JSON lines')).action(
    async (f: StoreFlags & { status?: string; json?: boolean }) => {
      if (f.status && !['pending', 'confirmed', 'unsubscribed'].includes(f.status)) throw new InputError(`--status: expected pending, confirmed or unsubscribed, got "${f.status}"`);
      const db = await openStore(f, { existing: f.db !== undefined });
      try {
        for (const s of await listSubscribers(db, f.status as SubscriberStatus | undefined)) {
          if (f.json) process.stdout.write(`${JSON.stringify(s)}\n`);
          else {
            const fl = [s.filters.countries?.join(','), s.filters.actors?.join(','), s.filters.eventTypes?.join(',')].map((x) => x ?? '-').join(' | ');
            process.stdout.write(`${s.email}\t${s.status}\t${fl}\n`);
          }
        }
      } finally {
        await db.close();
      }
    },
  );
}
