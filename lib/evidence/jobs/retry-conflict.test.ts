import { describe, expect, it } from "vitest";
import { retryOnConflict } from "./retry-conflict";

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe("retryOnConflict", () => {
  it("tries a deadlock victim's statement again until it goes through", async () => {
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls++;
      if (calls < 3) throw pgError("40P01");
      return "created";
    });
    expect(result).toBe("created");
    expect(calls).toBe(3);
  });

  it("gives up after its attempts, and never retries an error that is no conflict", async () => {
    let calls = 0;
    await expect(
      retryOnConflict(async () => {
        calls++;
        throw pgError("40P01");
      }, 2),
    ).rejects.toThrow("pg 40P01");
    expect(calls).toBe(2);
    calls = 0;
    await expect(
      retryOnConflict(async () => {
        calls++;
        throw pgError("42501");
      }),
    ).rejects.toThrow("pg 42501");
    expect(calls).toBe(1);
  });
});
