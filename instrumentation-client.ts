// Next runs this before React hydrates a page, without waiting for the page's own scripts. On the fact review page
// (its PDF viewer's box is in the server's HTML) it loads the viewer's small opening module, which starts pdf.js's
// worker, opens the document and draws and shows its first page while the rest of the page's code is still loading
// and hydrating (docs/decisions/036). Every other page pays for one querySelector.
function startPdfViewerEarly() {
  if (!document.querySelector("[data-pdf-src]")) return;
  void import("@/components/pdf-viewer/open-pdf").then(
    (m) => m.startFromServerHtml(),
    () => {}, // the layout's warm-up and the viewer start it later
  );
}

if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", startPdfViewerEarly, { once: true });
else startPdfViewerEarly();
