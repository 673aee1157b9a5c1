/**
 * Cross-reference checks over the whole content catalogue.
 *
 * Zod validates each entry on its own; this module checks what no single entry can: that every
 * id an entry names (kilde, side, anbefaling, kommune, MDX component ids) exists. It is pure:
 * the build (`src/lib/catalog.ts`) and the unit tests (`tests/unit/content.test.ts`) both feed
 * it entries, and it returns one message per broken reference naming the file and the field.
 */

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
  Begreb: { prop: 'term', collections: ['begreber'] },
  Motivationsfaktorer: { prop: 'id', collections: [] },
};

export class ContentIntegrityError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Indholdet har ${problems.length} brudt${problems.length === 1 ? '' : 'e'} henvisning${
        problems.length === 1 ? '' : 'er'
      }:\n` + problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ContentIntegrityError';
  }
}

type Get = (obj: Record<string, unknown>) => unknown;

/** One rule: in collection `from`, the value(s) at `field` must be ids in `to`. */
interface Rule {
  from: string;
  field: string;
  get: Get;
  to: string[];
  /** Extra condition on the target entry, with a description for the message. */
  where?: { test: (target: Entry) => boolean; what: string };
}

const at =
  (...path: (string | number)[]): Get =>
  (obj) =>
    path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string | number, unknown>)[k]), obj);

const RULES: Rule[] = [
  ...[
    'sider',
    'citater',
    'inspiration',
    'cases',
    'anbefalinger',
    'mekanismer',
    'tjeklister',
    'motivationsfaktorer',
    'skabeloner',
    'projekter',
  ].map((from): Rule => ({ from, field: 'kilde', get: at('kilde'), to: ['kilder'] })),
  { from: 'sider', field: 'parent', get: at('parent'), to: ['sider'] },
  ...['citater', 'inspiration', 'anbefalinger', 'mekanismer', 'tjeklister', 'skabeloner'].map(
    (from): Rule => ({ from, field: 'side', get: at('side'), to: ['sider'] }),
  ),
  { from: 'cases', field: 'tema', get: at('tema'), to: ['sider'] },
  {
    from: 'motivationsfaktorer',
    field: 'pejlemaerke',
    get: at('pejlemaerke'),
    to: ['anbefalinger'],
    where: { test: (t) => t.data.type === 'pejlemaerke', what: 'en anbefaling af typen "pejlemaerke"' },
  },
];

/** Check every cross-reference in the catalogue; returns the problems (empty when all is well). */
export function findBrokenReferences(catalog: Catalog): string[] {
  const problems: string[] = [];
  const index = new Map<string, Map<string, Entry>>();
  for (const [name, entries] of Object.entries(catalog)) {
    index.set(name, new Map(entries.map((e) => [e.id, e])));
  }
  const lookup = (collections: string[], id: string) => {
    for (const c of collections) {
      const hit = index.get(c)?.get(id);
      if (hit) return hit;
    }
    return undefined;
  };
  const check = (entry: Entry, field: string, value: unknown, to: string[], where?: Rule['where']) => {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') {
      problems.push(`${entry.file}: feltet "${field}" skal være et id, men er ${JSON.stringify(value)}`);
      return;
    }
    const target = lookup(to, value);
    if (!target) {
      problems.push(
        `${entry.file}: feltet "${field}" henviser til "${value}", som ikke findes i ${to
          .map((c) => `src/content/${c}/`)
          .join(' eller ')}`,
      );
    } else if (where && !where.test(target)) {
      problems.push(`${entry.file}: feltet "${field}" henviser til "${value}", som ikke er ${where.what}`);
    }
  };

  for (const rule of RULES) {
    for (const entry of catalog[rule.from] ?? []) {
      check(entry, rule.field, rule.get(entry.data), rule.to, rule.where);
    }
  }

  // Quotes and inspiration boxes name the project's kommune.
  const quoteLists = (e: Entry): [string, unknown[]][] => {
    const lists: [string, unknown[]][] = [];
    for (const key of ['citater']) {
      const v = e.data[key];
      if (Array.isArray(v)) lists.push([key, v]);
    }
    return lists;
  };
  for (const from of ['citater', 'cases', 'mekanismer']) {
    for (const entry of catalog[from] ?? []) {
      for (const [key, list] of quoteLists(entry)) {
        list.forEach((q, i) =>
          check(entry, `${key}[${i}].kommune`, (q as Record<string, unknown>).kommune, ['projekter']),
        );
      }
    }
  }
  for (const entry of catalog.inspiration ?? []) {
    const punkter = (entry.data.punkter as Record<string, unknown>[] | undefined) ?? [];
    punkter.forEach((p, i) => check(entry, `punkter[${i}].kommune`, p.kommune, ['projekter']));
  }

  // Checklists: question ids unique, and their links resolve.
  for (const entry of catalog.tjeklister ?? []) {
    const seen = new Set<string>();
    const omraader = (entry.data.omraader as Record<string, unknown>[] | undefined) ?? [];
    omraader.forEach((o, oi) => {
      const spoergsmaal = (o.spoergsmaal as Record<string, unknown>[] | undefined) ?? [];
      spoergsmaal.forEach((q, qi) => {
        const path = `omraader[${oi}].spoergsmaal[${qi}]`;
        if (seen.has(q.id as string)) problems.push(`${entry.file}: ${path}.id "${q.id}" bruges to gange`);
        seen.add(q.id as string);
        check(entry, `${path}.anbefaling`, q.anbefaling, ['anbefalinger']);
        ((q.anbefalinger as unknown[]) ?? []).forEach((a, ai) =>
          check(entry, `${path}.anbefalinger[${ai}]`, a, ['anbefalinger', 'mekanismer']),
        );
        ((q.passager as Record<string, unknown>[]) ?? []).forEach((p, pi) =>
          check(entry, `${path}.passager[${pi}].side`, p.side, ['sider']),
        );
      });
    });
  }

  for (const entry of catalog.projekter ?? []) {
    const omtaler = (entry.data.omtaler as Record<string, unknown>[] | undefined) ?? [];
    omtaler.forEach((o, i) => check(entry, `omtaler[${i}].side`, o.side, ['sider']));
  }

  for (const entry of catalog.begreber ?? []) {
    const kilder = (entry.data.kilder as Record<string, unknown>[] | undefined) ?? [];
    kilder.forEach((k, i) => check(entry, `kilder[${i}].kilde`, k.kilde, ['kilder']));
  }

  // Ids named by MDX components in page bodies.
  for (const entry of catalog.sider ?? []) {
    for (const ref of findComponentRefs(entry.body ?? '')) {
      const spec = COMPONENT_REFS[ref.component];
      if (!spec || spec.collections.length === 0) continue;
      check(entry, `<${ref.component} ${spec.prop}> (linje ${ref.line})`, ref.id, spec.collections);
    }
  }
  return problems;
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
