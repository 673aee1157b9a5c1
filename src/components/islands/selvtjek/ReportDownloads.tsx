/**
 * The report as a Word or ODF document and the answers as a spreadsheet, made in the browser by
 * the document code (src/lib/documents/), which loads on the click that asks for a file.
 */
import type { Assessment } from '../../../lib/selvtjek/model';
import type { TeamRoundReport } from '../../../lib/selvtjek/team';
import type { ChecklistView } from '../../../lib/selvtjek/view';
import DocumentDownloads from '../DocumentDownloads';

const documents = () => import('../../../lib/documents/files');

export interface Props {
  checklist: ChecklistView;
  assessment: Assessment | undefined;
  /** The team round shown on the page, while it holds colleagues' answers: the report is then the team's. */
  team: TeamRoundReport | null;
  /** The two assessments the comparison shows, when there is one. */
  comparison: { a: Assessment; b: Assessment } | null;
}

export default function ReportDownloads({ checklist, assessment, team, comparison }: Props) {
  return (
    <>
      <h3>Hent som dokument eller regneark</h3>
      <p>Rapporten som Word- eller ODF-dokument – teamets rapport, mens teamrunden ovenfor er åben med kollegernes svar – og dine svar og noter som regneark. Filen laves her på din enhed.</p>
      <DocumentDownloads label="Hent rapporten" formats={['docx', 'odt', 'csv'] as const} make={(f) => documents().then((m) => m.selvtjekFile(f, { checklist, assessment, team, comparison, origin: location.origin }))} />
    </>
  );
}
