/**
 * The report as a Word or ODF document and the answers as a spreadsheet, made in the browser by
 * the document code (src/lib/documents/), which loads on the click that asks for a file.
 */
import type { Assessment } from '../../../lib/selvtjek/model';
import type { TeamMember } from '../../../lib/selvtjek/team';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import DocumentDownloads from '../DocumentDownloads';

const documents = () => import('../../../lib/documents/files');

export interface Props {
  checklist: ChecklistView;
  assessment: Assessment | undefined;
  /** The team round's people (answers and notes), when it has any. */
  team: readonly TeamMember[] | null;
}

export default function ReportDownloads({ checklist, assessment, team }: Props) {
  return (
    <>
      <h3>Hent som dokument eller regneark</h3>
      <p>Rapporten som Word- eller ODF-dokument (med teamvisningen ovenfor, når den har kollegernes svar), svarene og noterne som regneark. Filen laves her på din enhed.</p>
      <DocumentDownloads label="Hent rapporten" formats={['docx', 'odt', 'csv'] as const} make={(f) => documents().then((m) => m.selvtjekFile(f, { checklist, assessment, team, origin: location.origin }))} />
    </>
  );
}
