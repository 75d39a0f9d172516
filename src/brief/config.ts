// Settings of the briefing product: environment first, then <data dir>/brief.json, then defaults.
// The signing secret comes from SITREP_SECRET or <data dir>/secret, generated on first use.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../model/errors.ts';

const FileConfig = z
  .object({
    smtpUrl: z.string().optional(),
    from: z.string().optional(),
    baseUrl: z.string().optional(),
    timeZone: z.string().optional(),
    schedule: z.string().optional(),
    perSecond: z.number().positive().optional(),
    title: z.string().optional(),
  })
  .strict();

export interface BriefConfig {
  dataDir: string;
  /** nodemailer transport URL (smtp://user:pass@host:port), or null when mail is not set up. */
  smtpUrl: string | null;
  from: string;
  /** Public address of `sitrep serve`: every link in a mail starts with it. */
  baseUrl: string;
  timeZone: string;
  /** Cron pattern of the weekly briefing, read in timeZone. */
  schedule: string;
  /** Mails per second at most. */
  perSecond: number;
  title: string;
  secret: Buffer;
}

/** A briefing's name when the configuration gives none. */
export const DEFAULT_TITLE = 'Threat Status';

export function dataDir(explicit?: string): string {
  return resolve(explicit ?? process.env.SITREP_DATA_DIR ?? join(homedir(), '.sitrep'));
}

function readFileConfig(dir: string): z.infer<typeof FileConfig> {
  const path = process.env.SITREP_BRIEF_CONFIG ?? join(dir, 'brief.json');
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const r = FileConfig.safeParse(parsed);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new InputError(`${path}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}

/** The HMAC key: SITREP_SECRET, else <data dir>/secret, created (0600) when absent. */
export function loadSecret(dir: string): Buffer {
  const env = process.env.SITREP_SECRET;
  if (env) {
    if (env.length < 16) throw new InputError('SITREP_SECRET: use at least 16 characters');
    return Buffer.from(env, 'utf8');
  }
  const path = join(dir, 'secret');
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    try {
      // wx: two processes starting together must not overwrite each other's key.
      writeFileSync(path, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new InputError(`${path}: cannot create the secret (${(e as Error).message})`, 1);
    }
  }
  const s = readFileSync(path, 'utf8').trim();
  if (s.length < 16) throw new InputError(`${path}: the secret is too short; delete the file to generate a new one`);
  return Buffer.from(s, 'utf8');
}

function checkTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new InputError(`time zone "${tz}" is not known (use an IANA name such as Europe/Berlin)`);
  }
  return tz;
}

function checkBaseUrl(u: string): string {
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    throw new InputError(`base URL "${u}" is not a URL (set SITREP_BASE_URL or baseUrl in brief.json)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`base URL "${u}" must be http(s)`);
  return url.href.replace(/\/+$/, '');
}

export function loadConfig(opts: { dataDir?: string } = {}): BriefConfig {
  const dir = dataDir(opts.dataDir);
  const file = readFileConfig(dir);
  const env = process.env;
  const perSecond = env.SITREP_SMTP_PER_SECOND ? Number(env.SITREP_SMTP_PER_SECOND) : file.perSecond ?? 5;
  if (!Number.isFinite(perSecond) || perSecond <= 0) throw new InputError(`SITREP_SMTP_PER_SECOND: expected a positive number`);
  return {
    dataDir: dir,
    smtpUrl: env.SITREP_SMTP_URL ?? file.smtpUrl ?? null,
    from: env.SITREP_MAIL_FROM ?? file.from ?? 'sitrep <sitrep@localhost>',
    baseUrl: checkBaseUrl(env.SITREP_BASE_URL ?? file.baseUrl ?? 'http://127.0.0.1:8080'),
    timeZone: checkTimeZone(env.SITREP_TIME_ZONE ?? file.timeZone ?? 'UTC'),
    schedule: env.SITREP_BRIEF_SCHEDULE ?? file.schedule ?? '0 7 * * 3',
    perSecond,
    title: file.title ?? DEFAULT_TITLE,
    secret: loadSecret(dir),
  };
}
