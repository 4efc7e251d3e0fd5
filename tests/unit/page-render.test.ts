import fs from "node:fs";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { PageRenderError, renderGateState, renderPdfPage } from "@/lib/evidence/page-images/render";
import { contentStreamBomb } from "./pdf-bomb";

function threePagePdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    for (let i = 1; i <= 3; i++) {
      if (i > 1) doc.addPage();
      doc.fontSize(24).text(`Page ${i} of the test report`);
    }
    doc.end();
  });
}

// The facts view shows the cited page; every page must render, not just the first.
describe("renderPdfPage", () => {
  it("renders any page of a PDF to PNG in a child process", async () => {
    const pdf = await threePagePdf();
    for (const page of [1, 3]) {
      const png = await renderPdfPage(new Uint8Array(pdf), page, { width: 300 });
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png.readUInt32BE(16)).toBe(300); // IHDR width
    }
  });

  it("reports a page past the end instead of hanging", async () => {
    const pdf = await threePagePdf();
    await expect(renderPdfPage(new Uint8Array(pdf), 9, { width: 300 })).rejects.toThrow(/not rendered|Invalid page/);
  });

  it("reports a corrupt file", async () => {
    await expect(renderPdfPage(new TextEncoder().encode("%PDF-1.4 garbage"), 1, { width: 300 })).rejects.toThrow();
  });
});

/** Live page-renderer children of this process (Linux /proc). */
function liveRenderers(): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[0] === "Z" || Number(fields[1]) !== process.pid) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("pdf-page-worker")) out.push(Number(entry));
    } catch {
      // gone while we looked
    }
  }
  return out;
}

async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// H3: a viewer request for a page of a decompression bomb took 1.5 GB in the render process.
describe("renderPdfPage limits", () => {
  it("kills the renderer of a decompression bomb at its memory cap, and keeps serving", async () => {
    const bomb = await contentStreamBomb(400); // ~0.4 MB on disk, 400 MB inflated (~770 MB RSS unchecked)
    const err = await renderPdfPage(bomb, 1, { width: 300, limits: { maxRssMb: 256, timeoutMs: 300_000 } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PageRenderError);
    expect((err as PageRenderError).code).toBe("memory");
    expect((err as Error).message).toMatch(/too much memory.*decompression bomb.*over 256 MB/);
    await until("the killed renderer to be gone", () => liveRenderers().length === 0);
    expect(renderGateState()).toEqual({ running: 0, waiting: 0 });
    const png = await renderPdfPage(new Uint8Array(await threePagePdf()), 2, { width: 300 });
    expect(png.subarray(0, 4).toString("hex")).toBe("89504e47");
  }, 120_000);

  it("caps renders at once per instance and refuses past a full queue", async () => {
    const pdf = new Uint8Array(await threePagePdf());
    const limits = { concurrency: 1, maxQueue: 1 };
    const first = renderPdfPage(pdf, 1, { width: 200, limits });
    const second = renderPdfPage(pdf, 2, { width: 200, limits }); // waits for the slot
    const third = renderPdfPage(pdf, 3, { width: 200, limits }).catch((e: unknown) => e);
    expect(await third).toMatchObject({ code: "busy" });
    expect(renderGateState()).toEqual({ running: 1, waiting: 1 });
    await expect(first).resolves.toBeInstanceOf(Buffer);
    await expect(second).resolves.toBeInstanceOf(Buffer);
    expect(renderGateState()).toEqual({ running: 0, waiting: 0 });
  }, 60_000);
});
