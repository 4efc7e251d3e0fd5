import type { ScalarSpec } from "../model/field-spec";

/** What a viewer sees instead of an editor: the value as text, in the schema's own words. */
export function ReadOnlyValue({ id, spec, value }: { id?: string; spec: ScalarSpec; value: unknown }) {
  const missing = (
    <p id={id} className="mt-1 text-sm text-slate-600 italic">
      Not stated
    </p>
  );
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return missing;
  switch (spec.editor) {
    case "boolean":
      return (
        <p id={id} className="mt-1 text-sm text-slate-900">
          {value ? spec.yes : spec.no}
        </p>
      );
    case "choice":
      return (
        <p id={id} className="mt-1 text-sm text-slate-900">
          {spec.options[value as string] ?? String(value)}
        </p>
      );
    case "choices":
      return (
        <p id={id} className="mt-1 text-sm text-slate-900">
          {(value as string[]).map((k) => spec.options[k] ?? k).join(", ")}
        </p>
      );
    case "textList":
      return (
        <ul id={id} className="mt-1 list-disc pl-5 text-sm text-slate-900">
          {(value as string[]).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      );
    default:
      return (
        <p id={id} className="mt-1 text-sm whitespace-pre-line text-slate-900">
          {String(value)}
        </p>
      );
  }
}
