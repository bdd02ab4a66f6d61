import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { hasKey, langTag, t, tk, tn } from '../../src/i18n/index.ts';
import { DATA_TABLES } from '../../src/lib/sharing/columns.ts';
import { KINDS } from '../../src/schema/kinds.ts';
import { QUALIFIERS } from '../../src/schema/qualifiers.ts';
import { REGION_LEVELS } from '../../src/schema/levels.ts';
import { indicatorSchema } from '../../src/schema/indicator.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('zh.json and en.json', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('have no empty string', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('write Chinese with full-width punctuation', () => {
    for (const [key, value] of Object.entries(zh)) {
      // ASCII , ; ( ) next to a Chinese character reads as a typo in Chinese text.
      expect(value, key).not.toMatch(/[\u4e00-\u9fff][,;()]|[,;()][\u4e00-\u9fff]/);
    }
  });

  it('label every kind, qualifier and region level', () => {
    for (const k of KINDS) expect(hasKey(`kind.${k}`), k).toBe(true);
    for (const q of QUALIFIERS) expect(hasKey(`qualifier.${q}`), q).toBe(true);
    for (const l of REGION_LEVELS) expect(hasKey(`level.${l}`), l).toBe(true);
  });

  it('name every indicator topic', () => {
    for (const topic of indicatorSchema.shape.topic.options) expect(hasKey(`topic.${topic}`), topic).toBe(true);
  });

  it('document every column of every downloadable table', () => {
    for (const table of DATA_TABLES) {
      expect(hasKey(`data.file.${table.key}`), table.file).toBe(true);
      for (const column of table.columns) expect(hasKey(`column.${table.key}.${column}`), `${table.file}:${column}`).toBe(true);
    }
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('en', 'home.figureCount', { n: 7 })).toBe('Figures: 7');
    expect(t('zh', 'home.figureCount', { n: 7 })).toBe('7 个数字');
  });

  it('fails loudly on a missing placeholder or key', () => {
    expect(() => t('en', 'home.figureCount')).toThrow(/needs \{n\}/);
    expect(() => tk('zh', 'kind.guess')).toThrow(/no key "kind.guess"/);
  });

  it('tags the languages for <html lang> and hreflang', () => {
    expect(langTag('zh')).toBe('zh-CN');
    expect(langTag('en')).toBe('en');
  });
});

describe('tn', () => {
  it('agrees with the count in English and keeps one form in Chinese', () => {
    expect(tn('en', 'n.figures', 1)).toBe('1 figure');
    expect(tn('en', 'n.figures', 2, {}, '2')).toBe('2 figures');
    expect(tn('en', 'n.regions', 0)).toBe('0 regions');
    expect(tn('en', 'compare.qualifiers', 1)).toMatch(/^1 of these values is /);
    expect(tn('en', 'compare.repeated', 1, { regions: 'Siping' })).toMatch(/^Siping appears /);
    expect(tn('en', 'compare.repeated', 2, { regions: 'Siping, Anshun' })).toMatch(/^Siping, Anshun appear /);
    expect(tn('zh', 'n.figures', 1)).toBe('1 个数字');
    expect(tn('en', 'n.figures', 1234, {}, '1,234')).toBe('1,234 figures');
  });

  it('fails on a key with no plural forms', () => {
    expect(() => tn('en', 'no.such', 1)).toThrow(/no key/);
  });
});
