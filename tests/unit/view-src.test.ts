import { describe, expect, it } from "vitest";
import { isViewSrc, viewSrc } from "@/components/pdf-viewer/view-src";

// The viewer's opening code reads the address back from the server's HTML and fetches it with the cookie:
// only the authorised view route of one document is accepted.
describe("isViewSrc", () => {
  it("accepts what viewSrc makes", () => {
    expect(isViewSrc(viewSrc("89e93316-822d-4418-97a5-8689657b85ad"))).toBe(true);
  });
  it.each([
    "https://evil.example/api/documents/x?view=1",
    "//evil.example/api/documents/x?view=1",
    "/api/documents/x",
    "/api/documents/x/pages/1?view=1",
    "/api/documents/../admin?view=1",
    "/api/documents/x?view=1&download=1",
  ])("refuses %s", (src) => {
    expect(isViewSrc(src)).toBe(false);
  });
});
