"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormStatus } from "@/components/ui/form-status";
import { useState, type FormEvent } from "react";
import type { FormAction } from "@/lib/action";
import { Badge } from "@/components/ui/badge";
import { buttonClass, inputClass } from "@/components/ui/form-field";
import { FACT_KIND_LABELS, FACT_KIND_SPECS, FACT_KINDS, type FactKind } from "../model/kinds";
import type { Cited, FieldSpec } from "../model/field-spec";
import type { DocumentFacts } from "../model/types";
import { documentFactsSchema } from "../model/zod";
import { changeKind, tidyFacts } from "../model/form-values";
import { FactListEditor } from "./fact-list-editor";
import { ScalarEditor } from "./scalar-editor";

/**
 * Side by side: the document page on the left, the document's facts on the right, one typed editor
 * per field of its kind (generated from the fact schema). Clicking a field's page turns the viewer
 * to it; every field can be corrected before confirming. Errors show next to their field.
 */
export function FactsReview({
  action,
  documentId,
  initial,
  corrected,
  pages,
  isPdf,
  canEdit,
}: {
  action: FormAction;
  documentId: string;
  initial: DocumentFacts;
  /** Fields a person has corrected before. */
  corrected: string[];
  pages: number;
  isPdf: boolean;
  canEdit: boolean;
}) {
  const [state, submit, pending] = useFormAction(action);
  const [facts, setFacts] = useState<DocumentFacts>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const fields = facts.fields as Record<string, Cited<unknown>>;
  const spec = FACT_KIND_SPECS[facts.kind] as Record<string, FieldSpec>;
  const firstCited = Object.values(fields).find((f) => f.page)?.page ?? 1;
  const [page, setPage] = useState(firstCited);
  const [highlight, setHighlight] = useState<string | null>(null);
  const serverErrors = (!state.ok && state.fieldErrors) || {};
  const errorsAt = (path: string) =>
    Object.entries({ ...serverErrors, ...clientErrors })
      .filter(([p]) => p === path || p.startsWith(`${path}.`))
      .flatMap(([, messages]) => messages ?? []);
  const cite = (p: number, quote: string | null) => {
    setPage(p);
    setHighlight(quote);
  };
  const setField = (name: string, value: unknown) =>
    setFacts(
      (f) =>
        ({
          ...f,
          fields: { ...f.fields, [name]: { ...(f.fields as Record<string, Cited<unknown>>)[name]!, value } },
        }) as DocumentFacts,
    );
  const notInText = new Set(facts.notInTextLayer);
  const correctedFields = new Set(corrected);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const tidy = tidyFacts(facts);
    const parsed = documentFactsSchema.safeParse(tidy);
    if (!parsed.success) {
      e.preventDefault();
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
      setClientErrors(errors);
      return;
    }
    setClientErrors({});
    const input = e.currentTarget.elements.namedItem("facts") as HTMLInputElement;
    input.value = JSON.stringify(tidy);
    submit(e);
  };

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
            {/* A plain img: a rendered PDF page, not a static asset for next/image. */}
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

      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <input type="hidden" name="documentId" value={documentId} />
        <input type="hidden" name="facts" defaultValue="" />
        <FormStatus state={state} />
        {Object.keys(clientErrors).length ? (
          <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
            Some facts need correcting: see the messages next to them.
          </p>
        ) : null}
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <label htmlFor="docKind" className="text-sm font-medium text-slate-700">
            Document kind
          </label>
          <select
            id="docKind"
            value={facts.kind}
            disabled={!canEdit}
            onChange={(e) => setFacts((f) => changeKind(f, e.target.value as FactKind))}
            className={`${inputClass} mt-1`}
          >
            {FACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {FACT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {Object.keys(spec).length === 0 ? (
          <p className="text-sm text-slate-600">Documents of this kind have no facts to confirm.</p>
        ) : null}
        <ul className="space-y-2">
          {Object.entries(spec).map(([name, fieldSpec]) => {
            const field = fields[name]!;
            const id = `fact-${name}`;
            const errors = errorsAt(`fields.${name}`);
            const missing = notInText.has(name) || notInText.has("*");
            const describedBy = [fieldSpec.help ? `${id}-help` : null, errors.length ? `${id}-error` : null]
              .filter(Boolean)
              .join(" ");
            return (
              <li key={name} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="fact-row">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  {fieldSpec.editor === "list" || fieldSpec.editor === "choices" ? (
                    <span id={`${id}-label`} className="text-sm font-semibold text-slate-700">
                      {fieldSpec.label}
                    </span>
                  ) : (
                    <label htmlFor={id} className="text-sm font-semibold text-slate-700">
                      {fieldSpec.label}
                    </label>
                  )}
                  <span className="flex items-center gap-1">
                    {missing ? <Badge tone="high">not in text layer</Badge> : null}
                    {/* Recognised from the page image: OCR misreads characters, so check it against the page. */}
                    {field.source === "ocr" ? <Badge tone="medium">read by OCR</Badge> : null}
                    {correctedFields.has(name) || field.source === "analyst" ? (
                      <Badge tone="info">corrected</Badge>
                    ) : null}
                    {field.value !== null && field.source !== "analyst" ? (
                      <Badge tone={field.confidence >= 0.8 ? "good" : field.confidence >= 0.5 ? "medium" : "high"}>
                        {Math.round(field.confidence * 100)}%
                      </Badge>
                    ) : null}
                    {field.page ? (
                      <button
                        type="button"
                        className="text-xs text-indigo-700 hover:underline"
                        onClick={() => cite(field.page!, field.quote)}
                      >
                        p. {field.page}
                      </button>
                    ) : null}
                  </span>
                </div>
                {fieldSpec.help ? (
                  <p id={`${id}-help`} className="text-xs text-slate-500">
                    {fieldSpec.help}
                  </p>
                ) : null}
                {fieldSpec.editor === "list" ? (
                  <div role="group" aria-labelledby={`${id}-label`}>
                    <FactListEditor
                      id={id}
                      spec={fieldSpec}
                      items={field.value as Parameters<typeof FactListEditor>[0]["items"]}
                      onChange={(items) => setField(name, items)}
                      disabled={!canEdit}
                      errorsAt={(path) => errorsAt(`fields.${name}.${path}`)}
                      onCite={cite}
                    />
                  </div>
                ) : (
                  <ScalarEditor
                    id={id}
                    spec={fieldSpec}
                    value={field.value}
                    onChange={(v) => setField(name, v)}
                    disabled={!canEdit}
                    invalid={errors.length > 0}
                    describedBy={describedBy || undefined}
                    placeholder={
                      missing
                        ? "Not in the text layer: type it from the page image"
                        : "Not found: type it if the document shows it"
                    }
                  />
                )}
                {errors.length && fieldSpec.editor !== "list" ? (
                  <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                    {errors.join(" ")}
                  </p>
                ) : null}
                {field.quote ? <p className="mt-1 line-clamp-2 text-xs text-slate-500">“{field.quote}”</p> : null}
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
