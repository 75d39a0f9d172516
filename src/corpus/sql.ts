// Small helpers for building portable SQL with `?` placeholders.
import type { Param } from '../store/db.ts';

export function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Splits a long IN list so neither dialect meets its parameter limit. */
export function chunks<T>(items: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function asBytes(v: unknown): Uint8Array | null {
  return v instanceof Uint8Array ? v : null;
}

export function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

export type Params = Param[];
