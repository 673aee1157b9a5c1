/**
 * The build runs the content check first: broken content stops `astro build` with the same
 * Danish list as `npm run check:content` (every problem, with file and line), and a sixth source
 * and a sixth case (tests/fixtures/sjette-kilde, content files only) build into a site that
 * counts and lists them. Runs the real build on a copy of the project (node_modules linked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'laeringskatalog-build-'));
  for (const p of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(): { status: number | null; output: string } {
  const r = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), ['build', '--force'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function edit(rel: string, from: RegExp | string, to: string): () => void {
  const file = join(dir, rel);
  const original = readFileSync(file, 'utf8');
  const changed = original.replace(from, to);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  return () => writeFileSync(file, original);
}

describe('the build checks the content first', () => {
  it('broken content stops the build with every problem as a Danish line with file and line', () => {
    const undo = [
      edit('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml', /^udfald: .*$/m, 'udfald: pension'),
      edit('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml', /^kilde: .*$/m, 'kilde: findes-ikke'),
      edit('src/content/sider/laeringskatalog/index.mdx', '(/laeringskatalog/tema-1/)', '(/laeringskatalog/tema-1/#temaintroduktionn)'),
    ];
    const { status, output } = build();
    // npm run check:content (plain Node, no Vite) gives the same list and exit code 1.
    const cli = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts', 'check-content.mjs'), dir], { encoding: 'utf8' });
    undo.reverse().forEach((u) => u());
    expect(cli.status).toBe(1);
    const list = (text: string) => text.split('\n').filter((l) => l.startsWith('- src/content/'));
    expect(list(cli.stderr)).toHaveLength(3);
    expect(list(output)).toEqual(list(cli.stderr));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Indholdstjekket fandt 3 fejl/);
    expect(output).toContain('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml, linje 2, feltet »kilde«: henviser til »findes-ikke«, som ikke findes i src/content/kilder/.');
    expect(output).toContain('src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml, linje 5, feltet »udfald«: »pension« står ikke på listen i src/content/vaerdilister/udfald.yaml.');
    expect(output).toMatch(/src\/content\/sider\/laeringskatalog\/index\.mdx, linje \d+: ankeret »#temaintroduktionn« findes ikke på \/laeringskatalog\/tema-1\/\. Mente du »#temaintroduktion«\?/);
    // Stopped before anything was built.
    expect(output).not.toMatch(/page\(s\) built/);
  }, 120_000);

  it('a sixth source and a sixth case build from content files only, and the site counts and lists them', () => {
    cpSync(join(root, 'tests', 'fixtures', 'sjette-kilde'), join(dir, 'src', 'content'), { recursive: true });
    rmSync(join(dir, 'src', 'content', 'README.md'));
    edit('src/content/vaerdilister/udfald.yaml', 'vaerdier:\n', 'vaerdier:\n  - id: fleksjob\n    navn: Fleksjob\n');
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/Indholdstjekket fandt ingen fejl/);
    // Rolldown's warning about "use astro:head-inject" in every .mdx page is silenced (withastro/astro#18087).
    expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE/);
    const page = (p: string) => readFileSync(join(dir, 'dist', p, 'index.html'), 'utf8');
    const text = (p: string) => page(p).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text('')).toMatch(/Sitet samler, hvad seks danske dokumenter har lært/);
    expect(text('')).toMatch(/to kataloger, et afsnit af en rapport, to notater og et oplæg \(dias\)/);
    expect(text('')).toMatch(/Cases \(6\)/);
    expect(text('kilder')).toMatch(/Alt indhold på sitet bygger på disse seks dokumenter/);
    expect(page('kilder')).toContain('id="testnotat"');
    expect(page('cases')).toMatch(/<meta name="description" content="Seks borgerforløb/);
    expect(page('cases')).toContain('/cases/testcase/');
    expect(text('cases/testcase')).toMatch(/Fleksjob/);
    expect(text('testnotat')).toMatch(/Giv borgeren en fast kontaktperson/);
    expect(page('anbefalinger')).toMatch(/<meta name="description" content="Alle anbefalinger[^"]*fra de seks kilder/);
    expect(text('anbefalinger')).toMatch(/Testnotatets anbefalinger Giv borgeren en fast kontaktperson/);
    expect(text('ordliste')).toMatch(/de seks kilder bruger ordene/);
  }, 180_000);
});
