const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500";

/** A labelled input for the sign-in-side forms; `name` defaults to the id. */
export function Field(props: {
  id: string;
  name?: string;
  label: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric";
  autoFocus?: boolean;
  defaultValue?: string;
  hint?: string;
  code?: boolean;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name ?? props.id}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        autoFocus={props.autoFocus}
        defaultValue={props.defaultValue}
        required
        className={props.code ? `${inputClass} font-mono tracking-widest` : inputClass}
      />
      {props.hint ? <p className="mt-1 text-xs text-slate-500">{props.hint}</p> : null}
    </div>
  );
}

export function FormError({ error, testId }: { error?: string; testId?: string }) {
  return error ? (
    <p role="alert" data-testid={testId} className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

export function Submit({ pending, label, busy }: { pending: boolean; label: string; busy: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
    >
      {pending ? busy : label}
    </button>
  );
}

/** The way back out of a sign-in step, under its button. */
export function AltLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-center text-sm">
      <a href={href} className="text-indigo-700 hover:underline">
        {children}
      </a>
    </p>
  );
}
