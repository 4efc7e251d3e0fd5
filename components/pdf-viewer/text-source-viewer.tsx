"use client";

import { useEffect, useRef, useState } from "react";
import { findQuote } from "./quote-match";

/** Beyond this the source is cut: a sub-processor list is a few kilobytes; the quote is searched in what is shown. */
const MAX_SHOWN = 1_000_000;

type Source = { state: "loading" } | { state: "failed" } | { state: "ready"; text: string; cut: boolean };

/**
 * A text document (Markdown, HTML, CSV) as its source text — never rendered as HTML, so nothing in it
 * runs — with the quote of the selected row marked.
 */
export function TextSourceViewer({ src, quote }: { src: string; quote: string | null }) {
  const [source, setSource] = useState<Source>({ state: "loading" });
  const boxRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(src, { signal: controller.signal, cache: "no-store" })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const text = new TextDecoder("utf-8").decode(await res.arrayBuffer());
        setSource({ state: "ready", text: text.slice(0, MAX_SHOWN), cut: text.length > MAX_SHOWN });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          console.warn("[text-source] could not load the document", err);
          setSource({ state: "failed" });
        }
      });
    return () => controller.abort();
  }, [src]);

  const text = source.state === "ready" ? source.text : "";
  const range = quote && text ? findQuote([text], quote) : [];
  const start = range[0]?.start ?? -1;
  const end = range.at(-1)?.end ?? -1;

  useEffect(() => {
    const box = boxRef.current;
    const mark = box?.querySelector("mark");
    if (box && mark) box.scrollTop = mark.offsetTop - box.clientHeight / 3;
  }, [start, text]);

  if (source.state === "loading")
    return (
      <p role="status" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
        Loading the document’s text…
      </p>
    );
  if (source.state === "failed")
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
        The document’s text could not be loaded. Each field below quotes the line it was read from.
      </p>
    );
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-2">
      <p className="mb-2 text-xs text-slate-600">
        Source text{source.cut ? " (the first million characters)" : ""}.{" "}
        {quote ? (start >= 0 ? "The quote is highlighted." : `The quote was not found: “${quote}”`) : null}
      </p>
      <pre
        ref={boxRef}
        tabIndex={0}
        aria-label="Source text of the document"
        data-testid="text-source"
        className="relative max-h-[75vh] overflow-auto whitespace-pre-wrap break-words bg-slate-50 p-3 font-mono text-xs text-slate-800"
      >
        {start >= 0 ? (
          <>
            {text.slice(0, start)}
            <mark
              data-quote=""
              className="rounded-sm bg-yellow-200 text-slate-900 outline outline-2 outline-yellow-600"
            >
              {text.slice(start, end)}
            </mark>
            {text.slice(end)}
          </>
        ) : (
          text
        )}
      </pre>
    </div>
  );
}
