/** The part of js-yaml (Astro's own YAML parser, no bundled types) the content check uses. */
declare module 'js-yaml' {
  export function load(source: string, options?: { filename?: string }): unknown;
}
