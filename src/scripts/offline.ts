/** »Brug uden net«: whether the site is saved, and the button that asks the service worker to save it. */

import { registerServiceWorker } from './register-sw';

interface Reply {
  saved?: boolean;
  files?: number;
  done?: number;
  total?: number;
  complete?: boolean;
  failed?: boolean;
}

/** Send a request to the active worker; `onReply` gets every answer until it returns true. */
async function ask(message: 'status' | 'save-site', onReply: (r: Reply) => boolean): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  const channel = new MessageChannel();
  await new Promise<void>((done) => {
    channel.port1.onmessage = (e: MessageEvent<Reply>) => {
      if (onReply(e.data)) done();
    };
    worker.postMessage(message, [channel.port2]);
  });
  channel.port1.close();
}

const n = (x: number) => x.toLocaleString('da-DK');

/**
 * The page »Brug uden net«: say whether the site is saved in this browser, and save it when the
 * reader presses the button (never before).
 */
export async function offlinePage(status: HTMLElement, button: HTMLButtonElement): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = 'Din browser kan ikke gemme sitet til brug uden net. Sitet virker stadig, når du har forbindelse.';
    return;
  }
  const registration = await registerServiceWorker();
  if (!registration) {
    status.textContent = 'Sitet kan ikke gemmes til brug uden net: browseren tillader det ikke (fx i et privat vindue). Sitet virker stadig, når du har forbindelse.';
    return;
  }
  await ask('status', (r) => {
    status.textContent = r.saved
      ? `Sitet er gemt i denne browser (${n(r.files ?? 0)} sider og filer). Du kan gemme det igen, hvis du vil være sikker på at have det hele.`
      : 'Sitet er ikke gemt i denne browser. Sider og værktøjer, du allerede har åbnet, virker også uden net.';
    return true;
  });
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Gemmer sitet i browseren …';
    void ask('save-site', (r) => {
      if (r.failed) {
        status.textContent = 'Sitet kunne ikke gemmes helt: forbindelsen svigtede, eller browseren har ikke plads nok. Prøv igen, når du har en god forbindelse.';
      } else if (r.complete) {
        status.textContent = `Klar: ${n(r.files ?? 0)} sider og filer er gemt i denne browser. Kataloget, værktøjerne og søgningen virker nu også uden net.`;
      } else {
        status.textContent = `Gemmer sitet i browseren … ${n(r.done ?? 0)} af ${n(r.total ?? 0)} filer.`;
        return false;
      }
      button.disabled = false;
      return true;
    });
  });
}
