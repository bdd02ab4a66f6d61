// What every CLI shares: argument parsing and one clear error line on bad input.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../pipeline/types.ts';

export function args<T extends NonNullable<ParseArgsConfig['options']>>(options: T, argv = process.argv.slice(2)) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

/** Runs a CLI body; input errors print as one line naming file and cause, and exit 1. */
export async function main(body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof InputError) console.error(`error: ${e.message}`);
    else if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'ENOENT') console.error(`error: ${(e as NodeJS.ErrnoException).path}: no such file`);
    else if (e instanceof Error && e.name === 'TypeError' && /ERR_PARSE_ARGS/.test((e as NodeJS.ErrnoException).code ?? '')) console.error(`error: ${e.message}`);
    else console.error(e instanceof Error ? `error: ${e.message}` : e);
    process.exitCode = 1;
  }
}
