// npm run extract -- <report.txt> [--region <code>] [--period <year|YYYY-YYYY>] [--doc-kind review|plan] [--published YYYY-MM-DD] [--format csv|json]
// Runs the pipeline on any text and prints its figures in the figures.csv schema. Touches nothing in data/.
// What the flags leave out is inferred from the text (infer.ts) and said on stderr with the reason.
import { basename, join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { readReportText } from './pipeline/metadata.ts';
import { extractOne, loadReference } from './pipeline/run.ts';
import { toCsv } from './pipeline/write.ts';
import { inferReport } from './pipeline/infer.ts';
import { isRegionCode } from './pipeline/gazetteer.ts';
import { DOC_KINDS, FIGURE_COLUMNS, InputError, type DocKind } from './pipeline/types.ts';

await main(() => {
  const { values, positionals } = args({
    region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string' },
    published: { type: 'string' }, format: { type: 'string', default: 'csv' }, id: { type: 'string' },
    data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = positionals[0];
  if (!file) throw new InputError('extract', 'arguments', 'usage: npm run extract -- <report.txt> [--region <code>] [--period <year>] [--doc-kind review|plan]');
  if (values.region !== undefined && !/^\d{6}$/.test(values.region)) throw new InputError('extract', '--region', `a six-digit GB/T 2260 code is required, got '${values.region}'`);
  if (values.period !== undefined && !/^\d{4}(-\d{4})?$/.test(values.period)) throw new InputError('extract', '--period', 'a four-digit year (or a span 2023-2025) is required');
  if (values['doc-kind'] !== undefined && !(DOC_KINDS as readonly string[]).includes(values['doc-kind'])) throw new InputError('extract', '--doc-kind', 'review or plan');
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new InputError('extract', '--published', 'YYYY-MM-DD');
  if (values.format !== 'csv' && values.format !== 'json') throw new InputError('extract', '--format', 'csv or json');
  const { regions, indicators, gazetteer } = loadReference(values.data!);
  if (values.region && !isRegionCode(values.region, gazetteer)) {
    throw new InputError('extract', '--region', `unknown region code ${values.region}: not a GB/T 2260 province, prefecture or county code (${gazetteer.source.name} ${gazetteer.source.version}, data/regions.csv)`);
  }
  const text = readReportText(file);
  const guess = inferReport(text, gazetteer);
  const say = (what: string, flag: string | undefined, inferred: { value: string; reason: string } | null) => {
    // A flag overrides silently; only what was inferred is said, with its reason.
    if (flag === undefined && inferred) console.error(`${what}: ${inferred.value}${what === 'region' ? ` ${gazetteer.places.get(inferred.value)?.name ?? ''}` : ''} (inferred: ${inferred.reason})`);
    return flag ?? inferred?.value;
  };
  const region = say('region', values.region, guess.region);
  const period = say('period', values.period, guess.period);
  const docKind = say('doc-kind', values['doc-kind'], guess.docKind);
  const published = say('published', values.published, guess.published);
  if (!region) throw new InputError(file, 'region', 'the text names no region it could be about: give --region <code>');
  if (!period) throw new InputError(file, 'period', 'the text names no year: give --period <year>');
  const id = values.id ?? basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const { figures, mentions } = extractOne(text, {
    id, region, period, docKind: docKind as DocKind, published: published ?? null,
  }, regions, indicators, gazetteer);
  for (const m of mentions) if (m.status === 'unknown_place') console.error(`warning: unknown place '${m.text}' at ${m.start} (${m.reason})`);
  for (const f of figures) if (f.region_code === '') console.error(`warning: figure ${f.figure_id} is about a place the gazetteer cannot resolve, or about several outside the report's region; its region is left empty`);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(figures, null, 2)}\n` : toCsv(FIGURE_COLUMNS, figures));
});
