/**
 * One neutral document model for every generated document (templates, Min plan, the Selvtjek
 * report). Builders (template.ts, plan.ts, selvtjek.ts) make it from the content entries and
 * what the user typed; writers (odt.ts, docx.ts) turn it into a file. It holds only what an
 * editable document needs: headings, paragraphs, lists, tables, form fields with their label and
 * typed value (or empty writing lines), page orientation and the footer. Never images. Pure.
 */
import { slugify } from '../recommendations';
import { danishDate } from '../storage/fields';

export interface DocListItem {
  text: string;
  children?: DocListItem[] | undefined;
}

/**
 * A table cell: its text; with `lines`, a cell to write in – its text (if any) on ruled lines,
 * and ruled lines below it up to `lines` in all, as the print view draws it.
 */
export interface DocCell {
  text: string;
  lines?: number | undefined;
}

export type DocBlock =
  /**
   * Level 1 is the document title (the writers put it first); blocks use 2–4. Every heading is
   * a real one (outline level, PDF bookmark) and stays on the page of what follows it;
   * `pageBreakBefore` starts a new page with it (as a template section with `nySide`).
   */
  | { type: 'heading'; level: 2 | 3 | 4; text: string; pageBreakBefore?: boolean | undefined }
  | { type: 'paragraph'; text: string; style?: 'strong' | 'muted' | undefined }
  | { type: 'list'; ordered: boolean; items: DocListItem[] }
  | {
      type: 'table';
      /** Shown as a bold line above the table. */
      caption?: string | undefined;
      /** Header row. */
      columns: string[];
      /** The first cell of every row is the row's label. */
      rowHeaders: boolean;
      rows: DocCell[][];
      /** Relative column widths; equal when left out. */
      widths?: number[] | undefined;
    }
  /**
   * A labelled field: the typed value on ruled lines, and ruled lines below it up to `lines` in
   * all (the print view's height), so a form filled in briefly has the pages of the blank one.
   * `inline`: a short one-line field (a date, a name) that the writers may set beside the
   * following inline fields on one line, label and a line to write on, as the print view does
   * with the site's added fields.
   */
  | { type: 'field'; label: string; value: string; lines: number; inline?: boolean | undefined }
  | { type: 'check'; label: string; checked: boolean };

export interface DocModel {
  title: string;
  /** The source line under the title, as in the print view ("Kilde: " is added by the writers). */
  source?: string | undefined;
  /** Document language (BCP 47); every document on this site is Danish. */
  language: 'da-DK';
  orientation: 'portrait' | 'landscape';
  /** Footer text on every page, before "Side x af y". */
  footer: string;
  blocks: DocBlock[];
  /** File name without extension, ascii. */
  filename: string;
}

export const SITE_NAME = 'Læringskatalog for en jobrettet indsats';

// Characters XML 1.0 cannot hold (C0 controls except tab/LF/CR, U+FFFE/U+FFFF) and lone
// surrogate halves (typed or pasted text can carry them; a writer must not).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as every writer takes it: line breaks as "\n", tabs as a space (a textarea cannot type
 * one, a paste can, and no document here has tab stops), no characters XML cannot hold, and
 * composed (NFC) so "å" typed as a + ring is one letter in every reader.
 */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVALID, '').normalize('NFC');
}

/** A typed value: `''` when it is only white space (the writers then draw writing lines). */
export const typed = (v: unknown): string => (typeof v === 'string' && v.trim() !== '' ? cleanText(v) : '');

/** "Blåbær-grød 2027" → "blaabaer-groed-2027": file names without personal data or odd characters. */
export const fileSlug = (s: string): string => slugify(s).slice(0, 60);

/** "2027-03-01" → "1. marts 2027" (the tools' one Danish date format). */
export { danishDate };

/** Today's date as YYYY-MM-DD in local time (for file names). */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
