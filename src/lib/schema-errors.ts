/** Turn Zod issues into one Danish line per problem that names the file and the field. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export function formatIssues(file: string, issues: readonly IssueLike[]): string[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path);
    return `${file}: ${field ? `feltet "${field}"` : 'indgangen'}: ${issue.message}`;
  });
}
