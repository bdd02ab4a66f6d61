import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/searchIndex.ts';

export default defineConfig({
  site: 'https://xiangcun-atlas.example.org',
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
