import zlib from "node:zlib";

/**
 * A valid one-page PDF whose page content stream is `inflatedMb` MB of spaces, Flate-compressed to
 * about 1/1000 of that: a decompression bomb. Built by streaming, so the test itself never holds
 * the inflated bytes.
 */
export async function contentStreamBomb(inflatedMb: number): Promise<Uint8Array> {
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (c: Buffer) => parts.push(c));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  for (let i = 0; i < inflatedMb; i++)
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  deflate.end();
  await ended;
  const stream = Buffer.concat(parts);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
  ];
  const chunks: Buffer[] = [Buffer.from("%PDF-1.7\n")];
  let length = chunks[0].length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    chunks.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`));
  });
  offsets.push(length);
  push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`));
  push(stream);
  push(Buffer.from("\nendstream\nendobj\n"));
  const xref = length;
  const entries = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  push(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${entries}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}
