// Embeds: a chart of the registry on someone else's page, in an <iframe> of its own embed page. The snippet,
// the oEmbed answer and the embed page are built here from one spec, so they agree on URL, title and height.
//
// Height protocol (the Datawrapper convention, so a newsroom CMS that already resizes Datawrapper charts
// resizes ours too): the embed page posts `{"datawrapper-height": {"<chart id>": <px>}}` to its parent
// whenever its height changes; public/embed.js on the host page sets the iframe's height from it, accepting
// only messages from the atlas's origin that come from that very iframe.
import { createHash } from 'node:crypto';
import { t, type Locale } from '../../i18n/index.ts';
import type { Chart } from '../../charts/types.ts';
import { textWidth } from '../../charts/theme.ts';
import { NARROW_WIDTH } from '../specs/chartData.ts';
import type { RenderedChart } from '../registry/chartRegistry.ts';
import { absoluteUrl, href, type SitePath } from '../urls/urls.ts';

/** The message key the embed page posts its height under (see the comment above). */
export const HEIGHT_MESSAGE = 'datawrapper-height';

export const embedPath = (id: string): SitePath => `/embed/${id}/`;
export const oembedPath = (id: string): SitePath => `/oembed/${id}.json`;
/** The host-page script, the same file for both languages. */
export const EMBED_SCRIPT = '/embed.js';

const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The ?theme= of an embed URL: light, dark or auto (the reader's colour scheme); anything else is auto. */
export function embedTheme(value: string | null | undefined): EmbedTheme {
  return (EMBED_THEMES as readonly string[]).includes(value ?? '') ? (value as EmbedTheme) : 'auto';
}

/** The SVG's viewBox height: what the chart needs at its drawn width. */
export function viewBoxHeight(chart: Chart): number {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart.svg);
  if (!match) throw new Error(`chart "${chart.id}": the SVG has no viewBox`);
  return Math.ceil(Number(match[2]));
}

// The embed page's layout (src/styles/embed.css and global.css), in px: what the default height is computed
// from. The wide SVG is shown above 40rem, at most 42rem wide; below, the phone SVG at most 30rem wide, or,
// when there is none, the wide one at least 34rem wide (scrolling sideways).
const LAYOUT = {
  padding: 18, gutter: 24, breakpoint: 640, wideMax: 672, narrowMax: 480, scrollMin: 544, scrollbar: 16,
  title: 16.8, small: 13.2, credit: 12.8, captionGap: 8, creditGap: 6, slack: 6,
};
const LINE_HEIGHT: Record<Locale, number> = { zh: 1.85, en: 1.6 };

/**
 * The iframe's height attribute: enough for the whole embed page without the resizing script, at any frame
 * width from a phone's to a desktop column's (the largest of the heights at a few widths). The text is
 * measured with the charts' width estimate, which errs wide, so lines are never undercounted.
 */
export function defaultEmbedHeight(rendered: Pick<RenderedChart, 'chart' | 'narrow' | 'title' | 'subtitle' | 'source'>, locale: Locale): number {
  const lh = LINE_HEIGHT[locale];
  const lines = (text: string, size: number, width: number) => Math.max(1, Math.ceil(textWidth(text, size) / width));
  const heightAt = (frame: number) => {
    const w = frame - LAYOUT.gutter;
    const svg = frame > LAYOUT.breakpoint
      ? (Math.min(w, LAYOUT.wideMax) * viewBoxHeight(rendered.chart)) / 640
      : rendered.narrow
        ? (Math.min(w, LAYOUT.narrowMax) * viewBoxHeight(rendered.narrow)) / NARROW_WIDTH
        : (Math.max(w, LAYOUT.scrollMin) * viewBoxHeight(rendered.chart)) / 640 + (w < LAYOUT.scrollMin ? LAYOUT.scrollbar : 0);
    const credit = t(locale, 'embed.backLink', { site: t(locale, 'site.name') });
    return LAYOUT.padding + LAYOUT.captionGap + svg + LAYOUT.creditGap + LAYOUT.slack +
      lines(rendered.title, LAYOUT.title, w) * LAYOUT.title * lh +
      (lines(rendered.subtitle, LAYOUT.small, w) + lines(`${t(locale, 'chart.source')}${rendered.source}`, LAYOUT.small, w)) * LAYOUT.small * lh +
      lines(credit, LAYOUT.credit, w) * LAYOUT.credit * 1.4;
  };
  return Math.ceil(Math.max(...[320, 400, 480, 560, 640, 720, 800].map(heightAt)));
}

export interface EmbedInfo {
  url: string; // URL of the embed page: absolute when the build knows the site's address, else a path
  title: string; // the iframe's title: the chart's title and the site's name
  height: number;
  snippet: string; // what a journalist pastes: iframe + script
  /** True when the build has no site URL (ATLAS_SITE_URL unset): the snippet's URLs are paths, and the page says so. */
  relative: boolean;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The embed of a rendered chart in `locale`, with absolute URLs on `site` (Astro.site). A build without a
 * site URL (a local preview) gives paths instead: a snippet with a made-up host would look usable and break.
 */
export function embedInfo(rendered: RenderedChart, locale: Locale, site: URL | string | undefined): EmbedInfo {
  const url = absoluteUrl(site, href(locale, embedPath(rendered.spec.id)));
  const title = `${rendered.title} · ${t(locale, 'site.name')}`;
  const height = defaultEmbedHeight(rendered, locale);
  const script = absoluteUrl(site, EMBED_SCRIPT);
  // width:100% follows the host's column; the height attribute holds without the script; loading=lazy
  // spares readers who never scroll that far.
  const snippet =
    `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy" ` +
    `style="width:100%;min-width:100%;border:0" data-xiangcun-embed="${rendered.spec.id}"></iframe>` +
    `<script async src="${escapeAttr(script)}"></script>`;
  return { url, title, height, snippet, relative: !site };
}

/** The oEmbed 1.0 answer ("rich") for a chart: CMSs that discover it get the same snippet. */
export function oembedJson(rendered: RenderedChart, locale: Locale, site: URL | string | undefined): Record<string, string | number> {
  const info = embedInfo(rendered, locale, site);
  return {
    version: '1.0',
    type: 'rich',
    title: rendered.title,
    provider_name: t(locale, 'site.name'),
    provider_url: absoluteUrl(site, href(locale, '/')),
    html: info.snippet,
    width: LAYOUT.wideMax,
    height: info.height,
    cache_age: 86400,
  };
}

/**
 * A chart's SVG as a page inlines it. The pages' CSP allows no inline style, so the SVG's own <style> and
 * style="" go; global.css sizes and styles charts instead (.chart__svg svg).
 */
export function inlineChartSvg(chart: Chart): string {
  return chart.svg.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/^<svg([^>]*?) style="[^"]*"/, '<svg$1');
}

/**
 * The one script of an embed page, inline in its <head> (so the theme is set before the first paint):
 * ?theme=light|dark sets data-theme on <html> (src/styles/embed.css overrides the reader's colour scheme
 * with it), and, inside a frame, the page posts its height to the parent whenever it changes. The chart id
 * comes from <html data-chart>, so the text (and its CSP hash) is the same on every embed page.
 */
export const EMBED_FRAME_SCRIPT =
  '(function(){var d=document.documentElement,t=new URLSearchParams(location.search).get("theme");' +
  'if(t==="light"||t==="dark")d.setAttribute("data-theme",t);' +
  'if(window.parent===window)return;' +
  'var id=d.getAttribute("data-chart"),last=0;' +
  'function post(){var h=Math.ceil(d.getBoundingClientRect().height);if(h>0&&h!==last){last=h;var m={};m[id]=h;' +
  `window.parent.postMessage({"${HEIGHT_MESSAGE}":m},"*")}}` +
  'addEventListener("load",post);' +
  'if(window.ResizeObserver)new ResizeObserver(post).observe(d);else addEventListener("resize",post)})();';

/** 'sha256-…' of a script's text, for the CSP. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
