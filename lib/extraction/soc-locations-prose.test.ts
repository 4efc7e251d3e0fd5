// Made-up text (soc10 dev set's half A).
import { describe, expect, it } from "vitest";
import { readAs } from "./test-support/read-as";

describe("locations told in a sentence about the organisation's people or own sites", () => {
  it("reads 'supported by staff in City, Region and City, Country.'", () => {
    const r = readAs(
      "soc2_report",
      "The system is supported by staff in Columbus, Ohio and Kraków, Poland.\nThe system is hosted in Microsoft Azure.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Columbus, Ohio", "Kraków, Poland"]);
  });

  it("reads a city-state and a name with a small word, and not a hosting provider's data centres", () => {
    const r = readAs("soc2_report", "The company operates from offices in Singapore and Kuala Lumpur, Malaysia.");
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Singapore", "Kuala Lumpur, Malaysia"]);
    const own = readAs(
      "soc2_report",
      "Both services run in the company's own data centres in Frankfurt am Main and Berlin.",
    );
    expect(own.facts["in_scope.locations"]!.value).toEqual(["Frankfurt am Main", "Berlin"]);
    const hosted = readAs(
      "soc2_report",
      "The gateway is hosted in data centres operated by Noordhaven Hosting B.V. in Amsterdam and Rotterdam.",
    );
    expect(hosted.facts["in_scope.locations"]!.value ?? []).toEqual([]);
    const from = readAs("soc2_report", "Customer support for the system is operated from Galway, Ireland.");
    expect(from.facts["in_scope.locations"]!.value).toEqual(["Galway, Ireland"]);
  });
});

describe("a head office told in a sentence", () => {
  it("reads 'is headquartered in City, State'", () => {
    const r = readAs(
      "soc2_report",
      "Company Background\nCalloway Systems, Inc. is headquartered in Norfolk, Virginia.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Norfolk, Virginia"]);
  });
});

describe("the organisation's own data centre and its recovery site in one sentence", () => {
  it("reads both places, each with its region", () => {
    const r = readAs(
      "soc2_report",
      "Infrastructure\nThe production environment runs in Harlow's own data centre in Leeds, United Kingdom, with a recovery site in Manchester, United Kingdom.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Leeds, United Kingdom", "Manchester, United Kingdom"]);
  });
});

describe("a list of places broken over two lines", () => {
  it("reads 'run from offices in City, Country and City,⏎Country;'", () => {
    const r = readAs(
      "soc2_report",
      "The gateway serves retailers in Ireland. Operations are run from offices in Bristol, United Kingdom and Cardiff,\nUnited Kingdom; hardware sits in a colocation facility.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Bristol, United Kingdom", "Cardiff, United Kingdom"]);
  });
});

describe("several sentences name places", () => {
  it("gives the sentence that names the most ('performed from its offices in …' after 'headquartered in …')", () => {
    const r = readAs(
      "soc2_report",
      "Harlow Systems, Inc. is headquartered in Boise, Idaho. Operations and support for the system are performed from Harlow's offices in\nBoise, Idaho and Porto, Portugal.",
    );
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Boise, Idaho", "Porto, Portugal"]);
  });
});

describe("a place in three parts", () => {
  it("reads 'based in City, Region, Country.' as one place", () => {
    const r = readAs("soc2_report", "Engineering and support are based in Monterrey, Nuevo León, Mexico.");
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Monterrey, Nuevo León, Mexico"]);
  });
});

describe("a place after a street address", () => {
  it("reads 'work from a single office at 400 Congress Avenue, Austin, Texas.' as Austin, Texas", () => {
    const r = readAs("soc2_report", "Staff work from a single office at 210 Harbour Street, Portland, Maine.");
    expect(r.facts["in_scope.locations"]!.value).toEqual(["Portland, Maine"]);
  });
});
