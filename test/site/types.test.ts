import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './build.ts';
import { makeSite } from './fixture.ts';

const run = promisify(execFile);

/** `tsc --noEmit -p <tsconfig>` with the project's TypeScript, under the Node running the tests. */
async function typecheck(tsconfig: string): Promise<{ code: number; errors: number; output: string }> {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', tsconfig], { cwd: ROOT, maxBuffer: 64 << 20 })
    .then(() => ({ code: 0, output: '' }))
    .catch((error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }));
  return { ...result, errors: result.output.split('\n').filter((l) => /error TS\d+/.test(l)).length };
}

const fixtures: { remove(): void }[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

describe('typecheck', () => {
  it('reports a type error with its file and line', async () => {
    const site = makeSite({
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, files: ['bad.ts'] }),
      'bad.ts': 'export const share: number = "89.76%";\n',
    });
    fixtures.push(site);
    const result = await typecheck(join(site.dir, 'tsconfig.json'));
    expect(result.code).not.toBe(0);
    expect(result.errors).toBe(1);
    expect(result.output).toMatch(/bad\.ts\(1,14\): error TS2322/);
  }, 60_000);
});

describe('types (gate)', () => {
  it('tsc --noEmit is clean over the whole project (scripts, src, test)', async () => {
    const result = await typecheck(join(ROOT, 'tsconfig.json'));
    expect(result.code, `tsc --noEmit found ${result.errors} error(s):\n${result.output}`).toBe(0);
  }, 180_000);
});
