/**
 * `npm run check:content`: check the content, print the Danish report, exit non-zero when there
 * are problems. Loaded by scripts/check-content.mjs (which runs TypeScript through Vite).
 */
import { checkProject } from './files.ts';
import { formatReport } from './problem.ts';

export function main(root: string): number {
  const started = performance.now();
  const problems = checkProject(root);
  const report = formatReport(problems);
  const took = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  if (problems.length) {
    console.error(report);
    return 1;
  }
  console.log(`${report} (${took} s)`);
  return 0;
}
