import { describe, expect, it } from "vitest";
import { readSmallForm } from "@/lib/small-form";

const post = (body: string, type = "application/x-www-form-urlencoded") =>
  new Request("http://127.0.0.1/login/sso/start", { method: "POST", body, headers: { "content-type": type } });

describe("a small form's fields, read through the capped reader", () => {
  it("reads URL-encoded fields", async () => {
    expect((await readSmallForm(post("email=ann%40example.com&x=1"))).get("email")).toBe("ann@example.com");
  });

  it("refuses a body over the cap before buffering it", async () => {
    await expect(readSmallForm(post(`email=${"a".repeat(9000)}`))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("gives no fields for another content type", async () => {
    expect([...(await readSmallForm(post('{"email":"a@b.c"}', "application/json"))).keys()]).toEqual([]);
  });
});
