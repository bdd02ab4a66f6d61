// npm run extract -- <report.txt> --region <code> --period <year> --doc-kind review|plan [--published YYYY-MM-DD] [--format csv|json]
// Runs the pipeline on any text and prints its figures in the figures.csv schema. Touches nothing in data/.
import { basename, join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { readReportText } from './pipeline/metadata.ts';
import { extractOne, loadReference } from './pipeline/run.ts';
import { toCsv } from './pipeline/write.ts';
import { FIGURE_COLUMNS, InputError } from './pipeline/types.ts';
import { flags, knownRegion, oneFile } from './lib/flags.ts';

await main(() => {
  const { values, positionals } = args({
    region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string', default: 'review' },
    published: { type: 'string' }, format: { type: 'string', default: 'csv' }, id: { type: 'string' },
    data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = oneFile('extract', positionals, 'npm run extract -- <report.txt> --region <code> --period <year> --doc-kind review|plan');
  const region = flags.region('extract', values.region);
  const period = flags.period('extract', values.period);
  const docKind = flags.docKind('extract', values['doc-kind']);
  const published = flags.published('extract', values.published);
  if (values.format !== 'csv' && values.format !== 'json') throw new InputError('extract', '--format', `csv or json, got ${JSON.stringify(values.format)}`);
  const { regions, indicators } = loadReference(values.data!);
  knownRegion(join(values.data!, 'regions.csv'), new Set(regions.map((r) => r.code)), region);
  const text = readReportText(file);
  const id = values.id !== undefined ? flags.id('extract', values.id) : basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const { figures } = extractOne(text, {
    id, region, period, docKind, published,
  }, regions, indicators);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(figures, null, 2)}\n` : toCsv(FIGURE_COLUMNS, figures));
});
