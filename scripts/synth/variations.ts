// The named variations `npm run eval:synth`, the CLI (`--variation`) and the generator tests use: the default draws of
// each kind, then the layouts unseen documents use (issue #12). Each is a seeded option of a generator, so a
// (variation, seed) pair always makes the same bytes and the same expected facts.
import { BRIDGE_STYLES, generateStyledBridgeLetter } from "./bridge-letter-styles";
import { generateBridgeLetter, randomBridgeLetterSpec } from "./generate-bridge-letter";
import { generateIsoCertificate, randomIsoCertificateSpec, type IsoCertificateSpec } from "./generate-iso-certificate";
import { generateSoc2 } from "./generate-soc2";
import { generateSubprocessorList, randomSubprocessorListSpec } from "./generate-subprocessor-list";
import { toImageOnlyPdf } from "./image-only";
import { randomSoc2Spec, type Soc2Spec } from "./soc2-spec";

export type SynthKind = "soc2_report" | "bridge_letter" | "iso_certificate" | "subprocessor_list";

export type SynthDocument = {
  variation: string;
  seed: number;
  kind: SynthKind;
  /** `<variation>-seed<N>.pdf` (or `.md`). */
  filename: string;
  bytes: Uint8Array;
  /** The same shape as ../shared/corpus `*.expected.json`, plus a `synthetic` block naming the variation. */
  expected: Record<string, unknown>;
};

export type MakeOptions = {
  /** SOC 2 page target (10–300); undefined = drawn by seed. */
  soc2Pages?: number;
};

export type SynthVariation = {
  id: string;
  /** What it varies, as the issue names it. */
  title: string;
  kind: SynthKind;
  /** Needs OCR to be read (slow on this machine). */
  ocr: boolean;
  make: (seed: number, opts?: MakeOptions) => Promise<SynthDocument>;
};

function doc(
  variation: string,
  seed: number,
  kind: SynthKind,
  ext: "pdf" | "md",
  bytes: Uint8Array,
  expected: object,
): SynthDocument {
  const exp = expected as Record<string, unknown>;
  const filename = `${variation}-seed${seed}.${ext}`;
  return {
    variation,
    seed,
    kind,
    filename,
    bytes,
    expected: {
      ...exp,
      document: filename,
      synthetic: { ...(exp.synthetic as object | undefined), variation, seed },
    },
  };
}

function soc2(id: string, title: string, overrides: Partial<Soc2Spec> = {}): SynthVariation {
  return {
    id,
    title,
    kind: "soc2_report",
    ocr: false,
    make: async (seed, opts = {}) => {
      const spec = randomSoc2Spec(seed, { ...overrides, ...(opts.soc2Pages ? { pages: opts.soc2Pages } : {}) });
      const { pdf, expected } = await generateSoc2(spec);
      return doc(id, seed, "soc2_report", "pdf", new Uint8Array(pdf), expected);
    },
  };
}

function iso(id: string, title: string, overrides: Partial<IsoCertificateSpec>, scanned = false): SynthVariation {
  return {
    id,
    title,
    kind: "iso_certificate",
    ocr: scanned,
    make: async (seed) => {
      const { pdf, expected } = await generateIsoCertificate(randomIsoCertificateSpec(seed, overrides));
      const bytes = scanned ? await toImageOnlyPdf(pdf, { dpi: 150 }) : pdf;
      // A scan's answer file would say `text_layer: "none"`, and the grader would then count a value OCR could not
      // read as withheld (right). Left out, so the figure measures what OCR reads: a null is missed.
      return doc(id, seed, "iso_certificate", "pdf", new Uint8Array(bytes), expected);
    },
  };
}

function subprocessors(id: string, title: string, layout?: "html_table"): SynthVariation {
  return {
    id,
    title,
    kind: "subprocessor_list",
    ocr: false,
    make: async (seed) => {
      const { markdown, expected } = generateSubprocessorList(
        randomSubprocessorListSpec(seed, layout ? { layout } : {}),
      );
      return doc(id, seed, "subprocessor_list", "md", new TextEncoder().encode(markdown), expected);
    },
  };
}

export const VARIATIONS: readonly SynthVariation[] = [
  soc2("soc2", "SOC 2 (default draws)"),
  soc2("soc2-cuec-table", "SOC 2, numbered CUEC table", { cuecLayout: "table" }),
  soc2("soc2-subservice-sentence", "SOC 2, subservice organisations in one run-on sentence", {
    subserviceLayout: "sentence",
  }),
  soc2("soc2-party-tables", "SOC 2, subservice, CSOC and unnumbered CUEC tables in more columns", {
    partyTables: "wide",
  }),
  soc2("soc2-categories-ampersand", 'SOC 2, "Security, Availability & Confidentiality" in one phrase', {
    categoryPhrase: "ampersand",
  }),
  {
    id: "bridge",
    title: "Bridge letter (default draws)",
    kind: "bridge_letter",
    ocr: false,
    make: async (seed) => {
      const { pdf, expected } = await generateBridgeLetter(randomBridgeLetterSpec(seed));
      return doc("bridge", seed, "bridge_letter", "pdf", new Uint8Array(pdf), expected);
    },
  },
  {
    id: "bridge-styles",
    title: "Bridge letter, style by seed: label rows, gap letter, period ended, bridge first, engaged auditor",
    kind: "bridge_letter",
    ocr: false,
    make: async (seed) => {
      const style = BRIDGE_STYLES[seed % BRIDGE_STYLES.length]!;
      const { pdf, expected } = await generateStyledBridgeLetter(randomBridgeLetterSpec(seed), style);
      return doc("bridge-styles", seed, "bridge_letter", "pdf", new Uint8Array(pdf), expected);
    },
  },
  iso("iso-table", "ISO certificate, label and value on one line", { layout: "table" }),
  iso("iso-label-above", "ISO certificate, label above value", { layout: "label_above" }),
  iso("iso-two-column", "ISO certificate, two columns", { layout: "two_column" }),
  iso("iso-sentence", "ISO certificate, sentence form", { layout: "sentence" }),
  iso("iso-cycle-dates", "ISO certificate, six dates incl. the last cycle's expiry", { dateFields: "cycle_history" }),
  {
    ...iso("iso-date-meanings", "ISO certificate, dates whose labels share words, a validity range, layout by seed", {
      dateFields: "cycle_history",
      dateLabels: "confusable",
    }),
    make: async (seed) => {
      const layouts = ["table", "label_above", "two_column"] as const;
      const spec = randomIsoCertificateSpec(seed, {
        dateFields: "cycle_history",
        dateLabels: "confusable",
        layout: layouts[seed % layouts.length],
      });
      const { pdf, expected } = await generateIsoCertificate(spec);
      return doc("iso-date-meanings", seed, "iso_certificate", "pdf", new Uint8Array(pdf), expected);
    },
  },
  iso("iso-scan", "ISO certificate, image-only scan (OCR)", { layout: "table" }, true),
  subprocessors("subprocessors", "Sub-processor list (default draws)"),
  subprocessors("subprocessors-html", "Sub-processor list, HTML table in Markdown", "html_table"),
];

export function variation(id: string): SynthVariation {
  const v = VARIATIONS.find((x) => x.id === id);
  if (!v) throw new Error(`unknown variation "${id}"; one of: ${VARIATIONS.map((x) => x.id).join(", ")}`);
  return v;
}
