import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Runs a plain http server the way `next start` creates one (http.createServer(listener)), in a
// child preloaded with stamp-peer.mjs exactly as scripts/start.mjs does, and asks it what it saw.
const SERVER = `
  const http = require("node:http");
  const s = http.createServer((req, res) => res.end(JSON.stringify({
    peer: req.headers["x-assay-peer"], xff: req.headers["x-forwarded-for"] ?? null,
    marked: globalThis[Symbol.for("assay.peerStamped")] === true,
  })));
  s.listen(0, "127.0.0.1", () => console.log(s.address().port));
`;

async function askServer(headers: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", path.resolve("lib/server/stamp-peer.mjs"), "-e", SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()));
      child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
    });
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return (await res.json()) as { peer: string; xff: string | null; marked: boolean };
  } finally {
    child.kill();
  }
}

describe("stamp-peer preload", () => {
  it("overwrites a client-sent x-assay-peer with the real socket address and marks the process", async () => {
    const seen = await askServer({ "x-assay-peer": "198.51.100.66", "x-forwarded-for": "198.51.100.77" });
    expect(seen.peer).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(seen.xff).toBe("198.51.100.77"); // left alone: only TRUST_PROXY decides whether it counts
    expect(seen.marked).toBe(true);
  });
});
