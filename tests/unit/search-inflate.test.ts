/**
 * src/scripts/pagefind.ts `inflated`: Pagefind's files are inflated by the browser when they
 * arrive as gzip, and left alone when the host's Content-Encoding had the browser inflate them
 * already (Pagefind then finds its mark and reads them as they are), or the request failed.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { inflated } from '../../src/scripts/pagefind';

const file = new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...Array.from({ length: 5000 }, (_, i) => (i * 7) % 256)]);
const bytes = async (r: Response) => new Uint8Array(await r.arrayBuffer());

describe('inflated', () => {
  it('inflates a file that arrives as gzip, in one piece or in many', async () => {
    expect(await bytes(await inflated(new Response(gzipSync(file))))).toEqual(file);
    const gz = gzipSync(file);
    const trickle = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(gz.subarray(0, 1)); // the first piece one byte
        for (let i = 1; i < gz.length; i += 7) c.enqueue(gz.subarray(i, i + 7));
        c.close();
      },
    });
    expect(await bytes(await inflated(new Response(trickle)))).toEqual(file);
  });

  it('passes on a file the browser has inflated already, and a failed request, as they are', async () => {
    expect(await bytes(await inflated(new Response(file)))).toEqual(file);
    const missing = new Response('not found', { status: 404 });
    expect(await inflated(missing)).toBe(missing);
    expect(await bytes(await inflated(new Response(new Uint8Array())))).toEqual(new Uint8Array());
  });
});
