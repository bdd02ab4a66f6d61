import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assertSnapshot, normalizeSvg } from './snapshot.ts';

let dir = '';
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'snapshot-')) + '/'; });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); vi.unstubAllEnvs(); });

describe('assertSnapshot', () => {
  it('writes a missing snapshot locally', () => {
    vi.stubEnv('CI', '');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    assertSnapshot('new', '<svg><g/></svg>', dir);
    expect(readFileSync(`${dir}new.svg`, 'utf8')).toBe('<svg>\n<g/>\n</svg>\n');
  });

  it('fails on a missing snapshot in CI, writing nothing', () => {
    vi.stubEnv('CI', 'true');
    expect(() => assertSnapshot('new', '<svg/>', dir)).toThrow(/missing snapshot/);
    expect(existsSync(`${dir}new.svg`)).toBe(false);
  });

  it('passes on an equal snapshot and fails on a different one, writing <name>-changed.svg', () => {
    writeFileSync(`${dir}pic.svg`, normalizeSvg('<svg><rect x="1"/></svg>'));
    assertSnapshot('pic', '<svg><rect x="1"/></svg>', dir);
    expect(() => assertSnapshot('pic', '<svg><rect x="2"/></svg>', dir)).toThrow(/differs/);
    expect(readFileSync(`${dir}pic-changed.svg`, 'utf8')).toContain('x="2"');
  });

  it('rounds float noise away', () => {
    expect(normalizeSvg('<path d="M1.0049999,2.33333"/>')).toBe('<path d="M1,2.33"/>\n');
  });
});
