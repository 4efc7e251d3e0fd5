// Labels printed over several lines and the values beside them, by position (label-blocks.ts, layout.ts).
import { describe, expect, it } from "vitest";
import { buildPage, labelValues, valueInColumn, type RawItem } from "./layout";
import { cellsBeside, labelBlocks } from "./label-blocks";

// [text, x, baseline y from the top, size]: about half a size wide per character.
const at = (text: string, x: number, y: number, size = 10): RawItem => [text, x, y, text.length * size * 0.5, size, 0];

describe("label blocks", () => {
  // An HTML table: label cells wrap in a narrow column, values are centred vertically beside them; rows are padded.
  const centred = buildPage({
    width: 600,
    height: 800,
    items: [
      at("Certificate", 100, 200, 9.5),
      at("number", 100, 211, 9.5),
      at("PDS/27001/0458", 200, 206, 12),
      at("Date of", 100, 240, 9.5),
      at("original", 100, 251, 9.5),
      at("certification", 100, 262, 9.5),
      at("4 November 2019", 200, 251, 12),
      at("Previous", 100, 290, 9.5),
      at("certificate", 100, 301, 9.5),
      at("valid until", 100, 312, 9.5),
      at("3 November 2025", 200, 301, 12),
      at("Scope of", 100, 357, 9.5),
      at("certification", 100, 368, 9.5),
      ...["Managed desktop and", "identity services for", "public sector customers", "and their schools."].map((t, i) =>
        at(t, 200, 341 + i * 14, 12),
      ),
    ],
  });

  it("keeps a table with centred values as rows (not two columns) and groups each wrapped label", () => {
    expect(centred.text.split("\n")[0]).toBe("Certificate");
    // (The value column's stacked lines make blocks too; only the label column's are looked at here.)
    const labels = labelBlocks(centred).filter((b) => b.parts[0]!.cell.x0 < 150);
    expect(labels.map((b) => b.text)).toEqual([
      "Certificate number",
      "Date of original certification",
      "Previous certificate valid until",
      "Scope of certification",
    ]);
  });

  it("pairs a wrapped label with the value centred beside it, and says which words the label had", () => {
    const [hit] = labelValues([centred], /date\s*of\s*original\s*certification/i, /\d{1,2} \w+ \d{4}/);
    expect(hit?.value[0]).toBe("4 November 2019");
    const [prev] = labelValues([centred], /valid\s*until/i, /\d{1,2} \w+ \d{4}/);
    expect(prev?.value[0]).toBe("3 November 2025");
    expect(prev?.block?.text).toBe("Previous certificate valid until");
  });

  it("reads a multi-line value centred beside a wrapped label", () => {
    const v = valueInColumn([centred], /^scope\s*of\s*certification$/i, 20);
    expect(v?.texts.join(" ")).toBe(
      "Managed desktop and identity services for public sector customers and their schools.",
    );
  });

  it("ends a block at the next row's label line that has a value of its own (rows as close as wrapped lines)", () => {
    // A word processor's table: no row padding; the first label wraps, its value is on its first line.
    const word = buildPage({
      width: 600,
      height: 800,
      items: [
        at("Zertifikat-Nr. / Certificate no.", 60, 300),
        at("CH-ISMS-7712", 300, 300),
        at("Erstzertifizierung / Initial", 60, 313),
        at("12.06.2018", 300, 313),
        at("certification", 60, 326),
        at("Ausstellungsdatum / Date of issue", 60, 339),
        at("30.05.2024", 300, 339),
      ],
    });
    const labels = labelBlocks(word).filter((b) => b.parts[0]!.cell.x0 < 150);
    expect(labels.map((b) => b.text)).toEqual(["Erstzertifizierung / Initial certification"]);
    const [b] = labels;
    expect(cellsBeside(word, b!).map((c) => c.cell.text)).toEqual(["12.06.2018"]);
    const [hit] = labelValues([word], /initial\s*certification/i, /\d\d\.\d\d\.\d{4}/);
    expect(hit?.value[0]).toBe("12.06.2018");
  });

  it("reads a bilingual label stacked in two lines, the value on the first line's baseline", () => {
    const stacked = buildPage({
      width: 600,
      height: 800,
      items: [
        at("Ausgabedatum", 70, 400),
        at("Date of issue", 70, 410, 8),
        at("02.05.2026", 240, 400),
        at("Gültig bis", 70, 436),
        at("Valid until", 70, 446, 8),
        at("08.05.2029", 240, 436),
      ],
    });
    const hits = labelValues([stacked], /date\s*of\s*issue/i, /\d\d\.\d\d\.\d{4}/);
    expect(hits.map((h) => h.value[0])).toEqual(["02.05.2026"]);
  });

  it("reads a header row's wrapped label cells over the row of values below them", () => {
    const grid = buildPage({
      width: 600,
      height: 800,
      items: [
        at("N° de certificat /", 57, 359),
        at("Date de", 182, 359),
        at("Date d'émission /", 306, 359),
        at("Certificate no.", 57, 372),
        at("certification", 182, 372),
        at("Issue date", 306, 372),
        at("initiale / Initial", 182, 385),
        at("certification", 182, 398),
        at("CQF-2024-11873", 57, 411),
        at("19/09/2018", 182, 411),
        at("16/09/2024", 306, 411),
      ],
    });
    const date = /\d\d\/\d\d\/\d{4}/;
    expect(labelValues([grid], /initial\s*certification/i, date).map((h) => h.value[0])).toEqual(["19/09/2018"]);
    expect(labelValues([grid], /issue\s*date/i, date).map((h) => h.value[0])).toEqual(["16/09/2024"]);
    expect(labelValues([grid], /certificate\s*no\./i, /[A-Z]{3}-\d{4}-\d+/).map((h) => h.value[0])).toEqual([
      "CQF-2024-11873",
    ]);
  });
});
