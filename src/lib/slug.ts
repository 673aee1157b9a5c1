/**
 * ASCII slugs for ids, anchors and file names: "Blåbær-grød 2027" → "blaabaer-groed-2027"
 * (æ → ae, ø → oe, å → aa, other accents dropped, everything else a dash). Its own tiny module,
 * because the tool pages need it on load (export file names) and must not pull in the hub's code.
 */
export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
