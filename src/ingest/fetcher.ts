// URL -> RawDocument, politely and safely: robots.txt, a few requests per host with a delay between
// them, conditional GET, limits on redirects, size and time, retries with backoff, and no requests
// to private or loopback addresses unless the user allows them (server-side request forgery).
import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, fetch as undiciFetch, type Response } from 'undici';
import robotsParser from 'robots-parser';
import type { RawDocument } from '../model/article.ts';
import { InputError } from '../model/errors.ts';

export const USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep-news/sitrep; news analysis)';
/** The product token robots.txt rules are matched against. */
const ROBOTS_AGENT = 'sitrep';

export interface FetcherOptions {
  userAgent?: string;
  /** Allow loopback and private addresses (tests, intranets). Also SITREP_ALLOW_PRIVATE=1. */
  allowPrivate?: boolean;
  /** Requests in flight per host. */
  perHost?: number;
  /** Milliseconds between the starts of two requests to one host (robots.txt Crawl-delay raises it). */
  delayMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Further attempts after a network error, 429 or 5xx. */
  retries?: number;
  /** Base of the exponential backoff, in milliseconds. */
  backoffMs?: number;
  robots?: boolean;
}

export interface Conditional { etag?: string | null; lastModified?: string | null }

export type FetchOutcome =
  | { status: 'ok'; doc: RawDocument; etag: string | null; lastModified: string | null }
  | { status: 'not-modified' };

/** A fetch that failed for a reason a user can act on. `permanent` ones are not worth retrying later. */
export class FetchError extends InputError {
  constructor(message: string, readonly permanent: boolean, readonly httpStatus: number | null = null) {
    super(message, 1);
    this.name = 'FetchError';
  }
}

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as Array<[string, number]>) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as Array<[string, number]>) {
  PRIVATE.addSubnet(net, bits, 'ipv6');
}

/** True for loopback, private, link-local, reserved and multicast addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return PRIVATE.check(ip, 'ipv4');
  if (v === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
    return PRIVATE.check(ip, 'ipv6');
  }
  return false;
}

function allowPrivateFromEnv(): boolean {
  return /^(1|true|yes)$/i.test(process.env.SITREP_ALLOW_PRIVATE ?? '');
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface HostState { active: number; nextStart: number; waiters: Array<() => void>; delayMs: number }
interface RobotsRules { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined }

export class Fetcher {
  readonly userAgent: string;
  readonly allowPrivate: boolean;
  private readonly o: Required<Omit<FetcherOptions, 'userAgent' | 'allowPrivate'>>;
  private readonly hosts = new Map<string, HostState>();
  private readonly robotsCache = new Map<string, Promise<RobotsRules | null>>();
  private readonly agent: Agent;

  constructor(options: FetcherOptions = {}) {
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.allowPrivate = options.allowPrivate ?? allowPrivateFromEnv();
    this.o = {
      perHost: options.perHost ?? 2,
      delayMs: options.delayMs ?? 1000,
      timeoutMs: options.timeoutMs ?? 20000,
      maxBytes: options.maxBytes ?? 50 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 500,
      robots: options.robots ?? true,
    };
    const allowPrivate = this.allowPrivate;
    // The check runs on the address actually connected to, so DNS rebinding cannot slip past it.
    const lookup = (hostname: string, opts: object, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
      dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
        if (err) return cb(err, '', 0);
        const list = addresses as LookupAddress[];
        const bad = !allowPrivate && list.find((a) => isPrivateAddress(a.address));
        if (bad) return cb(Object.assign(new Error(`${hostname} resolves to the private address ${bad.address}`), { code: 'EPRIVATE' }), '', 0);
        if ((opts as { all?: boolean }).all) return cb(null, list);
        cb(null, list[0].address, list[0].family);
      });
    };
    this.agent = new Agent({ connect: { lookup: lookup as never, timeout: this.o.timeoutMs }, headersTimeout: this.o.timeoutMs, bodyTimeout: this.o.timeoutMs });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** GET with the politeness rules; `not-modified` when the validators still hold. */
  async fetch(url: string, cond: Conditional = {}): Promise<FetchOutcome> {
    let current = this.checked(url);
    if (this.o.robots && !(await this.robotsAllow(current))) {
      throw new FetchError(`${url}: disallowed by robots.txt`, true);
    }
    for (let hop = 0; ; hop++) {
      const res = await this.withRetries(current, cond);
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const loc = res.headers.get('location');
        if (!loc) throw new FetchError(`${url}: HTTP ${res.status} without a Location`, true, res.status);
        if (hop >= this.o.maxRedirects) throw new FetchError(`${url}: more than ${this.o.maxRedirects} redirects`, true, res.status);
        current = this.checked(new URL(loc, current).toString());
        if (this.o.robots && !(await this.robotsAllow(current))) throw new FetchError(`${current}: disallowed by robots.txt`, true);
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { status: 'not-modified' };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status >= 400 && res.status < 500 && res.status !== 429 && res.status !== 408, res.status);
      }
      const bytes = await this.readBody(url, res);
      const type = res.headers.get('content-type') ?? 'application/octet-stream';
      const charset = /charset="?([^;"\s]+)/i.exec(type)?.[1] ?? null;
      return {
        status: 'ok',
        doc: { uri: current, contentType: type.split(';')[0].trim().toLowerCase(), charset, bytes, fetchedAt: new Date().toISOString() },
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
    }
  }

  private checked(url: string): string {
    guardLiteral(url, this.allowPrivate);
    return checkUrl(url);
  }

  /** fetch() for callers that need the document: `not-modified` cannot happen without validators. */
  async fetchDocument(url: string): Promise<RawDocument> {
    const out = await this.fetch(url);
    if (out.status !== 'ok') throw new FetchError(`${url}: unexpected 304 Not Modified`, false, 304);
    return out.doc;
  }

  private async readBody(url: string, res: Response): Promise<Uint8Array> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > this.o.maxBytes && !res.headers.get('content-encoding')) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError(`${url}: response over the ${mb(this.o.maxBytes)} MB limit`, true);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body) {
        size += chunk.byteLength;
        // Counting decoded bytes also stops compression bombs.
        if (size > this.o.maxBytes) {
          await res.body.cancel().catch(() => undefined);
          throw new FetchError(`${url}: response over the ${mb(this.o.maxBytes)} MB limit`, true);
        }
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks, size);
  }

  private async withRetries(url: string, cond: Conditional): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let res: Response | null = null;
      let failure: FetchError;
      try {
        res = await this.once(url, cond);
        if (res.status !== 429 && res.status < 500) return res;
        failure = new FetchError(`${url}: HTTP ${res.status}`, false, res.status);
      } catch (e) {
        failure = networkError(url, e);
        if (failure.permanent) throw failure;
      }
      if (attempt >= this.o.retries) {
        if (res) return res;
        throw failure;
      }
      const retryAfter = res ? retryAfterMs(res.headers.get('retry-after')) : null;
      await res?.body?.cancel().catch(() => undefined);
      const backoff = this.o.backoffMs * 2 ** attempt * (0.75 + Math.random() / 2);
      await sleep(Math.min(retryAfter ?? backoff, 60_000));
    }
  }

  private async once(url: string, cond: Conditional): Promise<Response> {
    const host = new URL(url).host;
    const release = await this.acquire(host);
    try {
      const headers: Record<string, string> = {
        'user-agent': this.userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (cond.etag) headers['if-none-match'] = cond.etag;
      if (cond.lastModified) headers['if-modified-since'] = cond.lastModified;
      return await undiciFetch(url, { headers, redirect: 'manual', dispatcher: this.agent, signal: AbortSignal.timeout(this.o.timeoutMs) });
    } finally {
      release();
    }
  }

  /** Waits for a slot on the host: at most perHost in flight, starts spaced by the host's delay. */
  private async acquire(host: string): Promise<() => void> {
    let h = this.hosts.get(host);
    if (!h) {
      h = { active: 0, nextStart: 0, waiters: [], delayMs: this.o.delayMs };
      this.hosts.set(host, h);
    }
    const state = h;
    while (state.active >= this.o.perHost) await new Promise<void>((r) => state.waiters.push(r));
    state.active++;
    const now = Date.now();
    const start = Math.max(now, state.nextStart);
    state.nextStart = start + state.delayMs;
    if (start > now) await sleep(start - now);
    return () => {
      state.active--;
      state.waiters.shift()?.();
    };
  }

  private async robotsAllow(url: string): Promise<boolean> {
    const u = new URL(url);
    let rules = this.robotsCache.get(u.origin);
    if (!rules) {
      rules = this.loadRobots(u.origin);
      this.robotsCache.set(u.origin, rules);
    }
    const r = await rules;
    return r ? r.isAllowed(url, ROBOTS_AGENT) !== false : true;
  }

  private async loadRobots(origin: string): Promise<RobotsRules | null> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      let res = await this.once(robotsUrl, {});
      // Sites commonly redirect robots.txt to https or www; follow a couple of hops.
      for (let hop = 0; hop < 3 && res.status >= 300 && res.status < 400 && res.headers.get('location'); hop++) {
        await res.body?.cancel().catch(() => undefined);
        res = await this.once(this.checked(new URL(res.headers.get('location')!, robotsUrl).toString()), {});
      }
      if (res.status >= 400 && res.status < 500) {
        await res.body?.cancel().catch(() => undefined);
        return null; // no robots.txt: everything is allowed
      }
      if (res.status !== 200) {
        await res.body?.cancel().catch(() => undefined);
        // Server errors on robots.txt mean "stay away for now" (RFC 9309 §2.3.1.4).
        return { isAllowed: () => false, getCrawlDelay: () => undefined };
      }
      const text = Buffer.from(await this.readBody(robotsUrl, res)).toString('utf8');
      // robots-parser is CommonJS: the default import is the function itself.
      const rules = (robotsParser as unknown as (u: string, t: string) => RobotsRules)(robotsUrl, text);
      const delay = rules.getCrawlDelay(ROBOTS_AGENT);
      const h = this.hosts.get(new URL(origin).host);
      if (delay && h) h.delayMs = Math.max(h.delayMs, Math.min(delay * 1000, 30_000));
      return rules;
    } catch (e) {
      const err = networkError(robotsUrl, e);
      if (err.message.includes('private address')) throw err;
      return null; // unreachable robots.txt: the page fetch will report the real problem
    }
  }
}

function checkUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchError(`${url}: not a valid URL`, true);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(`${url}: only http and https URLs can be fetched`, true);
  if (u.username || u.password) throw new FetchError(`${url}: URLs with credentials are refused`, true);
  return u.toString();
}

/** Literal IPs never reach the DNS lookup hook, so they are checked here. */
function literalHostIsPrivate(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return isIP(host) && isPrivateAddress(host) ? host : null;
}

function networkError(url: string, e: unknown): FetchError {
  if (e instanceof FetchError) return e;
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? (err.name === 'TimeoutError' ? 'timeout' : err.name ?? 'error');
  if (code === 'EPRIVATE') {
    return new FetchError(`${url}: refused, ${err.cause?.message ?? 'private address'} (allow with --allow-private or SITREP_ALLOW_PRIVATE=1)`, true);
  }
  const permanent = code === 'ENOTFOUND';
  return new FetchError(`${url}: fetch failed (${code})`, permanent);
}

function retryAfterMs(v: string | null): number | null {
  if (!v) return null;
  const s = Number(v);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - Date.now());
}

function mb(n: number): string {
  return (n / 1048576).toFixed(0);
}

let shared: Fetcher | null = null;

/** One GET with the default politeness (used by `sitrep analyze URL`). */
export async function fetchDocument(url: string, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<RawDocument> {
  const f = options.maxBytes || options.timeoutMs ? new Fetcher({ maxBytes: options.maxBytes, timeoutMs: options.timeoutMs }) : (shared ??= new Fetcher());
  try {
    return await f.fetchDocument(url);
  } finally {
    if (f !== shared) await f.close();
  }
}

/** Refuses a URL whose host is a literal private IP (the lookup hook never sees those). */
export function guardLiteral(url: string, allowPrivate: boolean): void {
  const checked = checkUrl(url);
  const ip = literalHostIsPrivate(checked);
  if (ip && !allowPrivate) throw new FetchError(`${url}: refused, ${ip} is a private or loopback address (allow with --allow-private or SITREP_ALLOW_PRIVATE=1)`, true);
}
