/**
 * The content check (src/lib/content-check/) catches every slip an editor can make, each as one
 * Danish line naming the file, the line in the file, the field, what is wrong and how to fix it.
 * Each slip from issue 24 is a test here. The slips are made in an in-memory copy of src/content
 * (the checker reads a map of files), most of them at once: one run shows every problem, not
 * just the first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent, formatProblem, formatReport, type ContentFiles, type Problem } from '../../src/lib/content-check';
import { readContentFiles, readRoutes } from '../../src/lib/content-check/files';

const root = new URL('../..', import.meta.url).pathname;
const real = readContentFiles(join(root, 'src', 'content'));
const routes = readRoutes(join(root, 'src', 'pages'));

/** Change one file of a copy; the replaced text must be there (a test that cannot fail is a defect). */
function edit(files: ContentFiles, rel: string, from: string | RegExp, to: string) {
  const text = files.get(rel);
  if (text === undefined) throw new Error(`${rel} findes ikke`);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${rel}: ${String(from)} findes ikke`);
  files.set(rel, changed);
}
/** The line (1-based, from the top of the file) where `needle` first occurs in a file of the copy. */
const lineOf = (files: ContentFiles, rel: string, needle: string) => {
  const i = files.get(rel)!.indexOf(needle);
  if (i < 0) throw new Error(`»${needle}« står ikke i ${rel}`);
  return files.get(rel)!.slice(0, i).split('\n').length;
};
const file = (rel: string) => `src/content/${rel}`;
/** The one problem in `file` at `line` whose message matches; fails with the whole report otherwise. */
function problemAt(problems: Problem[], rel: string, line: number, message: RegExp): Problem {
  const hit = problems.find((p) => p.file === file(rel) && p.line === line && message.test(p.message));
  expect(hit, `ingen fejl i ${rel}, linje ${line}, der matcher ${message}:\n${formatReport(problems)}`).toBeDefined();
  return hit!;
}

describe('the real content', () => {
  it('passes the content check', () => {
    const problems = checkContent(real, { routes });
    expect(problems.length, formatReport(problems)).toBe(0);
  });
});

describe('every slip from issue 24 fails the check with a Danish line naming file and line', () => {
  const files = new Map(real);
  let problems: Problem[] = [];
  const CASE = 'cases/fra-pensionsoenske-til-ordinaert-job.yaml';
  const CASE2 = 'cases/fra-ledighed-til-job-med-loentilskud.yaml';
  const CASE3 = 'cases/tilbage-til-tidligere-branche.yaml';
  const TJEK = 'tjeklister/tjek-jobcentrets-beredskab.yaml';
  const TEMA1 = 'sider/laeringskatalog/tema-1.mdx';
  const TEMA2 = 'sider/laeringskatalog/tema-2.mdx';
  const INDEX = 'sider/laeringskatalog/index.mdx';
  const LEDELSE = 'sider/jobrettet-samtale/ledelse.mdx';
  const lines: Record<string, number> = {};

  beforeAll(() => {
    // Page numbers: past the source's last page, and backwards.
    edit(files, CASE, /^sider: "16"$/m, 'sider: "99"');
    lines.s99 = lineOf(files, CASE, 'sider: "99"');
    edit(files, CASE2, /^sider: "17"$/m, 'sider: "22–19"');
    lines.reversed = lineOf(files, CASE2, 'sider: "22–19"');
    // A broken internal link and a link to a missing anchor, in MDX below the front matter.
    edit(files, INDEX, '(/laeringskatalog/tema-1/)', '(/laeringskatalog/tema-9/)');
    lines.link = lineOf(files, INDEX, '(/laeringskatalog/tema-9/)');
    edit(files, TEMA2, '<h2 id="temaintroduktion">', 'Se [tema 1](/laeringskatalog/tema-1/#temaintroduktionn).\n\n<h2 id="temaintroduktion">');
    lines.anchor = lineOf(files, TEMA2, '#temaintroduktionn');
    // A duplicate area id in a checklist (a duplicate HTML id on the page).
    edit(files, TJEK, '  - id: forberedelse-til-virksomhedsforloeb\n', '  - id: moedet-med-borgeren\n');
    lines.area = lineOf(files, TJEK, '  - id: moedet-med-borgeren\n    titel: Forberedelse');
    // A checklist question, a recommendation heading and a quote reworded away from the source.
    edit(files, TJEK, 'Forbereder I borgerne på en tidlig', 'Forbereder I borgeren på en tidlig');
    lines.question = lineOf(files, TJEK, 'Forbereder I borgeren') - 1; // the line of »tekst: >-«
    edit(files, 'anbefalinger/mf-tidsplan.yaml', /^titel: .*$/m, 'titel: Lav en realistisk tidsplan');
    edit(files, 'citater/lk-tema-1-positive.yaml', 'Vi har ikke arbejdet så intensivt og målrettet før.', 'Vi har aldrig arbejdet så intensivt og målrettet før.');
    lines.quote = lineOf(files, 'citater/lk-tema-1-positive.yaml', 'Vi har aldrig') - 1; // »- tekst: >-«
    // A missing field and a field of the wrong kind.
    edit(files, CASE3, /^person: >-\n(  .*\n)+/m, '');
    edit(files, CASE3, /^raekkefoelge: .*$/m, 'raekkefoelge: "to"');
    lines.kind = lineOf(files, CASE3, 'raekkefoelge:');
    edit(files, 'kilder/mestringsforloeb.yaml', /^tid: .*$/m, 'tid: 2013');
    lines.tid = lineOf(files, 'kilder/mestringsforloeb.yaml', 'tid: 2013');
    // An outcome the vocabulary does not have.
    edit(files, CASE2, /^udfald: .*$/m, 'udfald: fleksjob');
    lines.udfald = lineOf(files, CASE2, 'udfald: fleksjob');
    // MDX that does not parse, far below the front matter.
    edit(files, LEDELSE, /\n\n/, '\n\nForløbet varer mindst {18 uger}.\n\n');
    lines.mdx = lineOf(files, LEDELSE, '{18 uger}');
    edit(files, TEMA2, '<h2 id="projekterne">', 'Forløbet varer {uger}.\n\n<h2 id="projekterne">');
    lines.expression = lineOf(files, TEMA2, '{uger}');
    // The same id twice on one page; a section marker past the source's pages.
    edit(files, 'sider/mestringsforloeb/om-projektet.mdx', '<h2 id="evaluering">', '<h2 id="projektet">');
    lines.dupId = lineOf(files, 'sider/mestringsforloeb/om-projektet.mdx', '<h2 id="projektet">Evaluering');
    edit(files, 'sider/mestringsforloeb/faser.mdx', '<Kildeside s="9" />', '<Kildeside s="99" />');
    lines.kildeside = lineOf(files, 'sider/mestringsforloeb/faser.mdx', '<Kildeside s="99" />');
    // A component naming an entry that does not exist.
    edit(files, TEMA1, '<Inspiration id="lk-tema-1-inspiration-samarbejde" />', '<Inspiration id="lk-tema-1-inspiration-samarbejd" />');
    lines.component = lineOf(files, TEMA1, 'inspiration-samarbejd"');
    // A template field id twice.
    edit(files, 'skabeloner/feedback-kontrakt.yaml', '      - id: observatoer', '      - id: jobkonsulent');
    lines.field = files.get('skabeloner/feedback-kontrakt.yaml')!.split('\n').lastIndexOf('      - id: jobkonsulent') + 1;
    // YAML that cannot be read.
    edit(files, 'begreber/joblog.yaml', /^term: (.*)$/m, 'term: Joblog: et redskab');
    lines.yaml = lineOf(files, 'begreber/joblog.yaml', 'term: Joblog: et');
    // Scraped noise from around a source text in the content.
    edit(files, 'begreber/mentor.yaml', /^term: .*$/m, 'term: Politisk aftale om kontanthjælpsreform april 2013');
    lines.noise = lineOf(files, 'begreber/mentor.yaml', 'term: Politisk');

    problems = checkContent(files, { routes });
  });

  it('»s. 99« in a case whose source has 22 pages', () => {
    const p = problemAt(problems, CASE, lines.s99!, /s\. 99 findes ikke i Læringskatalog: kildeteksten har s\. 1–22/);
    expect(p.field).toBe('sider');
    expect(formatProblem(p)).toBe(
      'src/content/cases/fra-pensionsoenske-til-ordinaert-job.yaml, linje 3, feltet »sider«: s. 99 findes ikke i Læringskatalog: kildeteksten har s. 1–22. Ret sidetallet til dokumentets eget (se src/content/kildetekster/laeringskatalog.txt); kildens sideomfang står i src/content/kilder/laeringskatalog.yaml.',
    );
  });

  it('a page range backwards, »22–19«', () => {
    expect(problemAt(problems, CASE2, lines.reversed!, /22–19 går baglæns/).fix).toMatch(/19–22/);
  });

  it('a broken internal Markdown link (line counted from the top of the MDX file)', () => {
    expect(problemAt(problems, INDEX, lines.link!, /\/laeringskatalog\/tema-9\/, som ikke er en side/).fix).toMatch(/Mente du \/laeringskatalog\/tema-1\//);
  });

  it('a link to a missing anchor »#temaintroduktionn«', () => {
    expect(problemAt(problems, TEMA2, lines.anchor!, /ankeret »#temaintroduktionn« findes ikke på \/laeringskatalog\/tema-1\//).fix).toMatch(/Mente du »#temaintroduktion«/);
  });

  it('a duplicate area id in a checklist', () => {
    expect(problemAt(problems, TJEK, lines.area!, /området »moedet-med-borgeren« findes allerede/).field).toBe('omraader[1].id');
    // … which would also be a duplicate HTML id on the page that shows the checklist.
    expect(problems.some((p) => p.file === file(TEMA1) && /tjek-jobcentrets-beredskab-moedet-med-borgeren.*findes allerede på siden/.test(p.message))).toBe(true);
  });

  it('a checklist question reworded away from the source', () => {
    const p = problemAt(problems, TJEK, lines.question!, /spørgsmålet »Forbereder I borgeren .*« står ikke ordret i kildeteksten/);
    expect(p.message).toMatch(/følger kilden til og med »Forbereder I«/);
    expect(p.fix).toMatch(/src\/content\/kildetekster\/laeringskatalog\.txt/);
  });

  it('a recommendation heading reworded away from the source', () => {
    problemAt(problems, 'anbefalinger/mf-tidsplan.yaml', 1, /overskriften »Lav en realistisk tidsplan« står ikke ordret/);
  });

  it('a quote reworded away from the source', () => {
    problemAt(problems, 'citater/lk-tema-1-positive.yaml', lines.quote!, /citatet »Vi har aldrig .*« står ikke ordret/);
  });

  it('a missing field says »mangler«, a wrong kind »skal være et helt tal«, a year without quotes »skal være en tekst«', () => {
    const missing = problems.find((p) => p.file === file(CASE3) && p.field === 'person')!;
    expect(missing.message).toBe('mangler');
    expect(missing.fix).toMatch(/Tilføj feltet »person«/);
    expect(problemAt(problems, CASE3, lines.kind!, /skal være et tal, men er en tekst/).field).toBe('raekkefoelge');
    expect(problemAt(problems, 'kilder/mestringsforloeb.yaml', lines.tid!, /^skal være en tekst, men er et tal$/).fix).toBe('Sæt værdien i anførselstegn: tid: "2013"');
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/Invalid input|expected \w+, received/);
  });

  it('a case outcome the vocabulary does not have (»fleksjob«) names the vocabulary file', () => {
    expect(problemAt(problems, CASE2, lines.udfald!, /»fleksjob« står ikke på listen i src\/content\/vaerdilister\/udfald\.yaml/).fix).toMatch(/tilføj »fleksjob«/);
  });

  it('MDX that does not parse gives its line in the file, front matter included', () => {
    problemAt(problems, LEDELSE, lines.mdx!, /»\{« eller »\}« i teksten læses som kode/);
  });

  it('MDX that parses but runs text as code (»{uger}«)', () => {
    expect(problemAt(problems, TEMA2, lines.expression!, /»\{uger\}« i teksten læses som kode/).fix).toMatch(/\\\{/);
  });

  it('the same id twice on one page', () => {
    expect(lines.dupId).toBeGreaterThan(0);
    problemAt(problems, 'sider/mestringsforloeb/om-projektet.mdx', lines.dupId!, /findes allerede på siden/);
  });

  it('a section marker past the source\'s pages', () => {
    problemAt(problems, 'sider/mestringsforloeb/faser.mdx', lines.kildeside!, /s\. 99 findes ikke i Joborienteret mestringsforløb: kildeteksten har s\. 1–32/);
  });

  it('a component naming an entry that does not exist', () => {
    problemAt(problems, TEMA1, lines.component!, /henviser til »lk-tema-1-inspiration-samarbejd«, som ikke findes/);
  });

  it('a template field id twice', () => {
    problemAt(problems, 'skabeloner/feedback-kontrakt.yaml', lines.field!, /feltet »jobkonsulent« findes allerede i skabelonen/);
  });

  it('YAML that cannot be read', () => {
    problemAt(problems, 'begreber/joblog.yaml', lines.yaml!, /YAML/);
  });

  it('scraped noise from around a source text', () => {
    problemAt(problems, 'begreber/mentor.yaml', lines.noise!, /fremmede dokumenttitler/);
  });

  it('every line of the report is Danish and names file and line', () => {
    const report = formatReport(problems).split('\n');
    expect(report[0]).toMatch(/^Indholdstjekket fandt \d+ fejl\./);
    for (const line of report.slice(1)) expect(line).toMatch(/^- src\/content\/\S+, linje \d+[,:]/);
  });
});

describe('smaller rules', () => {
  const run = (change: (files: ContentFiles) => void) => {
    const files = new Map(real);
    change(files);
    return checkContent(files, { routes });
  };

  it('a new outcome needs only a line in the vocabulary', () => {
    const problems = run((f) => {
      edit(f, 'cases/tilbage-til-tidligere-branche.yaml', /^udfald: .*$/m, 'udfald: fleksjob');
      edit(f, 'vaerdilister/udfald.yaml', 'vaerdier:\n', 'vaerdier:\n  - id: fleksjob\n    navn: Fleksjob\n');
    });
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('a role the vocabulary does not have, in a list of roles', () => {
    const problems = run((f) => edit(f, 'anbefalinger/mf-tidsplan.yaml', /^roller: \[(\w+)/m, 'roller: [chef'));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['roller[0]: »chef« står ikke på listen i src/content/vaerdilister/roller.yaml']);
  });

  it('former question ids: not a current id in the checklist, and never twice', () => {
    const rel = 'tjeklister/tjek-jobcentrets-beredskab.yaml';
    const problems = run((f) => {
      edit(f, rel, '      - id: moedet-med-borgeren-1\n', '      - id: moedet-med-borgeren-1\n        tidligereIder: [forberedelse-til-virksomhedsforloeb-1, gammelt-id]\n');
      edit(f, rel, '      - id: forberedelse-til-virksomhedsforloeb-1\n', '      - id: forberedelse-til-virksomhedsforloeb-1\n        tidligereIder: [gammelt-id]\n');
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^»forberedelse-til-virksomhedsforloeb-1« er et id, tjeklisten bruger nu/),
      expect.stringMatching(/^det tidligere id »gammelt-id« står to gange/),
    ]);
    expect(problems.map((p) => p.field)).toEqual(['omraader[0].spoergsmaal[0].tidligereIder[0]', 'omraader[1].spoergsmaal[0].tidligereIder[0]']);
  });

  it('a former id that is free passes', () => {
    const problems = run((f) => edit(f, 'tjeklister/tjek-jobcentrets-beredskab.yaml', '      - id: moedet-med-borgeren-1\n', '      - id: moedet-med-borgeren-1\n        tidligereIder: [moedet-1]\n'));
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('a recommendation whose page does not show it, and a passage anchor that is not on its page', () => {
    const problems = run((f) => {
      edit(f, 'anbefalinger/mf-tidsplan.yaml', /^side: .*$/m, 'side: mestringsforloeb/faser');
      edit(f, 'tjeklister/tjek-jobcentrets-beredskab.yaml', 'anker: temaintroduktion', 'anker: temaintro');
    });
    expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual([
      'src/content/anbefalinger/mf-tidsplan.yaml:side',
      'src/content/tjeklister/tjek-jobcentrets-beredskab.yaml:omraader[1].spoergsmaal[0].passager[0].anker',
    ]);
    expect(problems[0]!.message).toMatch(/ingen <Anbefaling id="mf-tidsplan" \/>/);
    expect(problems[1]!.fix).toMatch(/Mente du »temaintroduktion«/);
  });

  it('a file YAML cannot read is one problem, not one for everything that names it', () => {
    const problems = run((f) => edit(f, 'kilder/virksomme-mekanismer.yaml', /^kort: (.*)$/m, 'kort: Virksomme: mekanismer'));
    expect(problems.map((p) => `${p.file}, linje ${p.line}`)).toEqual(['src/content/kilder/virksomme-mekanismer.yaml, linje 1']);
  });

  it('a source without its text, and a text whose marker is not in it', () => {
    const problems = run((f) => {
      f.delete('kildetekster/virksomme-mekanismer.txt');
      edit(f, 'kilder/laeringskatalog.yaml', 'slut: X Tidlig opsporing', 'slut: X Tidlig opsporingg');
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/ingen linje i src\/content\/kildetekster\/laeringskatalog\.txt begynder med »X Tidlig opsporingg«/),
      'kildeteksten mangler: src/content/kildetekster/virksomme-mekanismer.txt findes ikke',
    ]);
  });

  it('the same id for a recommendation and a mechanism, and a page whose address the site uses', () => {
    const problems = run((f) => {
      f.set('anbefalinger/vm-2-saet-delmaal.yaml', f.get('anbefalinger/mf-tidsplan.yaml')!);
      f.set('sider/kilder.mdx', f.get('sider/virksomme-mekanismer.mdx')!);
    });
    expect(problems.some((p) => p.file === 'src/content/anbefalinger/vm-2-saet-delmaal.yaml' && /en mekanisme har samme id/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.file === 'src/content/sider/kilder.mdx' && /adressen \/kilder\/, som sitet allerede bruger/.test(p.message))).toBe(true);
  });

  it('templates keep their paper rules', () => {
    const problems = run((f) => {
      // A form about a person without a date field; a section the site adds with a question of its own.
      edit(f, 'skabeloner/laeringspil-logbog.yaml', /^personfoelsom: false$/m, 'personfoelsom: true');
      edit(f, 'skabeloner/feedback-kontrakt.yaml', /(- id: jobkonsulent\n\s+label: [^\n]*\n\s+type: )linje/, '$1tekst');
    });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'src/content/skabeloner/feedback-kontrakt.yaml: et felt, sitet har tilføjet, har typen »tekst«',
      'src/content/skabeloner/laeringspil-logbog.yaml: skemaet er om en person, men har intet datofelt',
      'src/content/skabeloner/laeringspil-logbog.yaml: skemaet er om en person, men har intet navnefelt',
    ]);
  });
});

describe('a sixth source and a sixth case need content files only', () => {
  it('tests/fixtures/sjette-kilde laid over src/content, with »fleksjob« added to the outcomes, passes the check', () => {
    const files = new Map(real);
    const fixture = readContentFiles(join(root, 'tests', 'fixtures', 'sjette-kilde'));
    expect([...fixture.keys()].sort()).toEqual([
      'anbefalinger/tn-fast-kontaktperson.yaml',
      'cases/testcase.yaml',
      'kilder/testnotat.yaml',
      'kildetekster/testnotat.txt',
      'sider/testnotat.mdx',
    ]);
    for (const [rel, text] of fixture) files.set(rel, text);
    edit(files, 'vaerdilister/udfald.yaml', 'vaerdier:\n', 'vaerdier:\n  - id: fleksjob\n    navn: Fleksjob\n');
    const problems = checkContent(files, { routes });
    expect(problems, formatReport(problems)).toEqual([]);
    // … and the check reads the new source text: a reworded heading is caught.
    edit(files, 'anbefalinger/tn-fast-kontaktperson.yaml', 'titel: Giv borgeren', 'titel: Giv altid borgeren');
    expect(checkContent(files, { routes }).map((p) => p.message)).toEqual([expect.stringMatching(/^overskriften »Giv altid borgeren en fast kontaktperson« står ikke ordret/)]);
  });
});
