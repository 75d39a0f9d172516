// Query parameters shared by the API and the pages: JSON schemas (validated by fastify, listed in the
// OpenAPI document) and their translation into the filters the queries take.
import type { EventFilter } from './queries.ts';
import { PLOVER_TYPES, EventStatus } from '../model/analysis.ts';
import { InputError } from '../model/errors.ts';
import { isDay } from './dates.ts';

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, inclusive' } as const;
const country = { type: 'string', pattern: '^[A-Za-z]{3}$', description: 'ISO 3166-1 alpha-3 code' } as const;

export const pageProps = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

export const eventFilterProps = {
  since: day,
  until: day,
  actor: { type: 'string', maxLength: 200, description: 'actor key ("country:PRK", "name:kim jong un") or a name' },
  country,
  eventType: { type: 'string', maxLength: 200, description: `PLOVER types, comma-separated: ${PLOVER_TYPES.join(', ')}` },
  status: { type: 'string', maxLength: 100, description: `event status, comma-separated: ${EventStatus.options.join(', ')}` },
} as const;

export interface FilterQuery {
  since?: string; until?: string; actor?: string; country?: string; eventType?: string; status?: string;
  limit?: number; offset?: number;
}

function list(value: string | undefined, allowed: readonly string[], name: string, upper: boolean): string[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').map((s) => (upper ? s.trim().toUpperCase() : s.trim().toLowerCase())).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length) throw new InputError(`${name}: unknown value "${bad[0]}" (expected one of ${allowed.join(', ')})`);
  return items.length ? items : undefined;
}

export function eventFilterOf(q: FilterQuery): EventFilter {
  for (const k of ['since', 'until'] as const) {
    if (q[k] !== undefined && !isDay(q[k])) throw new InputError(`${k}: expected a date as YYYY-MM-DD, got "${q[k]}"`);
  }
  return {
    since: q.since, until: q.until,
    actor: q.actor || undefined,
    country: q.country ? q.country.toUpperCase() : undefined,
    types: list(q.eventType, PLOVER_TYPES, 'eventType', true),
    statuses: list(q.status, EventStatus.options, 'status', false),
    limit: q.limit, offset: q.offset,
  };
}

/** Reads a page's query string leniently: bad values are dropped rather than failing the page. */
export function lenientFilter(raw: Record<string, unknown>): FilterQuery {
  const s = (k: string): string | undefined => (typeof raw[k] === 'string' && raw[k] !== '' ? (raw[k] as string).slice(0, 200) : undefined);
  const n = (k: string, max: number): number | undefined => {
    const v = Number(raw[k]);
    return Number.isInteger(v) && v >= 0 && v <= max ? v : undefined;
  };
  const since = s('since');
  const until = s('until');
  const c = s('country');
  const types = s('eventType')?.split(',').map((t) => t.trim().toUpperCase()).filter((t) => (PLOVER_TYPES as readonly string[]).includes(t)).join(',');
  const statuses = s('status')?.split(',').map((t) => t.trim().toLowerCase()).filter((t) => (EventStatus.options as readonly string[]).includes(t)).join(',');
  return {
    since: since && isDay(since) ? since : undefined,
    until: until && isDay(until) ? until : undefined,
    actor: s('actor'),
    country: c && /^[A-Za-z]{3}$/.test(c) ? c.toUpperCase() : undefined,
    eventType: types || undefined,
    status: statuses || undefined,
    limit: n('limit', 500),
    offset: n('offset', 1_000_000),
  };
}
