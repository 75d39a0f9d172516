// The cooperation–conflict score of an event on the Goldstein scale (-10 conflict .. +10
// cooperation). The analysis gives `goldstein` per CAMEO code when it knows it; otherwise the
// value of the CAMEO root code (Goldstein 1992, as GDELT applies it), else that of the root
// code the event's PLOVER type corresponds to.
import type { PloverType } from '../model/analysis.ts';

const ROOT: Record<string, number> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};

const PLOVER_ROOT: Record<PloverType, string> = {
  AGREE: '03', CONSULT: '04', SUPPORT: '05', CONCEDE: '08', COOPERATE: '06', AID: '07', RETREAT: '08',
  REQUEST: '02', ACCUSE: '11', REJECT: '12', THREATEN: '13', PROTEST: '14', SANCTION: '16', MOBILIZE: '15',
  COERCE: '17', ASSAULT: '18',
};

export function goldsteinOf(e: { goldstein: number | null; cameo: string | null; type: string }): number | null {
  if (typeof e.goldstein === 'number' && Number.isFinite(e.goldstein)) return e.goldstein;
  const root = e.cameo && /^\d{2}/.test(e.cameo) ? ROOT[e.cameo.slice(0, 2)] : undefined;
  if (root !== undefined) return root;
  const p = PLOVER_ROOT[e.type as PloverType];
  return p ? ROOT[p] : null;
}

/** The CAMEO root code a PLOVER type corresponds to, for GDELT-style exports without a cameo. */
export function cameoRootOf(type: string): string | null {
  return PLOVER_ROOT[type as PloverType] ?? null;
}

/** Quad class of GDELT: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadClass(cameo: string | null, type: string): number | null {
  const root = Number((cameo && /^\d{2}/.test(cameo) ? cameo.slice(0, 2) : cameoRootOf(type)) ?? NaN);
  if (!Number.isFinite(root)) return null;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 14) return 3;
  return 4;
}
