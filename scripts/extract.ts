// npm run extract -- <report.txt> [--region <code>] [--period <year|YYYY-YYYY>] [--doc-kind review|plan] [--published YYYY-MM-DD] [--format csv|json]
// Runs the pipeline on any text and prints its figures in the figures.csv schema. Touches nothing in data/.
// What the flags leave out is inferred from the text (reportFacts.ts) and said on stderr with the reason.
import { basename, join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { readReportText } from './pipeline/metadata.ts';
import { extractionWarnings, extractOne } from './pipeline/run.ts';
import { loadReference } from './pipeline/load.ts';
import { toCsv } from './pipeline/write.ts';
import { FIGURE_COLUMNS, InputError } from './pipeline/types.ts';
import { flags, oneFile } from './lib/flags.ts';
import { checkFactFlags, reportFacts } from './lib/reportFacts.ts';

await main(() => {
  const { values, positionals } = args({
    region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string' },
    published: { type: 'string' }, format: { type: 'string', default: 'csv' }, id: { type: 'string' },
    data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = oneFile('extract', positionals, 'npm run extract -- <report.txt> [--region <code>] [--period <year>] [--doc-kind review|plan]');
  const given = checkFactFlags('extract', values);
  if (values.format !== 'csv' && values.format !== 'json') throw new InputError('extract', '--format', `csv or json, got ${JSON.stringify(values.format)}`);
  const id = values.id !== undefined ? flags.id('extract', values.id) : basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const reference = loadReference(values.data!);
  const text = readReportText(file);
  const facts = reportFacts('extract', given, text, reference.gazetteer, (line) => console.error(line));
  const out = extractOne(text, { id, ...facts }, reference);
  for (const w of extractionWarnings(out)) console.error(`warning: ${w}`);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(out.figures, null, 2)}\n` : toCsv(FIGURE_COLUMNS, out.figures));
});
