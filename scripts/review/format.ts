import type { Gap } from "@/lib/scoring";

export const FORMATS = ["json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

/** The fields a reviewer (or a pipeline) needs per gap, in a fixed order. */
export function gapRow(gap: Gap) {
  return {
    checkId: gap.checkId,
    subject: gap.subject,
    severity: gap.severity,
    title: gap.title,
    detail: gap.detail,
    ownerRole: gap.ownerRole,
    dueDate: gap.dueDate,
    citation: gap.citation,
  };
}

const COLUMNS = [
  "checkId",
  "subject",
  "severity",
  "title",
  "detail",
  "ownerRole",
  "dueDate",
  "documentId",
  "page",
  "quote",
];

function flat(gap: Gap): string[] {
  const row = gapRow(gap);
  return [
    row.checkId,
    row.subject,
    row.severity,
    row.title,
    row.detail,
    row.ownerRole,
    row.dueDate,
    row.citation?.documentId ?? "",
    row.citation?.page === null || row.citation?.page === undefined ? "" : String(row.citation.page),
    row.citation?.quote ?? "",
  ];
}

// RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function mdCell(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

export function formatGaps(gaps: Gap[], format: Format): string {
  if (format === "json") return `${JSON.stringify({ gaps: gaps.map(gapRow) }, null, 2)}\n`;
  if (format === "csv")
    return `${[COLUMNS, ...gaps.map(flat)].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
  const header = `| ${COLUMNS.join(" | ")} |\n|${COLUMNS.map(() => " --- ").join("|")}|\n`;
  return `${header}${gaps.map((gap) => `| ${flat(gap).map(mdCell).join(" | ")} |`).join("\n")}\n`;
}
