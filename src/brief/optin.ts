// Double opt-in: a new or returning address gets a mail with a signed link that expires; only the
// click confirms it. The mail says nothing about other subscribers and carries no briefing content.
import type { Db } from '../store/db.ts';
import type { BriefConfig } from './config.ts';
import { confirmUrl, CONFIRM_TTL_S } from './links.ts';
import type { Mailer } from './mailer.ts';
import { esc } from './render/html.ts';
import { markConfirmSent, upsertSubscriber, type Subscriber } from './subscribers.ts';

export function confirmationMessage(cfg: Pick<BriefConfig, 'baseUrl' | 'secret' | 'from' | 'title'>, s: Pick<Subscriber, 'id' | 'email'>, now = Date.now()) {
  const link = confirmUrl(cfg, s.id, s.email, now);
  const hours = CONFIRM_TTL_S / 3600;
  return {
    from: cfg.from,
    to: s.email,
    subject: `Confirm your subscription to ${cfg.title}`,
    text: `Someone, hopefully you, asked to receive ${cfg.title} at this address.\n\nTo confirm, open this link within ${hours} hours:\n${link}\n\nIf it was not you, ignore this mail: nothing will be sent without the confirmation.\n`,
    html: `<p>Someone, hopefully you, asked to receive <b>${esc(cfg.title)}</b> at this address.</p><p><a href="${esc(link)}">Confirm the subscription</a> (the link works for ${hours} hours).</p><p>If it was not you, ignore this mail: nothing will be sent without the confirmation.</p>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/** Records the request and mails the confirmation link (unless the address is already confirmed). */
export async function requestSubscription(db: Db, cfg: BriefConfig, mailer: Mailer, email: string, filters: unknown): Promise<Subscriber> {
  const s = await upsertSubscriber(db, email, filters);
  if (s.status === 'pending') {
    await mailer.send(confirmationMessage(cfg, s));
    await markConfirmSent(db, s.id);
  }
  return s;
}
