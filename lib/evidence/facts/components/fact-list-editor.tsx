"use client";

import { Badge } from "@/components/ui/badge";
import type { Cited, ListSpec } from "../model/field-spec";
import { ReadOnlyValue } from "./read-only-value";
import { ScalarEditor } from "./scalar-editor";

type Item = Cited<Record<string, unknown>> & { id: string };

let added = 0;

/**
 * A list fact (exceptions, CUECs, sub-processors…) as editable rows: correct, add, remove. `disabled`
 * (a viewer) shows the rows as text. Focusing or clicking a row shows its own citation.
 */
export function FactListEditor({
  id,
  spec,
  items,
  onChange,
  disabled,
  errorsAt,
  onCite,
}: {
  id: string;
  spec: ListSpec;
  items: Item[] | null;
  onChange: (items: Item[] | null) => void;
  disabled: boolean;
  errorsAt: (path: string) => string[];
  onCite: (page: number, quote: string | null) => void;
}) {
  const shown = Object.entries(spec.item).filter(([, f]) => f.form !== false);
  const add = () =>
    onChange([
      ...(items ?? []),
      {
        id: `new-${++added}`,
        value: Object.fromEntries(Object.keys(spec.item).map((k) => [k, null])),
        page: null,
        quote: null,
        confidence: 1,
        source: "analyst",
      },
    ]);
  if (items === null) {
    return (
      <div className="mt-1 text-sm text-slate-600">
        Not read from the document.{" "}
        {disabled ? null : (
          <button type="button" className="text-indigo-700 underline" onClick={() => onChange([])}>
            The document lists none, or I will add them
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="mt-1 space-y-2">
      {items.length === 0 ? <p className="text-sm text-slate-600">None listed.</p> : null}
      <ol className="space-y-2">
        {items.map((item, index) => {
          const rowLabel = `${spec.itemLabel} ${index + 1}`;
          return (
            <li
              key={item.id}
              className="rounded border border-slate-200 bg-slate-50 p-2"
              aria-label={rowLabel}
              data-testid="fact-list-row"
              onFocus={(e) => {
                // The row's own citation, not the list's (the list's row handler would run next).
                e.stopPropagation();
                if (item.page) onCite(item.page, item.quote);
              }}
            >
              <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
                <span className="font-medium capitalize">{rowLabel}</span>
                <span className="flex items-center gap-2">
                  {item.source === "analyst" ? <Badge tone="info">typed by a person</Badge> : null}
                  {item.page ? (
                    <button
                      type="button"
                      className="text-indigo-700 hover:underline"
                      onClick={(e) => {
                        e.stopPropagation();
                        onCite(item.page!, item.quote);
                      }}
                    >
                      <span className="sr-only">Show {rowLabel} on </span>p. {item.page}
                    </button>
                  ) : null}
                  {disabled ? null : (
                    <button
                      type="button"
                      className="text-red-700 hover:underline"
                      onClick={() => onChange(items.filter((other) => other.id !== item.id))}
                      aria-label={`Remove ${rowLabel}`}
                    >
                      Remove
                    </button>
                  )}
                </span>
              </div>
              <div className="grid gap-2 sm:grid-cols-2">
                {shown.map(([key, f]) => {
                  const fieldId = `${id}-${index}-${key}`;
                  const errors = errorsAt(`value.${index}.value.${key}`);
                  return (
                    <div key={key} className={f.editor === "text" && f.long ? "sm:col-span-2" : undefined}>
                      {disabled ? (
                        <>
                          <p className="text-xs font-medium text-slate-700">{f.label}</p>
                          <ReadOnlyValue spec={f} value={item.value?.[key] ?? null} />
                        </>
                      ) : (
                        <>
                          <label htmlFor={fieldId} className="text-xs font-medium text-slate-700">
                            {f.label}
                          </label>
                          <ScalarEditor
                            id={fieldId}
                            spec={f}
                            value={item.value?.[key] ?? null}
                            disabled={disabled}
                            invalid={errors.length > 0}
                            describedBy={errors.length ? `${fieldId}-error` : undefined}
                            onChange={(v) =>
                              onChange(
                                items.map((other) =>
                                  other.id === item.id ? { ...other, value: { ...other.value, [key]: v } } : other,
                                ),
                              )
                            }
                          />
                          {errors.length ? (
                            <p id={`${fieldId}-error`} className="mt-1 text-xs text-red-700">
                              {errors.join(" ")}
                            </p>
                          ) : null}
                        </>
                      )}
                    </div>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ol>
      {disabled ? null : (
        <button
          type="button"
          onClick={add}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50"
        >
          Add {/^[aeiou]/i.test(spec.itemLabel) ? "an" : "a"} {spec.itemLabel}
        </button>
      )}
    </div>
  );
}
