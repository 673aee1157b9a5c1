/**
 * HTML validity of the whole build (DIST_DIR, so both the root and the sub-path build): the W3C
 * Nu Html Checker (npm `vnu-jar`, needs Java) runs once over the directory – one JVM start, not
 * one per page – and must report no errors. It also checks the built CSS and the SVG files:
 * our CSS is hand-written and small, so a typo there is worth a failing test, and it costs no
 * extra JVM start. Plus a check the checker cannot make: a paragraph that is only bold text and
 * introduces a list is a heading in disguise (»Redskaber:«) and must be a real heading.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { inject } from 'vitest';
import { parseFragment } from 'parse5';
import { builtPages } from './browser';

const dist = resolve(inject('distDir'));
const VNU = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function runVnu(dir: string): VnuMessage[] {
  const r = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--also-check-css', '--also-check-svg', '--errors-only', '--format', 'json', '--stdout', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`Nu Html Checker kunne ikke starte (mangler Java? apt-get install default-jre-headless): ${r.error.message}`);
  const out = r.stdout.trim();
  if (!out.startsWith('{')) throw new Error(`Nu Html Checker gav ikke JSON (exit ${r.status}): ${(r.stderr || out).slice(0, 500)}`);
  return (JSON.parse(out) as { messages: VnuMessage[] }).messages;
}

describe('W3C Nu Html Checker', () => {
  it('reports no errors on any page of the build', () => {
    const messages = runVnu(dist);
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => {
        const file = m.url ? relative(dist, decodeURI(m.url.replace(/^file:/, ''))) : '?';
        return `${file}:${m.lastLine ?? '?'}: ${m.message}`;
      });
    expect(errors).toEqual([]);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
}
const LISTS = new Set(['ul', 'ol', 'dl']);
const isBlank = (n: Node) => n.nodeName === '#text' && !(n.value ?? '').trim();
const textOf = (n: Node): string => (n.nodeName === '#text' ? n.value ?? '' : (n.childNodes ?? []).map(textOf).join(''));

/** `<p><strong>Redskaber:</strong></p>` (only bold text) directly followed by a list. */
function fakeHeadings(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7);
  const found: string[] = [];
  const walk = (n: Node) => {
    const kids = (n.childNodes ?? []).filter((c) => !isBlank(c));
    kids.forEach((c, i) => {
      if (c.nodeName !== 'p') return;
      const inner = (c.childNodes ?? []).filter((x) => !isBlank(x));
      const onlyBold = inner.length === 1 && (inner[0]!.nodeName === 'strong' || inner[0]!.nodeName === 'b');
      if (onlyBold && LISTS.has(kids[i + 1]?.nodeName ?? '')) found.push(textOf(c).trim());
    });
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(main) as unknown as Node);
  return found;
}

describe('headings', () => {
  it('the check finds a heading in disguise', () => {
    expect(fakeHeadings('<main><p><strong>Redskaber:</strong></p>\n<ul><li>x</li></ul><p><strong>Fremhævet.</strong></p><h3>y</h3></main>')).toEqual(['Redskaber:']);
  });

  it('no page has a bold paragraph standing in for the heading of a list', () => {
    const found = builtPages(dist).flatMap((p) => {
      const file = join(dist, p.endsWith('.html') ? p : join(p, 'index.html'));
      return fakeHeadings(readFileSync(file, 'utf8')).map((t) => `${p}: »${t}«`);
    });
    expect(found).toEqual([]);
  });
});
