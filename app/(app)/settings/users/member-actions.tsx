"use client";

import { useState, useTransition } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { changeRoleAction, resetSignInAction, setUserDisabledAction } from "@/lib/users/actions";
import { LinkOnce } from "./invite-form";

type Props = {
  userId: string;
  name: string;
  role: Role;
  disabled: boolean;
  self: boolean;
  /** "sso": admitted through single sign-on, no Assay password, so nothing to reset here. */
  signsInWith: "password" | "sso";
};
type Cell = "role" | "status";

/** The Role and Status cells of one member row: the role select, the disable/enable button, and their messages. */
export function MemberActions({ userId, name, role, disabled, self, signsInWith }: Props) {
  const [selected, setSelected] = useState<Role>(role);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; cell: Cell; link?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const selectId = `role-${userId}`;

  function run(
    cell: Cell,
    action: () => Promise<{ ok: true; message?: string; data?: unknown } | { ok: false; error: string }>,
  ) {
    startTransition(async () => {
      const result = await action();
      setOutcome(
        result.ok
          ? { ok: true, text: result.message ?? "Done.", cell, link: linkOf(result.data) }
          : { ok: false, text: result.error, cell },
      );
      if (!result.ok) setSelected(role);
    });
  }

  function toggleDisabled() {
    if (
      !disabled &&
      !window.confirm(`Disable ${name}? They are signed out at once and cannot sign in until enabled again.`)
    )
      return;
    run("status", () => setUserDisabledAction({ userId, disabled: !disabled }));
  }

  const message = (cell: Cell) =>
    outcome?.cell === cell ? (
      <p
        role={outcome.ok ? "status" : "alert"}
        className={`mt-2 max-w-xs text-sm ${outcome.ok ? "text-green-800" : "text-red-700"}`}
      >
        {outcome.text}
        {outcome.link ? <LinkOnce link={outcome.link} /> : null}
      </p>
    ) : null;

  function resetSignIn() {
    if (!window.confirm(`Issue ${name} a new sign-in link? Their current password keeps working until they use it.`))
      return;
    run("status", () => resetSignInAction({ userId }));
  }

  return (
    <>
      <td className="px-4 py-3">
        <form
          className="flex items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            run("role", () => changeRoleAction({ userId, role: selected }));
          }}
        >
          <label htmlFor={selectId} className="sr-only">
            Role for {name}
          </label>
          <select
            id={selectId}
            value={selected}
            onChange={(event) => setSelected(event.target.value as Role)}
            className="w-56 rounded-md border border-slate-300 bg-white py-1 pl-2 pr-8 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          {/* Shown only once the select differs, so an unchanged row stays quiet. */}
          {selected !== role ? (
            <button
              type="submit"
              disabled={pending}
              className="whitespace-nowrap rounded-md bg-indigo-600 px-2.5 py-1 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-1"
              aria-label={`Change role for ${name}`}
            >
              {pending ? "Saving…" : "Change role"}
            </button>
          ) : null}
        </form>
        <div aria-live="polite">{message("role")}</div>
      </td>
      <td className="px-4 py-3">
        <div className="flex items-center gap-3">
          <span
            className={
              disabled
                ? "inline-flex rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700 ring-1 ring-red-200"
                : "inline-flex rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-green-800 ring-1 ring-green-200"
            }
          >
            {disabled ? "Disabled" : "Active"}
          </span>
          <button
            type="button"
            onClick={toggleDisabled}
            disabled={pending}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
            aria-label={`${disabled ? "Enable" : "Disable"} ${name}`}
          >
            {disabled ? "Enable" : "Disable"}
          </button>
          {signsInWith === "sso" ? (
            <span className="whitespace-nowrap text-xs text-slate-600">Signs in with SSO</span>
          ) : self ? null : (
            <button
              type="button"
              onClick={resetSignIn}
              disabled={pending}
              className="whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
              aria-label={`Reset sign-in for ${name}`}
            >
              Reset sign-in
            </button>
          )}
        </div>
        <div aria-live="polite">{message("status")}</div>
      </td>
    </>
  );
}

function linkOf(data: unknown): string | undefined {
  const link = (data as { link?: unknown } | undefined)?.link;
  return typeof link === "string" ? link : undefined;
}
