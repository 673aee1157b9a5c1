/**
 * Every content file read and validated with the schemas the build uses: YAML entries, MDX pages
 * (front matter + body) and the source texts. Each entry keeps a way to find the line of any of
 * its fields. Pure: the files come in as a map of path → text (see files.ts for the disk).
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../content/schemas.ts';
import { danishErrorMap, danishIssues } from '../schema-errors.ts';
import { fieldPath, type Problem } from './problem.ts';
import { parseYamlSource } from './yaml-source.ts';
import { makeSourceText, type SourceText } from './source-texts.ts';

/** Content files: path relative to the content folder ("cases/x.yaml") → text. */
export type ContentFiles = Map<string, string>;

/** The folder the content files are in, as shown in messages. */
export const CONTENT_DIR = 'src/content';
/** Where the source texts are, under the content folder. */
export const SOURCE_TEXT_DIR = 'kildetekster';

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  /** The entry as the schema returns it (defaults filled in); the raw value when invalid. */
  data: Record<string, any>;
  valid: boolean;
  /** Line in the file of a field path (a missing field: the line of its nearest parent). */
  lineOf(path: readonly PropertyKey[]): number;
  /** MDX body, and the line in the file it starts on. */
  body?: string;
  bodyLine?: number;
}

export interface Loaded {
  entries: Record<CollectionName, LoadedEntry[]>;
  /** Source texts by kilde id. */
  sources: Map<string, SourceText>;
  problems: Problem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function loadContent(files: ContentFiles): Loaded {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [] as LoadedEntry[]])) as Record<CollectionName, LoadedEntry[]>;
  const paths = [...files.keys()].sort();

  for (const name of COLLECTION_NAMES) {
    const { schema, format } = COLLECTIONS[name];
    const ext = format === 'mdx' ? /\.mdx$/ : /\.ya?ml$/;
    const seen = new Map<string, string>();
    for (const rel of paths.filter((p) => p.startsWith(`${name}/`))) {
      const file = `${CONTENT_DIR}/${rel}`;
      const inside = rel.slice(name.length + 1);
      if (!ext.test(inside)) {
        if (!/(^|\/)README\.md$/.test(inside) && !inside.split('/').some((s) => s.startsWith('.'))) {
          problems.push({
            file,
            line: 1,
            message: `filen bliver ikke læst: i ${CONTENT_DIR}/${name}/ læses kun ${format === 'mdx' ? '.mdx-filer' : '.yaml-filer'}`,
            fix: `Giv filen endelsen ${format === 'mdx' ? '.mdx' : '.yaml'}, eller flyt den ud af mappen`,
          });
        }
        continue;
      }
      // Same ids as Astro's glob loader: the path without extension, a trailing /index dropped.
      const id = inside.replace(ext, '').replace(/(^|\/)index$/, '') || 'index';
      const segments = id.split('/');
      if (!segments.every((s) => ID.test(s))) {
        problems.push({
          file,
          line: 1,
          message: `filnavnet »${inside}« er ikke et gyldigt id`,
          fix: 'Omdøb filen, så navnet kun har små bogstaver a–z, tal og bindestreger (æ→ae, ø→oe, å→aa) – navnet bliver postens id og en del af adressen',
        });
      }
      if (seen.has(id)) {
        problems.push({
          file,
          line: 1,
          message: `id'et »${id}« findes allerede (${seen.get(id)})`,
          fix: 'Omdøb eller slet den ene af filerne: to poster i samme mappe må ikke have samme navn',
        });
        continue;
      }
      seen.set(id, file);
      const text = files.get(rel)!;
      let source = text;
      let lineOffset = 0;
      let body: string | undefined;
      let bodyLine: number | undefined;
      if (format === 'mdx') {
        const m = FRONT_MATTER.exec(text);
        if (!m) {
          problems.push({
            file,
            line: 1,
            message: 'siden har ingen front matter',
            fix: 'Begynd filen med en linje »---«, felterne (title, description, kilde, sider, type) og en linje »---«',
          });
          continue;
        }
        source = m[1]!;
        lineOffset = 1;
        body = text.slice(m[0].length);
        // The body's first line is the line after the closing »---«.
        bodyLine = m[0].split('\n').length;
      }
      const yaml = parseYamlSource(source, lineOffset);
      const extra = body !== undefined ? { body, bodyLine: bodyLine! } : {};
      if (yaml.errors.length) {
        for (const e of yaml.errors) problems.push({ file, line: e.line, message: e.message, fix: e.fix });
        // Kept (empty), so what names it is not reported as naming something missing.
        entries[name].push({ collection: name, id, file, data: {}, valid: false, lineOf: yaml.lineOf, ...extra });
        continue;
      }

      const result = (schema as z.ZodType).safeParse(yaml.data ?? {}, { error: danishErrorMap, reportInput: true });
      const entry: LoadedEntry = {
        collection: name,
        id,
        file,
        data: (result.success ? result.data : yaml.data ?? {}) as Record<string, any>,
        valid: result.success,
        lineOf: yaml.lineOf,
        ...extra,
      };
      if (!result.success) {
        for (const issue of danishIssues(result.error.issues as never)) {
          const field = fieldPath(issue.path);
          problems.push({ file, line: yaml.lineOf(issue.path), ...(field ? { field } : {}), message: issue.message, fix: issue.fix });
        }
      }
      entries[name].push(entry);
    }
  }

  // Source texts: one per kilde, split where the kilde entry says.
  const sources = new Map<string, SourceText>();
  for (const k of entries.kilder) {
    const rel = `${SOURCE_TEXT_DIR}/${k.id}.txt`;
    const text = files.get(rel);
    if (text === undefined) {
      problems.push({
        file: k.file,
        line: 1,
        message: `kildeteksten mangler: ${CONTENT_DIR}/${rel} findes ikke`,
        fix: `Læg dokumentets tekst i ${CONTENT_DIR}/${rel} (ren tekst, UTF-8); uden den kan overskrifter, spørgsmål og citater ikke tjekkes mod kilden`,
      });
      continue;
    }
    const markers = (k.data.kildetekst ?? {}) as { start?: string; slut?: string };
    const { source, missing } = makeSourceText(k.id, `${CONTENT_DIR}/${rel}`, text, markers);
    for (const which of missing) {
      problems.push({
        file: k.file,
        line: k.lineOf(['kildetekst', which]),
        field: `kildetekst.${which}`,
        message: `ingen linje i ${CONTENT_DIR}/${rel} begynder med »${markers[which]}«`,
        fix: `Skriv begyndelsen af den linje, hvor dokumentets egen tekst ${which === 'start' ? 'begynder' : 'er slut (den første linje, der ikke hører til)'}, præcis som i filen`,
      });
    }
    sources.set(k.id, source);
  }
  for (const rel of paths.filter((p) => p.startsWith(`${SOURCE_TEXT_DIR}/`) && p.endsWith('.txt'))) {
    const id = rel.slice(SOURCE_TEXT_DIR.length + 1, -4);
    if (!entries.kilder.some((k) => k.id === id)) {
      problems.push({
        file: `${CONTENT_DIR}/${rel}`,
        line: 1,
        message: `ingen kilde hedder »${id}«: der er ingen ${CONTENT_DIR}/kilder/${id}.yaml`,
        fix: `Opret ${CONTENT_DIR}/kilder/${id}.yaml for dokumentet, eller giv tekstfilen samme navn som kildens fil`,
      });
    }
  }
  return { entries, sources, problems };
}
