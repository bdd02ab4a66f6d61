// The checks of command-line input that extract, add-report and data share, so that they accept and refuse the
// same things. Each flag is checked with the schema its value has in the tables (src/schema/values.ts), and a
// refusal is one InputError naming the command, the flag and the cause.
import type { z } from 'zod';
import { InputError } from '../../src/schema/errors.ts';
import { docKindSchema } from '../../src/schema/report.ts';
import { isoDateSchema, periodSchema, regionCodeSchema, reportIdSchema } from '../../src/schema/values.ts';

/** A flag's value through a schema; `required` says what to ask for when it is missing. */
function check<T>(command: string, flag: string, value: string | undefined, schema: z.ZodType<T, string>, required?: string): T | undefined {
  if (value === undefined || value === '') {
    if (required) throw new InputError(command, `--${flag}`, required);
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(command, `--${flag}`, `${parsed.error.issues[0].message}, got ${JSON.stringify(value)}`);
  return parsed.data;
}

export const flags = {
  region: (command: string, value: string | undefined) => check(command, 'region', value, regionCodeSchema, 'a six-digit GB/T 2260 code is required')!,
  period: (command: string, value: string | undefined) => check(command, 'period', value, periodSchema, "a year like 2022 or a span like 2013-2021 is required")!,
  docKind: (command: string, value: string | undefined) => check(command, 'doc-kind', value, docKindSchema, 'review or plan is required')!,
  id: (command: string, value: string | undefined) => check(command, 'id', value, reportIdSchema, 'a report id like siping-2022 is required')!,
  /** Optional: a real calendar date, YYYY-MM-DD. */
  published: (command: string, value: string | undefined) => check(command, 'published', value, isoDateSchema) ?? null,
};

/** The one file a command reads: a second one is refused rather than silently ignored. */
export function oneFile(command: string, positionals: string[], usage: string): string {
  if (positionals.length === 0) throw new InputError(command, 'arguments', `usage: ${usage}`);
  if (positionals.length > 1) throw new InputError(command, 'arguments', `one report file at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0];
}

/** A command that reads no file. */
export function noFile(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new InputError(command, 'arguments', `takes no file, got ${positionals.join(' ')} (use --data <dir>)`);
}
