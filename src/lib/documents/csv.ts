/**
 * Selvtjek answers as CSV that Danish Excel opens with a double click, without an import
 * dialog: UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and
 * æ/ø/å break), semicolons between fields (Danish Excel's list separator; a comma is the
 * decimal sign), CRLF between records, and RFC 4180 quoting: a field that holds a quote, a
 * semicolon or a line break is quoted and its quotes doubled. LibreOffice Calc reads the same
 * file. One row per question; columns for area, question and each person's answer and note.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and tab
 * or CR, which some strip first) as a formula – a typed note such as `=HYPERLINK(…)` would
 * become a live link or worse. Such a cell gets a leading apostrophe, as OWASP recommends:
 * the spreadsheet shows it as text, and the text itself is kept after the apostrophe. Quoting
 * alone does not help, since a quoted field is still evaluated. Pure.
 */
import { answerLabelOf, answerOf } from '../selvtjek/scoring';
import { agreementOf } from '../selvtjek/team';
import { AGREEMENT_LABELS, type ReportChecklist, type TeamMember } from './selvtjek';
import { cleanText } from './model';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, guarded against formulas and quoted when needed. */
export function csvCell(value: string): string {
  const v = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows to CSV text: BOM, `;`, CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';') + '\r\n').join('');
}

/** One person (an assessment) or a team: a row per question, answer and note per person. */
export function selvtjekCsv(checklist: ReportChecklist, people: readonly TeamMember[]): string {
  const team = people.length > 1;
  const names = people.map((p, i) => p.name.trim() || `Deltager ${i + 1}`);
  const header = ['Område', 'Spørgsmål', ...names.flatMap((n) => [`${n}: svar`, `${n}: note`]), ...(team ? ['Enighed'] : [])];
  const rows: string[][] = [header];
  for (const area of checklist.omraader) {
    for (const q of area.spoergsmaal) {
      const codes = people.map((p) => answerOf(checklist, p.answers, q.id));
      rows.push([
        area.titel,
        [q.tekst, ...q.underpunkter.map((u) => `• ${u}`)].join('\n'),
        ...people.flatMap((p, i) => {
          const c = codes[i];
          return [c ? answerLabelOf(checklist, q.id, c) : '', cleanText(p.notes?.[q.id] ?? '')];
        }),
        ...(team ? [AGREEMENT_LABELS[agreementOf(codes)]] : []),
      ]);
    }
  }
  return toCsv(rows);
}
