// The palette of src/styles/palette.css, read by code that draws outside a browser (the downloaded SVG and
// PNG charts), so the colours are written once: in the stylesheet.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Palette {
  light: Record<string, string>;
  dark: Record<string, string>;
}

/** `--name: light-dark(#light, #dark);` declarations of a stylesheet; anything else in it is ignored. */
export function parsePalette(css: string): Palette {
  const palette: Palette = { light: {}, dark: {} };
  for (const [, name, light, dark] of css.matchAll(/(--[a-z0-9-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)\s*;/gi)) {
    palette.light[name] = light.toLowerCase();
    palette.dark[name] = dark.toLowerCase();
  }
  return palette;
}

let cached: Palette | undefined;
/** The site's palette (read once per build). */
export function palette(): Palette {
  cached ??= parsePalette(readFileSync(resolve('src/styles/palette.css'), 'utf8'));
  return cached;
}
