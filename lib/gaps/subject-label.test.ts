import { describe, expect, it } from "vitest";
import { subjectLabel } from "./subject-label";

describe("subjectLabel", () => {
  it.each([
    ["soc2-report:CC6.1,CC6.2:1f2e3d4c", "SOC 2 report · CC6.1, CC6.2"],
    ["soc2-report:CC6.1:1f2e3d4c#2", "SOC 2 report · CC6.1"],
    ["cert-isoiec27001-bg78408:dates", "ISO/IEC 27001 certificate BG78408 · dates"],
    ["cert-iso9001-a1600954:authenticity:2f844e4f", "ISO 9001 certificate A1600954 · authenticity"],
    ["cert-iso27001claimed", "ISO 27001 (claimed) certificate"],
    ["cert-unknown-ad200724056i:organisation", "Certificate AD200724056I · organisation named"],
    ["bridge-letter:consistency:c3e76698", "Bridge letter · consistency"],
    ["contracted-entity", "Contracted legal entity"],
    ["region:EU", "Region · EU"],
    ["subprocessor-list:openai", "Sub-processor list · openai"],
    ["some-new-check-subject", "some-new-check-subject"],
  ])("%s -> %s", (subject, label) => {
    expect(subjectLabel(subject)).toBe(label);
  });
});
