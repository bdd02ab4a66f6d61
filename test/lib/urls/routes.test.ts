import { describe, expect, it } from 'vitest';
import { perLocale } from '../../../src/lib/urls/routes.ts';

describe('perLocale', () => {
  it('makes one path per locale: Chinese unprefixed, English under en', () => {
    expect(perLocale([{ code: '220300' }])).toEqual([
      { params: { code: '220300', locale: undefined }, props: { locale: 'zh' } },
      { params: { code: '220300', locale: 'en' }, props: { locale: 'en' } },
    ]);
  });

  it('serves pages without params once per locale', () => {
    expect(perLocale().map((p) => p.params.locale)).toEqual([undefined, 'en']);
  });
});
