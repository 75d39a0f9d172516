// SMTP through nodemailer: one transport per run, a minimum gap between mails, and retries with
// exponential backoff for what may pass on a second try (4xx replies, dropped connections).
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { InputError } from '../model/errors.ts';

export type Message = Mail.Options;

export interface Mailer {
  send(msg: Message): Promise<{ messageId: string; response: string }>;
  close(): void;
}

export function createMailer(smtpUrl: string | null): Mailer {
  if (!smtpUrl) throw new InputError('mail is not set up: set SITREP_SMTP_URL (smtp://user:pass@host:587) or smtpUrl in <data dir>/brief.json', 2);
  let transport: Transporter<SMTPTransport.SentMessageInfo>;
  try {
    const u = new URL(smtpUrl);
    if (!/^smtps?:$/.test(u.protocol)) throw new Error('expected smtp:// or smtps://');
    transport = nodemailer.createTransport(smtpUrl);
  } catch (e) {
    throw new InputError(`SMTP URL: ${(e as Error).message}`);
  }
  return {
    async send(msg) {
      const info = await transport.sendMail(msg);
      return { messageId: info.messageId, response: info.response };
    },
    close() {
      transport.close();
    },
  };
}

/** 5xx replies are final (bad address, policy); everything else may work later. */
export function isPermanent(e: unknown): boolean {
  const code = (e as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}
export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 };

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function backoff(attempt: number, o: RetryOptions): number {
  // Full jitter keeps many senders from retrying in step.
  const cap = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(cap / 2 + (Math.random() * cap) / 2);
}

/** Runs fn until it succeeds, fails permanently or runs out of attempts; onRetry sees each failure. */
export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions, permanent: (e: unknown) => boolean, onRetry?: (attempt: number, e: unknown) => Promise<void> | void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (permanent(e) || attempt >= o.attempts) throw e;
      await onRetry?.(attempt, e);
      await sleep(backoff(attempt, o));
    }
  }
}

/** At most `perSecond` calls per second from this process. */
export class RateLimiter {
  private next = 0;
  constructor(private readonly perSecond: number) {}
  async wait(): Promise<void> {
    const gap = 1000 / this.perSecond;
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + gap;
    if (at > now) await sleep(at - now);
  }
}

/** The domain of the From address, for Message-IDs. */
export function fromDomain(from: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return m ? m[1] : 'localhost';
}
