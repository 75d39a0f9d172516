// ISO-8601 weeks ("2016-W10", Monday to Sunday) and days as YYYY-MM-DD strings, in UTC.

const DAY_MS = 86_400_000;

export function isDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

export function toDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return toDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0
  // The Thursday of this week decides the ISO year.
  const thursday = new Date(d.getTime() + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isWeek(s: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 53 && isoWeek(weekStart(s)) === s;
}

/** The Monday of an ISO week. */
export function weekStart(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  return toDay(new Date(monday1 + (Number(m[2]) - 1) * 7 * DAY_MS));
}

export function weekEnd(week: string): string {
  return addDays(weekStart(week), 6);
}

export function addWeeks(week: string, n: number): string {
  return isoWeek(addDays(weekStart(week), 7 * n));
}

/** Weeks from the one holding `since` to the one holding `until`, in order. */
export function weeksBetween(since: string, until: string): string[] {
  const out: string[] = [];
  const last = isoWeek(until);
  for (let w = isoWeek(since); w <= last && out.length < 1000; w = addWeeks(w, 1)) out.push(w);
  return out;
}
