import { describe, expect, it } from "vitest";
import { clientIp, clientIpConfig, normaliseIp, PEER_HEADER } from "./client-ip";

const h = (o: Record<string, string>) => new Headers(o);
const direct = { trustProxyHops: 0, peerStamped: true };
const oneProxy = { trustProxyHops: 1, peerStamped: false };

describe("clientIp: the rate-limit key comes from the trusted hop only", () => {
  it("direct: the stamped peer address, whatever X-Forwarded-For / X-Real-IP the client sends", () => {
    const peer = { [PEER_HEADER]: "203.0.113.7" };
    expect(clientIp(h(peer), direct)).toBe("203.0.113.7");
    expect(clientIp(h({ ...peer, "x-forwarded-for": "198.51.100.1" }), direct)).toBe("203.0.113.7");
    expect(clientIp(h({ ...peer, "x-forwarded-for": "1.1.1.1, 2.2.2.2", "x-real-ip": "3.3.3.3" }), direct)).toBe(
      "203.0.113.7",
    );
  });

  it("direct without the peer stamp: no address at all (a client-sent x-assay-peer is not believed)", () => {
    expect(
      clientIp(h({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" }), {
        trustProxyHops: 0,
        peerStamped: false,
      }),
    ).toBeNull();
  });

  it("behind TRUST_PROXY=n: the n-th X-Forwarded-For entry from the right, never a client-written one", () => {
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), oneProxy)).toBe("203.0.113.7");
    // The client wrote "6.6.6.6" itself; our proxy appended the address it really saw.
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), oneProxy)).toBe("203.0.113.7");
    expect(
      clientIp(h({ "x-forwarded-for": "6.6.6.6,203.0.113.7 , 10.0.0.2" }), { trustProxyHops: 2, peerStamped: false }),
    ).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7", [PEER_HEADER]: "10.0.0.9" }), oneProxy)).toBe("203.0.113.7");
  });

  it("behind a proxy: a missing, short or garbage header gives no address", () => {
    expect(clientIp(h({}), oneProxy)).toBeNull();
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), { trustProxyHops: 2, peerStamped: false })).toBeNull();
    expect(clientIp(h({ "x-forwarded-for": "1.1.1.1, <script>" }), oneProxy)).toBeNull();
  });

  it("reads TRUST_PROXY: off unless a small positive hop count (or true)", () => {
    expect(clientIpConfig({}).trustProxyHops).toBe(0);
    expect(clientIpConfig({ TRUST_PROXY: "1" }).trustProxyHops).toBe(1);
    expect(clientIpConfig({ TRUST_PROXY: "true" }).trustProxyHops).toBe(1);
    expect(clientIpConfig({ TRUST_PROXY: "2" }).trustProxyHops).toBe(2);
    for (const v of ["0", "-1", "yes", "1.5", ""]) expect(clientIpConfig({ TRUST_PROXY: v }).trustProxyHops).toBe(0);
    expect(clientIpConfig({}).peerStamped).toBe(false);
  });
});

describe("normaliseIp", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["[2001:db8:1:2::1]:443", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:DB8:0001:0002::ffff", "2001:db8:1:2::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["unknown", null],
    ["", null],
    ["1.2.3.4.5", null],
  ])("%j → %j", (raw, want) => {
    expect(normaliseIp(raw)).toBe(want);
  });

  it("keys every address of one IPv6 /64 the same (rotating within it buys nothing)", () => {
    expect(normaliseIp("2001:db8:1:2::1")).toBe(normaliseIp("2001:db8:1:2:ffff::9"));
    expect(normaliseIp("2001:db8:1:2::1")).not.toBe(normaliseIp("2001:db8:1:3::1"));
  });
});
