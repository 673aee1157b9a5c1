/**
 * Search results as sections. Pure.
 *
 * Pagefind returns pages; for each it also returns sub-results: the stretches of the page between
 * its section anchors (headings with an id, terms of a word list – see pagefind-tune.ts), each
 * with the matches inside it and an excerpt from it. A hit here is one page, shown as the section
 * with the strongest matches: its page and section name, an excerpt from that section, a link that
 * opens the page at that section with the words highlighted (text-fragment.ts), the page's type
 * and source, and up to two more sections of the same page that match.
 */
import { cleanExcerpt } from './excerpt.ts';
import { textDirective, withTextFragment } from './text-fragment.ts';

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { element: string; id: string; text?: string; location: number };
  excerpt: string;
  weighted_locations: WeightedLocation[];
  locations: number[];
}

/** What Pagefind's `result.data()` returns (the parts the site uses). */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
  weighted_locations: WeightedLocation[];
  sub_results: PagefindSubResult[];
  /** The page's section anchors (headings with an id, word-list terms: see pagefind-tune.ts). */
  anchors?: { location: number }[];
}

export interface Hit {
  /** The section, with a text fragment for the matched words. */
  url: string;
  pageUrl: string;
  page: string;
  /** The section's heading; empty when the match is before the page's first section. */
  section: string;
  /** Safe HTML: escaped text with <mark> around the matches. */
  excerpt: string;
  type: string;
  kilde: string[];
  /** Other sections of the page that match, strongest first. */
  more: { title: string; url: string }[];
}

const strength = (s: PagefindSubResult) => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);

/** Sub-results strongest first (document order on a tie). */
function byStrength(subs: PagefindSubResult[]): PagefindSubResult[] {
  return subs.map((s, i) => ({ s, i, n: strength(s) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.s);
}

/** The section with the strongest matches, or null when there are none. */
export function bestSection(subs: PagefindSubResult[]): PagefindSubResult | null {
  return byStrength(subs)[0] ?? null;
}

const MORE = 2;

/** Pagefind's words of a page's text: its match locations count these. */
const splitWords = (content: string) => content.split(/[^\S\uFEFF]+/);

/**
 * The link for a section: its anchor, and a text fragment for its first match after the
 * section's heading (a match in the heading itself needs none: the anchor is the heading).
 * `anchors` are the locations of the page's section anchors: the section ends at the next one.
 */
export function sectionLink(sub: PagefindSubResult, words: readonly string[], anchors: readonly number[] = []): string {
  const start = sub.anchor?.location ?? 0;
  const bodyStart = sub.anchor ? start + (sub.anchor.text ?? sub.title).trim().split(/\s+/).length : 0;
  const end = Math.min(words.length, ...anchors.filter((l) => l > start));
  const at = [...sub.locations].sort((a, b) => a - b).find((l) => l >= bodyStart);
  return withTextFragment(sub.url, at === undefined ? null : textDirective(words, at, bodyStart, end));
}

export function toHit(data: PagefindData): Hit {
  const ranked = byStrength(data.sub_results ?? []);
  const best = ranked[0];
  const page = data.meta.title ?? data.url;
  const words = splitWords(data.content);
  const anchors = (data.anchors ?? []).map((a) => a.location);
  return {
    url: best ? sectionLink(best, words, anchors) : data.url,
    pageUrl: data.url,
    page,
    section: best?.anchor ? best.title : '',
    excerpt: cleanExcerpt(best?.excerpt ?? data.excerpt),
    type: data.filters.type?.[0] ?? '',
    kilde: data.filters.kilde ?? [],
    more: ranked
      .slice(1)
      .filter((s) => s.anchor)
      .slice(0, MORE)
      .map((s) => ({ title: s.title, url: sectionLink(s, words, anchors) })),
  };
}
