/**
 * Serves the built site for the e2e suite. DIST_DIR and BASE_PATH pick the build (the sub-path
 * run uses dist-base/ under /laeringskatalog/); SECURITY_HEADERS=1 applies dist/_headers.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    basePath: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = process.env.DIST_DIR ?? 'dist';
  const basePath = process.env.BASE_PATH ?? '/';
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`${distDir}/index.html findes ikke: kør "npm run build" (eller "npm test", der bygger selv).`);
  }
  const { server, url } = await startServer({ dir: distDir, base: basePath, port: 0, headers: process.env.SECURITY_HEADERS === '1' });
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  project.provide('basePath', basePath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
