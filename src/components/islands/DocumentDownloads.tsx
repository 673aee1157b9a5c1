/**
 * Download buttons for documents made on the device (.docx, .odt, .csv). The document code is
 * imported by `make` on click, never with the page. While a file is being made the buttons stay
 * focusable (aria-disabled) so keyboard focus is not lost; the status line says what happened.
 */
import { useState } from 'react';
import { FORMAT_LABELS, runDownload, type DownloadStatus } from '../../lib/documents/ui';
import type { DocumentFormat, MadeFile } from '../../lib/documents/files';

export interface Props<F extends DocumentFormat> {
  /** Accessible name of the group, e.g. "Hent rapporten som dokument". */
  label: string;
  formats: readonly F[];
  make: (format: F) => Promise<MadeFile>;
  disabled?: boolean | undefined;
  /** Button text per format where the default does not fit. */
  labels?: Partial<Record<DocumentFormat, string>> | undefined;
}

export default function DocumentDownloads<F extends DocumentFormat>({ label, formats, make, disabled, labels }: Props<F>) {
  const [status, setStatus] = useState<DownloadStatus | null>(null);
  const busy = status?.kind === 'busy';
  return (
    <div className="document-downloads no-print" role="group" aria-label={label}>
      <p className="button-row">
        {formats.map((f) => (
          <button key={f} type="button" className="secondary" data-document-format={f} disabled={disabled} aria-disabled={busy || undefined} onClick={() => !busy && void runDownload(() => make(f), setStatus)}>
            {labels?.[f] ?? FORMAT_LABELS[f]}
          </button>
        ))}
      </p>
      <p role="status" className={status?.kind === 'error' ? 'download-status error' : 'download-status muted'}>{status?.text}</p>
    </div>
  );
}
