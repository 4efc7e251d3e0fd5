// The named variations of scripts/synth (what `npm run eval:synth` measures): each is deterministic for a seed, and
// its expected facts are what the document prints, in the layout the variation names. No extraction here: the
// extractor is measured by eval:synth, not held to it. The scan is checked without OCR (it has no text layer).
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { formatDate, type DateFormat } from "@/scripts/synth/dates";
import { randomBridgeLetterSpec } from "@/scripts/synth/generate-bridge-letter";
import { randomIsoCertificateSpec } from "@/scripts/synth/generate-iso-certificate";
import { randomSoc2Spec } from "@/scripts/synth/soc2-spec";
import { VARIATIONS, variation, type SynthDocument } from "@/scripts/synth/variations";

const SOC2_PAGES = 12;

async function pdfText(bytes: Uint8Array): Promise<{ total: number; lines: string[]; flat: string }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const r = await parser.getText();
    const lines = r.text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    return { total: r.total, lines, flat: r.text.replace(/\s+/g, " ") };
  } finally {
    await parser.destroy();
  }
}

/** Text items with their page position (pdf.js user space: x right, y up). */
async function positionedItems(bytes: Uint8Array): Promise<Array<{ str: string; x: number; y: number }>> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl: `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`,
  }).promise;
  try {
    const content = await (await doc.getPage(1)).getTextContent();
    return content.items
      .filter((i) => "str" in i)
      .map((i) => ({ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number }));
  } finally {
    await doc.destroy();
  }
}

const squash = (s: string) => s.replace(/\s+/g, " ");
type Exp = Record<string, unknown> & { synthetic: Record<string, unknown> };

const made = new Map<string, Promise<SynthDocument & { expected: Exp }>>();

/** One generation per (variation, seed) for the whole file: generating is the slow part of these tests. */
function make(id: string, seed: number): Promise<SynthDocument & { expected: Exp }> {
  const key = `${id}/${seed}`;
  if (!made.has(key))
    made.set(key, variation(id).make(seed, { soc2Pages: SOC2_PAGES }) as Promise<SynthDocument & { expected: Exp }>);
  return made.get(key)!;
}

describe("synthetic variations", () => {
  it("cover the layouts issue #12 names, each once", () => {
    const ids = VARIATIONS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "soc2-cuec-table",
      "soc2-subservice-sentence",
      "soc2-categories-ampersand",
      "iso-label-above",
      "iso-two-column",
      "iso-sentence",
      "iso-cycle-dates",
      "iso-scan",
      "subprocessors-html",
    ])
      expect(ids).toContain(id);
  });

  it.each(VARIATIONS.filter((v) => !v.ocr).map((v) => v.id))(
    "%s: the same seed gives the same bytes and expected facts; another seed differs",
    async (id) => {
      const a = await make(id, 3);
      const b = await variation(id).make(3, { soc2Pages: SOC2_PAGES });
      const c = await make(id, 4);
      expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
      expect(b.expected).toEqual(a.expected);
      expect(c.expected).not.toEqual(a.expected);
      expect(a.expected.synthetic.variation).toBe(id);
      expect(a.expected.document).toBe(a.filename);
    },
    60_000,
  );
});

describe("ISO certificate variations print their expected facts", () => {
  const seeds = [1, 2, 3];
  const dates = (e: Exp) => (iso: string) => formatDate(iso, e.synthetic.date_format as DateFormat);

  it("bridge-styles: seeds 1–5 draw each style once and print the report's auditor, period and the letter's date", async () => {
    const styles = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      const { bytes, expected: e } = await make("bridge-styles", seed);
      const { flat } = await pdfText(bytes);
      const d = (iso: string) => formatDate(iso, randomBridgeLetterSpec(seed).dateFormat);
      const report = e.referenced_report as { auditor: string; period_end: string };
      expect(flat).toContain(report.auditor);
      expect(flat).toContain(d(report.period_end));
      expect(flat).toContain(d(e.letter_date_as_printed as string));
      styles.add(String(e.how_filled).match(/style "(\w+)"/)![1]!);
    }
    expect(styles.size).toBe(5);
  });

  it.each(["iso-table", "iso-label-above", "iso-two-column", "iso-sentence", "iso-cycle-dates", "iso-date-meanings"])(
    "%s: every expected value is in the text layer",
    async (id) => {
      for (const seed of seeds) {
        const { bytes, expected: e } = await make(id, seed);
        const { total, flat } = await pdfText(bytes);
        expect(total).toBe(1);
        const d = dates(e);
        for (const v of [e.certificate_holder, e.certificate_number, e.certification_body, e.accreditation_body])
          expect(flat).toContain(v as string);
        expect(flat).toContain(`ISO/IEC 27001:${e.standard_version as string}`);
        expect(flat).toContain(squash(e.scope_statement as string));
        for (const iso of [e.issue_date, e.original_certification_date, e.expiry_date, ...(e.surveillance_due as [])])
          expect(flat).toContain(d(iso as string));
      }
    },
    60_000,
  );

  it("label above value: the number's label is alone on its line and the number on the next", async () => {
    for (const id of ["iso-label-above", "iso-two-column"]) {
      const { bytes, expected: e } = await make(id, 5);
      const { lines } = await pdfText(bytes);
      const at = lines.indexOf("Certificate number");
      expect(at, id).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1]).toBe(e.certificate_number);
    }
    // The one-line layout keeps label and value together, so the check above can fail.
    const { lines } = await pdfText((await make("iso-table", 5)).bytes);
    expect(lines).not.toContain("Certificate number");
  });

  it("two columns: the scope heading and the number's label start on one baseline, in two columns", async () => {
    for (const id of ["iso-two-column", "iso-label-above"]) {
      const items = await positionedItems((await make(id, 6)).bytes);
      const scope = items.find((i) => i.str === "Scope of certification:")!;
      const number = items.find((i) => i.str === "Certificate number")!;
      const twoColumns = Math.abs(scope.y - number.y) < 1 && number.x - scope.x > 200;
      // Only the two-column layout passes, so the check can fail.
      expect(twoColumns, id).toBe(id === "iso-two-column");
    }
  });

  it("sentence form: the body certifies the holder in one sentence, with no holder label", async () => {
    for (const seed of seeds) {
      const { bytes, expected: e } = await make("iso-sentence", seed);
      const { flat } = await pdfText(bytes);
      expect(flat).toContain(
        `${e.certification_body as string} certifies that the information security management system of ${e.certificate_holder as string}, `,
      );
      expect(flat).not.toMatch(/This is to certify|holder/i);
    }
  });

  it("six dates: each printed beside its own label, and the expiry is not the previous cycle's", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { bytes, expected: e } = await make("iso-cycle-dates", seed);
      const { lines } = await pdfText(bytes);
      const d = dates(e);
      const line = (label: RegExp) => lines.find((l) => label.test(l)) ?? "";
      expect(line(/^(Certificate )?valid from/i)).toContain(d(e.valid_from as string));
      expect(line(/^(Original certification date|Certified since|Initial certification date)/)).toContain(
        d(e.original_certification_date as string),
      );
      expect(line(/^(Date of issue|Issue date)/)).toContain(d(e.issue_date as string));
      expect(line(/last cycle|previous cycle|last certification cycle/i)).toContain(
        d(e.last_cycle_expiry_date as string),
      );
      expect(line(/^Recertification/)).toContain(d(e.recertification_due as string));
      expect(line(/^(Expiry date|Certificate expiry|Valid until|Expiration date):/)).toContain(
        d(e.expiry_date as string),
      );
      const order = [e.original_certification_date, e.valid_from, e.last_cycle_expiry_date, e.expiry_date] as string[];
      expect([...order].sort()).toEqual(order);
      expect(e.surveillance_due).toEqual([]);
    }
  });

  it("dates whose labels share words: each printed with its own value, a validity range in some seeds", async () => {
    let ranges = 0;
    const labels = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { bytes, expected: e } = await make("iso-date-meanings", seed);
      const { flat } = await pdfText(bytes);
      const d = dates(e);
      for (const iso of [e.valid_from, e.last_cycle_expiry_date, e.recertification_due] as string[])
        expect(flat).toContain(d(iso));
      const range = `${d(e.valid_from as string)} – ${d(e.expiry_date as string)}`;
      if (flat.includes(range) || flat.includes(range.replace("–", "-"))) ranges++;
      for (const l of ["Original issue date", "Initial issue date", "Previous expiry date", "Recertification due date"])
        if (flat.includes(l)) labels.add(l);
    }
    expect(ranges).toBeGreaterThan(0);
    expect(labels.size).toBeGreaterThan(1);
  }, 60_000);

  it("asking for a layout or the six dates leaves the seed's other draws unchanged", () => {
    for (const seed of [1, 2, 3]) {
      const base = randomIsoCertificateSpec(seed);
      for (const o of [{ layout: "sentence" as const }, { dateFields: "cycle_history" as const }]) {
        const v = randomIsoCertificateSpec(seed, o);
        for (const k of ["holder", "certificateNumber", "certificationBody", "scope", "sites", "dateFormat"] as const)
          expect(v[k]).toEqual(base[k]);
      }
    }
  });

  it("image-only scan: the same facts as the one-line layout, and no text layer", async () => {
    const scan = await make("iso-scan", 7);
    const plain = await make("iso-table", 7);
    const { synthetic: s1, document: d1, ...a } = scan.expected;
    const { synthetic: s2, document: d2, ...b } = plain.expected;
    expect(a).toEqual(b);
    expect([s1.variation, s2.variation, d1 === d2]).toEqual(["iso-scan", "iso-table", false]);
    expect((await pdfText(scan.bytes)).flat.replace(/-- 1 of 1 --/, "").trim()).toBe("");
  }, 60_000);
});

describe("SOC 2 variations print their expected facts", () => {
  it("numbered CUEC table: one numbered row per expected CUEC, in order", async () => {
    for (const seed of [3, 4]) {
      const { bytes, expected: e } = await make("soc2-cuec-table", seed);
      const { flat } = await pdfText(bytes);
      const items = (e.cuecs as { items: { text: string }[] }).items;
      expect(items.length).toBeGreaterThan(0);
      let from = flat.indexOf("Complementary User Entity Control Related Criteria");
      expect(from).toBeGreaterThan(0);
      items.forEach((item, i) => {
        const at = flat.indexOf(`${i + 1} ${item.text.slice(0, 40)}`, from);
        expect(at, `CUEC ${i + 1}`).toBeGreaterThan(from);
        from = at;
      });
    }
  }, 60_000);

  it("subservice organisations in one run-on sentence: every expected one, no table", async () => {
    for (const seed of [3, 4]) {
      const { bytes, expected: e } = await make("soc2-subservice-sentence", seed);
      const { flat } = await pdfText(bytes);
      const orgs = e.subservice_organizations as { name: string; service: string }[];
      expect(orgs.length).toBeGreaterThanOrEqual(2);
      const sentence = /\buses (.+?) to deliver the /.exec(flat)?.[1] ?? "";
      for (const o of orgs) expect(sentence).toContain(`${o.name} for `);
      expect(flat).not.toContain("Subservice Organization Services Provided");
    }
  }, 60_000);

  it('categories in one phrase: "Security, Availability & Confidentiality" holds every expected category', async () => {
    for (const seed of [3, 4]) {
      const { bytes, expected: e } = await make("soc2-categories-ampersand", seed);
      const { flat } = await pdfText(bytes);
      const cats = e.trust_services_categories as string[];
      expect(cats.length).toBeGreaterThanOrEqual(3);
      const phrase = `relevant to ${cats.slice(0, -1).join(", ")} & ${cats.at(-1)!} (applicable`;
      expect(flat.includes(phrase), phrase).toBe(true);
    }
  }, 60_000);

  it("every SOC 2 variation has its page count, and asking for one leaves the other draws unchanged", async () => {
    for (const id of ["soc2", "soc2-cuec-table", "soc2-subservice-sentence", "soc2-categories-ampersand"]) {
      const { bytes, expected: e } = await make(id, 3);
      expect((await pdfText(bytes)).total, id).toBe(e.synthetic.page_count);
    }
    for (const seed of [1, 2, 3, 4]) {
      const base = randomSoc2Spec(seed);
      for (const o of [
        { subserviceLayout: "sentence" as const },
        { categoryPhrase: "ampersand" as const },
        { cuecLayout: "table" as const },
      ]) {
        const v = randomSoc2Spec(seed, o);
        for (const k of ["serviceOrganization", "systemName", "auditor", "cuecs", "exceptions", "reportDate"] as const)
          expect(v[k]).toEqual(base[k]);
      }
    }
  }, 60_000);
});

describe("sub-processor list as an HTML table inside Markdown", () => {
  it("puts every expected sub-processor, purpose and location in a <td> of one <table>", async () => {
    for (const seed of [1, 2, 3]) {
      const { bytes, expected: e } = await make("subprocessors-html", seed);
      const md = new TextDecoder().decode(bytes);
      expect(md.match(/<table\b/g)?.length).toBe(1);
      expect(md).not.toMatch(/^\|/m);
      const cells = [...md.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) =>
        m[1]!.trim().replace(/&lt;/g, "<").replace(/&amp;/g, "&"),
      );
      for (const s of e.subprocessors as { name: string; purpose: string; processing_locations: string[] }[]) {
        expect(cells).toContain(s.name);
        expect(cells).toContain(s.purpose);
      }
    }
  });
});
