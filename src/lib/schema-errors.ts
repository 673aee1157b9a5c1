/**
 * Zod's schema failures in plain Danish: an error map (as Starlight's `utils/error-map.ts` does
 * for its config) gives each issue a Danish message – »mangler«, »skal være en tekst, men er et
 * tal« – and `fixFor` says how to fix it. Messages the schemas set themselves (»må ikke være
 * tom«, the page-number pattern, refinements) are kept: Zod prefers them over this map.
 */
import type { z } from 'astro/zod';

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** Issue fields the map and the fixes read (Zod 4's raw issue, with the input reported). */
interface RawIssue {
  code?: string;
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
  path?: readonly PropertyKey[];
  message?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** What a value is, in Danish: "et tal", "en liste" … */
function kind(v: unknown): string {
  if (v === null) return 'tom';
  if (Array.isArray(v)) return 'en liste';
  switch (typeof v) {
    case 'string':
      return 'en tekst';
    case 'number':
      return Number.isInteger(v) ? 'et tal' : 'et decimaltal';
    case 'boolean':
      return `${v}`;
    case 'object':
      return 'en gruppe af felter';
    default:
      return typeof v;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
};

const quote = (v: unknown) => `»${typeof v === 'string' ? v : JSON.stringify(v)}«`;
const plural = (n: number | bigint, one: string, many: string) => (Number(n) === 1 ? one : many);

/** Danish message for one issue; undefined leaves Zod's (only for issue kinds we never see). */
export function danishMessage(iss: RawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'mangler';
      return `skal være ${EXPECTED[iss.expected ?? ''] ?? iss.expected}, men er ${kind(iss.input)}`;
    case 'too_small': {
      const n = iss.minimum ?? 0;
      if (iss.origin === 'string') return Number(n) <= 1 ? 'må ikke være tom' : `skal være mindst ${n} tegn`;
      if (iss.origin === 'array' || iss.origin === 'set') return Number(n) <= 1 ? 'skal have mindst ét punkt' : `skal have mindst ${n} punkter`;
      return `skal være mindst ${n}`;
    }
    case 'too_big': {
      const n = iss.maximum ?? 0;
      if (iss.origin === 'string') return `må højst være ${n} tegn`;
      if (iss.origin === 'array' || iss.origin === 'set') return `må højst have ${n} ${plural(n, 'punkt', 'punkter')}`;
      return `må højst være ${n}`;
    }
    case 'invalid_value':
      return `${quote(iss.input)} er ikke en af de tilladte værdier (${(iss.values ?? []).map((v) => String(v)).join(', ')})`;
    case 'unrecognized_keys':
      return `ukendt felt ${(iss.keys ?? []).map(quote).join(', ')}`;
    case 'invalid_format':
      return 'har ikke den rigtige form';
    case 'invalid_union':
      return 'har ikke en gyldig form';
    case 'not_multiple_of':
      return 'skal være et helt tal';
    default:
      return undefined;
  }
}

/** The error map for `schema.safeParse(value, { error: danishErrorMap })`. */
export const danishErrorMap = ((iss: RawIssue) => danishMessage(iss)) as unknown as z.core.$ZodErrorMap;

const PAGES_FIX = 'Skriv sidetal som »3«, »4–11« eller »9, 12« – med tankestreg (–) mellem første og sidste side';

/** How to fix one issue, in Danish. */
export function fixFor(iss: RawIssue): string {
  const path = iss.path ?? [];
  const key = String([...path].reverse().find((k) => typeof k === 'string') ?? 'feltet');
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `Tilføj feltet »${key}« (se en anden fil i samme mappe, og skemaet i src/content/schemas.ts)`;
      if (iss.expected === 'string' && (typeof iss.input === 'number' || typeof iss.input === 'boolean')) {
        return `Sæt værdien i anførselstegn: ${key}: "${String(iss.input)}"`;
      }
      if (iss.expected === 'string') return 'Skriv en tekst (i anførselstegn, hvis den indeholder »:« eller »#«)';
      if (iss.expected === 'array') return 'Skriv en liste: ét punkt pr. linje, hvert med »- « foran';
      if (iss.expected === 'object') return `Skriv felterne indrykket under »${key}:«`;
      if (iss.expected === 'number' || iss.expected === 'int') return 'Skriv et helt tal uden anførselstegn';
      if (iss.expected === 'boolean') return 'Skriv true eller false uden anførselstegn';
      return 'Ret værdien, så den har den type, skemaet i src/content/schemas.ts beskriver';
    case 'too_small':
      if (iss.origin === 'string') return 'Skriv teksten, eller fjern feltet, hvis det ikke skal bruges';
      if (iss.origin === 'array') return 'Tilføj de punkter, der mangler';
      return 'Ret tallet';
    case 'too_big':
      return iss.origin === 'array' ? 'Fjern de punkter, der er for mange' : 'Gør værdien mindre';
    case 'invalid_value':
      return `Skriv en af de tilladte værdier: ${(iss.values ?? []).map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'Ret stavningen af feltnavnet, eller fjern feltet; de tilladte felter står i skemaet i src/content/schemas.ts og i docs/CONTENT-GUIDE.md';
    case 'invalid_format':
      if (key === 'sider' || key === 'sideomfang') return PAGES_FIX;
      if (/^(id|anker|kilde|side|tema|parent|anbefaling|anbefalinger|pejlemaerke|kommune|udfald|gruppe|tidligereIder)$/.test(key)) {
        return 'Skriv et id med små bogstaver a–z, tal og bindestreger (æ→ae, ø→oe, å→aa), og uden mellemrum';
      }
      return 'Ret værdien, så den passer til beskrivelsen';
    default:
      return 'Ret værdien, så den passer til beskrivelsen';
  }
}

/** Issues of one schema failure, each with its Danish message, its fix and its own path. */
export function danishIssues(issues: readonly RawIssue[]): { path: PropertyKey[]; message: string; fix: string }[] {
  return issues.flatMap((iss) => {
    const path = [...(iss.path ?? [])];
    // One line per unknown field, at the field itself.
    if (iss.code === 'unrecognized_keys') {
      return (iss.keys ?? []).map((k) => ({ path: [...path, k], message: `ukendt felt »${k}«`, fix: fixFor(iss) }));
    }
    return [{ path, message: iss.message ?? danishMessage(iss) ?? 'er ugyldig', fix: fixFor(iss) }];
  });
}

/** One Danish line per issue naming the file and the field (kept for callers without line numbers). */
export function formatIssues(file: string, issues: readonly IssueLike[]): string[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path);
    return `${file}: ${field ? `feltet "${field}"` : 'indgangen'}: ${issue.message}`;
  });
}
