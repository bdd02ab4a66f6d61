// getStaticPaths for the localized routes under src/pages/[...locale]/: Chinese has no prefix (locale
// param undefined), English is under /en/. Pages receive the locale as a prop, never parse the URL.
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/index.ts';

export interface LocaleProps {
  locale: Locale;
}

/** One path per locale for each set of params: perLocale([{ code: '220300' }]). */
export function perLocale<P extends Record<string, string>>(params: P[] = [{} as P]) {
  return LOCALES.flatMap((locale) =>
    params.map((p) => ({
      params: { ...p, locale: locale === DEFAULT_LOCALE ? undefined : locale },
      props: { locale } satisfies LocaleProps,
    })),
  );
}
