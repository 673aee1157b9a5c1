// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import glossary from './src/integrations/glossary.ts';
import modulePreload from './src/integrations/module-preload.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';

/**
 * Hosting under a sub-path: `BASE_PATH=/laeringskatalog/ npm run build`.
 * The public URL (for canonical links and the sitemap) is optional: `SITE_URL=https://kommune.dk`.
 */
const base = process.env.BASE_PATH || '/';

/** `npm run bench:phone` only: a page of the site's layout with one React button (bench/floor/). */
const benchFloor = {
  name: 'bench-floor',
  hooks: {
    /** @param {{ injectRoute: (r: { pattern: string; entrypoint: string }) => void }} o */
    'astro:config:setup': ({ injectRoute }) => injectRoute({ pattern: '/bench-gulv/', entrypoint: './bench/floor/floor.astro' }),
  },
};

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Order matters: the content check runs first and stops a build with broken content; ordliste
  // links are added to the built pages before they are indexed; module preloads are written before
  // the service worker hashes the pages.
  integrations: [contentCheck(), mdx(), react(), glossary(), modulePreload(), pagefind(), securityHeaders(), serviceWorker(), ...(process.env.BENCH_FLOOR ? [benchFloor] : [])],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Each .mdx page makes Rolldown warn that the directive "use astro:head-inject" may not be
        // preserved; it is harmless (withastro/astro#18087). Silence exactly that warning.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  prefetch: false,
});
