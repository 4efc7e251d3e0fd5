import type { CheckId } from "../check-ids";
import type { CheckContext, GapDraft } from "../check-types";
import { reliedOnSocReport } from "../evidence";
import { SEVERITY_RANK } from "../severity";

export type RaisedDraft = { checkId: CheckId; draft: GapDraft };

// Checks that speak about a document's standing as evidence (is it genuine, the vendor's, current,
// the right kind): these stay visible. Every other document-bound check reads the document's content
// and is held while the document cannot be relied on.
const STANDING: ReadonlySet<CheckId> = new Set<CheckId>([
  "reliance-gate",
  "document-names-vendor",
  "required-evidence-on-file",
  "soc-report-kind-accepted",
  "soc2-type-2-on-file",
  "soc-report-current",
  "certificate-in-date",
  "iso-version-current",
  "certificate-is-27001",
  "legal-entity-matches",
  "dates-impossible",
  "extraction-flags",
]);

const BRIDGE_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>([
  "bridge-covers-gap",
  "bridge-dated-after-period",
  "bridge-length-within-limit",
  "bridge-scope-covers-service",
]);
const CURRENCY: CheckId[] = ["certificate-in-date", "iso-version-current", "soc-report-current"];
// Documents given in place of the required evidence: a SOC 3, a Type 1, a claims page or another standard's certificate.
const WRONG_KIND: ReadonlySet<CheckId> = new Set<CheckId>([
  "soc-report-kind-accepted",
  "soc2-type-2-on-file",
  "certificate-is-27001",
]);

/** The lasting ref of the document a gap is about: copies of one document (v1, v2) count as one. */
function documentOfWith(refs: ReadonlyMap<string, string>) {
  return (item: RaisedDraft): string | null => {
    const id = item.draft.about ?? item.draft.citation?.documentId ?? null;
    return id === null ? null : (refs.get(id) ?? id);
  };
}

/**
 * One finding per root cause:
 * - a document that cannot be relied on (serious authenticity signal, not current) keeps only the
 *   gaps about its standing; its content gaps are held behind the blocking gap, which says how many;
 * - a bridge letter's own problems (dates, length, scope, contradictions) are the reasons the cover
 *   since the report is not shown: one finding, gone when the report itself is stale;
 * - a document's currency problems (expired, edition withdrawn, too old) are one finding;
 * - a gated document's lesser authenticity notes join its gate;
 * - "required evidence missing" absorbs "a SOC 3 / Type 1 / claims page / other standard was given
 *   instead" and that report's age.
 */
export function assembleRegister(
  raised: RaisedDraft[],
  ctx: CheckContext,
  refs: ReadonlyMap<string, string> = new Map(),
): RaisedDraft[] {
  if (raised.length <= 1 || nothingToGroup(raised)) return raised;
  const documentOf = documentOfWith(refs);
  const refOf = (id: string) => refs.get(id) ?? id;
  const bridgeLetters = new Set(ctx.vendor.bridgeLetters.map((letter) => letter.documentId));
  const isBridge = (item: RaisedDraft) =>
    BRIDGE_CHECKS.has(item.checkId) ||
    (item.checkId === "extraction-flags" && bridgeLetters.has(item.draft.citation?.documentId ?? ""));

  const blockers = new Map<string, RaisedDraft>();
  for (const item of raised) {
    const blocked = item.draft.blocksDocument;
    if (blocked && !blockers.has(refOf(blocked))) blockers.set(refOf(blocked), item);
  }
  const report = reliedOnSocReport(ctx.vendor);
  const reportRef = report ? refOf(report.documentId) : null;
  const reportBlocked = reportRef !== null && blockers.has(reportRef);

  // 1. Hold the content of documents that cannot be relied on.
  const held = new Map<string, number>();
  let kept: RaisedDraft[] = [];
  for (const item of raised) {
    const about = isBridge(item) && reportRef ? reportRef : documentOf(item);
    if (isBridge(item) && reportBlocked) {
      held.set(reportRef!, (held.get(reportRef!) ?? 0) + 1);
      continue;
    }
    if (!STANDING.has(item.checkId) && about !== null && blockers.has(about)) {
      held.set(about, (held.get(about) ?? 0) + 1);
      continue;
    }
    kept.push(item);
  }
  kept = kept.map((item) => {
    const blocked = item.draft.blocksDocument ? refOf(item.draft.blocksDocument) : null;
    const waiting = blocked ? (held.get(blocked) ?? 0) : 0;
    if (!blocked || waiting === 0 || blockers.get(blocked) !== item) return item;
    const what = waiting === 1 ? "finding about its content is" : "findings about its content are";
    return withDetail(item, `${item.draft.detail} ${waiting} further ${what} held until this is resolved.`);
  });

  // 2. Bridge letter problems fold into the cover finding they explain.
  const cover = kept.find((item) => item.checkId === "bridge-covers-gap");
  if (cover) kept = fold(kept, cover, (item) => item !== cover && isBridge(item), "About the letter on file:");

  // 3. One currency finding per document.
  const currency = kept.filter((item) => CURRENCY.includes(item.checkId));
  for (const target of currency.length > 1 ? currency : []) {
    if (!CURRENCY.includes(target.checkId) || !kept.includes(target)) continue;
    const doc = documentOf(target);
    kept = fold(
      kept,
      target,
      (item) => item !== target && CURRENCY.includes(item.checkId) && documentOf(item) === doc,
      "Also:",
    );
  }

  // 4. A gated document's other authenticity notes join the gate.
  for (const gate of kept.filter((item) => item.checkId === "reliance-gate")) {
    const doc = documentOf(gate);
    kept = fold(
      kept,
      gate,
      (item) => item.checkId === "extraction-flags" && documentOf(item) === doc,
      "Other signals:",
    );
  }

  // 5. "Required evidence missing" is the root cause of "the wrong kind of report was given".
  const required = kept.find((item) => item.checkId === "required-evidence-on-file");
  if (required && kept.some((item) => WRONG_KIND.has(item.checkId))) {
    const wrongKind = new Set(kept.filter((item) => WRONG_KIND.has(item.checkId)).map(documentOf));
    kept = fold(
      kept,
      required,
      (item) =>
        WRONG_KIND.has(item.checkId) || (item.checkId === "soc-report-current" && wrongKind.has(documentOf(item))),
      "What was given instead:",
    );
  }
  return kept;
}

/**
 * True when none of the steps below would change anything: no blocking gap (so nothing is held), no
 * cover finding to fold letters into, at most one currency finding, no gate, and no "required
 * evidence missing" beside a wrong kind of document. Most registers: they skip the passes.
 */
function nothingToGroup(raised: RaisedDraft[]): boolean {
  let currency = 0;
  let required = false;
  let wrongKind = false;
  for (const { checkId, draft } of raised) {
    if (draft.blocksDocument || checkId === "bridge-covers-gap" || checkId === "reliance-gate") return false;
    if (CURRENCY.includes(checkId) && ++currency > 1) return false;
    if (checkId === "required-evidence-on-file") required = true;
    if (WRONG_KIND.has(checkId)) wrongKind = true;
  }
  return !(required && wrongKind);
}

function withDetail(item: RaisedDraft, detail: string): RaisedDraft {
  return { ...item, draft: { ...item.draft, detail } };
}

/** Folds the items matching `absorb` into `target`: the most severe severity, their titles and details appended. */
function fold(
  items: RaisedDraft[],
  target: RaisedDraft,
  absorb: (item: RaisedDraft) => boolean,
  label: string,
): RaisedDraft[] {
  const absorbed = items.filter((item) => item !== target && absorb(item));
  if (absorbed.length === 0) return items;
  const severity = [target, ...absorbed]
    .map((item) => item.draft.severity)
    .sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0]!;
  const why = absorbed.map((item) => `${item.draft.title.replace(/\.?$/, ".")} ${item.draft.detail}`).join(" ");
  const merged: RaisedDraft = {
    ...target,
    draft: { ...target.draft, severity, detail: `${target.draft.detail} ${label} ${why}` },
  };
  return items.filter((item) => !absorbed.includes(item)).map((item) => (item === target ? merged : item));
}
