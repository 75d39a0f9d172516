// The signed links mails carry.
import type { BriefConfig } from './config.ts';
import { signToken } from './sign.ts';

export const CONFIRM_TTL_S = 48 * 3600;

export function confirmUrl(cfg: Pick<BriefConfig, 'baseUrl' | 'secret'>, id: string, email: string, now = Date.now()): string {
  return `${cfg.baseUrl}/confirm?t=${signToken(cfg.secret, 'confirm', id, email, CONFIRM_TTL_S, now)}`;
}

export function unsubscribeUrl(cfg: Pick<BriefConfig, 'baseUrl' | 'secret'>, id: string, email: string): string {
  return `${cfg.baseUrl}/unsubscribe?t=${signToken(cfg.secret, 'unsubscribe', id, email)}`;
}
