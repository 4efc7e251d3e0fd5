// Preloaded into the `next start` process (node --import, after stamp-peer.mjs): at most
// ASSAY_MAX_REQUESTS_PER_SESSION (default 8) requests of one session or one API token are handled
// at once; more get 503 with Retry-After at once, before Next or the database sees them (M3). 200
// parallel page loads from one browser used to take every pooled database connection, so they and
// other people's requests waited out the pool and failed with 500s. A request counts from its
// arrival until its response is finished or its connection closed.
// Static assets (/_next/static, images) carry the cookie too but touch no database: not counted.
import http from "node:http";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?assay\.session(?:\.\d+)?=([^;]+)/;
const EXEMPT = /^\/(_next\/|favicon\.ico)/;

/** The key a request is counted under: its session cookie or its bearer token; null for anonymous requests. */
export function sessionKey(req) {
  const auth = req.headers.authorization;
  if (typeof auth === "string" && /^Bearer\s+\S/i.test(auth)) return `t:${auth.slice(0, 200)}`;
  const m = SESSION_COOKIE.exec(req.headers.cookie ?? "");
  return m ? `s:${m[1].slice(0, 200)}` : null;
}

export function limitFromEnv(env = process.env) {
  const n = Number(env.ASSAY_MAX_REQUESTS_PER_SESSION ?? 8);
  return Number.isSafeInteger(n) && n > 0 ? n : 8;
}

/** Wraps a request listener with the per-session cap. `inFlight` is exposed for tests. */
// TRACE would echo the request (cookies included) back; Next answered it with a 500. No screen or API uses these.
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

export function gateRequests(listener, limit = limitFromEnv(), inFlight = new Map()) {
  return function gated(req, res) {
    if (REFUSED_METHODS.has(String(req.method).toUpperCase())) {
      res.writeHead(400, { "content-type": "text/plain", allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" });
      res.end(`The ${req.method} method is not supported.\n`);
      return;
    }
    const key = EXEMPT.test(req.url ?? "") ? null : sessionKey(req);
    if (!key) return listener.call(this, req, res);
    const n = inFlight.get(key) ?? 0;
    if (n >= limit) {
      const body = JSON.stringify({
        error: `Too many requests at once from this session (limit ${limit}). Try again in a moment.`,
        code: "UNAVAILABLE",
      });
      res.writeHead(503, {
        "content-type": "application/json",
        "retry-after": "1",
        "cache-control": "no-store",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    inFlight.set(key, n + 1);
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
    };
    res.once("finish", release);
    res.once("close", release);
    return listener.call(this, req, res);
  };
}

export function installRequestGate() {
  if (http.createServer.__requestGated) return;
  const create = http.createServer;
  const limit = limitFromEnv();
  const inFlight = new Map();
  const patched = function createServer(...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) args[i] = gateRequests(args[i], limit, inFlight);
    const server = create.apply(this, args);
    const on = server.on;
    server.on = server.addListener = function (event, fn) {
      return on.call(
        this,
        event,
        event === "request" && typeof fn === "function" ? gateRequests(fn, limit, inFlight) : fn,
      );
    };
    return server;
  };
  patched.__requestGated = true;
  patched.__peerStamped = create.__peerStamped;
  http.createServer = patched;
}

installRequestGate();
