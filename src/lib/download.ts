/**
 * Hand a file made in the browser to the user as a download: a Blob behind a temporary object
 * URL and a link with `download`. Nothing is sent anywhere and nothing is stored: the object URL
 * is revoked right after the click has been handled. Used by the document downloads (templates,
 * Min plan, Selvtjek). `downloadText` in src/components/islands/useStoredState.ts does the same
 * for the JSON exports and keeps its own three lines on purpose: if the tools' shared storage
 * chunk imported this module, the bundler would split it into a chunk of its own that the
 * browser only discovers one round trip later, delaying every tool's hydration.
 */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
