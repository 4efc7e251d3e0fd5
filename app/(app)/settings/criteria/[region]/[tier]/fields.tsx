"use client";

// Small form pieces for the criteria form: a label, the control, a hint and the field's error,
// wired together with ids so screen readers announce the error with the field.

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {messages.join(" ")}
    </p>
  );
}

export function DaysField({
  name,
  label,
  hint,
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue: number;
  errors?: string[];
}) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={name}
          name={name}
          type="number"
          inputMode="numeric"
          step={1}
          min={0}
          defaultValue={defaultValue}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={
            [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined
          }
          className="w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums aria-invalid:border-red-500 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
        />
        <span className="text-sm text-slate-500">days</span>
      </div>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

export function CheckboxGroup<T extends string>({
  name,
  legend,
  options,
  labels,
  checked,
  errors,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  checked: readonly string[];
  errors?: string[];
}) {
  return (
    <fieldset aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label key={option} className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name={name}
              value={option}
              defaultChecked={checked.includes(option)}
              className="h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-500"
            />
            {labels[option]}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} messages={errors} />
    </fieldset>
  );
}

/** A checkbox that looks and announces like an on/off switch. */
export function Toggle({
  name,
  value,
  label,
  defaultOn,
}: {
  name: string;
  value: string;
  label: string;
  defaultOn: boolean;
}) {
  return (
    <label className="flex cursor-pointer items-center justify-between gap-4 py-2 text-sm text-slate-700">
      <span>{label}</span>
      <input
        type="checkbox"
        role="switch"
        name={name}
        value={value}
        defaultChecked={defaultOn}
        className="peer sr-only"
      />
      <span
        aria-hidden="true"
        className="relative inline-flex h-5 w-9 shrink-0 rounded-full bg-slate-300 transition-colors after:absolute after:left-0.5 after:top-0.5 after:h-4 after:w-4 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:bg-indigo-600 peer-checked:after:translate-x-4 peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-500 peer-focus-visible:ring-offset-1"
      />
    </label>
  );
}

export function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-medium text-slate-900">{title}</h2>
      {description ? <p className="mt-0.5 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
