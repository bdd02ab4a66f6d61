// /oembed/<chart id>.json (and /en/…): the oEmbed answer a CMS finds through the embed page's
// <link rel="alternate" type="application/json+oembed">.
import type { APIRoute } from 'astro';
import { allChartSpecs, chartSpec, renderSpec } from '../../../lib/registry/chartRegistry.ts';
import { oembedJson } from '../../../lib/sharing/embed.ts';
import { perLocale, type LocaleProps } from '../../../lib/urls/routes.ts';

export const getStaticPaths = () => perLocale(allChartSpecs().map((spec) => ({ id: spec.id })));

export const GET: APIRoute = ({ params, props, site }) => {
  const { locale } = props as LocaleProps;
  const body = oembedJson(renderSpec(chartSpec(String(params.id)), locale), locale, site);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json+oembed' } });
};
