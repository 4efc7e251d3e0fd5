// Preloaded into the `next start` process (node --import, by scripts/start.mjs), next to
// stamp-peer.mjs. For every request to the app's HTTP server it:
//  - sets a request id (a sane incoming `x-request-id` is kept, otherwise a new one) on the request
//    headers, where route handlers and the error hook read it, and on the response;
//  - writes one JSON log line (request id, method, route, status, ms) and records the latency
//    in the `assay_http_request_duration_seconds` histogram, labelled by route (ids replaced);
// and it owns the process's graceful stop (lib/observability/lifecycle.mjs): start.mjs sets
// NEXT_MANUAL_SIG_HANDLE so Next does not exit on SIGTERM before running parses are settled.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { getLogger } from "../observability/logger.mjs";
import { installSignalHandlers, isStopping, trackServer } from "../observability/lifecycle.mjs";
import { Histogram, metric, serveMetrics } from "../observability/registry.mjs";

const REQUEST_ID = /^[\w.:-]{1,64}$/;
const ID_SEGMENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|c[a-z0-9]{20,})$/i;

/** The path with ids replaced, so the route label has few values ("/api/documents/:id"). */
export function routeOf(url = "/") {
  const pathname = url.split("?")[0];
  if (pathname.startsWith("/_next/")) return "/_next";
  return (
    pathname
      .split("/")
      .map((seg) => (ID_SEGMENT.test(seg) ? ":id" : seg))
      .join("/")
      .slice(0, 100) || "/"
  );
}

function observed(listener) {
  const log = getLogger();
  const latency = metric(Histogram, {
    name: "assay_http_request_duration_seconds",
    help: "HTTP request latency by route, method and status",
    labelNames: ["route", "method", "status"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  return function observedRequest(req, res) {
    const incoming = req.headers["x-request-id"];
    const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = id;
    res.setHeader("x-request-id", id);
    // While stopping, keep-alive connections are closed after their response.
    if (isStopping()) res.setHeader("connection", "close");
    const t0 = process.hrtime.bigint();
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const route = routeOf(req.url);
      latency.observe({ route, method: req.method, status: String(res.statusCode) }, seconds);
      const line = { reqId: id, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) };
      if (route === "/_next") log.debug(line, "request");
      else log.info(line, "request");
    });
    return listener.call(this, req, res);
  };
}

export function installObserve() {
  if (http.createServer.__assayObserved) return;
  const create = http.createServer;
  let first = true;
  const patched = function createServer(...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) args[i] = observed(args[i]);
    const server = create.apply(this, args);
    const on = server.on;
    server.on = server.addListener = function (event, fn) {
      return on.call(this, event, event === "request" && typeof fn === "function" ? observed(fn) : fn);
    };
    // Next's app server is the first one created in this process.
    if (first) trackServer(server);
    first = false;
    return server;
  };
  patched.__assayObserved = true;
  http.createServer = patched;
  if (process.env.NEXT_MANUAL_SIG_HANDLE) installSignalHandlers();
  serveMetrics();
}

installObserve();
