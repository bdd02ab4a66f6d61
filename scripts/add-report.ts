// npm run add-report -- <file.txt> --id <id> [--region <code>] [--period <year>] [--doc-kind review|plan] (inferred from the text when left out)
//   [--title …] [--title-en …] [--publisher …] [--published YYYY-MM-DD] [--url …]
// Vendors a new report byte for byte with a metadata file, then regenerates data/. Leaves nothing behind on failure.
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { loadReportMeta, readReportText, reportMetaToYaml, sha256OfFile, type ReportMeta } from './pipeline/metadata.ts';
import { runPipeline } from './pipeline/run.ts';
import { renderOutputs } from './pipeline/outputs.ts';
import { writeAllOrNothing } from './pipeline/write.ts';
import { loadRegions } from './pipeline/reference.ts';
import { InputError } from './pipeline/types.ts';
import { loadGazetteer } from './pipeline/gazetteerData.ts';
import { inferReport } from './pipeline/infer.ts';

await main(() => {
  const { values, positionals } = args({
    id: { type: 'string' }, region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string' },
    title: { type: 'string' }, 'title-en': { type: 'string' }, publisher: { type: 'string' }, published: { type: 'string' },
    url: { type: 'string' }, data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = positionals[0];
  if (!file) throw new InputError('add-report', 'arguments', 'usage: npm run add-report -- <file.txt> --id <id> --region <code> --period <year> --doc-kind review|plan');
  if (!values.id) throw new InputError('add-report', '--id', 'is required');
  const dataDir = values.data!;
  // Region, period, kind and date default to what the text says about itself (infer.ts), said with the reason.
  const gazetteer = loadGazetteer(loadRegions(join(dataDir, 'regions.csv')));
  const guess = inferReport(readReportText(file), gazetteer);
  for (const [k, g] of [['region', guess.region], ['period', guess.period], ['doc-kind', guess.docKind], ['published', guess.published]] as const) {
    if (values[k] === undefined && g) { values[k] = g.value; console.log(`${k}: ${g.value} (inferred: ${g.reason})`); }
    if (k !== 'published' && !values[k]) throw new InputError('add-report', `--${k}`, 'is required: the text does not say it');
  }
  const id = values.id!;
  const txt = join(dataDir, 'reports', `${id}.txt`);
  const yml = join(dataDir, 'reports', `${id}.yml`);
  if (existsSync(txt) || existsSync(yml)) throw new InputError(yml, 'id', `a report with id ${id} already exists`);
  const text = readReportText(file); // fails early on non-UTF-8, empty or BOM
  const firstLine = text.split('\n').map((l) => l.trim()).find(Boolean) ?? id;
  const meta = {
    id, title: values.title ?? firstLine.slice(0, 120), title_en: values['title-en'] ?? `[untranslated] ${id}`,
    publisher: values.publisher ?? 'unknown', author: null, published: values.published ?? null,
    ...(values.published ? {} : { published_note: 'Publication date not given when the report was added.' }),
    period: values.period!, region: values.region!, doc_kind: values['doc-kind']!, language: 'zh',
    source: values.url ? 'web page' : 'added with npm run add-report', url: values.url ?? null,
    retrieved: null, retrieved_note: 'Not recorded when the report was added.',
    licence: 'Copyright belongs to the publisher; kept verbatim for research and citation.',
    sha256: '', notes: [],
  } as unknown as ReportMeta;
  try {
    copyFileSync(file, txt);
    meta.sha256 = sha256OfFile(txt);
    writeFileSync(yml, reportMetaToYaml(meta));
    const known = new Set([...gazetteer.places.values()].filter((p) => p.level !== 'town').map((p) => p.code));
    loadReportMeta(yml, txt, known); // the same validation the pipeline applies
    const result = runPipeline(dataDir, (l) => console.log(l));
    writeAllOrNothing(renderOutputs(result, dataDir));
    const mine = result.figures.filter((f) => f.report === id);
    console.log(`added ${id}: ${mine.length} figures (${mine.filter((f) => f.indicator).length} classified); review ${yml} and fill in what is marked unknown`);
  } catch (e) {
    rmSync(txt, { force: true });
    rmSync(yml, { force: true });
    throw e;
  }
});
