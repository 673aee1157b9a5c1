/**
 * The content check: every rule the catalogue's content must keep, in one pass over the content
 * files, each problem as a Danish line with file, line, field, what is wrong and how to fix it.
 * Run by `npm run check:content` (scripts/check-content.mjs), at the start of every build
 * (src/integrations/content-check.ts) and by the unit tests. Pure: the files come in as a map
 * (files.ts reads them from disk).
 *
 * Rules: the schemas (Danish messages), references between entries, page numbers within each
 * source's range and ascending, internal links and anchors, duplicate ids (entries, checklist
 * areas and questions and their former ids, template fields, every id on a page), the wording of
 * headings, checklist questions and quotes against the source texts, the templates' paper rules,
 * MDX that parses, and no scraped noise from the source texts.
 */
import { referenceProblems, type Catalog, type Entry } from '../integrity.ts';
import { slugify } from '../recommendations.ts';
import { COLLECTION_NAMES } from '../../content/schemas.ts';
import { CONTENT_DIR, loadContent, type ContentFiles, type LoadedEntry } from './load.ts';
import { readMdx, mdxProblem, type MdxOutline } from './mdx.ts';
import { pageListProblems, type PageSource } from './page-numbers.ts';
import { fieldPath, sortProblems, type Problem } from './problem.ts';
import { closest, componentIds, fixedPageAnchors, LAYOUT_IDS, pageIds, pageRoute, type Routes } from './site.ts';
import { findVerbatim, normalize, noisePhrases, type SourceText } from './source-texts.ts';

export { formatReport, formatProblem, type Problem } from './problem.ts';
export type { ContentFiles } from './load.ts';
export type { Routes } from './site.ts';

export interface CheckOptions {
  /** The addresses src/pages makes (files.ts reads them), for links to pages that are not MDX. */
  routes: Routes;
}

type Path = (string | number)[];
/** A list field, or nothing when an entry that fails its schema has something else there. */
const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);

export function checkContent(files: ContentFiles, options: CheckOptions): Problem[] {
  const loaded = loadContent(files);
  const problems: Problem[] = [...loaded.problems];
  const { entries, sources } = loaded;
  // Rules run on every entry, also one that fails its schema (on what it has), so one run shows
  // every problem; a rule's problem on a field the schema already reported is left out.
  const all = (c: (typeof COLLECTION_NAMES)[number]) => entries[c];
  const at = (e: LoadedEntry, path: Path, message: string, fix: string) => {
    const field = fieldPath(path);
    problems.push({ file: e.file, line: e.lineOf(path), ...(field ? { field } : {}), message, fix });
  };
  const inBody = (page: LoadedEntry, bodyLine: number, field: string | undefined, message: string, fix: string) =>
    problems.push({ file: page.file, line: (page.bodyLine ?? 1) + bodyLine - 1, ...(field ? { field } : {}), message, fix });

  // --- References between entries -------------------------------------------------------
  const catalog: Catalog = {};
  const byEntry = new Map<Entry, LoadedEntry>();
  for (const name of COLLECTION_NAMES) {
    catalog[name] = entries[name].map((e) => {
      const entry: Entry = { id: e.id, file: e.file, data: e.data, ...(e.body !== undefined ? { body: e.body } : {}) };
      byEntry.set(entry, e);
      return entry;
    });
  }
  for (const p of referenceProblems(catalog)) {
    const e = byEntry.get(p.entry)!;
    if (p.path) at(e, p.path, p.message, p.fix);
    else inBody(e, p.bodyLine ?? 1, p.field, p.message, p.fix);
  }

  // --- MDX pages: parse, ids, links ------------------------------------------------------
  const outlines = new Map<string, MdxOutline>();
  for (const page of entries.sider) {
    const r = readMdx(page.body ?? '');
    if (!r.ok) {
      const { message, fix } = mdxProblem(r.reason);
      inBody(page, r.line, undefined, message, fix);
    } else outlines.set(page.id, r.outline);
  }
  const pages = new Map(entries.sider.map((p) => [p.id, p]));
  const anchors = new Map<string, Set<string>>();
  for (const page of entries.sider) {
    const outline = outlines.get(page.id);
    if (!outline) continue;
    const ids = pageIds(page, outline, entries);
    anchors.set(page.id, new Set([...ids.map((x) => x.id), ...LAYOUT_IDS]));
    const first = new Map<string, { line: number; from: string }>();
    for (const x of ids) {
      if (LAYOUT_IDS.includes(x.id)) {
        problems.push({
          file: page.file,
          line: x.line,
          message: `id'et »${x.id}« (fra ${x.from}) bruger sitet selv på hver side`,
          fix: `Giv elementet et andet id; ${LAYOUT_IDS.map((l) => `»${l}«`).join(', ')} er optaget`,
        });
        continue;
      }
      const seen = first.get(x.id);
      if (seen) {
        problems.push({
          file: page.file,
          line: x.line,
          message: `id'et »${x.id}« (fra ${x.from}) findes allerede på siden (linje ${seen.line}, fra ${seen.from}) – to ens id'er på én side`,
          fix: 'Giv det ene element et andet id (eller brug komponenten kun én gang på siden); et link til id\'et kan kun lande ét sted',
        });
      } else first.set(x.id, x);
    }
  }

  const entryRoutes = new Map<string, Set<string>>();
  for (const [prefix, collection] of Object.entries(options.routes.perEntry)) {
    entryRoutes.set(prefix, new Set((entries[collection as keyof typeof entries] ?? []).map((e) => e.id)));
  }
  const mdxRoutes = new Map(entries.sider.map((p) => [pageRoute(p.id), p.id]));
  const allRoutes = () => [
    ...mdxRoutes.keys(),
    ...options.routes.fixed,
    ...[...entryRoutes].flatMap(([prefix, ids]) => [...ids].map((id) => `${prefix}${id}/`)),
  ];
  /** What is wrong with a link from `page` (undefined: nothing). */
  const linkProblem = (url: string, fromPage: string): { message: string; fix: string } | undefined => {
    if (/^(https?:|mailto:|tel:)/i.test(url) || url.startsWith('//')) return undefined;
    if (url === '') return { message: 'linket har ingen adresse', fix: 'Skriv adressen i parentesen: [tekst](/sti/)' };
    const [beforeHash, hash] = url.split('#', 2) as [string, string | undefined];
    const path = beforeHash.split('?')[0]!;
    let targetPage: string | undefined;
    let targetRoute: string;
    if (path === '') {
      targetPage = fromPage;
      targetRoute = pageRoute(fromPage);
    } else if (!path.startsWith('/')) {
      return { message: `linket »${url}« er relativt`, fix: 'Skriv adressen fra sitets rod, fx /laeringskatalog/tema-1/ (sitets understi lægges til af sig selv)' };
    } else {
      if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
        return { message: `adressen »${path}« mangler »/« til sidst`, fix: `Skriv ${path}/` };
      }
      targetRoute = path;
      targetPage = mdxRoutes.get(path);
      const exists =
        targetPage !== undefined ||
        options.routes.fixed.includes(path) ||
        [...entryRoutes].some(([prefix, ids]) => path.startsWith(prefix) && ids.has(path.slice(prefix.length, -1)));
      if (!exists) {
        const guess = closest(path, allRoutes());
        return {
          message: `linket peger på ${path}, som ikke er en side på sitet`,
          fix: guess ? `Mente du ${guess}? Ret adressen` : 'Ret adressen: en side i src/content/sider/<sti>.mdx har adressen /<sti>/',
        };
      }
    }
    if (hash === undefined || hash === '') return undefined;
    const anchor = decodeURIComponent(hash.split(':~:')[0]!);
    if (anchor === '') return undefined;
    const known = targetPage !== undefined ? anchors.get(targetPage) : fixedPageAnchors(targetRoute, entries);
    if (!known || known.has(anchor)) return undefined;
    const guess = closest(anchor, known);
    return {
      message: `ankeret »#${anchor}« findes ikke på ${targetRoute}`,
      fix: guess ? `Mente du »#${guess}«? Ret ankeret` : `Ret ankeret til et id på ${targetRoute} (en overskrifts id, eller id'et på en anbefaling, et citat eller en boks)`,
    };
  };
  for (const page of entries.sider) {
    const outline = outlines.get(page.id);
    if (!outline) continue;
    for (const x of outline.expressions) {
      inBody(page, x.line, undefined, `»{${x.source}}« i teksten læses som kode og stopper bygningen`, 'Skriv \\{ og \\} for krøllede parenteser i almindelig tekst');
    }
    for (const link of outline.links) {
      const p = linkProblem(link.url, page.id);
      if (p) inBody(page, link.line, undefined, p.message, p.fix);
    }
    // The factor figure links each factor to its pejlemærke on the same page.
    if (outline.components.some((c) => c.name === 'Motivationsfaktorer')) {
      for (const f of all('motivationsfaktorer')) {
        const id = String(f.data.pejlemaerke);
        if (!anchors.get(page.id)?.has(id)) {
          at(f, ['pejlemaerke'], `pejlemærket »${id}« står ikke på ${pageRoute(page.id)}, hvor figuren med motivationsfaktorerne linker til det`, `Vis pejlemærket på siden med <Anbefaling id="${id}" />`);
        }
      }
    }
  }

  // Fields that link to a passage (page + anchor) or say which page shows an entry.
  const anchorOn = (e: LoadedEntry, path: Path, side: unknown, anker: unknown) => {
    if (typeof side !== 'string' || typeof anker !== 'string' || !pages.has(side)) return;
    const known = anchors.get(side);
    if (!known || known.has(anker)) return;
    const guess = closest(anker, known);
    at(e, path, `ankeret »${anker}« findes ikke på ${pageRoute(side)}`, guess ? `Mente du »${guess}«? Ret ankeret` : `Ret ankeret til et id på ${pageRoute(side)}`);
  };
  for (const t of all('tjeklister')) {
    list(t.data.omraader).forEach((o, oi) =>
      list(o.spoergsmaal).forEach((q, qi) =>
        list(q.passager).forEach((p, pi) => anchorOn(t, ['omraader', oi, 'spoergsmaal', qi, 'passager', pi, 'anker'], p.side, p.anker)),
      ),
    );
  }
  for (const p of all('projekter')) list(p.data.omtaler).forEach((o, i) => anchorOn(p, ['omtaler', i, 'anker'], o.side, o.anker));
  for (const s of all('skabeloner')) anchorOn(s, ['anker'], s.data.side, s.data.anker);
  const SHOWN_BY: [string, string][] = [
    ['anbefalinger', 'Anbefaling'],
    ['mekanismer', 'Mekanisme'],
    ['citater', 'Citater'],
    ['inspiration', 'Inspiration'],
  ];
  for (const [collection, component] of SHOWN_BY) {
    for (const e of all(collection as 'anbefalinger')) {
      const side = String(e.data.side);
      const outline = outlines.get(side);
      if (!outline) continue;
      if (outline.components.some((c) => c.name === component && c.props.id === e.id)) continue;
      at(
        e,
        ['side'],
        `siden ${side} viser ikke posten: der står ingen <${component} id="${e.id}" /> i ${pages.get(side)?.file ?? side}`,
        `Sæt <${component} id="${e.id}" /> ind på siden, eller ret »side« til den side, der viser den (links til posten lander på ${pageRoute(side)}#${e.id})`,
      );
    }
  }

  // --- Page numbers -----------------------------------------------------------------------
  const pageSource = (kilde: unknown): PageSource | undefined => {
    const k = entries.kilder.find((x) => x.id === kilde);
    if (!k || typeof k.data.sideomfang !== 'string') return undefined;
    return {
      kort: String(k.data.kort),
      sidebetegnelse: String(k.data.sidebetegnelse),
      sideomfang: String(k.data.sideomfang),
      file: k.file,
      textFile: sources.get(k.id)?.file ?? `${CONTENT_DIR}/kildetekster/${k.id}.txt`,
    };
  };
  for (const k of all('kilder')) {
    for (const p of pageListProblems(String(k.data.sideomfang), undefined)) at(k, ['sideomfang'], p.message, p.fix);
  }
  for (const name of COLLECTION_NAMES) {
    if (name === 'kilder') continue;
    for (const e of all(name)) {
      const visit = (value: unknown, path: Path, kilde: unknown) => {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], kilde));
        else if (value && typeof value === 'object') {
          const obj = value as Record<string, unknown>;
          const k = obj.kilde ?? kilde;
          if (typeof obj.sider === 'string') {
            for (const p of pageListProblems(obj.sider, pageSource(k))) at(e, [...path, 'sider'], p.message, p.fix);
          }
          for (const [key, v] of Object.entries(obj)) if (v && typeof v === 'object') visit(v, [...path, key], k);
        }
      };
      visit(e.data, [], undefined);
    }
  }
  for (const page of all('sider')) {
    for (const c of outlines.get(page.id)?.components ?? []) {
      if (c.name !== 'Kildeside' || c.props.s === undefined) continue;
      const kilde = c.props.kilde ?? page.data.kilde;
      if (!/^\d+(\.\d+)*(–\d+(\.\d+)*)?(, \d+(\.\d+)*(–\d+(\.\d+)*)?)*$/.test(c.props.s)) {
        inBody(page, c.line, '<Kildeside s>', `»${c.props.s}« er ikke sidetal`, 'Skriv sidetal som »3«, »4–11« eller »9, 12« – med tankestreg (–) mellem første og sidste side');
        continue;
      }
      for (const p of pageListProblems(c.props.s, pageSource(kilde))) inBody(page, c.line, '<Kildeside s>', p.message, p.fix);
    }
  }

  // --- Ids that must be unique -------------------------------------------------------------
  const mekanismer = new Map(entries.mekanismer.map((m) => [m.id, m]));
  for (const a of entries.anbefalinger) {
    const m = mekanismer.get(a.id);
    if (m) {
      problems.push({
        file: a.file,
        line: 1,
        message: `en mekanisme har samme id (${m.file})`,
        fix: 'Omdøb den ene fil: anbefalinger og mekanismer deler id\'er i anbefalingsoversigten og i Min plan',
      });
    }
  }
  const fixed = new Set(options.routes.fixed);
  for (const page of entries.sider) {
    const route = pageRoute(page.id);
    const prefix = Object.keys(options.routes.perEntry).find((p) => route.startsWith(p) && route !== p);
    if (fixed.has(route) || prefix) {
      problems.push({
        file: page.file,
        line: 1,
        message: `siden får adressen ${route}, som sitet allerede bruger til ${fixed.has(route) ? 'en af sine egne sider' : `en side pr. post i ${CONTENT_DIR}/${options.routes.perEntry[prefix!]}/`}`,
        fix: 'Flyt eller omdøb filen, så siden får en anden adresse',
      });
    }
  }
  for (const page of all('sider')) {
    const seen = new Set<string>([page.id]);
    let parent = page.data.parent as string | undefined;
    while (parent && pages.has(parent)) {
      if (seen.has(parent)) {
        at(page, ['parent'], `siderne er hinandens overordnede side i ring (${[...seen, parent].join(' → ')})`, 'Ret »parent«, så kæden ender ved en side uden parent');
        break;
      }
      seen.add(parent);
      parent = pages.get(parent)!.data.parent as string | undefined;
    }
  }

  for (const t of all('tjeklister')) {
    const areas = new Map<string, Path>();
    const questions = new Map<string, Path>();
    list(t.data.omraader).forEach((o, oi) => {
      const path: Path = ['omraader', oi, 'id'];
      if (areas.has(o.id)) at(t, path, `området »${o.id}« findes allerede i tjeklisten (linje ${t.lineOf(areas.get(o.id)!)})`, 'Giv området et andet id: områdets id bliver et HTML-id på siden og skal være entydigt');
      else areas.set(o.id, path);
      list(o.spoergsmaal).forEach((q, qi) => {
        const qpath: Path = ['omraader', oi, 'spoergsmaal', qi, 'id'];
        if (questions.has(q.id)) at(t, qpath, `spørgsmålet »${q.id}« findes allerede i tjeklisten (linje ${t.lineOf(questions.get(q.id)!)})`, 'Giv spørgsmålet et andet id: svarene gemmes under id\'et, så to spørgsmål med samme id deler svar');
        else questions.set(q.id, qpath);
      });
    });
    for (const [id, path] of questions) {
      if (areas.has(id)) at(t, path, `spørgsmålet har samme id som området »${id}« (linje ${t.lineOf(areas.get(id)!)})`, 'Giv spørgsmålet eller området et andet id: begge bliver HTML-id\'er på siden');
    }
    const aliases = new Map<string, Path>();
    list(t.data.omraader).forEach((o, oi) =>
      list(o.spoergsmaal).forEach((q, qi) =>
        list(q.tidligereIder).forEach((alias, ai) => {
          const path: Path = ['omraader', oi, 'spoergsmaal', qi, 'tidligereIder', ai];
          if (questions.has(alias) || areas.has(alias)) {
            at(t, path, `»${alias}« er et id, tjeklisten bruger nu (linje ${t.lineOf(questions.get(alias) ?? areas.get(alias)!)})`, 'Et tidligere id må ikke være et nuværende id i samme tjekliste – ellers ved værktøjet ikke, hvilket spørgsmål gemte svar hører til. Fjern det fra tidligereIder');
          } else if (aliases.has(alias)) {
            at(t, path, `det tidligere id »${alias}« står to gange (linje ${t.lineOf(aliases.get(alias)!)})`, 'Et gammelt id kan kun føre gemte svar til ét spørgsmål: fjern det det ene sted');
          } else aliases.set(alias, path);
        }),
      ),
    );
  }

  // --- Templates on paper -------------------------------------------------------------------
  const NAME = /navn|borger|jobkonsulent|observatør|medarbejder/i;
  for (const s of all('skabeloner')) {
    const sektioner = list(s.data.sektioner);
    const fields = sektioner.flatMap((sek, si) => list(sek.felter).map((f, fi) => ({ f, path: ['sektioner', si, 'felter', fi] as Path })));
    if (s.data.personfoelsom) {
      if (!fields.some(({ f }) => f.type === 'dato')) at(s, ['personfoelsom'], 'skemaet er om en person, men har intet datofelt', 'Tilføj et felt med type: dato i en sektion med tilfoejet: true');
      if (!fields.some(({ f }) => f.type === 'linje' && NAME.test(f.label))) at(s, ['personfoelsom'], 'skemaet er om en person, men har intet navnefelt', 'Tilføj et felt med type: linje til navnet (fx »Borgerens navn«) i en sektion med tilfoejet: true');
    }
    const ids = new Map<string, Path>();
    for (const { f, path } of fields) {
      if (ids.has(f.id)) at(s, [...path, 'id'], `feltet »${f.id}« findes allerede i skabelonen (linje ${s.lineOf(ids.get(f.id)!)})`, 'Giv feltet et andet id: feltets id bliver et HTML-id på siden');
      else ids.set(f.id, [...path, 'id']);
      if (/^s\d+-r\d+-(c\d+|navn)$/.test(f.id)) at(s, [...path, 'id'], `feltets id »${f.id}« har samme form som sitets id'er for tabelceller`, 'Giv feltet et id, der siger, hvad det er, fx »dato« eller »borgerens-navn«');
    }
    const headings = new Map<string, number>();
    sektioner.forEach((sek, si) => {
      const id = `afsnit-${slugify(String(sek.overskrift ?? ''))}`;
      if (headings.has(id)) at(s, ['sektioner', si, 'overskrift'], `to sektioner hedder »${sek.overskrift}« (linje ${s.lineOf(['sektioner', headings.get(id)!, 'overskrift'])}) og får samme HTML-id`, 'Giv sektionerne forskellige overskrifter');
      else headings.set(id, si);
      if (sek.tilfoejet) {
        if (sek.tabel) at(s, ['sektioner', si, 'tabel'], 'en sektion, sitet har tilføjet, har en tabel', 'Sitets egne felter er kun korte felter som dato og navne: flyt tabellen til en sektion fra kilden');
        list(sek.felter).forEach((f, fi) => {
          if (!['dato', 'linje'].includes(f.type)) at(s, ['sektioner', si, 'felter', fi, 'type'], `et felt, sitet har tilføjet, har typen »${f.type}«`, 'Sitets egne felter er kun korte felter (type: dato eller linje) – aldrig et spørgsmål, kilden ikke stiller');
        });
      }
      if (sek.tabel && typeof sek.tabel.linjer === 'number' && sek.tabel.linjer < 4) at(s, ['sektioner', si, 'tabel', 'linjer'], `cellerne har plads til ${sek.tabel.linjer} linjer`, 'Skriv linjer: 4 eller mere, så der er plads til at skrive i hånden');
    });
  }

  // --- Wording against the source texts -----------------------------------------------------
  const verbatim = (e: LoadedEntry, path: Path, text: unknown, kilde: unknown, what: string) => {
    if (typeof text !== 'string') return;
    const source = sources.get(String(kilde));
    if (!source) return;
    const r = findVerbatim(source, text);
    if (r.found) return;
    const where = r.upTo ? `Ordlyden følger kilden til og med »${r.upTo}« og afviger derefter` : 'Allerede de første ord står ikke i kilden';
    at(e, path, `${what} »${text}« står ikke ordret i kildeteksten. ${where}`, `Brug kildens ordlyd (${source.file}); ret kun udtræksstøj som orddeling og ord, der er delt eller skrevet sammen`);
  };
  for (const a of all('anbefalinger')) verbatim(a, ['titel'], a.data.titel, a.data.kilde, 'overskriften');
  for (const m of all('mekanismer')) verbatim(m, ['titel'], m.data.titel, m.data.kilde, 'overskriften');
  for (const t of all('tjeklister')) {
    list(t.data.omraader).forEach((o, oi) =>
      list(o.spoergsmaal).forEach((q, qi) => {
        const path: Path = ['omraader', oi, 'spoergsmaal', qi];
        verbatim(t, [...path, 'tekst'], q.tekst, t.data.kilde, 'spørgsmålet');
        list(q.underpunkter).forEach((u, ui) => verbatim(t, [...path, 'underpunkter', ui], u, t.data.kilde, 'underpunktet'));
      }),
    );
  }
  for (const name of ['citater', 'cases', 'mekanismer'] as const) {
    for (const c of all(name)) {
      list(c.data.citater).forEach((q, i) => {
        verbatim(c, ['citater', i, 'tekst'], q.tekst, c.data.kilde, 'citatet');
        if (!/^Citat på dias/.test(q.attribution)) verbatim(c, ['citater', i, 'attribution'], q.attribution, c.data.kilde, 'afsenderen');
      });
    }
  }

  // --- No scraped noise from the source texts -----------------------------------------------
  problems.push(...noiseProblems(entries, [...sources.values()]));

  const schemaFields = new Set(loaded.problems.map((p) => `${p.file}|${p.field ?? ''}`));
  const kept = problems.filter((p, i) => i < loaded.problems.length || !p.field || !schemaFields.has(`${p.file}|${p.field}`));
  return sortProblems(kept);
}

/** Content that repeats a phrase from the scraped noise around a source text (never published). */
function noiseProblems(entries: Record<string, LoadedEntry[]>, sources: SourceText[]): Problem[] {
  const phrases = noisePhrases(sources);
  const out: Problem[] = [];
  const strings = (value: unknown, path: Path, out: [Path, string][]) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], out));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, [...path, k], out);
    return out;
  };
  for (const e of Object.values(entries).flat()) {
    if (!e.valid) continue;
    const all = normalize(JSON.stringify(e.data) + ' ' + (e.body ?? ''));
    const found = phrases.filter((p) => all.includes(p));
    if (found.length === 0) continue;
    for (const phrase of found) {
      const hit = strings(e.data, [], []).find(([, s]) => normalize(s).includes(phrase));
      let line = hit ? e.lineOf(hit[0]) : 1;
      if (!hit && e.body !== undefined) {
        const i = e.body.split('\n').findIndex((l) => normalize(l).includes(phrase.split(' ').slice(0, 3).join(' ')));
        if (i >= 0) line = (e.bodyLine ?? 1) + i;
      }
      out.push({
        file: e.file,
        line,
        ...(hit && fieldPath(hit[0]) ? { field: fieldPath(hit[0]) } : {}),
        message: `teksten gentager »${phrase}« fra de fremmede dokumenttitler omkring en kildetekst`,
        fix: 'Fjern teksten: listerne »Relaterede dokumenter« og »Læs mere« i kildeteksterne hører ikke til dokumenterne og må aldrig udgives',
      });
    }
  }
  return out;
}

/** Ids every page has, for callers that need them (tests). */
export { componentIds, LAYOUT_IDS };
