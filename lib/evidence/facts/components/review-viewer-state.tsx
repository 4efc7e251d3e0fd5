"use client";

import { createContext, useContext, useMemo, useRef, useState, type RefObject } from "react";
import { useSearchParams } from "next/navigation";
import { linkedCitation, openingPageOf } from "../model/opening-page";

type ReviewViewer = {
  /** The page the review opened at: its kept image is in the server's HTML (docs/decisions/041, 045). */
  openingPage: number;
  /** The page shown, and the quote marked on it. */
  page: number;
  highlight: string | null;
  pages: number;
  /** Turns to a cited page with its quote marked (a fact's citation button, a focused fact row). */
  cite: (page: number, quote: string | null) => void;
  /** Turns to a page from the viewer's own controls: no quote to mark there. */
  turnPage: (page: number) => void;
  /** The viewer's column, brought into sight on a narrow screen when a citation turns it. */
  viewerRef: RefObject<HTMLDivElement | null>;
};

const ReviewViewerContext = createContext<ReviewViewer | null>(null);

/** The review's page and quote, shared by the viewer (the layout's) and the fact list (the page's). */
export function useReviewViewer(): ReviewViewer {
  const value = useContext(ReviewViewerContext);
  if (!value) throw new Error("useReviewViewer is used outside ReviewViewerProvider");
  return value;
}

/** A query parameter as the server's page is given it: one value, several (repeated), or none. */
function param(query: URLSearchParams, name: string): string | string[] | undefined {
  const values = query.getAll(name);
  return values.length > 1 ? values : values[0];
}

/**
 * Holds which page the review shows and which quote is marked. Rendered by the review page's layout, around the
 * viewer column (in the layout, so it is in the page's first HTML: docs/decisions/045) and the page's fact list
 * (streamed after it, inside the loading state's boundary): a fact's citation turns the viewer through it.
 * The page a link asks for (`?page=34&q=…`) is read from the query here, since a layout is not given it; a new link
 * to the same document (the layout stays mounted) opens its page again.
 */
export function ReviewViewerProvider({
  pages,
  citedPage,
  citedQuote,
  children,
}: {
  pages: number;
  /** The first cited fact's page and quote: where the review opens unless a link says otherwise. */
  citedPage: number | null;
  citedQuote: string | null;
  children: React.ReactNode;
}) {
  const query = useSearchParams();
  const linked = linkedCitation(param(query, "page"), param(query, "q"));
  const opening = {
    page: openingPageOf(citedPage, pages, linked?.page),
    highlight: linked ? linked.quote : citedQuote,
  };
  const link = JSON.stringify([linked?.page ?? null, linked?.quote ?? null]);
  const [state, setState] = useState({ link, ...opening });
  // Adjusted while rendering (not in an effect), so the viewer never draws the previous link's page first.
  let shown = state;
  if (state.link !== link) {
    shown = { link, ...opening };
    setState(shown);
  }
  const viewerRef = useRef<HTMLDivElement>(null);
  const [openingPage] = useState(opening.page);
  const value = useMemo<ReviewViewer>(
    () => ({
      openingPage,
      page: shown.page,
      highlight: shown.highlight,
      pages,
      cite: (p, quote) => {
        setState((s) => ({ ...s, page: Math.max(1, Math.min(pages, p)), highlight: quote }));
        // On a narrow screen the viewer is above the list: bring it into sight.
        const viewer = viewerRef.current;
        if (viewer && viewer.getBoundingClientRect().bottom < 80) viewer.scrollIntoView({ block: "start" });
      },
      turnPage: (p) => setState((s) => ({ ...s, page: p, highlight: null })),
      viewerRef,
    }),
    [openingPage, shown.page, shown.highlight, pages],
  );
  return <ReviewViewerContext.Provider value={value}>{children}</ReviewViewerContext.Provider>;
}
