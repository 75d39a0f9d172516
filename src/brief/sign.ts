// Signed links: confirmation (expiring) and unsubscribe (lasting, since old mails must keep working).
// A token is base64url(JSON payload) + "." + base64url(HMAC-SHA256(secret, purpose + payload)).
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Purpose = 'confirm' | 'unsubscribe';

interface Payload {
  /** subscriber id */
  s: string;
  /** email at signing time: a token stops working if the address is reused by someone else */
  e: string;
  /** expiry, seconds since epoch; 0 = never */
  x: number;
}

function mac(secret: Buffer, purpose: Purpose, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest('base64url');
}

export function signToken(secret: Buffer, purpose: Purpose, subscriberId: string, email: string, ttlSeconds = 0, now = Date.now()): string {
  const x = ttlSeconds > 0 ? Math.floor(now / 1000) + ttlSeconds : 0;
  const body = Buffer.from(JSON.stringify({ s: subscriberId, e: email, x } satisfies Payload)).toString('base64url');
  return `${body}.${mac(secret, purpose, body)}`;
}

export type Verified = { ok: true; subscriberId: string; email: string } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

export function verifyToken(secret: Buffer, purpose: Purpose, token: string, now = Date.now()): Verified {
  const m = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!m) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(mac(secret, purpose, m[1]));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  let p: Payload;
  try {
    p = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) as Payload;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof p.s !== 'string' || typeof p.e !== 'string' || typeof p.x !== 'number') return { ok: false, reason: 'malformed' };
  if (p.x !== 0 && p.x * 1000 < now) return { ok: false, reason: 'expired' };
  return { ok: true, subscriberId: p.s, email: p.e };
}
