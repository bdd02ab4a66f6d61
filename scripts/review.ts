// npm run review [-- --data <dir> --limit 30]: the curator's queue for the whole corpus. Unclassified figures
// grouped by the words that name them (most frequent first), unknown place-like words, conflicts, and figures
// whose indicator came from a weak cue. Reads data/ through the pipeline; writes nothing.
import { join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { runPipeline, type PipelineResult } from './pipeline/run.ts';
import { conflictWarnings, findConflicts } from './pipeline/indicators/conflicts.ts';

/** The subject's words without numbers and list marks: '3个“一村一特色”' and '5个“一村一特色”' group together. */
const wordsOf = (subject: string) => subject.replace(/[0-9０-９.%、，,…\s]+/g, ' ').trim() || '(no words)';

export function reviewQueue(result: PipelineResult, limit = 30): string {
  const out: string[] = [];
  const unclassified = result.figures.filter((f) => !f.indicator);
  const groups = new Map<string, string[]>();
  for (const f of unclassified) groups.set(wordsOf(f.subject), [...(groups.get(wordsOf(f.subject)) ?? []), f.figure_id]);
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  out.push(`## unclassified figures: ${unclassified.length} of ${result.figures.length}, in ${groups.size} groups by the words naming them`);
  for (const [words, ids] of sorted.slice(0, limit)) out.push(`${String(ids.length).padStart(4)}  ${words}  (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''})`);
  if (sorted.length > limit) out.push(`      … ${sorted.length - limit} more groups (--limit ${sorted.length})`);

  // The gazetteer stage records place-shaped words it does not know as mentions with a reason naming them.
  const places = result.mentions.filter((m) => /place/.test(m.reason));
  out.push('', '## unknown place-like words');
  if (!places.length) out.push('none reported: mentions.csv has no unknown-place warnings (the gazetteer stage adds them)');
  for (const m of places) out.push(`${m.report}:${m.start}  ${m.text}  ${m.reason}`);

  const conflicts = conflictWarnings(findConflicts(result.figures));
  out.push('', `## conflicts: ${conflicts.length}`, ...conflicts);

  const weak = new Set(result.weak ?? []);
  const weakFigures = result.figures.filter((f) => f.indicator && weak.has(f.figure_id) && !f.correction);
  out.push('', `## indicator from a weak cue (only the clause before names it): ${weakFigures.length}`);
  for (const f of weakFigures) out.push(`${f.figure_id}  ${f.number_text} → ${f.indicator}  «${f.quote}»`);
  return out.join('\n');
}

if (import.meta.main) {
  await main(() => {
    const { values } = args({ data: { type: 'string', default: join(import.meta.dirname, '..', 'data') }, limit: { type: 'string', default: '30' } });
    console.log(reviewQueue(runPipeline(values.data!), Number(values.limit)));
  });
}
