/**
 * Index-only words for tool and template pages: what they are about in their own words, where
 * Pagefind cannot see them. Pagefind does not index form labels, so a template's questions
 * ("Hvilke forventninger har du til mødetider og timetal?") would otherwise be unfindable. The
 * words come from the content entry itself; nothing is added that the page does not show.
 */
export interface TemplateFields {
  sektioner: { felter: { label: string }[] }[];
}

/** The field labels of a template, once each, as one line of text for `data-pagefind-meta`. */
export function templateKeywords(data: TemplateFields): string {
  const labels = data.sektioner.flatMap((s) => s.felter.map((f) => f.label.trim()));
  // Each label ends as a sentence, so its last word never runs into the next label's first.
  return [...new Set(labels)].map((l) => (/[.?!:]$/.test(l) ? l : `${l}.`)).join(' ');
}
