// Cooperation–conflict scores on the Goldstein scale (-10 conflict .. +10 cooperation).
// The event's own `goldstein` (from its CAMEO code) wins; otherwise a typical value of its PLOVER
// type, set near the middle of the Goldstein values of the CAMEO codes that map to the type.
import type { Event } from '../model/analysis.ts';

const TYPE_SCORE: Record<string, number> = {
  AGREE: 4,
  CONSULT: 1.5,
  SUPPORT: 3.5,
  CONCEDE: 5,
  COOPERATE: 6,
  AID: 7,
  RETREAT: 5,
  REQUEST: 3,
  ACCUSE: -2,
  REJECT: -4,
  THREATEN: -6,
  PROTEST: -5,
  SANCTION: -5.5,
  MOBILIZE: -7,
  COERCE: -7,
  ASSAULT: -9.5,
};

export function eventScore(e: Pick<Event, 'type' | 'goldstein'>): number {
  if (typeof e.goldstein === 'number' && Number.isFinite(e.goldstein)) return Math.max(-10, Math.min(10, e.goldstein));
  return TYPE_SCORE[e.type] ?? 0;
}

/** 0..10: conflict intensity; cooperation scores 0. */
export function severity(e: Pick<Event, 'type' | 'goldstein'>): number {
  return Math.max(0, -eventScore(e));
}

/** Statuses that say something happened or was said to happen (not wished, denied or imagined). */
export const FACTUAL = new Set(['actual', 'reported', 'planned', 'threatened']);
export const FORTHCOMING = new Set(['planned', 'threatened']);
