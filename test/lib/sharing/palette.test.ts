import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette, parsePalette } from '../../../src/lib/sharing/palette.ts';

const STYLES = 'src/styles';
const css = readFileSync(join(STYLES, 'palette.css'), 'utf8');
const declared = [...css.matchAll(/^\s*(--[a-z0-9-]+):/gm)].map((m) => m[1]);

/** A stylesheet without its @media print blocks (print deliberately swaps in black on white). */
const withoutPrint = (text: string) => text.replace(/@media print \{(?:[^{}]|\{[^{}]*\})*\}/g, '');

describe('palette', () => {
  it('reads both sides of light-dark() and nothing else', () => {
    expect(parsePalette(':root{--a: light-dark(#FFF, #000); --b: #123; color: red}')).toEqual({ light: { '--a': '#fff' }, dark: { '--a': '#000' } });
  });

  it('gives every colour of palette.css a light and a dark value', () => {
    const { light, dark } = palette();
    expect(declared.length).toBeGreaterThan(10);
    expect(Object.keys(light).sort()).toEqual([...declared].sort());
    expect(Object.keys(dark).sort()).toEqual([...declared].sort());
  });

  it('is the only stylesheet that sets a palette colour (print aside)', () => {
    for (const file of readdirSync(STYLES).filter((f) => f.endsWith('.css') && f !== 'palette.css')) {
      const text = withoutPrint(readFileSync(join(STYLES, file), 'utf8'));
      for (const name of declared) expect(text, `${file} sets ${name}`).not.toMatch(new RegExp(`${name}\\s*:`));
    }
  });
});
