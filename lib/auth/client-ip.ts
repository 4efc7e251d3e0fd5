import { isIP } from "node:net";

/** The header lib/server/stamp-peer.mjs overwrites with the TCP peer address on every request. */
export const PEER_HEADER = "x-assay-peer";

export type ClientIpConfig = {
  /** How many reverse proxies we sit behind (TRUST_PROXY); 0 = clients connect to us directly. */
  trustProxyHops: number;
  /** True when stamp-peer.mjs runs in this process, so PEER_HEADER cannot come from the client. */
  peerStamped: boolean;
};

export function clientIpConfig(env: Record<string, string | undefined> = process.env): ClientIpConfig {
  const raw = (env.TRUST_PROXY ?? "").trim().toLowerCase();
  const n = raw === "true" ? 1 : Number(raw);
  return {
    trustProxyHops: Number.isInteger(n) && n > 0 && n < 10 ? n : 0,
    peerStamped: (globalThis as Record<symbol, unknown>)[Symbol.for("assay.peerStamped")] === true,
  };
}

/**
 * The client address a rate limit may key on, or null when none can be trusted.
 *
 * X-Forwarded-For is believed only behind TRUST_PROXY=n proxies, and then only its n-th entry from
 * the right: the one our outermost proxy appended; anything left of it was written by the client.
 * Without a proxy, Next.js fills X-Forwarded-For from the socket only when the client sent none, so
 * the header proves nothing; the peer address comes from stamp-peer.mjs instead, or not at all.
 */
export function clientIp(headers: Headers, cfg: ClientIpConfig): string | null {
  if (cfg.trustProxyHops > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    return normaliseIp(hops[hops.length - cfg.trustProxyHops]);
  }
  return cfg.peerStamped ? normaliseIp(headers.get(PEER_HEADER) ?? undefined) : null;
}

/** IPv4 as is (also when IPv4-mapped); IPv6 cut to its /64, which one subscriber usually gets whole. */
export function normaliseIp(raw: string | undefined): string | null {
  if (!raw) return null;
  let ip = raw.trim();
  if (ip.startsWith("[") && ip.includes("]"))
    ip = ip.slice(1, ip.indexOf("]")); // "[::1]:443"
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":")); // "1.2.3.4:80"
  ip = ip.replace(/%.*$/, ""); // zone id
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) ip = mapped[1];
  const kind = isIP(ip);
  if (kind === 4) return ip;
  if (kind === 6) return `${expandIpv6(ip).slice(0, 4).join(":")}::/64`;
  return null;
}

function expandIpv6(ip: string): string[] {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const parts = (s: string | undefined) => (s ? s.split(":") : []);
  // An embedded IPv4 tail ("::1.2.3.4") takes two groups; only the first four groups matter here.
  const left = parts(head);
  const right = parts(tail).flatMap((p) => (p.includes(".") ? ["0", "0"] : [p]));
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16).toString(16));
}
