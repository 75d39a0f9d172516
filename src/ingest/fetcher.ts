// URL -> RawDocument. (First cut: one GET with a timeout and a size limit.)
import type { RawDocument } from '../model/article.ts';
import { InputError } from '../model/errors.ts';

export const USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep-news/sitrep; news analysis)';

export async function fetchDocument(url: string, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<RawDocument> {
  const max = options.maxBytes ?? 50 * 1024 * 1024;
  let res: Response;
  try {
    res = await fetch(url, { headers: { 'user-agent': USER_AGENT }, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 20000) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new InputError(`${url}: fetch failed (${cause})`, 1);
  }
  if (!res.ok) throw new InputError(`${url}: HTTP ${res.status} ${res.statusText}`, 1);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > max) throw new InputError(`${url}: response over the ${(max / 1048576).toFixed(0)} MB limit`, 1);
  const type = res.headers.get('content-type') ?? 'text/html';
  const charset = /charset=([^;]+)/i.exec(type)?.[1] ?? null;
  return { uri: res.url || url, contentType: type.split(';')[0].trim(), charset, bytes, fetchedAt: new Date().toISOString() };
}
