import type { DocumentDownload } from "./download";

/**
 * `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. The display name
 * is already free of control characters, so the header is always one valid line.
 */
export function contentDisposition(filename: string): string {
  // Conservative fallback for old clients: letters, digits and a few safe marks, nothing a parser could misread.
  const fallback = filename.replace(/[^A-Za-z0-9 ._()-]/g, "_") || "document";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Served as a download, never rendered: a PDF or HTML file with active content must not run in our
 * origin. nosniff stops the browser from second-guessing the type; `sandbox` CSP covers a browser
 * that opens it inline anyway.
 */
export function downloadResponse(download: DocumentDownload): Response {
  return new Response(download.bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": download.mimeType,
      "Content-Length": String(download.bytes.byteLength),
      "Content-Disposition": contentDisposition(download.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "sandbox",
    },
  });
}
