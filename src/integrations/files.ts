/** File listing for the post-build integrations. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below `dir`, as absolute paths. */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

/** Every built HTML page below `dir`. */
export async function htmlFiles(dir: string): Promise<string[]> {
  return (await walk(dir)).filter((f) => f.endsWith('.html'));
}
