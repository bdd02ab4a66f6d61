// npm run add-report -- <file.txt> --id <id> --region <code> --period <year> --doc-kind review|plan
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
import { flags, knownRegion, oneFile } from './lib/flags.ts';

await main(() => {
  const { values, positionals } = args({
    id: { type: 'string' }, region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string' },
    title: { type: 'string' }, 'title-en': { type: 'string' }, publisher: { type: 'string' }, published: { type: 'string' },
    url: { type: 'string' }, data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = oneFile('add-report', positionals, 'npm run add-report -- <file.txt> --id <id> --region <code> --period <year> --doc-kind review|plan');
  // The same checks as extract's, before anything is written.
  const id = flags.id('add-report', values.id);
  const region = flags.region('add-report', values.region);
  const period = flags.period('add-report', values.period);
  const docKind = flags.docKind('add-report', values['doc-kind']);
  const published = flags.published('add-report', values.published);
  const dataDir = values.data!;
  const regionsPath = join(dataDir, 'regions.csv');
  const known = new Set(loadRegions(regionsPath).map((r) => r.code));
  knownRegion(regionsPath, known, region);
  const txt = join(dataDir, 'reports', `${id}.txt`);
  const yml = join(dataDir, 'reports', `${id}.yml`);
  if (existsSync(txt) || existsSync(yml)) throw new InputError(yml, 'id', `a report with id ${id} already exists`);
  const text = readReportText(file); // fails early on non-UTF-8, empty or BOM
  const firstLine = text.split('\n').map((l) => l.trim()).find(Boolean) ?? id;
  const meta = {
    id, title: values.title ?? firstLine.slice(0, 120), title_en: values['title-en'] ?? `[untranslated] ${id}`,
    publisher: values.publisher ?? 'unknown', author: null, published,
    ...(published ? {} : { published_note: 'Publication date not given when the report was added.' }),
    period, region, doc_kind: docKind, language: 'zh',
    source: values.url ? 'web page' : 'added with npm run add-report', url: values.url ?? null,
    retrieved: null, retrieved_note: 'Not recorded when the report was added.',
    licence: 'Copyright belongs to the publisher; kept verbatim for research and citation.',
    sha256: '', notes: [],
  } as unknown as ReportMeta;
  try {
    copyFileSync(file, txt);
    meta.sha256 = sha256OfFile(txt);
    writeFileSync(yml, reportMetaToYaml(meta));
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
