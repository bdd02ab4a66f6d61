// Chart snapshots as files, in the Observable Plot manner: test/output/<name>.svg is the reviewed picture.
// A differing render is written beside it as <name>-changed.svg (git-ignored) and the test fails; a missing
// snapshot is written and logged locally, but fails in CI, where nobody would review it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));

/** One element per line and numbers to 2 decimals: reviewable diffs, no float noise. */
export function normalizeSvg(svg: string): string {
  return (
    svg
      .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/></g, '>\n<')
      .trimEnd() + '\n'
  );
}

/** Compares `svg` with `<dir>/<name>.svg` (dir: test/output/, overridable for the helper's own test). */
export function assertSnapshot(name: string, svg: string, dir = OUTPUT): void {
  const actual = normalizeSvg(svg);
  const file = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  if (!existsSync(file)) {
    if (process.env.CI === 'true') throw new Error(`missing snapshot test/output/${name}.svg (not written in CI)`);
    writeFileSync(file, actual);
    console.warn(`wrote new snapshot test/output/${name}.svg`);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`snapshot test/output/${name}.svg differs; see test/output/${name}-changed.svg`);
}

/** The chart's root <svg> as a DOM element, for assertions about its structure. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg> in chart output');
  return root as unknown as Element;
}

/** Every data mark (bar, dot, value label) with the href of its enclosing link, '' when it has none. */
export function markLinks(svg: string): { mark: string; href: string }[] {
  const root = parseSvg(svg);
  const marks = root.querySelectorAll('.xa-bar rect, .xa-target rect, .xa-target circle, .xa-before circle, .xa-after circle, .xa-value text');
  return [...marks].map((el) => ({ mark: el.outerHTML, href: el.closest('a')?.getAttribute('href') ?? '' }));
}
