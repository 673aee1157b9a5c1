/**
 * The content check at the start of every build (and of `astro dev`): the same check and the
 * same Danish list as `npm run check:content` (src/lib/content-check/). A build stops before
 * anything is built and lists every problem, not just the first; the dev server starts anyway
 * and prints the list, so an editor sees it while working.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/content-check/files.ts';
import { formatReport } from '../lib/content-check/problem.ts';

export class ContentCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Indholdstjek';
    // The list is logged just before; a stack trace into the check would only hide it.
    this.stack = message;
  }
}

export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'laeringskatalog:indholdstjek',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const problems = checkProject(fileURLToPath(config.root));
        const report = formatReport(problems);
        if (problems.length === 0) {
          logger.info(`${report} (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        logger.error(report);
        throw new ContentCheckError(`Bygningen er stoppet: indholdet har ${problems.length} fejl (se listen ovenfor).`);
      },
    },
  };
}
