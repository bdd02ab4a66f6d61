import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { PUNCTUATION } from '../../src/i18n/punctuation.ts';

describe('PUNCTUATION', () => {
  it('sets full-width marks without spaces in Chinese, ASCII marks with a space after in English', () => {
    for (const mark of Object.values(PUNCTUATION.zh)) expect(mark).not.toMatch(/[ ,:;.()]/);
    for (const [name, mark] of Object.entries(PUNCTUATION.en)) {
      if (name === 'open') expect(mark).toBe(' (');
      else if (['list', 'colon', 'comma', 'stop'].includes(name)) expect(mark).toMatch(/^[,:.] $/);
    }
  });
  it('gives every locale every mark', () => {
    for (const locale of LOCALES) expect(Object.keys(PUNCTUATION[locale]).sort()).toEqual(Object.keys(PUNCTUATION.zh).sort());
  });
});
