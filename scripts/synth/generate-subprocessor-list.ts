import { DATE_FORMATS, formatDate, lastDayOfMonth, type DateFormat } from "./dates";
import { createRng } from "./prng";
import { COMPANY_STEMS, COMPANY_SUFFIXES, SUBSERVICE_ORGS } from "./soc2-library";

export type Subprocessor = {
  name: string;
  purpose: string;
  processingLocations: string[];
  corporateLocation: string | null;
};

export type SubprocessorListSpec = {
  seed: number;
  vendor: string;
  subprocessors: Subprocessor[];
  lastUpdated: string | null;
  /** "html_table": an HTML <table> inside the Markdown, as many docs sites publish it (drawn only when asked). */
  layout: "table" | "bullets" | "html_table";
  dateFormat: DateFormat;
};

export type SubprocessorListExpected = {
  document: string;
  how_filled: string;
  doc_kind: "subprocessor_list";
  vendor: string;
  subprocessors: Array<{
    name: string;
    purpose: string;
    processing_locations: string[];
    corporate_location: string | null;
  }>;
  count: number;
  last_updated: string | null;
};

const EXTRA_PROCESSORS: readonly Subprocessor[] = [
  {
    name: "Helpdeskly Inc.",
    purpose: "Customer support ticketing",
    processingLocations: ["United States"],
    corporateLocation: "United States",
  },
  {
    name: "Trackwise Analytics GmbH",
    purpose: "Product analytics",
    processingLocations: ["Germany"],
    corporateLocation: "Germany",
  },
  {
    name: "Errorscope Ltd.",
    purpose: "Error monitoring",
    processingLocations: ["United States", "Ireland"],
    corporateLocation: "United Kingdom",
  },
  {
    name: "Mailmesa LLC",
    purpose: "Marketing e-mail",
    processingLocations: ["United States"],
    corporateLocation: "United States",
  },
  {
    name: "Voxline Communications Pty Ltd",
    purpose: "SMS and voice notifications",
    processingLocations: ["Australia", "United States"],
    corporateLocation: "Australia",
  },
  {
    name: "Ledgerly Billing Inc.",
    purpose: "Subscription billing",
    processingLocations: ["United States"],
    corporateLocation: "Canada",
  },
];

const SUB_COUNTRIES = ["United States", "Ireland", "Germany", "Canada", "Australia"] as const;

export function randomSubprocessorListSpec(
  seed: number,
  overrides: Partial<SubprocessorListSpec> = {},
): SubprocessorListSpec {
  const rng = createRng(seed);
  const fromSubservice: Subprocessor[] = SUBSERVICE_ORGS.map((s) => {
    const country = rng.pick(SUB_COUNTRIES);
    return { name: s.name, purpose: s.service, processingLocations: [country], corporateLocation: "United States" };
  });
  const pool = [...fromSubservice, ...EXTRA_PROCESSORS];
  const drawn: SubprocessorListSpec = {
    seed,
    vendor: `${rng.pick(COMPANY_STEMS)} ${rng.pick(COMPANY_SUFFIXES)}`,
    subprocessors: rng.sample(pool, rng.int(3, 10)),
    lastUpdated: rng.chance(0.7) ? lastDayOfMonth(rng.int(2022, 2025), rng.int(0, 11)) : null,
    layout: rng.chance(0.6) ? "table" : "bullets",
    dateFormat: rng.pick(DATE_FORMATS),
  };
  return { ...drawn, ...overrides };
}

export function generateSubprocessorList(spec: SubprocessorListSpec): {
  markdown: string;
  expected: SubprocessorListExpected;
} {
  const lines = [`# ${spec.vendor} Sub-processors`, ""];
  if (spec.lastUpdated) lines.push(`Last updated: ${formatDate(spec.lastUpdated, spec.dateFormat)}`, "");
  lines.push(
    `${spec.vendor} uses the following sub-processors to provide its services. We will notify customers before adding a new sub-processor.`,
    "",
  );
  if (spec.layout === "table") {
    lines.push("| Sub-processor | Purpose | Processing location(s) | Corporate location |", "|---|---|---|---|");
    for (const s of spec.subprocessors)
      lines.push(`| ${s.name} | ${s.purpose} | ${s.processingLocations.join(", ")} | ${s.corporateLocation ?? "—"} |`);
  } else if (spec.layout === "html_table") {
    const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    lines.push(
      "<table>",
      "  <thead>",
      "    <tr><th>Sub-processor</th><th>Purpose</th><th>Processing location(s)</th><th>Corporate location</th></tr>",
      "  </thead>",
      "  <tbody>",
    );
    for (const s of spec.subprocessors)
      lines.push(
        "    <tr>",
        `      <td>${esc(s.name)}</td>`,
        `      <td>${esc(s.purpose)}</td>`,
        `      <td>${esc(s.processingLocations.join(", "))}</td>`,
        `      <td>${esc(s.corporateLocation ?? "—")}</td>`,
        "    </tr>",
      );
    lines.push("  </tbody>", "</table>");
  } else {
    for (const s of spec.subprocessors)
      lines.push(`- **${s.name}** — ${s.purpose} (${s.processingLocations.join(", ")})`);
  }
  lines.push("");
  return {
    markdown: lines.join("\n"),
    expected: {
      document: `synthetic-subprocessors-seed${spec.seed}.md`,
      how_filled: "Generated: expected facts come from the same spec that drew the Markdown (scripts/synth).",
      doc_kind: "subprocessor_list",
      vendor: spec.vendor,
      subprocessors: spec.subprocessors.map((s) => ({
        name: s.name,
        purpose: s.purpose,
        processing_locations: [...s.processingLocations],
        // The bullet layout does not print corporate locations, so the expected value is null there.
        corporate_location: spec.layout === "bullets" ? null : s.corporateLocation,
      })),
      count: spec.subprocessors.length,
      last_updated: spec.lastUpdated,
    },
  };
}
