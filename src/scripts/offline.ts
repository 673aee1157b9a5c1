/** Register the offline service worker, quietly: a browser without support simply stays online-only. */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:' || import.meta.env.DEV) return Promise.resolve(null);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => null);
}

/** The page »Brug uden net«: save the site for offline use and say how it went. */
export async function saveForOffline(status: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = 'Din browser kan ikke gemme sitet til brug uden net. Sitet virker stadig, når du har forbindelse.';
    return;
  }
  status.textContent = 'Gemmer sitet i browseren …';
  const registration = await registerServiceWorker();
  if (!registration) {
    status.textContent = 'Sitet kunne ikke gemmes til brug uden net: browseren tillod det ikke (fx i et privat vindue). Sitet virker stadig, når du har forbindelse.';
    return;
  }
  await navigator.serviceWorker.ready;
  // The worker is active once everything is cached and older copies are deleted.
  const worker = registration.active;
  if (worker && worker.state !== 'activated') {
    await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
  }
  const names = (await caches.keys()).filter((k) => k.startsWith('laeringskatalog-'));
  let count = 0;
  for (const name of names) count = Math.max(count, (await (await caches.open(name)).keys()).length);
  status.textContent = `Klar: ${count.toLocaleString('da-DK')} sider og filer er gemt i denne browser. Kataloget og værktøjerne virker nu også uden net.`;
}
