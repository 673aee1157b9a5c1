/**
 * One problem the content check found, and the plain Danish report made of them. Every problem
 * names the file, the line in the file (counted from the top, front matter included), the field
 * (when there is one), what is wrong and how to fix it.
 */

export interface Problem {
  /** Path from the project root, e.g. "src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml". */
  file: string;
  /** Line in the file, 1-based, counted from the top of the file. */
  line: number;
  /** The field as a path ("omraader[0].spoergsmaal[2].tekst"), or a component ("<Anbefaling id>"). */
  field?: string;
  /** What is wrong, in Danish, without a final full stop. */
  message: string;
  /** How to fix it, in Danish, one sentence or two. */
  fix: string;
}

/** A field path as written in messages: ["omraader", 0, "tekst"] → "omraader[0].tekst". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** One line: »fil, linje N, feltet »x«: hvad er galt. Sådan retter du det.« */
export function formatProblem(p: Problem): string {
  const where = `${p.file}, linje ${p.line}`;
  const field = p.field ? (p.field.startsWith('<') ? `, ${p.field}` : `, feltet »${p.field}«`) : '';
  return `${where}${field}: ${sentence(p.message)} ${sentence(p.fix)}`;
}

/** Problems in a stable order: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** The whole report: a heading with the count, then one line per problem. Empty list → all is well. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Indholdstjekket fandt ingen fejl.';
  const n = problems.length;
  const head = `Indholdstjekket fandt ${n === 1 ? 'én fejl' : `${n} fejl`}. Ret ${n === 1 ? 'den' : 'dem'}, og kør npm run check:content igen:`;
  return [head, ...sortProblems(problems).map((p) => `- ${formatProblem(p)}`)].join('\n');
}
