/**
 * The source texts (src/content/kildetekster/, one per kilde entry) split into their real text
 * and the scraped noise around it, as each kilde entry's `kildetekst` says: the same split the
 * content check uses. A sixth source needs no change here.
 */
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/content-check/files';
import { loadContent } from '../../src/lib/content-check/load';
import { noisePhrases as phrasesOf, type SourceText } from '../../src/lib/content-check/source-texts';

export { normalize } from '../../src/lib/content-check/source-texts';

const root = new URL('../..', import.meta.url).pathname;
let cached: SourceText[] | undefined;

export interface Seed {
  id: string;
  real: string[];
  noise: string[];
}

export function seeds(): Seed[] {
  cached ??= [...loadContent(readContentFiles(join(root, 'src', 'content'))).sources.values()];
  return cached.map((s) => ({ id: s.kilde, real: s.real, noise: s.noise }));
}

/** Distinctive phrases from the scraped noise (see source-texts.ts). */
export function noisePhrases(): string[] {
  seeds();
  return phrasesOf(cached!);
}
