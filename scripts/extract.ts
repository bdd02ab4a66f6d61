// npm run extract -- <report.txt> [--region <code>] [--period <year|YYYY-YYYY>] [--doc-kind review|plan] [--published YYYY-MM-DD] [--format csv|json]
// Runs the pipeline on any text and prints its figures in the figures.csv schema. Touches nothing in data/.
// What the flags leave out is inferred from the text (infer.ts) and said on stderr with the reason.
import { basename, join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { readReportText } from './pipeline/metadata.ts';
import { extractOne } from './pipeline/run.ts';
import { loadReference } from './pipeline/load.ts';
import { toCsv } from './pipeline/write.ts';
import { FIGURE_COLUMNS, InputError, type DocKind } from './pipeline/types.ts';
import { flags, oneFile } from './lib/flags.ts';
import { inferReport } from './pipeline/infer.ts';
import { isRegionCode } from './pipeline/gazetteer.ts';

await main(() => {
  const { values, positionals } = args({
    region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string' },
    published: { type: 'string' }, format: { type: 'string', default: 'csv' }, id: { type: 'string' },
    data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = oneFile('extract', positionals, 'npm run extract -- <report.txt> [--region <code>] [--period <year>] [--doc-kind review|plan]');
  // Flags are optional (the text usually says region, period and kind), but a given flag is checked as
  // add-report checks it.
  const given = {
    region: values.region === undefined ? undefined : flags.region('extract', values.region),
    period: values.period === undefined ? undefined : flags.period('extract', values.period),
    docKind: values['doc-kind'] === undefined ? undefined : flags.docKind('extract', values['doc-kind']),
    published: values.published === undefined ? undefined : flags.published('extract', values.published) ?? undefined,
  };
  if (values.format !== 'csv' && values.format !== 'json') throw new InputError('extract', '--format', `csv or json, got ${JSON.stringify(values.format)}`);
  const reference = loadReference(values.data!);
  const { gazetteer } = reference;
  if (given.region && !isRegionCode(given.region, gazetteer)) {
    throw new InputError('extract', '--region', `unknown region code ${given.region}: not a GB/T 2260 province, prefecture or county code (${gazetteer.source.name} ${gazetteer.source.version}, data/regions.csv)`);
  }
  const text = readReportText(file);
  const guess = inferReport(text, gazetteer);
  const say = (what: string, flag: string | undefined, inferred: { value: string; reason: string } | null) => {
    // A flag overrides silently; only what was inferred is said, with its reason.
    if (flag === undefined && inferred) console.error(`${what}: ${inferred.value}${what === 'region' ? ` ${gazetteer.places.get(inferred.value)?.name ?? ''}` : ''} (inferred: ${inferred.reason})`);
    return flag ?? inferred?.value;
  };
  const region = say('region', given.region, guess.region);
  const period = say('period', given.period, guess.period);
  const docKind = say('doc-kind', given.docKind, guess.docKind);
  const published = say('published', given.published, guess.published);
  if (!region) throw new InputError(file, 'region', 'the text names no region it could be about: give --region <code>');
  if (!period) throw new InputError(file, 'period', 'the text names no year: give --period <year>');
  const id = values.id !== undefined ? flags.id('extract', values.id) : basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const { figures, mentions } = extractOne(text, {
    id, region, period, docKind: (docKind ?? 'review') as DocKind, published: published ?? null,
  }, reference);
  for (const m of mentions) if (m.status === 'unknown_place') console.error(`warning: unknown place '${m.text}' at ${m.start} (${m.reason})`);
  for (const f of figures) if (f.region_code === '') console.error(`warning: figure ${f.figure_id} is about a place the gazetteer cannot resolve, or about several outside the report's region; its region is left empty`);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(figures, null, 2)}\n` : toCsv(FIGURE_COLUMNS, figures));
});
