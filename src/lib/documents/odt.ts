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
const writingLines = (n: number) => p('Skrivelinje').repeat(Math.max(1, n));

/** Text width of an A4 page with 1.4 cm side margins, in cm. */
const textWidth = (o: DocModel['orientation']) => (o === 'landscape' ? 29.7 : 21) - 2.8;

function list(items: readonly DocListItem[], style?: string): string {
  const open = style ? `<text:list text:style-name="${style}">` : '<text:list>';
  return `${open}${items.map((i) => `<text:list-item>${p('Liste', i.text)}${i.children?.length ? list(i.children) : ''}</text:list-item>`).join('')}</text:list>`;
}

function body(doc: DocModel): { xml: string; styles: string } {
  let styles = '';
  let tables = 0;
  const block = (b: DocBlock): string => {
    switch (b.type) {
      case 'heading':
        return `<text:h text:style-name="Heading_20_${b.level}" text:outline-level="${b.level}">${odfText(b.text)}</text:h>`;
      case 'paragraph':
        return p(b.style === 'strong' ? 'Fremhaevet' : b.style === 'muted' ? 'Lille' : 'Text_20_body', b.text);
      case 'list':
        return list(b.items, b.ordered ? 'Nummerliste' : 'Punktliste');
      case 'field':
        return p('Feltnavn', b.label) + (b.value ? p('Text_20_body', b.value) : writingLines(b.lines));
      case 'check':
        return p('Text_20_body', `${b.checked ? '☒' : '☐'} ${b.label}`);
      case 'table': {
        const name = `Tabel${++tables}`;
        const n = b.columns.length;
        const widths = b.widths?.length === n ? b.widths : Array<number>(n).fill(1 / n);
        const total = textWidth(doc.orientation);
        styles += `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${total.toFixed(2)}cm" table:align="margins"/></style:style>`;
        widths.forEach((w, i) => {
          styles += `<style:style style:name="${name}.C${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${(w * total).toFixed(2)}cm" style:rel-column-width="${Math.round(w * 10000)}*"/></style:style>`;
        });
        const cell = (style: string, text: string, lines?: number) =>
          `<table:table-cell table:style-name="Celle" office:value-type="string">${text || !lines ? p(style, text) : writingLines(lines)}</table:table-cell>`;
        const head = `<table:table-header-rows><table:table-row>${b.columns.map((c) => cell('Table_20_Heading', c)).join('')}</table:table-row></table:table-header-rows>`;
        const rows = b.rows
          .map((r) => `<table:table-row>${r.map((c, i) => cell(i === 0 && b.rowHeaders && c.text ? 'Table_20_Heading' : 'Table_20_Contents', c.text, c.lines)).join('')}</table:table-row>`)
          .join('');
        return (
          (b.caption ? p('Feltnavn', b.caption) : '') +
          `<table:table table:name="${name}" table:style-name="${name}">${widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i + 1}"/>`).join('')}${head}${rows}</table:table>`
        );
      }
    }
  };
  const xml =
    `<text:h text:style-name="Heading_20_1" text:outline-level="1">${odfText(doc.title)}</text:h>` +
    (doc.source ? p('Kilde', `Kilde: ${doc.source}`) : '') +
    doc.blocks.map(block).join('');
  return { xml, styles };
}

export function contentXml(doc: DocModel): string {
  const { xml, styles } = body(doc);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.2">` +
    `<office:automatic-styles>${styles}<style:style style:name="Celle" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style></office:automatic-styles>` +
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
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.2">` +
    `<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:styles>` +
    // Danish for the whole document: spelling, hyphenation and screen readers follow it.
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="da" fo:country="DK"/></style:default-style>` +
    `<style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
    paragraphStyle('Text_20_body', 'Text body', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"') +
    paragraphStyle('Heading', 'Heading', 'Standard', 'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', 'fo:font-weight="bold"') +
    [18, 14, 12, 11]
      .map((size, i) => `<style:style style:name="Heading_20_${i + 1}" style:display-name="Heading ${i + 1}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="${i + 1}" style:class="text"><style:text-properties fo:font-size="${size}pt"/></style:style>`)
      .join('') +
    paragraphStyle('Kilde', 'Kilde', 'Text_20_body', 'fo:margin-bottom="0.35cm"', 'fo:font-size="10pt"') +
    paragraphStyle('Fremhaevet', 'Fremhævet', 'Text_20_body', 'fo:keep-with-next="always"', 'fo:font-weight="bold"') +
    paragraphStyle('Lille', 'Lille tekst', 'Text_20_body', '', 'fo:font-size="10pt" fo:color="#444444"') +
    paragraphStyle('Feltnavn', 'Feltnavn', 'Text_20_body', 'fo:margin-top="0.2cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"', 'fo:font-weight="bold"') +
    // A line to write on: an empty paragraph with a rule under it. join-border="false" keeps
    // LibreOffice from merging consecutive ones into one box with a single rule.
    paragraphStyle('Skrivelinje', 'Skrivelinje', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="0.75cm" fo:border-bottom="0.5pt solid #808080" fo:padding="0cm" style:join-border="false"') +
    paragraphStyle('Liste', 'Listeafsnit', 'Text_20_body', 'fo:margin-bottom="0.1cm"') +
    paragraphStyle('Table_20_Contents', 'Table Contents', 'Standard', 'fo:margin-bottom="0.1cm"', '', 'extra') +
    paragraphStyle('Table_20_Heading', 'Table Heading', 'Table_20_Contents', '', 'fo:font-weight="bold"', 'extra') +
    paragraphStyle('Footer', 'Footer', 'Standard', 'fo:margin-bottom="0cm"', 'fo:font-size="8pt" fo:color="#333333"', 'extra') +
    paragraphStyle('Footer_20_right', 'Footer right', 'Footer', 'fo:text-align="end"', '', 'extra') +
    `<text:list-style style:name="Punktliste" style:display-name="Punktliste">${listLevels('bullet')}</text:list-style>` +
    `<text:list-style style:name="Nummerliste" style:display-name="Nummerliste">${listLevels('number')}</text:list-style>` +
    `</office:styles>` +
    `<office:automatic-styles><style:page-layout style:name="Side"><style:page-layout-properties fo:page-width="${landscape ? '29.7cm' : '21cm'}" fo:page-height="${landscape ? '21cm' : '29.7cm'}" style:print-orientation="${doc.orientation}" fo:margin-top="1.4cm" fo:margin-bottom="1cm" fo:margin-left="1.4cm" fo:margin-right="1.4cm"/>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Side"><style:footer>` +
    p('Footer', doc.footer) +
    `<text:p text:style-name="Footer_20_right">Side <text:page-number text:select-page="current">1</text:page-number> af <text:page-count>1</text:page-count></text:p>` +
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
