/**
 * Selvtjek answers as CSV that Danish Excel opens with a double click, without an import
 * dialog: UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and
 * æ/ø/å break), semicolons between fields (Danish Excel's list separator; a comma is the
 * decimal sign), CRLF between records, and RFC 4180 quoting: a field that holds a quote, a
 * semicolon, a comma or a line break is quoted and its quotes doubled (the comma for readers
 * that split on commas as well, as LibreOffice's import can). LibreOffice Calc reads the same file.
 *
 * The first record names what the file is – the checklist's title, whose answers (an
 * assessment's name, or the team) and the date – since a file passed on by mail loses its
 * name. It is a plain record (no `sep=` line, which makes Excel ignore the byte order mark), so
 * nothing asks how to import it. Then a header row, then one row per question: area, question
 * and each person's answer and note.
 *
 * Formula injection (OWASP, »CSV Injection«): a spreadsheet runs a cell that starts with `=`,
 * `+`, `-` or `@` as a formula, so a typed note such as `=HYPERLINK(…)` would become a live link
 * or worse. OWASP also lists tab and CR as first characters, because readers strip them before
 * they look; LibreOffice's »Trim spaces« strips spaces too, and computes ` =1+1`. So the guard
 * looks at the first character that is not white space (any Unicode space, tab, CR, LF): if it
 * starts a formula, the whole cell gets a leading apostrophe, as OWASP recommends – the
 * spreadsheet shows the text as text, and the typed text is kept after the apostrophe. Quoting
 * alone does not help: a quoted field is still evaluated.
 *
 * The one exemption, because it is provably harmless: a signed number and nothing else
 * (»-10 %«, »+2«, »-1.250,5«; not »+45 1234«, which Excel computes as two numbers). Excel and LibreOffice read it as that number (or, as a formula,
 * compute that same number); no function, reference or operator besides the sign and a
 * percent can be in it. A dash bullet (»- punkt«) is not exempt: Excel reads `- punkt` as a
 * formula (minus the name »punkt«, a space being its intersection operator) and shows #NAVN?
 * (#NAME?) instead of the text, and `- 2+3+cmd|…` after a bullet dash is a live formula, so no
 * rule short of a formula parser can tell a harmless bullet from an attack. Pure.
 */
import { answerLabelOf, answerOf } from '../selvtjek/scoring';
import { agreementOf } from '../selvtjek/team';
import { AGREEMENT_LABELS, type ReportChecklist, type TeamMember } from './selvtjek';
import { cleanText, danishDate } from './model';

/** The characters that make a spreadsheet read a cell as a formula (after leading white space). */
const FORMULA_START = /^\s*[=+\-@]/;
/** A signed number alone: digits with thousands and decimal marks (. and ,), an optional %. */
const SIGNED_NUMBER = /^\s*[+-]\s?\d+(?:[.,]\d+)*\s?%?\s*$/;

/** Whether a spreadsheet would compute the cell (see the module comment for the rule and why). */
export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value) && !SIGNED_NUMBER.test(value);
}

/** One field, guarded against formulas and quoted when needed. */
export function csvCell(value: string): string {
  const v = isFormulaLike(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows to CSV text: BOM, `;`, CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';') + '\r\n').join('');
}

/** What the first record says besides the checklist's title. */
export interface CsvHeading {
  /** Whose answers: an assessment's name, or a team. */
  label?: string | undefined;
  /** YYYY-MM-DD: the assessment's date, or the day the file was made. */
  date?: string | undefined;
}

/**
 * One person (an assessment) or a team: the title record, a header row, and a row per
 * question with answer and note per person.
 */
export function selvtjekCsv(checklist: ReportChecklist, people: readonly TeamMember[], heading: CsvHeading = {}): string {
  const team = people.length > 1;
  const names = people.map((p, i) => p.name.trim() || `Deltager ${i + 1}`);
  const title = [checklist.titel, ...(heading.label ? [cleanText(heading.label)] : []), ...(heading.date ? [danishDate(heading.date)] : [])];
  const header = ['Område', 'Spørgsmål', ...names.flatMap((n) => [`${n}: svar`, `${n}: note`]), ...(team ? ['Enighed'] : [])];
  const rows: string[][] = [title, header];
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
