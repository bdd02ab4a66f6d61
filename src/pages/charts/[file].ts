// The downloads of every chart, made at build time (src/lib/sharing/downloads.ts): /charts/<id>.csv,
// /charts/<id>.<zh|en>.svg, /charts/<id>.<zh|en>.png. Without a site URL (ATLAS_SITE_URL unset) their links are
// paths on this site ('' makes absoluteUrl keep them relative).
import type { APIRoute } from 'astro';
import { chartSpec } from '../../lib/registry/chartRegistry.ts';
import { allDownloadFiles, chartCsv, chartPng, chartSvg, parseDownloadFile } from '../../lib/sharing/downloads.ts';

export function getStaticPaths() {
  return allDownloadFiles().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { id, format, locale } = parseDownloadFile(String(params.file));
  const spec = chartSpec(id);
  if (format === 'csv') return new Response(chartCsv(spec, site ?? ''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  if (format === 'svg') return new Response(chartSvg(spec, locale!, site ?? ''), { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await chartPng(spec, locale!, site ?? '')), { headers: { 'Content-Type': 'image/png' } });
};
