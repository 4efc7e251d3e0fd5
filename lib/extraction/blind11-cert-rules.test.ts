// Certificate rules read from half A of the blind-11 set's failures (issue #12): a German certificate whose
// certifying sentence holds the scope, its certification body after "Die Zertifizierungsstelle der", and its
// accreditation body after "Akkreditiert durch die". Every text here is made up; each case failed before its rule.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const value = (r: ReturnType<typeof readAs>, key: string) =>
  (r.facts as Record<string, { value: unknown }>)[key]?.value;

const GERMAN = [
  "Harbeck Prüfdienst GmbH · Zertifizierungsstelle · Bremen",
  "ZERTIFIKAT",
  "Die Zertifizierungsstelle der Harbeck Prüfdienst GmbH bescheinigt hiermit, dass das Unternehmen",
  "Ostwind Rechenzentrum AG",
  "Speicherstraße 4, 28217 Bremen, Deutschland",
  "für den Geltungsbereich",
  "Betrieb von Rechenzentren und Managed Services für Kommunen",
  "ein Informationssicherheits-Managementsystem eingeführt hat und anwendet, das die Anforderungen der Norm",
  "ISO/IEC 27001:2022 erfüllt.",
  "Zertifikat-Registrier-Nr.: HP-27-0931",
  "Gültig bis: 03.02.2028",
  "Akkreditiert durch die Deutsche Akkreditierungsstelle GmbH (DAkkS), Registriernummer D-ZM-",
  "11111-01-00.",
].join("\n");

describe("a German certificate's sentence", () => {
  const r = readAs("iso_certificate", GERMAN);

  it("reads the scope between 'für den Geltungsbereich' and the management system the sentence goes on with", () => {
    expect(value(r, "scope_statement")).toBe("Betrieb von Rechenzentren und Managed Services für Kommunen");
  });

  it("ends the holder's address at the scope's label", () => {
    expect(value(r, "sites")).toEqual([{ location: "Speicherstraße 4, 28217 Bremen, Deutschland", activity: null }]);
  });

  it("ends the address where the sentence goes on with the management system", () => {
    const labelled = readAs(
      "iso_certificate",
      [
        "ZERTIFIKAT",
        "Die Zertifizierungsstelle der Harbeck Prüfdienst GmbH bescheinigt, dass das Unternehmen",
        "Ostwind Rechenzentrum AG",
        "Speicherstraße 4, 28217 Bremen, Deutschland",
        "ein Informationssicherheits-Managementsystem eingeführt hat und anwendet.",
        "Geltungsbereich: Betrieb von Rechenzentren.",
        "Gültig bis: 03.02.2028",
      ].join("\n"),
    );
    expect(value(labelled, "sites")).toEqual([
      { location: "Speicherstraße 4, 28217 Bremen, Deutschland", activity: null },
    ]);
  });

  it("names the certification body after 'Die Zertifizierungsstelle der'", () => {
    expect(value(r, "certification_body")).toBe("Harbeck Prüfdienst GmbH");
  });

  it("names the accreditation body after 'Akkreditiert durch die'", () => {
    expect(value(r, "accreditation_body")).toBe("Deutsche Akkreditierungsstelle GmbH (DAkkS)");
  });
});

describe("an accreditation number broken over two lines", () => {
  it("still names the body its form belongs to", () => {
    const r = readAs(
      "iso_certificate",
      [
        "CERTIFICATE",
        "Ostwind Rechenzentrum AG",
        "ISO/IEC 27001:2022",
        "Certificate number: HP-27-0931",
        "Valid until: 03.02.2028",
        "The certification body holds registration D-ZM-",
        "11111-01-00.",
      ].join("\n"),
    );
    expect(value(r, "accreditation_body")).toBe("DAkkS");
  });
});
