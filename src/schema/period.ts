// The period of a figure or report: a year '2022' or a span '2013-2021'. Without zod, so that the formatter
// (which the explorer ships to the browser) can read periods without the schema library.

export const PERIOD = /^\d{4}(-\d{4})?$/;

/** First and last year of a period. */
export function periodYears(period: string): [number, number] {
  if (!PERIOD.test(period)) throw new Error(`expected a period like '2022' or '2013-2021', got '${period}'`);
  const [from, to = from] = period.split('-').map(Number);
  return [from, to];
}
