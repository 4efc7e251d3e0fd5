import { describe, expect, it } from "vitest";
import { judgeIdentity, normaliseDomains } from "./identity";

const policy = { allowedDomains: ["acme.example"] };

describe("judgeIdentity", () => {
  it("accepts a verified address of an allowed domain, any case", () => {
    expect(judgeIdentity({ email: "Ann@ACME.example", email_verified: true, name: "Ann", sub: "1" }, policy)).toEqual({
      ok: true,
      email: "ann@acme.example",
      name: "Ann",
      subject: "1",
    });
  });
  it.each([
    [{ email_verified: true }, "no-email"],
    [{ email: "ann@acme.example" }, "email-not-verified"],
    [{ email: "ann@acme.example", email_verified: "true" }, "email-not-verified"],
    [{ email: "eve@evil.example", email_verified: true }, "domain-not-allowed"],
    [{ email: "eve@sub.acme.example", email_verified: true }, "domain-not-allowed"],
    [{ email: "eve@acme.example.evil.example", email_verified: true }, "domain-not-allowed"],
  ])("refuses %j (%s)", (claims, reason) => {
    expect(judgeIdentity(claims, policy)).toMatchObject({ ok: false, reason });
  });
  it("normalises a typed list of domains", () => {
    expect(normaliseDomains(" Acme.example, @acme.example\nother.example ")).toEqual(["acme.example", "other.example"]);
  });
});
