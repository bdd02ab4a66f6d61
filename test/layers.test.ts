import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
