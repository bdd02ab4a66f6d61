// The font the chart PNGs are drawn with: Noto Sans SC from an npm package (so a machine with only Node and npm
// can build the site), cut down with HarfBuzz's hb-subset (through subset-font) to the characters the charts
// use. resvg parses a font file for every text run it lays out; the full faces are 10 MB each, a subset of the
// charts' few hundred characters a few hundred KB, so the PNGs draw about ten times faster from the subset.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

/** The family name inside the font files: what the PNG renderer is told to use for every text. */
export const PNG_FONT_FAMILY = 'Noto Sans SC';
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
/** Regular and bold: the charts set titles in bold and everything else in regular. */
const FACES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

const require = createRequire(import.meta.url);

/** The version of package `name` as `from` resolves it (harfbuzzjs exports no package.json, so walk up from its entry). */
function packageVersion(name: string, from = require): string {
  for (let dir = dirname(from.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === name) return pkg.version;
  }
  throw new Error(`downloads: cannot find the version of ${name}`);
}

/** The full regular and bold faces, from the installed font package. */
export function pngSourceFonts(): string[] {
  const root = dirname(require.resolve(`${FONT_PACKAGE}/package.json`)); // no exports map: package.json resolves
  const files = FACES.map((face) => join(root, face));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new Error(`downloads: ${missing} is missing: run \`npm install --no-audit --no-fund\``);
  return files;
}

/**
 * Where the subset fonts and drawn PNGs are kept between builds. ATLAS_CACHE_DIR points a build at another
 * folder: the determinism gate's second build uses an empty one, so it draws every PNG afresh.
 */
export function cacheDir(): string {
  return resolve(process.env.ATLAS_CACHE_DIR || 'node_modules/.cache/xiangcun-atlas');
}

/** A file into the cache, written beside and renamed, so a build killed half-way never leaves a truncated one. */
export function writeToCache(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

/** What decides a subset's bytes besides its characters: the fonts and the subsetter. */
export function subsetterVersion(): string {
  const subsetter = createRequire(require.resolve('subset-font'));
  return `${FONT_PACKAGE}@${packageVersion(FONT_PACKAGE)} subset-font@${packageVersion('subset-font')} harfbuzzjs@${packageVersion('harfbuzzjs', subsetter)}`;
}

/** Printable ASCII is always kept: numbers and Latin words of a chart must never depend on what was drawn before. */
const ALWAYS = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** The characters of `text` that the font at `file` cannot draw (whitespace and controls aside). */
export function missingCharacters(font: Uint8Array, text: string): string[] {
  const covered = new Set(new Face(new Blob(font)).collectUnicodes());
  return [...new Set(text)].filter((ch) => /\S/u.test(ch) && !/\p{Cc}/u.test(ch) && !covered.has(ch.codePointAt(0)!));
}

/**
 * The faces cut down to `chars` (plus printable ASCII and what GSUB makes of them, e.g. the fi ligature),
 * written once into the cache; their paths, regular then bold. Noto Sans SC draws a character it lacks as
 * nothing at all, so a character neither face has fails the build, named, rather than vanish from a PNG.
 */
export async function pngFontFiles(chars: Iterable<string>, sources: string[] = pngSourceFonts()): Promise<string[]> {
  const text = [...new Set([...ALWAYS, ...[...chars].join('')])].sort().join('');
  const dir = join(cacheDir(), 'fonts');
  const version = subsetterVersion();
  return Promise.all(sources.map(async (file) => {
    const key = createHash('sha256').update(`${version}\n${file}\n${text}`).digest('hex');
    const out = join(dir, `${key}.ttf`);
    if (existsSync(out)) return out;
    const font = await subsetFont(readFileSync(file), text, { targetFormat: 'sfnt' });
    const missing = missingCharacters(font, text);
    if (missing.length) {
      const list = missing.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
      throw new Error(`downloads: ${file} cannot draw ${list}, used in a chart: change the chart's text or the PNG font`);
    }
    writeToCache(out, font);
    return out;
  }));
}
