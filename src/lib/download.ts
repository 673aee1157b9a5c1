/**
 * Hand a file made in the browser to the user as a download: a Blob behind a temporary object
 * URL and a link with `download`. Nothing is sent anywhere and nothing is stored: the object URL
 * is revoked right after the click has been handled. Used by every export and document download.
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
