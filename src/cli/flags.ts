// Checks of flag values shared by several commands.
import { InputError } from '../model/errors.ts';
import { countryByCode } from '../kb/geo.ts';
import { PLOVER_TYPES } from '../model/analysis.ts';

/** A calendar day as YYYY-MM-DD that exists (not 2023-13-45, not 2023-02-30), or a usage error naming the flag. */
export function parseDay(flag: string, v: string): string {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) throw new InputError(`--${flag}: expected a date as YYYY-MM-DD, got "${v}"`);
  return v;
}

/**
 * A whole number written as plain decimal digits (no sign, exponent, hex, fraction, spaces or
 * trailing junk: "1e2", "0x10", "10abc", "-5", "" are refused) within [min, max], or a usage error
 * naming the flag and the value. Every integer flag of the CLI goes through this.
 */
export function parseWholeNumber(flag: string, v: string, min: number, max: number): number {
  const n = /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new InputError(`--${flag}: expected a whole number from ${min} to ${max}, got "${v}"`);
  return n;
}

/**
 * A non-negative decimal as people type it ("2", "0.5", ".5"), else NaN: no sign, exponent, hex,
 * spaces or empty string, all of which Number() takes ("" is 0, "0x10" is 16, "1e2" is 100).
 * For decimal flags (seconds, megabytes, minutes, severity), which keep their own range messages.
 */
export function plainNumber(v: string): number {
  return /^(\d{1,15}(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : NaN;
}

/** parseWholeNumber for a flag that may be absent. */
export function parseWholeNumberIf(flag: string, v: string | undefined, min: number, max: number): number | undefined {
  return v === undefined ? undefined : parseWholeNumber(flag, v, min, max);
}

/** parseDay for a flag that may be absent. */
export function parseDayIf(flag: string, v: string | undefined): string | undefined {
  return v === undefined ? undefined : parseDay(flag, v);
}

/** ISO 3166 alpha-3 codes the knowledge base knows (XKX for Kosovo), upper-cased, or a usage error naming the flag. */
export function parseCountries(flag: string, codes: string[]): string[] {
  return codes.map((c) => {
    const code = c.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code) || !countryByCode(code)) {
      throw new InputError(`--${flag}: "${c}" is not an ISO 3166 alpha-3 country code (such as UKR, PRK)`);
    }
    return code;
  });
}

/** PLOVER event types, upper-cased, or a usage error naming the flag and the value. */
export function parseEventTypes(flag: string, types: string[]): string[] {
  return types.map((t) => {
    const type = t.trim().toUpperCase();
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new InputError(`--${flag}: "${t}" is not a PLOVER event type (${PLOVER_TYPES.join(', ')})`);
    return type;
  });
}
