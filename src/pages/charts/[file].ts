// The downloads of every chart, made at build time (src/lib/downloads.ts): /charts/<id>.csv,
// /charts/<id>.<zh|en>.svg, /charts/<id>.<zh|en>.png.
import type { APIRoute } from 'astro';
import { chartSpec } from '../../lib/chartRegistry.ts';
import { allDownloadFiles, chartCsv, chartPng, chartSvg, parseDownloadFile } from '../../lib/downloads.ts';

export function getStaticPaths() {
  return allDownloadFiles().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('charts: astro.config.mjs has no `site`; downloads carry absolute links');
  const { id, format, locale } = parseDownloadFile(String(params.file));
  const spec = chartSpec(id);
  if (format === 'csv') return new Response(chartCsv(spec, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  if (format === 'svg') return new Response(chartSvg(spec, locale!, site), { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await chartPng(spec, locale!, site)), { headers: { 'Content-Type': 'image/png' } });
};
