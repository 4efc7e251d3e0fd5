// Made-up text: subservice organisations named in one sentence, and sub-processor lists, in forms blind-11/12 printed.
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";
import { listRows, readList } from "./test-support/read-list";
import { subprocessorsFromPdfTable } from "./subprocessor-pdf-table";
import { layoutOf, positionedDocument } from "./test-support/table-pages";

const names = (text: string) =>
  (readAs("soc2_report", text).facts["subservice_organizations"]!.value as { name: string }[]).map((s) => s.name);

describe("subservice organisations named in one sentence (fix11)", () => {
  it("splits 'excludes controls of A and B Inc.' and stops at the next sentence", () => {
    expect(
      names(
        "Brovan uses Larchmont Corporation (Larchmont Cloud) to host the Ledger System and Quillon Inc. to send\nemail alerts. The description includes only the controls of Brovan and excludes controls of Larchmont Cloud and\nQuillon Inc. Our examination did not extend to controls of these subservice organizations.",
      ),
    ).toEqual(["Larchmont Corporation (Larchmont Cloud)", "Quillon Inc."]);
  });

  it("reads 'uses A for x and B, Inc. for y (product)' when A has no legal form", () => {
    expect(
      names(
        "Subservice organizations Brovan uses Harlow Cloud Platform for infrastructure hosting and Pennant, Inc. for a managed queue (Pennant Relay). The description excludes the controls of these subservice organizations, which is known as the carve-out method.",
      ),
    ).toEqual(["Harlow Cloud Platform", "Pennant, Inc."]);
  });

  it("reads 'uses A to host x and B Inc. to deliver y'", () => {
    expect(
      names(
        "Brovan uses Larchmont Cloud to host the Ledger in the North region and Quillon Inc. to deliver one-time codes by SMS. The description excludes the controls of these subservice organisations; this report was prepared using the carve-out method.",
      ),
    ).toEqual(["Larchmont Cloud", "Quillon Inc."]);
  });
});

describe("sub-processor lists (fix11)", () => {
  it("does not count the cards under a 'Former sub-processors' heading", () => {
    const card = (n: string, p: string, l: string) =>
      `<div class="card"><h3>${n}</h3><dl><dt>Purpose</dt><dd>${p}</dd><dt>Where data is processed</dt><dd>${l}</dd></dl></div>`;
    const html = `<html><body><h1>Sub-processors</h1><section><h2>Current sub-processors</h2>${card("Cloud Co GmbH", "Hosting", "Germany")}${card("Mail Co SAS", "Email", "France")}</section><section><h2>Former sub-processors</h2><p>No longer used.</p>${card("Old Post Inc.", "Email", "United States")}</section></body></html>`;
    expect(listRows(readList(html, "list.html")).map((r) => r.name)).toEqual(["Cloud Co GmbH", "Mail Co SAS"]);
  });

  it("reads a bullet's indented 'Location:' line as its location", () => {
    const md = `# Sub-processors\n\nAcme uses the sub-processors below.\n\n## Infrastructure\n\n- **Cloud Co Limited** — Hosting of the service\n  Location: Germany (Frankfurt)\n- **Mail Co SAS** — Transactional email (Post Relay)\n  Location: France\n- **Model Co Ltd** — Text classification\n  Location: Ireland / USA[^2]\n\n[^2]: Transfers rely on the DPF.\n`;
    expect(listRows(readList(md, "list.md"))).toEqual([
      { name: "Cloud Co Limited", purpose: "Hosting of the service", location: "Germany (Frankfurt)" },
      { name: "Mail Co SAS", purpose: "Transactional email (Post Relay)", location: "France" },
      { name: "Model Co Ltd", purpose: "Text classification", location: "Ireland / USA" },
    ]);
  });

  it("still reads the first bullet's place in brackets when no place is labelled", () => {
    const md = `Acme uses the following sub-processors.\n\n- **Cloud Co Ltd.** — Error monitoring (United States, Ireland)\n- **Mail Co GmbH** — Email (Germany)\n`;
    expect(listRows(readList(md, "list.md")).map((r) => r.location)).toEqual(["United States, Ireland", "Germany"]);
  });

  it("reads a PDF list grouped by region, one table per group with its header again", () => {
    const S = 8.4;
    const line = (gap: number, ...cells: [string, number][]) => ({ cells, size: S, gap });
    const header = (gap: number) => line(gap, ["Sub-processor", 55], ["Purpose", 257], ["Location of processing", 427]);
    const entry = (a: string, b: string, c: string) => line(11.4, [a, 55], [b, 257], [c, 427]);
    const doc = positionedDocument(
      layoutOf([
        line(0, ["Acme engages the following sub-processors.", 55]),
        line(22.8, ["United States", 55]),
        header(11.4),
        entry("Cloud Co, LLC", "Hosting", "United States"),
        entry("Text Co Inc.", "SMS reminders", "United States"),
        entry("Mail Co²", "Email", "United States"),
        line(22.8, ["European Union / EEA", 55]),
        header(11.4),
        entry("Backup Co SARL", "Backups", "Ireland"),
        line(22.8, ["Other", 55]),
        header(11.4),
        entry("Books Co Ltd.", "Invoicing", "Canada"),
      ]),
    );
    expect(subprocessorsFromPdfTable(doc)?.rows.map((r) => r.name)).toEqual([
      "Cloud Co, LLC",
      "Text Co Inc.",
      "Mail Co",
      "Backup Co SARL",
      "Books Co Ltd.",
    ]);
  });
});
