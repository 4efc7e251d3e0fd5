"use client";

import { inputClass } from "@/components/ui/form-field";
import type { ScalarSpec } from "../model/field-spec";

/** One typed editor for a value of the given spec; `null` means "not stated in the document". */
export function ScalarEditor({
  id,
  spec,
  value,
  onChange,
  disabled,
  invalid,
  describedBy,
  placeholder,
}: {
  id: string;
  spec: ScalarSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled: boolean;
  invalid: boolean;
  describedBy?: string;
  placeholder?: string;
}) {
  const common = {
    id,
    disabled,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: `${inputClass} mt-1 ${invalid ? "border-red-500" : ""}`,
  };
  switch (spec.editor) {
    case "text":
      return spec.long ? (
        <textarea
          {...common}
          rows={3}
          value={(value as string | null) ?? ""}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value.trim() === "" ? null : e.target.value)}
        />
      ) : (
        <input
          {...common}
          value={(value as string | null) ?? ""}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value.trim() === "" ? null : e.target.value)}
        />
      );
    case "date":
      return (
        <input
          {...common}
          type="date"
          value={(value as string | null) ?? ""}
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
        />
      );
    case "number":
      return (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={typeof value === "number" && Number.isFinite(value) ? value : ""}
          onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
        />
      );
    case "boolean":
      return (
        <select
          {...common}
          value={value === true ? "yes" : value === false ? "no" : ""}
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value === "yes")}
        >
          <option value="">Not stated</option>
          <option value="yes">{spec.yes}</option>
          <option value="no">{spec.no}</option>
        </select>
      );
    case "choice":
      return (
        <select
          {...common}
          value={(value as string | null) ?? ""}
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
        >
          <option value="">Not stated</option>
          {Object.entries(spec.options).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      );
    case "choices": {
      const chosen = new Set((value as string[] | null) ?? []);
      return (
        <div
          id={id}
          role="group"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className="mt-1 flex flex-wrap gap-3"
        >
          {Object.entries(spec.options).map(([key, label]) => (
            <label key={key} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                disabled={disabled}
                checked={chosen.has(key)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(key);
                  else next.delete(key);
                  onChange(next.size ? Object.keys(spec.options).filter((k) => next.has(k)) : null);
                }}
              />
              {label}
            </label>
          ))}
        </div>
      );
    }
    case "textList":
      return (
        <textarea
          {...common}
          rows={Math.min(8, ((value as string[] | null)?.length ?? 0) + 2)}
          value={((value as string[] | null) ?? []).join("\n")}
          placeholder="One per line"
          onChange={(e) => {
            const lines = e.target.value.split("\n");
            // Keep blank lines while typing; they are dropped when the facts are sent.
            onChange(lines.length === 1 && lines[0]!.trim() === "" ? null : lines);
          }}
        />
      );
  }
}
