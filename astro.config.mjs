import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/searchIndex.ts';

/**
 * The public address the site is deployed at, from the environment (README: "Deploying"). Canonical links,
 * embed snippets, citations and the CSV downloads' source_url are absolute on it. Unset (a local build or
 * preview), they stay relative to wherever the site is served, and the embed and citation boxes say so.
 */
export function siteUrl(value = process.env.ATLAS_SITE_URL) {
  const text = value?.trim();
  if (!text) return undefined;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ATLAS_SITE_URL="${text}" is not a URL: give the deployed origin, e.g. https://atlas.example.com`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`ATLAS_SITE_URL="${text}" must be an http(s) URL`);
  // Pages link to each other from the root ('/en/…'), so the site must be served at the root of its host.
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`ATLAS_SITE_URL="${text}": give the origin only (the site is served at the root)`);
  return url.origin;
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Stories are MDX so their prose can cite figures with components instead of typed numbers.
  integrations: [mdx(), searchIndex()],
  // Scripts as files, not inlined: Vite's dynamic-import helper breaks in inlined scripts (the search page
  // imports pagefind at run time), and a file is cached across pages.
  vite: { build: { assetsInlineLimit: 0 } },
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  // Shiki colours code with inline styles, which the CSP below forbids; the site shows no highlighted code.
  markdown: { syntaxHighlight: false },
  // A <meta> Content-Security-Policy on every page: everything from this site only, nothing from any other
  // host. Astro adds script-src and style-src with the hashes of the inline styles/scripts it emits.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
