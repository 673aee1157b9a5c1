#!/usr/bin/env node
/**
 * npm run check:content – the content check (src/lib/content-check/) on src/content: a plain
 * Danish list of every problem, exit code 1 when there are any. Node 22 runs the TypeScript
 * modules directly (type stripping), so the check starts in a fraction of a second; every module
 * it loads therefore imports with explicit `.ts` extensions and `import type` for types.
 * `node scripts/check-content.mjs <folder>` checks another copy of the project.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/lib/content-check/cli.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
process.exitCode = main(root);
