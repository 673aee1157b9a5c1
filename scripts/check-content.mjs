#!/usr/bin/env node
/**
 * npm run check:content – the content check (src/lib/content-check/) on src/content: a plain
 * Danish list of every problem, exit code 1 when there are any. Node 22 runs the TypeScript
 * modules directly (type stripping), so the check starts in a fraction of a second.
 */
import { fileURLToPath } from 'node:url';
import { main } from '../src/lib/content-check/cli.ts';

process.exitCode = main(fileURLToPath(new URL('..', import.meta.url)));
