import { afterEach, describe, expect, it } from 'vitest';
import { SITE_A, SITE_B } from './build.ts';
import { compareTrees, describeDifferences, firstDifference } from './determinism.ts';
import { makeSite } from './fixture.ts';
import { siteBuild } from './site.ts';

const fixtures: { remove(): void }[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

describe('compareTrees', () => {
  it('finds changed, missing and extra files, and says where the bytes differ', () => {
    const a = makeSite({ 'index.html': '<p>built at 10:08:07</p>', 'same.css': 'a{}', 'only-a.txt': '1' });
    const b = makeSite({ 'index.html': '<p>built at 10:08:09</p>', 'same.css': 'a{}', 'sub/only-b.txt': '2' });
    fixtures.push(a, b);
    const diff = compareTrees(a.dir, b.dir);
    expect(diff.map((d) => d.file)).toEqual(['index.html', 'only-a.txt', 'sub/only-b.txt']);
    expect(diff[0].detail).toMatch(/at byte 19: .*10:08:07.* vs .*10:08:09/);
    expect(diff[1].detail).toBe(`only in ${a.dir}`);
    expect(describeDifferences(diff, 1)).toMatch(/3 file\(s\) differ[\s\S]*… and 2 more/);
  });

  it('finds nothing between equal trees', () => {
    const a = makeSite({ 'x/index.html': 'same' });
    const b = makeSite({ 'x/index.html': 'same' });
    fixtures.push(a, b);
    expect(compareTrees(a.dir, b.dir)).toEqual([]);
  });

  it('notes a size change', () => {
    expect(firstDifference(Buffer.from('abc'), Buffer.from('abcd'))).toMatch(/at byte 3 \(sizes 3 vs 4\)/);
  });
});

describe('determinism (gate)', () => {
  it('two builds of the same tree are byte-identical', async () => {
    await siteBuild();
    const differences = compareTrees(SITE_A, SITE_B);
    expect(differences.length, describeDifferences(differences)).toBe(0);
  });
});
