/**
 * People's names in a team round and in the files that reach it. A colleague's export carries
 * their assessment's name; a name the tool gave by itself (»Min vurdering«, »Vurdering 2« …) says
 * nothing about who answered, so the round and the file names do not use it as a person's name.
 * File names are ASCII (src/lib/slug.ts), so five colleagues' files in one folder are five names.
 * Small and pure: the export on the tool page uses it before the round's code has loaded.
 */
import { slugify } from '../slug';

/** Names compared as people write them: case, composition of æ/ø/å and spaces do not matter. */
export const personKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/**
 * Whether an assessment's name is one the tool gave (or empty): it does not say who answered.
 * The tool's names: DEFAULT_NAME and IMPORTED_NAME (model.ts, file.ts), »Fra delt link«
 * (Share.tsx) and »Vurdering n« (a new assessment, useAssessments.ts).
 */
export const isUnnamed = (name: string) => /^(|min vurdering|importeret vurdering|fra delt link|vurdering \d+)$/.test(personKey(name));

/** A name as part of a file name: ASCII, at most 40 characters, `''` when nothing is left. */
export const nameSlug = (name: string) => slugify(name).slice(0, 40).replace(/-$/, '');
