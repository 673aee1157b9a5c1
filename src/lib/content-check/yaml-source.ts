/**
 * YAML with line numbers: the parsed value and, for any field path, the line it is written on
 * (a missing field gives the line of the nearest field above it that exists). Used for YAML
 * entries and for MDX front matter (with the lines before the YAML added).
 *
 * The value is read with js-yaml, the parser Astro's content layer uses, so the check sees
 * exactly what the build sees (and it is several times faster). The `yaml` package, which keeps
 * positions, reads a file again only when a line is needed: for a problem, or a syntax error.
 */
import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface YamlSource {
  data: unknown;
  /** Line in the file (1-based) where the value at `path` is written. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Syntax errors, each with its line in the file and a Danish explanation. */
  errors: { line: number; message: string; fix: string }[];
}

/** Danish explanations for the YAML errors an editor is likely to make. */
const YAML_ERRORS: Record<string, [string, string]> = {
  BAD_INDENT: ['indrykningen passer ikke', 'Ryk linjen ind med samme antal mellemrum som felterne ved siden af den (brug mellemrum, ikke tabulator)'],
  TAB_AS_INDENT: ['linjen er rykket ind med tabulator', 'Brug mellemrum til indrykning'],
  MULTILINE_IMPLICIT_KEY: ['et felt ser ud til at fortsætte over flere linjer', 'Sæt teksten i anførselstegn, eller skriv den som en blok med »>-« efter feltnavnet'],
  BLOCK_AS_IMPLICIT_KEY: ['et felt ser ud til at fortsætte over flere linjer', 'Sæt teksten i anførselstegn, eller skriv den som en blok med »>-« efter feltnavnet'],
  DUPLICATE_KEY: ['det samme felt står to gange', 'Slet det ene, eller ret navnet'],
  MISSING_CHAR: ['et tegn mangler (fx et afsluttende anførselstegn eller »]«)', 'Luk anførselstegn og parenteser, der er åbnet'],
  UNEXPECTED_TOKEN: ['der står et tegn, YAML ikke forventer her', 'Sæt teksten i anførselstegn, når den indeholder »:«, »#«, anførselstegn eller begynder med et specialtegn'],
  BAD_SCALAR_START: ['teksten begynder med et tegn, YAML ikke tillader her', 'Sæt teksten i anførselstegn'],
  BAD_DQ_ESCAPE: ['en »\\« i en tekst i anførselstegn', 'Fjern »\\«, eller skriv teksten i enkelte anførselstegn'],
};
const GENERAL_FIX = 'Se efter manglende anførselstegn, forkert indrykning eller et kolon i en tekst uden anførselstegn';

/** Parsed files by text and offset, so repeated checks of a changed copy parse only what changed. */
const cache = new Map<string, YamlSource>();

export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const key = `${lineOffset}\n${text}`;
  let parsed = cache.get(key);
  if (!parsed) {
    if (cache.size > 2000) cache.clear();
    parsed = parseYaml(text, lineOffset);
    cache.set(key, parsed);
  }
  return parsed;
}

function parseYaml(text: string, lineOffset: number): YamlSource {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (err) {
    const positioned = withPositions(text, lineOffset);
    if (positioned.errors.length) return positioned;
    const e = err as { reason?: string; message?: string; mark?: { line?: number } };
    return {
      data: undefined,
      lineOf: positioned.lineOf,
      errors: [{ line: (e.mark?.line ?? 0) + 1 + lineOffset, message: `YAML-filen kan ikke læses (YAML: ${e.reason ?? e.message})`, fix: GENERAL_FIX }],
    };
  }
  let lines: YamlSource['lineOf'] | undefined;
  return { data, errors: [], lineOf: (path) => (lines ??= withPositions(text, lineOffset).lineOf)(path) };
}

/** The `yaml` package's reading, with the position of every node. */
function withPositions(text: string, lineOffset: number): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  const errors = doc.errors.map((e) => {
    const [message, fix] = YAML_ERRORS[e.code] ?? ['YAML-filen kan ikke læses', GENERAL_FIX];
    return { line: lineAt(e.pos[0]), message: `${message} (YAML: ${e.message.split('\n')[0]})`, fix };
  });
  const firstLine = doc.contents?.range ? lineAt(doc.contents.range[0]) : 1 + lineOffset;
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { data: errors.length ? undefined : doc.toJS(), lineOf, errors };
}
