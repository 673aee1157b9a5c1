/**
 * Registers the offline service worker (src/sw/sw.js) on tool pages, the search page and »Brug
 * uden net«. Installing it downloads nothing; it keeps what the reader fetches from then on.
 * Quietly: a browser without support simply stays online-only.
 */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:' || import.meta.env.DEV) return Promise.resolve(null);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => null);
}
