/**
 * Links that work at the site root and under a sub-path (BASE_PATH=/laeringskatalog/).
 * Every internal link in components goes through `href()`; MDX links go through the `a`
 * component override, which calls it too.
 */

/** A base path as the site uses it: with one trailing slash ("/laeringskatalog" → "/laeringskatalog/"). Pure. */
export const withTrailingSlash = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

/** Join a base ("/" or "/laeringskatalog/") and a root-relative path ("/cases/"). Pure. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return withTrailingSlash(base) + path.slice(1);
}

/** Strip the base from a pathname, giving a root-relative path. Pure. */
export function stripBase(base: string, pathname: string): string {
  const b = withTrailingSlash(base);
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** URL of a page in the `sider` collection: "laeringskatalog/tema-1" → "/laeringskatalog/tema-1/". */
export function pagePath(id: string, anchor?: string): string {
  const p = id === 'index' ? '/' : `/${id}/`;
  return anchor ? `${p}#${anchor}` : p;
}
