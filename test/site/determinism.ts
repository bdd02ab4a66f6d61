// Two builds of the same tree must be byte-identical: no timestamps, no random ids, no order that depends
// on the file system or on a cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

export interface TreeDifference {
  file: string;
  /** 'only in a' / 'only in b', or where the bytes first differ with a little text around it. */
  detail: string;
}

/** Files that differ between two directories, sorted by path. */
export function compareTrees(a: string, b: string): TreeDifference[] {
  const filesA = new Set(listFiles(a));
  const filesB = new Set(listFiles(b));
  const out: TreeDifference[] = [];
  for (const file of [...new Set([...filesA, ...filesB])].sort()) {
    if (!filesB.has(file)) out.push({ file, detail: `only in ${a}` });
    else if (!filesA.has(file)) out.push({ file, detail: `only in ${b}` });
    else {
      const bytesA = readFileSync(join(a, file));
      const bytesB = readFileSync(join(b, file));
      if (!bytesA.equals(bytesB)) out.push({ file, detail: firstDifference(bytesA, bytesB) });
    }
  }
  return out;
}

/** 'at byte 1234: "…time>10:08:07</time…" vs "…time>10:08:09</time…"'. */
export function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const excerpt = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  const sizes = a.length === b.length ? '' : ` (sizes ${a.length} vs ${b.length})`;
  return `at byte ${i}${sizes}: ${excerpt(a)} vs ${excerpt(b)}`;
}

export function describeDifferences(differences: TreeDifference[], limit = 10): string {
  const shown = differences.slice(0, limit).map((d) => `  ${d.file}: ${d.detail}`);
  const more = differences.length > limit ? [`  … and ${differences.length - limit} more`] : [];
  return [`${differences.length} file(s) differ between the two builds:`, ...shown, ...more].join('\n');
}
