// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import glossary from './src/integrations/glossary.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';

/**
 * Hosting under a sub-path: `BASE_PATH=/laeringskatalog/ npm run build`.
 * The public URL (for canonical links and the sitemap) is optional: `SITE_URL=https://kommune.dk`.
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Order matters: ordliste links are added to the built pages before they are indexed.
  integrations: [mdx(), react(), glossary(), pagefind(), securityHeaders(), serviceWorker()],
  devToolbar: { enabled: false },
  prefetch: false,
});
