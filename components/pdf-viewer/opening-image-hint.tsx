"use client";

import { useSearchParams } from "next/navigation";
import { preload } from "react-dom";
import { askedPage, openingPageOf } from "@/lib/evidence/facts/model/opening-page";
import { pageImageSrc } from "./first-paint";

/**
 * Renders nothing. Asks the browser for the kept image of the page the review opens at, from the page's <head>
 * (rendered in the layout's shell, before the page's content has been streamed): the image is fetched while the
 * server still renders that content, not once the browser has parsed it (docs/decisions/044). A client component
 * because the page a link asks for (`?page=`) is in the query, which a layout is not given; the rule is the page's
 * own (openingPage), so the image asked for is the one the viewer's figure shows: one request, one audited view.
 */
export function OpeningImageHint({
  documentId,
  pages,
  citedPage,
  kept,
}: {
  documentId: string;
  pages: number;
  /** The page of the first cited fact, if any. */
  citedPage: number | null;
  /** The pages kept as images. */
  kept: number[];
}) {
  const query = useSearchParams();
  const values = query.getAll("page");
  const page = openingPageOf(citedPage, pages, askedPage(values.length > 1 ? values : values[0]));
  // Same URL and mode as the figure's <img> (no crossorigin), so the image takes this response over.
  if (kept.includes(page)) preload(pageImageSrc(documentId, page), { as: "image", fetchPriority: "high" });
  return null;
}
