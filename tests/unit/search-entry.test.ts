/** Pagefind's entry file written into every page's header form (src/lib/search/entry.ts). */
import { describe, expect, it } from 'vitest';
import { PAGEFIND_ENTRY_PLACEHOLDER, withPagefindEntry } from '../../src/lib/search/entry';

describe('the entry file in the page', () => {
  it('replaces the placeholder with the entry file, escaped for an attribute, and leaves other pages alone', () => {
    const entry = JSON.stringify({ version: '1.6.0', languages: { da: { hash: 'da_1', wasm: 'da', page_count: 2 } }, include_characters: ['_', '&'] });
    const html = `<form data-pagefind-entry="${PAGEFIND_ENTRY_PLACEHOLDER}"></form>`;
    const out = withPagefindEntry(html, entry);
    const attr = out.match(/data-pagefind-entry="([^"]*)"/)![1]!;
    expect(JSON.parse(attr.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))).toEqual(JSON.parse(entry));
    expect(withPagefindEntry('<p>ingen formular</p>', entry)).toBe('<p>ingen formular</p>');
  });
});
