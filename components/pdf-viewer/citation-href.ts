/** The review page of a document, opened at a cited page with its quote highlighted. */
export function citationHref(documentId: string, page?: number | null, quote?: string | null): string {
  const params = new URLSearchParams();
  if (page) params.set("page", String(page));
  if (quote) params.set("q", quote.slice(0, 500));
  const query = params.toString();
  return `/documents/${documentId}${query ? `?${query}` : ""}`;
}
