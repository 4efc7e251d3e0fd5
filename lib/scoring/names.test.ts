import { describe, expect, it } from "vitest";
import { entityKey, normalizeText, orgNamesMatch, textMentions } from "./names";
import { countriesIn } from "./geo";

describe("names", () => {
  it.each([
    ["Amazon Web Services, Inc.", "AWS", true],
    ["Amazon Web Services (AWS)", "Amazon Web Services Inc (AWS)", true],
    ["Microsoft (Azure)", "Microsoft Azure", true],
    ["Google Cloud Platform (GCP)", "Google Cloud", true],
    ["The Rocket Science Group LLC d/b/a Mailchimp", "Mailchimp", true],
    ["Google LLC", "Google Analytics", false],
    ["Amazon Web Services", "Microsoft Azure", false],
  ])("%s ~ %s -> %s", (a, b, expected) => {
    expect(orgNamesMatch(a, b)).toBe(expected);
    expect(orgNamesMatch(b, a)).toBe(expected);
  });

  it("strips invisible direction marks, ligatures and marks", () => {
    expect(normalizeText("\u202aCertiﬁcate\u202c  MC SİSTEM")).toBe("certificate mc sistem");
  });

  it("keys legal entities without legal forms or spaces", () => {
    expect(entityKey("AXISPHERE MEDIA WORX LLP")).toBe(entityKey("Axisphere Mediaworx"));
    expect(entityKey("GSI, Inc.")).toBe("gsi");
  });

  it.each([
    ["Genius AI and RapidReconciler® systems", "RapidReconciler", true],
    ["Genius AI and RapidReconciler® systems", "Genius AI", true],
    ["Mailing service", "AI", false],
  ])("textMentions(%s, %s) = %s", (text, name, expected) => {
    expect(textMentions(text, name)).toBe(expected);
  });

  it("finds countries in place names", () => {
    expect(countriesIn("Boston, MA United States")).toEqual([{ name: "United States", region: "US" }]);
    expect(countriesIn("Dublin, Ireland")).toEqual([{ name: "Ireland", region: "EU" }]);
    expect(countriesIn("Santa Clara, CA")).toEqual([]);
  });
});

describe("legal entities and scripts", () => {
  it.each([
    ["Acme GmbH", "Acme Ltd", false],
    ["Acme GmbH", "Acme, Inc.", false],
    ["Acme Ltd", "Acme, Inc.", false],
    ["Acme, Inc.", "Acme Incorporated", true],
    ["Acme Ltd", "Acme Limited", true],
    ["Acme", "Acme GmbH", true],
    ["株式会社テスト", "株式会社サンプル", false],
    ["株式会社テスト", "株式会社テスト", true],
    ["Компания Альфа", "Компания Бета", false],
  ])("%s ~ %s -> %s", (a, b, expected) => {
    expect(orgNamesMatch(a, b)).toBe(expected);
    expect(orgNamesMatch(b, a)).toBe(expected);
  });

  it("keeps letters of every script and tells voiced kana apart", () => {
    expect(normalizeText("株式会社 テスト!")).toBe("株式会社 テスト");
    expect(entityKey("カイシャ")).not.toBe(entityKey("ガイシャ"));
    expect(entityKey("Ｆｕｌｌｗｉｄｔｈ Ltd")).toBe("fullwidth");
  });
});

describe("private limited companies", () => {
  it("reads 'Pvt. Ltd.' and 'Private Limited' as one legal form", () => {
    const match = orgNamesMatch;
    expect(match("WALKOVER WEB SOLUTIONS PVT. LTD.", "Walkover Web Solutions Private Limited")).toBe(true);
    expect(match("Acme Pte. Ltd.", "Acme Private Limited")).toBe(true);
    expect(match("Private Internet Access, Inc.", "Internet Access, Inc.")).toBe(false);
  });
});
