/**
 * Excel's dates: a number shown through a date format. Both hosts read such a cell as its ISO day
 * ("2026-06-30"), as a planner sees it; a time or a duration ("h:mm", "[h]:mm") stays a number,
 * since an activity log's durations are fractions of a day.
 */

/** 1970-01-01 as a serial of Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 (old Mac) date systems. */
const DATE_1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;
/** 10000-01-01 in the 1900 system: Excel's last day is the day before. */
const PAST_LAST_DAY = 2_958_466;

/**
 * A date serial as its day, "2026-06-30" (the time of day dropped); undefined for a number Excel
 * shows as ##### under a date format (below 0, or past 9999-12-31), which stays a number.
 */
export function serialToIsoDate(serial: number, date1904 = false): string | undefined {
  const days = serial + (date1904 ? DATE_1904_OFFSET : 0);
  if (!(days >= 0 && days < PAST_LAST_DAY)) return undefined;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/**
 * Whether a number format shows a calendar date: a day, a month or a year outside quoted text,
 * escapes and [brackets]. An "m" right after an hour or right before seconds is minutes, so
 * "h:mm", "[h]:mm:ss" and "mm:ss" are times, not dates; "dd/mm/yyyy hh:mm" is a date.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    // elapsed-time brackets are time letters; every other bracket ([Red], [$-421]) is dropped
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .toLowerCase()
    // the m of AM/PM is no month
    .replace(/am\/pm|a\/p/g, "");
  // d, y, and b for Buddhist-era years
  if (/[dyb]/.test(bare)) return true;
  // each run of m: minutes when the nearest letter before it is h, or the nearest after it is s
  for (const run of bare.matchAll(/m+/g)) {
    const before = bare
      .slice(0, run.index)
      .replace(/[^a-z]/g, "")
      .slice(-1);
    const after = bare.slice((run.index ?? 0) + run[0].length).replace(/[^a-z]/g, "")[0];
    if (before !== "h" && after !== "s") return true;
  }
  return false;
}
