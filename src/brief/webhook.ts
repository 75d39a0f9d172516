// Webhook delivery: a JSON POST signed with HMAC-SHA256, retried with backoff on network errors,
// timeouts, 408, 429 and 5xx. Receivers verify X-Sitrep-Signature = "sha256=" + hex HMAC of
// `${X-Sitrep-Timestamp}.${body}` under the watchlist's webhook key (shown by `sitrep watchlists list --json`).
import { createHmac } from 'node:crypto';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './mailer.ts';

export class WebhookError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
  }
}

/** The key a watchlist's webhooks are signed with: derived, so the instance secret never leaves. */
export function webhookKey(secret: Buffer, watchlistId: string): string {
  return createHmac('sha256', secret).update(`webhook\n${watchlistId}`).digest('hex');
}

export function signWebhook(key: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex')}`;
}

function permanent(e: unknown): boolean {
  const s = e instanceof WebhookError ? e.status : null;
  return s !== null && s >= 400 && s < 500 && s !== 408 && s !== 429;
}

export async function postWebhook(url: string, key: string, deliveryId: string, payload: unknown, retry: RetryOptions = DEFAULT_RETRY, timeoutMs = 10_000): Promise<number> {
  const body = JSON.stringify(payload);
  return withRetry(
    async () => {
      // A fresh timestamp per attempt: receivers may reject old ones to stop replays.
      const ts = String(Math.floor(Date.now() / 1000));
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'sitrep-alerts',
            'x-sitrep-timestamp': ts,
            'x-sitrep-delivery': deliveryId,
            'x-sitrep-signature': signWebhook(key, ts, body),
          },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        throw new WebhookError(`${url}: ${(e as Error).message}`, null);
      }
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) throw new WebhookError(`${url}: HTTP ${res.status}`, res.status);
      return res.status;
    },
    retry,
    permanent,
  );
}
