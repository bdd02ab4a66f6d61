import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Scripts are what ships; tests may import scripts, never the other way round.
describe('scripts/', () => {
  it('imports nothing from test/', () => {
    const files = readdirSync('scripts', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /\bfrom\s+['"](\.\.\/)+test\//.test(readFileSync(join('scripts', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/** Every relative import of every source file under src/, as [importer, imported], repository-relative. */
function siteImports(): [string, string][] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro|mdx)$/.test(f)).map((f) => join('src', f));
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m): [string, string] => [file, normalize(join(dirname(file), m[1]))]));
}

/** The import cycles of a graph, each as the path that closes it. */
function cycles(edges: [string, string][]): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) if (a !== b) next.set(a, [...(next.get(a) ?? []), b]);
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') found.push([...path.slice(path.indexOf(to)), node, to]);
      else if (!state.has(to)) visit(to, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) visit(node, []);
  return found;
}

// The site's layers (README, "The site"): pages and components → src/lib → src/charts → src/format → src/schema
// and src/i18n, data flowing one way, from the published tables and never from the pipeline's code.
describe('src/', () => {
  const imports = siteImports();

  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(200);
    const missing = imports.filter(([, to]) => !existsSync(to));
    expect(missing).toEqual([]);
  });

  it('imports nothing from scripts/ or test/', () => {
    expect(imports.filter(([, to]) => /^(scripts|test)\//.test(to))).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(cycles(imports)).toEqual([]);
  });

  it('has no import cycle between the domain folders of src/lib/', () => {
    const domain = (file: string) => relative('src/lib', file).split('/').slice(0, -1)[0] ?? relative('src/lib', file);
    const inLib = (file: string) => file.startsWith('src/lib/');
    expect(cycles(imports.filter(([a, b]) => inLib(a) && inLib(b)).map(([a, b]) => [domain(a), domain(b)]))).toEqual([]);
  });

  it('keeps the charts, formatting, schemas and words below src/lib/ and the pages', () => {
    const below = /^src\/(charts|format|schema|i18n)\//;
    const above = /^src\/(lib|components|pages|layouts|explore)\//;
    expect(imports.filter(([from, to]) => below.test(from) && above.test(to))).toEqual([]);
  });
});
