// npm run extract -- <report.txt> --region <code> --period <year> --doc-kind review|plan [--published YYYY-MM-DD] [--format csv|json]
// Runs the pipeline on any text and prints its figures in the figures.csv schema. Touches nothing in data/.
import { basename, join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { readReportText } from './pipeline/metadata.ts';
import { extractOne, loadReference } from './pipeline/run.ts';
import { toCsv } from './pipeline/write.ts';
import { DOC_KINDS, FIGURE_COLUMNS, InputError, type DocKind } from './pipeline/types.ts';

await main(() => {
  const { values, positionals } = args({
    region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string', default: 'review' },
    published: { type: 'string' }, format: { type: 'string', default: 'csv' }, id: { type: 'string' },
    data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = positionals[0];
  if (!file) throw new InputError('extract', 'arguments', 'usage: npm run extract -- <report.txt> --region <code> --period <year> --doc-kind review|plan');
  if (!values.region || !/^\d{6}$/.test(values.region)) throw new InputError('extract', '--region', 'a six-digit GB/T 2260 code is required');
  if (!values.period || !/^\d{4}$/.test(values.period)) throw new InputError('extract', '--period', 'a four-digit year is required');
  if (!(DOC_KINDS as readonly string[]).includes(values['doc-kind']!)) throw new InputError('extract', '--doc-kind', 'review or plan');
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new InputError('extract', '--published', 'YYYY-MM-DD');
  if (values.format !== 'csv' && values.format !== 'json') throw new InputError('extract', '--format', 'csv or json');
  const { regions, indicators } = loadReference(values.data!);
  if (!regions.some((r) => r.code === values.region)) throw new InputError(join(values.data!, 'regions.csv'), '--region', `unknown region code ${values.region}`);
  const text = readReportText(file);
  const id = values.id ?? basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const { figures } = extractOne(text, {
    id, region: values.region, period: values.period, docKind: values['doc-kind'] as DocKind, published: values.published ?? null,
  }, regions, indicators);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(figures, null, 2)}\n` : toCsv(FIGURE_COLUMNS, figures));
});
