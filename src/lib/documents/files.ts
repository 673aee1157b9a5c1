/**
 * The one module the download buttons import, with a dynamic import() on click: builds the
 * document model and writes the file. The .docx writer (and with it the `docx` library) is a
 * further dynamic import, so an .odt or .csv never loads it. Everything happens on the device.
 */
import { fromPlan, planDocItems } from './plan';
import { fromSelvtjekReport, type ReportAssessment, type ReportChecklist, type ReportComparison, type TeamMember, type TeamRoundReport } from './selvtjek';
import { isUnnamed, nameSlug } from '../selvtjek/team-names';
import { fromTemplate, type TemplateData, type TemplateValues } from './template';
import { selvtjekCsv } from './csv';
import { toOdt, ODT_MIME } from './odt';
import { isoDay, type DocModel } from './model';

export type DocumentFormat = 'docx' | 'odt' | 'csv';
export interface MadeFile {
  filename: string;
  blob: Blob;
}

const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export async function writeDocument(doc: DocModel, format: 'docx' | 'odt'): Promise<MadeFile> {
  if (format === 'docx') {
    const { toDocx, DOCX_MIME } = await import('./docx');
    return { filename: `${doc.filename}.docx`, blob: new Blob([bytes(await toDocx(doc))], { type: DOCX_MIME }) };
  }
  return { filename: `${doc.filename}.odt`, blob: new Blob([bytes(await toOdt(doc))], { type: ODT_MIME }) };
}

const csvFile = (filename: string, text: string): MadeFile => ({ filename, blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) });

/** What a template page embeds: the entry's data and its formatted source line. */
export interface TemplateInput {
  template: TemplateData;
  source: string;
}

/** A template, blank (`values` null) or filled. The file name never carries what was typed. */
export function templateFile(format: 'docx' | 'odt', input: TemplateInput, values: TemplateValues | null, now = new Date()): Promise<MadeFile> {
  const doc = fromTemplate(input.template, values ?? {}, { source: input.source });
  return writeDocument({ ...doc, filename: values ? `${doc.filename}-udfyldt-${isoDay(now)}` : `${doc.filename}-tomt` }, format);
}

/** Min plan: its rows (in the user's order) and the recommendations they name. */
export function planFile(format: 'docx' | 'odt', rows: Parameters<typeof planDocItems>[0], recommendations: Parameters<typeof planDocItems>[1], now = new Date()): Promise<MadeFile> {
  return writeDocument(fromPlan(planDocItems(rows, recommendations), now), format);
}

export interface SelvtjekInput {
  checklist: ReportChecklist;
  assessment?: ReportAssessment | undefined;
  /** The team round shown on the page (the report is then the team's). */
  team?: TeamRoundReport | null | undefined;
  /** The two assessments the comparison on the page shows. */
  comparison?: ReportComparison | null | undefined;
  /** The site's origin, for links to passages (e.g. "https://kommune.dk"). */
  origin?: string | undefined;
}

/** A name as the start of a file name's last part ("anne-hansen-"), or nothing for a name the tool gave. */
const whose = (name: string | undefined) => (name === undefined || isUnnamed(name) || !nameSlug(name) ? '' : `${nameSlug(name)}-`);

/** The report as .docx/.odt (the team's report when a team round is shown), or one assessment as .csv. */
export async function selvtjekFile(format: DocumentFormat, input: SelvtjekInput, now = new Date()): Promise<MadeFile> {
  const { checklist, assessment } = input;
  if (format === 'csv') {
    const person: TeamMember = assessment ? { name: assessment.name, answers: assessment.answers, notes: assessment.notes } : { name: 'Vurdering', answers: {}, notes: {} };
    const date = assessment?.date ?? isoDay(now);
    return csvFile(`${checklist.id}-${whose(assessment?.name)}${date}.csv`, selvtjekCsv(checklist, [person], { label: assessment?.name.trim() || undefined, date }));
  }
  return writeDocument(fromSelvtjekReport(checklist, assessment, { team: input.team, comparison: input.comparison, origin: input.origin }), format);
}

/** The team view as CSV: every person's answer and note per question; named after the round when there is one. */
export function teamCsvFile(checklist: ReportChecklist, team: readonly TeamMember[], now = new Date(), round?: { name: string; date: string }): MadeFile {
  const date = round?.date ?? isoDay(now);
  return csvFile(`${checklist.id}-${whose(round?.name) || 'team-'}${date}.csv`, selvtjekCsv(checklist, team, { label: round?.name.trim() || 'Teamvisning', date }));
}
