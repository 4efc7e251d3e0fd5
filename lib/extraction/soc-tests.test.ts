// Management's responses to exceptions, on made-up text: the response is the text after the deviation as
// printed (however the deviation's cell wraps), and stops at the end of its page (never the auditor's back cover).
import { describe, expect, it } from "vitest";
import { findControlTests } from "./soc-tests";
import { buildTextIndex } from "./text-index";

const testsPage = [
  "CC6.1 The entity implements logical access security software.",
  "Access to the database is restricted to authorised staff.",
  "Inspected the access listing to determine access is restricted.",
  "Exception noted. 2 of",
  "25 sampled accounts",
  "belonged to former",
  "staff.",
].join("\n");
const responsePage = [
  "Management Response to Exceptions Identified in the Report",
  "CC6.1",
  "Access to the database is restricted to authorised staff.",
  "Exception noted. 2 of 25 sampled",
  "accounts belonged to former",
  "staff.",
  "The accounts were removed on discovery and a quarterly",
  "access review now covers the database.",
].join("\n");
const backCover = "Audit | Tax | Advisory\nFor a complete listing of our offices, please visit our website";

describe("management's response to an exception", () => {
  it("starts after the deviation however its cell wraps, and ends with its page", () => {
    const fact = findControlTests(
      buildTextIndex({ pages: [testsPage, responsePage, backCover], filename: "x", format: "text" }),
      "type_2",
    );
    const [exception] = fact.value!.exceptions;
    expect(exception!.deviation).toBe("2 of 25 sampled accounts belonged to former staff.");
    expect(exception!.management_response).toBe(
      "The accounts were removed on discovery and a quarterly access review now covers the database.",
    );
  });
});
