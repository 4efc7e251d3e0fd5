import { addDays, addMonths, DATE_FORMATS, formatDate, isoToUtcDate, type DateFormat } from "./dates";
import { createPdf, CONTENT_WIDTH, PAGE } from "./pdf-layout";
import { createRng } from "./prng";
import { COMPANY_STEMS, COMPANY_SUFFIXES, OFFICE_LOCATIONS, SERVICE_DESCRIPTIONS } from "./soc2-library";

export const ISO_VERSIONS = ["2013", "2022"] as const;
export type IsoVersion = (typeof ISO_VERSIONS)[number];

export type IsoCertificateSpec = {
  seed: number;
  holder: string;
  holderAddress: string;
  version: IsoVersion;
  certificateNumber: string;
  certificationBody: string;
  accreditationBody: string;
  accreditationNumber: string;
  originalCertificationDate: string;
  issueDate: string;
  expiryDate: string;
  surveillanceDue: string[];
  scope: string;
  sites: string[];
  soaReference: string | null;
  verification: string;
  dateFormat: DateFormat;
  /**
   * How the dates and number are printed: "table" = label and value on one baseline (the default draw);
   * "label_above" = label on one line, value on the next; "two_column" = the holder block left, the
   * number/date block in a right column; "sentence" = holder and body named in a certifying sentence.
   */
  layout?: IsoLayout;
  /**
   * A recertified certificate that prints six dates with one meaning each (valid from, original certification, date
   * of issue, the last cycle's expiration, recertification due, this cycle's expiry) instead of the surveillance
   * dates. Drawn only when asked: `randomIsoCertificateSpec(seed, { dateFields: "cycle_history" })`.
   */
  dateFields?: IsoDateFields;
  /**
   * "confusable" (only with `dateFields: "cycle_history"`): labels that share words across meanings ("Original issue
   * date" beside "Issue date", "Previous expiry date" beside "Expiry date"), a validity range in one row, and the
   * layout drawn by seed.
   */
  dateLabels?: "plain" | "confusable";
  cycleHistory?: CycleHistory | null;
};

export const ISO_DATE_FIELDS = ["surveillance", "cycle_history"] as const;
export type IsoDateFields = (typeof ISO_DATE_FIELDS)[number];

export type CycleHistory = {
  validFrom: string;
  /** The previous cycle's expiry: printed above this cycle's, never this cycle's expiry. */
  lastCycleExpiry: string;
  recertificationDue: string;
  /** Printed label of each date, in printed order. */
  rows: Array<{ field: CycleDateField; label: string }>;
  /** "Validity: <valid from> – <expiry>" in one row (the expiry's row), without a row of its own for valid from. */
  rangeRow?: boolean;
};
export type CycleDateField = "validFrom" | "original" | "issue" | "lastCycleExpiry" | "recertificationDue" | "expiry";

export const ISO_LAYOUTS = ["table", "label_above", "two_column", "sentence"] as const;
export type IsoLayout = (typeof ISO_LAYOUTS)[number];

export type IsoCertificateExpected = {
  document: string;
  how_filled: string;
  doc_kind: "iso_certificate";
  certificate_holder: string;
  holder_address: string;
  standard: "ISO/IEC 27001";
  standard_version: IsoVersion;
  certificate_number: string;
  certification_body: string;
  accreditation_body: string;
  accreditation_number: string;
  accreditation_in_text_layer: true;
  issue_date: string;
  original_certification_date: string;
  surveillance_due: string[];
  expiry_date: string;
  scope_statement: string;
  sites: string[];
  soa_reference: string | null;
  verification: string;
  authenticity_flags: string[];
  /** Only for `dateFields: "cycle_history"`: the other printed dates, each with its own meaning. */
  valid_from?: string;
  last_cycle_expiry_date?: string;
  recertification_due?: string;
  synthetic: { seed: number; layout: IsoLayout; date_fields: IsoDateFields; date_format: DateFormat };
};

const BODIES = [
  { cb: "Northgate Certification Services Ltd.", ab: "UKAS", prefix: "NCS", web: "www.northgate-cert.example" },
  { cb: "Alpine Management Systems Registrar AG", ab: "SAS", prefix: "AMS", web: "verify.alpine-msr.example" },
  { cb: "Tri-Coast Certification Inc.", ab: "ANAB", prefix: "TCC", web: "www.tricoastcert.example/verify" },
  { cb: "Baltic Audit & Certification OÜ", ab: "EAK", prefix: "BAC", web: "www.baltic-ac.example" },
] as const;

export function randomIsoCertificateSpec(
  seed: number,
  overrides: Partial<IsoCertificateSpec> = {},
): IsoCertificateSpec {
  const rng = createRng(seed);
  const stem = rng.pick(COMPANY_STEMS);
  const body = rng.pick(BODIES);
  const drawnVersion: IsoVersion = rng.chance(0.75) ? "2022" : "2013";
  const version: IsoVersion = overrides.version ?? drawnVersion;
  const original = `${rng.int(version === "2013" ? 2017 : 2022, version === "2013" ? 2022 : 2025)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const cycles = rng.int(0, 1);
  const issue = overrides.issueDate ?? addDays(original, cycles * 3 * 365);
  const expiry = addDays(addDays(issue, 3 * 365), -1);
  const office = rng.pick(OFFICE_LOCATIONS);
  const drawn: IsoCertificateSpec = {
    seed,
    holder: `${stem} ${rng.pick(COMPANY_SUFFIXES)}`,
    holderAddress: `${rng.int(1, 400)} ${rng.pick(["Innovation Park", "King Street", "Rue de la Gare", "Harbour Road"])}, ${office}`,
    version,
    certificateNumber: `${body.prefix}-${rng.int(100000, 999999)}-${rng.int(1, 4)}`,
    certificationBody: body.cb,
    accreditationBody: body.ab,
    accreditationNumber: `${rng.int(1000, 9999)}`,
    originalCertificationDate: original,
    issueDate: issue,
    expiryDate: expiry,
    surveillanceDue: [addDays(issue, 364), addDays(issue, 729)],
    scope: `The information security management system supporting the design, development, operation and support of ${rng.pick(SERVICE_DESCRIPTIONS)} provided to customers worldwide.`,
    sites: [office, ...(rng.chance(0.4) ? [rng.pick(OFFICE_LOCATIONS)] : [])].filter((s, i, a) => a.indexOf(s) === i),
    soaReference: rng.chance(0.6)
      ? `Statement of Applicability version ${rng.int(1, 6)}.${rng.int(0, 9)}, dated ${addDays(issue, -rng.int(20, 60))}`
      : null,
    verification: body.web,
    dateFormat: rng.pick(DATE_FORMATS),
  };
  const dateFields = overrides.dateFields ?? "surveillance";
  const confusable = overrides.dateLabels === "confusable";
  const drawnCycle = dateFields === "cycle_history" ? drawCycleHistory(seed, original, confusable) : null;
  const cycle: Partial<IsoCertificateSpec> = drawnCycle
    ? {
        originalCertificationDate: drawnCycle.original,
        issueDate: drawnCycle.issue,
        expiryDate: drawnCycle.expiry,
        surveillanceDue: [],
        cycleHistory: drawnCycle.history,
      }
    : { cycleHistory: null };
  return { ...drawn, dateFields, ...cycle, ...overrides };
}

const CYCLE_LABELS: Record<CycleDateField, readonly string[]> = {
  validFrom: ["Valid from", "Certificate valid from"],
  original: ["Original certification date", "Certified since", "Initial certification date"],
  issue: ["Date of issue", "Issue date"],
  lastCycleExpiry: [
    "Last cycle expiration date",
    "Expiration date of last cycle",
    "Previous cycle expiry date",
    "Last certification cycle expiry",
  ],
  recertificationDue: ["Recertification due", "Recertification audit due"],
  expiry: ["Expiry date", "Certificate expiry", "Valid until", "Expiration date"],
};

// Labels whose words also occur in another date's label: each must still be read with its own meaning.
const CONFUSABLE_LABELS: Record<CycleDateField, readonly string[]> = {
  validFrom: ["Valid from", "Effective date", "Certificate effective date"],
  original: ["Original issue date", "Initial issue date", "Certified since", "Date of initial certification"],
  issue: ["Date of issue", "Issue date", "Current issue date", "Date of this issue"],
  lastCycleExpiry: ["Previous expiry date", "Last cycle expiration date", "Expiry date of previous cycle"],
  recertificationDue: ["Recertification due", "Recertification due date", "Recertification audit due"],
  expiry: ["Expiry date", "Valid until", "Certificate expiry", "Expires on"],
};

/**
 * The dates of a certificate recertified one or two cycles after `original`. A side generator draws them, so asking
 * for this variant leaves every other draw of the seed unchanged.
 */
function drawCycleHistory(
  seed: number,
  drawnStart: string,
  confusable = false,
): { history: CycleHistory; original: string; issue: string; expiry: string } {
  const side = createRng((seed ^ 0x0c7c1e5) >>> 0);
  // The current cycle starts where the default draw's certificate starts; one or two earlier cycles precede it.
  const cycles = side.int(1, 2);
  const original = addMonths(drawnStart, -36 * cycles);
  const lastCycleExpiry = addDays(drawnStart, -1);
  // The recertification decision comes shortly before the old certificate lapses; the new cycle runs three years
  // from the old expiry.
  const validFrom = addDays(lastCycleExpiry, -side.int(5, 45));
  const issue = addDays(validFrom, side.pick([0, 0, 3, 7, 14]));
  const expiry = addDays(addMonths(drawnStart, 36), -1);
  const recertificationDue = addDays(expiry, -side.int(60, 120));
  const order: CycleDateField[] = side.chance(0.5)
    ? ["validFrom", "original", "issue", "lastCycleExpiry", "recertificationDue", "expiry"]
    : ["validFrom", "expiry", "original", "issue", "lastCycleExpiry", "recertificationDue"];
  const labels = confusable ? CONFUSABLE_LABELS : CYCLE_LABELS;
  const rows = order.map((field) => ({ field, label: side.pick(labels[field]) }));
  // Drawn last, so the plain variant's draws stay as they were.
  const rangeRow = confusable && side.chance(0.35);
  const history: CycleHistory = rangeRow
    ? {
        validFrom,
        lastCycleExpiry,
        recertificationDue,
        rows: rows
          .filter((r) => r.field !== "validFrom")
          .map((r) =>
            r.field === "expiry" ? { field: r.field, label: side.pick(["Validity", "Validity period"]) } : r,
          ),
        rangeRow,
      }
    : { validFrom, lastCycleExpiry, recertificationDue, rows };
  return { history, original, issue, expiry };
}

function cycleRows(spec: IsoCertificateSpec, h: CycleHistory): Array<[string, string]> {
  const value: Record<CycleDateField, string> = {
    validFrom: h.validFrom,
    original: spec.originalCertificationDate,
    issue: spec.issueDate,
    lastCycleExpiry: h.lastCycleExpiry,
    recertificationDue: h.recertificationDue,
    expiry: spec.expiryDate,
  };
  const d = (iso: string) => formatDate(iso, spec.dateFormat);
  return h.rows.map(({ field, label }) => [
    label,
    h.rangeRow && field === "expiry" ? `${d(h.validFrom)} – ${d(value.expiry)}` : d(value[field]),
  ]);
}

export async function generateIsoCertificate(
  spec: IsoCertificateSpec,
): Promise<{ pdf: Buffer; expected: IsoCertificateExpected }> {
  const d = (iso: string) => formatDate(iso, spec.dateFormat);
  const { doc, done } = createPdf(`Certificate ${spec.certificateNumber}`, isoToUtcDate(spec.issueDate));
  const center = (text: string, size: number, bold = false, gap = 0.6) => {
    doc
      .font(bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(size)
      .text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH, align: "center" });
    doc.moveDown(gap);
  };
  const layout = spec.layout ?? "table";
  doc.y = PAGE.top;
  center(spec.certificationBody, 12, true);
  center("CERTIFICATE OF REGISTRATION", 20, true, 1.2);
  if (layout === "sentence") {
    // Holder and body as subject and object of one sentence, no "holder" label anywhere.
    center(
      `${spec.certificationBody} certifies that the information security management system of ${spec.holder}, ${spec.holderAddress}, has been assessed and found to conform to the requirements of ISO/IEC 27001:${spec.version}.`,
      11,
      false,
      1,
    );
  } else {
    center("This is to certify that the information security management system of", 10);
    center(spec.holder, 16, true, 0.3);
    center(spec.holderAddress, 10, false, 1);
    center("has been assessed and found to conform to the requirements of", 10);
    center(`ISO/IEC 27001:${spec.version}`, 18, true, 0.3);
  }
  center(
    "Information security, cybersecurity and privacy protection — Information security management systems",
    9,
    false,
    1,
  );
  const rows: Array<[string, string]> = spec.cycleHistory
    ? [["Certificate number", spec.certificateNumber], ...cycleRows(spec, spec.cycleHistory)]
    : [
        ["Certificate number", spec.certificateNumber],
        ["Original certification date", d(spec.originalCertificationDate)],
        ["Date of issue", d(spec.issueDate)],
        ["1st surveillance audit due", d(spec.surveillanceDue[0])],
        ["2nd surveillance audit due", d(spec.surveillanceDue[1])],
        ["Certificate expiry", d(spec.expiryDate)],
      ];
  const scopeBlock = (x: number, width: number, align: "center" | "left") => {
    doc.font("Helvetica-Bold").fontSize(10).text("Scope of certification:", x, doc.y, { width, align });
    doc.moveDown(0.3);
    doc.font("Helvetica").fontSize(10).text(spec.scope, x, doc.y, { width, align });
    doc.moveDown(1);
    if (spec.sites.length > 0) {
      doc.fontSize(9).text(`Certified site(s): ${spec.sites.join("; ")}`, x, doc.y, { width, align });
      doc.moveDown(0.8);
    }
    if (spec.soaReference) {
      doc.fontSize(9).text(`In accordance with the ${spec.soaReference}`, x, doc.y, { width, align });
      doc.moveDown(1);
    }
  };
  if (layout === "two_column") {
    // Left column: scope; right column: number and dates, each label above its value. Both start on one line.
    const top = doc.y;
    const half = CONTENT_WIDTH / 2 - 12;
    scopeBlock(PAGE.left, half, "left");
    const leftEnd = doc.y;
    doc.y = top;
    for (const [k, v] of rows) {
      doc
        .font("Helvetica-Bold")
        .fontSize(9)
        .text(k, PAGE.left + half + 24, doc.y, { width: half });
      doc
        .font("Helvetica")
        .fontSize(10)
        .text(v, PAGE.left + half + 24, doc.y, { width: half });
      doc.moveDown(0.4);
    }
    doc.y = Math.max(doc.y, leftEnd);
  } else {
    scopeBlock(PAGE.left, CONTENT_WIDTH, "center");
    doc.font("Helvetica").fontSize(10);
    for (const [k, v] of rows) {
      if (layout === "label_above") {
        doc.font("Helvetica-Bold").text(k, PAGE.left + 60, doc.y, { width: 400 });
        doc.font("Helvetica").text(v, PAGE.left + 60, doc.y, { width: 400 });
        doc.moveDown(0.4);
        continue;
      }
      const y = doc.y;
      doc.font("Helvetica-Bold").text(`${k}:`, PAGE.left + 60, y, { width: 200 });
      doc.font("Helvetica").text(v, PAGE.left + 270, y, { width: 200 });
      doc.moveDown(0.3);
    }
  }
  doc.moveDown(1);
  center(
    `Accredited by ${spec.accreditationBody}, accreditation no. ${spec.accreditationNumber}. The validity of this certificate can be verified at ${spec.verification}.`,
    8,
  );
  doc.end();
  const pdf = await done;
  return {
    pdf,
    expected: {
      document: `synthetic-iso27001-${spec.version}-seed${spec.seed}.pdf`,
      how_filled: "Generated: expected facts come from the same spec that drew the PDF (scripts/synth).",
      doc_kind: "iso_certificate",
      certificate_holder: spec.holder,
      holder_address: spec.holderAddress,
      standard: "ISO/IEC 27001",
      standard_version: spec.version,
      certificate_number: spec.certificateNumber,
      certification_body: spec.certificationBody,
      accreditation_body: spec.accreditationBody,
      accreditation_number: spec.accreditationNumber,
      accreditation_in_text_layer: true,
      issue_date: spec.issueDate,
      original_certification_date: spec.originalCertificationDate,
      surveillance_due: [...spec.surveillanceDue],
      expiry_date: spec.expiryDate,
      scope_statement: spec.scope,
      sites: [...spec.sites],
      soa_reference: spec.soaReference,
      verification: spec.verification,
      authenticity_flags: [],
      ...(spec.cycleHistory
        ? {
            valid_from: spec.cycleHistory.validFrom,
            last_cycle_expiry_date: spec.cycleHistory.lastCycleExpiry,
            recertification_due: spec.cycleHistory.recertificationDue,
          }
        : {}),
      synthetic: {
        seed: spec.seed,
        layout,
        date_fields: spec.cycleHistory ? "cycle_history" : "surveillance",
        date_format: spec.dateFormat,
      },
    },
  };
}
