import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, snap, type DemoRole } from "./helpers";

// Every screen, as an admin and as a viewer: axe (WCAG 2.1 A/AA, which includes 4.5:1 text
// contrast) finds nothing, and at 390 px nothing is wider than the phone. Screenshots of each
// screen at 390 px and at desktop width land in screenshots/ for a person to look at.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The demo's ids, read from the pages themselves (the seed creates them fresh each run). */
async function screens(page: Page, role: DemoRole): Promise<[string, string][]> {
  await page.goto("/vendors?q=Cloudhop");
  const vendorHref = await page.getByRole("link", { name: "Cloudhop Hosting Inc." }).first().getAttribute("href");
  await page.goto(vendorHref!);
  const documentHref = await page.locator('a[href^="/documents/"]').first().getAttribute("href");
  const gapHref = await page.locator('a[href^="/gaps/"]').first().getAttribute("href");
  const list: [string, string][] = [
    ["dashboard", "/dashboard"],
    ["vendors", "/vendors"],
    ["vendor", vendorHref!],
    ["document", documentHref!],
    ["gaps", "/gaps"],
    ["gap", gapHref!],
    ["reminders", "/notifications"],
    ["account", "/account"],
  ];
  if (role === "admin")
    list.push(
      ["vendor-new", "/vendors/new"],
      ["vendor-edit", `${vendorHref}/edit`],
      ["settings", "/settings"],
      ["users", "/settings/users"],
      ["tokens", "/settings/tokens"],
      ["criteria", "/settings/criteria"],
      ["criteria-eu-high", "/settings/criteria/EU/high"],
    );
  return list;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself: the default finishes in a new blank tab, which
  // hung here (the app has no iframes, so nothing is lost).
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}

/** Elements that stick out of the viewport, or scroll boxes that hide content sideways, at phone width. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1)
      out.push(`page is ${document.documentElement.scrollWidth}px wide for a ${vw}px screen`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const style = getComputedStyle(el);
      if (/(auto|scroll|hidden)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1) {
        // Visually hidden (1 px) text and single-line truncated labels are deliberate, not clipping.
        if (style.textOverflow === "ellipsis") continue;
        out.push(
          `${el.tagName.toLowerCase()}.${el.className.toString().split(" ").slice(0, 3).join(".")} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`,
        );
      }
    }
    return out;
  });
}

/** Selects whose chosen option's text is wider than the box shows (the label is cut off), at any width. */
async function clippedSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    const out: string[] = [];
    for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>("main select"))) {
      if (!select.offsetParent) continue;
      const style = getComputedStyle(select);
      ctx.font = style.font;
      // The native arrow takes about 20 px of the box beside the padding.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      for (const option of Array.from(select.options)) {
        if (option !== select.selectedOptions[0]) continue;
        const width = ctx.measureText(option.text).width;
        if (width > room + 1)
          out.push(`select#${select.id} cuts “${option.text}” (${Math.round(width)} px in ${Math.round(room)} px)`);
      }
    }
    return out;
  });
}

for (const role of ["admin", "viewer"] as const) {
  test(`every screen is axe-clean and fits a 390 px phone (${role})`, async ({ page }) => {
    test.setTimeout(480_000);
    await signIn(page, role);
    const problems: string[] = [];
    for (const [name, path] of await screens(page, role)) {
      // One load serves both widths: the page is narrowed to 390 px in place (the layout is CSS media
      // queries, which apply on resize as on load). The PDF viewer measures its box in script
      // (components/pdf-viewer, ResizeObserver) and redraws after a resize, so a page showing it is
      // loaded afresh at 390 px rather than checked mid-redraw.
      for (const [size, viewport] of [
        ["desktop", DESKTOP],
        ["390", PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        if (size === "desktop" || (await page.getByTestId("pdf-viewer").count()) > 0) {
          const res = await page.goto(path);
          expect(res?.status(), `${path} answers`).toBe(200);
        }
        await expect(page.locator("main h1").first()).toBeVisible();
        for (const v of await axeViolations(page)) problems.push(`${role} ${name} @${size}: ${v}`);
        if (size === "390") for (const c of await clipped(page)) problems.push(`${role} ${name} @390: ${c}`);
        for (const c of await clippedSelects(page)) problems.push(`${role} ${name} @${size}: ${c}`);
        await snap(page, `a11y-${role}-${name}-${size}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
}

test("the sign-in page is axe-clean at both widths", async ({ page }) => {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto("/login");
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("on a phone the navigation sits behind a Menu button", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "analyst");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Gaps" }).click();
  await expect(page).toHaveURL(/\/gaps$/);
  await expect(nav).toBeHidden(); // following a link folds the menu again
  await snap(page, "a11y-phone-gaps-menu-closed");
});
