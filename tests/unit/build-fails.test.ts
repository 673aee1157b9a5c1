/**
 * A deliberately broken content entry makes `astro build` fail with a message that names the
 * file and the field. Runs the real build on a copy of the project (node_modules linked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'laeringskatalog-broken-'));
  for (const p of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(): { status: number | null; output: string } {
  const r = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), ['build', '--force'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function edit(rel: string, from: RegExp, to: string): () => void {
  const file = join(dir, rel);
  const original = readFileSync(file, 'utf8');
  const changed = original.replace(from, to);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  return () => writeFileSync(file, original);
}

describe('a broken content entry fails the build', () => {
  it('a field of the wrong kind: the file and the field are named', () => {
    const undo = edit('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml', /^udfald: .*$/m, 'udfald: pension');
    const { status, output } = build();
    undo();
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml');
    expect(output).toMatch(/udfald: Invalid option/);
  }, 120_000);

  it('an unknown reference: the file and the field are named', () => {
    const undo = edit('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml', /^kilde: .*$/m, 'kilde: findes-ikke');
    const { status, output } = build();
    undo();
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml: feltet "kilde" henviser til "findes-ikke"');
  }, 120_000);
});
