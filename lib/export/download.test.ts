import { describe, expect, it } from "vitest";
import { exportFileName } from "./download";
import { makeSampleReport } from "./sample-report";

describe("exportFileName", () => {
  it("names a tenant register after the tenant and a vendor report after the vendor", () => {
    expect(exportFileName(makeSampleReport(3, 0), "xlsx")).toBe("gap-register-acme-bank-zurich-2026-11-23.xlsx");
    expect(exportFileName(makeSampleReport(1, 0), "pdf")).toBe(
      "gap-register-vendor-0-societe-generale-cloud-2026-11-23.pdf",
    );
  });

  it("keeps hostile names out of the header", () => {
    const report = makeSampleReport(1, 0);
    report.vendors[0].name = '../../evil"\r\nSet-Cookie: x=1; 数据';
    report.asOf = "2026-11-23\r\nX: y";
    const name = exportFileName(report, "csv");
    expect(name).toMatch(/^[a-z0-9.-]+$/);
    expect(name).toBe("gap-register-evil-set-cookie-x-1-undated.csv");
  });
});
