import { describe, expect, it } from 'vitest';
import { htmlText, needsToc, tocFromHtml } from '../../src/lib/toc/toc';

describe('»På denne side«', () => {
  const html = `
    <h2 id="opbygning">Opbygning af et Joborienteret mestringsforløb (figur 1)</h2><p>…</p>
    <h3 id="en-klart-defineret-målgruppe">En klart defineret målgruppe</h3>
    <section class="anbefaling" aria-labelledby="mf-x"><h3 id="mf-x" class="a">Specificér &amp; <em>afgræns</em></h3></section>
    <h2>Uden id</h2>
    <h4 id="dybt">For dybt</h4>
    <h2 id='enkelt'>Værktøjer&#39;s &quot;side&quot;</h2>`;

  it('lists h2 and h3 headings with an id, in order, as plain text', () => {
    expect(tocFromHtml(html)).toEqual([
      { depth: 2, id: 'opbygning', text: 'Opbygning af et Joborienteret mestringsforløb (figur 1)' },
      { depth: 3, id: 'en-klart-defineret-målgruppe', text: 'En klart defineret målgruppe' },
      { depth: 3, id: 'mf-x', text: 'Specificér & afgræns' },
      { depth: 2, id: 'enkelt', text: 'Værktøjer\'s "side"' },
    ]);
  });

  it('counts sections by h2', () => {
    const entries = tocFromHtml(html);
    expect(needsToc(entries, 2)).toBe(true);
    expect(needsToc(entries, 3)).toBe(false);
    expect(needsToc([])).toBe(false);
  });

  it('decodes entities and collapses white space', () => {
    expect(htmlText(' a&nbsp;&lt;b&gt;\n  <b>c</b>&#x2013;d ')).toBe('a <b> c–d');
  });
});
