/**
 * The address the in-browser viewers fetch a document's bytes from (the authorised download route,
 * audited as a view). One function, so the server's preload hint and the viewer's fetch name the same
 * URL: a preload is only reused by a request for exactly its URL.
 */
export function viewSrc(documentId: string): string {
  return `/api/documents/${documentId}?view=1`;
}

/** Whether `src` is a `viewSrc` address (read back from the server's HTML before it is fetched with the cookie). */
export function isViewSrc(src: string): boolean {
  return /^\/api\/documents\/[A-Za-z0-9_-]+\?view=1$/.test(src);
}
