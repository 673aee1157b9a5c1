/**
 * A copy of the project with N synthetic content pages, for the scale benches (scale.mjs,
 * rewrite.mjs): pages of about 600 words made of sentences from the real pages, the same pages on
 * every run (seeded). Returns the copy's directory; the caller builds it and removes it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

export function syntheticProject(root, n) {
  const sentences = walk(join(root, 'src/content/sider'))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
    .filter((l) => /^[A-ZÆØÅ][^<>{}|#]{40,}[.?!]$/.test(l.trim()))
    .flatMap((l) => l.split(/(?<=[.?!]) /))
    .filter((s) => s.length > 30);
  // mulberry32, seeded: the same pages on every run (an LCG in doubles loses precision and cycles).
  let seed = 7;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = () => sentences[Math.floor(rnd() * sentences.length)];
  const dir = mkdtempSync(join(tmpdir(), `lk-scale-${n}-`));
  for (const p of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const out = join(dir, 'src/content/sider/skala');
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i++) {
    const paras = Array.from({ length: 6 }, () => Array.from({ length: 5 }, pick).join(' '));
    writeFileSync(
      join(out, `side-${i}.mdx`),
      `---\ntitle: "Syntetisk side ${i}"\ndescription: "Side ${i} til skalatest."\nkilde: laeringskatalog\nsider: "4"\ntype: afsnit\nraekkefoelge: ${i}\n---\n\n## Afsnit ${i}\n\n${paras.join('\n\n')}\n`,
    );
  }
  return dir;
}
