import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse } from "@/lib/evidence/documents/download-response";
import { safeDisplayFilename } from "@/lib/evidence/uploads/display-filename";
import { formatMegabytes, maxUploadBytes } from "@/lib/evidence/uploads/limits";
import { sniffUpload } from "@/lib/evidence/uploads/sniff";

// Pure checks of what the upload path accepts and how names are cleaned; no database needed.
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p)))));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], "word/document.xml");
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "This program cannot be run in DOS mode");
const PDF = bytes("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("sniffUpload", () => {
  it("accepts a PDF by its header whatever it is called", () => {
    expect(sniffUpload(PDF, "soc2.pdf")).toEqual({ ok: true, format: "pdf", mimeType: "application/pdf" });
    expect(sniffUpload(PDF, "noextension")).toMatchObject({ ok: true, format: "pdf" });
  });

  it.each([
    ["subprocessors.csv", "csv", "text/csv; charset=utf-8"],
    ["trust.md", "markdown", "text/markdown; charset=utf-8"],
    ["page.HTML", "html", "text/html; charset=utf-8"],
    ["page.htm", "html", "text/html; charset=utf-8"],
    ["notes.txt", "text", "text/plain; charset=utf-8"],
    ["subprocessors.mdx", "markdown", "text/markdown; charset=utf-8"],
    ["subprocessors.json", "json", "application/json; charset=utf-8"],
  ])("accepts UTF-8 text named %s", (name, format, mimeType) => {
    expect(sniffUpload(bytes("Name,Purpose,Location\nAWS,Hosting,US — üñí\n"), name)).toEqual({
      ok: true,
      format,
      mimeType,
    });
  });

  it.each([
    ["PNG bytes named .pdf", PNG, "report.pdf", /named \.pdf, but it is a PNG image/],
    ["a ZIP (docx)", ZIP, "report.docx", /ZIP archive/],
    ["a Windows program", EXE, "setup.exe", /Windows program/],
    ["an .exe pretending to be a PDF", EXE, "report.pdf", /named \.pdf, but it is a Windows program/],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"), "scan.jpg", /JPEG image/],
    ["an ELF binary", bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), "x.pdf", /Linux program/],
    ["binary junk named .pdf", bytes([0x00, 0x01, 0x02, 0xfe]), "x.pdf", /named \.pdf but is not a PDF/],
    ["invalid UTF-8 named .csv", bytes("a,b\n", [0xc3, 0x28]), "x.csv", /not accepted/],
    ["text with a NUL byte", bytes("a,b", [0], "c"), "x.csv", /not accepted/],
    ["text named .pdf", bytes("just some text"), "x.pdf", /named \.pdf but is not a PDF \(it is plain text\)/],
    ["text with an unknown extension", bytes("hello"), "x.docx", /must end in \.md.*This one ends in \.docx/],
    ["a PDF/ZIP polyglot", bytes("%PDF-1.7\n%%EOF\n", [0x50, 0x4b, 0x05, 0x06], "\0".repeat(18)), "x.pdf", /polyglot/],
    ["a GIF/PDF polyglot (header not at byte 0)", bytes("GIF89a", "%PDF-1.7\n"), "x.pdf", /GIF image/],
  ])("refuses %s with a plain message", (_label, content, name, message) => {
    const r = sniffUpload(content, name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message).toMatch(/Assay accepts PDF|Upload the plain PDF|Rename it/);
    }
  });

  it("says an empty file is empty", () => {
    expect(sniffUpload(new Uint8Array(0), "x.pdf")).toEqual({
      ok: false,
      message: "The file is empty (0 bytes). Choose the file again.",
    });
  });

  it("does not mistake a text file starting with MZ for a program", () => {
    expect(sniffUpload(bytes("MZ Logistics,Freight,DE\n"), "subprocessors.csv")).toMatchObject({
      ok: true,
      format: "csv",
    });
  });
});

describe("safeDisplayFilename", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\x\\SOC2 report.pdf", "SOC2 report.pdf"],
    ["\u202Egnp.pdf", "gnp.pdf"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["a\r\nSet-Cookie: x=1.pdf", "aSet-Cookie: x=1.pdf"],
    ["\u200Bzero\uFEFFwidth.pdf", "zerowidth.pdf"],
    ["   ..hidden.pdf  ", "hidden.pdf"],
    ["..", "document"],
    ["", "document"],
    ["e\u0301te\u0301.pdf", "été.pdf"],
  ])("cleans %j to %j", (raw, clean) => {
    expect(safeDisplayFilename(raw)).toBe(clean);
  });

  it("limits length to 200 characters and keeps the extension", () => {
    const name = safeDisplayFilename(`${"a".repeat(1000)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith(".pdf")).toBe(true);
    const emoji = safeDisplayFilename("😀".repeat(300));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji.isWellFormed()).toBe(true);
  });
});

describe("download headers", () => {
  it("gives one valid attachment header for hostile and non-ASCII names", () => {
    expect(contentDisposition("SOC 2 Ü.pdf")).toBe(
      `attachment; filename="SOC 2 _.pdf"; filename*=UTF-8''SOC%202%20%C3%9C.pdf`,
    );
    const tricky = contentDisposition(`"; filename*=UTF-8''x.html`);
    expect(tricky.match(/filename\*=/g)).toHaveLength(1);
    expect(tricky).toBe(
      `attachment; filename="__ filename__UTF-8__x.html"; filename*=UTF-8''%22%3B%20filename%2A%3DUTF-8%27%27x.html`,
    );
    // Header construction itself would throw on CR/LF; the display name never has them.
    expect(
      () => new Headers({ "Content-Disposition": contentDisposition(safeDisplayFilename("a\r\nb.pdf")) }),
    ).not.toThrow();
  });

  it("sets the no-render headers", async () => {
    const res = downloadResponse({
      id: "x",
      bytes: new Uint8Array([37, 80, 68, 70]),
      filename: "r.pdf",
      mimeType: "application/pdf",
    });
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": "4",
      "content-disposition": `attachment; filename="r.pdf"; filename*=UTF-8''r.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "content-security-policy": "sandbox",
    });
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([37, 80, 68, 70]);
  });
});

describe("upload size limit", () => {
  it("defaults to 50 MB and reads MAX_UPLOAD_BYTES", () => {
    expect(maxUploadBytes({})).toBe(50 * 1024 * 1024);
    expect(maxUploadBytes({ MAX_UPLOAD_BYTES: "1048576" })).toBe(1048576);
    expect(() => maxUploadBytes({ MAX_UPLOAD_BYTES: "lots" })).toThrow(/positive whole number/);
    expect(formatMegabytes(50 * 1024 * 1024)).toBe("50 MB");
  });
});
