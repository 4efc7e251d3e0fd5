import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { escapeHtml, markup, Markup } from "./html";

const HOSTILE = [`<script>alert(1)</script>`, `" onmouseover="x`, `a & b's <b>`, `plain`, `‹unicode› — “quotes”`];

describe("html", () => {
  it("escapes text and attribute values exactly as React does", () => {
    for (const s of HOSTILE) {
      const react = renderToStaticMarkup(createElement("span", { title: s }, s));
      expect(markup`<span title="${s}">${s}</span>`.text).toBe(react);
    }
  });

  it("escapes every value, and again on every call (no state kept between calls)", () => {
    expect(escapeHtml("<a>")).toBe("&lt;a&gt;");
    expect(escapeHtml("<a>")).toBe("&lt;a&gt;");
    expect(escapeHtml(3)).toBe("3");
    expect(markup`${"<i>"}${"&"}`.text).toBe("&lt;i&gt;&amp;");
  });

  it("inserts its own markup unescaped, lists joined, and nothing for null, undefined or false", () => {
    const inner = markup`<b>${"x<y"}</b>`;
    expect(markup`<p>${inner}${[markup`<i>1</i>`, "<2>"]}${null}${undefined}${false}</p>`.text).toBe(
      "<p><b>x&lt;y</b><i>1</i>&lt;2&gt;</p>",
    );
  });

  it("does not take a look-alike object or a function as markup", () => {
    const fake = { text: "<script>" } as unknown as Markup;
    expect(() => markup`${fake}`).toThrow(TypeError);
    expect(() => markup`${(() => "x") as unknown as string}`).toThrow(/markup: cannot insert a function/);
  });
});
