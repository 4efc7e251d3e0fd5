// Preloaded into the `next start` process (node --import, after stamp-peer.mjs): at most
// ASSAY_MAX_REQUESTS_PER_SESSION (default 8) requests of one session or one API token are handled
// at once; more get 503 with Retry-After at once, before Next or the database sees them (M3). 200
// parallel page loads from one browser used to take every pooled database connection, so they and
// other people's requests waited out the pool and failed with 500s. A request counts from its
// arrival until its response is finished or its connection closed.
// Static assets (/_next/static, images) carry the cookie too but touch no database: not counted.
import http from "node:http";
import { MAX_HEADER_BYTES, uriTooLong, uriTooLongResponse } from "./url-limit.mjs";

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
    if (uriTooLong(req.url)) {
      const { status, contentType, body } = uriTooLongResponse(req.url);
      // The request is refused whole; any body it sends is not read, so the connection is not reused.
      res.writeHead(status, {
        "content-type": contentType,
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
        connection: "close",
      });
      res.end(req.method === "HEAD" ? undefined : body);
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

/**
 * Whether the bytes being parsed when the header limit was hit still belong to the request line: no
 * line end yet, or the first line is the tail of a request line (it ends in the HTTP version but does
 * not start with a method and a path, so it began in an earlier packet), or a whole one over the limit.
 */
export function requestLineOverflowed(packet) {
  const text = Buffer.isBuffer(packet) ? packet.toString("latin1") : "";
  const end = text.indexOf("\r\n");
  if (end < 0) return true;
  const line = text.slice(0, end);
  if (!/ HTTP\/\d\.\d$/.test(line)) return false; // a header line: the headers overflowed
  const whole = /^[A-Z]+ (\S+) HTTP\/\d\.\d$/.exec(line);
  return !whole || uriTooLong(whole[1]);
}

/**
 * What Node's parser refused before any listener saw the request: a request line or headers longer
 * than the header limit, or bytes that are not HTTP. Node's own answer is a bare 431/400; a request
 * line that alone overflows is an address too long, answered like any other (414), then closed.
 */
export function answerClientError(err, socket) {
  // Nothing can be answered on a connection that is gone or already part-way through a response.
  if (err?.code === "ECONNRESET" || !socket.writable || socket._httpMessage?.headersSent) return socket.destroy();
  let status = 400;
  let type = "text/plain";
  let body = "The request could not be read.\n";
  if (err?.code === "HPE_HEADER_OVERFLOW") {
    if (requestLineOverflowed(err.rawPacket)) {
      ({ status, contentType: type, body } = uriTooLongResponse("/"));
    } else {
      status = 431;
      body = "The request's headers are too large (cookies included). Clear this site's cookies and try again.\n";
    }
  } else if (err?.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    status = 408;
    body = "The request took too long to arrive.\n";
  }
  const reason = http.STATUS_CODES[status] ?? "Bad Request";
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function installRequestGate() {
  if (http.createServer.__requestGated) return;
  const create = http.createServer;
  const limit = limitFromEnv();
  const inFlight = new Map();
  const patched = function createServer(...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) args[i] = gateRequests(args[i], limit, inFlight);
    // A header limit above the longest address served (lib/server/url-limit.mjs), so such an address
    // always reaches the gate, which answers 414 for a longer one.
    const o = args.findIndex((a) => a && typeof a === "object");
    if (o >= 0) args[o] = { maxHeaderSize: MAX_HEADER_BYTES, ...args[o] };
    else args.unshift({ maxHeaderSize: MAX_HEADER_BYTES });
    const server = create.apply(this, args);
    server.on("clientError", answerClientError);
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
