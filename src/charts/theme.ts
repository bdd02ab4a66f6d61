// Colours and type for every chart. Colours are CSS custom properties with fallbacks that read on both
// light and dark backgrounds (≥ 3:1 against white and near-black), so one SVG serves both colour schemes;
// text and axes use currentColor.
export const ACCENT = 'var(--chart-accent, #3b7fc4)'; // actual figures, the later period
export const TARGET = 'var(--chart-target, #d0730b)'; // targets: outline only, dashed
export const MUTED = 'var(--chart-muted, #8a94a0)'; // the earlier period
export const TARGET_DASH = '5,3';
/**
 * Periods by colour, oldest lightest, the latest in ACCENT: an ordinal scale that also reads in grey. Bars of
 * different years in one chart take these, with a legend, so a year's bar is not read as another's.
 */
export const YEAR_COLOURS = ['var(--chart-year-1, #8fb0cc)', 'var(--chart-year-2, #5686b0)', ACCENT] as const;

export const FONT_SIZE = 12; // px in viewBox units
export const ROW_HEIGHT = 30; // px per bar or dot row
export const DEFAULT_WIDTH = 640;

/**
 * Estimated width of `text` in px at `fontSize`. No browser at build time, so a per-character estimate:
 * CJK and full-width forms are 1em, Latin letters about 0.6em. It errs wide, to keep labels inside the SVG.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2e80) ems += code >= 0xff61 && code <= 0xffdc ? 0.6 : 1; // half-width forms are narrow
    else if (ch === ' ') ems += 0.3;
    else if (/[0-9.,]/.test(ch)) ems += ch === '.' || ch === ',' ? 0.3 : 0.6;
    else if (/[A-Z%≈≥≤−+]/.test(ch)) ems += 0.7;
    else ems += 0.6;
  }
  return Math.ceil(ems * fontSize);
}
