// Rules read from measured failures on the blind-11 and blind-12 sets (certificates and bridge letters). Every text
// here is made up; each case failed before its rule.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

const value = (r: ReturnType<typeof readAs>, key: string) =>
  (r.facts as Record<string, { value: unknown }>)[key]?.value;

describe("a certificate's footer sentence 'Issued by …'", () => {
  it("names the certification body up to its last legal form, before the address", () => {
    const r = readAs(
      "iso_certificate",
      [
        "CERTIFICATE",
        "This is to certify that the Information Security Management System of",
        "Pallavi Ledger Systems Pvt. Ltd.",
        "12 MG Road, Bengaluru 560001, India",
        "has been assessed and found to conform to the requirements of",
        "ISO/IEC 27001:2022",
        "Certificate No. PL-7781",
        "Issued by Korvane Audit Services Pvt. Ltd., 3rd Floor, Lotus Plaza, Chennai 600002, India. Accredited by the",
        "National Accreditation Board for Certification Bodies (NABCB).",
      ].join("\n"),
    );
    expect(value(r, "certification_body")).toMatch(/^Korvane Audit Services Pvt\. Ltd\.?$/);
  });
});

const LETTER = [
  "Harrowgate Freight Software, Inc.",
  "200 Main Street, Boise, ID 83702",
  "SOC 2 BRIDGE LETTER",
  "Service auditor: Pell & Quarry LLP",
  "Period examined: January 1, 2025 to December 31, 2025",
  "Bridge period: January 1, 2026 through June 30, 2026",
  "Harrowgate Freight Software, Inc. provides this letter to cover the period after the most recent examination.",
  "Management confirms that, through June 30, 2026, there have been no material changes to the controls",
  "described in the report, except as follows:",
  "• In March 2026 payroll processing moved from an internally hosted",
  "application to a hosted provider. Access uses the existing sign-on.",
  "Management is not aware of any other changes that would affect the opinion.",
  "Sincerely,",
  "Mara Ellison",
  "Director, Compliance",
  "Boise, Idaho - 07/14/2026",
].join("\n");

describe("a bridge letter", () => {
  const r = readAs("bridge_letter", LETTER);

  it("reads the change listed after 'except as follows:', a bullet wrapped onto unindented lines", () => {
    expect(value(r, "material_changes_disclosed")).toBe(
      "In March 2026 payroll processing moved from an internally hosted application to a hosted provider. Access uses the existing sign-on.",
    );
  });

  it("reads the letter's date printed with its place under the signature", () => {
    expect(value(r, "letter_date")).toBe("2026-07-14");
  });

  it("does not take a place-dated line far from the signature for the letter's date", () => {
    const far = readAs(
      "bridge_letter",
      LETTER.replace("Boise, Idaho - 07/14/2026", "").replace(
        "SOC 2 BRIDGE LETTER",
        "SOC 2 BRIDGE LETTER\nSee our notice.\nBoise, Idaho - 01/02/2026\nMore text.",
      ),
    );
    expect(value(far, "letter_date")).toBeNull();
  });
});

describe("a certificate number OCR read", () => {
  it("puts back a capital I or O read as 1 or 0 inside a part of capitals", async () => {
    const { repairCodeLetters } = await import("./ocr-code-letters");
    expect(repairCodeLetters("KTR-1S-40917")).toBe("KTR-IS-40917");
    expect(repairCodeLetters("QC/0HS/2211")).toBe("QC/OHS/2211");
  });

  it("leaves parts of digits and parts with more than one digit as printed", async () => {
    const { repairCodeLetters } = await import("./ocr-code-letters");
    expect(repairCodeLetters("ACC-27K-00912")).toBe("ACC-27K-00912");
    expect(repairCodeLetters("IS 610023")).toBe("IS 610023");
    expect(repairCodeLetters("A1-B2")).toBe("A1-B2");
  });
});

describe("a SOC 2 description with run-in headings", () => {
  const description = (changes: string) =>
    [
      "Section 3 - Description of the System",
      "Services. The system consists of one service, Lumen Billing, used by dental clinics.",
      `Significant changes. ${changes}`,
      "Complementary user entity controls. User entities are responsible for approving their staff.",
    ].join("\n");

  it("reads the change told after 'Significant changes.'", () => {
    const r = readAs(
      "soc2_report",
      description("In May 2025, Lumen moved its database to a second region\nrun by Halcyra Cloud, Inc."),
    );
    expect(value(r, "significant_changes")).toBe(
      "In May 2025, Lumen moved its database to a second region run by Halcyra Cloud, Inc.",
    );
  });

  it("reads 'None' when the paragraph says there were none", () => {
    const r = readAs("soc2_report", description("There were no significant changes to the system in 2025."));
    expect(value(r, "significant_changes")).toBe("None");
  });
});

describe("a bilingual label whose translation wraps onto the next line", () => {
  it("reads the date under the label's lines", async () => {
    const { readCertificate, row } = await import("./test-support/positioned");
    const facts = readCertificate([
      [
        row(12, ["CERTIFICAT / Certificate", 60]),
        row(10, ["Ardenvale Logiciels SARL", 60]),
        row(10, ["ISO/IEC 27001:2022", 60]),
        row(9, ["N° de certificat / Certificate no.", 60], ["Date de certification initiale / Original", 300]),
        row(9, ["certification", 300]),
        row(10, ["ARV-2025-0142", 60], ["3 juin 2020", 300]),
        row(9, ["Date d'émission / Issue date", 60], ["Date d'expiration / Expiry date", 300]),
        row(10, ["2 juin 2025", 60], ["1 juin 2028", 300]),
      ],
    ]);
    expect(facts.original_certification_date).toBe("2020-06-03");
  });
});

describe("a site annex whose header row is set apart from its rows", () => {
  it("reads the rows under a header nearly four lines above the first", async () => {
    const { buildPage } = await import("./layout");
    const { siteTableRows } = await import("./site-table");
    const { layoutOf } = await import("./test-support/positioned");
    const rows = [
      { cells: [["Annex to Certificate XY-0091", 50]] as [string, number][], size: 14 },
      {
        cells: [
          ["Site", 50],
          ["Address", 150],
          ["Activities", 400],
        ] as [string, number][],
        size: 9,
        gap: 40,
      },
      {
        cells: [
          ["Head office", 50],
          ["12 Quay Street, Leeds LS1 4AB, United Kingdom", 150],
          ["Management", 400],
        ],
        size: 8.5,
        gap: 34,
      },
      {
        cells: [
          ["Data centre", 50],
          ["Rua Nova 5, 4000-100 Porto, Portugal", 150],
          ["Hosting", 400],
        ],
        size: 8.5,
        gap: 23,
      },
    ] as Parameters<typeof layoutOf>[0];
    const page = buildPage(layoutOf(rows));
    expect(siteTableRows([page]).map((r) => r.location)).toEqual([
      "Head office: 12 Quay Street, Leeds LS1 4AB, United Kingdom",
      "Data centre: Rua Nova 5, 4000-100 Porto, Portugal",
    ]);
  });
});

describe("addresses under the holder's name", () => {
  const certificate = (addresses: string[]) =>
    [
      "CERTIFICATE OF REGISTRATION",
      "This is to certify that the Information Security Management System of",
      "Brackwater Hosting Limited",
      ...addresses,
      "has been assessed and found to conform to the requirements of",
      "ISO/IEC 27001:2022",
      "Certificate No.: BH-2291",
    ].join("\n");

  it("reads one site a line when each line is a whole address ending in the same country", () => {
    const r = readAs(
      "iso_certificate",
      certificate(["2 Harbour Road, Galway H91 X2Y3, Ireland", "Kinsale Road Business Park, Cork, Ireland"]),
    );
    expect(value(r, "sites")).toEqual([
      { location: "2 Harbour Road, Galway H91 X2Y3, Ireland", activity: null },
      { location: "Kinsale Road Business Park, Cork, Ireland", activity: null },
    ]);
  });

  it("keeps an address wrapped over two lines as one site", () => {
    const r = readAs("iso_certificate", certificate(["Unit 7, Kinsale Road Business Park,", "Cork, Ireland"]));
    expect(value(r, "sites")).toEqual([
      { location: "Unit 7, Kinsale Road Business Park, Cork, Ireland", activity: null },
    ]);
  });
});

describe("a scope given inline in the certificate's language and again in English", () => {
  it("reads the English line only, as for scope labels on lines of their own", () => {
    const r = readAs(
      "iso_certificate",
      [
        "CERTIFICAT / Certificate",
        "Ardenvale Logiciels SARL",
        "ISO/IEC 27001:2022",
        "Domaine d'application : Hébergement et support de logiciels de comptabilité en mode SaaS.",
        "Scope: Hosting and support of accounting software as a service.",
        "N° de certificat / Certificate no. ARV-2025-0142",
      ].join("\n"),
    );
    expect(value(r, "scope_statement")).toBe("Hosting and support of accounting software as a service.");
  });
});
