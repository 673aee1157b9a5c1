/* Service worker for offline use (generated into dist/sw.js by src/integrations/service-worker.ts).
 * - On install it caches every page and asset of this deployment under a versioned cache name.
 * - The search engine and its index (the parts the search page uses) are cached too, so search
 *   works offline.
 * - Pages and data are fetched network-first: online readers always get the deployed version;
 *   the cache is only used when the network fails, so a new deployment is never hidden.
 * - Hashed build assets (/_astro/) never change and are served cache-first.
 * - On activate, caches of earlier deployments are deleted.
 * Nothing a user types is ever cached: only GET requests for the site's own files. */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = __PRECACHE__;
const CACHE = `laeringskatalog-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((p) => BASE + p)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('laeringskatalog-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // One cache entry per file: the site's answers never depend on the query string (?q= on the
  // search page, Pagefind's ?ts= on its entry file), so it is left out of the key.
  const key = url.origin + url.pathname;
  if (url.pathname.startsWith(`${BASE}_astro/`)) {
    event.respondWith(caches.match(key).then((hit) => hit || fetchAndKeep(req, key)));
    return;
  }
  event.respondWith(
    fetchAndKeep(req, key).catch(async () => {
      const hit = await (await caches.open(CACHE)).match(key);
      if (hit) return hit;
      if (req.mode === 'navigate') {
        return new Response('<!doctype html><html lang="da"><meta charset="utf-8"><title>Ingen forbindelse</title><h1>Ingen forbindelse</h1><p>Siden er ikke gemt til brug uden net. Prøv igen, når du har forbindelse.</p>', {
          status: 503,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        });
      }
      return Response.error();
    }),
  );
});

/** Fetch from the network and keep a copy of good answers for offline use. */
async function fetchAndKeep(req, key) {
  const res = await fetch(req);
  if (res.ok && res.type === 'basic') {
    const copy = res.clone();
    caches.open(CACHE).then((cache) => cache.put(key, copy));
  }
  return res;
}
