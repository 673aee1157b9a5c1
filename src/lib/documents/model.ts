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

/** A table cell: its text, or – when blank – room for `lines` handwritten lines. */
export interface DocCell {
  text: string;
  lines?: number | undefined;
}

export type DocBlock =
  /** Level 1 is the document title (the writers put it first); blocks use 2–4. */
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
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
  /** A labelled field: the typed value, or `lines` empty writing lines when it is blank. */
  | { type: 'field'; label: string; value: string; lines: number }
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
