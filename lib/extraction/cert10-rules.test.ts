// Certificate rules from the cert10 development set (issue #12: labels set beside the middle of a wrapped value,
// certificates in Portuguese and Swedish, bilingual Japanese/English forms, multi-standard certificates and
// look-alikes). Every text here is made up; each case failed on the rules before this branch.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const values = (r: { facts: unknown }) =>
  Object.fromEntries(Object.entries(r.facts as Record<string, { value: unknown }>).map(([k, f]) => [k, f?.value]));

describe("a label between the lines of its wrapped value", () => {
  it("reads the scope's lines above a label set beside its middle", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "Ashgrove Registrars Ltd certifies that",
          "Pellworth Records Ltd",
          "conforms to ISO/IEC 27001:2022",
          "Certificate No.\tAR-2210",
          "The storage and retrieval of archived business records as a service for",
          "Scope",
          "law firms and accountancy practices.",
          "Issue date\t4 March 2025",
        ].join("\n"),
      ),
    );
    expect(r.scope_statement).toBe(
      "The storage and retrieval of archived business records as a service for law firms and accountancy practices.",
    );
  });

  it("keeps a scope under its label that starts its own sentence", () => {
    const r = values(
      readAs(
        "iso_certificate",
        [
          "Ashgrove Registrars Ltd certifies that",
          "Pellworth Records Ltd",
          "conforms to ISO/IEC 27001:2022 and its extension ISO/IEC 27701:2019",
          "Scope:",
          "The storage of archived business records.",
        ].join("\n"),
      ),
    );
    expect(r.scope_statement).toBe("The storage of archived business records.");
  });
});
