/**
 * .odt (OpenDocument Text) writer: the document model as an ODF 1.2 package – `mimetype`
 * first and stored, then content.xml, styles.xml, meta.xml and META-INF/manifest.xml, deflated.
 *
 * Why our own writer and not a library: no kept npm library writes ODF in the browser. What
 * exists either drives LibreOffice on a server (carbone), is tied to one editor's data model
 * (BlockNote's ODT exporter, which also pulls in that editor), or is a WebAssembly converter of
 * several hundred KB. The documents here need headings, paragraphs, lists, simple tables, a
 * footer with page numbers and named styles – about 200 lines of XML templates, some 3 KB
 * gzip on the click that needs it, against 100+ KB for the alternatives. Correctness is held
 * by the tests: every part is parsed as XML, the package read back by an independent unzip,
 * and LibreOffice converts the downloaded files in the browser tests.
 *
 * ODF 1.2 rather than 1.3: the content uses nothing from 1.3, and 1.2 (ISO/IEC 26300) is what
 * older Word versions and case systems read. Pure apart from the platform's deflate (zip.ts).
 */
import { cleanText, type DocBlock, type DocListItem, type DocModel } from './model';
import { CELL_PADDING, PT_PER_CM, TYPE, WRITING_LINE, inlineRows, inlineRun, layoutTable, lineCount, pageBox, type InlinePlace } from './layout';
import { zip } from './zip';

export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(' ');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text for a paragraph: ODF collapses runs of white space and drops it at the start and end of
 * a paragraph, so every space that would be lost is written as <text:s/>, and line breaks as
 * <text:line-break/>.
 */
export function odfText(raw: string): string {
  return cleanText(raw)
    .split('\n')
    .map((line) =>
      esc(line).replace(/ +/g, (run, at: number, whole: string) => {
        const edge = at === 0 || at + run.length === whole.length;
        if (edge) return `<text:s text:c="${run.length}"/>`;
        return run.length === 1 ? ' ' : ` <text:s text:c="${run.length - 1}"/>`;
      }),
    )
    .join('<text:line-break/>');
}

const p = (style: string, text = '') => (text ? `<text:p text:style-name="${style}">${odfText(text)}</text:p>` : `<text:p text:style-name="${style}"/>`);

const cm = (pt: number) => `${(pt / PT_PER_CM).toFixed(3)}cm`;

/**
 * Lines to write on, the typed text (if any) on the first of them, up to `lines` in all. A short
 * group keeps together on one page (each line keeps with the next but the last), as the print
 * view keeps a field together; in a table cell the row keeps together anyway.
 */
function ruledLines(text: string, lines: number, widthPt: number, sizePt: number, inTable: boolean): string {
  const typed = text ? cleanText(text).split('\n') : [];
  const used = typed.reduce((n, l) => n + lineCount(l, widthPt, sizePt), 0);
  const all = [...typed, ...Array<string>(Math.max(typed.length ? 0 : 1, lines - used)).fill('')];
  const keep = !inTable && used <= 12;
  return all.map((line, i) => p(inTable ? 'Skrivelinje_20_tabel' : keep && i < all.length - 1 ? 'Skrivelinje' : 'Skrivelinje_20_sidste', line)).join('');
}

function list(items: readonly DocListItem[], style?: string): string {
  const open = style ? `<text:list text:style-name="${style}">` : '<text:list>';
  return `${open}${items.map((i) => `<text:list-item>${p('Liste', i.text)}${i.children?.length ? list(i.children) : ''}</text:list-item>`).join('')}</text:list>`;
}

type Field = Extract<DocBlock, { type: 'field' }>;

/** Cell borders without doubling: every cell draws its right and bottom edge, the first row its top, the first column its left. */
const CELL_STYLES = (['', 'T', 'L', 'TL'] as const)
  .map((edge) => {
    const line = '0.5pt solid #000000';
    const sides = `fo:border-right="${line}" fo:border-bottom="${line}" fo:border-top="${edge.includes('T') ? line : 'none'}" fo:border-left="${edge.includes('L') ? line : 'none'}"`;
    return `<style:style style:name="Celle${edge}" style:family="table-cell"><style:table-cell-properties fo:padding-left="${cm(CELL_PADDING)}" fo:padding-right="${cm(CELL_PADDING)}" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" ${sides}/></style:style>`;
  })
  .join('');

function body(doc: DocModel): { xml: string; styles: string } {
  let styles = '';
  let tables = 0;
  let rows = 0;
  const page = pageBox(doc.orientation);
  const width = page.textWidth;

  const field = (b: Field) => p('Feltnavn', b.label) + ruledLines(b.value, b.lines, width, TYPE.body, false);

  /** Short fields side by side: »Label ______« with an underscore tab leader as the line. */
  const inline = (row: readonly InlinePlace[]) => {
    const name = `Felter${++rows}`;
    const stops = row.flatMap(({ start, end }, i) => [
      ...(i > 0 ? [`<style:tab-stop style:position="${cm(start)}"/>`] : []),
      `<style:tab-stop style:position="${cm(end)}" style:leader-style="solid" style:leader-text="_"/>`,
    ]);
    styles += `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Feltlinje"><style:paragraph-properties><style:tab-stops>${stops.join('')}</style:tab-stops></style:paragraph-properties></style:style>`;
    const parts = row.map(({ field: f }) => `<text:span text:style-name="Fed">${odfText(`${f.label} `)}</text:span>${f.value ? odfText(f.value) : ''}<text:tab/>`);
    return `<text:p text:style-name="${name}">${parts.join('<text:tab/>')}</text:p>`;
  };

  const table = (b: Extract<DocBlock, { type: 'table' }>) => {
    const name = `Tabel${++tables}`;
    const layout = layoutTable(b, width);
    styles += `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${cm(width)}" table:align="margins" style:may-break-between-rows="true" fo:margin-bottom="0.2cm"/></style:style>`;
    layout.widths.forEach((w, i) => {
      styles += `<style:style style:name="${name}.C${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${cm(w * width)}" style:rel-column-width="${Math.round(w * 10000)}*"/></style:style>`;
    });
    // a table whose longest words cannot fit side by side is hyphenated by the reader's Danish rules
    const contents = layout.hyphenate ? 'Table_20_Contents_20_delbar' : 'Table_20_Contents';
    const headingStyle = layout.hyphenate ? 'Table_20_Heading_20_delbar' : 'Table_20_Heading';
    const cell = (r: number, c: number, style: string, text: string, lines?: number) => {
      const edge = `${r === 0 ? 'T' : ''}${c === 0 ? 'L' : ''}`;
      const inner = lines ? ruledLines(text, lines, layout.widths[c]! * width - 2 * CELL_PADDING, TYPE.table, true) : p(style, text);
      return `<table:table-cell table:style-name="Celle${edge}" office:value-type="string">${inner}</table:table-cell>`;
    };
    const head = `<table:table-header-rows><table:table-row table:style-name="Raekke">${b.columns.map((c, i) => cell(0, i, headingStyle, c)).join('')}</table:table-row></table:table-header-rows>`;
    const body = b.rows
      .map((r, ri) => `<table:table-row table:style-name="Raekke">${r.map((c, i) => cell(ri + 1, i, i === 0 && b.rowHeaders && c.text ? headingStyle : contents, c.text, c.lines)).join('')}</table:table-row>`)
      .join('');
    return (
      (b.caption ? p('Feltnavn', b.caption) : '') +
      `<table:table table:name="${name}" table:style-name="${name}">${layout.widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i + 1}"/>`).join('')}${head}${body}</table:table>`
    );
  };

  const out: string[] = [];
  const all = doc.blocks;
  for (let i = 0; i < all.length; i++) {
    const b = all[i]!;
    switch (b.type) {
      case 'heading':
        out.push(`<text:h text:style-name="${b.pageBreakBefore ? `Heading_20_${b.level}_20_ny_20_side` : `Heading_20_${b.level}`}" text:outline-level="${b.level}">${odfText(b.text)}</text:h>`);
        break;
      case 'paragraph':
        out.push(p(b.style === 'strong' ? 'Fremhaevet' : b.style === 'muted' ? 'Lille' : 'Text_20_body', b.text));
        break;
      case 'list':
        out.push(list(b.items, b.ordered ? 'Nummerliste' : 'Punktliste'));
        break;
      case 'field': {
        const run = inlineRun(all, i, width);
        if (run.length > 1) {
          out.push(...inlineRows(run, width).map(inline));
          i += run.length - 1;
        } else out.push(field(b));
        break;
      }
      case 'check':
        out.push(p('Text_20_body', `${b.checked ? '☒' : '☐'} ${b.label}`));
        break;
      case 'table':
        out.push(table(b));
        break;
    }
  }
  const xml =
    `<text:h text:style-name="Heading_20_1" text:outline-level="1">${odfText(doc.title)}</text:h>` +
    (doc.source ? p('Kilde', `Kilde: ${doc.source}`) : '') +
    out.join('');
  // page-break variants of the heading styles (only those used)
  for (const level of [2, 3, 4]) {
    if (xml.includes(`Heading_20_${level}_20_ny_20_side`)) styles += `<style:style style:name="Heading_20_${level}_20_ny_20_side" style:family="paragraph" style:parent-style-name="Heading_20_${level}"><style:paragraph-properties fo:break-before="page"/></style:style>`;
  }
  return { xml, styles };
}

export function contentXml(doc: DocModel): string {
  const { xml, styles } = body(doc);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.2">` +
    `<office:automatic-styles>${styles}${CELL_STYLES}<style:style style:name="Raekke" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>` +
    `<style:style style:name="Fed" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>` +
    `<office:body><office:text>${xml}</office:text></office:body></office:document-content>`
  );
}

const paragraphStyle = (name: string, display: string, parent: string, props: string, text = '', cls = 'text') =>
  `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}" style:class="${cls}">${props ? `<style:paragraph-properties ${props}/>` : ''}${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;

const listLevels = (kind: 'bullet' | 'number') =>
  [1, 2, 3]
    .map((l) => {
      const indent = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${(0.63 * l).toFixed(2)}cm" fo:text-indent="-0.63cm" fo:margin-left="${(0.63 * l).toFixed(2)}cm"/></style:list-level-properties>`;
      return kind === 'bullet'
        ? `<text:list-level-style-bullet text:level="${l}" text:bullet-char="${['•', '◦', '▪'][l - 1]}">${indent}</text:list-level-style-bullet>`
        : `<text:list-level-style-number text:level="${l}" style:num-suffix="." style:num-format="${['1', 'a', 'i'][l - 1]}">${indent}</text:list-level-style-number>`;
    })
    .join('');

export function stylesXml(doc: DocModel): string {
  const landscape = doc.orientation === 'landscape';
  const page = pageBox(doc.orientation);
  const pt = (n: number) => `${n}pt`;
  const rule = 'fo:border-bottom="0.5pt solid #808080" fo:padding="0cm" style:join-border="false"';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.2">` +
    `<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:styles>` +
    // Danish for the whole document: spelling, hyphenation and screen readers follow it. No
    // paragraph leaves one line alone at the foot or head of a page (widows and orphans).
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:widows="2" fo:orphans="2"/><style:text-properties style:font-name="Arial" fo:font-size="${pt(TYPE.body)}" fo:language="da" fo:country="DK" fo:hyphenate="false"/></style:default-style>` +
    `<style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
    paragraphStyle('Text_20_body', 'Text body', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0.2cm"') +
    paragraphStyle('Heading', 'Heading', 'Standard', 'fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:keep-together="always"', 'fo:font-weight="bold"') +
    [TYPE.h1, TYPE.h2, TYPE.h3, TYPE.h4]
      .map((size, i) => `<style:style style:name="Heading_20_${i + 1}" style:display-name="Heading ${i + 1}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="${i + 1}" style:class="text">${i === 0 ? '<style:paragraph-properties fo:margin-top="0cm"/>' : ''}<style:text-properties fo:font-size="${pt(size)}"/></style:style>`)
      .join('') +
    paragraphStyle('Kilde', 'Kilde', 'Text_20_body', 'fo:margin-bottom="0.35cm"', `fo:font-size="${pt(TYPE.small)}"`) +
    paragraphStyle('Fremhaevet', 'Fremhævet', 'Text_20_body', 'fo:keep-with-next="always"', 'fo:font-weight="bold"') +
    paragraphStyle('Lille', 'Lille tekst', 'Text_20_body', 'fo:margin-bottom="0.14cm"', `fo:font-size="${pt(TYPE.small)}" fo:color="#444444"`) +
    paragraphStyle('Feltnavn', 'Feltnavn', 'Text_20_body', 'fo:margin-top="0.2cm" fo:margin-bottom="0.07cm" fo:keep-with-next="always"', 'fo:font-weight="bold"') +
    paragraphStyle('Feltlinje', 'Felter på linje', 'Text_20_body', `fo:margin-top="0.1cm" fo:margin-bottom="0.2cm" fo:line-height="${cm(WRITING_LINE.body)}" fo:keep-with-next="always"`) +
    // A line to write on: a paragraph with a rule under it. join-border="false" keeps
    // LibreOffice from merging consecutive ones into one box with a single rule.
    paragraphStyle('Skrivelinje_20_sidste', 'Skrivelinje (sidste)', 'Standard', `fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="${cm(WRITING_LINE.body)}" ${rule}`) +
    paragraphStyle('Skrivelinje', 'Skrivelinje', 'Skrivelinje_20_sidste', 'fo:keep-with-next="always"') +
    paragraphStyle('Skrivelinje_20_tabel', 'Skrivelinje i tabel', 'Skrivelinje_20_sidste', `fo:line-height="${cm(WRITING_LINE.table)}"`, `fo:font-size="${pt(TYPE.table)}"`) +
    paragraphStyle('Liste', 'Listeafsnit', 'Text_20_body', 'fo:margin-bottom="0.1cm"') +
    paragraphStyle('Table_20_Contents', 'Table Contents', 'Standard', 'fo:margin-top="0.03cm" fo:margin-bottom="0.03cm"', `fo:font-size="${pt(TYPE.table)}"`, 'extra') +
    paragraphStyle('Table_20_Heading', 'Table Heading', 'Table_20_Contents', '', 'fo:font-weight="bold"', 'extra') +
    paragraphStyle('Table_20_Contents_20_delbar', 'Table Contents (orddeling)', 'Table_20_Contents', '', 'fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"', 'extra') +
    paragraphStyle('Table_20_Heading_20_delbar', 'Table Heading (orddeling)', 'Table_20_Heading', '', 'fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"', 'extra') +
    `<style:style style:name="Footer" style:display-name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0cm"><style:tab-stops><style:tab-stop style:position="${cm(page.textWidth)}" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="${pt(TYPE.footer)}" fo:color="#333333"/></style:style>` +
    `<text:list-style style:name="Punktliste" style:display-name="Punktliste">${listLevels('bullet')}</text:list-style>` +
    `<text:list-style style:name="Nummerliste" style:display-name="Nummerliste">${listLevels('number')}</text:list-style>` +
    `</office:styles>` +
    `<office:automatic-styles><style:page-layout style:name="Side"><style:page-layout-properties fo:page-width="${landscape ? '29.7cm' : '21cm'}" fo:page-height="${landscape ? '21cm' : '29.7cm'}" style:print-orientation="${doc.orientation}" fo:margin-top="${page.top}cm" fo:margin-bottom="${page.bottom}cm" fo:margin-left="${page.left}cm" fo:margin-right="${page.right}cm"/>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Side"><style:footer>` +
    `<text:p text:style-name="Footer">${odfText(doc.footer)}<text:tab/>Side <text:page-number text:select-page="current">1</text:page-number> af <text:page-count>1</text:page-count></text:p>` +
    `</style:footer></style:master-page></office:master-styles></office:document-styles>`
  );
}

export function metaXml(doc: DocModel): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">` +
    `<office:meta><meta:generator>Læringskatalog for en jobrettet indsats</meta:generator><dc:title>${esc(cleanText(doc.title))}</dc:title>` +
    (doc.source ? `<dc:description>${esc(cleanText(`Kilde: ${doc.source}`))}</dc:description>` : '') +
    `<dc:language>${doc.language}</dc:language></office:meta></office:document-meta>`
  );
}

export const MANIFEST_XML =
  `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODT_MIME}"/>` +
  ['content.xml', 'styles.xml', 'meta.xml'].map((f) => `<manifest:file-entry manifest:full-path="${f}" manifest:media-type="text/xml"/>`).join('') +
  `</manifest:manifest>`;

export function toOdt(doc: DocModel): Promise<Uint8Array> {
  return zip([
    { name: 'mimetype', data: ODT_MIME, store: true },
    { name: 'content.xml', data: contentXml(doc) },
    { name: 'styles.xml', data: stylesXml(doc) },
    { name: 'meta.xml', data: metaXml(doc) },
    { name: 'META-INF/manifest.xml', data: MANIFEST_XML },
  ]);
}
