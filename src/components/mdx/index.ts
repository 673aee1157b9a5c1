/** Components available in every MDX page without an import (see docs/CONTENT-GUIDE.md). */
import Citater from './Citater.astro';
import Inspiration from './Inspiration.astro';
import Anbefaling from './Anbefaling.astro';
import Mekanisme from './Mekanisme.astro';
import CaseKort from './CaseKort.astro';
import Tjekliste from './Tjekliste.astro';
import Kildeside from './Kildeside.astro';
import Mangler from './Mangler.astro';
import Laesning from './Laesning.astro';
import Diagram from './Diagram.astro';
import Faktaboks from './Faktaboks.astro';
import SkabelonIndhold from './SkabelonIndhold.astro';
import Motivationsfaktorer from './Motivationsfaktorer.astro';
import Link from './Link.astro';
import Tabel from './Tabel.astro';

export const mdxComponents = {
  Citater,
  Inspiration,
  Anbefaling,
  Mekanisme,
  CaseKort,
  Tjekliste,
  Kildeside,
  Mangler,
  Laesning,
  Diagram,
  Faktaboks,
  SkabelonIndhold,
  Motivationsfaktorer,
  Tabel,
  a: Link,
};
