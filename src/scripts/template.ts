/**
 * Template pages: print filled or blank, mirror each field into a print-only block (form
 * controls cannot grow on paper), ask before leaving a page with typed text, clear, and download
 * the template as .docx/.odt, blank or filled (the document code loads on that click).
 * Writes nothing to any storage, cookie or URL.
 */
import { runDownload } from '../lib/documents/ui';

export function enhanceTemplate(): void {
  const root = document.querySelector<HTMLElement>('.template');
  const actions = document.querySelector<HTMLElement>('[data-template-actions]');
  if (!root || !actions) return;
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], textarea')];
  const checks = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const mirror = (f: HTMLInputElement | HTMLTextAreaElement) => {
    const out = root.querySelector<HTMLElement>(`.print-value[data-for="${f.id}"]`);
    if (out) out.textContent = f.value;
  };
  const hasText = () => fields.some((f) => f.value.trim() !== '') || checks.some((c) => c.checked);

  for (const f of fields) {
    f.value = ''; // never show text a browser might have restored
    f.addEventListener('input', () => mirror(f));
  }
  for (const c of checks) c.checked = false;

  window.addEventListener('beforeunload', (e) => {
    if (hasText()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  const print = (blank: boolean) => {
    const savedChecks = checks.map((c) => c.checked);
    if (blank) {
      // A blank print carries none of the typed text; the fields keep it for afterwards.
      root.querySelectorAll('.print-value').forEach((el) => (el.textContent = ''));
      checks.forEach((c) => (c.checked = false));
    } else {
      fields.forEach(mirror);
    }
    document.documentElement.classList.toggle('printing-blank', blank);
    const done = () => {
      document.documentElement.classList.remove('printing-blank');
      fields.forEach(mirror);
      checks.forEach((c, i) => (c.checked = savedChecks[i]!));
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  actions.querySelector('[data-print="filled"]')?.addEventListener('click', () => print(false));
  actions.querySelector('[data-print="blank"]')?.addEventListener('click', () => print(true));
  actions.querySelector('[data-clear]')?.addEventListener('click', () => {
    if (!hasText() || window.confirm('Vil du rydde alt, du har skrevet i skemaet?')) {
      fields.forEach((f) => {
        f.value = '';
        mirror(f);
      });
      checks.forEach((c) => (c.checked = false));
    }
  });
  actions.hidden = false;

  // Documents: the structure comes from the page's embedded copy of the content entry, the
  // values from the fields by id (the ids are src/lib/documents/template.ts's templateKeys).
  const downloads = document.querySelector<HTMLElement>('[data-document-downloads]');
  const data = document.getElementById('template-document')?.textContent;
  if (!downloads || !data) return;
  const status = downloads.querySelector<HTMLElement>('[data-document-status]');
  const blank = downloads.querySelector<HTMLInputElement>('[data-document-blank]');
  if (blank) blank.checked = false;
  let busy = false;
  for (const button of downloads.querySelectorAll<HTMLButtonElement>('[data-document-format]')) {
    const format = button.dataset.documentFormat === 'odt' ? 'odt' : 'docx';
    button.addEventListener('click', () => {
      if (busy) return;
      busy = true;
      const values = blank?.checked ? null : Object.fromEntries([...fields.map((f) => [f.id, f.value]), ...checks.map((c) => [c.id, c.checked])]);
      void runDownload(
        async () => (await import('../lib/documents/files')).templateFile(format, JSON.parse(data), values),
        (s) => {
          if (status) status.textContent = s.text;
          downloads.setAttribute('aria-busy', String(s.kind === 'busy'));
        },
      ).finally(() => (busy = false));
    });
  }
  downloads.hidden = false;
}
