"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import { useState } from "react";
import type { ActionResult, FormAction } from "@/lib/action";
import { Badge } from "@/components/ui/badge";
import { buttonClass, inputClass } from "@/components/ui/form-field";
import { FACT_DOC_KINDS, formatFactValue } from "../schema";

export type FactRow = {
  field: string;
  value: unknown;
  page: number | null;
  quote: string | null;
  confidence: number | null;
  /** The quote was recognised from a page image: check it against the page, OCR misreads characters. */
  ocr?: boolean;
  notInText: boolean;
  corrected: boolean;
};

/**
 * Side by side: the document page on the left, the extracted fields on the right. Clicking a
 * field's page turns the viewer to it; every field can be corrected before confirming.
 */
export function FactsReview({
  action,
  documentId,
  docKind,
  rows,
  pages,
  isPdf,
  canEdit,
}: {
  action: FormAction;
  documentId: string;
  docKind: string;
  rows: FactRow[];
  pages: number;
  isPdf: boolean;
  canEdit: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const firstCited = rows.find((r) => r.page)?.page ?? 1;
  const [page, setPage] = useState(firstCited);
  const [highlight, setHighlight] = useState<string | null>(null);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="lg:sticky lg:top-4 lg:self-start">
        {isPdf ? (
          <div className="rounded-lg border border-slate-200 bg-white p-2">
            <div className="mb-2 flex items-center justify-between text-sm">
              <button
                type="button"
                className="rounded border px-2 py-1 disabled:opacity-40"
                disabled={page <= 1}
                onClick={() => setPage((p) => p - 1)}
                aria-label="Previous page"
              >
                ‹
              </button>
              <label className="flex items-center gap-2">
                Page
                <input
                  type="number"
                  min={1}
                  max={pages}
                  value={page}
                  onChange={(e) => setPage(Math.min(pages, Math.max(1, Number(e.target.value) || 1)))}
                  className="w-16 rounded border px-1 py-0.5"
                  aria-label="Page number"
                />
                of {pages}
              </label>
              <button
                type="button"
                className="rounded border px-2 py-1 disabled:opacity-40"
                disabled={page >= pages}
                onClick={() => setPage((p) => p + 1)}
                aria-label="Next page"
              >
                ›
              </button>
            </div>
            {/* eslint-disable-next-line @next/next/no-img-element -- a rendered PDF page, not a static asset */}
            <img
              key={page}
              src={`/api/documents/${documentId}/pages/${page}`}
              alt={`Page ${page} of the document`}
              className="min-h-96 w-full border border-slate-100 bg-slate-50"
            />
            {highlight ? (
              <p className="mt-2 rounded bg-amber-50 p-2 text-xs text-amber-900">Quoted: “{highlight}”</p>
            ) : null}
          </div>
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
            This is a text document; each field below quotes the line it was read from.
          </p>
        )}
      </div>

      <form onSubmit={onSubmit} className="space-y-3">
        <input type="hidden" name="documentId" value={documentId} />
        <FormStatus state={state} />
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <label htmlFor="docKind" className="text-sm font-medium text-slate-700">
            Document kind
          </label>
          <select
            id="docKind"
            name="docKind"
            defaultValue={docKind}
            disabled={!canEdit}
            className={`${inputClass} mt-1`}
          >
            {FACT_DOC_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </div>
        <ul className="space-y-2">
          {rows.map((r) => {
            const text = formatFactValue(r.value);
            const multiline = text.length > 60 || text.includes("\n");
            const id = `fact-${r.field}`;
            return (
              <li key={r.field} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="fact-row">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <label htmlFor={id} className="font-mono text-xs font-semibold text-slate-700">
                    {r.field}
                  </label>
                  <span className="flex items-center gap-1">
                    {r.notInText ? <Badge tone="high">not in text layer</Badge> : null}
                    {r.ocr ? <Badge tone="medium">read by OCR</Badge> : null}
                    {r.corrected ? <Badge tone="info">corrected</Badge> : null}
                    {r.confidence !== null ? (
                      <Badge tone={r.confidence >= 0.8 ? "good" : r.confidence >= 0.5 ? "medium" : "high"}>
                        {Math.round(r.confidence * 100)}%
                      </Badge>
                    ) : null}
                    {r.page ? (
                      <button
                        type="button"
                        className="text-xs text-indigo-700 hover:underline"
                        onClick={() => {
                          setPage(r.page!);
                          setHighlight(r.quote);
                        }}
                      >
                        p. {r.page}
                      </button>
                    ) : null}
                  </span>
                </div>
                {multiline ? (
                  <textarea
                    id={id}
                    name={`fact:${r.field}`}
                    defaultValue={text}
                    rows={Math.min(8, text.split("\n").length + 1)}
                    readOnly={!canEdit}
                    className={`${inputClass} mt-1 font-mono text-xs`}
                  />
                ) : (
                  <input
                    id={id}
                    name={`fact:${r.field}`}
                    defaultValue={text}
                    readOnly={!canEdit}
                    placeholder={
                      r.notInText
                        ? "Not in the text layer: type it from the page image"
                        : "Not found: type it if the document shows it"
                    }
                    className={`${inputClass} mt-1`}
                  />
                )}
                {r.quote ? <p className="mt-1 line-clamp-2 text-xs text-slate-500">“{r.quote}”</p> : null}
              </li>
            );
          })}
        </ul>
        {canEdit ? (
          <div className="sticky bottom-0 border-t border-slate-200 bg-slate-50 py-3">
            <button type="submit" disabled={pending} className={buttonClass}>
              {pending ? "Confirming…" : "Confirm facts"}
            </button>
          </div>
        ) : null}
      </form>
    </div>
  );
}
