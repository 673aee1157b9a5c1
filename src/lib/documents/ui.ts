/**
 * What the download buttons say and do, shared by the React tools (DocumentDownloads.tsx) and
 * the template page's vanilla script: the labels, the Danish status messages, and one run of
 * make-then-save. Tiny and loaded with the page; the document code itself (files.ts) is
 * imported only on click.
 */
import { saveBlob } from '../download';
import type { DocumentFormat, MadeFile } from './files';

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  docx: 'Hent som Word (.docx)',
  odt: 'Hent som ODF (.odt)',
  csv: 'Hent som regneark (.csv)',
};

export type DownloadStatus = { kind: 'busy' | 'done' | 'error'; text: string };

export async function runDownload(make: () => Promise<MadeFile>, report: (s: DownloadStatus) => void): Promise<void> {
  report({ kind: 'busy', text: 'Laver filen …' });
  try {
    const file = await make();
    saveBlob(file.filename, file.blob);
    report({ kind: 'done', text: `Filen ${file.filename} er lavet her på din enhed. Intet er sendt nogen steder hen.` });
  } catch (err) {
    console.warn(err);
    report({ kind: 'error', text: 'Filen kunne ikke laves. Prøv igen, eller brug udskrivning i stedet.' });
  }
}
