import { describe, expect, it } from 'vitest';
import { failureReport, projectScripts, siteBuildCommand, SITE_A, SITE_B } from './build.ts';
import { siteBuild } from './site.ts';

describe('siteBuildCommand', () => {
  it('adds --outDir to a bare astro build, and --force when asked', () => {
    expect(siteBuildCommand({ build: 'astro build' }, '/o')).toBe('astro build --outDir /o');
    expect(siteBuildCommand({ build: 'astro build' }, '/o', { force: true })).toBe('astro build --force --outDir /o');
  });

  it('moves every dist operand to the output directory, pre/post scripts and npm run steps included', () => {
    const scripts = {
      prebuild: 'npm run data',
      data: 'node scripts/data.ts',
      build: 'astro build && npm run search',
      search: 'pagefind --site dist',
      postbuild: 'node scripts/png.ts --out dist/png',
    };
    expect(siteBuildCommand(scripts, '/o')).toBe(
      'node scripts/data.ts && astro build --outDir /o && pagefind --site /o && node scripts/png.ts --out /o/png',
    );
  });

  it('keeps an explicit --outDir, rewritten', () => {
    expect(siteBuildCommand({ build: 'astro build --outDir dist' }, '/o')).toBe('astro build --outDir /o');
  });

  it('refuses a missing build script and a self-calling one', () => {
    expect(() => siteBuildCommand({}, '/o')).toThrow(/no "build" script/);
    expect(() => siteBuildCommand({ build: 'npm run build' }, '/o')).toThrow(/calls itself/);
  });

  it('follows the project: the command for package.json builds into the scratch directory', () => {
    const command = siteBuildCommand(projectScripts(), SITE_A);
    expect(command).toContain(SITE_A);
    expect(command).not.toMatch(/(^|\s)dist(\/|\s|$)/);
  });

  it('reports a failed command with its stderr', () => {
    const report = failureReport({ command: 'astro build', code: 1, stdout: 'pages…', stderr: 'x\n[ERROR] bad frontmatter in a.md', ms: 1 });
    expect(report).toMatch(/`astro build` exited with 1/);
    expect(report).toContain('[ERROR] bad frontmatter in a.md');
  });
});

describe('site build (gate)', () => {
  it('builds twice with the project build command, into .tmp/site-a and .tmp/site-b', async () => {
    const status = await siteBuild();
    expect(status.builds.map((b) => b.dir)).toEqual([SITE_A, SITE_B]);
    console.log(status.builds.map((b) => `site build ${(b.ms / 1000).toFixed(1)} s: ${b.command}`).join('\n'));
  }, 16 * 60_000);
});
