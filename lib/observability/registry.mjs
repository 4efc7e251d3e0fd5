// Prometheus metrics (prom-client). One registry per process, shared through globalThis so metrics
// defined in the request preload and in the Next bundle end up on the same page. Served only on
// METRICS_PORT (a separate port, bound to METRICS_HOST, default 127.0.0.1), never by the app's own
// port; METRICS_TOKEN, when set, must be sent as `Authorization: Bearer <token>`.
import http from "node:http";
import client from "prom-client";
import { getLogger } from "./logger.mjs";

const KEY = Symbol.for("assay.metrics");

/** @returns {import("prom-client").Registry} */
export function getRegistry() {
  if (!globalThis[KEY]) {
    const registry = new client.Registry();
    client.collectDefaultMetrics({ register: registry, prefix: "assay_" });
    globalThis[KEY] = registry;
  }
  return globalThis[KEY];
}

/** A metric of this name already registered (hot reload, two bundles), or a new one. */
export function metric(Kind, config) {
  const registry = getRegistry();
  return registry.getSingleMetric(config.name) ?? new Kind({ ...config, registers: [registry] });
}

export const Histogram = client.Histogram;
export const Counter = client.Counter;
export const Gauge = client.Gauge;

/** Starts the metrics server when METRICS_PORT is set; returns it (or null). */
export function serveMetrics(env = process.env) {
  const port = Number(env.METRICS_PORT);
  if (!env.METRICS_PORT || !Number.isInteger(port)) return null;
  const host = env.METRICS_HOST ?? "127.0.0.1";
  const token = env.METRICS_TOKEN;
  const server = http.createServer(async (req, res) => {
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401).end();
      return;
    }
    if (req.url !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    try {
      const registry = getRegistry();
      const body = await registry.metrics();
      res.writeHead(200, { "content-type": registry.contentType }).end(body);
    } catch (err) {
      res.writeHead(500).end();
      getLogger().error({ err: String(err?.message ?? err) }, "metrics collection failed");
    }
  });
  server.on("error", (err) => getLogger().error({ port, err: err.message }, "metrics server could not start"));
  server.listen(port, host, () => getLogger().info({ port, host }, "metrics served on /metrics"));
  server.unref();
  return server;
}
