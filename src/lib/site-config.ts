/**
 * Settings a publisher sets at build time (documented in README.md):
 * - PUBLIC_A11Y_STATEMENT_URL: the accessibility statement published with Digitaliseringsstyrelsen's
 *   WAS-Tool. Until it is set, the footer links to the local page with the site's evidence.
 */
export function a11yStatementUrl(localFallback: string): string {
  const url = import.meta.env.PUBLIC_A11Y_STATEMENT_URL as string | undefined;
  return url && url.trim() ? url.trim() : localFallback;
}
