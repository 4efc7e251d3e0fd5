import type { DocumentComparison } from "../loaders";
import type { ControlException } from "@/lib/scoring";

const exceptionText = (item: ControlException) =>
  `${item.criteria.length ? `${item.criteria.join(", ")}: ` : ""}${item.control ?? item.deviation}`;

function Row({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="py-1">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd>
        <ul className="list-disc pl-5 text-slate-700">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** Year over year: what changed between a replaced document and the one that replaced it. */
export function DocumentComparisonPanel({ comparison }: { comparison: DocumentComparison }) {
  const { older, newer } = comparison;
  return (
    <section
      aria-label={`${older} compared with ${newer}`}
      className="rounded-md border border-indigo-100 bg-indigo-50/40 p-3 text-sm"
    >
      <h3 className="font-semibold text-slate-900">
        {newer} <span className="font-normal text-slate-600">compared with</span> {older}
      </h3>
      {comparison.kind === "report" ? <ReportRows diff={comparison.diff} /> : <ListRows diff={comparison.diff} />}
    </section>
  );
}

function ReportRows({ diff }: { diff: Extract<DocumentComparison, { kind: "report" }>["diff"] }) {
  const period =
    diff.period.kind === "gap"
      ? [`${diff.period.days} days not reported on, between ${diff.period.from} and ${diff.period.to}`]
      : diff.period.kind === "overlap"
        ? [`Periods overlap by ${diff.period.days} days (${diff.period.from} → ${diff.period.to})`]
        : diff.period.kind === "unknown"
          ? ["Period dates not confirmed: continuity unknown"]
          : ["Continuous: the new period starts the day after the old one ended"];
  const change = (label: string, c: { before: string | null; after: string | null } | null) =>
    c ? [`${label}: ${c.before ?? "—"} → ${c.after ?? "—"}`] : [];
  const changes = [
    ...change("Auditor", diff.auditor),
    ...change("Report type", diff.type && { before: diff.type.before, after: diff.type.after }),
    ...change("Opinion", diff.opinion),
    ...change("System", diff.scope.system),
  ];
  return (
    <dl className="mt-2 divide-y divide-indigo-100">
      {diff.exceptionsUnknown ? (
        <Row label="Exceptions" items={["One of the reports has no test results: exceptions cannot be compared"]} />
      ) : (
        <>
          <Row label="New exceptions" items={diff.exceptions.added.map(exceptionText)} />
          <Row label="Repeated exceptions" items={diff.exceptions.repeated.map(({ after }) => exceptionText(after))} />
          <Row label="Cleared exceptions" items={diff.exceptions.cleared.map(exceptionText)} />
          {diff.exceptions.added.length + diff.exceptions.repeated.length + diff.exceptions.cleared.length === 0 ? (
            <Row label="Exceptions" items={["None in either report"]} />
          ) : null}
        </>
      )}
      <Row label="Period" items={period} />
      <Row label="Changed" items={changes} />
      <Row
        label="Scope"
        items={[
          ...diff.scope.servicesAdded.map((s) => `Service added: ${s}`),
          ...diff.scope.servicesRemoved.map((s) => `Service no longer in scope: ${s}`),
          ...diff.scope.locationsAdded.map((s) => `Location added: ${s}`),
          ...diff.scope.locationsRemoved.map((s) => `Location no longer in scope: ${s}`),
        ]}
      />
      <Row
        label="Trust services criteria"
        items={[
          ...diff.tsc.added.map((c) => `Added: ${c}`),
          ...diff.tsc.removed.map((c) => `No longer examined: ${c}`),
        ]}
      />
      <Row
        label="Subservice organisations"
        items={[
          ...diff.subservice.added.map((s) => `Added: ${s}`),
          ...diff.subservice.removed.map((s) => `Removed: ${s}`),
          ...diff.subservice.method.map((m) => `${m.name}: ${m.before ?? "not stated"} → ${m.after ?? "not stated"}`),
        ]}
      />
    </dl>
  );
}

function ListRows({ diff }: { diff: Extract<DocumentComparison, { kind: "list" }>["diff"] }) {
  const where = (locations: string[] | null) => (locations?.length ? ` (${locations.join(", ")})` : "");
  const none = diff.added.length + diff.removed.length + diff.relocated.length === 0;
  return (
    <dl className="mt-2 divide-y divide-indigo-100">
      <Row label="Added" items={diff.added.map((e) => `${e.name}${where(e.locations)}`)} />
      <Row label="Removed" items={diff.removed.map((e) => e.name)} />
      <Row
        label="Relocated"
        items={diff.relocated.map((r) => `${r.entry.name}: ${r.before.join(", ")} → ${r.after.join(", ")}`)}
      />
      {none ? <Row label="Changes" items={["Same entities in the same locations"]} /> : null}
    </dl>
  );
}
