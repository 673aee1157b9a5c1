/* Service worker for offline use (generated into dist/sw.js by src/integrations/service-worker.ts).
 * - It never downloads the site on its own. Installing it fetches nothing, so a reader who opens
 *   the search or a tool for the first time downloads only what that needs.
 * - What the reader fetches is kept (runtime caching), so pages and tools already used work
 *   offline.
 * - The whole site (every page and asset, and what the search uses: the list in FILES_URL,
 *   written next to this file by the build) is saved only when the reader asks for it on »Brug
 *   uden net« (src/scripts/offline.ts sends 'save-site'), in small steps. That choice is remembered, and a new deployment saves the new version in its
 *   install step, so a reader who asked keeps a complete, current copy. Nothing is downloaded
 *   "when idle" behind the reader's back.
 * - Pages and data are fetched network-first: online readers always get the deployed version;
 *   the cache is only used when the network fails, so a new deployment is never hidden.
 * - Hashed build assets (/_astro/) never change and are served cache-first.
 * - On activate, caches of earlier deployments are deleted.
 * Nothing a user types is ever cached: only GET requests for the site's own files, keyed without
 * the query string. */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
/** The files of the whole site: fetched only when the reader asks to save it. */
const FILES_URL = `${BASE}__FILES__`;
const CACHE = `laeringskatalog-${VERSION}`;
/** Remembers that the reader asked for the whole site (one entry; kept across deployments). */
const CHOICE = 'laeringskatalog-valg';
const CHOICE_KEY = `${BASE}__hele-sitet__`;
/** Files fetched at a time when the whole site is saved. */
const STEP = 6;

const wantsWholeSite = async () => Boolean(await (await caches.open(CHOICE)).match(CHOICE_KEY));

/** Save every file of this deployment, STEP at a time; `progress(done, total)` after each step. */
async function saveSite(progress) {
  const cache = await caches.open(CACHE);
  const list = await fetch(FILES_URL, { cache: 'no-store' });
  if (!list.ok) throw new Error(`${FILES_URL}: ${list.status}`);
  const urls = (await list.json()).map((p) => BASE + p);
  for (let i = 0; i < urls.length; i += STEP) {
    await cache.addAll(urls.slice(i, i + STEP));
    progress(Math.min(i + STEP, urls.length), urls.length);
  }
  await (await caches.open(CHOICE)).put(CHOICE_KEY, new Response('ja'));
}

self.addEventListener('install', (event) => {
  // Only a reader who asked for the whole site gets the new deployment saved here.
  event.waitUntil(
    wantsWholeSite()
      .then((yes) => (yes ? saveSite(() => {}) : undefined))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('laeringskatalog-') && k !== CACHE && k !== CHOICE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port) return;
  if (event.data === 'save-site') {
    event.waitUntil(
      saveSite((done, total) => port.postMessage({ done, total }))
        .then(async () => port.postMessage({ complete: true, files: (await (await caches.open(CACHE)).keys()).length }))
        .catch(() => port.postMessage({ failed: true })),
    );
  } else if (event.data === 'status') {
    event.waitUntil(
      wantsWholeSite().then(async (saved) => port.postMessage({ saved, files: (await (await caches.open(CACHE)).keys()).length })),
    );
  }
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
        return new Response(
          `<!doctype html><html lang="da"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ingen forbindelse</title><h1>Ingen forbindelse</h1><p>Siden er ikke gemt til brug uden net: kun de sider, du har åbnet, og hele sitet, hvis du har gemt det på siden »Brug uden net« (${BASE}uden-net/). Prøv igen, når du har forbindelse.</p>`,
          { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
        );
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
