// The period a briefing covers: an ISO week ("2023-W37") or an explicit inclusive date range.
import { InputError } from '../model/errors.ts';

export interface Period {
  /** Stable identity of the issue: "2023-W37" or "2023-09-06..2023-09-12". */
  id: string;
  /** First and last day covered, inclusive, YYYY-MM-DD. */
  since: string;
  until: string;
}

const DAY = 86_400_000;

export function parseDay(value: string, flag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InputError(`${flag}: expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** Monday of ISO week 1 is the Monday of the week holding 4 January. */
function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - dow * DAY + (week - 1) * 7 * DAY).toISOString().slice(0, 10);
}

export function isoWeekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - dow) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function weekPeriod(value: string): Period {
  const m = /^(\d{4})-?W(\d{1,2})$/i.exec(value.trim());
  if (!m) throw new InputError(`--week: expected an ISO week such as 2023-W37, got "${value}"`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  const since = isoWeekMonday(year, week);
  if (week < 1 || isoWeekOf(since) !== `${year}-W${String(week).padStart(2, '0')}`) {
    throw new InputError(`--week: ${year} has no week ${week}`);
  }
  return { id: `${year}-W${String(week).padStart(2, '0')}`, since, until: addDays(since, 6) };
}

export function rangePeriod(since: string, until: string): Period {
  parseDay(since, '--since');
  parseDay(until, '--until');
  if (until < since) throw new InputError(`--until ${until} is before --since ${since}`);
  if (daysBetween(since, until) > 366) throw new InputError(`--since/--until: at most a year per briefing, got ${since}..${until}`);
  return { id: `${since}..${until}`, since, until };
}

/** The week before `period` of the same length, for growth and baselines. */
export function previousPeriod(p: Period, weeksBack = 1): Period {
  const len = daysBetween(p.since, p.until) + 1;
  const since = addDays(p.since, -len * weeksBack);
  return { id: `${since}..${addDays(since, len - 1)}`, since, until: addDays(since, len - 1) };
}

/** The ISO week that ended most recently before `now` (the default of `sitrep brief`). */
export function lastCompleteWeek(now: Date): Period {
  const today = now.toISOString().slice(0, 10);
  return weekPeriod(isoWeekOf(addDays(today, -7)));
}
