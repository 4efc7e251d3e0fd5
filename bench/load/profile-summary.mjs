// Where a V8 CPU profile of the app server (BENCH_PROFILE_DIR) spent its busy time, by original
// source file: Next's compiled runtimes are mapped through their .js.map files, so React's Flight
// server and client, Fizz (HTML), Next's own files, Prisma and pg show up by name instead of as
// app-page-turbo.runtime.prod.js. Samples are wall time while not idle: on a busy box a thread
// descheduled inside a syscall (e.g. writev to the database socket) is counted there.
//   usage: node bench/load/profile-summary.mjs <file.cpuprofile> [lastSeconds=20] [top=30] [file|function|layer]
// `layer` counts each sample once, under the first of LAYERS below found anywhere on its stack (so a
// pg call made by Prisma is Prisma's, and gzip called from Next's response is gzip's): where a page's
// CPU goes by part of the stack, not by the file that happened to be on top.
import fs from "node:fs";
import { SourceMapConsumer } from "source-map-js";

const [file, windowS = "20", topN = "30", mode = "file"] = process.argv.slice(2);
if (!file)
  throw new Error(
    "usage: node bench/load/profile-summary.mjs <file.cpuprofile> [lastSeconds] [top] [file|function|layer]",
  );
const LAYERS = [
  ["garbage collection", /^\(garbage collector\)/],
  ["Prisma (and the pg calls it makes)", /prisma|client-engine-runtime|getPrismaClient|jsonProtocol|compositeProxy/],
  ["pg (direct: session check, readTenant)", /^pg\/|^pg-pool\/|^pg-protocol\//],
  ["gzip (node:zlib, compression)", /^node:zlib|compression/],
  ["proxy.ts and Next's middleware adapter", /server\/web\/adapter|web\/spec-extension|^proxy\.ts|middleware/],
  ["Next's escaping of the inlined payload", /htmlescape/],
  ["React Flight client (SSR reads the payload)", /react-server-dom-turbopack-client/],
  ["React Flight server (RSC payload)", /react-server-dom-turbopack-server/],
  ["React Fizz (HTML)", /react-dom-server/],
  ["Next's stream plumbing", /stream-ops|node-web-streams|webstreams|stream-utils/],
  ["Next's app render", /app-render/],
  ["Next's server and routing", /base-server|router-server|resolve-routes|next-server/],
];
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

const consumers = new Map();
function consumer(url) {
  if (!url.startsWith("file://") || !url.endsWith(".js")) return null;
  if (!consumers.has(url)) {
    const map = `${url.slice("file://".length)}.map`;
    consumers.set(url, fs.existsSync(map) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(map, "utf8"))) : null);
  }
  return consumers.get(url);
}

const parents = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
const layerOf = new Map();
/** The first LAYERS entry found on the node's stack (itself and its callers), or "other". */
function layer(node) {
  if (layerOf.has(node.id)) return layerOf.get(node.id);
  const stack = [];
  for (let id = node.id; id !== undefined; id = parents.get(id)) {
    const { file, name } = place(byId.get(id));
    stack.push(`${file} ${name}`, `${name}`);
  }
  const hit = LAYERS.find(([, re]) => stack.some((s) => re.test(s)));
  const out = hit ? hit[0] : "other (Node, V8, our code)";
  layerOf.set(node.id, out);
  return out;
}

const places = new Map();
function place(node) {
  if (places.has(node.id)) return places.get(node.id);
  const { url, lineNumber, columnNumber, functionName } = node.callFrame;
  let where = {
    file: url ? url.replace(/^file:\/\//, "") : `(${functionName})`,
    name: functionName,
    line: lineNumber + 1,
  };
  const original = consumer(url)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
  if (original?.source) where = { file: original.source, name: original.name ?? functionName, line: original.line };
  where.file = where.file.replace(/.*node_modules\//, "").replace(/.*\/dist\/compiled\//, "next/compiled/");
  places.set(node.id, where);
  return where;
}

let t = profile.startTime;
const times = profile.timeDeltas.map((d) => (t += d));
const from = times.at(-1) - Number(windowS) * 1e6;
const buckets = new Map();
let busy = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  if (times[i] < from || node.callFrame.functionName === "(idle)") continue;
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  busy += ms;
  const w = place(node);
  const key =
    mode === "layer" ? layer(node) : mode === "function" ? `${w.name || "(anonymous)"}  ${w.file}:${w.line}` : w.file;
  buckets.set(key, (buckets.get(key) ?? 0) + ms);
}
console.log(`busy ${busy.toFixed(0)} ms in the last ${windowS} s of the profile; self time by ${mode}:`);
for (const [key, ms] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, Number(topN)))
  console.log(`${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
