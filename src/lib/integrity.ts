/**
 * Cross-reference checks over the whole content catalogue.
 *
 * Zod validates each entry on its own; this module checks what no single entry can: that every
 * id an entry names (kilde, side, anbefaling, kommune, a value from a vaerdiliste, MDX component
 * ids) exists. It is pure: the content check (`src/lib/content-check/`, which adds the line of
 * each field) and the build's catalogue (`src/lib/catalog.ts`) both feed it entries.
 */
import { VALUE_FIELDS } from '../content/schemas.ts';

export interface Entry {
  id: string;
  /** Path of the source file relative to the project, for error messages. */
  file: string;
  data: Record<string, unknown>;
  /** Raw MDX body, for pages. */
  body?: string;
}

export type Catalog = Record<string, Entry[]>;

/** MDX components whose `id` (or `term`) prop names an entry, and the collections it may name. */
export const COMPONENT_REFS: Record<string, { prop: string; collections: string[] }> = {
  Citater: { prop: 'id', collections: ['citater'] },
  Inspiration: { prop: 'id', collections: ['inspiration'] },
  Anbefaling: { prop: 'id', collections: ['anbefalinger'] },
  Mekanisme: { prop: 'id', collections: ['mekanismer'] },
  CaseKort: { prop: 'id', collections: ['cases'] },
  Tjekliste: { prop: 'id', collections: ['tjeklister'] },
  SkabelonIndhold: { prop: 'id', collections: ['skabeloner'] },
  Begreb: { prop: 'term', collections: ['begreber'] },
  Motivationsfaktorer: { prop: 'id', collections: [] },
};

/** One broken reference: the entry, the field's path (or the MDX body line) and what to do. */
export interface ReferenceProblem {
  entry: Entry;
  /** Field path in the entry's data; for a component in an MDX body, undefined (see bodyLine). */
  path?: (string | number)[];
  /** Line in the MDX body (1-based), for component references. */
  bodyLine?: number;
  /** The field as shown: "omraader[0].spoergsmaal[1].anbefalinger[0]" or "<Anbefaling id>". */
  field: string;
  message: string;
  fix: string;
}

export class ContentIntegrityError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `Indholdet har ${problems.length} brudt${problems.length === 1 ? '' : 'e'} henvisning${
        problems.length === 1 ? '' : 'er'
      }:\n` + problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentIntegrityError';
  }
}

/** One rule: in collection `from`, the value(s) at `path` must be ids in `to`. */
interface Rule {
  from: string;
  path: (string | number)[];
  to: string[];
  /** Extra condition on the target entry, with a description for the message. */
  where?: { test: (target: Entry) => boolean; what: string };
}

const WITH_KILDE = ['sider', 'citater', 'inspiration', 'cases', 'anbefalinger', 'mekanismer', 'tjeklister', 'motivationsfaktorer', 'skabeloner', 'projekter'];
const RULES: Rule[] = [
  ...WITH_KILDE.map((from): Rule => ({ from, path: ['kilde'], to: ['kilder'] })),
  { from: 'sider', path: ['parent'], to: ['sider'] },
  ...['citater', 'inspiration', 'anbefalinger', 'mekanismer', 'tjeklister', 'skabeloner'].map((from): Rule => ({ from, path: ['side'], to: ['sider'] })),
  { from: 'cases', path: ['tema'], to: ['sider'] },
  {
    from: 'motivationsfaktorer',
    path: ['pejlemaerke'],
    to: ['anbefalinger'],
    where: { test: (t) => t.data.type === 'pejlemaerke', what: 'en anbefaling af typen "pejlemaerke"' },
  },
];

const DIR = (c: string) => `src/content/${c}/`;
const fieldOf = (path: (string | number)[]) =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');

function fixFor(to: string[]): string {
  if (to.includes('sider')) return 'Skriv sidens id: stien under src/content/sider/ uden .mdx, fx »laeringskatalog/tema-1«';
  return `Ret id'et til navnet på en fil i ${to.map(DIR).join(' eller ')} (uden .yaml), eller opret posten`;
}

/** Every broken reference in the catalogue, structured (empty when all is well). */
export function referenceProblems(catalog: Catalog): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const index = new Map<string, Map<string, Entry>>();
  for (const [name, entries] of Object.entries(catalog)) index.set(name, new Map(entries.map((e) => [e.id, e])));
  const lookup = (collections: string[], id: string) => {
    for (const c of collections) {
      const hit = index.get(c)?.get(id);
      if (hit) return hit;
    }
    return undefined;
  };
  const check = (entry: Entry, path: (string | number)[], value: unknown, to: string[], where?: Rule['where']) => {
    if (value === undefined || value === null) return;
    const field = fieldOf(path);
    if (typeof value !== 'string') {
      problems.push({ entry, path, field, message: `skal være et id, men er ${JSON.stringify(value)}`, fix: fixFor(to) });
      return;
    }
    const target = lookup(to, value);
    if (!target) {
      problems.push({ entry, path, field, message: `henviser til »${value}«, som ikke findes i ${to.map(DIR).join(' eller ')}`, fix: fixFor(to) });
    } else if (where && !where.test(target)) {
      problems.push({ entry, path, field, message: `henviser til »${value}«, som ikke er ${where.what}`, fix: `Henvis til ${where.what}` });
    }
  };
  const list = (entry: Entry, key: string) => {
    const v = entry.data[key];
    return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
  };

  for (const rule of RULES) {
    for (const entry of catalog[rule.from] ?? []) {
      const value = rule.path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string | number, unknown>)[k]), entry.data);
      check(entry, rule.path, value, rule.to, rule.where);
    }
  }

  // A value chosen from a vaerdiliste (the case outcomes, the template groups).
  for (const { collection, field, liste } of VALUE_FIELDS) {
    const values = ((index.get('vaerdilister')?.get(liste)?.data.vaerdier as { id: string }[] | undefined) ?? []).map((v) => v.id);
    for (const entry of catalog[collection] ?? []) {
      const raw = entry.data[field];
      const chosen: [(string | number)[], unknown][] = Array.isArray(raw) ? raw.map((v, i) => [[field, i], v]) : [[[field], raw]];
      for (const [path, value] of chosen) {
        if (typeof value !== 'string' || values.includes(value)) continue;
        problems.push({
          entry,
          path,
          field: fieldOf(path),
          message: `»${value}« står ikke på listen i ${DIR('vaerdilister')}${liste}.yaml`,
          fix: values.length
            ? `Skriv en af ${values.join(', ')} – eller tilføj »${value}« med sit danske navn på listen`
            : `Opret ${DIR('vaerdilister')}${liste}.yaml med de værdier, feltet kan have`,
        });
      }
    }
  }

  // Quotes name the project's kommune.
  for (const from of ['citater', 'cases', 'mekanismer']) {
    for (const entry of catalog[from] ?? []) {
      list(entry, 'citater').forEach((q, i) => check(entry, ['citater', i, 'kommune'], q.kommune, ['projekter']));
    }
  }
  for (const entry of catalog.inspiration ?? []) {
    list(entry, 'punkter').forEach((p, i) => check(entry, ['punkter', i, 'kommune'], p.kommune, ['projekter']));
  }

  // Checklists: a question's recommendation and links resolve.
  for (const entry of catalog.tjeklister ?? []) {
    list(entry, 'omraader').forEach((o, oi) => {
      ((o.spoergsmaal as Record<string, unknown>[] | undefined) ?? []).forEach((q, qi) => {
        const path = ['omraader', oi, 'spoergsmaal', qi];
        check(entry, [...path, 'anbefaling'], q.anbefaling, ['anbefalinger']);
        ((q.anbefalinger as unknown[]) ?? []).forEach((a, ai) => check(entry, [...path, 'anbefalinger', ai], a, ['anbefalinger', 'mekanismer']));
        ((q.passager as Record<string, unknown>[]) ?? []).forEach((p, pi) => check(entry, [...path, 'passager', pi, 'side'], p.side, ['sider']));
      });
    });
  }

  for (const entry of catalog.projekter ?? []) {
    list(entry, 'omtaler').forEach((o, i) => check(entry, ['omtaler', i, 'side'], o.side, ['sider']));
  }
  for (const entry of catalog.begreber ?? []) {
    list(entry, 'kilder').forEach((k, i) => check(entry, ['kilder', i, 'kilde'], k.kilde, ['kilder']));
  }

  // Ids named by MDX components in page bodies.
  for (const entry of catalog.sider ?? []) {
    for (const ref of findComponentRefs(entry.body ?? '')) {
      const spec = COMPONENT_REFS[ref.component];
      if (!spec || spec.collections.length === 0) continue;
      const target = lookup(spec.collections, ref.id);
      if (target) continue;
      problems.push({
        entry,
        bodyLine: ref.line,
        field: `<${ref.component} ${spec.prop}>`,
        message: `henviser til »${ref.id}«, som ikke findes i ${spec.collections.map(DIR).join(' eller ')}`,
        fix: fixFor(spec.collections),
      });
    }
  }
  return problems;
}

/** Every broken reference as one line naming the file and the field (empty when all is well). */
export function findBrokenReferences(catalog: Catalog): string[] {
  return referenceProblems(catalog).map((p) => {
    const where = p.bodyLine !== undefined ? `${p.field.slice(0, -1)}> (linje ${p.bodyLine})` : p.field;
    return `${p.entry.file}: feltet "${where}" ${p.message.replace(/»([^«]*)«/g, '"$1"')}`;
  });
}

/** Find `<Component id="…">` uses in an MDX body. */
export function findComponentRefs(body: string): { component: string; id: string; line: number }[] {
  const refs: { component: string; id: string; line: number }[] = [];
  const names = Object.keys(COMPONENT_REFS).join('|');
  const re = new RegExp(`<(${names})\\b[^>]*?\\b(id|term)="([^"]*)"`, 'g');
  for (const m of body.matchAll(re)) {
    const component = m[1]!;
    if (COMPONENT_REFS[component]!.prop !== m[2]) continue;
    const line = body.slice(0, m.index).split('\n').length;
    refs.push({ component, id: m[3]!, line });
  }
  return refs;
}

/** Throw a ContentIntegrityError listing every broken reference, if any. */
export function assertIntegrity(catalog: Catalog): void {
  const problems = findBrokenReferences(catalog);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
