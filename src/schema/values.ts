// Values that several tables and every CLI share, each with its one pattern and check: a region code, a period,
// a calendar date, a report id. Flags and files are checked with these same schemas.
import { z } from 'zod';

export const REGION_CODE = /^\d{6}$/;
export const regionCodeSchema = z.string({ error: 'expected a GB/T 2260 code in quotes' }).regex(REGION_CODE, 'expected a six-digit GB/T 2260 code');

/** A town's code: its county's six digits and the statistics bureau's three-digit town number (520424107 白水镇). */
export const TOWN_CODE = /^\d{9}$/;
export const townCodeSchema = z.string({ error: 'expected a town code in quotes' }).regex(TOWN_CODE, "expected a nine-digit town code (the county's six digits and the town's three)");

/** A year or a span of years: '2022' or '2013-2021', as in the period column of figures.csv. */
import { PERIOD } from './period.ts';
export { PERIOD, periodYears } from './period.ts';
// Reports of the atlas are about the People's Republic; a year outside this is a typo ('0000', '20222').
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;
export const periodSchema = z
  .string({ error: "expected a period in quotes, like '2022' or '2013-2021'" })
  .regex(PERIOD, "expected a period like '2022' or '2013-2021'")
  .refine((p) => p.split('-').every((y) => Number(y) >= FIRST_YEAR && Number(y) <= LAST_YEAR), `years run from ${FIRST_YEAR} to ${LAST_YEAR}`)
  .refine((p) => p.length === 4 || p.slice(0, 4) < p.slice(5), 'period must run forwards');

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
export const isoDateSchema = z
  .string({ error: 'expected ISO date YYYY-MM-DD' })
  .regex(ISO_DATE, 'expected ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

export const reportIdSchema = z.string({ error: 'expected a report id' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id like siping-2022');
