#!/usr/bin/env node
/**
 * A tiny static file server for the built site (no dependencies): `npm start` and the
 * end-to-end tests use it. Serves `dist/` (or --dir) under the build's base path (or --base),
 * answers 404 with the site's 404 page, and with --headers applies the rules of `dist/_headers`
 * (the same file static hosts read) so the tests see the real Content-Security-Policy.
 *
 *   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--headers]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** Parse a Netlify/Cloudflare-style _headers file into [{ pattern, headers }]. */
export function parseHeadersFile(text) {
  const rules = [];
  let current;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const i = raw.indexOf(':');
      if (i > 0) current.headers[raw.slice(0, i).trim()] = raw.slice(i + 1).trim();
    }
  }
  return rules;
}

function matches(pattern, path) {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

export async function startServer({ dir = 'dist', base = '/', port = 4321, headers = false, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const b = base.endsWith('/') ? base : `${base}/`;
  const rules = headers ? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => '')) : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = async (status, file) => {
      const body = await readFile(file);
      const h = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      const sitePath = '/' + path.slice(b.length);
      // Header names are case-insensitive: a rule's Cache-Control replaces the default, as on a
      // real host (sending both would let "no-cache" win).
      for (const r of rules) if (matches(r.pattern, sitePath)) for (const [k, v] of Object.entries(r.headers)) h[k.toLowerCase()] = v;
      res.writeHead(status, h);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (path === b.slice(0, -1)) {
        res.writeHead(301, { location: b });
        return res.end();
      }
      if (!path.startsWith(b)) return await send(404, join(root, '404.html'));
      let file = normalize(join(root, path.slice(b.length)));
      if (!file.startsWith(root)) return await send(404, join(root, '404.html'));
      const s = await stat(file).catch(() => undefined);
      if (s?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      if (!(await stat(file).catch(() => undefined))?.isFile()) return await send(404, join(root, '404.html'));
      return await send(200, file);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return { server, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}${b}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const base = opt('base', process.env.BASE_PATH || '/');
  const { url } = await startServer({
    dir: opt('dir', 'dist'),
    base,
    port: Number(opt('port', process.env.PORT || 4321)),
    headers: args.includes('--headers'),
  });
  console.log(`Læringskataloget kører på ${url}  (stop med Ctrl+C)`);
}
