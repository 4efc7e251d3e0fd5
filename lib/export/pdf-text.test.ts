import { describe, expect, it } from "vitest";
import { clampText, toPdfText } from "./pdf-text";

describe("toPdfText", () => {
  it.each([
    ["Zoë “quoted” Müller €5 — ok", "Zoë “quoted” Müller €5 — ok"],
    ["Łódź ő Đ", "Lódz o D"],
    ["＝ＳＵＭ１", "=SUM1"],
    ["数据 😀", "?? ?"],
    ["a\u200Bb\u0007c\td", "abc d"],
    ["one\r\ntwo\rthree", "one\ntwo\nthree"],
    ["e\u0301", "é"],
  ])("folds %j to %j", (input, expected) => {
    expect(toPdfText(input)).toBe(expected);
  });

  it("clamps long text with an ellipsis and leaves short text alone", () => {
    expect(clampText("abcdef", 10)).toBe("abcdef");
    expect(clampText("abc   defghij", 7)).toBe("abc…");
    expect(clampText("x".repeat(20), 5)).toBe("xxxx…");
  });
});
