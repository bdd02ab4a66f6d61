// Punctuation as each language's print sets it: full-width marks with no space in Chinese, ASCII marks with a
// space after in English. Apart from the string tables so that browser code (the explorer) can use it without
// loading them.
import type { Locale } from './index.ts';

export interface Punctuation {
  /** Between the items of a list: 四平、长春 / Siping, Changchun. */
  list: string;
  /** After a label: 四平：12人 / Siping: 12 people. */
  colon: string;
  /** Between two clauses: 12人，15户 / 12 people, 15 households. */
  comma: string;
  /** After a sentence that more text follows. */
  stop: string;
  /** Around an aside: 数值（元） / Value (CNY). */
  open: string;
  close: string;
  /** Between the two ends of a range: 3—5个 / 3–5. */
  rangeDash: string;
  /** Between words: none in Chinese. */
  space: string;
}

export const PUNCTUATION: Record<Locale, Punctuation> = {
  zh: { list: '、', colon: '：', comma: '，', stop: '。', open: '（', close: '）', rangeDash: '—', space: '' },
  en: { list: ', ', colon: ': ', comma: ', ', stop: '. ', open: ' (', close: ')', rangeDash: '–', space: ' ' },
};

/** The punctuation of `locale`. */
export const punct = (locale: Locale): Punctuation => PUNCTUATION[locale];
