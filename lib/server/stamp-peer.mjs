// Preloaded into the `next start` process (node --import): Next.js hides the TCP peer from actions
// and route handlers, and fills X-Forwarded-For from it only when the client sent none, so a client
// can choose its own "address". Wrapping http.createServer (which next start calls after this runs)
// lets every request carry the real peer in x-assay-peer, overwriting any client-sent copy.
// lib/auth/client-ip.ts believes that header only when the marker below is set on this process's
// globalThis: unlike an environment variable it cannot leak to a child that runs without the preload.
import http from "node:http";

const MARK = Symbol.for("assay.peerStamped");

export const PEER_HEADER = "x-assay-peer";

/** Wraps a request listener so req.headers[PEER_HEADER] is always the socket's remote address. */
export function stampPeer(listener) {
  return function stamped(req, res) {
    req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    return listener.call(this, req, res);
  };
}

export function installPeerStamp() {
  if (http.createServer.__peerStamped) return;
  const create = http.createServer;
  const patched = function createServer(...args) {
    const i = args.findIndex((a) => typeof a === "function");
    if (i >= 0) args[i] = stampPeer(args[i]);
    const server = create.apply(this, args);
    // A listener added later with server.on("request") must be stamped too.
    const on = server.on;
    server.on = server.addListener = function (event, fn) {
      return on.call(this, event, event === "request" && typeof fn === "function" ? stampPeer(fn) : fn);
    };
    return server;
  };
  patched.__peerStamped = true;
  http.createServer = patched;
  globalThis[MARK] = true;
}

installPeerStamp();
