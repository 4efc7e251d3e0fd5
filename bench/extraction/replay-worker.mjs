// A stand-in for lib/server/pdf-worker.mjs used by facts-snapshot.ts: it answers a document from the reply the real
// parser gave it once (recorded under REPLAY_DIR, keyed by the document's SHA-256), so the rules after parsing can be
// compared before and after a change on exactly the same input (OCR's reading of a scan varies with load). A document
// not yet recorded is read by the real parser in this process, and its reply recorded. The key includes the parser's own
// code (lib/server/*.mjs): a reply recorded before a change to the parser is not replayed after it.
// Protocol: that of pdf-worker.mjs.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

// The parser process gets a minimal environment (pdf-reader.ts), so the folder is not an environment variable.
const dir = path.resolve("bench/out/replay");
mkdirSync(dir, { recursive: true });
const serverDir = path.resolve("lib/server");
const parserCode = createHash("sha256");
for (const name of readdirSync(serverDir)
  .filter((n) => n.endsWith(".mjs"))
  .sort())
  parserCode.update(name).update(readFileSync(path.join(serverDir, name)));
const parserKey = parserCode.digest("hex").slice(0, 12);
const file = (bytes) => path.join(dir, `${createHash("sha256").update(bytes).digest("hex")}-${parserKey}.bin`);

const realSend = process.send.bind(process);
const pending = new Map();
let realLoaded = null;

process.on("message", async (msg) => {
  const f = file(msg.bytes);
  if (existsSync(f)) {
    realSend({ ...deserialize(readFileSync(f)), id: msg.id });
    return;
  }
  pending.set(msg.id, f);
  if (!realLoaded) {
    // The real parser registers its own message listener on import; hand it this first message too.
    process.send = (m, ...rest) => {
      const target = m && pending.get(m.id);
      if (target) {
        pending.delete(m.id);
        if (m.ok) writeFileSync(target, serialize(m));
      }
      return m?.ready ? true : realSend(m, ...rest);
    };
    realLoaded = import("../../lib/server/pdf-worker.mjs");
    await realLoaded;
    process.emit("message", msg);
  }
});
process.on("disconnect", () => process.exit(0));
realSend({ ready: true });
