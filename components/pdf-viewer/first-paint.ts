/** A page kept as an image on the server, shown in the viewer's figure with the HTML (docs/decisions/041). */
export type FirstPaint = { page: number; src: string; width: number; height: number };

/** The address of a page's image: the authorised, audited page route (the kept image, or the page drawn now). */
export function pageImageSrc(documentId: string, page: number): string {
  return `/api/documents/${documentId}/pages/${page}`;
}

const PAGE_IMAGE_SRC = /^\/api\/documents\/[A-Za-z0-9_-]+\/pages\/\d+$/;

/**
 * The figure's server-rendered content: the page's image, sized so the box does not move when it loads, fetched
 * first among the page's images. pdf.js's canvas and text layer replace it (show-page.ts). Markup built from
 * checked values only: an address of the page route's shape and whole numbers.
 */
export function firstPaintHtml(fp: FirstPaint): string {
  const whole = (n: number) => Number.isInteger(n) && n > 0;
  if (!PAGE_IMAGE_SRC.test(fp.src) || !whole(fp.page) || !whole(fp.width) || !whole(fp.height)) return "";
  return (
    `<img src="${fp.src}" width="${fp.width}" height="${fp.height}" alt="Page ${fp.page} of the document, as an image until its text is drawn" ` +
    `class="block h-auto w-full" fetchpriority="high" elementtiming="pdf-first-paint" data-first-paint="${fp.page}">`
  );
}
