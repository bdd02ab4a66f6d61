// The charts of a story, as its editor writes them: src/content/storyCharts/<slug>.yml, one file per story,
// the charts in page order. Each row selects one figure of data/figures.csv (by indicator, region, kind,
// period, …), never a number; words are given in both languages. One schema for the content collection
// (src/content.config.ts) and for the registry and tests, which read the same files without Astro.
import { z } from 'zod';
import { CHART_TYPES } from '../chartSpec.ts';
import { checkSelection, type Selection } from '../cite.ts';
import { kindSchema, unitSchema } from '../../schema/enums.ts';
import { MEASURES } from '../../schema/measures.ts';
import type { Locale } from '../../i18n/index.ts';

export const STORY_CHART_DIR = 'src/content/storyCharts';

const text = z.string().trim().min(1);
const inBothLanguages = (one: z.ZodType<string>) => z.object({ zh: one, en: one }).strict();
const words = inBothLanguages(text) satisfies z.ZodType<Record<Locale, string>>;

/** Years date a finding; every other number in a title belongs to the marks, which cite their sources. */
export const hasTypedNumber = (s: string): boolean => /\d/.test(s.replace(/(19|20)\d\d/g, '').replace(/5G/g, ''));
const titleText = text.refine((s) => !hasTypedNumber(s), 'no typed numbers in a title but years: the marks carry the numbers');

// Region codes and years read as numbers when unquoted in YAML: either way they are names here.
const code = z.union([z.string().trim().min(1), z.int().nonnegative()]).transform(String);

const selection = z
  .object({
    indicator: z.string().optional(),
    region: code.optional(),
    period: code.optional(),
    kind: kindSchema.optional(),
    report: z.string().optional(),
    unit: unitSchema.optional(),
    match: z.string().optional(),
    quote: z.string().optional(),
    nth: z.int().min(1).optional(),
  })
  .strict()
  .superRefine((sel, ctx) => {
    // The rule a <Cite> follows too (cite.ts): something that pins the meaning down, words not digits.
    try {
      checkSelection(sel);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message, params: { crossField: true } });
    }
  }) satisfies z.ZodType<Selection>;

// The same keys as a <Cite>'s selection (cite.ts): tsc fails here when either side gains one.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
true satisfies SameKeys<z.output<typeof selection>, Selection>;

const row = z
  .object({
    select: selection,
    /** Replaces the region name as the row's label (then-and-now rows name what is measured). */
    label: words.optional(),
    /** Added after the label ('Siping · risk removed'). */
    series: words.optional(),
  })
  .strict();

export const storyChartSchema = z
  .object({
    id: z.string().regex(/^story-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a chart id is story-… in lower case'),
    type: z.enum(CHART_TYPES),
    /** The headline: the finding the chart supports, in words (no typed numbers: the marks carry them). */
    title: inBothLanguages(titleText),
    /** What is measured, where it applies: the first part of the subtitle, before the unit and periods. */
    what: words,
    /** Appended to the alt text: what the comparison shows, or what it must not be read as. */
    note: words.optional(),
    /** What is plotted (default the figures' values): per resident when regions differ in size. */
    measure: z.enum(MEASURES).optional(),
    rows: z.array(row).min(1),
  })
  .strict();

export const storyChartFileSchema = z
  .object({
    /** The chart shown with the story on the home page (default the first). */
    hero: z.string().optional(),
    /** In page order; empty when none of the story's comparisons may share a scale (say why in a comment). */
    charts: z.array(storyChartSchema).max(4),
  })
  .strict()
  .refine((f) => new Set(f.charts.map((c) => c.id)).size === f.charts.length, { message: 'a chart id is used twice', path: ['charts'], params: { crossField: true } })
  .refine((f) => f.hero === undefined || f.charts.some((c) => c.id === f.hero), { message: 'hero must be the id of one of charts', path: ['hero'] });

export type StoryChartData = z.output<typeof storyChartSchema>;
export type StoryChartFile = z.output<typeof storyChartFileSchema>;

/** The chart a story shows on the home page, if it draws any. */
export const heroOf = (file: StoryChartFile): string | undefined => file.hero ?? file.charts[0]?.id;
