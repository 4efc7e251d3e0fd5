import { describe, expect, it } from "vitest";
import { allowed, nextState, throttlePolicy } from "./ip-throttle";

const p = { maxFailures: 3, windowMinutes: 15 };
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe("sign-in throttle decision (pure)", () => {
  it(`allows ${p.maxFailures} attempts in a window and refuses the next ones`, () => {
    let s = null;
    const verdicts: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      s = nextState(s, at(i), p);
      verdicts.push(allowed(s, at(i), p));
    }
    expect(verdicts).toEqual([true, true, true, false, false, false]);
  });

  it("a fixed window: refused until it runs out, then counting starts again", () => {
    let s = null;
    for (let i = 0; i < 10; i++) s = nextState(s, at(1), p);
    expect(allowed(s!, at(15.9), p)).toBe(false); // the window opened at minute 1
    s = nextState(s, at(16), p);
    expect(s).toEqual({ windowStart: at(16), failures: 1 });
    expect(allowed(s, at(16), p)).toBe(true);
  });

  it("attempts during the window do not move its start (a slow attacker cannot stretch it either way)", () => {
    const s = nextState(nextState(null, at(0), p), at(10), p);
    expect(s.windowStart).toEqual(at(0));
  });

  it("policy from the environment, with safe defaults", () => {
    expect(throttlePolicy({})).toEqual({ maxFailures: 20, windowMinutes: 15 });
    expect(throttlePolicy({ LOGIN_IP_MAX_FAILURES: "5", LOGIN_IP_WINDOW_MINUTES: "60" })).toEqual({
      maxFailures: 5,
      windowMinutes: 60,
    });
    expect(throttlePolicy({ LOGIN_IP_MAX_FAILURES: "0", LOGIN_IP_WINDOW_MINUTES: "x" })).toEqual({
      maxFailures: 20,
      windowMinutes: 15,
    });
  });
});
