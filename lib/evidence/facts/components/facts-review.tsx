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
import { ReadOnlyValue } from "./read-only-value";
import { ScalarEditor } from "./scalar-editor";
import { useReviewViewer } from "./review-viewer-state";

/**
 * The document's facts, beside the document (the viewer column, which the review page's layout renders:
 * docs/decisions/045): one typed editor per field of its kind (generated from the fact schema), or the values as
 * text for someone who may not edit. Clicking or focusing a fact turns the viewer to its page with its quote
 * highlighted; errors show next to their field, the outcome of confirming next to the button.
 */
export function FactsReview({
  action,
  documentId,
  initial,
  corrected,
  canEdit,
}: {
  action: FormAction;
  documentId: string;
  initial: DocumentFacts;
  /** Fields a person has corrected before. */
  corrected: string[];
  canEdit: boolean;
}) {
  const [state, submit, pending] = useFormAction(action);
  const [facts, setFacts] = useState<DocumentFacts>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const fields = facts.fields as Record<string, Cited<unknown>>;
  const spec = FACT_KIND_SPECS[facts.kind] as Record<string, FieldSpec>;
  // The page the viewer shows and the quote marked on it: a fact's citation turns it.
  const { page, highlight, cite } = useReviewViewer();
  const serverErrors = (!state.ok && state.fieldErrors) || {};
  const errorsAt = (path: string) =>
    Object.entries({ ...serverErrors, ...clientErrors })
      .filter(([p]) => p === path || p.startsWith(`${path}.`))
      .flatMap(([, messages]) => messages ?? []);
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
    <form onSubmit={onSubmit} className="min-w-0 space-y-3" noValidate>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="facts" defaultValue="" />
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        {canEdit ? (
          <label htmlFor="docKind" className="text-sm font-medium text-slate-700">
            Document kind
          </label>
        ) : (
          <>
            <p className="text-sm font-semibold text-slate-700">Document kind</p>
            <p className="mt-1 text-sm text-slate-900">{FACT_KIND_LABELS[facts.kind]}</p>
          </>
        )}
        {canEdit ? (
          <select
            id="docKind"
            value={facts.kind}
            onChange={(e) => setFacts((f) => changeKind(f, e.target.value as FactKind))}
            className={`${inputClass} mt-1`}
          >
            {FACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {FACT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        ) : null}
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
            <li
              key={name}
              className={`rounded-lg border bg-white p-3 ${field.page && field.page === page && field.quote === highlight ? "border-indigo-400 ring-1 ring-indigo-300" : "border-slate-200"}`}
              data-testid="fact-row"
              onFocus={() => {
                if (field.page) cite(field.page, field.quote);
              }}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                {fieldSpec.editor === "list" || fieldSpec.editor === "choices" || !canEdit ? (
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
                      aria-pressed={field.page === page && field.quote === highlight}
                      onClick={() => cite(field.page!, field.quote)}
                    >
                      {/* The accessible name holds the visible "p. N" (WCAG 2.5.3, label in name). */}
                      <span className="sr-only">Show {fieldSpec.label} on </span>p. {field.page}
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
              ) : !canEdit ? (
                <ReadOnlyValue id={id} spec={fieldSpec} value={field.value} />
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
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Confirming…" : "Confirm facts"}
          </button>
          {/* The outcome where the hand is, not at the top of a long form. */}
          <div className="min-w-0 flex-1" aria-live="polite">
            {Object.keys(clientErrors).length ? (
              <p role="alert" className="text-sm text-red-800">
                Some facts need correcting: see the messages next to them.
              </p>
            ) : (
              <FormStatus state={state} />
            )}
          </div>
        </div>
      ) : null}
    </form>
  );
}
