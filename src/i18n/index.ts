// UI strings, one JSON file per locale, looked up by key so that no component hard-codes a language.
import zh from './zh.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

export type UiKey = keyof typeof zh;
const STRINGS: Record<Locale, Record<string, string>> = { zh, en };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The BCP 47 tag for <html lang> and hreflang. */
export function langTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/**
 * The string for `key` in `locale`, with `{name}` placeholders filled from `vars`.
 * A missing key or placeholder throws: a build must not ship a page with a hole in it.
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = STRINGS[locale][key];
  if (template === undefined) throw new Error(`src/i18n/${locale}.json: no key "${key}"`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`src/i18n/${locale}.json: "${key}" needs {${name}}`);
    return String(vars[name]);
  });
}

/** Like t(), for keys built at run time (e.g. `kind.${figure.kind}`); throws when the key is unknown. */
export function tk(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  if (!(key in STRINGS[locale])) throw new Error(`src/i18n/${locale}.json: no key "${key}"`);
  return t(locale, key as UiKey, vars);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A string that agrees with the count `n`: looks up `<key>.<category>` for the locale's plural category of n
 * (Intl.PluralRules: 'one' or 'other' in English, always 'other' in Chinese), so that English reads
 * '1 figure' and '2 figures'. `{n}` in the string is `display` (n formatted), or n itself.
 */
export function tn(locale: Locale, key: string, n: number, vars: Record<string, string | number> = {}, display: string = String(n)): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(langTag(locale))));
  const exact = `${key}.${rules.select(n)}`;
  return tk(locale, exact in STRINGS[locale] ? exact : `${key}.other`, { n: display, ...vars });
}

/** Whether a key exists (for optional labels such as a topic that may not have a translation yet). */
export function hasKey(key: string): boolean {
  return LOCALES.every((locale) => key in STRINGS[locale]);
}

export function uiKeys(locale: Locale): string[] {
  return Object.keys(STRINGS[locale]);
}
