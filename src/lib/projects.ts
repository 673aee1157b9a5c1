/**
 * What the catalogue says about one project, gathered from the quotes and inspiration boxes
 * that name its kommune. Pure over the loaded collections (derived, never stored twice).
 */
interface QuoteGroup {
  id: string;
  data: { side: string; sider: string; citater: { tekst: string; attribution: string; kommune?: string | undefined }[] };
}
interface InspirationBox {
  id: string;
  data: { side: string; sider: string; punkter: { kommune: string; tekst: string[] }[] };
}

export interface Mention {
  side: string;
  anker: string;
  sider: string;
}

export function projectMentions(
  catalog: { citater: QuoteGroup[]; inspiration: InspirationBox[] },
  kommune: string,
): {
  quotes: (Mention & { tekst: string; attribution: string })[];
  inspiration: (Mention & { tekst: string[] })[];
} {
  const quotes = catalog.citater.flatMap((g) =>
    g.data.citater
      .filter((q) => q.kommune === kommune)
      .map((q) => ({ tekst: q.tekst, attribution: q.attribution, side: g.data.side, anker: g.id, sider: g.data.sider })),
  );
  const inspiration = catalog.inspiration.flatMap((b) =>
    b.data.punkter
      .filter((p) => p.kommune === kommune)
      .map((p) => ({ tekst: p.tekst, side: b.data.side, anker: b.id, sider: b.data.sider })),
  );
  return { quotes, inspiration };
}
