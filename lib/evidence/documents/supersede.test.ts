import { describe, expect, it } from "vitest";
import { supersedeRefusal, supersedeSuggestions, type Versioned } from "./supersede";

const doc = (id: string, family: string | null, date: string | null, uploadedAt = "2026-01-01"): Versioned => ({
  id,
  filename: `${id}.pdf`,
  family,
  date,
  uploadedAt,
});

describe("superseding a document with its newer version", () => {
  it("suggests the newest of each kind for every older one, never across kinds", () => {
    const docs = [
      doc("soc2-2024", "soc2_report", "2024-09-30"),
      doc("soc2-2025", "soc2_report", "2025-09-30"),
      doc("soc2-2023", "soc2_report", "2023-09-30"),
      doc("iso-27001", "iso_certificate:isoiec27001", "2025-01-10"),
      doc("iso-27701", "iso_certificate:isoiec27701", "2025-06-10"),
      doc("unread", null, null),
    ];
    expect(supersedeSuggestions(docs).map(({ older, newer }) => `${older.id}->${newer.id}`)).toEqual([
      "soc2-2024->soc2-2025",
      "soc2-2023->soc2-2025",
    ]);
  });

  it.each([
    { older: doc("a", "soc2_report", "2025-09-30"), newer: doc("a", "soc2_report", "2025-09-30"), refused: /itself/ },
    {
      older: doc("a", "soc2_report", "2024-09-30"),
      newer: doc("b", "soc3_report", "2025-09-30"),
      refused: /same kind/,
    },
    {
      older: doc("a", "soc2_report", "2025-09-30"),
      newer: doc("b", "soc2_report", "2024-09-30"),
      refused: /not newer/,
    },
    { older: doc("a", "soc2_report", null), newer: doc("b", "soc2_report", "2025-09-30"), refused: /period or date/ },
    { older: doc("a", null, null), newer: doc("b", "soc2_report", "2025-09-30"), refused: /Confirm/ },
    { older: doc("a", "soc2_report", "2024-09-30"), newer: doc("b", "soc2_report", "2025-09-30"), refused: null },
  ])("$older.family $older.date by $newer.family $newer.date: $refused", ({ older, newer, refused }) => {
    const refusal = supersedeRefusal(older, newer);
    if (refused === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(refused);
  });
});
