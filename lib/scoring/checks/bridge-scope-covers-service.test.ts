import { describe, expect, it } from "vitest";
import { aBridgeLetter, aService, aVendor, run, summary } from "../testing/builders";
import { checkBridgeScopeCoversService } from "./bridge-scope-covers-service";

describe("checkBridgeScopeCoversService", () => {
  it.each([
    { label: "names the service", scope: ["Acme Payroll and Acme HR"], systems: ["Acme Payroll"], expected: [] },
    {
      label: "names other services",
      scope: ["Acme HR"],
      systems: ["Acme Payroll"],
      expected: ["medium:Bridge letter scope misses Acme Payroll"],
    },
    {
      label: "one of two systems missing",
      scope: ["Acme Payroll"],
      systems: ["Acme Payroll", "Acme Ledger"],
      expected: ["medium:Bridge letter scope misses Acme Ledger"],
    },
    {
      label: "names nothing",
      scope: null,
      systems: ["Acme Payroll"],
      expected: ["low:Could not verify a bridge letter's scope"],
    },
    { label: "space lost in extraction", scope: ["AcmePayroll platform"], systems: ["Acme Payroll"], expected: [] },
  ])("$label", ({ scope, systems, expected }) => {
    const gaps = run(checkBridgeScopeCoversService, {
      vendor: aVendor({ bridgeLetters: [aBridgeLetter({ scopeServices: scope })] }),
      service: aService({ systems }),
    });
    expect(summary(gaps)).toEqual(expected);
  });
});
