// npm run add-report -- <file.txt> --id <id> [--region <code>] [--period <year>] [--doc-kind review|plan] (inferred from the text when left out)
//   [--title …] [--title-en …] [--publisher …] [--published YYYY-MM-DD] [--url …]
// Vendors a new report byte for byte with a metadata file and regenerates data/, as one transaction: the
// whole pipeline first runs on a scratch view of data/ with the new report in it, and only when that passes
// are the text, its metadata and the new outputs committed together (scripts/pipeline/commit.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { readReportText, reportMetaToYaml, type ReportMeta } from './pipeline/metadata.ts';
import { runPipeline } from './pipeline/run.ts';
import { renderOutputs } from './pipeline/outputs.ts';
import { commitFiles, recoverData, withSignalsHeld } from './pipeline/commit.ts';
import { InputError } from './pipeline/types.ts';
import { flags, oneFile } from './lib/flags.ts';
import { checkFactFlags, reportFacts } from './lib/reportFacts.ts';
import { loadReference } from './pipeline/load.ts';
import { englishName } from './pipeline/publishedRegions.ts';

/** The metadata fields a flag sets, so an error in one names the flag the user typed. */
const FLAG_OF: Record<string, string> = {
  id: '--id', region: '--region', period: '--period', doc_kind: '--doc-kind', title: '--title', title_en: '--title-en',
  publisher: '--publisher', published: '--published', url: '--url',
};

/** A view of data/ in `scratch`: every reference file and report linked, plus the new report's two files. */
function scratchView(dataDir: string, scratch: string, id: string, text: Buffer, yml: string): void {
  for (const entry of readdirSync(dataDir)) {
    if (entry !== 'reports' && !entry.startsWith('.')) symlinkSync(join(dataDir, entry), join(scratch, entry));
  }
  mkdirSync(join(scratch, 'reports'));
  for (const entry of readdirSync(join(dataDir, 'reports'))) symlinkSync(join(dataDir, 'reports', entry), join(scratch, 'reports', entry));
  writeFileSync(join(scratch, 'reports', `${id}.txt`), text);
  writeFileSync(join(scratch, 'reports', `${id}.yml`), yml);
}

/** An error of the scratch run, told in the user's terms: the flag for the new metadata, data/ for the rest. */
function inUserTerms(e: unknown, scratch: string, dataDir: string, id: string): unknown {
  if (!(e instanceof Error)) return e;
  if (e instanceof InputError && e.file === join(scratch, 'reports', `${id}.yml`)) {
    const field = /\((\w+)\)/.exec(e.where)?.[1] ?? '';
    const cause = e.message.slice(e.message.indexOf(': ', e.file.length) + 2);
    return new InputError('add-report', FLAG_OF[field] ?? `metadata ${field}`.trim(), cause);
  }
  e.message = e.message.split(scratch).join(dataDir);
  return e;
}

await main(() => withSignalsHeld(() => {
  const { values, positionals } = args({
    id: { type: 'string' }, region: { type: 'string' }, period: { type: 'string' }, 'doc-kind': { type: 'string' },
    title: { type: 'string' }, 'title-en': { type: 'string' }, publisher: { type: 'string' }, published: { type: 'string' },
    url: { type: 'string' }, data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
  });
  const file = oneFile('add-report', positionals, 'npm run add-report -- <file.txt> --id <id> [--region <code>] [--period <year>] [--doc-kind review|plan]');
  // The same checks as extract's, before any path is made or anything written: an id like `../../x` or `a/b`
  // would otherwise write outside data/reports/.
  const id = flags.id('add-report', values.id);
  const given = checkFactFlags('add-report', values);
  const dataDir = values.data!;
  const recovered = recoverData(dataDir);
  if (recovered !== 'clean') console.error(`${dataDir}: an interrupted earlier run was ${recovered}`);
  const { gazetteer } = loadReference(dataDir);
  const text = readReportText(file); // fails early on non-UTF-8, UTF-16, NUL, empty, BOM or over the size cap
  // Region, period, kind and date default to what the text says about itself, said with the reason.
  const { region, period, docKind, published } = reportFacts('add-report', given, text, gazetteer, (line) => console.log(line));
  const txt = join(dataDir, 'reports', `${id}.txt`);
  const yml = join(dataDir, 'reports', `${id}.yml`);
  if (existsSync(txt) || existsSync(yml)) throw new InputError(yml, 'id', `a report with id ${id} already exists`);
  const bytes = readFileSync(file);
  // Until a translator gives one (--title-en), an English title readers can use: what, where and when.
  const place = gazetteer.places.get(region);
  const regionEn = place ? place.en || englishName(place.name, place.level) : region;
  const defaultTitleEn = `${regionEn}: ${docKind === 'plan' ? 'work plan' : 'review'}, ${period}`;
  const firstLine = text.split('\n').map((l) => l.trim()).find(Boolean) ?? id;
  const meta = {
    id, title: values.title ?? firstLine.slice(0, 120), title_en: values['title-en'] ?? defaultTitleEn,
    publisher: values.publisher ?? 'unknown', author: null, published,
    ...(published ? {} : { published_note: 'Publication date not given when the report was added.' }),
    period, region, doc_kind: docKind, language: 'zh',
    source: values.url ? 'web page' : 'added with npm run add-report', url: values.url ?? null,
    retrieved: null, retrieved_note: 'Not recorded when the report was added.',
    licence: 'Copyright belongs to the publisher; kept verbatim for research and citation.',
    sha256: createHash('sha256').update(bytes).digest('hex'), notes: [],
  } as unknown as ReportMeta;
  const metaYaml = reportMetaToYaml(meta);
  const scratch = mkdtempSync(join(tmpdir(), 'add-report-'));
  try {
    scratchView(dataDir, scratch, id, bytes, metaYaml);
    const result = runPipeline(scratch, (l) => console.log(l));
    const files = new Map<string, string | Uint8Array>([[txt, bytes], [yml, metaYaml]]);
    for (const [path, content] of renderOutputs(result, scratch)) files.set(join(dataDir, path.slice(scratch.length + 1)), content);
    commitFiles(dataDir, files);
    const mine = result.figures.filter((f) => f.report === id);
    console.log(`added ${id}: ${mine.length} figures (${mine.filter((f) => f.indicator).length} classified); review ${yml} and fill in what is marked unknown`);
  } catch (e) {
    throw inUserTerms(e, scratch, dataDir, id);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}));
