import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { syntheticProject } from './synthetic.mjs';
const n = Number(process.argv[2]);
const dir = syntheticProject(process.cwd(), n);
const r = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
console.log(r.status, dir);
