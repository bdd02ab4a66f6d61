// npm run data: the whole pipeline, writing data/*.csv and datapackage.json all at once or not at all.
import { join } from 'node:path';
import { runPipeline } from './pipeline/run.ts';
import { renderOutputs } from './pipeline/outputs.ts';
import { commitFiles, recoverData, withSignalsHeld } from './pipeline/commit.ts';
import { args, main } from './lib/cli.ts';
import { noFile } from './lib/flags.ts';

await main(() => withSignalsHeld(() => {
  const { values, positionals } = args({ data: { type: 'string', default: join(import.meta.dirname, '..', 'data') }, quiet: { type: 'boolean', default: false } });
  noFile('data', positionals);
  const log = values.quiet ? () => {} : (line: string) => console.log(line);
  const started = performance.now();
  // An earlier run stopped mid-commit (SIGKILL, power loss) is finished or undone before anything is read.
  const recovered = recoverData(values.data!);
  if (recovered !== 'clean') console.error(`${values.data}: an interrupted earlier run was ${recovered}`);
  log('reading reports …');
  const result = runPipeline(values.data!, log);
  const files = renderOutputs(result, values.data!);
  commitFiles(values.data!, files);
  const classified = result.figures.filter((f) => f.indicator).length;
  const corrected = result.figures.filter((f) => f.correction).length;
  log(`wrote ${[...files.keys()].map((f) => f.slice(values.data!.length + 1)).join(', ')}`);
  for (const w of result.warnings) log(`warning: ${w}`);
  log(`${result.reports.length} reports, ${result.mentions.length} mentions, ${result.figures.length} figures, `
    + `${((100 * classified) / Math.max(1, result.figures.length)).toFixed(1)}% classified to an indicator, ${corrected} corrected, `
    + `${result.warnings.length} warnings in ${Math.round(performance.now() - started)} ms`);
}));
